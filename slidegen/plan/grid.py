"""The slide grid: where each kind of slide puts each of its parts, declared once.

Every region is a band across the slide between two fractions of its height (so 16:9 and 4:3
share one grid), and every rule (the short accent bar) sits at one fraction. `Grid` turns them
into points for one theme's slide size, within the height a church template leaves free
(`layout.Layout.region`); the planner asks for a kind's region by name and never writes a
fraction of its own. Adding a slide kind means adding its regions here, its rule
in `slides.Planner`, and tests.
"""

from __future__ import annotations

from dataclasses import dataclass

from slidegen.model import SlideKind


@dataclass(frozen=True)
class Band:
    """A horizontal band from `top` to `bottom`, as fractions of the slide's height."""

    top: float
    bottom: float


# Each kind's regions, top to bottom; "rule" is where its accent bar's top edge sits.
REGIONS: dict[SlideKind, dict[str, Band]] = {
    SlideKind.TITLE: {
        "series": Band(0.14, 0.22),
        "heading": Band(0.26, 0.60),
        "rule": Band(0.615, 0.615),
        "subtitle": Band(0.63, 0.73),
        "passage": Band(0.74, 0.82),
        "meta": Band(0.83, 0.91),
    },
    SlideKind.SECTION: {
        "number": Band(0.14, 0.24),
        "rule": Band(0.26, 0.26),
        "heading": Band(0.30, 0.70),
        "passage": Band(0.73, 0.82),
    },
    SlideKind.POINT: {
        "kicker": Band(0.06, 0.19),
        "rule": Band(0.205, 0.205),
        "body": Band(0.25, 0.88),
    },
    SlideKind.VERSE: {
        "label": Band(0.05, 0.14),
        "body": Band(0.18, 0.90),
    },
    SlideKind.CLOSING: {
        "heading": Band(0.14, 0.40),
        "rule": Band(0.43, 0.43),
        "recap": Band(0.46, 0.86),
        "passage": Band(0.87, 0.95),
    },
}

# Lower thirds: a 1920×1080 frame (960×540 points) whatever the slides' shape; the panel keeps
# inside the title-safe area (96 px from the sides, 54 px from the bottom), and its text keeps
# this far inside the panel.
FRAME_PT = (960.0, 540.0)
TITLE_SAFE_SIDE_PT = 48.0
TITLE_SAFE_BOTTOM_PT = 27.0
PANEL_PADDING_PT = (24.0, 12.0)  # horizontal, vertical

# The footer line's distance from the slide's bottom edge, and the side margins' share of the
# width (points, fraction).
FOOTER_FROM_BOTTOM_PT = 34.0
MARGIN_FRACTION = 0.065


@dataclass(frozen=True)
class Grid:
    """The grid in points for one slide size (`layout.Layout.region` places the regions)."""

    width: float
    height: float

    @property
    def margin(self) -> float:
        return round(self.width * MARGIN_FRACTION, 1)

    @property
    def inner_width(self) -> float:
        return self.width - 2 * self.margin

    @property
    def footer_y(self) -> float:
        return self.height - FOOTER_FROM_BOTTOM_PT
