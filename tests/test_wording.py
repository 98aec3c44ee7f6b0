"""The words slidegen writes itself, in the outline's language: on slides, in notes, in the
handout and its key, on lower thirds, and in dates."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import string
from pathlib import Path

import pytest
from docx import Document

from slidegen.build import Prepared, prepare
from slidegen.handout import write_handout
from slidegen.model import Passage, Plan, Scripture, SlideKind, SlidePlan
from slidegen.plan.words import omitted_note
from slidegen.scripture.languages import LANGUAGES
from slidegen.wording import ENGLISH, WORDINGS, Wording, wording_for

SEVEN = ("en", "es", "pt", "de", "fr", "ko", "zh")
WORDED = (*SEVEN, "zh-hant")  # traditional characters: worded before an outline may name it

# As a Spanish pastor writes it: Spanish book names, a relative passage per heading, blanks.
SPANISH_SERMON = """\
title: Nada nos separará del amor de Dios
subtitle: Romanos 8, la cumbre de la carta
passage: Romanos 8:28-39
language: es
date: 2026-11-29
preacher: Pastor Andrés Gómez
church: Iglesia Bautista Emanuel
reveal: animate
intro:
  text: ¿Alguna vez te has sentido lejos de Dios?
big_idea:
  text: En Cristo, nada puede separarnos del amor de Dios
sections:
  - heading: Dios obra todas las cosas para bien
    passage: "28-30"
    points:
      - text: Dios tiene un [[propósito]] para los que le aman
        passage: "28"
      - Nos predestinó para ser hechos conformes a la imagen de su Hijo
  - heading: Si Dios es por nosotros, ¿quién contra nosotros?
    passage: "31-34"
    points:
      - text: Cristo [[intercede|ruega]] por nosotros
        passage: "34"
      - text: De tal manera amó Dios al mundo
        passage: Juan 3:16
  - heading: Más que vencedores
    points:
      - Ni la muerte, ni la vida, ni ángeles
conclusion:
  text: Descansa en su amor
  passage: Romanos 8:38-39
"""

# As a German pastor writes it: Luther's abbreviations, "Kap,Vers", Acts 8:37 (not in the WEB).
GERMAN_SERMON = """\
title: Was hindert's, dass ich mich taufen lasse?
passage: Apg 8,26-40
language: de
date: 2026-11-29
preacher: Pfarrerin Anna Schmidt
big_idea:
  text: Gottes Wort führt zum Glauben
sections:
  - heading: Gott schickt Philippus auf eine einsame Straße
    passage: "26-29"
    points:
      - text: Der Kämmerer liest den Propheten Jesaja
        passage: Jes 53,7-8
  - heading: Verstehst du auch, was du liest?
    passage: "30-35"
    points:
      - text: Also hat Gott die Welt geliebt
        passage: Joh 3,16
  - heading: Die Taufe
    passage: "36-38"
    points:
      - text: Der Glaube kommt aus der [[Predigt]]
        passage: Röm 10,17
conclusion:
  text: Er zog seine Straße fröhlich
"""


def english_phrases() -> list[str]:
    """The words of every English phrase, without their placeholders, that could only come from
    the English wording (pieces with a word of four letters or more: not " = " or " of ")."""
    pieces: list[str] = []
    for field in dataclasses.fields(Wording):
        value = getattr(ENGLISH, field.name)
        if field.name == "code" or not isinstance(value, str):
            continue
        for literal, *_ in string.Formatter().parse(value):
            pieces += [
                p for p in re.split(r"[.:()\u2014=]", literal) if re.search(r"[A-Za-z]{4}", p)
            ]
    return sorted({p.strip() for p in pieces})


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def prepared(tmp_path: Path, name: str, text: str) -> Prepared:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return prepare(path)


def own_words(slide: SlidePlan) -> str:
    """What slidegen wrote on a slide and in its notes, leaving out the verse text (the WEB's
    English) that a verse slide and the notes quote."""
    blocks = [b.text for b in slide.blocks if slide.kind != SlideKind.VERSE or b.is_title]
    notes = [line for line in slide.notes.splitlines() if not line.startswith("[")]
    return "\n".join(blocks + notes)


def english_in(text: str) -> list[str]:
    """The English wording's phrases found in `text` as words ("Text", not "Texto")."""
    return [p for p in english_phrases() if re.search(rf"(?<!\w){re.escape(p)}(?!\w)", text)]


def assert_no_english(plan: Plan, wording: Wording) -> None:
    """No English phrase on the slides or in the notes, but for words the language shares
    (French "Conclusion", "Passages")."""
    shared = set(english_in("\n".join(str(v) for v in dataclasses.astuple(wording))))
    for slide in plan.slides:
        assert not set(english_in(own_words(slide))) - shared, slide.title


