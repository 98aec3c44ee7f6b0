"""Measuring and wrapping Chinese, Japanese and Korean text with a Latin theme font (Calibri →
Carlito), whose missing glyphs are drawn, and so measured, with a CJK face (CI installs Noto
Sans CJK)."""

from __future__ import annotations

import pytest

from slidegen.fit import WIDTH_SAFETY, Box, Measurer, fit_text, fits, paginate, wrap
from slidegen.fit.breaks import segments
from slidegen.fit.fallback import covered, fallback_for, fallbacks

# Genesis 1:1-5 as a Chinese (Union Version, simplified) and a Korean (개역한글) Bible print it.
GENESIS_ZH = (
    "起初，神创造天地。地是空虚混沌，渊面黑暗；神的灵运行在水面上。神说：“要有光。”就有了光。"
    "神看光是好的，就把光暗分开了。神称光为“昼”，称暗为“夜”。有晚上，有早晨，这是头一日。"
)
GENESIS_KO = (
    "태초에 하나님이 천지를 창조하시니라 땅이 혼돈하고 공허하며 흑암이 깊음 위에 있고 "
    "하나님의 신은 수면에 운행하시니라 하나님이 가라사대 빛이 있으라 하시매 빛이 있었고"
)
CLOSING = "，。、！？；：」』）”"
OPENING = "「『（“"


def calibri(bold: bool = False) -> Measurer:
    return Measurer.for_font("Calibri", bold=bold)


def cjk_face_installed() -> bool:
    face = calibri().east_asian_face("神")
    return face is not None and ord("神") in covered(face.path, face.face_index)


needs_cjk_face = pytest.mark.skipif(
    not cjk_face_installed(), reason="no CJK face (CI installs fonts-noto-cjk)"
)


def test_carlito_has_no_cjk_glyphs_so_a_fallback_is_needed() -> None:
    """The premise: the theme's Latin face lacks the characters (their width would be .notdef)."""
    assert calibri().lacks("神") and calibri().lacks("한")
    assert not calibri().lacks("a")


@pytest.mark.parametrize("text", ["神爱世人", "하나님이", "かみさま", "，。！？"])
@pytest.mark.parametrize("bold", [False, True])
def test_each_wide_character_is_measured_at_least_one_em(text: str, bold: bool) -> None:
    assert calibri(bold).width(text, 40) >= 40 * len(text) - 1e-6


def test_a_theme_font_that_was_not_found_measures_wide_characters_one_em_too() -> None:
    estimate = Measurer.for_font("No Such Family 7")
    assert estimate.width("神爱世人", 40) >= 160


@needs_cjk_face
def test_the_measured_face_is_named_for_the_text_korean_first_for_hangul() -> None:
    chinese, korean = calibri().east_asian_face("神爱世人"), calibri().east_asian_face("하나님")
    assert chinese is not None and korean is not None
    if chinese.family.startswith("Noto Sans CJK"):
        assert (chinese.family, korean.family) == ("Noto Sans CJK SC", "Noto Sans CJK KR")
    assert ord("하") in covered(korean.path, korean.face_index)
    assert ord("神") in covered(chinese.path, chinese.face_index)
    assert calibri().east_asian_face("For God so loved the world “quoted”") is None


@needs_cjk_face
@pytest.mark.parametrize("family", ["Calibri", "Cambria"])
@pytest.mark.parametrize("text", ["神爱世人", "神愛世人，甚至將他的獨生子賜給他們", "하나님이"])
def test_the_face_that_draws_the_text_is_one_of_those_that_measured_it(
    family: str, text: str
) -> None:
    """Widths and the line height are the widest and tallest of `fallbacks`: the face chosen
    to draw the text, traditional characters' too, must be among them."""
    theme_face = Measurer.for_font(family).source
    assert fallback_for(text, theme_face) in fallbacks(theme_face)


@needs_cjk_face
def test_punctuation_beside_chinese_is_measured_as_the_cjk_face_draws_it() -> None:
    """LibreOffice draws quotes and digits after a Chinese character with the East Asian face:
    a Simplified Chinese face's curly quote is a full em, Carlito's under half."""
    english = calibri().width("“", 40)
    assert english < 20
    assert calibri().width("神“", 40) >= 80 - 1e-6


