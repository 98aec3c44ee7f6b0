"""Wrap, size, paginate and split slide text using measurements from `fonts`.

Sizes and widths are in points. A `Box` is the usable text area (the frame minus its insets).
Every decision leans towards "smaller / more pages": text on a projector that overflows its box is
a bug the congregation sees; text one point smaller than it could have been is not.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from slidegen.fit.breaks import (
    BREAKABLE_SPACE,
    Segment,
    has_wide,
    is_hangul,
    join,
    parts,
    segments,
    syllables,
)
from slidegen.fit.fonts import Measurer

# Wrap against 97% of the box: PowerPoint and LibreOffice wrap with their own shaping, kerning
# and rounding, which can differ from FreeType's by a percent or so; without this margin a line
# we measured as just fitting could wrap there and push the last line out of the box.
WIDTH_SAFETY = 0.97
_EPS = 1e-6


# ---- wrapping and sizing ------------------------------------------------------------------------


@dataclass(frozen=True)
class Box:
    width_pt: float
    height_pt: float


@dataclass(frozen=True)
class Fit:
    size_pt: float
    lines: tuple[str, ...]


_PARAGRAPH_BREAK = re.compile(r"\r\n|[\n\r\v\u2028\u2029]")  # \v is python-pptx's line break


def _wrap(text: str, measurer: Measurer, max_em: float) -> tuple[list[str], float]:
    """Greedy wrap in em units (sizes scale linearly); returns the lines and the widest one."""
    lines: list[str] = []
    widest = 0.0
    em = measurer.word_em  # words hold no breakable space, so their cached widths add up exactly
    space = em(" ")
    for paragraph in _PARAGRAPH_BREAK.split(text):
        if has_wide(paragraph):
            found, most = _wrap_east_asian(paragraph, measurer, max_em)
            lines += found
            widest = max(widest, most)
            continue
        line: list[str] = []
        line_em = 0.0
        for word in BREAKABLE_SPACE.split(paragraph):
            if not word:
                continue
            width = em(word)
            if line and line_em + space + width > max_em + _EPS:
                lines.append(" ".join(line))
                widest = max(widest, line_em)
                line, line_em = [], 0.0
            line_em += (space if line else 0.0) + width
            line.append(word)
        lines.append(" ".join(line))
        widest = max(widest, line_em)
    return lines, widest


def _wrap_east_asian(paragraph: str, measurer: Measurer, max_em: float) -> tuple[list[str], float]:
    """A paragraph with CJK text, wrapped by segments (`breaks`): a word, or a Chinese or
    Japanese character with the punctuation that may not be parted from it; measured as East
    Asian text (`Measurer.word_em`). A Korean word wider than a whole line is cut between
    syllables; any other over-wide word stays alone on its line."""
    space = measurer.space_em(east_asian=True)
    lines: list[str] = []
    widest = 0.0
    line: list[Segment] = []
    line_em = 0.0
    pending = segments(paragraph)[::-1]
    while pending:
        segment = pending.pop()
        width = measurer.word_em(segment.text, east_asian=True)
        if width > max_em + _EPS and any(map(is_hangul, segment.text)):
            parts = syllables(segment.text)
            if len(parts) > 1:
                pending += [
                    Segment(part, segment.spaced and not i) for i, part in enumerate(parts)
                ][::-1]
                continue
        gap = space if line and segment.spaced else 0.0
        if line and line_em + gap + width > max_em + _EPS:
            lines.append(join(line))
            widest = max(widest, line_em)
            line, line_em, gap = [], 0.0, 0.0
        line_em += gap + width
        line.append(segment)
    lines.append(join(line))
    return lines, max(widest, line_em)


def wrap(text: str, measurer: Measurer, size_pt: float, max_width_pt: float) -> list[str]:
    """Greedy word wrap by measured width; never cuts a word (an over-wide one stays alone)."""
    return _wrap(text, measurer, max_width_pt / size_pt)[0]


def fits(lines: Sequence[str], measurer: Measurer, size_pt: float, box: Box) -> bool:
    """Whether wrapped lines fit the box (width with the safety margin) at this size."""
    east_asian = any(map(has_wide, lines))
    if len(lines) * measurer.line_height(size_pt, east_asian) > box.height_pt + _EPS:
        return False
    limit = box.width_pt * WIDTH_SAFETY + _EPS
    return all(measurer.width(line, size_pt) <= limit for line in lines)


def _layout(text: str, measurer: Measurer, size_pt: float, box: Box) -> tuple[list[str], bool]:
    """Wrap at this size; whether the result fits (same test as `fits`, without re-measuring)."""
    lines, widest = _wrap(text, measurer, box.width_pt * WIDTH_SAFETY / size_pt)
    tall = len(lines) * measurer.line_height(size_pt, has_wide(text)) > box.height_pt + _EPS
    wide = widest * size_pt > box.width_pt * WIDTH_SAFETY + _EPS
    return lines, not (tall or wide)


def _sizes(max_pt: float, min_pt: float, step: float) -> list[float]:
    if step <= 0 or min_pt <= 0 or max_pt < min_pt:
        raise ValueError(f"need 0 < min_pt <= max_pt and step > 0, got {min_pt}, {max_pt}, {step}")
    sizes = [round(max_pt - i * step, 2) for i in range(int((max_pt - min_pt) / step + _EPS) + 1)]
    return sizes if sizes[-1] <= min_pt + _EPS else [*sizes, min_pt]


def _largest(sizes: list[float], ok: Callable[[float], bool]) -> float | None:
    """The first size in the descending list that is ok; `ok` must hold for all smaller sizes."""
    low, high = 0, len(sizes)  # binary search: every size from `high` on is ok
    while low < high:
        mid = (low + high) // 2
        if ok(sizes[mid]):
            high = mid
        else:
            low = mid + 1
    return sizes[high] if high < len(sizes) else None


def fit_text(
    text: str, measurer: Measurer, box: Box, max_pt: float, min_pt: float, step: float = 1.0
) -> Fit | None:
    """The largest size (max_pt down to min_pt by step) at which the text fits; None if none."""
    # Greedy wrapping is monotone (narrower glyphs never need more lines), so bisect the sizes.
    size = _largest(_sizes(max_pt, min_pt, step), lambda s: _layout(text, measurer, s, box)[1])
    return None if size is None else Fit(size, tuple(_layout(text, measurer, size, box)[0]))


# ---- pagination ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class Piece:
    """Part (or all) of one chunk on a page: `text == chunks[chunk_index][start:end]`."""

    chunk_index: int
    text: str
    start: int
    end: int
    is_continuation: bool  # an earlier page holds the chunk's beginning
    continues: bool  # a later page holds the rest


@dataclass(frozen=True)
class Page:
    size_pt: float
    pieces: tuple[Piece, ...]
    text: str  # the pieces joined with the joiner: what goes in the text box
    lines: tuple[str, ...]  # how we wrapped it
    fits: bool  # False only for a single word wider than the box

    @property
    def chunk_indices(self) -> tuple[int, ...]:
        return tuple(p.chunk_index for p in self.pieces)


# Split points, best first: after a sentence, a clause, a comma (closing quotes stay with the
# text before), and last between any two words. Chinese and Japanese punctuation ends a sentence
# or clause with no space after it: the cut is then between two characters.
_WS = r"[ \t\n\r\v]+"
_CLOSERS = "\"'\u201d\u2019)\\]"
_CJK_CLOSERS = "\u201d\u2019\u300d\u300f\uff09\u3011\u3015\u300b\u3009"  # ”’」』）】〕》〉


def _level(latin: str, cjk: str) -> re.Pattern[str]:
    return re.compile(
        rf"[{latin}][{_CLOSERS}]*({_WS})|[{cjk}][{_CJK_CLOSERS}]*(?:({_WS})|()(?=\S))"
    )


_SPLIT_LEVELS = (
    _level(".?!", "\u3002\uff01\uff1f"),  # 。！？
    _level(";:", "\uff1b\uff1a"),  # ；：
    _level(",\u2014", "\uff0c\u3001"),  # ，、
)

_Unit = tuple[int, int, int]  # chunk index, start, end


def _spans(text: str, start: int, end: int, level: int) -> list[tuple[int, int]]:
    """text[start:end] cut at the level's split points (the whitespace there left out); the
    last level cuts wherever a line may break (`breaks`)."""
    if level == len(_SPLIT_LEVELS):
        return _segment_spans(text, start, end)
    spans, at = [], start
    for m in _SPLIT_LEVELS[level].finditer(text, start, end):
        cut = m.lastindex or 0
        spans.append((at, m.start(cut)))
        at = m.end(cut)
    return [*spans, (at, end)]


_WORD = re.compile(r"[^ \t\n\r\v\f]+")  # \u00a0 is not a split point


def _segment_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    for word in _WORD.finditer(text, start, end):
        at = word.start()
        for part in parts(word.group()):
            spans.append((at, at + len(part)))
            at += len(part)
    return spans


class _Packer:
    """Cuts chunks into units and lays runs of units out on pages (results cached per call)."""

    def __init__(
        self, chunks: Sequence[str], measurer: Measurer, box: Box, min_pt: float, joiner: str
    ) -> None:
        self.chunks, self.measurer, self.box, self.joiner = chunks, measurer, box, joiner
        self.min_pt = min_pt
        self.units: list[_Unit] = []
        for index, chunk in enumerate(chunks):
            start = len(chunk) - len(chunk.lstrip())
            end = len(chunk.rstrip())
            if start < end:
                self._cut(index, start, end, 0)
        self._cache: dict[tuple[int, int, float], tuple[list[str], bool]] = {}
        self._first: dict[int, int] = {}  # where each chunk's text starts and ends
        self._last: dict[int, int] = {}
        for index, start, end in self.units:
            self._first.setdefault(index, start)
            self._last[index] = end

    def _cut(self, index: int, start: int, end: int, level: int) -> None:
        """Split a chunk's text at ever finer boundaries until each unit fits at the minimum."""
        text = self.chunks[index]
        if (
            level > len(_SPLIT_LEVELS)
            or _layout(text[start:end], self.measurer, self.min_pt, self.box)[1]
        ):
            self.units.append((index, start, end))
            return
        for s, e in _spans(text, start, end, level):
            self._cut(index, s, e, level + 1)

    def pieces(self, i: int, j: int) -> tuple[Piece, ...]:
        runs: list[list[int]] = []  # consecutive units of one chunk share a piece
        for index, start, end in self.units[i:j]:
            if runs and runs[-1][0] == index:
                runs[-1][2] = end
            else:
                runs.append([index, start, end])
        first, last = self._first, self._last
        return tuple(
            Piece(c, self.chunks[c][s:e], s, e, s > first[c], e < last[c]) for c, s, e in runs
        )

    def layout(self, i: int, j: int, size: float) -> tuple[list[str], bool]:
        key = (i, j, size)
        if key not in self._cache:
            text = self.joiner.join(p.text for p in self.pieces(i, j))
            self._cache[key] = _layout(text, self.measurer, size, self.box)
        return self._cache[key]

    def page(self, i: int, j: int, size: float) -> Page:
        pieces = self.pieces(i, j)
        lines, ok = self.layout(i, j, size)
        return Page(size, pieces, self.joiner.join(p.text for p in pieces), tuple(lines), ok)

    def allowed(self, i: int, j: int, size: float) -> bool:
        """Whether units i..j may share a page: they fit, or are one unit that never fits."""
        if self.layout(i, j, size)[1]:
            return True
        return j == i + 1 and not self.layout(i, j, self.min_pt)[1]

    def count(self, size: float) -> int:
        """Fewest pages at this size: greedy packing is optimal for runs in order."""
        pages, i, n = 0, 0, len(self.units)
        while i < n:
            if not self.allowed(i, i + 1, size):
                return n + 1  # a unit that fits at min_pt does not fit at this size
            j = i + 1
            while j < n and self.layout(i, j + 1, size)[1]:
                j += 1
            pages, i = pages + 1, j
        return pages

    def balance(self, size: float, pages: int) -> list[tuple[int, int]]:
        """`pages` runs, each fitting, with the fullest page as empty as it can be, then the
        lines spread as evenly as possible (least sum of squares) — no lone short last page."""
        n, inf = len(self.units), float("inf")
        options: list[list[tuple[int, int]]] = [[] for _ in range(n + 1)]  # (start, lines)
        for j in range(1, n + 1):
            for i in range(j - 1, -1, -1):
                if not self.allowed(i, j, size):
                    break  # a longer run fits no better
                options[j].append((i, len(self.layout(i, j, size)[0])))

        def solve(cost: Callable[[float, int], float], limit: float) -> list[list[tuple]]:
            best = [[(inf, -1)] * (n + 1) for _ in range(pages + 1)]
            best[0][0] = (0.0, -1)
            for p in range(1, pages + 1):
                for j in range(1, n + 1):
                    for i, lines in options[j]:
                        prior = best[p - 1][i][0]
                        if lines <= limit and prior < inf and cost(prior, lines) < best[p][j][0]:
                            best[p][j] = (cost(prior, lines), i)
            return best

        fullest = solve(lambda prior, lines: max(prior, lines), inf)[pages][n][0]
        best = solve(lambda prior, lines: prior + lines * lines, fullest)
        bounds, j = [], n
        for p in range(pages, 0, -1):
            i = best[p][j][1]
            bounds.append((i, j))
            j = i
        return bounds[::-1]


