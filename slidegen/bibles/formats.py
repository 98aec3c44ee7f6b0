"""The four Bible file formats OpenLP and FreeShow read: Zefania, OSIS, USFX and OpenSong XML.

Each reader turns the file's event stream (xmlstream.py) into verses: book number (1–66),
chapter, verse, text and the line the verse starts on. Notes, cross references, headings and
titles are not verse text and are left out; markup inside a verse (Strong's numbers, words of
Christ, added words) keeps its words. Line and paragraph breaks inside a verse become spaces.

- Zefania: `<XMLBIBLE><BIBLEBOOK bnumber="1" bname="…"><CHAPTER cnumber="1"><VERS vnumber="1">`.
- OSIS: `<div type="book" osisID="Gen">`, `<chapter osisID="Gen.1">`, verses either as
  containers `<verse osisID="Gen.1.1">…</verse>` or milestones `<verse sID=… osisID=…/>…
  <verse eID=…/>`.
- USFX: `<book id="GEN">`, milestones `<c id="1"/>`, `<v id="1"/>…<ve/>` (a verse also ends at
  the next verse, chapter or book).
- OpenSong: `<bible><b n="Genesis"><c n="1"><v n="1">` (books by name; a name that is not an
  English book name is taken by its place, which holds only in a complete 66-book file).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from slidegen.bibles.bookcodes import BOOK_COUNT, osis_book, usfm_book
from slidegen.bibles.xmlstream import BibleFileError, End, Event, Start, Text, events
from slidegen.scripts import joined
from slidegen.scripture.books import find_book

# No verse of any Bible is this long: a verse this long has lost its end marker.
MAX_VERSE_CHARS = 20_000
_LEADING_NUMBER = re.compile(r"\s*(\d+)")
# "16", or "16-17" for two verses a translation joins into one.
_VERSE_NUMBERS = re.compile(r"\s*(\d+)(?:\s*[-\u2013]\s*(\d+))?")
_META_NAMES = {"languagecode": "language"}  # USFX's name for it


@dataclass(frozen=True)
class ParsedVerse:
    book: int
    chapter: int
    verse: int
    text: str  # "" when the file has the number and no words
    line: int
    through: int  # the last verse it holds: > verse for verses joined into one ("16-17")


@dataclass
class _Open:
    book: int
    chapter: int
    verse: int
    line: int
    through: int
    parts: list[str] = field(default_factory=list)
    size: int = 0


class FormatReader:
    """What every format shares: the verse being read, skipped elements, metadata."""

    name = ""
    skip: frozenset[str] = frozenset()  # elements whose text is not verse text
    breaks: frozenset[str] = frozenset()  # elements that separate words (lines, paragraphs)
    meta: frozenset[str] = frozenset()  # metadata elements: title, identifier, language

    def __init__(self, path: Path, stream: Iterator[Event], root: Start) -> None:
        self.path = path
        self._stream = stream
        self.info: dict[str, str] = {}
        self.book_names: dict[int, str] = {}
        self.skipped_books: list[str] = []  # books outside the 66, as the file names them
        self.book: int | None = None
        self.chapter: int | None = None
        self._open: _Open | None = None
        self._skipping = 0
        self._meta_key = ""
        self._meta_parts: list[str] = []
        self._name_parts: list[str] | None = None
        self.root(root)

    # -- what each format says --------------------------------------------------------------
    def root(self, event: Start) -> None:
        """Metadata on the root element."""

    def start(self, event: Start) -> ParsedVerse | None:
        raise NotImplementedError

    def end(self, tag: str) -> ParsedVerse | None:
        raise NotImplementedError

    def in_meta(self, tag: str) -> bool:
        """Whether `tag` here is a metadata element (title, language…) to keep."""
        return tag in self.meta

    # -- shared -----------------------------------------------------------------------------
    def verses(self) -> Iterator[ParsedVerse]:
        for event in self._stream:
            if isinstance(event, Text):
                self._text(event.text)
            elif isinstance(event, Start):
                done = self._start(event)
                if done is not None:
                    yield done
            else:
                done = self._end(event)
                if done is not None:
                    yield done
        done = self.close()
        if done is not None:
            yield done

    def _start(self, event: Start) -> ParsedVerse | None:
        if not self._meta_key and self.in_meta(event.tag):
            self._meta_key, self._meta_parts = event.tag, []
        if self._skipping or event.tag in self.skip:
            self._skipping += event.tag in self.skip
            return None
        if event.tag in self.breaks:
            self._text(" ")
        return self.start(event)

    def _end(self, event: End) -> ParsedVerse | None:
        if event.tag == self._meta_key:
            text = " ".join("".join(self._meta_parts).split())
            if text:
                self.info.setdefault(_META_NAMES.get(self._meta_key, self._meta_key), text)
            self._meta_key = ""
        if self._skipping:
            self._skipping -= event.tag in self.skip
            if self._skipping or event.tag in self.skip:
                return None
        if event.tag in self.breaks:
            self._text(" ")
        return self.end(event.tag)

    def _text(self, text: str) -> None:
        if self._meta_key:
            self._meta_parts.append(text)
        if self._name_parts is not None:
            self._name_parts.append(text)
        verse = self._open
        if verse is None or self._skipping:
            return
        verse.parts.append(text)
        verse.size += len(text)
        if verse.size > MAX_VERSE_CHARS:
            raise self.error(
                f"verse {verse.chapter}:{verse.verse} runs on past {MAX_VERSE_CHARS:,} characters",
                verse.line,
                "its end marker is missing; export the file again",
            )

    def open_verse(
        self, chapter: int | None, verse: tuple[int, int], line: int
    ) -> ParsedVerse | None:
        """Start a verse of the current book (closing the one before); None outside the 66."""
        done = self.close()
        if self.book is None:
            return done
        if chapter is None:
            raise self.error(f"verse {verse[0]} comes before any chapter", line, "")
        self._open = _Open(self.book, chapter, verse[0], line, max(verse))
        return done

    def close(self) -> ParsedVerse | None:
        verse, self._open = self._open, None
        if verse is None:
            return None
        # Lines a file wraps a verse over join as their script does: a Chinese verse wrapped
        # between two characters gets no space there.
        lines = "".join(verse.parts).splitlines()
        text = joined(" ".join(line.split()) for line in lines)
        return ParsedVerse(verse.book, verse.chapter, verse.verse, text, verse.line, verse.through)

    def collect_name(self) -> None:
        """Keep the text from here to `name_done` as the current book's name."""
        self._name_parts = []

    def name_done(self) -> None:
        if self._name_parts is not None and self.book is not None:
            name = " ".join("".join(self._name_parts).split())
            if name:
                self.book_names.setdefault(self.book, name)
        self._name_parts = None

    def number(self, value: str | None, what: str, line: int) -> int:
        """The number an attribute gives ("12", "12-13" → 12), or a clear error."""
        match = _LEADING_NUMBER.match(value or "")
        if match is None or int(match.group(1)) < 1:
            shown = f"'{value}'" if value is not None else "missing"
            raise self.error(f"{what} number {shown} is not a number from 1 up", line, "")
        return int(match.group(1))

    def verse_numbers(self, value: str | None, line: int) -> tuple[int, int]:
        """(first, last) of a verse's number: "16" → (16, 16), "16-17" → (16, 17)."""
        match = _VERSE_NUMBERS.match(value or "")
        first = self.number(value, "verse", line)
        last = int(match.group(2)) if match and match.group(2) else first
        return first, max(first, last)

    def error(self, message: str, line: int, hint: str) -> BibleFileError:
        return BibleFileError(
            message,
            path=self.path,
            line=line or None,
            hint=hint or f"this {self.name} file is damaged; export it again",
        )


