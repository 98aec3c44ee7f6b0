"""Theme → the planner's resources: font files found, background photo and logo prepared, and
the pixels behind the text painted for the legibility step. The one place between loading and
planning that reads fonts and images, so the planner itself stays pure."""

from __future__ import annotations

from collections.abc import Mapping

from slidegen import fit
from slidegen.images import ANALYSIS_SCALE, paint_background, prepare_background, prepare_logo
from slidegen.model import Background, GradientStop, Theme
from slidegen.plan.resources import Fonts, Resources


def resolve_fonts(theme: Theme) -> Fonts:
    search = theme.font_dirs
    return Fonts(
        heading=fit.Measurer.for_font(theme.heading_font, bold=True, search_dirs=search),
        body=fit.Measurer.for_font(theme.body_font, search_dirs=search),
        body_bold=fit.Measurer.for_font(theme.body_font, bold=True, search_dirs=search),
        verse=fit.Measurer.for_font(theme.verse_font, search_dirs=search),
        verse_bold=fit.Measurer.for_font(theme.verse_font, bold=True, search_dirs=search),
    )


def resolve_background(theme: Theme) -> Background:
    """What the deck draws behind every slide, with everything a renderer needs to draw it."""
    photo = prepare_background(theme)
    if theme.template:
        # The template's master draws its own background; text is judged against its colour.
        color = theme.template_background or theme.background
        return Background(color, photo=photo, from_template=True)
    last = max(len(theme.gradient) - 1, 1)
    stops = tuple(GradientStop(i / last, c) for i, c in enumerate(theme.gradient))
    return Background(theme.background, gradient=stops if len(stops) >= 2 else (), photo=photo)


def resolve(theme: Theme, book_names: Mapping[str, str] | None = None) -> Resources:
    """The planner's resources for `theme`; `book_names` are the outline's Bible file's own
    names of books (by English canonical name), to label passages with."""
    background = resolve_background(theme)
    size = (
        max(1, round(theme.slide_width_pt * ANALYSIS_SCALE)),
        max(1, round(theme.slide_height_pt * ANALYSIS_SCALE)),
    )
    return Resources(
        fonts=resolve_fonts(theme),
        background=background,
        backdrop=paint_background(background, size),
        logo=prepare_logo(theme),
        book_names=dict(book_names or {}),
    )
