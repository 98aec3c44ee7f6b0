"""Test support: the installed WEB written out as a Bible file in each format slidegen imports.

No third-party Bible file is committed: each test writes its own from the WEB package, the way
the formats' publishers lay them out, with the markup real files carry and a reader must skip or
see through: notes and footnotes inside verses, section headings, Strong's-number and
added-word markup around words, line breaks, and (in the milestone formats) verses that run
across paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from pythonbible.bible import get_bible
from pythonbible.versions import Version

from slidegen.bibles.bookcodes import BOOK_IDS
from slidegen.model import Passage
from slidegen.scripture.books import BOOK_NAMES
from slidegen.scripture.text import scripture


@dataclass(frozen=True)
class Chapter:
    book: int  # 1–66
    name: str
    number: int
    verses: tuple[tuple[int, str], ...]  # (verse number, cleaned WEB text)
    last: int  # the WEB's verse count for the chapter (omitted verses included)


def chapter_passage(name: str, number: int, last: int) -> Passage:
    return Passage(name, number, 1, number, last, whole_chapters=True)


@cache
def web_chapters() -> tuple[Chapter, ...]:
    """Every chapter of the installed WEB, as slidegen shows its verses."""
    counts = get_bible(Version.WORLD_ENGLISH, "plain_text").max_verses
    chapters = []
    for book, name in enumerate(BOOK_NAMES, start=1):
        for number, last in sorted(counts[_book_enum(book)].items()):
            shown = scripture(chapter_passage(name, number, last), "WEB")
            verses = tuple((v.number, v.text) for v in shown.verses)
            chapters.append(Chapter(book, name, number, verses, last))
    return tuple(chapters)


def _book_enum(book: int) -> object:
    from pythonbible.books import Book

    return Book(book)


_OSIS = {n: osis for n, (osis, _) in enumerate(BOOK_IDS, start=1)}
_USFM = {n: usfm for n, (_, usfm) in enumerate(BOOK_IDS, start=1)}


def _marked(text: str, index: int, word: Callable[[str], str], note: str, line: str) -> str:
    """`text` with its first word wrapped (every 7th verse), a note after its first word
    (every 10th) and a line break for one space (every 13th): markup the reader must handle."""
    first, _, rest = text.partition(" ")
    out = escape(first)
    if index % 7 == 0:
        out = word(out)
    if index % 10 == 0:
        out += note
    if not rest:
        return out
    rest_out = escape(rest)
    if index % 13 == 0 and " " in rest:
        left, _, right = rest.partition(" ")
        rest_out = escape(left) + line + escape(right)
    return out + " " + rest_out


def _lines(chapters: tuple[Chapter, ...]) -> Iterator[tuple[int, Chapter]]:
    index = 0
    for chapter in chapters:
        yield index, chapter
        index += len(chapter.verses)


def write_zefania(
    path: Path,
    chapters: tuple[Chapter, ...],
    names: Mapping[int, str] | None = None,
    language: str = "ENG",
) -> None:
    """A Zefania file; `names` (by book number) are its own names of books, else English."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<XMLBIBLE xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'biblename="World English Bible (test export)">',
        "<INFORMATION><title>World English Bible (test export)</title>"
        f"<identifier>WEBZEF</identifier><language>{language}</language></INFORMATION>",
    ]
    book = 0
    for start, chapter in _lines(chapters):
        if chapter.book != book:
            if book:
                out.append("</BIBLEBOOK>")
            book = chapter.book
            name = (names or {}).get(book, chapter.name)
            out.append(f'<BIBLEBOOK bnumber="{book}" bname={quoteattr(name)}>')
        out.append(f'<CHAPTER cnumber="{chapter.number}">')
        out.append(f"<CAPTION>Heading of chapter {chapter.number}</CAPTION>")
        for offset, (number, text) in enumerate(chapter.verses):
            body = _marked(
                text,
                start + offset,
                lambda w: f'<gr str="1">{w}</gr>',
                "<NOTE>a note, not Scripture</NOTE>",
                "<BR/>",
            )
            out.append(f'<VERS vnumber="{number}">{body}</VERS>')
        out.append("</CHAPTER>")
    out.append("</BIBLEBOOK></XMLBIBLE>")
    path.write_text("\n".join(out), encoding="utf-8")


def write_osis(path: Path, chapters: tuple[Chapter, ...]) -> None:
    """OSIS with milestone verses and chapters, verses grouped in paragraphs."""
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<osis xmlns="http://www.bibletechnologies.net/2003/OSIS/namespace">',
        '<osisText osisIDWork="WEBOSIS" osisRefWork="Bible" xml:lang="en">',
        '<header><work osisWork="WEBOSIS"><title>World English Bible (OSIS test)</title>'
        "</work></header>",
    ]
    book = 0
    for start, chapter in _lines(chapters):
        code = _OSIS[chapter.book]
        if chapter.book != book:
            if book:
                out.append("</div>")
            book = chapter.book
            out.append(
                f'<div type="book" osisID="{code}"><title type="main">{chapter.name}</title>'
            )
        ref = f"{code}.{chapter.number}"
        out.append(f'<chapter sID="{ref}" osisID="{ref}"/><title>A section heading</title><p>')
        for offset, (number, text) in enumerate(chapter.verses):
            index = start + offset
            vid = f"{ref}.{number}"
            body = _marked(
                text,
                index,
                lambda w: f'<w lemma="strong:H0001">{w}</w>',
                '<note type="study">a note, <reference>Gen 1:1</reference></note>',
                "<lb/>",
            )
            if index % 5 == 4:
                out.append("</p><p>")
            out.append(f'<verse sID="{vid}" osisID="{vid}"/>{body}<verse eID="{vid}"/>')
        out.append(f'</p><chapter eID="{ref}"/>')
    out.append("</div></osisText></osis>")
    path.write_text("\n".join(out), encoding="utf-8")