class Zefania(FormatReader):
    name = "Zefania XML"
    skip = frozenset({"note", "caption", "prolog", "remark", "xref", "media"})
    breaks = frozenset({"br", "div"})
    meta = frozenset({"title", "identifier", "language"})

    def root(self, event: Start) -> None:
        if event.attrib.get("biblename"):
            self.info["title"] = event.attrib["biblename"]

    def start(self, event: Start) -> ParsedVerse | None:
        if event.tag == "biblebook":
            done = self.close()
            name = event.attrib.get("bname", "")
            number = event.attrib.get("bnumber")
            if number is None:
                found = find_book(name)
                self.book = found.book.value if found else None
            else:
                self.book = self.number(number, "book", event.line)
            if self.book is None or self.book > BOOK_COUNT:
                self.skipped_books.append(name or f"book {number}")
                self.book = None
            elif name:
                self.book_names.setdefault(self.book, name)
            self.chapter = None
            return done
        if event.tag == "chapter":
            done = self.close()
            self.chapter = self.number(event.attrib.get("cnumber"), "chapter", event.line)
            return done
        if event.tag == "vers":
            verse = self.verse_numbers(event.attrib.get("vnumber"), event.line)
            return self.open_verse(self.chapter, verse, event.line)
        return None

    def end(self, tag: str) -> ParsedVerse | None:
        return self.close() if tag in ("vers", "chapter", "biblebook") else None


