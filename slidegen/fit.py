"""Measure, wrap, size and split slide text with the theme's real fonts (Pillow FreeType).

Pure: it reads font files and nothing else, writes nothing, never imports python-pptx. Sizes and
widths are in points. A `Box` is the usable text area (the frame minus its insets).

Every decision leans towards "smaller / more pages": text on a projector that overflows its box is
a bug the congregation sees; text one point smaller than it could have been is not.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import os
import re
import struct
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import ImageFont

# The paragraph line-spacing multiple the renderer uses (1.0 = PowerPoint "single").
LINE_SPACING = 1.0
# PowerPoint's single spacing is ~1.2 x the font size (for Calibri: 1.22 = its win/hhea line).
# Pillow's getmetrics() leaves out the line gap (Carlito: 0.75 + 0.25 = 1.0 em), so the font's
# own line is read from its hhea/OS-2 tables and the larger of the two is used.
SINGLE_LINE_EM = 1.2
# Wrap against 97% of the box: PowerPoint and LibreOffice wrap with their own shaping, kerning
# and rounding, which can differ from FreeType's by a percent or so; without this margin a line
# we measured as just fitting could wrap there and push the last line out of the box.
WIDTH_SAFETY = 0.97
# Measure once at 1000 px per em and scale linearly: hinting rounds advances to whole pixels,
# which at 1000 px is noise (< 0.1%).
_REF_PX = 1000
_EPS = 1e-6

SYSTEM_FONT_DIRS: tuple[str, ...] = (
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.fonts",
    "~/.local/share/fonts",
    "/Library/Fonts",
    "/System/Library/Fonts",
    "~/Library/Fonts",
    "C:/Windows/Fonts",
    "~/AppData/Local/Microsoft/Windows/Fonts",
)
_FONT_SUFFIXES = frozenset({".ttf", ".otf", ".ttc"})

# Open fonts with the same advance widths as the usual Office fonts (keys normalised, see _norm).
SUBSTITUTES: dict[str, str] = {
    "calibri": "Carlito",
    "cambria": "Caladea",
    "arial": "Liberation Sans",
    "helvetica": "Liberation Sans",
    "arialnarrow": "Liberation Sans Narrow",
    "timesnewroman": "Liberation Serif",
    "times": "Liberation Serif",
    "couriernew": "Liberation Mono",
    "courier": "Liberation Mono",
    "georgia": "Gelasio",
}

# The conservative estimate, in em per character (regular, bold): for each class the widest
# advance among the Carlito, Caladea, Liberation, DejaVu and URW families (monospaced ones set the
# floor at 0.6 em), plus ~2%. Characters outside these classes get the widest value.
_ESTIMATE_CLASSES: tuple[tuple[str, float, float], ...] = (
    (" \u00a0fijlrstI!\"'()*,-.:;[]_`\u2018\u2019\u2013/", 0.62, 0.62),
    ("vxyz?\\\u201c\u201d", 0.62, 0.68),
    ("ABEFKLPRSTVXYZ", 0.80, 0.89),
    ("CDGHNOQUw&#+<=>^~", 0.92, 1.00),
    ("mMW%@\u2026\u2014", 1.05, 1.16),
)
_ESTIMATE_OTHER = (0.72, 0.76)  # the rest of ASCII: lower case, digits, J k $ { } |
_ESTIMATE_WIDEST = (1.05, 1.16)
_ESTIMATE_LINE_EM = 1.4  # Noto Sans Mono's line is 1.36 em
_SYNTHETIC_BOLD_WIDEN = 1.04  # the renderer fakes bold by thickening strokes, widening glyphs


def _norm(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


# ---- finding fonts ------------------------------------------------------------------------------


@dataclass(frozen=True)
class FontSource:
    """Which font file measures a theme font, and how much to trust it."""

    requested: str
    bold: bool = False
    italic: bool = False
    path: Path | None = None
    face_index: int = 0
    family: str = ""  # the family and style names inside the file
    style: str = ""
    origin: str = "estimate"  # "theme" | "system" | "substitute" | "estimate"
    synthetic: bool = False  # the family lacks the wanted style; the renderer will fake it

    @property
    def description(self) -> str:
        """One sentence for `slidegen check`."""
        label = " ".join([self.requested] + ["Bold"] * self.bold + ["Italic"] * self.italic)
        if self.path is None:
            sub = SUBSTITUTES.get(_norm(self.requested))
            nor = f" (nor its metric-compatible substitute {sub})" if sub else ""
            return f"{label}: not found{nor}; conservative estimate"
        face = f"{self.family} {self.style}" if self.synthetic else self.family
        how = {
            "theme": f"{face} from the theme folder",
            "substitute": f"{face} (metric-compatible)",
        }.get(self.origin, face)
        fake = "; its style is synthesised, so widths are padded" if self.synthetic else ""
        return f"{label}: measured with {how} {self.path}{fake}"

    def __str__(self) -> str:
        return self.description


@functools.cache
def _font_files(dirs: tuple[str, ...]) -> tuple[Path, ...]:
    """Every font file under `dirs` (walked once per process; names only, nothing opened)."""
    found: list[Path] = []
    for d in dirs:
        root = Path(d).expanduser()
        if not root.is_dir():
            continue
        for parent, _subdirs, names in sorted(os.walk(root)):
            found += [
                Path(parent, n) for n in sorted(names) if Path(n).suffix.lower() in _FONT_SUFFIXES
            ]
    return tuple(found)


@functools.cache
def _faces(path: Path) -> tuple[tuple[int, str, str], ...]:
    """(face index, family, style) of each face in a font file; () when unreadable."""
    faces = []
    for index in range(64 if path.suffix.lower() == ".ttc" else 1):
        try:
            family, style = ImageFont.truetype(str(path), 10, index=index).getname()
        except OSError:
            break
        faces.append((index, family or "", style or ""))
    return tuple(faces)


def _style_score(style: str, bold: bool, italic: bool) -> tuple[int, bool]:
    words = set(re.findall(r"[a-z]+", style.lower()))
    is_bold, is_italic = "bold" in words, bool(words & {"italic", "oblique"})
    extra = words - {"bold", "italic", "oblique", "regular", "roman", "book", "normal"}
    exact = is_bold == bold and is_italic == italic
    return 2 * (is_bold == bold) + 2 * (is_italic == italic) - len(extra), exact


def _match(family: str, bold: bool, italic: bool, files: Sequence[Path]) -> FontSource | None:
    key = _norm(family)
    best: tuple[int, FontSource] | None = None
    for path in files:
        for index, fam, style in _faces(path):
            if _norm(fam + style) == key:  # "Segoe UI Semibold" names a face, not a family
                score, synthetic = 99, False
            elif _norm(fam) == key:
                score, exact = _style_score(style, bold, italic)
                synthetic = not exact
            else:
                continue
            if best is None or score > best[0]:
                source = FontSource(
                    family, bold, italic, path, index, fam, style, synthetic=synthetic
                )
                best = (score, source)
    return best[1] if best else None


def _search(family: str, bold: bool, italic: bool, dirs: tuple[str, ...]) -> FontSource | None:
    files = _font_files(dirs)
    # Open only files whose name could be the family's ("calibrib.ttf", "Carlito-Bold.ttf"), then
    # everything (a family whose files are named otherwise, e.g. GOTHIC.TTF): _faces caches it.
    prefix = _norm(family)[:4]
    likely = [p for p in files if _norm(p.stem).startswith(prefix)]
    return _match(family, bold, italic, likely) or _match(family, bold, italic, files)


def find_font(
    family: str, *, bold: bool = False, italic: bool = False, search_dirs: Sequence[Path] = ()
) -> FontSource:
    """The file to measure `family` with: the theme's folder, then the system, then a substitute."""
    return _find_font(family.strip(), bold, italic, tuple(str(d) for d in search_dirs))


