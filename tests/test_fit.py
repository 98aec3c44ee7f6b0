"""slidegen.fit on the real fonts CI installs (Carlito, Caladea, Liberation, DejaVu)."""

from __future__ import annotations

import random
import shutil
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from slidegen.fit import (
    LINE_SPACING,
    WIDTH_SAFETY,
    Box,
    FontSource,
    Measurer,
    Page,
    find_font,
    fit_text,
    fits,
    paginate,
    split_text,
    wrap,
)

REAL_FAMILIES = [
    "Carlito",
    "Caladea",
    "Liberation Sans",
    "Liberation Serif",
    "Liberation Mono",
    "DejaVu Sans",
    "DejaVu Serif",
    "DejaVu Sans Mono",
]
SLIDE_BOX = Box(864, 400)  # a 16:9 body placeholder (12 in x 5.6 in) after its insets
PSALM_WORDS = (
    "the Lord is my shepherd I shall not want he makes me lie down in green pastures leads "
    "beside still waters restores soul righteousness name sake though walk through valley "
    "shadow death fear no evil for you are with rod staff comfort statutes precepts delight"
)
VOCABULARY = PSALM_WORDS.split()


def calibri(bold: bool = False) -> Measurer:
    return Measurer.for_font("Calibri", bold=bold)


def sentence(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(VOCABULARY) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def psalm(verses: int, words_per_verse: int, seed: int = 119) -> list[str]:
    rng = random.Random(seed)
    return [f"{n}\u00a0{sentence(rng, words_per_verse)}" for n in range(1, verses + 1)]


def pieces_of(pages: list[Page], chunk_index: int) -> list:
    return [p for page in pages for p in page.pieces if p.chunk_index == chunk_index]


def assert_nothing_dropped(chunks: list[str], pages: list[Page]) -> None:
    order = [(p.chunk_index, p.start) for page in pages for p in page.pieces]
    assert order == sorted(order)
    for index, chunk in enumerate(chunks):
        pieces = pieces_of(pages, index)
        assert [p.text for p in pieces] == [chunk[p.start : p.end] for p in pieces]
        assert chunk[: pieces[0].start].strip() == "" and chunk[pieces[-1].end :].strip() == ""
        for before, after in zip(pieces, pieces[1:], strict=False):
            assert before.end <= after.start and chunk[before.end : after.start].strip() == ""
        assert " ".join(p.text for p in pieces).split() == chunk.split()


# ---- finding fonts ------------------------------------------------------------------------------


def test_calibri_is_measured_with_its_metric_compatible_substitute_carlito():
    regular, bold = find_font("Calibri"), find_font("Calibri", bold=True)
    assert regular.path is not None and regular.path.name == "Carlito-Regular.ttf"
    assert bold.path is not None and bold.path.name == "Carlito-Bold.ttf"
    assert regular.origin == "substitute" and not regular.synthetic
    assert str(regular) == (f"Calibri: measured with Carlito (metric-compatible) {regular.path}")
    assert bold.description.startswith("Calibri Bold: measured with Carlito")


def test_installed_families_are_found_by_the_names_inside_their_files():
    source = find_font("dejavu sans", bold=True, italic=True)
    assert source.path is not None and source.path.name == "DejaVuSans-BoldOblique.ttf"
    assert source.origin == "system" and source.family == "DejaVu Sans"
    serif = find_font("Times New Roman", italic=True)
    assert serif.path is not None and serif.path.name == "LiberationSerif-Italic.ttf"


def test_an_unknown_family_falls_back_to_a_conservative_estimate():
    source = find_font("No Such Family 7")
    assert source.path is None and source.origin == "estimate"
    assert source.description == "No Such Family 7: not found; conservative estimate"
    measurer = Measurer.for_font("No Such Family 7")
    assert measurer.width("Jesus wept.", 40) > calibri().width("Jesus wept.", 40)


def test_a_font_in_the_theme_folder_is_preferred_over_the_system_copy(tmp_path):
    system = find_font("Carlito")
    assert system.path is not None and system.origin == "system"
    theme_fonts = tmp_path / "fonts"
    theme_fonts.mkdir()
    copy = theme_fonts / "OurCarlito.ttf"
    shutil.copy(system.path, copy)
    (theme_fonts / "notes.txt").write_text("not a font")

    from_theme = find_font("Carlito", search_dirs=[tmp_path])
    assert from_theme.path == copy and from_theme.origin == "theme"
    assert "from the theme folder" in from_theme.description
    assert find_font("Calibri", search_dirs=[tmp_path]).path == copy  # substitute: theme first
    assert Measurer.for_font("Carlito", search_dirs=[tmp_path]).source.path == copy


# ---- measuring ----------------------------------------------------------------------------------


def test_width_is_linear_in_size():
    measurer = calibri()
    text = "Create in me a clean heart, O God"
    assert measurer.width(text, 40) == pytest.approx(2 * measurer.width(text, 20))
    assert measurer.width(text, 20) == pytest.approx(measurer.width(text, 10) * 2)
    assert measurer.width("", 40) == 0


def test_wide_letters_measure_wider_than_narrow_ones():
    for measurer in (calibri(), calibri(bold=True), Measurer.for_font("No Such Family 7")):
        assert measurer.width("WWW", 30) > measurer.width("iii", 30) > 0


def test_bold_is_wider_than_regular():
    assert calibri(bold=True).width("Amazing grace", 30) > calibri().width("Amazing grace", 30)


def test_calibri_single_line_is_about_1_2_times_the_size():
    height = calibri().line_height(40)
    assert LINE_SPACING == 1.0
    assert 1.19 * 40 <= height <= 1.25 * 40


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=string.ascii_letters + string.digits + " .,;:!?'\"-()\u2019\u201c\u201d"))
def test_the_estimate_is_never_narrower_than_an_installed_font(text):
    estimate, estimate_bold = (Measurer.for_font("No Such Family 7", bold=b) for b in (0, 1))
    for family in REAL_FAMILIES:
        regular, bold = Measurer.for_font(family), Measurer.for_font(family, bold=True)
        assert regular.source.path is not None and bold.source.path is not None
        assert estimate.width(text, 30) >= regular.width(text, 30) - 1e-9
        assert estimate_bold.width(text, 30) >= bold.width(text, 30) - 1e-9
        assert estimate.line_height(30) >= regular.line_height(30)


