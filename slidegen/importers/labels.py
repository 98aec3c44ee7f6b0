"""The words and shapes preachers use as structure, the same for .txt, .md and .docx.

`role()` knows the parts that are not numbered points (introduction, big idea, conclusion);
`point_label()` the words that introduce a point ("Point 1:", "Second,"); `strip_marker()` the
typed marker at the start of a heading ("II. What God did"); `byline()` and `detail_line()` the
lines under a title that name the preacher, church and date. Every pattern is anchored and
bounded, so a line of any length is judged in time proportional to its length.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

# Role words → the part of the outline they start.
_ROLES = {
    "introduction": "intro",
    "intro": "intro",
    "opening": "intro",
    "big idea": "big_idea",
    "main idea": "big_idea",
    "central idea": "big_idea",
    "key idea": "big_idea",
    "proposition": "big_idea",
    "conclusion": "conclusion",
    "closing": "conclusion",
    "in closing": "conclusion",
}
# Longest first, so "in closing" is tried before "closing".
_ROLE_WORDS = "|".join(
    sorted((re.escape(word).replace(r"\ ", r"\s+") for word in _ROLES), key=len, reverse=True)
)
# "Big Idea: …", "Main idea — …", "Conclusion" alone (a trailing colon allowed).
_ROLE = re.compile(
    rf"(?P<word>{_ROLE_WORDS})(?:\s*:\s*|\s+[-–—]{{1,2}}\s*|\s*[-–—]{{1,2}}\s+|\s*$)", re.I
)
# Words that head a section of their own in plain text without any marker.
SECTION_WORDS = frozenset({"application", "applications", "response"})

_NUMBER_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten"
_POINT = re.compile(
    rf"(?:point|movement|part|step)\s+(?:\d{{1,2}}|{_NUMBER_WORDS}|[ivx]{{1,4}})"
    r"\s*(?:[:.)]|[-–—]{1,2})\s*(?=\S)",
    re.I,
)
_ORDINAL = re.compile(
    r"(?:first(?:ly)?|second(?:ly)?|third(?:ly)?|fourth(?:ly)?|fifth(?:ly)?|sixth|seventh"
    r"|finally|lastly),\s*(?=\S)",
    re.I,
)
# A typed marker at the start of a heading: "II.", "A.", "1.", "1)", "a)", "1.2", "(3)".
_MARKER = re.compile(
    r"(?:\(?(?:[IVXLC]{1,6}|[ivxlc]{1,6}|[A-Za-z]|\d{1,3})[.)]|\d{1,3}(?:\.\d{1,3})+\.?)\s+(?=\S)"
)

_BYLINE_SPLIT = re.compile(r"\s+(?:[—–|·•]|-{1,2})\s+")
_TITLES = (
    r"(?i:pastor|ps\.|pr\.|rev\.?|reverend|dr\.?|elder|bishop|father|fr\.|minister|deacon"
    r"|evangelist|brother|sister|chaplain)"
)
_PREACHER = re.compile(rf"{_TITLES}\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){{0,4}}")
_BY = re.compile(r"(?:by|preached by|speaker|preacher)\s*:?\s+(?P<name>\S.{0,80})", re.I)
_DATE_FORMATS = ("%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%B %d %Y", "%b %d %Y", "%d %B %Y",
                 "%d %b %Y", "%A, %B %d, %Y", "%A %d %B %Y", "%b. %d, %Y")  # fmt: skip
MAX_DETAIL_CHARS = 120


@dataclass(frozen=True)
class Role:
    """A part of the sermon that is not a numbered point, and the words after its label."""

    name: str  # intro | big_idea | conclusion
    rest: str


def role(text: str) -> Role | None:
    """'Big Idea: God rebuilds…' → Role('big_idea', 'God rebuilds…'); None for other text."""
    match = _ROLE.match(text)
    if match is None:
        return None
    word = " ".join(match.group("word").lower().split())
    return Role(_ROLES[word], text[match.end() :].strip())


def is_section_word(text: str) -> bool:
    return text.strip().rstrip(":").strip().lower() in SECTION_WORDS


def point_label(text: str) -> str | None:
    """The point after 'Point 1:' / 'Point One —' / 'Second,' (capitalised), or None."""
    match = _POINT.match(text) or _ORDINAL.match(text)
    if match is None:
        return None
    return capitalise(text[match.end() :])


def is_ordinal(text: str) -> bool:
    return _ORDINAL.match(text) is not None


def strip_marker(text: str) -> str:
    """A heading's words without its typed marker or 'Point 1:' label."""
    text = text.strip()
    labelled = point_label(text)
    if labelled is not None:
        return labelled
    match = _MARKER.match(text)
    return text[match.end() :] if match else text


def capitalise(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:]


def parse_date(text: str) -> str:
    """'May 3, 2026' → '2026-05-03'; '' when the text is not a date."""
    text = " ".join(text.replace(".", ". ").split()).replace(". ,", ".,") if len(text) < 40 else ""
    for candidate in {text, text.replace(". ", " ")}:
        for form in _DATE_FORMATS:
            try:
                return dt.datetime.strptime(candidate.strip(), form).date().isoformat()
            except ValueError:
                continue
    return ""


def looks_like_preacher(text: str) -> bool:
    return len(text) <= 60 and _PREACHER.fullmatch(text.strip()) is not None


def byline(text: str) -> dict[str, str]:
    """Details from 'Pastor Miriam Tan — Grace Fellowship — May 3, 2026', 'By Pastor Ann',
    'Pastor Ann' or a date alone; {} when the line is none of these."""
    text = text.strip()
    if len(text) > MAX_DETAIL_CHARS or not text:
        return {}
    if date := parse_date(text):
        return {"date": date}
    if looks_like_preacher(text):
        return {"preacher": text}
    parts = _BYLINE_SPLIT.split(text)
    if (by := _BY.fullmatch(parts[0])) and by.group("name")[0].isupper():
        parts[0] = by.group("name").strip()
    elif len(parts) == 1:
        return {}
    dates = [parse_date(p) for p in parts]
    found: dict[str, str] = {}
    if any(dates):
        found["date"] = next(d for d in dates if d)
    names = [p for p, d in zip(parts, dates, strict=True) if not d]
    if not names or (len(parts) > 1 and not any(dates) and not looks_like_preacher(names[0])):
        return {}  # "Main idea — …" or "Grace — 2 Cor 12": not a byline
    if len(names) > 2 or any(c.isdigit() for c in names[0]) or len(names[0].split()) > 6:
        return {}
    found["preacher"] = names[0]
    if len(names) == 2:
        found["church"] = names[1]
    return found
