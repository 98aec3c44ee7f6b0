"""End to end: a Spanish-speaking church imports its Bible file and builds a Spanish outline.

The Bible file is the installed WEB written out by the test (tests/bible_writers.py) under the
book names a Spanish Bible gives them and `language es`: the text stays the WEB's, so no
third-party Bible is committed. It is imported and the deck built with the command line, and
the deck is read back with python-pptx.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from .bible_writers import (
    SPANISH_NAMES,
    malachi_in_three_chapters,
    web_chapters,
    write_zefania,
)
from .cli_support import run
from .conftest import SlideText, read_deck

SERMON = """\
title: El amor de Dios
language: es
translation: RVPRUEBA
passage: Romanos 8:28-39
sections:
  - heading: "Punto 1: Dios amó al mundo"
    passage: Juan 3:16
    points:
      - Un amor que da
  - heading: "Punto 2: Nada nos separará de su amor"
    points:
      - text: Ni la muerte ni la vida
        passage: "38-39"
"""


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("SLIDEGEN_DATA", str(folder))
    return folder


def import_bible(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, code: str, names: dict[int, str]
) -> None:
    source = tmp_path / f"{code.lower()}.xml"
    write_zefania(source, web_chapters(), names, language="es")
    status, out, err = run(capsys, "bibles", "add", str(source), "--code", code)
    assert status == 0, err
    assert out.startswith(f"imported {code} (World English Bible (test export), es): ")


def build(capsys: pytest.CaptureFixture[str], tmp_path: Path, sermon: str) -> list[SlideText]:
    outline = tmp_path / "sermon.yaml"
    outline.write_text(sermon, encoding="utf-8")
    deck = tmp_path / "sermon.pptx"
    status, _, err = run(capsys, "build", str(outline), "-o", str(deck))
    assert status == 0, err
    return read_deck(deck)


def verse_titles(slides: list[SlideText], code: str) -> list[str]:
    return [slide.title for slide in slides if f"({code})" in slide.title]


def web_text(book: str, chapter: int) -> dict[int, str]:
    found = next(c for c in web_chapters() if c.name == book and c.number == chapter)
    return dict(found.verses)


def test_a_spanish_outline_builds_against_a_spanish_named_bible_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import_bible(capsys, tmp_path, "RVPRUEBA", SPANISH_NAMES)
    slides = build(capsys, tmp_path, SERMON)
    titles = verse_titles(slides, "RVPRUEBA")
    assert "Juan 3:16 (RVPRUEBA)" in titles
    assert "Romanos 8:28–39 (RVPRUEBA) (1/3)" in titles
    assert "Romanos 8:38–39 (RVPRUEBA)" in titles
    assert not any("John" in title or "Romans" in title for title in titles)
    shown = "\n".join(slide.body for slide in slides)
    assert web_text("John", 3)[16] in shown  # the file's text: the WEB's words
    assert web_text("Romans", 8)[39] in shown


def test_a_spanish_markdown_outline_builds_against_it_too(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    import_bible(capsys, tmp_path, "RVPRUEBA", SPANISH_NAMES)
    outline = tmp_path / "amor.md"
    outline.write_text(
        "---\ntranslation: RVPRUEBA\nlanguage: es\n---\n"
        "# El amor de Dios\n\nTexto: Romanos 8:28-39\n\n"
        "## Punto 1: Dios amó al mundo (Juan 3:16)\n\n- Un amor que da\n\n"
        "## Punto 2: Nada nos separará (vv. 38-39)\n\n- Ni la muerte ni la vida\n",
        encoding="utf-8",
    )
    deck = tmp_path / "amor.pptx"
    status, _, err = run(capsys, "build", str(outline), "-o", str(deck))
    assert status == 0, err
    slides = read_deck(deck)
    titles = verse_titles(slides, "RVPRUEBA")
    assert "Juan 3:16 (RVPRUEBA)" in titles
    assert "Romanos 8:38–39 (RVPRUEBA)" in titles
    assert any("Dios amó al mundo" in slide.title for slide in slides)


def test_labels_use_the_file_s_names_where_they_differ_from_the_language_s(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Reina-Valera 1909 names the Gospels "San Mateo" … "San Juan".
    names = {**SPANISH_NAMES, 43: "San Juan"}
    import_bible(capsys, tmp_path, "RV1909", names)
    sermon = SERMON.replace("RVPRUEBA", "RV1909").replace(
        "passage: Juan 3:16", "passage: Juan 3:17"
    )
    titles = verse_titles(build(capsys, tmp_path, sermon), "RV1909")
    assert "San Juan 3:17 (RV1909)" in titles
    sermon = sermon.replace("passage: Juan 3:17", "passage: San Juan 3:17")
    assert "San Juan 3:17 (RV1909)" in verse_titles(build(capsys, tmp_path, sermon), "RV1909")


def test_a_file_numbering_malachi_in_three_chapters_is_cited_and_shown_as_it_numbers_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    source = tmp_path / "malaquias.xml"
    write_zefania(source, malachi_in_three_chapters(web_chapters()), SPANISH_NAMES, "es")
    assert run(capsys, "bibles", "add", str(source), "--code", "RVMAL")[0] == 0
    sermon = (
        "title: El día de Jehová\nlanguage: es\ntranslation: RVMAL\nsections:\n"
        "  - heading: El sol de justicia\n    passage: Malaquías 3:19-24\n"
    )
    slides = build(capsys, tmp_path, sermon)
    assert any(t.startswith("Malaquías 3:19–24 (RVMAL)") for t in verse_titles(slides, "RVMAL"))
    shown = "\n".join(slide.body for slide in slides)
    fourth = web_text("Malachi", 4)  # the WEB numbers these words 4:1–6
    assert f"19\xa0{fourth[1]}" in shown.replace("\n", " ")
    assert fourth[6] in shown


@pytest.mark.parametrize(("language", "warned"), [("es", False), ("en", True)])
def test_only_a_bible_file_in_english_brings_the_english_verses_warning(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, language: str, warned: bool
) -> None:
    source = tmp_path / "bible.xml"
    write_zefania(source, web_chapters(), SPANISH_NAMES, language=language)
    status, _, err = run(capsys, "bibles", "add", str(source), "--code", "RVPRUEBA")
    assert status == 0, err
    outline = tmp_path / "sermon.yaml"
    outline.write_text(SERMON, encoding="utf-8")
    status, _, err = run(capsys, "build", str(outline), "-o", str(tmp_path / "sermon.pptx"))
    assert status == 0, err
    assert ("English text" in err) is warned, err