def handout_text(plan: Plan, folder: Path) -> list[str]:
    path = folder / "handout.docx"
    assert plan.handout is not None
    with path.open("wb") as file:
        write_handout(plan.handout, plan.blanks, file, key=True)
    return [p.text for p in Document(str(path)).paragraphs]


# -- the tables --------------------------------------------------------------------------------


def test_all_seven_languages_have_a_wording_and_every_outline_language_has_one() -> None:
    assert set(SEVEN) <= set(WORDINGS)
    for code in LANGUAGES:  # every language an outline may be written in
        assert wording_for(code).code == code


@pytest.mark.parametrize("code", WORDED)
def test_every_phrase_is_written_with_the_english_placeholders(code: str) -> None:
    wording = wording_for(code)
    for field in dataclasses.fields(Wording):
        value = getattr(wording, field.name)
        assert value, f"{code}: {field.name} is empty"
        assert placeholders(value) == placeholders(getattr(ENGLISH, field.name)), field.name
    if code != "en":  # translated, not copied (a kicker may be the same word: "Conclusion")
        assert wording.outline_heading != ENGLISH.outline_heading
        assert wording.slide_of_verses != ENGLISH.slide_of_verses


@pytest.mark.parametrize(
    ("code", "wrong_script"), [("zh", "TRADITIONAL"), ("zh-hant", "SIMPLIFIED")]
)
def test_each_chinese_wording_is_written_in_its_own_script(code: str, wrong_script: str) -> None:
    # Two tables, not one converted: 21 of the phrases differ, some in words, not only in
    # characters (幻灯片, 投影片). Each phrase must read as its script or as both.
    import hanzidentifier

    wrong = {getattr(hanzidentifier, wrong_script), hanzidentifier.MIXED}
    wording = wording_for(code)
    for field in dataclasses.fields(Wording):
        value = getattr(wording, field.name)
        assert hanzidentifier.identify(value) not in wrong, f"{code}: {field.name} {value!r}"


def test_an_unknown_language_has_no_wording() -> None:
    with pytest.raises(ValueError, match="no wording for language 'xx'"):
        wording_for("xx")


@pytest.mark.parametrize(
    ("code", "written"),
    [
        ("en", "November 29, 2026"),
        ("es", "29 de noviembre de 2026"),
        ("pt", "29 de novembro de 2026"),
        ("de", "29. November 2026"),
        ("fr", "29 novembre 2026"),
        ("ko", "2026년 11월 29일"),
        ("zh", "2026年11月29日"),
        ("zh-hant", "2026年11月29日"),
    ],
)
def test_dates_are_written_in_the_language_long_form(code: str, written: str) -> None:
    assert wording_for(code).date("2026-11-29") == written


@pytest.mark.parametrize("month", range(1, 13))
def test_english_dates_are_babels_long_form_without_loading_babel(month: int) -> None:
    from babel.dates import format_date

    day = dt.date(2027, month, 9)
    assert ENGLISH.date(day.isoformat()) == format_date(day, format="long", locale="en")


def test_a_date_that_is_not_a_calendar_date_is_shown_as_written() -> None:
    assert wording_for("de").date("Erster Advent") == "Erster Advent"


# -- a Spanish sermon --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def spanish(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    return prepared(tmp_path_factory.mktemp("es"), "romanos-8.yaml", SPANISH_SERMON)


def test_a_spanish_sermon_slides_speak_spanish(spanish: Prepared) -> None:
    plan = spanish.plan()
    title = plan.slides[0]
    shown = [b.text for b in title.blocks]
    assert "Romanos 8:28–39" in shown
    assert "Pastor Andrés Gómez  ·  29 de noviembre de 2026" in shown
    kickers = {b.text for s in plan.slides for b in s.blocks if not b.is_title}
    assert {"Idea central", "Conclusión"} <= kickers
    notes = title.notes.splitlines()
    assert "Texto: Romanos 8:28–39 (WEB)" in notes
    assert "Bosquejo:" in notes
    assert "I.  Dios obra todas las cosas para bien (Romanos 8:28–30)" in notes
    closing = next(s for s in plan.slides if s.kind == SlideKind.CLOSING)
    assert closing.notes.startswith("Cierre: Nada nos separará del amor de Dios\n\nResumen:")
    assert "Romanos 8:28–39" in [b.text for b in closing.blocks]
    heading = next(s for s in plan.slides if s.kind == SlideKind.SECTION)
    assert "Pasajes: Romanos 8:28–30 (WEB)" in heading.notes


