"""Partial verses ("John 3:16a"): a verse divided at its clause breaks, the same way everywhere.

`a` is the verse up to the clause break nearest its middle and `b` the rest. A verse cited with
`c` anywhere in the reference ("12c", "12b–c") is divided in three, at the breaks nearest its
thirds. A clause break is a full stop, semicolon, colon, question or exclamation mark (with any
closing quote or bracket), a dash, or a comma before a conjunction ("…, and", "…, that"); a
strong mark in the middle half of the verse is preferred to a comma, and a verse with no clause
break is divided at the comma nearest its middle.

The text is cleaned verse text, so every output (slides, notes, `slidegen verses`) shows the same
part: the division is made once, when the verse is looked up.
"""

from __future__ import annotations

import re
from itertools import combinations

PARTS = "abc"

_CLOSERS = "\u2019\u201d'\")\\]"  # as inside [...]
_STRONG = re.compile(rf"[.;:?!][{_CLOSERS}]*(?=\s)|\u2014(?=\S)")
_CONJUNCTION = (
    r"and|but|or|nor|for|yet|so|that|because|when|whenever|while|though|although|if|unless|"
    r"until|lest|since|as|who|whom|whose|which|where|whoever|whatever|therefore|then|even"
)
_WEAK = re.compile(rf",[{_CLOSERS}]*(?=\s+(?:{_CONJUNCTION})\b)", re.I)
_ANY_COMMA = re.compile(rf",[{_CLOSERS}]*(?=\s)")
# Each part keeps at least this many words: a part is a clause, not a stray word.
_MIN_WORDS = 2


def _offsets(pattern: re.Pattern[str], text: str) -> list[int]:
    end = len(text.rstrip())
    return [m.end() for m in pattern.finditer(text) if 0 < m.end() < end]


def _pieces(text: str, cuts: tuple[int, ...]) -> tuple[str, ...]:
    bounds = (0, *cuts, len(text))
    return tuple(text[start:end].strip() for start, end in zip(bounds, bounds[1:], strict=False))


Division = tuple[tuple[int, ...], tuple[str, ...]]  # (cut offsets, the parts)


def _nearest(text: str, breaks: list[int], parts: int, window: float | None) -> Division | None:
    """The division at `breaks` whose cuts are nearest the verse's halves (or thirds), each
    within `window` (a fraction of the length) of its target when a window is given."""
    size = len(text)
    best: tuple[float, Division] | None = None
    for cuts in combinations(sorted(set(breaks)), parts - 1):
        distances = [abs(cut - size * (i + 1) / parts) for i, cut in enumerate(cuts)]
        if window is not None and max(distances) > window * size:
            continue
        pieces = _pieces(text, cuts)
        if any(len(piece.split()) < _MIN_WORDS for piece in pieces):
            continue
        if best is None or sum(distances) < best[0]:
            best = (sum(distances), (cuts, pieces))
    return best[1] if best else None


def split_verse(text: str, parts: int = 2) -> tuple[str, ...] | None:
    """`text` divided into `parts` (2 or 3) clauses, or None when it has too few breaks."""
    division = _divide(text, parts)
    return division[1] if division else None


def _divide(text: str, parts: int) -> Division | None:
    """Where `text` divides into `parts` clauses, and the clauses.

    A strong break (. ; : ? ! —) in the middle half of the verse (or near its thirds) wins;
    else the clause break nearest the middle, counting a comma before a conjunction; else, in a
    verse with neither, the comma nearest the middle."""
    strong = _offsets(_STRONG, text)
    clause = strong + _offsets(_WEAK, text)
    return (
        _nearest(text, strong, parts, window=0.5 / parts)
        or _nearest(text, clause, parts, window=None)
        or _nearest(text, clause + _offsets(_ANY_COMMA, text), parts, window=None)
    )


def parts_needed(*letters: str) -> int:
    """How many parts a verse is divided into when a reference cites it with `letters`."""
    return 3 if "c" in letters else 2


def partial_text(text: str, first: str, last: str, parts: int) -> str | None:
    """The text of parts `first`..`last` ("" meaning the verse's own start or end), or None
    when the verse cannot be divided into `parts`."""
    division = _divide(text, parts)
    if division is None:
        return None
    bounds = (0, *division[0], len(text))
    low = PARTS.index(first) if first else 0
    high = PARTS.index(last) if last else parts - 1
    return text[bounds[low] : bounds[high + 1]].strip()
