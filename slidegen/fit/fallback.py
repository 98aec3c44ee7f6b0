"""The faces that draw what a theme's font lacks: Chinese, Japanese and Korean characters.

A Latin theme font (Calibri, Cambria…) has no CJK glyphs. PowerPoint and LibreOffice draw those
characters with an East Asian face instead, so slidegen measures them with one found on this
system (the first of the lists below), names it in the .pptx as the run's East Asian font and
draws it in PNGs. Which characters the theme's face has is read from its cmap (fontTools), once
per face, and only for text that has East Asian wide characters; the CJK faces are taken to have
them (a character one lacks is measured at 1 em all the same).
"""

from __future__ import annotations

import functools
from pathlib import Path

from slidegen.fit.breaks import is_hangul
from slidegen.fit.fonts import SYSTEM_FONT_DIRS, FontSource, search_family

# Faces that cover the CJK ideographs and Hangul, best first. Hangul text prefers a Korean face
# (Korean forms of the shared punctuation); other text a Simplified Chinese one, whose
# punctuation is full width, the widest of the variants. Then what Windows, macOS and Linux
# distributions ship.
_HAN_FIRST = (
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "Noto Sans SC",
    "Microsoft YaHei",
    "PingFang SC",
    "Hiragino Sans GB",
    "WenQuanYi Micro Hei",
    "WenQuanYi Zen Hei",
    "Noto Sans CJK TC",
    "Microsoft JhengHei",
    "Noto Sans CJK JP",
    "Droid Sans Fallback",
)
_HANGUL_FIRST = (
    "Noto Sans CJK KR",
    "Source Han Sans KR",
    "Source Han Sans K",
    "Noto Sans KR",
    "Malgun Gothic",
    "Apple SD Gothic Neo",
    "NanumGothic",
    "UnDotum",
)


@functools.lru_cache(maxsize=64)
def covered(path: Path | None, index: int = 0) -> frozenset[int]:
    """The code points a face has glyphs for (empty when it has no file or is unreadable)."""
    if path is None:
        return frozenset()
    from fontTools.ttLib import TTFont, TTLibError  # slow to import; only CJK text needs it

    try:
        with TTFont(path, fontNumber=index, lazy=True) as font:
            # Only code points matter: numbered glyph names spare reading the real ones (from a
            # CJK font's CFF table, a second and more).
            font.setGlyphOrder([f"g{i}" for i in range(font["maxp"].numGlyphs)])
            return frozenset(font.getBestCmap() or {})
    except (OSError, TTLibError, KeyError, AssertionError):
        return frozenset()


@functools.lru_cache(maxsize=8)
def _first_found(families: tuple[str, ...], bold: bool, italic: bool) -> FontSource | None:
    for family in families:
        found = search_family(family, bold, italic, SYSTEM_FONT_DIRS)
        if found is not None:
            return found
    return None


def fallback_for(text: str, bold: bool, italic: bool) -> FontSource | None:
    """The face that draws `text`'s characters a Latin font lacks: a Korean one for text with
    Hangul, else a Chinese one; None when this system has no CJK face."""
    korean = any(map(is_hangul, text))
    order = _HANGUL_FIRST + _HAN_FIRST if korean else _HAN_FIRST + _HANGUL_FIRST
    return _first_found(order, bold, italic)


def fallbacks(bold: bool, italic: bool) -> tuple[FontSource, ...]:
    """Every face `fallback_for` may choose (one or two): a character is measured as the widest
    of them, so whichever draws it, it fits."""
    faces = (_first_found(_HANGUL_FIRST + _HAN_FIRST, bold, italic),) + (
        _first_found(_HAN_FIRST + _HANGUL_FIRST, bold, italic),
    )
    return tuple(dict.fromkeys(face for face in faces if face is not None))
