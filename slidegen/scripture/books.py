"""The 66 books: canonical English names, the abbreviations people write, and versification.

Versification comes from pythonbible (its verse counts, not its parser). Names are looked up by
a normalised key (lowercase letters and digits only), so "1 Thes.", "1Th" and "I Thess" all find
1 Thessalonians with one dict lookup.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from pythonbible.books import Book
from pythonbible.verses import MAX_VERSE_NUMBER_BY_BOOK_AND_CHAPTER


@dataclass(frozen=True)
class BookInfo:
    """One book: its canonical name, pythonbible enum and verse count per chapter."""

    name: str
    book: Book
    verse_counts: tuple[int, ...]

    @property
    def chapters(self) -> int:
        return len(self.verse_counts)

    @property
    def single_chapter(self) -> bool:
        return len(self.verse_counts) == 1

    def verses(self, chapter: int) -> int:
        """Number of verses in `chapter` (which must exist)."""
        return self.verse_counts[chapter - 1]


# (canonical name, pythonbible book, abbreviations). For numbered books the abbreviations are of
# the unnumbered part ("Thess"), and every ordinal spelling ("1", "I", "1st", "First") is added.
_TABLE: tuple[tuple[str, Book, tuple[str, ...]], ...] = (
    ("Genesis", Book.GENESIS, ("gen", "ge", "gn")),
    ("Exodus", Book.EXODUS, ("ex", "exo", "exod", "exd")),
    ("Leviticus", Book.LEVITICUS, ("lev", "le", "lv")),
    ("Numbers", Book.NUMBERS, ("num", "nu", "nm", "nb", "numb")),
    ("Deuteronomy", Book.DEUTERONOMY, ("deut", "de", "dt", "deu")),
    ("Joshua", Book.JOSHUA, ("josh", "jos", "jsh")),
    ("Judges", Book.JUDGES, ("judg", "jdg", "jg", "jdgs")),
    ("Ruth", Book.RUTH, ("rth", "ru")),
    ("1 Samuel", Book.SAMUEL_1, ("samuel", "sam", "sa", "sm")),
    ("2 Samuel", Book.SAMUEL_2, ("samuel", "sam", "sa", "sm")),
    ("1 Kings", Book.KINGS_1, ("kings", "kgs", "kin", "ki", "kg")),
    ("2 Kings", Book.KINGS_2, ("kings", "kgs", "kin", "ki", "kg")),
    ("1 Chronicles", Book.CHRONICLES_1, ("chronicles", "chron", "chr", "ch", "chro")),
    ("2 Chronicles", Book.CHRONICLES_2, ("chronicles", "chron", "chr", "ch", "chro")),
    ("Ezra", Book.EZRA, ("ezr",)),
    ("Nehemiah", Book.NEHEMIAH, ("neh", "ne")),
    ("Esther", Book.ESTHER, ("esth", "est", "es")),
    ("Job", Book.JOB, ("jb",)),
    ("Psalms", Book.PSALMS, ("psalm", "ps", "psa", "pss", "psm", "pslm", "psalter")),
    ("Proverbs", Book.PROVERBS, ("prov", "pro", "prv", "pr", "prvbs")),
    ("Ecclesiastes", Book.ECCLESIASTES, ("eccles", "eccle", "eccl", "ecc", "ec", "qoh")),
    (
        "Song of Solomon",
        Book.SONG_OF_SONGS,
        ("song", "song of songs", "song of sol", "sos", "sng", "sg", "canticles", "cant"),
    ),
    ("Isaiah", Book.ISAIAH, ("isa", "is", "isai")),
    ("Jeremiah", Book.JEREMIAH, ("jer", "je", "jr", "jerem")),
    ("Lamentations", Book.LAMENTATIONS, ("lam", "la")),
    ("Ezekiel", Book.EZEKIEL, ("ezek", "eze", "ezk")),
    ("Daniel", Book.DANIEL, ("dan", "da", "dn")),
    ("Hosea", Book.HOSEA, ("hos", "ho")),
    ("Joel", Book.JOEL, ("jl", "joe")),
    ("Amos", Book.AMOS, ("am",)),
    ("Obadiah", Book.OBADIAH, ("obad", "ob", "oba")),
    ("Jonah", Book.JONAH, ("jnh", "jon", "jona")),
    ("Micah", Book.MICAH, ("mic", "mc")),
    ("Nahum", Book.NAHUM, ("nah", "na")),
    ("Habakkuk", Book.HABAKKUK, ("hab", "hb")),
    ("Zephaniah", Book.ZEPHANIAH, ("zeph", "zep", "zp")),
    ("Haggai", Book.HAGGAI, ("hag", "hg")),
    ("Zechariah", Book.ZECHARIAH, ("zech", "zec", "zc")),
    ("Malachi", Book.MALACHI, ("mal", "ml")),
    ("Matthew", Book.MATTHEW, ("matt", "mt", "mat")),
    ("Mark", Book.MARK, ("mk", "mrk", "mr", "mar")),
    ("Luke", Book.LUKE, ("lk", "luk", "lu")),
    ("John", Book.JOHN, ("jn", "jhn", "joh")),
    ("Acts", Book.ACTS, ("ac", "act")),
    ("Romans", Book.ROMANS, ("rom", "ro", "rm")),
    ("1 Corinthians", Book.CORINTHIANS_1, ("corinthians", "cor", "co")),
    ("2 Corinthians", Book.CORINTHIANS_2, ("corinthians", "cor", "co")),
    ("Galatians", Book.GALATIANS, ("gal", "ga")),
    ("Ephesians", Book.EPHESIANS, ("eph", "ephes", "ep")),
    ("Philippians", Book.PHILIPPIANS, ("phil", "php", "pp", "philip")),
    ("Colossians", Book.COLOSSIANS, ("col",)),
    ("1 Thessalonians", Book.THESSALONIANS_1, ("thessalonians", "thess", "thes", "th", "ths")),
    ("2 Thessalonians", Book.THESSALONIANS_2, ("thessalonians", "thess", "thes", "th", "ths")),
    ("1 Timothy", Book.TIMOTHY_1, ("timothy", "tim", "ti", "tm")),
    ("2 Timothy", Book.TIMOTHY_2, ("timothy", "tim", "ti", "tm")),
    ("Titus", Book.TITUS, ("tit", "tt")),
    ("Philemon", Book.PHILEMON, ("philem", "phlm", "phm", "phile")),
    ("Hebrews", Book.HEBREWS, ("heb",)),
    ("James", Book.JAMES, ("jas", "jm", "jam", "jms")),
    ("1 Peter", Book.PETER_1, ("peter", "pet", "pe", "pt", "ptr")),
    ("2 Peter", Book.PETER_2, ("peter", "pet", "pe", "pt", "ptr")),
    ("1 John", Book.JOHN_1, ("john", "jn", "jhn", "joh", "jo")),
    ("2 John", Book.JOHN_2, ("john", "jn", "jhn", "joh", "jo")),
    ("3 John", Book.JOHN_3, ("john", "jn", "jhn", "joh", "jo")),
    ("Jude", Book.JUDE, ("jde",)),
    (
        "Revelation",
        Book.REVELATION,
        ("rev", "re", "rv", "revelations", "apocalypse", "revelation of john"),
    ),
)

_ORDINALS = {
    "1": ("1", "i", "1st", "first"),
    "2": ("2", "ii", "2nd", "second"),
    "3": ("3", "iii", "3rd", "third"),
}

_NOT_KEY_CHARS = re.compile(r"[^0-9a-z]+")


def normalise(name: str) -> str:
    """The lookup key of a book name: "1 Thes." → "1thes", "Song of Songs" → "songofsongs"."""
    return _NOT_KEY_CHARS.sub("", name.lower())


def _build() -> tuple[dict[str, BookInfo], dict[str, BookInfo]]:
    by_name: dict[str, BookInfo] = {}
    by_key: dict[str, BookInfo] = {}
    generated: dict[str, BookInfo | None] = {}
    for name, book, abbreviations in _TABLE:
        info = BookInfo(name, book, tuple(MAX_VERSE_NUMBER_BY_BOOK_AND_CHAPTER[book]))
        by_name[name] = info
        number, _, rest = name.partition(" ")
        if number in _ORDINALS:
            # Every ordinal spelling times every spelling of the rest of the name.
            for ordinal in _ORDINALS[number]:
                for form in (rest, *abbreviations):
                    key = normalise(ordinal + form)
                    # A clash ("I Sa" vs "Isa") means the form is ambiguous: drop it below.
                    clash = key in generated and generated[key] is not info
                    generated[key] = None if clash else info
        else:
            for form in (name, *abbreviations):
                by_key[normalise(form)] = info
    for key, found in generated.items():
        if found is not None and key not in by_key:
            by_key[key] = found
    return by_name, by_key


BOOKS_BY_NAME, _BY_KEY = _build()
BOOK_NAMES: tuple[str, ...] = tuple(BOOKS_BY_NAME)


def find_book(name: str) -> BookInfo | None:
    """The book `name` refers to (any case, with or without periods and spaces), or None."""
    return _BY_KEY.get(normalise(name))


def get_book(name: str) -> BookInfo:
    """The book with canonical name `name` (KeyError if there is none: a bug, not user input)."""
    return BOOKS_BY_NAME[name]


@lru_cache(maxsize=256)
def suggest(name: str) -> list[str]:
    """Canonical names of the books `name` most likely meant (for "did you mean")."""
    matches = difflib.get_close_matches(normalise(name), list(_BY_KEY), n=6, cutoff=0.6)
    suggestions: list[str] = []
    for key in matches:
        canonical = _BY_KEY[key].name
        if canonical not in suggestions:
            suggestions.append(canonical)
    return suggestions[:2]
