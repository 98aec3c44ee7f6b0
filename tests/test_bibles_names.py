"""An imported Bible's own book names and numbering: which names count, references written with
them, and references checked against the file's numbering (Malachi 3:19–24, Joel 4).

Every Bible file here is written by the test from the installed WEB (tests/bible_writers.py)
or holds a few verses of made-up text; no third-party Bible is committed.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from slidegen.bibles.add import add_bible
from slidegen.bibles.names import own_book_names
from slidegen.build import prepare
from slidegen.errors import SlidegenError
from slidegen.outline import parse_outline
from slidegen.resources import resolve

from .bible_writers import (
    SPANISH_NAMES,
    WRITERS,
    malachi_in_three_chapters,
    web_chapters,
    write_zefania,
)
from .cli_support import one_line, run


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test imports into a data folder of its own, never the user's."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SLIDEGEN_DATA", str(folder))
    return folder


def zefania(path: Path, books: dict[tuple[int, str], dict[int, dict[int, str]]]) -> Path:
    """A Zefania Bible of the given (number, name) books → chapters → verses."""
    out = ['<?xml version="1.0" encoding="utf-8"?>', '<XMLBIBLE biblename="Prueba">']
    for (number, name), chapters in books.items():
        out.append(f'<BIBLEBOOK bnumber="{number}" bname="{name}">')
        for chapter, verses in chapters.items():
            out.append(f'<CHAPTER cnumber="{chapter}">')
            out += [f'<VERS vnumber="{n}">{text}</VERS>' for n, text in verses.items()]
            out.append("</CHAPTER>")
        out.append("</BIBLEBOOK>")
    out.append("</XMLBIBLE>")
    path.write_text("\n".join(out), encoding="utf-8")
    return path


def chapters(last: int, verses: dict[int, str]) -> dict[int, dict[int, str]]:
    """Chapters 1 to `last` of a book, the last with `verses` (the others one verse each)."""
    return {n: verses if n == last else {1: f"Capítulo {n}."} for n in range(1, last + 1)}


def spanish_web(tmp_path: Path, code: str = "RVPRUEBA") -> str:
    """The WEB's text under Spanish book names, imported as `code`."""
    source = tmp_path / "biblia.xml"
    write_zefania(source, web_chapters(), SPANISH_NAMES, language="es")
    return add_bible(source, code=code).code


def outline(translation: str, *lines: str, language: str = "es") -> str:
    """An outline with one section citing each of `lines`."""
    sections = "".join(
        f"  - heading: Punto {n}\n    passage: {ref}\n" for n, ref in enumerate(lines, 1)
    )
    return f"title: Prueba\nlanguage: {language}\ntranslation: {translation}\nsections:\n{sections}"


def cited(text: str) -> list[str]:
    found = parse_outline(text, "sermon.yaml")
    return [str(section.citations[0].passage) for section in found.sections]


# -- which names count -------------------------------------------------------------------------


def test_a_file_s_own_names_are_kept_by_english_name() -> None:
    names = own_book_names({43: "Juan", 45: "Romanos", 39: "Malaquías", 18: "Job"})
    assert names == {"Job": "Job", "Malachi": "Malaquías", "John": "Juan", "Romans": "Romanos"}


def test_books_named_by_place_or_number_have_no_names() -> None:
    assert own_book_names({1: "Book 1", 2: "Libro 2", 3: "3", 43: "Juan"}) == {"John": "Juan"}


def test_a_file_in_english_gives_no_names_so_labels_stay_english() -> None:
    # "Song of Songs" and "Psalm" are English names too: the English labels stand.
    english = {1: "Genesis", 19: "Psalm", 22: "Song of Songs", 43: "John", 66: "Revelation"}
    assert own_book_names(english) == {}


def test_one_name_given_to_two_books_names_neither() -> None:
    assert own_book_names({62: "Juan", 43: "Juan", 45: "Romanos"}) == {"Romans": "Romanos"}