def test_a_spanish_sermon_verse_slides_and_their_notes(spanish: Prepared) -> None:
    plan = spanish.plan()
    verses = [s for s in plan.slides if s.kind == SlideKind.VERSE]
    reading = [s for s in verses if s.title.startswith("Romanos 8:28–39 (WEB) (")]
    assert len(reading) > 1  # twelve verses: split, and the notes say which part
    assert f"Diapositiva 1 de {len(reading)} de este pasaje: versículos 28–" in reading[0].notes
    assert any(s.title == "Juan 3:16 (WEB)" for s in verses)
    # Romans 8:28-30 was read in full already: a reference slide, which says so.
    again = next(s for s in verses if s.title == "Romanos 8:28–30 (WEB)")
    assert "Ya se mostró completo antes en la presentación." in again.notes
    assert_no_english(plan, wording_for("es"))


def test_a_spanish_sermon_blanks_are_noted_in_spanish(spanish: Prepared) -> None:
    notes = "\n".join(s.notes for s in spanish.plan().slides)
    assert "ESPACIO 1 = propósito — el clic 1 lo revela" in notes
    assert "ESPACIO 2 = intercede (o ruega) — el clic 1 lo revela" in notes


def test_a_spanish_handout_and_its_key(spanish: Prepared, tmp_path: Path) -> None:
    texts = handout_text(spanish.plan(), tmp_path)
    assert texts[0] == "Nada nos separará del amor de Dios"
    assert "Romanos 8:28–39  ·  29 de noviembre de 2026  ·  Pastor Andrés Gómez" in texts
    assert any(t.startswith("I.  Dios obra") and t.endswith("(Romanos 8:28–30)") for t in texts)
    key = texts.index("Respuestas: Nada nos separará del amor de Dios")
    assert texts[key + 2].startswith("2.  intercede (o ruega)  —  Cristo intercede")
    assert not english_in("\n".join(texts))


def test_spanish_lower_thirds_tag_passages_as_the_slides_do(spanish: Prepared) -> None:
    deck = {s.title for s in spanish.plan().slides if s.kind == SlideKind.VERSE}
    frames = [f for f in spanish.lower_thirds().slides if f.kind == SlideKind.VERSE]
    assert any(f.title == "Juan 3:16 (WEB)" for f in frames)
    assert all(f.title.startswith(("Romanos", "Juan")) for f in frames)
    assert {f.title for f in frames if f.title.startswith("Juan")} <= deck


# -- a German sermon ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def german(tmp_path_factory: pytest.TempPathFactory) -> Prepared:
    return prepared(tmp_path_factory.mktemp("de"), "apg-8.yaml", GERMAN_SERMON)


def test_a_german_sermon_labels_dates_and_notes(german: Prepared, tmp_path: Path) -> None:
    plan = german.plan()
    title = plan.slides[0]
    assert "Apostelgeschichte 8,26–40" in [b.text for b in title.blocks]
    assert "Pfarrerin Anna Schmidt  ·  29. November 2026" in [b.text for b in title.blocks]
    assert "Predigttext: Apostelgeschichte 8,26–40 (WEB)" in title.notes.splitlines()
    assert "Gliederung:" in title.notes.splitlines()
    kickers = {b.text for s in plan.slides for b in s.blocks if not b.is_title}
    assert {"Kerngedanke", "Schluss"} <= kickers
    verses = [s for s in plan.slides if s.kind == SlideKind.VERSE]
    assert any(s.title == "Johannes 3,16 (WEB)" for s in verses)
    reading = [s for s in verses if s.title.startswith("Apostelgeschichte 8,26–40 (WEB) (")]
    assert f"Folie 1 von {len(reading)} zu dieser Bibelstelle: Verse 26–" in reading[0].notes
    # The WEB leaves Acts 8:37 out; the notes say so in German, with the German mark.
    assert "(Apostelgeschichte 8,37 steht nicht in der WEB.)" in "\n".join(s.notes for s in reading)
    assert "LÜCKE 1 = Predigt — die nächste Folie zeigt sie" in "\n".join(
        s.notes for s in plan.slides
    )
    assert_no_english(plan, wording_for("de"))
    texts = handout_text(plan, tmp_path)
    assert "Lösungen: Was hindert's, dass ich mich taufen lasse?" in texts
    assert any("(Römer 10,17)" in t for t in texts)


# -- English stays as it was --------------------------------------------------------------------


