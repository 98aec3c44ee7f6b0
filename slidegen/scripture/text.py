"""Verse text through pythonbible's translation packages, cleaned for display on a slide.

Each translation is loaded lazily, once per process, and numbered by its own text: its verse
counts and verse ids are what `scripture` checks a passage against (the WEB has Romans 14:24–26
and no Romans 16:25–27). The raw text carries its source's habits (WEB's backtick apostrophes
and "--" dashes, KJV's [supplied words], poetry line breaks as runs of spaces);
`clean_verse_text` turns all of them into ordinary typography.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from pythonbible.bible import BIBLE_PACKAGE_NAMES, get_bible
from pythonbible.bible.bible import Bible
from pythonbible.errors import MissingBiblePackageError
from pythonbible.versions import Version

from slidegen.errors import ScriptureError, SlidegenError, TranslationError
from slidegen.model import Passage, Scripture, Verse
from slidegen.scripture.books import BookInfo, find_book
from slidegen.scripture.numbering import where_instead
from slidegen.scripture.partial import partial_text, parts_needed

if TYPE_CHECKING:  # imported Bibles are read only when an outline asks for one (start-up)
    from slidegen.bibles.store import ImportedBible, ImportedVersion

_VERSIONS: dict[str, Version] = {v.value.upper(): v for v in BIBLE_PACKAGE_NAMES}
# The WEB fills verses it omits (Acts 8:37, 24:7) with a placeholder instead of leaving them out.
_PLACEHOLDER = re.compile(r"(?:dummy verses inserted|empty verses content detected) by amos\s*$")

_VERSE_NUMBER = re.compile(r"^\s*[0-9]+\.\s*")
# The plain-text Psalms carry the next psalm's heading ("Psalm 24  A Psalm by David."), the
# division into books ("BOOK II") and Psalm 119's Hebrew letters ("GIMEL") at the end of the
# verse before them, after a run of spaces. They are headings, not verse text.
_HEBREW_LETTERS = (
    "ALEPH|BEIT|BETH|GIMEL|DALED|DALET|HEY|HE|WAW|VAV|ZAYIN|CHET|HETH|TET|TETH|YUD|YODH|KAF|"
    "KAPH|LAMED|MEM|NUN|SAMEKH|AYIN|PEY|PE|TZADI|TSADHE|KUF|QOPH|RESH|SIN AND SHIN|SHIN|TAV|TAW"
)
_TRAILING_HEADING = re.compile(
    rf"\s{{2,}}(?:BOOK [IV]+\b|Psalm \d+\b|(?:{_HEBREW_LETTERS})\s*$).*$", re.DOTALL
)
# The WEB's Song of Solomon names its speakers ("Beloved", "Lover", "Friends") inside the verse
# text, after the end of a sentence or line, with one space or several, before the next speech
# or at the end of the verse: headings, not words of Scripture (which has them in lower case).
_SONG_OF_SOLOMON = 22
SONG_SPEAKER_LABELS = ("Beloved", "Lover", "Friends")
_SONG_SPEAKERS = re.compile(
    rf"(?<=[.,;:!?`'\"])\s+(?:{'|'.join(SONG_SPEAKER_LABELS)})(?=\s+[A-Z`'\"]|\s*$)"
)
# ASV "roar.[Selah": a bracket right after punctuation stands for a space.
_BRACKET_AFTER_PUNCT = re.compile(r"(?<=[.,;:!?])\[")
_SPACES = re.compile(r"\s+")
_DOUBLE_DASH = re.compile(r"\s*--+\s*")
_SPACED_HYPHEN = re.compile(r"(?<=\S) - (?=\S)")
_DASH_PUNCTUATION = re.compile(r"—[;,:]")
_DASH_SPACES = re.compile(r"\s*—\s*")
_HYPHEN_BRACKET = re.compile(r"\s+-\[")
_BRACKETS = re.compile(r"[\[\]]")
_PAREN_SPACE = re.compile(r"\(\s+|\s+\)")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+(?=[,;:.?!])")
_QUOTES = re.compile(r"[`'\"]")
# A quote mark here opens a quotation; anywhere else it closes one (or is an apostrophe).
_OPENING_CONTEXT = frozenset(" ([{—\u2018\u201c")


def available_translations() -> list[tuple[str, str, bool]]:
    """(code, title, installed) for every translation pythonbible has a package for."""
    return [(v.value, v.title, _is_installed(v)) for v in _VERSIONS.values()]


def translation_problem(code: str) -> tuple[str, str] | None:
    """(message, hint) when `code` cannot be used, without loading any Bible text."""
    try:
        version = _version(code)
    except TranslationError as error:
        return error.message, error.hint or ""
    if not _is_installed(version):
        package = BIBLE_PACKAGE_NAMES[version].replace("_", "-")
        return f"the {version.value} ({version.title}) is not installed", f"pip install {package}"
    return None


def imported_bible(code: str) -> ImportedBible | None:
    """The imported Bible `code` names; None for a built-in or unknown translation, or for a
    damaged store (its look-up says so). Nothing is imported for a built-in one (start-up)."""
    if code.strip().upper() in _VERSIONS:
        return None
    from slidegen.bibles.store import find_imported

    try:
        version = find_imported(code)
        return version.bible() if version is not None else None
    except SlidegenError:
        return None


def _is_installed(version: Version | ImportedVersion) -> bool:
    if not isinstance(version, Version):
        return True  # an imported Bible is in the store
    return importlib.util.find_spec(BIBLE_PACKAGE_NAMES[version]) is not None


# Translations under copyright: no package has their text, but a church may have a licence.
_LICENSED = frozenset(
    {
        "NIV", "ESV", "NASB", "NASB95", "NKJV", "NLT", "CSB", "HCSB", "NRSV", "NRSVUE", "RSV",
        "MSG", "AMP", "NET", "NIRV", "TNIV", "NCV", "GNT", "GNB", "CEV", "ERV", "LSB", "CEB",
        "NABRE", "NAB", "NJB", "JB", "TLB", "ICB", "NLV", "NIVUK", "ESVUK", "TPT", "NKJ",
    }
)  # fmt: skip


def _version(code: str) -> Version | ImportedVersion:
    version: Version | ImportedVersion | None = _VERSIONS.get(code.strip().upper())
    if version is None:
        from slidegen.bibles.store import find_imported, imported_bibles

        version = find_imported(code)  # a Bible file added with `slidegen bibles add`
    if version is None:
        codes = [v.value for v in _VERSIONS.values()] + [b.code for b in imported_bibles()]
        known = ", ".join(sorted(codes))
        name = code.strip().upper()
        if name in _LICENSED:
            raise TranslationError(
                f"slidegen has no text of the {name}: it is a licensed translation",
                hint=(
                    f"type its words in under each passage, e.g. passage: {{ref: John 3:16, "
                    f'text: "For God so loved…", translation: {name}}}, or choose one '
                    "`slidegen translations` lists"
                ),
            )
        raise TranslationError(f"unknown translation '{code}'", hint=f"known codes: {known}")
    return version


@cache
def _bible(version: Version | ImportedVersion) -> Bible:
    if not isinstance(version, Version):
        return version.bible()
    package = BIBLE_PACKAGE_NAMES[version]
    if not _is_installed(version):
        raise TranslationError(
            f"the {version.value} ({version.title}) is not installed",
            hint=f"pip install {package.replace('_', '-')}",
        )
    try:
        return get_bible(version, "plain_text")
    except MissingBiblePackageError as error:  # installed but unreadable
        raise TranslationError(
            f"the {version.value} could not be loaded",
            hint=f"pip install --force-reinstall {package.replace('_', '-')}",
        ) from error


def clean_verse_text(raw: str) -> str:
    """Display text of one raw pythonbible verse: no verse number, brackets or typewriter marks
    (the rules are safe for every translation pythonbible ships)."""
    text = _VERSE_NUMBER.sub("", raw, count=1)
    text = _TRAILING_HEADING.sub("", text)
    text = _SPACES.sub(" ", text).strip()
    # Each rule is skipped when its mark is absent: most verses need only one or two of them.
    if "[" in text or "]" in text:
        text = _BRACKET_AFTER_PUNCT.sub(" ", text)
        text = _HYPHEN_BRACKET.sub("-", text)  # WEB "first -[fruits]" → "first-fruits"
        text = _BRACKETS.sub("", text)
    if "-" in text:
        text = _DOUBLE_DASH.sub("—", text)
        text = _SPACED_HYPHEN.sub("—", text)
    if "—" in text:
        text = _DASH_PUNCTUATION.sub("—", text)  # KJV "sin—; and" → "sin—and"
        text = _DASH_SPACES.sub("—", text)
    if "(" in text or ")" in text:
        text = _PAREN_SPACE.sub(lambda m: m.group().strip(), text)
    if " " in text:
        text = _SPACE_BEFORE_PUNCT.sub("", text)
    return _smart_quotes(text)


def _smart_quotes(text: str) -> str:
    if "`" not in text and "'" not in text and '"' not in text:
        return text
    return _QUOTES.sub(lambda m: _curly(text, m.start()), text)


def _curly(text: str, index: int) -> str:
    mark = text[index]
    before = text[index - 1] if index else " "
    opening = before in _OPENING_CONTEXT and index + 1 < len(text) and not text[index + 1].isspace()
    if mark == '"':
        return "\u201c" if opening else "\u201d"
    return "\u2018" if opening else "\u2019"


def _is_placeholder(raw: str) -> bool:
    return _PLACEHOLDER.search(raw) is not None


def lookup(passage: Passage, translation: str = "WEB") -> tuple[Verse, ...]:
    """The cleaned text of every verse of `passage` that `translation` has (see `scripture`)."""
    return scripture(passage, translation).verses


def scripture(passage: Passage, translation: str = "WEB") -> Scripture:
    """`passage` in `translation`, numbered as that translation numbers it.

    A whole chapter is the translation's whole chapter. A verse the translation's numbering lacks
    is an error saying what it has ("in the WEB, Romans 16 has 24 verses, and Romans 16:25–27
    is at 14:24–26"): a range never quietly loses verses. Verses it leaves out inside a range
    are listed in `Scripture.omitted`; a passage made only of them is an error. Partial verses
    ("7a") are the part of the verse `partial.py` divides off.
    """
    version = _version(translation)
    bible = _bible(version)  # a missing package is reported before anything else
    book = find_book(passage.book)
    counts = bible.max_verses.get(book.book, {}) if book is not None else {}
    # A Bible file may have more chapters than the English numbering (Joel 4 in Luther's).
    chapters = max(book.chapters, len(counts)) if book is not None else 0
    if book is None or not 1 <= passage.start_chapter <= passage.end_chapter <= chapters:
        raise ScriptureError(f"{passage} is not a passage of the Bible")
    if not counts:  # an imported Bible without this book (a New Testament alone, say)
        raise ScriptureError(
            f"the {version.value} has no {book.name}",
            hint="choose another translation, or import a Bible file that has the book",
        )
    _check_numbering(passage, book, version, counts)
    last = counts[passage.end_chapter] if passage.whole_chapters else passage.end_verse
    verses: list[Verse] = []
    omitted: list[tuple[int, int]] = []
    for chapter in range(passage.start_chapter, passage.end_chapter + 1):
        first = passage.start_verse if chapter == passage.start_chapter else 1
        end = last if chapter == passage.end_chapter else counts[chapter]
        for number in range(first, end + 1):
            verse = _verse(version, book.book.value, chapter, number)
            if verse is None:
                omitted.append((chapter, number))
            else:
                verses.append(verse)
    if not verses:
        raise ScriptureError(
            f"{passage} is not in the {version.value}", hint=_who_has_it(version, book, omitted)
        )
    shown = _with_parts(tuple(verses), passage, book, version)
    return Scripture(passage, version.value, shown, omitted=tuple(omitted))


def _check_numbering(
    passage: Passage, book: BookInfo, version: Version, counts: dict[int, int]
) -> None:
    """Refuse verses beyond the translation's own counts, saying where it has their words."""
    code = version.value
    if passage.end_chapter > len(counts):
        raise ScriptureError(
            f"in the {code}, {book.name} has {len(counts)} chapters",
            hint=f"cite the chapters as the {code} numbers them, or choose another translation",
        )
    if passage.whole_chapters:
        return
    missing: list[tuple[str, int, int]] = []
    for chapter in range(passage.start_chapter, passage.end_chapter + 1):
        first = passage.start_verse if chapter == passage.start_chapter else 1
        last = passage.end_verse if chapter == passage.end_chapter else max(first, counts[chapter])
        missing += [
            (book.name, chapter, v) for v in range(max(first, counts[chapter] + 1), last + 1)
        ]
    if not missing:
        return
    chapter = missing[0][1]
    facts = [f"{book.chapter_name(chapter)} has {counts[chapter]} verses"]
    facts += where_instead(missing, lambda v: _verse_exists(version, book, v))
    raise ScriptureError(
        f"{passage}: in the {code}, {', and '.join(facts)}",
        hint=f"cite the verses as the {code} numbers them, or choose another translation",
    )


def _verse_exists(version: Version, book: BookInfo, verse: tuple[str, int, int]) -> bool:
    _, chapter, number = verse
    return _bible(version).is_valid_verse_id(book.book.value * 1_000_000 + chapter * 1000 + number)


def _who_has_it(version: Version, book: BookInfo, omitted: list[tuple[int, int]]) -> str:
    """A hint naming the installed translations that have the omitted verses."""
    others = [
        other.value
        for other in _VERSIONS.values()
        if other is not version
        and _is_installed(other)
        and all(_verse(other, book.book.value, c, v) for c, v in omitted)
    ]
    if others:
        verb = "have" if len(others) > 1 else "has"
        named = " and the ".join(others)
        return f"choose another translation (the {named} {verb} it) or another passage"
    return "choose another translation or another passage"


def _with_parts(
    verses: tuple[Verse, ...], passage: Passage, book: BookInfo, version: Version
) -> tuple[Verse, ...]:
    """`verses` with the first and last cut to the parts the passage cites ("7b–8a")."""
    if not (passage.start_part or passage.end_part):
        return verses
    first = (passage.start_chapter, passage.start_verse)
    last = (passage.end_chapter, passage.end_verse)
    letters = {first: (passage.start_part, ""), last: ("", passage.end_part)}
    if first == last:
        letters = {first: (passage.start_part, passage.end_part)}
    shown: list[Verse] = []
    for verse in verses:
        low, high = letters.get((verse.chapter, verse.number), ("", ""))
        if low or high:
            parts = parts_needed(low, high)
            text = partial_text(verse.text, low, high, parts)
            if text is None:
                where = Passage(book.name, verse.chapter, verse.number, verse.chapter, verse.number)
                how = "in three (a, b, c)" if parts == 3 else "into parts (a, b)"
                raise ScriptureError(
                    f"{where} has no clause break to divide it {how} in the {version.value}",
                    hint="cite the whole verse" + (", or only a and b" if parts == 3 else ""),
                )
            verse = Verse(verse.chapter, verse.number, text)
        shown.append(verse)
    return tuple(shown)


def _verse(version: Version, book: int, chapter: int, number: int) -> Verse | None:
    text = _verse_text(version, book * 1_000_000 + chapter * 1000 + number)
    return Verse(chapter, number, text) if text else None


@lru_cache(maxsize=65_536)
def _verse_text(version: Version, verse_id: int) -> str:
    """Cleaned text of one verse, "" when the translation leaves it out (cached: decks repeat)."""
    bible = _bible(version)
    if not bible.is_valid_verse_id(verse_id):
        return ""
    raw = bible.get_scripture(verse_id)
    if _is_placeholder(raw):
        return ""
    if verse_id // 1_000_000 == _SONG_OF_SOLOMON:
        raw = _SONG_SPEAKERS.sub("", raw)
    return clean_verse_text(raw)
