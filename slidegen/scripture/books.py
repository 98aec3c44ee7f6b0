"""The 66 books: canonical English names, the abbreviations people write, and verse counts.

The verse counts here are the widest any common English Bible uses: pythonbible's table plus
the few places where Bibles number differently (Romans 14:24–26, 3 John 15, Revelation 12:18).
They bound what a reference may cite; each translation's own text then decides what it holds
(see text.py). Names are looked up by a normalised key (lowercase letters and digits only), so
"1 Thes.", "1Th" and "I Thess" all find 1 Thessalonians with one dict lookup.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from functools import lru_cache

from pythonbible.books import Book

from slidegen.scripture.lightimport import standard_verse_counts


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
        """Number of verses in `chapter` (which must exist) in the widest numbering."""
        return self.verse_counts[chapter - 1]

    def chapter_name(self, chapter: int) -> str:
        """ "Psalm 150", "Romans 8", "Jude": how a label names one chapter of this book."""
        if self.single_chapter:
            return self.name
        return f"{'Psalm' if self.name == 'Psalms' else self.name} {chapter}"


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
    ("Micah", Book.MICAH, ("mic",)),
    ("Nahum", Book.NAHUM, ("nah", "na")),
    ("Habakkuk", Book.HABAKKUK, ("hab",)),
    ("Zephaniah", Book.ZEPHANIAH, ("zeph", "zep", "zp")),
    ("Haggai", Book.HAGGAI, ("hag", "hg")),
    ("Zechariah", Book.ZECHARIAH, ("zech", "zec", "zc")),
    ("Malachi", Book.MALACHI, ("mal", "ml")),
    ("Matthew", Book.MATTHEW, ("matt", "mt", "mat", "st matthew", "saint matthew")),
    ("Mark", Book.MARK, ("mk", "mrk", "mr", "mar", "st mark", "saint mark")),
    ("Luke", Book.LUKE, ("lk", "luk", "lu", "st luke", "saint luke")),
    ("John", Book.JOHN, ("jn", "jhn", "joh", "st john", "saint john")),
    ("Acts", Book.ACTS, ("ac", "act", "acts of the apostles")),
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

# Verses some English Bibles have beyond pythonbible's table (NIV/ESV 3 John 15 and
# Revelation 12:18; the WEB's Romans 14:24–26). Which translation has what is read from its text.
_WIDER_NUMBERING: dict[str, dict[int, int]] = {
    "Romans": {14: 26},
    "3 John": {1: 15},
    "Revelation": {12: 18},
}

# Short forms that name two books as often as one: refused with both readings.
_AMBIGUOUS_SHORT_FORMS: dict[str, tuple[str, ...]] = {
    "mc": ("Micah", "Mark"),
    "hb": ("Habakkuk", "Hebrews"),
    "ph": ("Philippians", "Philemon"),
    "ju": ("Judges", "Jude"),
    "jud": ("Judges", "Jude"),
    "ez": ("Ezra", "Ezekiel"),
    "jo": ("Joshua", "Joel", "John"),
}

# Books of the Apocrypha / deuterocanon, which no translation slidegen reads has.
_OTHER_BOOKS = frozenset(
    {
        "sirach", "ecclesiasticus", "ecclus", "sir", "tobit", "tob", "judith", "jdt", "wisdom",
        "wisdomofsolomon", "wis", "baruch", "bar", "maccabees", "1maccabees", "2maccabees",
        "3maccabees", "4maccabees", "imaccabees", "iimaccabees", "1macc", "2macc", "1mac", "2mac",
        "esdras", "1esdras", "2esdras", "susanna", "belandthedragon", "manasseh",
        "prayerofmanasseh", "enoch", "1enoch",
    }
)  # fmt: skip

_NOT_KEY_CHARS = re.compile(r"[^0-9a-z]+")
_ROMAN_APART = re.compile(r"^\s*(i{1,3})(?:\s+|\.\s*)(\S.*)$", re.I)


def normalise(name: str) -> str:
    """The lookup key of a book name: "1 Thes." → "1thes", "Song of Songs" → "songofsongs"."""
    return _NOT_KEY_CHARS.sub("", name.lower())


def _verse_counts(name: str, standard: list[int]) -> tuple[int, ...]:
    counts = list(standard)
    for chapter, count in _WIDER_NUMBERING.get(name, {}).items():
        counts[chapter - 1] = max(counts[chapter - 1], count)
    return tuple(counts)


def _build() -> tuple[dict[str, BookInfo], dict[str, BookInfo], dict[str, BookInfo]]:
    """(by canonical name, by key, by key of an ordinal + name form such as "isa" = "I Sa")."""
    by_name: dict[str, BookInfo] = {}
    by_key: dict[str, BookInfo] = {}
    generated: dict[str, BookInfo | None] = {}
    standard = standard_verse_counts()  # read once: it compiles pythonbible's table
    for name, book, abbreviations in _TABLE:
        info = BookInfo(name, book, _verse_counts(name, standard[book]))
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
    ordinal_forms = {key: found for key, found in generated.items() if found is not None}
    for key, found in ordinal_forms.items():
        by_key.setdefault(key, found)
    return by_name, by_key, ordinal_forms


BOOKS_BY_NAME, _BY_KEY, _ORDINAL_FORMS = _build()
BOOK_NAMES: tuple[str, ...] = tuple(BOOKS_BY_NAME)


def find_book(name: str) -> BookInfo | None:
    """The book `name` refers to (any case, with or without periods and spaces), or None.

    None too for a name that could be two books; `readings` names them."""
    if len(readings(name)) > 1:
        return None
    return _BY_KEY.get(normalise(name))


def readings(name: str) -> tuple[str, ...]:
    """Every book `name` could mean: one name, none, or several when it is ambiguous
    ("I Sa": 1 Samuel or Isaiah; "Mc": Micah or Mark)."""
    key = normalise(name)
    if key in _AMBIGUOUS_SHORT_FORMS:
        return _AMBIGUOUS_SHORT_FORMS[key]
    found = _BY_KEY.get(key)
    apart = _ROMAN_APART.match(name)
    if found is not None and apart:
        # "I Sa" read as ordinal + name may differ from the same letters read as one word.
        as_ordinal = _ORDINAL_FORMS.get(key)
        if as_ordinal is not None and as_ordinal is not found:
            return (as_ordinal.name, found.name)
    return (found.name,) if found else ()


def is_other_book(name: str) -> bool:
    """Whether `name` is a book of the Apocrypha (Sirach, Tobit…), outside the 66."""
    return normalise(name) in _OTHER_BOOKS


def get_book(name: str) -> BookInfo:
    """The book with canonical name `name` (KeyError if there is none: a bug, not user input)."""
    return BOOKS_BY_NAME[name]


# Below this similarity a suggestion is a guess ("Sirach" is not a misspelt "1 Chronicles").
_SUGGESTION_CUTOFF = 0.8


@lru_cache(maxsize=256)
def suggest(name: str) -> list[str]:
    """Canonical names of the books `name` most likely meant (for "did you mean")."""
    key = normalise(name)
    if len(key) < 3:
        return []  # two letters are close to dozens of abbreviations
    matches = difflib.get_close_matches(key, list(_BY_KEY), n=6, cutoff=_SUGGESTION_CUTOFF)
    suggestions: list[str] = []
    for key in matches:
        canonical = _BY_KEY[key].name
        if canonical not in suggestions:
            suggestions.append(canonical)
    return suggestions[:2]