@functools.lru_cache(maxsize=256)
def _find_font(family: str, bold: bool, italic: bool, theme_dirs: tuple[str, ...]) -> FontSource:
    substitute = SUBSTITUTES.get(_norm(family))
    for name, origin in ((family, ""), (substitute, "substitute")):
        if not name:
            continue
        for dirs, where in ((theme_dirs, "theme"), (SYSTEM_FONT_DIRS, "system")):
            found = _search(name, bold, italic, dirs) if dirs else None
            if found:
                return dataclasses.replace(found, requested=family, origin=origin or where)
    return FontSource(family, bold, italic)


def _font_line_em(path: Path, index: int) -> float:
    """The font's own single line in em: max(hhea ascent+descent+gap, OS/2 winAscent+winDescent)."""
    with path.open("rb") as f:

        def read(offset: int, size: int) -> bytes:
            f.seek(offset)
            return f.read(size)

        base = 0
        if read(0, 4) == b"ttcf":
            (base,) = struct.unpack(">I", read(12 + 4 * index, 4))
        (count,) = struct.unpack(">H", read(base + 4, 2))
        directory = read(base + 12, 16 * count)
        tables = {}
        for i in range(count):
            tag, _checksum, offset, length = struct.unpack_from(">4sIII", directory, 16 * i)
            tables[tag] = (offset, length)
        (units,) = struct.unpack(">H", read(tables[b"head"][0] + 18, 2))
        ascent, descent, gap = struct.unpack(">hhh", read(tables[b"hhea"][0] + 4, 6))
        line = ascent - descent + gap
        if b"OS/2" in tables and tables[b"OS/2"][1] >= 78:
            win_ascent, win_descent = struct.unpack(">HH", read(tables[b"OS/2"][0] + 74, 4))
            line = max(line, win_ascent + win_descent)
    return line / units


