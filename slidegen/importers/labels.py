"""The words and shapes preachers use as structure, the same for .txt, .md and .docx.

`role()` knows the parts that are not numbered points (introduction, big idea, conclusion);
`point_label()` the words that introduce a point ("Point 1:", "Second,"); `strip_marker()` the
typed marker at the start of a heading ("II. What God did"); `byline()` and `detail_line()` the
lines under a title that name the preacher, church and date. Every pattern is anchored and
bounded, so a line of any length is judged in time proportional to its length.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from slidegen.importers.words import WORDS

# Which words are read: English always, and the outline's own language beside it, never every
# language at once. Read all at once, an English outline would lose lines to other languages'
# words: "Tesis:" or "Predigt" are harmless, but "Segundo, …", "Thema: …", "Data: …" and
# "Pr. …" are English prose too. In a Spanish outline English words stay (a bilingual church
# writes "Intro" and "Big Idea" in Spanish sermons), and the import finds the language first
# (importers/detect.py, or --language) from words and references only that language has.
# French shares "Introduction", "Conclusion" and "Application" with English: they read the same.
_NUMBER = r"\d{1,2}"
_ROMAN_NUMBER = r"[ivx]{1,4}"
_NAME_PARTICLES = r"(?:de|da|do|dos|das|del|de\s+la|la|le|du|von|van|der|den|zu)"
# A typed marker at the start of a heading: "II.", "A.", "1.", "1)", "a)", "1.2", "(3)".
_MARKER = re.compile(
    r"(?:\(?(?:[IVXLC]{1,6}|[ivxlc]{1,6}|[A-Za-z]|\d{1,3})[.)]|\d{1,3}(?:\.\d{1,3})+\.?)\s+(?=\S)"
)
_BYLINE_SPLIT = re.compile(r"\s+(?:[—–|·•]|-{1,2})\s+")
_DATE_FORMATS = ("%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%d %B %Y",
                 "%d %b %Y", "%A, %B %d, %Y", "%A %d %B %Y", "%b. %d, %Y")  # fmt: skip
# "29 de noviembre de 2026", "Sonntag, 29. November 2026", "29 novembre 2026", "2026년 11월
# 29일", "2026年11月29日", "29.11.2026": dates as other languages write them (month names from
# Babel's tables for the language).
_WORDY_DATE = re.compile(
    r"(?:(?P<weekday>[^\W\d_][^\W\d_-]*(?:-[^\W\d_]+)?),?\s+)?(?P<day>\d{1,2})(?:\.|º|er)?\s+"
    r"(?:de\s+)?(?P<month>[^\W\d_]+)\.?,?\s+(?:de\s+)?(?P<year>\d{4})"
)
_NUMERIC_DATE = re.compile(r"(?P<day>\d{1,2})([./])(?P<month>\d{1,2})\2(?P<year>\d{4})")
_CJK_DATE = re.compile(
    r"(?P<year>\d{4})\s*[년年]\s*(?P<month>\d{1,2})\s*[월月]\s*(?P<day>\d{1,2})\s*[일日号號]"
    r"(?:\s*[(（]?[^\W\d_]{1,4}[)）]?)?"
)
_DETAIL = re.compile(
    r"(?:[-*+]\s+)?(?P<key>[^\W\d_]+(?:[ -][^\W\d_]+){0,2})\s*[:：]\s*(?P<value>\S.*)"
)
MAX_DETAIL_CHARS = 120


@dataclass(frozen=True)
class Role:
    """A part of the sermon that is not a numbered point, and the words after its label."""

    name: str  # intro | big_idea | conclusion
    rest: str


def plain(word: str) -> str:
    """A word as it is looked up: lowercase, single spaces, accents dropped ("Conclusión")."""
    decomposed = unicodedata.normalize("NFKD", " ".join(word.lower().split()))
    kept = "".join(c for c in decomposed if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", kept)


def _either(words: Iterable[str]) -> str:
    """An alternation of `words` as written and without accents, longest first, spaces
    matching any run of spaces."""
    forms = {form for word in words for form in (word, plain(word))}
    ordered = sorted(forms, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


@dataclass(frozen=True)
class _Patterns:
    """The compiled structure words of English and one other language."""

    roles: dict[str, str]
    role: re.Pattern[str]
    sections: frozenset[str]
    point: re.Pattern[str]
    ordinal: re.Pattern[str]
    preacher: re.Pattern[str]
    by: re.Pattern[str]
    details: dict[str, str]


def _patterns(language: str) -> _Patterns:
    """English's words, and `language`'s beside them."""
    return _patterns_of(("en",) if language == "en" else ("en", language))


@functools.cache
def _patterns_of(codes: tuple[str, ...]) -> _Patterns:
    chosen = [WORDS[code] for code in codes if code in WORDS]
    english = codes == ("en",)
    colon = ":" if english else "[:：]"
    comma = "," if english else "[,，、]"
    roles = {plain(w): r for words in chosen for r, ws in words.roles.items() for w in ws}
    role = re.compile(
        rf"(?P<word>{_either(w for words in chosen for ws in words.roles.values() for w in ws)})"
        rf"(?:\s*{colon}\s*|\s+[-–—]{{1,2}}\s*|\s*[-–—]{{1,2}}\s+|\s*$)",
        re.I,
    )
    points = _either(w for words in chosen for w in words.point)
    numbers = "|".join([_NUMBER, *(_either(words.numbers) for words in chosen if words.numbers)])
    ends = rf"\s*(?:[:.)]|{colon}|[-–—]{{1,2}})\s*(?=\S)"
    point = rf"(?:{points})\s+(?:{numbers}|{_ROMAN_NUMBER}){ends}"
    adjectives = [w for words in chosen for w in words.ordinal_points]
    if adjectives:  # "Primer punto:", "Erster Punkt —"
        point += rf"|(?:{_either(adjectives)})\s+(?:{points}){ends}"
    ordinal = rf"(?:{_either(w for words in chosen for w in words.ordinals)}){comma}\s*(?=\S)"
    titles = _either(w for words in chosen for w in words.titles)
    capital = "A-Z" if english else "A-ZÀ-ÖØ-ÞĀ-Ž"
    name = rf"[{capital}][\w.'’-]*"
    if english:
        preacher = rf"(?i:{titles})\s+{name}(?:\s+{name}){{0,4}}"
    else:
        preacher = rf"(?i:{titles})\s+{name}(?:\s+(?:{_NAME_PARTICLES}\s+)?{name}){{0,4}}"
    after = [w for words in chosen for w in words.after]
    if after:  # "김철수 목사", "王明牧师": the title after the name
        preacher += rf"|[^\W\d_]{{1,12}}(?:\s+[^\W\d_]{{1,12}}){{0,2}}\s*(?:{_either(after)})"
    by_words = _either(w for words in chosen for w in words.by)
    by_gap = r"\s*:?\s+" if english else r"(?:\s*[:：]\s*|\s+)"
    return _Patterns(
        roles=roles,
        role=role,
        sections=frozenset(plain(w) for words in chosen for w in words.sections),
        point=re.compile(point, re.I),
        ordinal=re.compile(ordinal, re.I),
        preacher=re.compile(preacher),
        by=re.compile(rf"(?:{by_words}){by_gap}(?P<name>\S.{{0,80}})", re.I),
        details={plain(w): k for words in chosen for k, ws in words.details.items() for w in ws},
    )


def role(text: str, language: str = "en") -> Role | None:
    """'Big Idea: God rebuilds…' → Role('big_idea', 'God rebuilds…'); None for other text."""
    patterns = _patterns(language)
    match = patterns.role.match(text)
    if match is None:
        return None
    return Role(patterns.roles[plain(match.group("word"))], text[match.end() :].strip())


def is_section_word(text: str, language: str = "en") -> bool:
    return plain(text.strip().rstrip(":：").strip()) in _patterns(language).sections


def point_label(text: str, language: str = "en") -> str | None:
    """The point after 'Point 1:' / 'Point One —' / 'Second,' (capitalised), or None."""
    patterns = _patterns(language)
    match = patterns.point.match(text) or patterns.ordinal.match(text)
    if match is None:
        return None
    return capitalise(text[match.end() :])


def is_ordinal(text: str, language: str = "en") -> bool:
    return _patterns(language).ordinal.match(text) is not None


def detail(text: str, language: str) -> tuple[str, str] | None:
    """('passage', 'Juan 3:16') for 'Texto: Juan 3:16' in the language's words (English detail
    words are the importer's own META_KEYS); None for any other line."""
    return _detail_of(text, _patterns(language)) if language != "en" else None