# ---- wrapping and fitting -----------------------------------------------------------------------


@settings(max_examples=80, deadline=None)
@given(
    words=st.lists(st.text(alphabet=string.ascii_letters + ",.'", min_size=1, max_size=14)),
    max_width=st.floats(min_value=30, max_value=900),
    size=st.sampled_from([18.0, 28.0, 44.0]),
)
def test_wrap_keeps_every_word_whole_and_in_order_within_the_width(words, max_width, size):
    measurer = calibri()
    lines = wrap(" ".join(words), measurer, size, max_width)
    assert " ".join(lines).split() == words
    for line in lines:
        assert measurer.width(line, size) <= max_width + 1e-6 or " " not in line


def test_wrap_respects_explicit_line_breaks_and_keeps_an_overwide_word_alone():
    measurer = calibri()
    assert wrap("The Lord\nis my shepherd", measurer, 20, 1000) == ["The Lord", "is my shepherd"]
    assert wrap("a\n\nb", measurer, 20, 1000) == ["a", "", "b"]
    lines = wrap("Maher-shalal-hash-baz was his name", measurer, 40, 200)
    assert lines[0] == "Maher-shalal-hash-baz"
    assert not fits(lines, measurer, 40, Box(200, 1000))
    assert wrap("7\u00a0In the beginning", measurer, 40, 60)[0] == "7\u00a0In"  # no-break space


def test_fit_text_uses_the_largest_size_for_short_text():
    fit = fit_text("Grace", calibri(), SLIDE_BOX, max_pt=54, min_pt=24)
    assert fit is not None and fit.size_pt == 54 and fit.lines == ("Grace",)


def test_fit_text_shrinks_longer_text_to_the_largest_size_that_fits():
    text = " ".join(psalm(3, 25))
    measurer = calibri()
    fit = fit_text(text, measurer, SLIDE_BOX, max_pt=54, min_pt=20)
    assert fit is not None and 20 <= fit.size_pt < 54
    assert fits(fit.lines, measurer, fit.size_pt, SLIDE_BOX)
    assert len(fit.lines) * measurer.line_height(fit.size_pt) <= SLIDE_BOX.height_pt
    assert all(measurer.width(line, fit.size_pt) <= 864 * WIDTH_SAFETY for line in fit.lines)
    bigger = wrap(text, measurer, fit.size_pt + 1, 864 * WIDTH_SAFETY)
    assert not fits(bigger, measurer, fit.size_pt + 1, SLIDE_BOX)


def test_fit_text_gives_up_on_400_words_in_a_small_box():
    text = sentence(random.Random(4), 400)
    assert fit_text(text, calibri(), Box(400, 200), max_pt=40, min_pt=24) is None


def test_fit_text_rejects_a_minimum_above_the_maximum():
    with pytest.raises(ValueError):
        fit_text("x", calibri(), SLIDE_BOX, max_pt=20, min_pt=30)


# ---- pagination ---------------------------------------------------------------------------------