def write_usfx(path: Path, chapters: tuple[Chapter, ...]) -> None:
    """USFX with a verse now and then running on into the next paragraph."""
    out = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<usfx xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">',
        "<languageCode>eng</languageCode>",
    ]
    book = 0
    for start, chapter in _lines(chapters):
        code = _USFM[chapter.book]
        if chapter.book != book:
            if book:
                out.append("</book>")
            book = chapter.book
            out.append(
                f'<book id="{code}"><id id="{code}">World English Bible test</id>'
                f'<h>{escape(chapter.name)}</h><toc level="1">{escape(chapter.name)}</toc>'
            )
        out.append(f'<c id="{chapter.number}"/><s>A section heading</s><p>')
        for offset, (number, text) in enumerate(chapter.verses):
            index = start + offset
            body = _marked(
                text,
                index,
                lambda w: f"<wj>{w}</wj>",
                '<f caller="+"><fr>1:1 </fr><ft>a footnote</ft></f>',
                " ",
            )
            if index % 9 == 0 and " " in text:
                # The verse runs on into the next paragraph.
                left, _, right = body.rpartition(" ")
                body = f"{left}</p><q>{right}"
                out.append(f'<v id="{number}"/>{body}<ve/></q><p>')
            else:
                out.append(f'<v id="{number}"/>{body}<ve/>')
        out.append("</p>")
    out.append("</book></usfx>")
    path.write_text("\n".join(out), encoding="utf-8")


def write_opensong(path: Path, chapters: tuple[Chapter, ...]) -> None:
    out = ['<?xml version="1.0" encoding="UTF-8"?>', "<bible>"]
    book = 0
    for _, chapter in _lines(chapters):
        if chapter.book != book:
            if book:
                out.append("</b>")
            book = chapter.book
            out.append(f"<b n={quoteattr(chapter.name)}>")
        out.append(f'<c n="{chapter.number}">')
        out.extend(f'<v n="{number}">{escape(text)}</v>' for number, text in chapter.verses)
        out.append("</c>")
    out.append("</b></bible>")
    path.write_text("\n".join(out), encoding="utf-8")


WRITERS: dict[str, Callable[[Path, tuple[Chapter, ...]], None]] = {
    "zefania": write_zefania,
    "osis": write_osis,
    "usfx": write_usfx,
    "opensong": write_opensong,
}


# The names Spanish Bibles (Reina-Valera) give the 66 books, by book number: a test writes the
# WEB's text under them, as a Spanish-speaking church's Bible file names its books.
_SPANISH = (
    "Génesis", "Éxodo", "Levítico", "Números", "Deuteronomio", "Josué", "Jueces", "Rut",
    "1 Samuel", "2 Samuel", "1 Reyes", "2 Reyes", "1 Crónicas", "2 Crónicas", "Esdras",
    "Nehemías", "Ester", "Job", "Salmos", "Proverbios", "Eclesiastés", "Cantares", "Isaías",
    "Jeremías", "Lamentaciones", "Ezequiel", "Daniel", "Oseas", "Joel", "Amós", "Abdías", "Jonás",
    "Miqueas", "Nahúm", "Habacuc", "Sofonías", "Hageo", "Zacarías", "Malaquías", "Mateo",
    "Marcos", "Lucas", "Juan", "Hechos", "Romanos", "1 Corintios", "2 Corintios", "Gálatas",
    "Efesios", "Filipenses", "Colosenses", "1 Tesalonicenses", "2 Tesalonicenses", "1 Timoteo",
    "2 Timoteo", "Tito", "Filemón", "Hebreos", "Santiago", "1 Pedro", "2 Pedro", "1 Juan",
    "2 Juan", "3 Juan", "Judas", "Apocalipsis",
)  # fmt: skip
SPANISH_NAMES: dict[int, str] = dict(enumerate(_SPANISH, start=1))
MALACHI = 39


def malachi_in_three_chapters(chapters: tuple[Chapter, ...]) -> tuple[Chapter, ...]:
    """`chapters` numbered as Luther's and the Spanish Bibles number Malachi: the WEB's Malachi
    4:1–6 are 3:19–24, and the book has three chapters."""
    kept = []
    for chapter in chapters:
        if chapter.book == MALACHI and chapter.number == 4:
            continue
        if chapter.book == MALACHI and chapter.number == 3:
            fourth = next(c for c in chapters if c.book == MALACHI and c.number == 4)
            moved = tuple((chapter.last + n, text) for n, text in fourth.verses)
            chapter = replace(
                chapter, verses=chapter.verses + moved, last=chapter.last + fourth.last
            )
        kept.append(chapter)
    return tuple(kept)
