"""Measure, wrap, size and split slide text with the theme's real fonts (Pillow FreeType).

`fonts` finds the file that measures a theme font and measures words with it (`fallback`: the
CJK face for the characters it lacks); `breaks` says where a line may end; `layout` wraps, sizes,
paginates and splits text with those measurements. Pure: reads font files,
writes nothing, never imports python-pptx. The planner uses this package as `fit.<name>`.
"""

from slidegen.fit.fonts import (
    LINE_SPACING,
    SINGLE_LINE_EM,
    SUBSTITUTES,
    SYSTEM_FONT_DIRS,
    FontSource,
    Measurer,
    find_font,
)
from slidegen.fit.layout import (
    WIDTH_SAFETY,
    Box,
    Fit,
    Page,
    Piece,
    fit_text,
    fits,
    paginate,
    split_text,
    wrap,
)

__all__ = [
    "LINE_SPACING",
    "SINGLE_LINE_EM",
    "SUBSTITUTES",
    "SYSTEM_FONT_DIRS",
    "WIDTH_SAFETY",
    "Box",
    "Fit",
    "FontSource",
    "Measurer",
    "Page",
    "Piece",
    "find_font",
    "fit_text",
    "fits",
    "paginate",
    "split_text",
    "wrap",
]