def _detail_of(text: str, patterns: _Patterns) -> tuple[str, str] | None:
    if len(text) > MAX_DETAIL_CHARS * 4:
        return None
    match = _DETAIL.fullmatch(text.strip())
    key = patterns.details.get(plain(match.group("key"))) if match else None
    return (key, match.group("value").strip()) if match and key else None


def is_structure(text: str, language: str, alone: bool = False) -> bool:
    """Whether a line uses `language`'s structure words (only its own when `alone`, without
    English's): a part, a point, a preacher, a detail or a date. For telling languages apart."""
    text = text.strip()
    patterns = _patterns_of((language,) if alone else ("en", language))
    first = _BYLINE_SPLIT.split(text)[0] if len(text) <= MAX_DETAIL_CHARS else ""
    return bool(
        patterns.role.match(text)
        or plain(text.rstrip(":：").strip()) in patterns.sections
        or patterns.point.match(text)
        or patterns.ordinal.match(text)
        or patterns.preacher.fullmatch(first)
        or ((by := patterns.by.fullmatch(first)) and _starts_a_name(by.group("name")))
        or _detail_of(text, patterns) is not None
        or (language != "en" and _date_in(first, language))
    )


def strip_marker(text: str, language: str = "en") -> str:
    """A heading's words without its typed marker or 'Point 1:' label."""
    text = text.strip()
    labelled = point_label(text, language)
    if labelled is not None:
        return labelled
    match = _MARKER.match(text)
    return text[match.end() :] if match else text


