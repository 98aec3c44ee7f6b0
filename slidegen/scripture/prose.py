"""References written in running text ("… (cf. Hebrews 7:25). …"), found with their spans.

The same parser as `parse_references`, run leniently from each place a reference could start.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from slidegen.errors import ScriptureError
from slidegen.model import Passage
from slidegen.scripture.references import (
    BOOK_PATTERN,
    CLOSE_PAREN,
    LEADING_ORDINAL,
    MARKER_PATTERN,
    SEPARATOR,
    SPACE,
    Parser,
    as_context,
)

_CV_AHEAD = re.compile(r"\s*[0-9]+\s*[:.][0-9]")
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
            pos = _resume_after(match)
    return found


def _resume_after(match: re.Match[str]) -> int:
    # "Book of Exodus 3": a failed multi-word candidate may still end in a real book name.
    book = match.group("book")
    if book and " of " in book.lower():
        return match.start() + len(book) - len(book.split()[-1])
    return match.end()


def _plausible_book(prose: str, match: re.Match[str]) -> bool:
    name = match.group("book")
    if not (name[0].isupper() or name[0].isdigit()):
        return False  # "ex 3" or "is 5" in a sentence are words, not books
    letters = LEADING_ORDINAL.sub("", name, count=1) if name[0].isdigit() else name
    # Two-letter abbreviations ("Am", "Is") count only with chapter:verse.
    return len(letters.rstrip(".")) > 2 or bool(_CV_AHEAD.match(prose, match.end()))


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
    while True:
        before = parser.pos
        separator = parser.skip(SEPARATOR)
        if separator is None:
            return group
        start = parser.pos
        try:
            passage = parser.item(separator.group(1))
        except ScriptureError:
            parser.pos = before
            return group
        group.append(FoundReference(passage, start, parser.pos))
