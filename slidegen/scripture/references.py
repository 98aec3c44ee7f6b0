"""Bible references: read them strictly, find them in prose, and never get one silently wrong.

`parse_references` reads a whole string ("Romans 8:28-39; 12:1-2") and raises ScriptureError for
anything it cannot read exactly. `find_references` scans running text and keeps only what reads
cleanly, so prose never raises and ordinary numbers never become verses.

Grammar, informally:  list := ["cf."] item (("," | ";" | "and" | "&") item)*
    item  := [book] [chapter|chap|ch] [v|vv|verse|verses] point [dash (point | "end")]
    point := N [(":" | "." | "v") N] [a|b|c]
A bare number means a chapter right after a multi-chapter book ("Psalm 23"), a verse after a
single-chapter book ("Jude 3") or a verse marker, and a verse relative to `context` when no book
is named ("(11)" inside an Exodus 32 sermon; a number that fits two chapters of the context is
an error naming both). In a list, "," and "and" keep the level of the previous item
("John 3:16, 18", "Psalm 23 and 24") and ";" starts a new chapter ("Romans 8:28; 12").
A name that could be two books ("I Sa", "Mc") is an error naming both.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, replace

from slidegen.errors import ScriptureError
from slidegen.model import Passage
from slidegen.scripture.books import BookInfo, find_book, readings
from slidegen.scripture.languages import ENGLISH, LANGUAGES, Language, get_language
from slidegen.scripture.refusals import OutOfRange, ambiguous_book, how, unknown_book, unreadable
from slidegen.scripture.tokens import (
    BOOK,
    CLOSE_PAREN,
    END,
    LEADING_ORDINAL,
    LEADING_POINTER,
    LETTER,
    MAX_NUMBER,
    OPEN_PAREN,
    THOUSANDS,
    TRAILING,
    WRAPPED,
)


@dataclass(frozen=True)
class _Point:
    first: int
    second: int | None
    part: str
    to_end: bool = False  # "end" as the end of a range: the chapter's last verse
    same_verse: bool = False  # "31b–c": the end is a part of the start's verse


def _number(digits: str | None) -> int | None:
    # int() of thousands of digits is slow and can raise; any huge number is just out of range.
    if digits is None:
        return None
    return int(digits) if len(digits) < 8 else MAX_NUMBER


class Parser:
    """A cursor over `text` that reads items one at a time, carrying book and chapter forward."""

    def __init__(
        self,
        text: str,
        context: Passage | None,
        strict: bool,
        language: Language = ENGLISH,
        numbering: Mapping[str, tuple[int, ...]] | None = None,
    ) -> None:
        self.text = text
        self.language = language  # its book names and punctuation; English is the fallback
        self.numbering = numbering or {}
        self.pos = 0
        self.strict = strict
        self.context = context
        self.book = self.numbered(find_book(context.book)) if context else None
        if context is not None and self.book is None:
            raise ScriptureError(f"unknown book '{context.book}' in the enclosing passage")
        self.explicit = False  # the book was named in this text, not taken from context
        self.chapter = context.start_chapter if context else 0
        self.verse_level = True
        self.item_start = 0

    # -- errors --------------------------------------------------------------------------------

    def error(self, message: str, hint: str | None = None) -> ScriptureError:
        return ScriptureError(message, hint=hint)

    def item_text(self) -> str:
        return self.text[self.item_start : self.pos].strip()

    # -- tokens --------------------------------------------------------------------------------

    def read_book(self) -> BookInfo | None:
        match = (self.language.book or BOOK).match(self.text, self.pos)
        if not match:
            return None
        name = match.group("name")
        info = self.numbered(self.language.find_book(name) or find_book(name))
        if info is not None:
            self.pos = match.end()
            return info
        meanings = readings(name)
        if len(meanings) > 1:
            raise ambiguous_book(name.strip(), meanings, self.text[match.end() :].strip())
        if self.language.words.chapter_word.match(self.text, self.pos):
            return None  # "chap 10"
        if name[0].isdigit():
            # "1 to 3" or "12a" are numbers, not a book; "1 Hezekiah" is a wrong book, but in
            # prose ("Acts 2 and 3 tell") the word after a number is just the next word.
            word = LEADING_ORDINAL.sub("", name, count=1).rstrip(".").lower()
            if word in self.language.words.not_book or not word or not self.strict:
                return None
        if self.language.words.marker.match(self.text, self.pos):
            return None
        raise unknown_book(name.strip(), self.language)

    def numbered(self, book: BookInfo | None) -> BookInfo | None:
        """`book` with the verse counts given for it (a translation numbered its own way)."""
        counts = self.numbering.get(book.name) if book is not None else None
        return replace(book, verse_counts=counts) if book is not None and counts else book

    def read_point(self) -> _Point | None:
        match = self.language.point.match(self.text, self.pos)
        if not match:
            return None
        if not self.strict and THOUSANDS.match(self.text, match.end()):
            return None
        self.pos = match.end()
        groups = match.groupdict()  # a language's point may have only "b"
        second = groups.get("b") or groups.get("c") or groups.get("d")
        first = _number(match.group("a"))
        assert first is not None
        return _Point(first, _number(second), (match.group("part") or "").lower())

    def need_point(self) -> _Point:
        point = self.read_point()
        if point is None:
            raise self.junk()
        return point

    def junk(self) -> ScriptureError:
        return unreadable(self.text, self.pos, self.language)

    def skip(self, pattern: re.Pattern[str]) -> re.Match[str] | None:
        match = pattern.match(self.text, self.pos)
        if match:
            self.pos = match.end()
        return match

    # -- items ---------------------------------------------------------------------------------

    def item(self, separator: str | None) -> Passage:
        """Read one item; `separator` is what came before it (None for the first)."""
        self.item_start = self.pos
        book = self.read_book()
        if book is not None:
            self.book, self.explicit = book, True
            return self.item_after_book(book)
        if self.book is not None and self.skip(self.language.words.chapter_word):
            return self.finish(self.book, self.need_point(), verse_level=False, chapter_word=True)
        marker = self.skip(self.language.words.marker) is not None
        start = self.need_point()
        if self.book is None:
            raise self.error(f"'{self.item_text()}' needs a book name", hint=how(self.language))
        verse_level = marker or self.bare_number_is_verse(separator)
        if separator is None and verse_level and start.second is None:
            self.chapter = self.context_chapter(start.first)
        return self.finish(self.book, start, verse_level)

    def item_after_book(self, book: BookInfo) -> Passage:
        if self.skip(self.language.words.chapter_word):
            self.chapter = 1
            return self.finish(book, self.need_point(), verse_level=False, chapter_word=True)
        marker = self.skip(self.language.words.marker) is not None
        start = self.read_point()
        if start is None or (marker and not book.single_chapter):
            if self.pos < len(self.text) and not self.language.separator.match(self.text, self.pos):
                raise self.junk()
            if not book.single_chapter:
                raise self.error(
                    f"'{self.item_text()}' needs a chapter", hint=f"e.g. '{book.chapter_name(1)}'"
                )
            return self.passage(book, 1, 1, 1, book.verses(1), whole=True)
        self.chapter = 1
        return self.finish(book, start, marker or book.single_chapter)

    def bare_number_is_verse(self, separator: str | None) -> bool:
        if separator is None or self.book is None or self.book.single_chapter:
            return True
        if separator == ",":
            return self.verse_level
        return not self.explicit

    def context_chapter(self, verse: int) -> int:
        """The chapter of `context` a bare verse number belongs to ("(2)" in Genesis 1:26–2:3).

        The chapter whose part of the passage holds the verse; else the one chapter of the
        passage that has such a verse at all. A number two chapters could hold is an error."""
        ctx, book = self.context, self.book
        if ctx is None or book is None or ctx.start_chapter == ctx.end_chapter:
            return self.chapter
        if not 1 <= ctx.start_chapter <= ctx.end_chapter <= book.chapters:
            return ctx.start_chapter  # the context itself is wrong: reported where it is cited
        chapters = range(ctx.start_chapter, ctx.end_chapter + 1)
        inside = [
            c
            for c in chapters
            if (ctx.start_verse if c == ctx.start_chapter else 1)
            <= verse
            <= (ctx.end_verse if c == ctx.end_chapter else book.verses(c))
        ]
        candidates = inside or [c for c in chapters if verse <= book.verses(c)]
        if len(candidates) > 1:
            options = " or ".join(f"{book.chapter_name(c)}:{verse}" for c in candidates)
            raise self.error(
                f"'{self.item_text()}' in {ctx} could be {options}?",
                hint=f"write the chapter too, e.g. '{candidates[0]}:{verse}'",
            )
        return candidates[0] if candidates else ctx.start_chapter

    def finish(
        self, book: BookInfo, start: _Point, verse_level: bool, chapter_word: bool = False
    ) -> Passage:
        """Turn the start point (and a range end, if any) into a checked Passage."""
        chapter_level = start.second is None and not verse_level
        if chapter_word and start.second is None and book.single_chapter:
            if start.first != 1:
                self.check_chapter(book, start.first)
            return self.passage(book, 1, 1, 1, book.verses(1), whole=True)
        if chapter_level:
            marker = self.skip(self.language.words.chapter_marker)
            if marker:
                self.chapter = start.first
                self.check_chapter(book, start.first)
                start, chapter_level = self.need_point(), False
                if start.second is not None:
                    raise self.junk()
        c1, v1 = self.resolve(book, start, chapter_level)
        # In prose, a lone letter after a dash ends a range only after a part ("31b–c"):
        # "Psalm 23 — a sermon" is Psalm 23 and words.
        end = self.read_range_end(letters=self.strict or bool(start.part))
        if end is None:
            return self.single(book, c1, v1, start.part)
        if end.to_end:
            if v1 is None:
                raise self.error(
                    f"'{self.item_text()}': 'end' closes a range of verses",
                    hint=f"e.g. '{book.chapter_name(c1)}:1–end'",
                )
            self.check_chapter(book, c1)
            end = _Point(book.verses(c1), None, "")
        if end.same_verse:
            if v1 is None or not start.part:
                raise self.error(
                    f"'{self.item_text()}': a letter alone ends a range that starts with one",
                    hint="e.g. '40:31b–c'",
                )
            return self.verse_range(book, c1, v1, start.part, c1, v1, end.part)
        if chapter_level and end.second is None:
            return self.chapter_range(book, c1, end)
        c2, v2 = self.resolve(book, end, chapter_level=False, chapter=c1)
        return self.verse_range(book, c1, v1 or 1, start.part, c2, v2 or 1, end.part)

    def read_range_end(self, letters: bool = True) -> _Point | None:
        before = self.pos
        if not self.skip(self.language.words.dash):
            return None
        if self.skip(END):
            return _Point(0, None, "", to_end=True)
        letter = self.skip(LETTER) if letters else None
        if letter:
            return _Point(0, None, letter.group(1).lower(), same_verse=True)
        end = self.read_point()
        if end is None:
            if self.strict:
                raise self.junk()
            self.pos = before  # prose: "Exodus 32 — the calf" is just Exodus 32
        return end

    def resolve(
        self, book: BookInfo, point: _Point, chapter_level: bool, chapter: int | None = None
    ) -> tuple[int, int | None]:
        """(chapter, verse or None for a whole chapter) of one point."""
        if point.second is not None:
            if book.single_chapter and point.first != 1:
                raise self.error(
                    f"{book.name} has only 1 chapter ('{self.item_text()}')",
                    hint=f"cite it by verse, e.g. '{book.name} {point.second}'",
                )
            return point.first, point.second
        if chapter_level:
            if point.part:
                raise self.error(
                    f"'{self.item_text()}': a letter (a, b, c) marks part of a verse, "
                    "not of a chapter"
                )
            return point.first, None
        return (chapter if chapter is not None else self.chapter), point.first

    # -- checks and results --------------------------------------------------------------------

    def check_chapter(self, book: BookInfo, chapter: int) -> None:
        if chapter < 1:
            raise self.error(f"'{self.item_text()}': chapters start at 1")
        if chapter > book.chapters:
            plural = "chapter" if book.chapters == 1 else "chapters"
            raise self.error(
                f"{book.name} has {book.chapters} {plural}, not {chapter} ('{self.item_text()}')"
            )

    def check_verse(self, book: BookInfo, chapter: int, verse: int) -> None:
        # OutOfRange: a chapter and verse past a real book's end is a mistake even in prose.
        try:
            self.check_chapter(book, chapter)
        except ScriptureError as error:
            raise OutOfRange(error.message, hint=error.hint) from None
        if verse < 1:
            raise OutOfRange(f"'{self.item_text()}': verses start at 1")
        count = book.verses(chapter)
        if verse > count:
            where = book.chapter_name(chapter)
            raise OutOfRange(f"{where} has {count} verses, not {verse} ('{self.item_text()}')")

    def backwards(self) -> ScriptureError:
        return self.error(
            f"'{self.item_text()}' runs backwards", hint="put the earlier verse first"
        )

    def single(self, book: BookInfo, chapter: int, verse: int | None, part: str) -> Passage:
        if verse is None:
            self.check_chapter(book, chapter)
            return self.passage(book, chapter, 1, chapter, book.verses(chapter), whole=True)
        self.check_verse(book, chapter, verse)
        return self.passage(book, chapter, verse, chapter, verse, part, part)

    def chapter_range(self, book: BookInfo, first: int, end: _Point) -> Passage:
        if end.part:
            raise self.error(
                f"'{self.item_text()}': a letter (a, b, c) marks part of a verse, not of a chapter"
            )
        self.check_chapter(book, first)
        self.check_chapter(book, end.first)
        if end.first < first:
            raise self.backwards()
        return self.passage(book, first, 1, end.first, book.verses(end.first), whole=True)

    def verse_range(
        self, book: BookInfo, c1: int, v1: int, p1: str, c2: int, v2: int, p2: str
    ) -> Passage:
        self.check_verse(book, c1, v1)
        self.check_verse(book, c2, v2)
        if (c2, v2) < (c1, v1) or ((c1, v1) == (c2, v2) and p1 and p2 and p2 < p1):
            raise self.backwards()
        return self.passage(book, c1, v1, c2, v2, p1, p2)

    def passage(
        self,
        book: BookInfo,
        c1: int,
        v1: int,
        c2: int,
        v2: int,
        p1: str = "",
        p2: str = "",
        whole: bool = False,
    ) -> Passage:
        self.chapter, self.verse_level = c2, not whole
        return Passage(book.name, c1, v1, c2, v2, p1, p2, whole)


def as_context(context: Passage | str | None) -> Passage | None:
    if context is None or isinstance(context, Passage):
        return context
    return parse_references(context)[0]


def _unwrap(text: str) -> str:
    """Drop surrounding space, one pair of wrapping brackets and trailing punctuation."""
    body = TRAILING.sub("", text.strip())
    wrapped = WRAPPED.match(body)
    if wrapped:
        body = TRAILING.sub("", wrapped.group(1).strip())
    return body


def parse_references(
    text: str,
    context: Passage | str | None = None,
    language: Language = ENGLISH,
    numbering: Mapping[str, tuple[int, ...]] | None = None,
) -> list[Passage]:
    """Every passage in `text`, which must be nothing but references; else ScriptureError.

    `context` (a Passage or a reference string) resolves references without a book: with
    context Exodus 32:7–14, "11" is Exodus 32:11 and "32:15–35" is Exodus 32:15–35.
    `language` reads book names and punctuation as that language writes them ("Joh 3,16").
    `numbering` (verse counts per chapter, by canonical book name) bounds chapters and verses
    where it is given, instead of books.py's counts: a translation that numbers Malachi 3:19–24.
    """
    ctx = as_context(context)
    body = _unwrap(LEADING_POINTER.sub("", text, count=1))
    if not body:
        raise ScriptureError("empty Bible reference", hint=how(language))
    language = language.reading(body)  # French "Jn 3, 16" or "Jean 3.16"
    parser = Parser(body, ctx, strict=True, language=language, numbering=numbering)
    passages = [parser.item(None)]
    while parser.pos < len(body):
        separator = parser.skip(language.separator)
        # A lectionary's optional verses: "Isaiah 58:1–9a, (9b–12)", "Psalm 112:1–9 (10)".
        optional = parser.skip(OPEN_PAREN) is not None
        if separator is None and not optional:
            raise parser.junk()
        kind = language.separator_kind(separator) if separator else ","
        try:
            passages.append(parser.item(kind))
            if optional and not parser.skip(CLOSE_PAREN):
                raise parser.junk()
        except ScriptureError:
            if separator is None or optional:
                raise
            after = body[parser.item_start : parser.item_start + 1]  # "" at the end: "1 &"
            if separator.group(1) or after.isdigit():
                raise
            parser.pos = separator.start()  # "John 3:16 and more": the "and" joins nothing
            raise parser.junk() from None
    return passages


def another_language(
    reference: str, language: Language, advice: str = "add 'language: {code}' to the outline"
) -> ScriptureError | None:
    """The error for a reference that `language` cannot read but another language slidegen
    knows reads whole ("요한복음 3:16" in an English outline); None when none does."""
    for code in LANGUAGES:
        other = get_language(code)
        if other.code == language.code or code == "zh-hant":  # zh reads both scripts
            continue
        try:
            parse_references(reference, None, other)
        except ScriptureError:
            continue
        return ScriptureError(
            f"'{reference.strip()}' reads as {other.name}, not {language.name}",
            hint=advice.format(code=code),
        )
    return None
