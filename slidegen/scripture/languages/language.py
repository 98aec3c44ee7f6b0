"""What a language's reference tables are made of: the Language record and its lookup keys.

Each language module (spanish.py, german.py, …) builds one Language from its tables; the parser
(references.py) reads its tokens from it and naming.py its book titles.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field

from slidegen.scripture.books import BOOK_NAMES, BOOKS_BY_NAME, BookInfo
from slidegen.scripture.tokens import (
    CHAPTER_MARKER,
    CHAPTER_WORD,
    DASH,
    MARKER,
    MARKER_PATTERN,
    NOT_BOOK_WORDS,
    POINT,
    SEPARATOR,
    list_separator,
)

# (English canonical name, the language's names and abbreviations), the first name the title
# its Bibles print. For numbered books the forms are of the unnumbered part; every ordinal
# spelling of the language is put before them.
BookTable = tuple[tuple[str, tuple[str, ...]], ...]

_NOT_KEY_CHARS = re.compile(r"[^0-9a-z]+")
_NOT_WORD_CHARS = re.compile(r"[\W_]+")
# The first mark between two numbers of a reference, and a reference that names its book first.
_FIRST_MARK = re.compile(r"[0-9]\s*([:.,])\s*[0-9]")
_STARTS_WITH_NAME = re.compile(r"\s*(?:[1-3]\S*\s*)?(?!(?:vv?|vs|vers\w*)\b)[^\W\d_]", re.I)
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


def key_of(name: str) -> str:
    """The lookup key of a name in any language: lowercase ASCII letters and digits."""
    plain = unicodedata.normalize("NFKD", name.lower())
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return _NOT_KEY_CHARS.sub("", plain)


def exact_key(name: str) -> str:
    """The key of a name that keeps its accents and its letters in any script ("jó", "요한")."""
    return _NOT_WORD_CHARS.sub("", unicodedata.normalize("NFKC", name.lower()))


def _umlaut_key(name: str) -> str:
    """ "Römer" as people type it without umlauts, "Roemer"."""
    return key_of(name.lower().translate(_UMLAUTS))


@dataclass(frozen=True)
class Words:
    """The words of a reference around its numbers: verse and chapter words, range words."""

    marker: re.Pattern[str] = MARKER  # "vv. 16–18", "verset 16"
    chapter_marker: re.Pattern[str] = CHAPTER_MARKER  # "Jean 3, verset 16"
    chapter_word: re.Pattern[str] = CHAPTER_WORD  # "Juan capítulo 3"
    dash: re.Pattern[str] = DASH  # "16–18", "16 al 18", "16~18"
    # Words after a number that are not a book: "1 to 3", "12a", a language's range words.
    not_book: frozenset[str] = NOT_BOOK_WORDS


ENGLISH_WORDS = Words()


def _either(words: tuple[str, ...]) -> str:
    # Longest first, so "versets" is not read as "vers" and "ets".
    # A word ends where letters end: "a" is a range word in "16 a 18", not in "atos".
    return "|".join(
        re.escape(word) + (r"(?![^\W\d_])" if word[-1].isalpha() else "")
        for word in sorted(words, key=len, reverse=True)
    )


def words(
    verse: tuple[str, ...] = (),
    chapter: tuple[str, ...] = (),
    dash: tuple[str, ...] = (),
) -> Words:
    """A language's reference words, read beside the English ones ("v.", "chapter", "to")."""
    marker = rf"(?:(?:{_either(verse)})\.?|{MARKER_PATTERN})" if verse else MARKER_PATTERN
    chapter_word = rf"(?:{_either(chapter)})\.?\s*(?=[0-9])|{CHAPTER_WORD.pattern}"
    range_word = rf"\s*(?:{_either(dash)})\s*|{DASH.pattern}"
    return Words(
        re.compile(rf"{marker}\s*(?=[0-9])", re.I),
        re.compile(rf"\s*[,:]?\s*{marker}\s*(?=[0-9])", re.I),
        re.compile(chapter_word if chapter else CHAPTER_WORD.pattern, re.I),
        re.compile(range_word if dash else DASH.pattern, re.I),
        NOT_BOOK_WORDS | frozenset(dash),  # "16 al 18": "al" is no book
    )