# ---- measuring ----------------------------------------------------------------------------------


def _estimate_em(char: str, bold: bool) -> float:
    base = unicodedata.normalize("NFD", char)[:1] or char  # "é" is as wide as "e"
    for chars, regular, heavy in _ESTIMATE_CLASSES:
        if base in chars:
            return heavy if bold else regular
    if " " < base < "\x7f":
        return _ESTIMATE_OTHER[bold]
    return _ESTIMATE_WIDEST[bold]


class Measurer:
    """Widths and line heights of one font (family + style), at any size, in points."""

    def __init__(self, source: FontSource) -> None:
        self.source = source
        self._font: ImageFont.FreeTypeFont | None = None
        self._widen = 1.0
        self._line_em = _ESTIMATE_LINE_EM
        if source.path is not None:
            # BASIC layout: kerning from the 'kern' table only, no ligatures, which is never
            # narrower than what PowerPoint draws with its default settings.
            self._font = ImageFont.truetype(
                str(source.path),
                _REF_PX,
                index=source.face_index,
                layout_engine=ImageFont.Layout.BASIC,
            )
            ascent, descent = self._font.getmetrics()
            line_em = (ascent + descent) / _REF_PX
            # Not an sfnt we can read: getmetrics() and the 1.2 floor stand.
            with contextlib.suppress(OSError, KeyError, struct.error):
                line_em = max(line_em, _font_line_em(source.path, source.face_index))
            self._line_em = max(SINGLE_LINE_EM, line_em)
            if source.synthetic and source.bold:
                self._widen = _SYNTHETIC_BOLD_WIDEN
        self._word_em: dict[str, float] = {}

    @classmethod
    def for_font(
        cls,
        family: str,
        *,
        bold: bool = False,
        italic: bool = False,
        search_dirs: Sequence[Path] = (),
    ) -> Measurer:
        """The shared measurer for a theme font (one per process, so word widths are reused)."""
        return _measurer(family.strip(), bold, italic, tuple(str(d) for d in search_dirs))

    def _em(self, word: str) -> float:
        em = self._word_em.get(word)
        if em is None:
            if self._font is None:
                em = sum(_estimate_em(c, self.source.bold) for c in word)
            else:
                em = self._font.getlength(word) / _REF_PX * self._widen
            self._word_em[word] = em
        return em

    def width(self, text: str, size_pt: float) -> float:
        """Width of one line of text; sums cached word widths (kerning across spaces is ignored)."""
        words = text.split(" ")
        return size_pt * (sum(map(self._em, words)) + (len(words) - 1) * self._em(" "))

    def line_height(self, size_pt: float) -> float:
        return size_pt * self._line_em * LINE_SPACING