def test_english_words_are_unchanged(tmp_path: Path) -> None:
    plan = prepared(tmp_path, "es-en.yaml", SPANISH_SERMON.replace("language: es\n", "")
                    .replace("Romanos", "Romans").replace("Juan", "John")).plan()  # fmt: skip
    title = plan.slides[0]
    assert "Text: Romans 8:28–39 (WEB)" in title.notes
    assert "Pastor Andrés Gómez  ·  November 29, 2026" in [b.text for b in title.blocks]
    notes = "\n".join(s.notes for s in plan.slides)
    assert "BLANK 2 = intercede (or ruega) — click 1 reveals it" in notes
    assert "Shown in full earlier in the deck." in notes
    # The check the other languages pass finds these words when they are there.
    assert {"Text", "Outline", "Big idea", "Slide", "verses"} <= {
        p for s in plan.slides for p in english_in(own_words(s))
    }


# -- French, Korean and Chinese, briefly --------------------------------------------------------

FRENCH_SERMON = """\
title: Dieu a tant aimé le monde
passage: Jean 3.16-21
language: fr
date: 2026-11-29
big_idea:
  text: La lumière est venue dans le monde
sections:
  - heading: Un amour qui donne
    passage: "16"
    points:
      - text: Dieu a donné son Fils [[unique]]
conclusion:
  text: Venez à la lumière
"""

KOREAN_SERMON = """\
title: 하나님이 세상을 이처럼 사랑하사
passage: 요한복음 3장 16-21절
language: ko
date: 2026-11-29
big_idea:
  text: 빛이 세상에 왔다
sections:
  - heading: 주시는 사랑
    passage: "16"
    points:
      - text: 하나님은 독생자를 [[주셨다]]
conclusion:
  text: 빛으로 나아오라
"""

CHINESE_SERMON = """\
title: 神爱世人
passage: 约3:16-21
language: zh
date: 2026-11-29
big_idea:
  text: 光来到世间
sections:
  - heading: 赐下的爱
    passage: "16"
    points:
      - text: 神将他的独生子[[赐给]]他们
conclusion:
  text: 来就光
"""


@pytest.mark.parametrize(
    ("sermon", "code", "label", "date"),
    [
        (FRENCH_SERMON, "fr", "Jean 3.16–21", "29 novembre 2026"),
        (KOREAN_SERMON, "ko", "요한복음 3:16–21", "2026년 11월 29일"),
        (CHINESE_SERMON, "zh", "约翰福音 3:16–21", "2026年11月29日"),
    ],
    ids=["fr", "ko", "zh"],
)
def test_french_korean_and_chinese_sermons_are_worded_in_their_language(
    sermon: str, code: str, label: str, date: str, tmp_path: Path
) -> None:
    plan = prepared(tmp_path, f"{code}.yaml", sermon).plan()
    wording = wording_for(code)
    title = plan.slides[0]
    assert [label, date] == [b.text for b in title.blocks[1:]]
    assert wording.text_line.format(passages=f"{label} (WEB)") in title.notes.splitlines()
    kickers = {b.text for s in plan.slides for b in s.blocks if not b.is_title}
    assert {wording.big_idea, wording.conclusion} <= kickers
    notes = "\n".join(s.notes for s in plan.slides)
    assert (
        wording.slide_of_verses.format(
            number=1, total=2, verses=wording.verse_range.format(first=16, last=18)
        )
        in notes.splitlines()
    )
    assert wording.shown_earlier in notes
    assert_no_english(plan, wording)


@pytest.mark.parametrize(
    ("language", "reference", "note"),
    [
        ("en", "Acts 8:36-38", "(Acts 8:37 is not in the WEB.)"),
        ("de", "Apg 8,36-38", "(Apostelgeschichte 8,37 steht nicht in der WEB.)"),
        ("es", "Hechos 8:36-38", "(Hechos 8:37 no está en la WEB.)"),
    ],
)
def test_a_verse_the_translation_leaves_out_is_noted_in_the_language(
    language: str, reference: str, note: str, tmp_path: Path
) -> None:
    sermon = f"title: x\npassage: {reference}\nlanguage: {language}\nsections:\n  - heading: y\n"
    prepared_ = prepared(tmp_path, "acts.yaml", sermon)
    (verses,) = [s for s in prepared_.plan().slides if s.kind == SlideKind.VERSE]
    assert note in verses.notes.splitlines()
    if language == "en":  # as `slidegen verses` and the model say it
        (scripture,) = prepared_.scriptures.values()
        assert note == f"({scripture.omitted_note})"


def test_several_verses_left_out_are_listed_as_the_language_lists() -> None:
    acts = Passage("Acts", 8, 36, 15, 35)
    scripture = Scripture(acts, "WEB", omitted=((8, 37), (15, 34)))
    english = omitted_note(scripture, "Acts 8:37", ENGLISH)
    assert english == scripture.omitted_note == "Acts 8:37 and 15:34 are not in the WEB."
    german = omitted_note(scripture, "Apostelgeschichte 8,37", wording_for("de"), ",")
    assert german == "Apostelgeschichte 8,37 und 15,34 stehen nicht in der WEB."
