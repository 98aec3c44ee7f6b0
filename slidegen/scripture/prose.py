"""References written in running text ("… (cf. Hebrews 7:25). …"), found with their spans.

The same parser as `parse_references`, run leniently from each place a reference could start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from slidegen.errors import ScriptureError
from slidegen.model import Passage
from slidegen.scripture.references import Parser, as_context
from slidegen.scripture.tokens import (
    BOOK_PATTERN,
    CLOSE_PAREN,
    LEADING_ORDINAL,
    MARKER_PATTERN,
    SEPARATOR,
    SPACE,
    separator_kind,
)

_CV_AHEAD = re.compile(r"\s*[0-9]+\s*[:.][0-9]")
# Two-letter abbreviations that are no English word, so "Ps 121" or "Jn 3" in prose is a
# reference; "Is 5" or "Am 3" need chapter:verse.
_PROSE_TWO_LETTER = frozenset(
    {
        "gn", "ge", "lv", "nm", "nu", "dt", "jg", "ru", "jb", "ps", "jr", "dn", "jl",
        "hg", "zc", "zp", "ml", "mt", "mk", "lk", "jn", "rm", "ro", "jm", "rv",
    }
)  # fmt: skip
# Words that number what follows them ("Week 2", "Part 1") rather than a book.
_NUMBERED_LABEL = re.compile(
    r"(?<![a-z])(?:week|day|part|lesson|session|sermon|study|step|message|point|unit|"
    r"module|class|episode|reading|no\.?|number|#)\s*$",
    re.I,
)
# "John 3 years ago", "Daniel 3 times a day": a number that counts something is no chapter.
_COUNTED = re.compile(
    r"\s*(?:years?|yrs?|times|days?|weeks?|months?|hours?|hrs?|minutes?|mins?|seconds?|"
    r"people|persons|men|women|kids|children|sons|daughters|brothers|sisters|members|"
    r"miles?|feet|foot|inches|yards|metres|meters|kilometres|kilometers|km|pounds|lbs|"
    r"dollars|percent|o'clock|o’clock|%)(?![a-z])",
    re.I,
)
_TRIGGER = re.compile(
    rf"(?<!\w)(?:(?P<marker>{MARKER_PATTERN})|(?P<book>{BOOK_PATTERN})|(?P<paren>\())"
    r"(?=\s*[0-9])",
    re.I,
)


@dataclass(frozen=True)
class FoundReference:
    """A reference found in prose: the passage and its character span `text[start:end]`."""

    passage: Passage
    start: int
    end: int


def find_references(prose: str, context: Passage | str | None = None) -> list[FoundReference]:
    """References written in running text, with their spans; never raises for any prose.

    A reference needs a capitalised book name ("Hebrews 7:25"), or, with `context`, a verse
    marker ("v 30", "verse 32") or parentheses around nothing but numbers ("(12a)", "(19–20)").
    Anything that does not check out (Exodus 50:1) is skipped.
    """
    ctx = as_context(context)
    found: list[FoundReference] = []
    pos = 0
    while match := _TRIGGER.search(prose, pos):
        group = _scan_at(prose, match, ctx)
        if group:
            found.extend(group)
            pos = group[-1].end
        else:
            pos = _resume_after(prose, match)
    return found


def _resume_after(prose: str, match: re.Match[str]) -> int:
    # "Book of Exodus 3": a failed multi-word candidate may still end in a real book name.
    book = match.group("book")
    if book and " of " in book.lower():
        return match.start() + len(book) - len(book.split()[-1])
    # "Week 2 John 3:16": the number belongs to "Week", and the reference is John 3:16. (A
    # failed "in 1 John 6:1" is not retried as John 6:1: that would be a silent guess.)
    ordinal = LEADING_ORDINAL.match(book) if book else None
    if (
        ordinal
        and book[ordinal.end() - 1].isspace()
        and _NUMBERED_LABEL.search(prose, 0, match.start())
    ):
        return match.start() + ordinal.end()
    return match.end()


def _plausible_book(prose: str, match: re.Match[str]) -> bool:
    name = match.group("book")
    if not (name[0].isupper() or name[0].isdigit()):
        return False  # "ex 3" or "is 5" in a sentence are words, not books
    letters = LEADING_ORDINAL.sub("", name, count=1) if name[0].isdigit() else name
    letters = letters.rstrip(".")
    if len(letters) > 2 or letters.lower() in _PROSE_TWO_LETTER:
        return True
    # Other two-letter abbreviations ("Am", "Is") count only with chapter:verse.
    return bool(_CV_AHEAD.match(prose, match.end()))


def _scan_at(prose: str, match: re.Match[str], ctx: Passage | None) -> list[FoundReference]:
    if match.group("book") and not _plausible_book(prose, match):
        return []
    if (match.group("marker") or match.group("paren")) and ctx is None:
        return []
    parser = Parser(prose, ctx, strict=False)
    parser.pos = match.start()
    if match.group("paren"):
        space = SPACE.match(prose, match.end())  # matches always: it may be empty
        parser.pos = space.end() if space else match.end()
    try:
        group = _read_group(parser)
    except ScriptureError:
        return []
    if match.group("paren") and not CLOSE_PAREN.match(prose, parser.pos):
        return []  # "(11 people)" is not a reference
    return group


def _read_group(parser: Parser) -> list[FoundReference]:
    """A list of items from the parser's position, stopping before the first one that fails."""
    start = parser.pos
    group = [FoundReference(parser.item(None), start, parser.pos)]
    if _COUNTED.match(parser.text, parser.pos):
        return []
    while True:
        before = parser.pos
        separator = parser.skip(SEPARATOR)
        if separator is None:
            return group
        start = parser.pos
        try:
            passage = parser.item(separator_kind(separator))
        except ScriptureError:
            parser.pos = before
            return group
        if _COUNTED.match(parser.text, parser.pos):
            parser.pos = before
            return group
        group.append(FoundReference(passage, start, parser.pos))
