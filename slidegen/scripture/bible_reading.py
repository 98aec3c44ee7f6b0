"""How references to be read in one translation are read: with an imported Bible's own book
names beside the outline language's, and bounded by its own numbering.

A Bible file names its books its own way ("Evangelio de Juan", "1. Mose"), and an outline citing
it may write those names; where a file's name and the language's table disagree, the file wins
(it is the Bible the passage is read in). A file may number verses its own way too (Malachi
3:19–24 where the WEB has 4:1–6, Joel 4, psalm headings as verse 1): references are bounded by
the wider of the standard counts and the file's, and the look-up (text.py) then holds them to
the file's numbering, saying where the words are when it can.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, fields

from slidegen.scripture.books import BOOKS_BY_NAME, BookInfo
from slidegen.scripture.languages import Language, key_of
from slidegen.scripture.languages.language import exact_key
from slidegen.scripture.numbering import widest
from slidegen.scripture.text import imported_bible
from slidegen.scripture.tokens import BOOK


@dataclass(frozen=True)
class Reading:
    """The language references are read in, and the verse counts that bound them (None: the
    standard counts of books.py)."""

    language: Language
    numbering: Mapping[str, tuple[int, ...]] | None = None


@dataclass(frozen=True)
class WithBibleNames(Language):
    """A language with a Bible file's book names: looked up first as the file spells them, and
    without accents only after the language's own table."""

    spelt: Mapping[str, BookInfo] = field(default_factory=dict)
    folded: Mapping[str, BookInfo] = field(default_factory=dict)

    def find_book(self, name: str) -> BookInfo | None:
        return (
            self.spelt.get(exact_key(name))
            or super().find_book(name)
            or self.folded.get(key_of(name))
        )


def reading_for(language: Language, translation: str) -> Reading:
    """How references to be read in `translation` are read in an outline in `language`: the
    language alone for a built-in translation, with the Bible's names and numbering for an
    imported one."""
    bible = imported_bible(translation) if translation else None
    if bible is None:
        return Reading(language)
    return read_with(language, bible.book_names, bible.verse_counts)


def read_with(
    language: Language, names: Mapping[str, str], counts: Mapping[str, tuple[int, ...]]
) -> Reading:
    """How to read references in a Bible with book `names` (by English canonical name) and verse
    `counts` (by book), in an outline written in `language`."""
    if not names:
        return Reading(language, widest(counts))
    values = {f.name: getattr(language, f.name) for f in fields(language) if f.init}
    values["book"] = _names_first(language.book or BOOK, names.values())
    spelt = _unique((exact_key(name), book) for book, name in names.items())
    folded = _unique((key_of(name), book) for book, name in names.items())
    return Reading(WithBibleNames(**values, spelt=spelt, folded=folded), widest(counts))


def _unique(pairs: Iterable[tuple[str, str]]) -> dict[str, BookInfo]:
    """Books by key, leaving out a key two books share."""
    found: dict[str, BookInfo | None] = {}
    for key, book in pairs:
        info = BOOKS_BY_NAME[book]
        found[key] = info if found.get(key, info) is info else None
    return {key: info for key, info in found.items() if key and info is not None}


def _names_first(base: re.Pattern[str], names: Iterable[str]) -> re.Pattern[str]:
    """`base` (a book-name pattern with its `name` group) trying the file's names first, as
    written, where a chapter follows: "Evangelio según San Juan 3:16", whatever words the
    language's pattern allows in a name. Otherwise `base` reads it, as before."""
    text = base.pattern
    if not (text.startswith("(?P<name>") and text.endswith(r"\s*")):
        return base  # a shape this does not know: the names are still found when base reads them
    inner = "(?:" + text.removeprefix("(?P<name>").removesuffix(r"\s*")
    spellings = sorted({" ".join(name.split()) for name in names}, key=len, reverse=True)
    written = "|".join(r"\s+".join(re.escape(word) for word in name.split()) for name in spellings)
    return re.compile(rf"(?P<name>(?:{written})(?=\s*[0-9]|\s*$)|{inner})\s*", base.flags)
