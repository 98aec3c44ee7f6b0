"""Bible files of one's own: `slidegen bibles add/remove`, the store, lookups and decks.

Every Bible file here is written by the test itself: the installed WEB in each format
(tests/bible_writers.py), or a few verses of made-up text. No third-party Bible is committed.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from slidegen.bibles.add import add_bible
from slidegen.bibles.store import imported_bibles, store_path
from slidegen.bibles.xmlstream import MAX_FILE_BYTES, BibleFileError
from slidegen.errors import ScriptureError, TranslationError
from slidegen.scripture import parse_references
from slidegen.scripture.text import scripture

from .bible_writers import WRITERS, chapter_passage, web_chapters
from .cli_support import one_line, run
from .conftest import read_deck


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Each test imports into a data folder of its own, never the user's."""
    folder = tmp_path / "data"
    monkeypatch.setenv("SLIDEGEN_DATA", str(folder))
    return folder


def opensong(path: Path, books: dict[str, dict[int, dict[int, str]]] | dict[str, Any]) -> Path:
    """An OpenSong Bible of the given books → chapters → verses."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<bible>"]
    for name, chapters in books.items():
        out.append(f'<b n="{name}">')
        for chapter, verses in chapters.items():
            out.append(f'<c n="{chapter}">')
            out += [f'<v n="{n}">{text}</v>' for n, text in verses.items()]
            out.append("</c>")
        out.append("</b>")
    out.append("</bible>")
    path.write_text("\n".join(out), encoding="utf-8")
    return path


# Made-up words, numbered as John 1–3 would be, for a small Bible of one book.
JOHN = {
    1: {1: "Texto uno."},
    2: {1: "Texto dos."},
    3: {16: "Texto dieciséis de prueba.", 17: "Texto diecisiete de prueba."},
}


def look_up(reference: str, code: str) -> list[tuple[int, str]]:
    return [(v.number, v.text) for v in scripture(parse_references(reference)[0], code).verses]


@pytest.mark.parametrize("form", sorted(WRITERS))
def test_the_web_written_in_each_format_imports_back_verse_for_verse(
    form: str, tmp_path: Path
) -> None:
    chapters = web_chapters()
    source = tmp_path / f"web-{form}.xml"
    WRITERS[form](source, chapters)
    imported = add_bible(source, code=f"WEB{form[:3].upper()}")
    assert imported.missing_books == ()
    assert imported.verses == sum(len(c.verses) for c in chapters)
    for chapter in chapters:
        passage = chapter_passage(chapter.name, chapter.number, chapter.last)
        shown = scripture(passage, imported.code)
        assert tuple((v.number, v.text) for v in shown.verses) == chapter.verses, passage


def test_the_file_s_name_and_language_are_kept_and_listed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "web.xml"
    WRITERS["zefania"](source, web_chapters()[:3])  # Genesis 1–3
    code, out, _ = run(capsys, "bibles", "add", str(source))
    assert code == 0
    # The file writes "ENG" (ISO 639-2): kept as the two-letter code outlines write.
    assert out.startswith("imported WEBZEF (World English Bible (test export), en): 80 verses")
    code, out, _ = run(capsys, "translations")
    assert "WEBZEF\tWorld English Bible (test export)\timported (en, 80 verses)" in out
    assert "KJV\t" in out  # beside the built-in ones


def test_the_command_line_names_and_codes_override_the_file_s(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = opensong(tmp_path / "juan.xml", {"John": JOHN})
    code, out, _ = run(
        capsys,
        "bibles",
        "add",
        str(source),
        "--code",
        "prueba",
        "--name",
        "Prueba",
        "--language",
        "es",
    )
    assert code == 0
    assert [(b.code, b.name, b.language, b.verses) for b in imported_bibles()] == [
        ("PRUEBA", "Prueba", "es", 4)
    ]
    code, out, _ = run(capsys, "verses", "--translation", "prueba", "John 3:16-17")
    assert out.splitlines() == [
        "Juan 3:16–17 (PRUEBA)",  # a Spanish Bible's passage, labelled as Spanish decks label it
        "[16] Texto dieciséis de prueba. [17] Texto diecisiete de prueba.",
    ]


def test_verse_counts_come_from_the_file(tmp_path: Path) -> None:
    add_bible(opensong(tmp_path / "juan.xml", {"John": JOHN}), code="JUAN")
    # A whole chapter is the file's chapter; a verse past it is refused, not an empty slide.
    assert [n for n, _ in look_up("John 3", "JUAN")] == [16, 17]
    with pytest.raises(ScriptureError, match="in the JUAN, John 3 has 17 verses"):
        look_up("John 3:16-18", "JUAN")


def test_a_file_missing_books_says_which_and_references_into_them_are_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "nt.xml"
    WRITERS["usfx"](source, tuple(c for c in web_chapters() if c.book >= 40))
    code, out, err = run(capsys, "bibles", "add", str(source), "--code", "NT")
    assert code == 0
    assert one_line(err) == (
        f"{source}: NT has no Genesis–Malachi (39 of the 66 books): a passage from them is an "
        "error in this translation"
    )
    with pytest.raises(ScriptureError, match="the NT has no Genesis"):
        look_up("Genesis 1:1", "NT")
    assert look_up("John 11:35", "NT") == [(35, "Jesus wept.")]


def test_a_deck_is_built_with_an_imported_translation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_bible(opensong(tmp_path / "juan.xml", {"John": JOHN}), code="PRUEBA")
    outline = tmp_path / "amor.yaml"
    outline.write_text(
        "title: El amor de Dios\n"
        "translation: PRUEBA\n"
        "sections:\n"
        "  - heading: Dios amó al mundo\n"
        "    passage: John 3:16-17\n"
        "    points:\n"
        "      - text: Un amor que da\n",
        encoding="utf-8",
    )
    deck = tmp_path / "amor.pptx"
    code, _, err = run(capsys, "build", str(outline), "-o", str(deck))
    assert code == 0, err
    shown = "\n".join(s.body for s in read_deck(deck))
    assert "Texto dieciséis de prueba." in shown
    assert "Texto diecisiete de prueba." in shown


def test_an_outline_citing_a_book_the_imported_bible_lacks_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_bible(opensong(tmp_path / "juan.xml", {"John": JOHN}), code="PRUEBA")
    outline = tmp_path / "romanos.yaml"
    outline.write_text(
        "title: Romanos\ntranslation: PRUEBA\nsections:\n"
        "  - heading: Todo ayuda a bien\n    passage: Romans 8:28\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "build", str(outline), "-o", str(tmp_path / "r.pptx"))
    assert code == 1
    assert "the PRUEBA has no Romans" in one_line(err)
    assert not (tmp_path / "r.pptx").exists()


def test_malformed_xml_is_one_line_with_its_line_number(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "cut.xml"
    source.write_text(
        '<?xml version="1.0"?>\n<bible>\n<b n="John">\n<c n="3">\n'
        '<v n="16">For God so loved\n<v n="17">the world.</v>\n</c>\n</b>\n</bible>\n',
        encoding="utf-8",
    )
    code, _, err = run(capsys, "bibles", "add", str(source), "--code", "CUT")
    assert code == 1
    assert one_line(err).startswith(f"{source}:7:")  # where </c> meets the unclosed <v>
    assert "not well-formed XML" in err
    assert imported_bibles() == []


def test_a_file_cut_short_is_refused_and_leaves_nothing_behind(
    tmp_path: Path, data_folder: Path
) -> None:
    whole = tmp_path / "whole.xml"
    WRITERS["osis"](whole, web_chapters()[:60])
    text = whole.read_text(encoding="utf-8")
    cut = tmp_path / "cut.xml"
    cut.write_text(text[: len(text) // 2], encoding="utf-8")
    with pytest.raises(BibleFileError, match="not well-formed XML") as raised:
        add_bible(cut, code="CUT")
    assert raised.value.line is not None and raised.value.line > 1
    assert sorted(p.name for p in (data_folder / "bibles").iterdir()) == []


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            '<b n="John"><c n="1"><v n="1">a</v></c><c n="3"><v n="1">b</v></c></b>',
            "John has chapter 3 but no chapter 2",
        ),
        (
            '<b n="John"><c n="1"><v n="1">a</v>\n<v n="1">b</v></c></b>',
            re.escape("John 1:1 is given twice (first on line 2)"),
        ),
        ('<b n="John"><c n="1"><v n="one">a</v></c></b>', "verse number 'one' is not a number"),
        ('<b n="John"><c n="1"></c></b>', "has no verses slidegen can read"),
        (
            '<b n="Juan"><c n="1"><v n="1">a</v></c></b>',
            "book 'Juan' is not an English book name, and the file has 1 books",
        ),
    ],
)
def test_a_damaged_bible_is_refused_with_what_is_wrong(
    body: str, message: str, tmp_path: Path
) -> None:
    source = tmp_path / "bad.xml"
    source.write_text(f"<bible>\n{body}\n</bible>\n", encoding="utf-8")
    with pytest.raises(BibleFileError, match=message):
        add_bible(source, code="BAD")
    assert imported_bibles() == []


def test_a_file_that_is_not_a_bible_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "page.xml"
    source.write_text("<html><body>Bible</body></html>", encoding="utf-8")
    with pytest.raises(BibleFileError, match=r"its root element is <html>") as raised:
        add_bible(source, code="PAGE")
    assert str(raised.value).endswith("give a Zefania, OSIS, USFX or OpenSong XML Bible")


def test_an_external_entity_is_refused_and_nothing_is_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("the church's bank details", encoding="utf-8")
    source = tmp_path / "xxe.xml"
    source.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE bible [<!ENTITY x SYSTEM "{secret.as_uri()}">]>\n'
        '<bible><b n="John"><c n="3"><v n="16">&x;</v></c></b></bible>\n',
        encoding="utf-8",
    )
    with pytest.raises(BibleFileError, match="declares XML entities of its own"):
        add_bible(source, code="XXE")
    assert imported_bibles() == []


def test_a_billion_laughs_file_is_refused(tmp_path: Path) -> None:
    entities = ['<!ENTITY a0 "lol">'] + [
        f'<!ENTITY a{n} "{f"&a{n - 1};" * 10}">' for n in range(1, 10)
    ]
    source = tmp_path / "laughs.xml"
    source.write_text(
        f'<?xml version="1.0"?>\n<!DOCTYPE bible [{"".join(entities)}]>\n'
        '<bible><b n="John"><c n="3"><v n="16">&a9;</v></c></b></bible>\n',
        encoding="utf-8",
    )
    with pytest.raises(BibleFileError, match="declares XML entities of its own"):
        add_bible(source, code="LOL")


def test_a_code_in_use_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = opensong(tmp_path / "juan.xml", {"John": JOHN})
    assert run(capsys, "bibles", "add", str(source), "--code", "JUAN")[0] == 0
    code, _, err = run(capsys, "bibles", "add", str(source), "--code", "juan")
    assert code == 1
    assert one_line(err) == (
        "error: a Bible with the code JUAN is imported already — remove it first with "
        "`slidegen bibles remove JUAN`, or use another --code"
    )
    code, _, err = run(capsys, "bibles", "add", str(source), "--code", "KJV")
    assert code == 1
    assert "KJV is the code of a translation slidegen has built in" in one_line(err)
    code, _, err = run(capsys, "bibles", "add", str(source), "--code", "../escape")
    assert code == 1
    assert "'../escape' cannot be a translation code" in one_line(err)


def test_removing_a_bible_makes_its_code_unknown_again(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_bible(opensong(tmp_path / "juan.xml", {"John": JOHN}), code="JUAN")
    assert look_up("John 3:16", "JUAN") == [(16, "Texto dieciséis de prueba.")]
    code, out, _ = run(capsys, "bibles", "remove", "juan")
    assert code == 0
    assert out.strip() == f"removed {store_path('JUAN')}"
    assert not store_path("JUAN").exists()
    with pytest.raises(TranslationError, match="unknown translation 'JUAN'"):
        look_up("John 3:16", "JUAN")
    code, _, err = run(capsys, "bibles", "remove", "JUAN")
    assert code == 1
    assert "no imported Bible has the code 'JUAN'" in one_line(err)


def test_an_imported_bible_can_be_imported_again_after_removal(tmp_path: Path) -> None:
    add_bible(opensong(tmp_path / "a.xml", {"John": JOHN}), code="JUAN")
    assert look_up("John 3:17", "JUAN") == [(17, "Texto diecisiete de prueba.")]
    run_again = {**JOHN, 3: {16: "Otra vez.", 17: "Y otra."}}
    store_path("JUAN").unlink()
    add_bible(opensong(tmp_path / "b.xml", {"John": run_again}), code="JUAN")
    assert look_up("John 3:17", "JUAN") == [(17, "Y otra.")]  # nothing stale from the first


def test_osis_container_verses_keep_their_words_and_drop_their_notes(tmp_path: Path) -> None:
    source = tmp_path / "osis.xml"
    source.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<osis xmlns="http://www.bibletechnologies.net/2003/OSIS/namespace">\n'
        '<osisText osisIDWork="Prueba" xml:lang="es">\n'
        '<div type="book" osisID="John">\n'
        '<chapter osisID="John.1"><verse osisID="John.1.1">En el principio.</verse></chapter>\n'
        '<chapter osisID="John.2"><verse osisID="John.2.1">Al tercer día.</verse></chapter>\n'
        '<chapter osisID="John.3">\n'
        '<title type="section">El amor de Dios</title>\n'
        '<verse osisID="John.3.16">Porque <w lemma="strong:G3779">de tal manera</w> amó'
        '<note type="x-footnote">Gr. amó</note> Dios al mundo,<lb/>que ha dado</verse>\n'
        '<verse osisID="John.3.17">Porque no envió Dios.</verse>\n'
        "</chapter></div></osisText></osis>\n",
        encoding="utf-8",
    )
    imported = add_bible(source)
    assert (imported.code, imported.language) == ("PRUEBA", "es")
    assert look_up("John 3:16-17", "PRUEBA") == [
        (16, "Porque de tal manera amó Dios al mundo, que ha dado"),
        (17, "Porque no envió Dios."),
    ]


def test_an_opensong_file_of_66_books_in_another_language_is_read_by_place(
    tmp_path: Path,
) -> None:
    names = [f"Libro {n}" for n in range(1, 67)]
    books = {name: {1: {1: f"Texto del libro {n}."}} for n, name in enumerate(names, start=1)}
    add_bible(opensong(tmp_path / "libros.xml", books), code="LIBROS")
    assert look_up("Genesis 1:1", "LIBROS") == [(1, "Texto del libro 1.")]
    assert look_up("Revelation 1:1", "LIBROS") == [(1, "Texto del libro 66.")]


def test_a_file_too_large_for_any_bible_is_refused_unread(tmp_path: Path) -> None:
    source = tmp_path / "huge.xml"
    with source.open("wb") as handle:
        handle.truncate(MAX_FILE_BYTES + 1)  # sparse: no disk used, and never read
    with pytest.raises(BibleFileError, match="more than any Bible file needs"):
        add_bible(source, code="HUGE")


def test_a_missing_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "bibles", "add", str(tmp_path / "nowhere.xml"))
    assert code == 1
    assert (
        one_line(err) == f"{tmp_path / 'nowhere.xml'}: cannot read it (No such file or directory)"
    )


def test_a_damaged_store_is_an_error_naming_the_way_out(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    add_bible(opensong(tmp_path / "juan.xml", {"John": JOHN}), code="JUAN")
    store_path("JUAN").write_bytes(b"not a database")
    code, _, err = run(capsys, "verses", "--translation", "JUAN", "John 3:16")
    assert code == 1
    assert one_line(err).endswith(
        "remove it with `slidegen bibles remove JUAN` and import it again"
    )


def test_verses_a_translation_joins_into_one_keep_the_numbering(tmp_path: Path) -> None:
    joined = {**JOHN, 3: {15: "Quince.", "16-17": "Dieciséis y diecisiete.", 18: "Dieciocho."}}
    add_bible(opensong(tmp_path / "juntos.xml", {"John": joined}), code="JUNTOS")
    shown = scripture(parse_references("John 3:16-18")[0], "JUNTOS")
    assert [(v.number, v.text) for v in shown.verses] == [
        (16, "Dieciséis y diecisiete."),
        (18, "Dieciocho."),
    ]
    assert shown.omitted == ((3, 17),)  # its words are in verse 16, and the notes say so


def test_a_zefania_file_in_utf16_with_lower_case_tags_is_read(tmp_path: Path) -> None:
    source = tmp_path / "lower.xml"
    chapters = "".join(
        f'<chapter cnumber="{c}"><vers vnumber="1">Capítulo {c}.</vers></chapter>' for c in (1, 2)
    )
    source.write_text(
        '<?xml version="1.0" encoding="UTF-16"?>\n'
        f'<xmlbible biblename="Minúsculas"><biblebook bnumber="43" bname="Juan">{chapters}'
        "</biblebook></xmlbible>\n",
        encoding="utf-16",
    )
    imported = add_bible(source, code="MIN")
    assert imported.name == "Minúsculas"
    assert look_up("John 2:1", "MIN") == [(1, "Capítulo 2.")]


def test_a_chinese_verse_wrapped_in_the_file_has_no_space_where_it_was_wrapped(tmp_path: Path):
    # Hand-typed or exported files wrap long lines; Chinese has no space between its words.
    source = tmp_path / "zh.xml"
    source.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<XMLBIBLE biblename="测试本">\n'
        '<BIBLEBOOK bnumber="43" bname="约翰福音"><CHAPTER cnumber="1">\n'
        '<VERS vnumber="1">太初有道，道与神同在，\n    道就是神。</VERS>\n'
        '<VERS vnumber="2">In the beginning\n    was the Word.</VERS>\n'
        "</CHAPTER></BIBLEBOOK></XMLBIBLE>\n",
        encoding="utf-8",
    )
    code = add_bible(source, code="ZHT", language="zh").code
    passage = parse_references("John 1:1-2")[0]
    assert [v.text for v in scripture(passage, code).verses] == [
        "太初有道，道与神同在，道就是神。",
        "In the beginning was the Word.",
    ]
