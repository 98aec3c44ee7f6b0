"""Where a line may end: at spaces, and between Chinese and Japanese characters.

Chinese and Japanese are written without spaces, so a line may end between any two characters,
except before closing punctuation (，。、！？」) or after opening punctuation (「“（): the Unicode
line-breaking rules (UAX #14, from `uniseg`) say where. Korean is written with spaces between
words and, as Korean typesetting does, breaks only there; a Korean word wider than a whole line
may be broken between its syllables (`syllables`). Text without East Asian wide characters
breaks only at spaces, as it always has.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from slidegen.scripts import has_wide, is_hangul, is_wide

__all__ = ["Segment", "has_wide", "is_hangul", "is_wide", "join", "parts", "segments"]

BREAKABLE_SPACE = re.compile(r"[ \t\f]+")  # not \u00a0: "7\u00a0In" must stay together


@dataclass(frozen=True)
class Segment:
    """A stretch of text a line may end after. `spaced`: a breakable space comes before it (drawn
    as one space, unless the segment starts a line); otherwise it follows the previous segment
    directly (the next character of a Chinese sentence)."""

    text: str
    spaced: bool


def segments(paragraph: str) -> list[Segment]:
    """The paragraph's words (split at breakable spaces), each cut further where Chinese or
    Japanese text may break."""
    found: list[Segment] = []
    for word in BREAKABLE_SPACE.split(paragraph):
        if not word:
            continue
        for index, part in enumerate(parts(word)):
            found.append(Segment(part, bool(found) and index == 0))
    return found


def join(parts: list[Segment]) -> str:
    """The segments as a line of text (a line never starts with a space)."""
    return "".join((" " if s.spaced and i else "") + s.text for i, s in enumerate(parts))


@functools.lru_cache(maxsize=4096)
def parts(word: str) -> tuple[str, ...]:
    """A word without spaces cut where a line may end inside it: UAX #14's break opportunities
    beside a Chinese or Japanese character (not between two Hangul syllables, nor between two
    Latin letters: "well-known" stays whole, as it does in the rest of slidegen)."""
    if not has_wide(word):
        return (word,)
    cuts = [
        at
        for at in _opportunities(word)
        if (is_wide(word[at - 1]) or is_wide(word[at]))
        and not (is_hangul(word[at - 1]) and is_hangul(word[at]))
    ]
    return tuple(word[a:b] for a, b in zip([0, *cuts], [*cuts, len(word)], strict=True))


def syllables(word: str) -> list[str]:
    """A word too wide for a whole line, cut wherever UAX #14 allows (between Korean syllables
    too), so it wraps instead of overflowing."""
    cuts = _opportunities(word)
    return [word[a:b] for a, b in zip([0, *cuts], [*cuts, len(word)], strict=True)]


def _opportunities(word: str) -> list[int]:
    """Positions inside `word` (0 < at < len) where UAX #14 allows a line break."""
    from uniseg.linebreak import line_break_boundaries  # only text with wide characters needs it

    return [at for at in line_break_boundaries(word) if 0 < at < len(word)]