@dataclass(frozen=True)
class Language:
    """How references are written in one language: the parser reads its tokens from here, and
    naming.py the titles its Bibles print."""

    code: str
    books: dict[str, BookInfo] = field(default_factory=dict)
    book: re.Pattern[str] | None = None  # None: the English book pattern
    point: re.Pattern[str] = POINT
    separator: re.Pattern[str] = SEPARATOR
    exact: dict[str, BookInfo] = field(default_factory=dict)  # keys that keep their accents
    titles: tuple[str, ...] = ()  # the 66 books' titles in canonical order; () for English
    psalm: str = "Psalm"  # one psalm's title ("Salmo 23" but "Salmos 23–24")
    mark: str = ":"  # what parts chapter and verse on a slide ("Johannes 3,16")
    # A second way the language writes references: French "Jn 3, 16" beside "Jean 3.16".
    alternative: Language | None = None

    drop: re.Pattern[str] | None = None  # words around a name ("épître de" in French)
    words: Words = ENGLISH_WORDS
    name: str = "English"  # in slidegen's own messages, which stay English
    # Names written straight after the words before them ("正如约翰福音3:16"): prose.py reads a
    # run of characters from its last ones.
    unspaced: bool = False

    def find_book(self, name: str) -> BookInfo | None:
        """The book `name` names in this language; None when it names none (English is next)."""
        if self.drop is not None:
            name = self.drop.sub(" ", name)
        return self.exact.get(exact_key(name)) or self.books.get(key_of(name))

    def separator_kind(self, match: re.Match[str]) -> str:
        """What a separator stands for: ";" starts a new chapter, anything else reads as ","."""
        return ";" if unicodedata.normalize("NFKC", match.group(1) or "") == ";" else ","

    def reading(self, text: str) -> Language:
        """The way `text` is written: the alternative when a book is named first and a comma
        is the first mark between two numbers ("Jn 3, 16"). Without a book, "16, 18" stays
        two verses."""
        if self.alternative is None or not _STARTS_WITH_NAME.match(text):
            return self
        first = _FIRST_MARK.search(text)
        return self.alternative if first and first.group(1) == "," else self

    def title(self, book: str, one_psalm: bool = False) -> str:
        """The title of `book` (an English canonical name) in this language's Bibles."""
        if book == "Psalms" and one_psalm:
            return self.psalm
        if not self.titles:
            return book
        return self.titles[BOOK_NAMES.index(book)]


def book_keys(
    table: BookTable, ordinals: Mapping[str, tuple[str, ...]], exact: bool = False
) -> dict[str, BookInfo]:
    """The language's names by lookup key: without accents, or as written when `exact`."""
    # Where two spellings meet in one key, a name without an ordinal wins, then one with a digit:
    # French "Is" is Isaiah, not "I S" (1 Samuel), which is written "1 S".
    spellings: list[tuple[int, str, BookInfo]] = []
    for canonical, forms in table:
        info = BOOKS_BY_NAME[canonical]
        number, _, _ = canonical.partition(" ")
        for ordinal in ordinals.get(number, ("",)):
            rank = 0 if not ordinal else 1 if ordinal[0].isdigit() else 2
            spellings.extend((rank, f"{ordinal} {form}".strip(), info) for form in forms)
    found: dict[str, BookInfo] = {}
    for _, spelt, info in sorted(spellings, key=lambda spelling: spelling[0]):
        keys = (exact_key(spelt),) if exact else (key_of(spelt), _umlaut_key(spelt))
        for key in keys:
            found.setdefault(key, info)
    return found


def titles(names: str) -> tuple[str, ...]:
    """A title table written one book a line, checked to hold all 66 books."""
    found = tuple(line.strip() for line in names.strip().splitlines())
    if len(found) != len(BOOK_NAMES):
        raise ValueError(f"a title table needs {len(BOOK_NAMES)} books, not {len(found)}")
    return found


def lined_table(block: str) -> BookTable:
    """A table written one book a line in canonical order: its title, then its other names
    (for languages whose names have no spaces: "요한복음 요")."""
    rows = [tuple(line.split()) for line in block.strip().splitlines()]
    if len(rows) != len(BOOK_NAMES):
        raise ValueError(f"a book table needs {len(BOOK_NAMES)} books, not {len(rows)}")
    return tuple(zip(BOOK_NAMES, rows, strict=True))


def first_names(table: BookTable, numbered: str = "") -> tuple[str, ...]:
    """The titles of a table: the first name of each of its 66 books. A numbered book's title
    starts with its number written as `numbered` ("{} ": "1 Juan"; German "{}. ": "1. Johannes");
    without it, the name holds the number (고린도전서)."""
    return titles(
        "\n".join(
            (numbered.format(canonical[0]) if numbered and canonical[0].isdigit() else "")
            + forms[0]
            for canonical, forms in table[: len(BOOK_NAMES)]
        )
    )


# A book name in a language written in Latin letters, with accented letters, ordinal words and
# "de los" inside names.
_LETTERS = r"[^\W\d_]+"
_ORDINAL_WORDS = (
    r"(?:primera|primero|primer|primeiro|primeira|segunda|segundo|tercera|tercero|terceiro|terceira"
    r"|erste[rn]?|zweite[rn]?|dritte[rn]?)"
)
_BOOK_PATTERN = (
    rf"(?:(?:san|st\.?|saint)\s+(?=[^\W\d_]))?"
    # "1a.", "1ra.", "2da.", "1o.", "1er" Corintios: Spanish ordinals, with or without a dot.
    rf"(?:(?:{_ORDINAL_WORDS}|[1-5](?:(?:ra|da|ro|do|er|a|o)\b\.?|\.|ª|º)?|iii|ii|i)\s*(?:de\s+)?)?"
    rf"{_LETTERS}\.?(?:\s+(?:de\s+los|de\s+las|de|of\s+the|of)\s+{_LETTERS}\.?)?"
)
LATIN_BOOK = re.compile(rf"(?P<name>{_BOOK_PATTERN})(?!\w)\s*", re.I)
# Spanish "Juan 3:16 y 18", Portuguese "João 3:16 e 18".
LIST_SEPARATOR = list_separator("y", "e")