class Osis(FormatReader):
    name = "OSIS"
    skip = frozenset({"note", "title", "header", "figure", "catchword"})
    breaks = frozenset({"l", "lb", "lg", "p", "item", "list"})

    def __init__(self, path: Path, stream: Iterator[Event], root: Start) -> None:
        self._in_header = False
        self._containers: list[bool] = []  # for each open <verse>: a container, not a milestone
        self._divs: list[str] = []
        super().__init__(path, stream, root)

    def in_meta(self, tag: str) -> bool:
        if tag == "header":
            self._in_header = True
        return self._in_header and tag in ("title", "language", "identifier")

    def start(self, event: Start) -> ParsedVerse | None:
        tag, attrib = event.tag, event.attrib
        if tag == "osistext":
            if attrib.get("osisIDWork"):
                self.info.setdefault("identifier", attrib["osisIDWork"])
            if attrib.get("lang"):
                self.info.setdefault("language", attrib["lang"])
        elif tag == "div":
            self._divs.append(attrib.get("type", ""))
            if attrib.get("type") == "book":
                done = self.close()
                self._set_book(attrib.get("osisID", ""), event.line)
                return done
        elif tag == "chapter":
            done = self.close()
            if "eID" not in attrib:
                reference = attrib.get("osisID") or attrib.get("sID") or ""
                self.chapter = self._osis_number(reference, 1, "chapter", event.line)
            return done
        elif tag == "verse":
            container = "sID" not in attrib and "eID" not in attrib
            self._containers.append(container)
            if "eID" in attrib:
                return self.close()
            ids = (attrib.get("osisID") or attrib.get("sID") or "").split()
            if not ids:
                raise self.error("a <verse> without an osisID", event.line, "")
            self._set_book(ids[0].split(".")[0], event.line)
            chapter = self._osis_number(ids[0], 1, "chapter", event.line)
            verse = self._osis_number(ids[0], 2, "verse", event.line)
            # "John.3.16 John.3.17": verses the translation joins into one.
            through = max(
                (self._osis_number(i, 2, "verse", event.line) for i in ids
                 if i.rpartition(".")[0] == ids[0].rpartition(".")[0]),
                default=verse,
            )  # fmt: skip
            return self.open_verse(chapter, (verse, through), event.line)
        return None

    def end(self, tag: str) -> ParsedVerse | None:
        if tag == "header":
            self._in_header = False
        if tag == "verse" and self._containers and self._containers.pop():
            return self.close()
        if tag == "chapter":
            return self.close()
        if tag == "div" and self._divs and self._divs.pop() == "book":
            return self.close()
        return None

    def _set_book(self, osis_id: str, line: int) -> None:
        book = osis_book(osis_id)
        if book is None and osis_id and osis_id not in self.skipped_books:
            self.skipped_books.append(osis_id)
        self.book = book

    def _osis_number(self, reference: str, index: int, what: str, line: int) -> int:
        parts = reference.split(".")
        return self.number(parts[index] if len(parts) > index else None, what, line)


