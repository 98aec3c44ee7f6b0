"""Find a theme font's file and measure text with it (Pillow FreeType), in points.

Pure: it reads font files and nothing else. A font that cannot be found is measured with a
conservative estimate, never narrower than the real thing, so fitting errs towards smaller text.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import os
import re
import struct
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PIL import ImageFont

from slidegen.fit.breaks import has_wide, is_wide

# The paragraph line-spacing multiple the renderer uses (1.0 = PowerPoint "single").
LINE_SPACING = 1.0
# PowerPoint's single spacing is ~1.2 x the font size (for Calibri: 1.22 = its win/hhea line).
# Pillow's getmetrics() leaves out the line gap (Carlito: 0.75 + 0.25 = 1.0 em), so the font's
# own line is read from its hhea/OS-2 tables and the larger of the two is used.
SINGLE_LINE_EM = 1.2
# Measure once at 1000 px per em and scale linearly: hinting rounds advances to whole pixels,
# which at 1000 px is noise (< 0.1%).
_REF_PX = 1000

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
def _font_files(dirs: tuple[str, ...], confined: bool = False) -> tuple[Path, ...]:
    """Every font file under `dirs` (walked once per process; names only, nothing opened).

    Only regular files count (opening a FIFO named x.ttf would wait forever); `confined` (a
    theme's folder, from whoever sent it) also drops symlinks that lead out of their folder."""
    found: list[Path] = []
    for d in dirs:
        root = Path(d).expanduser()
        if not root.is_dir():
            continue
        for parent, _subdirs, names in sorted(os.walk(root)):
            found += [
                path
                for path in (Path(parent, n) for n in sorted(names))
                if path.suffix.lower() in _FONT_SUFFIXES
                and path.is_file()
                and (not confined or path.resolve().is_relative_to(root.resolve()))
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


def search_family(
    family: str, bold: bool, italic: bool, dirs: tuple[str, ...]
) -> FontSource | None:
    """The face of `family` in the wanted style among the font files under `dirs`, if any."""
    files = _font_files(dirs, confined=dirs != SYSTEM_FONT_DIRS)
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
            found = search_family(name, bold, italic, dirs) if dirs else None
            if found:
                return dataclasses.replace(found, requested=family, origin=origin or where)
    return FontSource(family, bold, italic)


def _font_line_em(path: Path, index: int) -> float:
    """The font's own single line in em: max(hhea ascent+descent+gap, OS/2 winAscent+winDescent)."""
    return font_vertical_metrics(path, index)[1]


def font_vertical_metrics(path: Path, index: int = 0) -> tuple[float, float]:
    """(baseline, line) in em from the font's tables: the baseline's depth below the top of a
    line, max(hhea ascent + line gap, OS/2 winAscent), and the line as `_font_line_em` says."""
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
        baseline = ascent + gap
        if b"OS/2" in tables and tables[b"OS/2"][1] >= 78:
            win_ascent, win_descent = struct.unpack(">HH", read(tables[b"OS/2"][0] + 74, 4))
            line = max(line, win_ascent + win_descent)
            baseline = max(baseline, win_ascent)
    return baseline / units, line / units


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
        self._char_em: dict[str, float] = {}  # in East Asian text
        self._east_asian_line_em: float | None = None

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

    def word_em(self, word: str, east_asian: bool = False) -> float:
        """Width of one word (no breakable spaces) in em; cached, so sums of words add up.

        `east_asian`: the word is in a paragraph with Chinese, Japanese or Korean characters,
        which renderers draw with an East Asian face (`fallback`), and with it the digits,
        punctuation and spaces beside them; each character is then measured on its own as the
        widest face that may draw it, a wide one never under 1 em."""
        if east_asian:
            return sum(map(self._east_asian_em, word))
        em = self._word_em.get(word)
        if em is None:
            if self._font is None:
                em = sum(_estimate_em(c, self.source.bold) for c in word)
            else:
                em = self._font.getlength(word) / _REF_PX * self._widen
            self._word_em[word] = em
        return em

    def space_em(self, east_asian: bool = False) -> float:
        return self.word_em(" ", east_asian)

    def width(self, text: str, size_pt: float) -> float:
        """Width of one line of text; sums cached word widths (kerning across spaces is ignored)."""
        words = text.split(" ")
        if not has_wide(text):
            return size_pt * (sum(map(self.word_em, words)) + (len(words) - 1) * self.word_em(" "))
        return size_pt * (
            sum(self.word_em(w, east_asian=True) for w in words)
            + (len(words) - 1) * self.space_em(east_asian=True)
        )

    def lacks(self, char: str) -> bool:
        """Whether this face has no glyph for `char` (an estimated face has none)."""
        from slidegen.fit.fallback import covered

        return ord(char) not in covered(self.source.path, self.source.face_index)

    def east_asian_face(self, text: str) -> FontSource | None:
        """The face that draws the wide characters of `text` this face lacks (and measured them);
        None when it has them all, or when this system has no CJK face."""
        from slidegen.fit.fallback import fallback_for

        if text.isascii() or not any(is_wide(c) and self.lacks(c) for c in text):
            return None
        return fallback_for(text, self.source)

    def _east_asian_em(self, char: str) -> float:
        em = self._char_em.get(char)
        if em is None:
            em = self._measure_east_asian(char)
            self._char_em[char] = em
        return em

    def _measure_east_asian(self, char: str) -> float:
        from slidegen.fit.fallback import fallbacks

        own = self.word_em(char)
        wide = is_wide(char)
        if unicodedata.category(char)[0] in "LM" and not wide:
            return own  # a Latin (Greek, Cyrillic…) letter: drawn with the theme's face
        widths = [1.0] if wide else []
        if not (wide and self.lacks(char)):
            widths.append(own)
        for face in fallbacks(self.source):
            # A face that lacks the character adds its .notdef, no wider than 1 em: harmless.
            if face.path is not None:
                widen = _SYNTHETIC_BOLD_WIDEN if face.synthetic and face.bold else 1.0
                advance = _reference_font(face.path, face.face_index).getlength(char)
                widths.append(advance / _REF_PX * widen)
        return max(widths, default=own)

    def line_height(self, size_pt: float, east_asian: bool = False) -> float:
        """One line; in text with CJK characters, as tall as the tallest face that may draw it
        (Noto Sans CJK's line is 1.45 em: presentation programs make room for it)."""
        if east_asian and self._east_asian_line_em is None:
            from slidegen.fit.fallback import fallbacks

            line_em = self._line_em
            for face in fallbacks(self.source):
                if face.path is not None:
                    with contextlib.suppress(OSError, KeyError, struct.error):
                        line_em = max(line_em, _font_line_em(face.path, face.face_index))
            self._east_asian_line_em = line_em
        tallest = self._east_asian_line_em if east_asian else None
        return size_pt * (tallest or self._line_em) * LINE_SPACING


@functools.lru_cache(maxsize=16)
def _reference_font(path: Path, index: int) -> ImageFont.FreeTypeFont:
    """A face at the measuring size, as the theme's faces are measured."""
    return ImageFont.truetype(str(path), _REF_PX, index=index, layout_engine=ImageFont.Layout.BASIC)


@functools.lru_cache(maxsize=64)
def _measurer(family: str, bold: bool, italic: bool, search_dirs: tuple[str, ...]) -> Measurer:
    dirs = tuple(map(Path, search_dirs))
    return Measurer(find_font(family, bold=bold, italic=italic, search_dirs=dirs))