@functools.lru_cache(maxsize=64)
def _measurer(family: str, bold: bool, italic: bool, search_dirs: tuple[str, ...]) -> Measurer:
    dirs = tuple(map(Path, search_dirs))
    return Measurer(find_font(family, bold=bold, italic=italic, search_dirs=dirs))


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
_BREAKABLE_SPACE = re.compile(r"[ \t\f]+")  # not \u00a0: "7\u00a0In" must stay together


def _wrap(text: str, measurer: Measurer, max_em: float) -> tuple[list[str], float]:
    """Greedy wrap in em units (sizes scale linearly); returns the lines and the widest one."""
    em = measurer._em  # words hold no breakable space, so their cached widths add up exactly
    space = em(" ")
    lines: list[str] = []
    widest = 0.0
    for paragraph in _PARAGRAPH_BREAK.split(text):
        line: list[str] = []
        line_em = 0.0
        for word in _BREAKABLE_SPACE.split(paragraph):
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


def wrap(text: str, measurer: Measurer, size_pt: float, max_width_pt: float) -> list[str]:
    """Greedy word wrap by measured width; never cuts a word (an over-wide one stays alone)."""
    return _wrap(text, measurer, max_width_pt / size_pt)[0]


def fits(lines: Sequence[str], measurer: Measurer, size_pt: float, box: Box) -> bool:
    """Whether wrapped lines fit the box (width with the safety margin) at this size."""
    if len(lines) * measurer.line_height(size_pt) > box.height_pt + _EPS:
        return False
    limit = box.width_pt * WIDTH_SAFETY + _EPS
    return all(measurer.width(line, size_pt) <= limit for line in lines)


def _layout(text: str, measurer: Measurer, size_pt: float, box: Box) -> tuple[list[str], bool]:
    """Wrap at this size; whether the result fits (same test as `fits`, without re-measuring)."""
    lines, widest = _wrap(text, measurer, box.width_pt * WIDTH_SAFETY / size_pt)
    tall = len(lines) * measurer.line_height(size_pt) > box.height_pt + _EPS
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
# text before), and last between any two words.
_SPLIT_LEVELS = (
    re.compile(r"[.?!][\"'\u201d\u2019)\]]*([ \t\n\r\v]+)"),
    re.compile(r"[;:][\"'\u201d\u2019)\]]*([ \t\n\r\v]+)"),
    re.compile(r"[,\u2014][\"'\u201d\u2019)\]]*([ \t\n\r\v]+)"),
    re.compile(r"\S([ \t\n\r\v]+)"),
)

_Unit = tuple[int, int, int]  # chunk index, start, end


def _spans(text: str, start: int, end: int, level: int) -> list[tuple[int, int]]:
    spans, at = [], start
    for m in _SPLIT_LEVELS[level].finditer(text, start, end):
        spans.append((at, m.start(1)))
        at = m.end(1)
    return [*spans, (at, end)]


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
                self._cut(index, start, end, 0, min_pt)
        self._cache: dict[tuple[int, int, float], tuple[list[str], bool]] = {}
        self._first: dict[int, int] = {}  # where each chunk's text starts and ends
        self._last: dict[int, int] = {}
        for index, start, end in self.units:
            self._first.setdefault(index, start)
            self._last[index] = end

    def _cut(self, index: int, start: int, end: int, level: int, min_pt: float) -> None:
        text = self.chunks[index]
        if (
            level == len(_SPLIT_LEVELS)
            or _layout(text[start:end], self.measurer, min_pt, self.box)[1]
        ):
            self.units.append((index, start, end))
            return
        for s, e in _spans(text, start, end, level):
            self._cut(index, s, e, level + 1, min_pt)

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
    words. Pieces never drop text: each is a slice of its chunk, and between slices is whitespace.
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