class Usfx(FormatReader):
    name = "USFX"
    skip = frozenset(
        {"f", "fe", "x", "fig", "h", "toc", "id", "ide", "rem", "s", "ms", "mt", "mr", "r",
         "sr", "cl", "cp", "ca", "va", "vp", "d"}
    )  # fmt: skip
    breaks = frozenset({"p", "q", "qc", "qr", "li", "m", "mi", "pi", "pc", "b", "tr", "tc"})
    meta = frozenset({"languagecode"})

    def start(self, event: Start) -> ParsedVerse | None:
        tag, attrib = event.tag, event.attrib
        if tag == "book":
            done = self.close()
            code = attrib.get("id", "")
            self.book = usfm_book(code)
            if self.book is None:
                self.skipped_books.append(code)
            self.chapter = None
            return done
        if tag == "c":
            done = self.close()
            self.chapter = self.number(attrib.get("id"), "chapter", event.line)
            return done
        if tag == "v":
            verse = self.verse_numbers(attrib.get("id"), event.line)
            return self.open_verse(self.chapter, verse, event.line)
        if tag == "ve":
            return self.close()
        return None

    def _start(self, event: Start) -> ParsedVerse | None:
        if event.tag == "h" and not self._skipping:
            self.collect_name()  # the book's short name, kept for the language work
        return super()._start(event)

    def _end(self, event: End) -> ParsedVerse | None:
        if event.tag == "h":
            self.name_done()
        return super()._end(event)

    def end(self, tag: str) -> ParsedVerse | None:
        return self.close() if tag == "book" else None


class OpenSong(FormatReader):
    name = "OpenSong XML"

    def __init__(self, path: Path, stream: Iterator[Event], root: Start) -> None:
        self.books_seen = 0
        self.by_place: list[tuple[str, int]] = []  # (name, line) of books known by place only
        super().__init__(path, stream, root)

    def start(self, event: Start) -> ParsedVerse | None:
        if event.tag == "b":
            done = self.close()
            self.books_seen += 1
            name = event.attrib.get("n", "")
            found = find_book(name)
            if found is not None:
                self.book = found.book.value
            elif self.books_seen <= BOOK_COUNT:
                self.book = self.books_seen
                self.by_place.append((name, event.line))
            else:
                self.book = None
                self.skipped_books.append(name)
            if self.book is not None and name:
                self.book_names.setdefault(self.book, name)
            self.chapter = None
            return done
        if event.tag == "c":
            done = self.close()
            self.chapter = self.number(event.attrib.get("n"), "chapter", event.line)
            return done
        if event.tag == "v":
            verse = self.verse_numbers(event.attrib.get("n"), event.line)
            return self.open_verse(self.chapter, verse, event.line)
        return None

    def end(self, tag: str) -> ParsedVerse | None:
        return self.close() if tag in ("v", "c", "b") else None


_FORMATS: dict[str, type[FormatReader]] = {
    "xmlbible": Zefania,
    "osis": Osis,
    "usfx": Usfx,
    "bible": OpenSong,
}


def open_bible(path: Path) -> FormatReader:
    """The reader for the Bible file at `path`, chosen by its root element."""
    stream = events(path)
    try:
        root = next(stream)
    except StopIteration:
        raise BibleFileError("is empty", path=path, hint="name a Bible's .xml file") from None
    assert isinstance(root, Start)  # the first event of an XML document is its root's start
    reader = _FORMATS.get(root.tag)
    if reader is None:
        raise BibleFileError(
            f"is not a Bible file slidegen reads (its root element is <{root.tag}>)",
            path=path,
            line=root.line,
            hint="give a Zefania, OSIS, USFX or OpenSong XML Bible",
        )
    return reader(path, stream, root)