def test_english_is_measured_as_before() -> None:
    m = calibri()
    text = "For God so loved the world, “that he gave” his only Son (John 3:16)."
    words = text.split(" ")
    expected = sum(m.word_em(w) for w in words) + (len(words) - 1) * m.word_em(" ")
    assert m.width(text, 10) == pytest.approx(10 * expected)


def test_english_breaks_only_at_spaces() -> None:
    assert [s.text for s in segments("a well-known word")] == ["a", "well-known", "word"]


def test_chinese_breaks_between_characters_keeping_punctuation_with_its_neighbour() -> None:
    parts = [s.text for s in segments("神说：“要有光。”就有了光。")]
    assert "".join(parts) == "神说：“要有光。”就有了光。"
    assert parts == ["神", "说：", "“要", "有", "光。”", "就", "有", "了", "光。"]


def test_a_200_character_chinese_sentence_wraps_into_lines_within_the_box() -> None:
    text = (GENESIS_ZH * 3)[:200]
    m = calibri()
    box = Box(700, 500)
    lines = wrap(text, m, 28, box.width_pt * WIDTH_SAFETY)
    assert len(lines) > 5
    assert "".join(lines) == text  # no space added, none lost
    assert all(m.width(line, 28) <= box.width_pt * WIDTH_SAFETY + 1e-6 for line in lines)
    for width in range(300, 700, 17):  # many widths: punctuation falls at many line ends
        narrower = wrap(text, m, 28, width)
        assert not any(line[0] in CLOSING for line in narrower[1:])
        assert not any(line[-1] in OPENING for line in narrower)
    fitted = fit_text(text, m, box, 44, 20)
    assert fitted is not None and fits(fitted.lines, m, fitted.size_pt, box)


def test_korean_wraps_at_spaces_between_words() -> None:
    m = calibri()
    lines = wrap(GENESIS_KO, m, 36, 500)
    assert len(lines) > 3
    assert " ".join(lines) == GENESIS_KO
    words = set(GENESIS_KO.split(" "))
    assert all(word in words for line in lines for word in line.split(" "))


def test_a_korean_word_wider_than_the_line_is_cut_between_syllables() -> None:
    m = calibri()
    word = "하나님의신은수면에운행하시니라"  # 16 syllables, no space
    lines = wrap(word, m, 40, 300)
    assert len(lines) > 1 and "".join(lines) == word
    assert all(m.width(line, 40) <= 300 + 1e-6 for line in lines)


def test_a_long_chinese_passage_is_paginated_at_verse_boundaries() -> None:
    verses = [f"{n}\u00a0{GENESIS_ZH}" for n in range(1, 13)]
    pages = paginate(verses, calibri(), Box(860, 380), 44, 28)
    assert len(pages) > 1
    assert all(not p.is_continuation and not p.continues for page in pages for p in page.pieces)
    shown = [i for page in pages for i in page.chunk_indices]
    assert shown == list(range(12))
    assert all(page.fits for page in pages)


def test_a_chinese_verse_longer_than_a_page_is_cut_after_a_sentence() -> None:
    verse = GENESIS_ZH * 6
    pages = paginate([verse], calibri(), Box(860, 380), 44, 36)
    assert len(pages) > 1 and all(page.fits for page in pages)
    assert "".join(page.text for page in pages) == verse
    assert all(page.text[-1] in "。”" for page in pages[:-1])


def test_japanese_wraps_between_kana_never_starting_a_line_with_small_kana_or_a_stop() -> None:
    # John 3:16 in a colloquial Japanese rendering.
    text = (
        "神は、実に、そのひとり子をお与えになったほどに、世を愛された。"
        "それは御子を信じる者が、ひとりとして滅びることなく、永遠のいのちを持つためである。"
        "私たちはキリスト・イエスによって、ちょっとした喜びではなく、まったき平安を持っている。"
    ) * 2
    assert "っ" in text and "ょ" in text  # the premise: small kana to keep off line starts
    for width in range(300, 700, 23):  # many widths, so many different breaks are tried
        lines = wrap(text, calibri(), 40, width)
        assert len(lines) > 4 and "".join(lines) == text
        assert not any(line[0] in CLOSING + "ゃゅょっャュョッー" for line in lines[1:])
