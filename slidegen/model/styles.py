"""A resolved theme: the closed set of slide kinds, each kind's text style, every theme value."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a pure description of a template; only the theme loader reads one
    from slidegen.template import TemplateInfo


class SlideKind(str, Enum):
    """The closed set of slide kinds. Each has its regions in `plan.grid` and its planner rule in
    `plan.slides`; a kind compares equal to its name ("verse"), which is what themes and
    templates call it."""

    TITLE = "title"
    SECTION = "section"
    POINT = "point"
    VERSE = "verse"
    CLOSING = "closing"

    def __str__(self) -> str:
        return self.value


SLIDE_KINDS = tuple(kind.value for kind in SlideKind)


@dataclass(frozen=True)
class SlideStyle:
    """How one kind of slide sets its main text: size range in points, alignment, extras."""

    max_pt: float
    min_pt: float
    align: str = "left"  # left | center
    numbering: str = "none"  # section numerals: roman | arabic | none
    verse_numbers: bool = True
    # Parallel translations on verse slides: auto | side-by-side | stacked.
    parallel: str = "auto"


LOGO_CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")
# The logo sits this far (points) from the slide's edges.
LOGO_INSET_PT = 24.0


@dataclass(frozen=True)
class Theme:
    """A resolved theme: every value concrete, asset paths absolute."""

    name: str
    description: str
    slide_width_pt: float
    slide_height_pt: float
    heading_font: str
    body_font: str
    verse_font: str
    background: str  # "#RRGGBB"
    heading_color: str
    text_color: str
    accent_color: str
    muted_color: str
    gradient: tuple[str, ...] = ()  # two or more "#RRGGBB" stops, top to bottom
    styles: dict[str, SlideStyle] = field(default_factory=dict)
    footer_series: bool = True
    footer_church: bool = True
    footer_slide_number: bool = False
    folder: str = ""  # the theme's own folder: fonts and images are looked up there
    # A photo behind every slide (absolute path), prepared by `images` (cover-crop, blur,
    # overlay baked in).
    background_image: str = ""
    overlay_color: str = "#000000"
    overlay_opacity: float = 0.0  # 0 (none) to 1 (solid overlay colour)
    blur_radius: float = 0.0  # Gaussian blur radius in pixels at 1080 px height
    logo_image: str = ""
    logo_corner: str = "bottom-right"
    logo_width_pt: float = 0.0
    logo_height_pt: float = 0.0
    # A church's own .pptx: its masters and layouts are used instead of a blank deck.
    template: str = ""
    # The template master's solid background ("#RRGGBB"), if any: what text sits on.
    template_background: str = ""
    # Add a semi-transparent scrim under text that would fall below WCAG AA contrast.
    auto_scrim: bool = True
    # How blanks and points are revealed unless the outline says (`reveal:`; see Outline.reveal).
    reveal: str = ""
    # Lower thirds for the livestream: the panel's height (fraction of the frame), colour ("" for
    # the background colour), opacity and corner radius (pixels of 1080p), and text sizes.
    lower_third_height: float = 0.24
    lower_third_panel: str = ""
    lower_third_opacity: float = 0.85
    lower_third_radius: float = 16.0
    lower_third_size: float = 40.0
    lower_third_min_size: float = 28.0
    lower_third_reference_size: float = 24.0
    # The template, read once: its layouts, placeholders, own shapes, colours, fonts and its
    # sanitised package (template.TemplateInfo); None without a template.
    template_info: TemplateInfo | None = field(default=None, repr=False, compare=False)
    # The template layout each slide kind uses, by its name in the template (`layouts:`).
    layouts: dict[str, str] = field(default_factory=dict)

    def style(self, kind: str) -> SlideStyle:
        return self.styles[str(kind)]

    @property
    def font_dirs(self) -> tuple[Path, ...]:
        """Where to look for fonts before the system's: the theme's own folder, if it has one."""
        return (Path(self.folder),) if self.folder else ()

    @property
    def logo_rect(self) -> tuple[float, float, float, float] | None:
        """The logo's box (x, y, width, height) in points, or None without a logo."""
        if not self.logo_image or self.logo_width_pt <= 0:
            return None
        w, h = self.logo_width_pt, self.logo_height_pt
        right = self.logo_corner.endswith("right")
        bottom = self.logo_corner.startswith("bottom")
        x = self.slide_width_pt - LOGO_INSET_PT - w if right else LOGO_INSET_PT
        y = self.slide_height_pt - LOGO_INSET_PT - h if bottom else LOGO_INSET_PT
        return x, y, w, h