def paginate(
    chunks: Sequence[str],
    measurer: Measurer,
    box: Box,
    max_pt: float,
    min_pt: float,
    *,
    joiner: str = " ",
    step: float = 1.0,
) -> list[Page]:
    """Lay verses (chunks) out on as few pages as fit at min_pt, at the largest size that keeps
    that page count, balanced. A chunk too long for a page is cut at sentences, then clauses, then
    words (or between Chinese characters). Pieces never drop text: each is a slice of its chunk,
    and between slices is whitespace or nothing (a cut inside Chinese text).
    """
    sizes = _sizes(max_pt, min_pt, step)
    packer = _Packer(chunks, measurer, box, min_pt, joiner)
    n = len(packer.units)
    if n == 0:
        return []
    one_page = _largest(sizes, lambda s: packer.layout(0, n, s)[1])
    if one_page is not None:
        return [packer.page(0, n, one_page)]
    pages = packer.count(min_pt)
    size = _largest(sizes, lambda s: packer.count(s) <= pages) or min_pt
    return [packer.page(i, j, size) for i, j in packer.balance(size, pages)]


def split_text(text: str, measurer: Measurer, box: Box, min_pt: float) -> list[str]:
    """Long point text as continuation pages, cut at sentences, clauses, then words; each page
    fits at min_pt (but for a single word wider than the box)."""
    return [page.text for page in paginate([text], measurer, box, min_pt, min_pt)]
