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


# The same for a serif theme face (Cambria, Georgia…): Chinese Bibles are printed in Song (Ming)
# faces, Korean ones in Myeongjo (Batang); a sans face when the system has no serif one.
_SERIF_HAN_FIRST = (
    "Noto Serif CJK SC",
    "Source Han Serif SC",
    "Noto Serif SC",
    "SimSun",
    "Songti SC",
    "STSong",
    "AR PL UMing CN",
    "Noto Serif CJK TC",
    "PMingLiU",
    "Noto Serif CJK JP",
)
_SERIF_HANGUL_FIRST = (
    "Noto Serif CJK KR",
    "Source Han Serif K",
    "Source Han Serif KR",
    "Noto Serif KR",
    "Batang",
    "AppleMyungjo",
    "NanumMyeongjo",
    "UnBatang",
)


@functools.lru_cache(maxsize=64)
def is_serif(path: Path | None, index: int = 0) -> bool:
    """Whether a face has serifs, as its OS/2 PANOSE says (Latin text, serif styles 2-10)."""
    if path is None:
        return False
    from fontTools.ttLib import TTFont, TTLibError

    try:
        with TTFont(path, fontNumber=index, lazy=True) as font:
            panose = font["OS/2"].panose
            return bool(panose.bFamilyType == 2 and 2 <= panose.bSerifStyle <= 10)
    except (OSError, TTLibError, KeyError, AssertionError, AttributeError):
        return False


@functools.lru_cache(maxsize=16)
def _first_found(families: tuple[str, ...], bold: bool, italic: bool) -> FontSource | None:
    for family in families:
        found = search_family(family, bold, italic, SYSTEM_FONT_DIRS)
        if found is not None:
            return found
    return None


# Traditional characters (Taiwan, Hong Kong) drawn with their own region's forms.
_TRADITIONAL_FIRST = (
    "Noto Sans CJK TC",
    "Source Han Sans TC",
    "Noto Sans TC",
    "Microsoft JhengHei",
    "PingFang TC",
)
_SERIF_TRADITIONAL_FIRST = ("Noto Serif CJK TC", "Source Han Serif TC", "PMingLiU", "Songti TC")


def _order(korean: bool, serif: bool, traditional: bool = False) -> tuple[str, ...]:
    han: tuple[str, ...] = _HAN_FIRST
    hangul: tuple[str, ...] = _HANGUL_FIRST
    if traditional:
        han = _TRADITIONAL_FIRST + han
    if serif:
        han = (_SERIF_TRADITIONAL_FIRST if traditional else ()) + _SERIF_HAN_FIRST + han
        hangul = _SERIF_HANGUL_FIRST + hangul
    return hangul + han if korean else han + hangul


def _is_traditional(text: str) -> bool:
    """Whether Chinese `text` is written in traditional characters (hanzidentifier knows which
    characters each script has; text both scripts share counts as simplified)."""
    import hanzidentifier  # only for Chinese text

    return bool(hanzidentifier.identify(text) == hanzidentifier.TRADITIONAL)


def fallback_for(text: str, theme_face: FontSource) -> FontSource | None:
    """The face that draws `text`'s characters the theme's face lacks: a Korean one for text
    with Hangul, else a Chinese one (traditional forms for traditional text), with serifs if
    the theme's face has them, in its weight; None when this system has no CJK face."""
    korean = any(map(is_hangul, text))
    serif = is_serif(theme_face.path, theme_face.face_index)
    traditional = not korean and _is_traditional(text)
    return _first_found(_order(korean, serif, traditional), theme_face.bold, theme_face.italic)


def fallbacks(theme_face: FontSource) -> tuple[FontSource, ...]:
    """Every face `fallback_for` may choose (one to three: Korean, simplified, traditional): a
    character is measured as the widest of them, and a line as the tallest, so whichever draws
    it, it fits."""
    serif = is_serif(theme_face.path, theme_face.face_index)
    faces = (
        _first_found(_order(korean, serif, traditional), theme_face.bold, theme_face.italic)
        for korean, traditional in ((True, False), (False, False), (False, True))
    )
    return tuple(dict.fromkeys(face for face in faces if face is not None))