def test_a_short_passage_stays_on_one_page_at_the_largest_size_that_fits():
    verses = psalm(3, 8)
    pages = paginate(verses, calibri(), SLIDE_BOX, max_pt=44, min_pt=28)
    assert len(pages) == 1 and pages[0].chunk_indices == (0, 1, 2)
    assert pages[0].text == " ".join(verses) and pages[0].fits
    assert pages[0].size_pt == fit_text(pages[0].text, calibri(), SLIDE_BOX, 44, 28).size_pt


def test_a_long_psalm_takes_the_fewest_balanced_pages_that_fit():
    verses, measurer = psalm(40, 30), calibri()
    pages = paginate(verses, measurer, SLIDE_BOX, max_pt=44, min_pt=28)
    assert_nothing_dropped(verses, pages)
    assert all(not p.is_continuation and not p.continues for page in pages for p in page.pieces)
    assert len({page.size_pt for page in pages}) == 1 and pages[0].size_pt >= 28
    for page in pages:
        assert page.fits and fits(page.lines, measurer, page.size_pt, SLIDE_BOX)
        assert " ".join(page.lines).split() == page.text.split()
    # Fewest pages: a plain greedy packing at the minimum size needs as many.
    greedy, current = 0, []
    for verse in verses:
        if current and fit_text(" ".join([*current, verse]), measurer, SLIDE_BOX, 28, 28) is None:
            greedy, current = greedy + 1, []
        current.append(verse)
    assert len(pages) == greedy + 1 > 3
    lines = [len(page.lines) for page in pages]
    assert min(lines) >= max(lines) - 3


def test_pages_are_balanced_rather_than_leaving_a_lone_last_verse():
    verses = [f"{n}\u00a0Blessed are those whose way is blameless." for n in range(1, 10)]
    box = Box(900, 4 * calibri().line_height(30) + 1)  # four one-line verses per page at 30 pt
    pages = paginate(verses, calibri(), box, max_pt=30, min_pt=30, joiner="\n")
    assert [len(page.pieces) for page in pages] == [3, 3, 3]
    assert pages[0].text == "\n".join(verses[:3])


def test_a_verse_too_long_for_a_page_is_split_at_sentence_boundaries():
    rng = random.Random(7)
    long_verse = "176\u00a0" + " ".join(sentence(rng, 15) for _ in range(10))
    verses = [psalm(1, 10)[0], long_verse]
    assert len(long_verse.split()) == 151
    box = Box(700, 300)
    pages = paginate(verses, calibri(), box, max_pt=40, min_pt=28)
    assert_nothing_dropped(verses, pages)
    parts = pieces_of(pages, 1)
    assert len(parts) >= 3
    assert not parts[0].is_continuation and all(p.is_continuation for p in parts[1:])
    assert all(p.continues for p in parts[:-1]) and not parts[-1].continues
    assert all(p.text.endswith(".") for p in parts)
    assert all(page.fits and page.size_pt >= 28 for page in pages)


@settings(max_examples=25, deadline=None)
@given(
    st.lists(st.integers(min_value=1, max_value=60), min_size=1, max_size=12),
    st.integers(min_value=0, max_value=10**6),
)
def test_paginate_never_drops_text_or_goes_below_the_minimum(lengths, seed):
    rng = random.Random(seed)
    verses = [f"{n}\u00a0{sentence(rng, k)}" for n, k in enumerate(lengths, start=1)]
    pages = paginate(verses, calibri(), Box(600, 260), max_pt=40, min_pt=24)
    assert_nothing_dropped(verses, pages)
    assert all(page.fits and 24 <= page.size_pt <= 40 for page in pages)


def test_split_text_cuts_long_point_text_into_pages_that_fit_at_the_minimum():
    rng = random.Random(3)
    text = " ".join(sentence(rng, 12) for _ in range(12))
    box, measurer = Box(600, 220), calibri()
    parts = split_text(text, measurer, box, min_pt=28)
    assert len(parts) > 1 and " ".join(parts).split() == text.split()
    assert all(fit_text(part, measurer, box, 28, 28) is not None for part in parts)
    assert all(part.endswith(".") for part in parts)
    assert split_text("Short.", measurer, box, min_pt=28) == ["Short."]


def test_split_text_falls_back_to_word_boundaries_without_punctuation():
    text = " ".join(random.Random(5).choice(VOCABULARY) for _ in range(120))
    parts = split_text(text, calibri(), Box(600, 220), min_pt=28)
    assert len(parts) > 1 and " ".join(parts).split() == text.split()
    assert all(fit_text(part, calibri(), Box(600, 220), 28, 28) for part in parts)


def test_font_source_is_a_frozen_value():
    source = find_font("Calibri")
    with pytest.raises(AttributeError):
        source.path = None  # type: ignore[misc]
    assert isinstance(source, FontSource) and source == find_font("Calibri")