def capitalise(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:]


def parse_date(text: str, language: str = "en") -> str:
    """'May 3, 2026' → '2026-05-03' ('29 de noviembre de 2026' in Spanish); '' when the text
    is not a date."""
    written = " ".join(text.split()) if len(text) < 40 else ""
    text = " ".join(written.replace(".", ". ").split()).replace(". ,", ".,")
    for candidate in {text, text.replace(". ", " ")}:
        for form in _DATE_FORMATS:
            try:
                return dt.datetime.strptime(candidate.strip(), form).date().isoformat()
            except ValueError:
                continue
    return _date_in(written, language) if language != "en" and written else ""


def _date_in(text: str, language: str) -> str:
    """A date written the way `language` writes dates, as ISO; '' when it is not one."""
    if match := _CJK_DATE.fullmatch(text) or _NUMERIC_DATE.fullmatch(text):
        month: int | None = int(match.group("month"))
    elif match := _WORDY_DATE.fullmatch(text):
        names = _calendar_words(language)
        month = names.months.get(plain(match.group("month")).rstrip("."))
        weekday = match.group("weekday")
        if weekday and plain(weekday) not in names.weekdays:
            return ""
    else:
        return ""
    try:
        day = dt.date(int(match.group("year")), month or 0, int(match.group("day")))
    except ValueError:
        return ""
    return day.isoformat()


@dataclass(frozen=True)
class _Calendar:
    months: dict[str, int]
    weekdays: frozenset[str]


@functools.cache
def _calendar_words(language: str) -> _Calendar:
    # Babel is imported here, only for an outline in another language: start-up time matters.
    from babel import dates

    months: dict[str, int] = {}
    weekdays: set[str] = set()
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in dates.get_month_names(width, context, language).items():
                months.setdefault(plain(name).rstrip("."), number)
            for name in dates.get_day_names(width, context, language).values():
                weekdays.add(plain(name).rstrip("."))
    return _Calendar(months, frozenset(weekdays))


def looks_like_preacher(text: str, language: str = "en") -> bool:
    return len(text) <= 60 and _patterns(language).preacher.fullmatch(text.strip()) is not None


def _starts_a_name(name: str) -> bool:
    """A capital letter, or a letter of a script without capitals (김, 王)."""
    first = name[:1]
    return first.isupper() or (first.isalpha() and first.lower() == first.upper())


def byline(text: str, language: str = "en") -> dict[str, str]:
    """Details from 'Pastor Miriam Tan — Grace Fellowship — May 3, 2026', 'By Pastor Ann',
    'Pastor Ann' or a date alone; {} when the line is none of these."""
    text = text.strip()
    if len(text) > MAX_DETAIL_CHARS or not text:
        return {}
    if date := parse_date(text, language):
        return {"date": date}
    if looks_like_preacher(text, language):
        return {"preacher": text}
    parts = _BYLINE_SPLIT.split(text)
    if (by := _patterns(language).by.fullmatch(parts[0])) and _starts_a_name(by.group("name")):
        parts[0] = by.group("name").strip()
    elif len(parts) == 1:
        return {}
    dates = [parse_date(p, language) for p in parts]
    found: dict[str, str] = {}
    if any(dates):
        found["date"] = next(d for d in dates if d)
    names = [p for p, d in zip(parts, dates, strict=True) if not d]
    if not names or (
        len(parts) > 1 and not any(dates) and not looks_like_preacher(names[0], language)
    ):
        return {}  # "Main idea — …" or "Grace — 2 Cor 12": not a byline
    if len(names) > 2 or any(c.isdigit() for c in names[0]) or len(names[0].split()) > 6:
        return {}
    found["preacher"] = names[0]
    if len(names) == 2:
        found["church"] = names[1]
    return found