def test_the_store_gives_the_names_and_the_translations_list_shows_some(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = spanish_web(tmp_path)
    status, out, _ = run(capsys, "translations")
    assert status == 0
    line = next(line for line in out.splitlines() if line.startswith(code))
    assert line.endswith("\timported (es, 31,098 verses; Génesis, Éxodo, Levítico…)")


# -- references written with the file's names -----------------------------------------------


def test_references_may_use_the_bible_file_s_own_names(tmp_path: Path) -> None:
    source = zefania(
        tmp_path / "juan.xml",
        {
            (43, "Evangelio según San Juan"): chapters(3, {16: "Dieciséis.", 17: "Diecisiete."}),
            (25, "Klagelieder Jeremias"): chapters(3, {22: "Zweiundzwanzig."}),
        },
    )
    add_bible(source, code="PRUEBA")
    text = outline(
        "PRUEBA", "Evangelio según San Juan 3:16", "Juan 3:17", "Klagelieder Jeremias 3:22"
    )
    assert cited(text) == ["John 3:16", "John 3:17", "Lamentations 3:22"]


def test_the_file_s_names_read_in_an_english_outline_too(tmp_path: Path) -> None:
    code = spanish_web(tmp_path)
    text = outline(code, "Génesis 1:1", "1 Corintios 13:4-7", "Romans 8:28", language="en")
    assert cited(text) == ["Genesis 1:1", "1 Corinthians 13:4–7", "Romans 8:28"]


def test_a_name_the_file_and_the_tables_read_differently_is_the_file_s(tmp_path: Path) -> None:
    # English tables know "Esdras" as a book outside the 66 (the refusal says Spanish reads
    # it); a Spanish Bible names Ezra so.
    refused = one_error(outline("WEB", "Esdras 7:10", language="en"))
    assert "'Esdras 7:10' reads as Spanish, not English" in refused
    code = spanish_web(tmp_path)
    assert cited(outline(code, "Esdras 7:10", language="en")) == ["Ezra 7:10"]


def one_error(text: str) -> str:
    with pytest.raises(SlidegenError) as raised:
        parse_outline(text, "sermon.yaml")
    return str(raised.value)


# -- numbering ---------------------------------------------------------------------------------


def malachi_bible(tmp_path: Path) -> str:
    source = tmp_path / "malaquias.xml"
    write_zefania(source, malachi_in_three_chapters(web_chapters()), SPANISH_NAMES, "es")
    return add_bible(source, code="MAL3").code


def test_a_file_numbering_malachi_3_19_to_24_is_cited_as_it_numbers_it(tmp_path: Path) -> None:
    code = malachi_bible(tmp_path)
    sermon = tmp_path / "sermon.yaml"
    sermon.write_text(outline(code, "Malaquías 3:19-24", "Malaquías 3"), encoding="utf-8")
    prepared = prepare(sermon)
    passages = {str(c.passage): s for c, s in prepared.scriptures.items()}
    web_fourth = next(c for c in web_chapters() if c.name == "Malachi" and c.number == 4)
    shown = passages["Malachi 3:19–24"].verses
    assert [(v.number, v.text) for v in shown] == [(n + 18, t) for n, t in web_fourth.verses]
    assert len(passages["Malachi 3"].verses) == 24


def test_a_reference_past_the_file_s_numbering_is_refused_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = malachi_bible(tmp_path)
    sermon = tmp_path / "sermon.yaml"
    sermon.write_text(outline(code, "Malaquías 3:25"), encoding="utf-8")
    status, _, err = run(capsys, "build", str(sermon), "-o", str(tmp_path / "s.pptx"))
    assert status == 1
    assert one_line(err) == f"{sermon}:6:14: Malachi 3 has 24 verses, not 25 ('Malaquías 3:25')"
    sermon.write_text(outline(code, "Malaquías 4:1"), encoding="utf-8")
    status, _, err = run(capsys, "build", str(sermon), "-o", str(tmp_path / "s.pptx"))
    assert status == 1
    assert one_line(err).startswith(f"{sermon}:6:14: in the MAL3, Malachi has 3 chapters — ")


def test_verses_reads_the_file_s_names_and_numbering(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = malachi_bible(tmp_path)
    status, out, err = run(capsys, "verses", "--translation", code, "Malaquías 3:20")
    assert status == 0, err
    web_fourth = next(c for c in web_chapters() if c.name == "Malachi" and c.number == 4)
    assert out.splitlines()[1] == f"[20] {web_fourth.verses[1][1]}"


def test_the_same_reference_in_the_web_is_still_refused_by_the_web_s_numbering() -> None:
    assert "Malachi 3 has 18 verses, not 19" in one_error(outline("WEB", "Malaquías 3:19"))


def test_a_file_with_a_fourth_chapter_of_joel_reads_it(tmp_path: Path) -> None:
    source = zefania(tmp_path / "joel.xml", {(29, "Joel"): chapters(4, {1: "Uno.", 21: "Fin."})})
    add_bible(source, code="JOEL4")
    sermon = tmp_path / "joel.yaml"
    sermon.write_text(outline("JOEL4", "Joel 4:21", "Joel 4"), encoding="utf-8")
    shown = {str(c.passage): s.verses for c, s in prepare(sermon).scriptures.items()}
    assert [v.text for v in shown["Joel 4:21"]] == ["Fin."]
    assert [v.number for v in shown["Joel 4"]] == [1, 21]


def test_a_psalm_heading_numbered_as_verse_1_makes_the_psalm_a_verse_longer(
    tmp_path: Path,
) -> None:
    # Psalm 3 has 8 verses in the WEB; Bibles that number its heading have 9.
    psalm = {n: f"Versículo {n}." for n in range(1, 10)}
    add_bible(zefania(tmp_path / "salmos.xml", {(19, "Salmos"): chapters(3, psalm)}), code="SAL")
    assert cited(outline("SAL", "Salmos 3:9", "Salmo 3:2-9")) == ["Psalm 3:9", "Psalm 3:2–9"]


# -- labels ------------------------------------------------------------------------------------


def test_the_planner_is_handed_the_main_translation_s_names(tmp_path: Path) -> None:
    code = spanish_web(tmp_path)
    sermon = tmp_path / "sermon.yaml"
    sermon.write_text(outline(code, "Juan 3:16") + "parallel: KJV\n", encoding="utf-8")
    prepared = prepare(sermon)
    assert prepared.resources.book_names["John"] == "Juan"
    assert prepared.resources.book_names["Song of Solomon"] == "Cantares"
    other = prepared.with_theme(prepared.theme)  # replanned with another theme, names kept
    assert other.resources.book_names == prepared.resources.book_names
    assert resolve(prepared.theme).book_names == {}


def test_a_built_in_translation_hands_the_planner_no_names(tmp_path: Path) -> None:
    sermon = tmp_path / "sermon.yaml"
    sermon.write_text(outline("WEB", "Juan 3:16") + "parallel: KJV\n", encoding="utf-8")
    assert prepare(sermon).resources.book_names == {}


@pytest.mark.parametrize("form", ["osis", "usfx", "opensong"])
def test_files_naming_books_in_english_give_english_labels(form: str, tmp_path: Path) -> None:
    source = tmp_path / f"web-{form}.xml"
    WRITERS[form](source, tuple(c for c in web_chapters() if c.book in (19, 43)))
    code = add_bible(source, code=f"EN{form[:3].upper()}").code
    sermon = tmp_path / "sermon.yaml"
    sermon.write_text(outline(code, "John 3:16", language="en"), encoding="utf-8")
    assert prepare(sermon).resources.book_names == {}
