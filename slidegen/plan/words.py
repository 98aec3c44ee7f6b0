"""Words the planner writes itself: numerals, dates, and the text of speaker notes."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from slidegen.blanks import plain
from slidegen.model import Citation, Point


def roman(number: int) -> str:
    numerals = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ]
    result = ""
    for value, letters in numerals:
        while number >= value:
            result += letters
            number -= value
    return result


def numeral(number: int, numbering: str) -> str:
    """A section's number as the theme numbers sections: 'IV', '4' or ''."""
    return {"roman": roman(number), "arabic": str(number)}.get(numbering, "")


def numbered(number: int, heading: str, numbering: str) -> str:
    """'II.  Heading' as the theme numbers sections (just the heading when it does not)."""
    shown = numeral(number, numbering)
    return f"{shown}.  {heading}" if shown else heading


def format_date(value: str) -> str:
    """'2026-11-29' → 'November 29, 2026'; anything else is shown as written."""
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return f"{day:%B} {day.day}, {day.year}"


def outline_lines(points: Sequence[Point], depth: int) -> list[str]:
    """The points as an indented list, for the title slide's notes."""
    lines: list[str] = []
    for point in points:
        refs = passage_labels(point.citations)
        text = plain(point.text)  # blanks filled in: the notes are the preacher's
        lines.append("  " * depth + "- " + text + (f" ({refs})" if refs else ""))
        lines += outline_lines(point.points, depth + 1)
    return lines


def passage_labels(citations: Sequence[Citation]) -> str:
    """'Exodus 32:11; Exodus 20:2': the cited passages as one line."""
    return "; ".join(str(c.passage) for c in citations)
