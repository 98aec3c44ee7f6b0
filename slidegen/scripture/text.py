"""Verse text through pythonbible's translation packages, cleaned for display on a slide.

Each translation is loaded lazily, once per process. The raw text carries its source's habits
(WEB's backtick apostrophes and "--" dashes, KJV's [supplied words], poetry line breaks as runs of
spaces); `clean_verse_text` turns all of them into ordinary typography.
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache, lru_cache

from pythonbible.bible import BIBLE_PACKAGE_NAMES, get_bible
from pythonbible.bible.bible import Bible
from pythonbible.errors import MissingBiblePackageError
from pythonbible.versions import Version

from slidegen.errors import ScriptureError, TranslationError
from slidegen.model import Passage, Verse
from slidegen.scripture.books import find_book

_VERSIONS: dict[str, Version] = {v.value.upper(): v for v in BIBLE_PACKAGE_NAMES}
# WEB fills verses it omits (Acts 8:37) with this placeholder instead of leaving them out.
_PLACEHOLDER = "dummy verses inserted by amos"

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
# The Song of Solomon names its speakers ("Beloved", "Lover", "Friends") inside the verse text,
# after exactly two spaces (poetry line breaks are four): headings, not words of Scripture.
_SONG_OF_SOLOMON = 22
_SONG_SPEAKERS = re.compile(r"(?<=\S) {2}(?:Beloved|Lover|Friends)\b")
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


def _is_installed(version: Version) -> bool:
    return importlib.util.find_spec(BIBLE_PACKAGE_NAMES[version]) is not None


def _version(code: str) -> Version:
    version = _VERSIONS.get(code.strip().upper())
    if version is None:
        known = ", ".join(sorted(v.value for v in _VERSIONS.values()))
        raise TranslationError(f"unknown translation '{code}'", hint=f"known codes: {known}")
    return version


@cache
def _bible(version: Version) -> Bible:
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
    return raw.rstrip().endswith(_PLACEHOLDER)


def lookup(passage: Passage, translation: str = "WEB") -> tuple[Verse, ...]:
    """The cleaned text of every verse of `passage` (whole verses, even for "7a").

    Verses a translation leaves out are skipped; a passage made only of them is a ScriptureError.
    """
    version = _version(translation)
    _bible(version)  # a missing package is reported before anything else
    book = find_book(passage.book)
    if book is None or not 1 <= passage.start_chapter <= passage.end_chapter <= book.chapters:
        raise ScriptureError(f"{passage} is not a passage of the Bible")
    verses: list[Verse] = []
    for chapter in range(passage.start_chapter, passage.end_chapter + 1):
        first = passage.start_verse if chapter == passage.start_chapter else 1
        last = passage.end_verse if chapter == passage.end_chapter else book.verses(chapter)
        for number in range(first, last + 1):
            verse = _verse(version, book.book.value, chapter, number)
            if verse is not None:
                verses.append(verse)
    if not verses:
        raise ScriptureError(
            f"{passage} is not in the {version.value}",
            hint="choose another translation or another passage",
        )
    return tuple(verses)


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
