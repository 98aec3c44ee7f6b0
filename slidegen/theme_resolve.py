"""Merged theme data → `Theme`: every value concrete, from what the files say or the option's
declared default (`theme_options`), with a church template's colours, slide size and layouts.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from slidegen.contrast import TARGET_CONTRAST, contrast
from slidegen.errors import SlidegenError, ThemeError, did_you_mean, raise_all
from slidegen.model import SLIDE_KINDS, SlideStyle, Theme
from slidegen.theme_options import SLIDE_SIZES_PT, find, lookup, value_or_default, walk

if TYPE_CHECKING:  # a template is read (and its module imported) only by a theme that has one
    from slidegen.template import TemplateInfo

ORIGINS = "_origins"  # where merged data keeps, for each dotted key, the file that set it
# Readable minimums on a 16:9 slide seen from the back row (points).
_MIN_HEADING_PT = 40.0
_MIN_BODY_PT = 28.0


@dataclass(frozen=True)
class Origin:
    """Where a theme key was written: its file and position, and how far up the `extends` chain
    that file is (0 for the theme asked for)."""

    path: str
    line: int | None
    col: int | None
    generation: int
    builtin: bool

    def error(self, message: str, hint: str | None = None) -> ThemeError:
        return ThemeError(message, path=self.path, line=self.line, col=self.col, hint=hint)


def _logo_size(data: dict[str, Any], slide_width: float, get: Any) -> tuple[float, float]:
    """The logo's (width, height) in points: its `size` is its width, capped to a sane box."""
    if not lookup(data, "logo.image"):
        return 0.0, 0.0
    size = float(get("logo.size"))
    width = size * slide_width if size <= 1 else size
    px_w, px_h = lookup(data, "logo._pixels") or (1, 1)
    height = width * px_h / max(px_w, 1)
    cap = slide_width * 0.25  # a tall logo is kept to the corner, not the whole side
    if height > cap:
        width, height = width * cap / height, cap
    # A 1×100000 logo would be a hair's width: a point at least, so nothing divides by zero.
    return max(round(width, 2), 1.0), max(round(height, 2), 1.0)


def resolve(data: dict[str, Any], path: Path, default_theme: str) -> Theme:
    """Turn merged data into a Theme, every value concrete."""
    origins: dict[str, Origin] = data.get(ORIGINS, {})

    def missing(dotted: str) -> Any:
        raise ThemeError(
            f"the theme sets no '{dotted}'",
            path=path,
            hint=f"add it, or 'extends: {default_theme}' to inherit it",
        )

    def get(dotted: str) -> Any:
        return value_or_default(data, dotted, missing)

    template: TemplateInfo | None = data.get("_template_info") if data.get("template") else None
    width, height = SLIDE_SIZES_PT[get("slide.size")]
    if template is not None:
        # The church's template decides the slide size: its masters are drawn for it.
        width, height = template.slide_width_pt, template.slide_height_pt
    fields: dict[str, Any] = {option.attr: get(dotted) for dotted, option in walk() if option.attr}
    colors = {
        key: get(f"colors.{key}") for key in ("background", "heading", "text", "accent", "muted")
    }
    if template is not None:
        colors.update(_template_colors(template, colors, origins))
        fields.update(_template_fonts(template, origins))
    logo_width, logo_height = _logo_size(data, width, get)
    fields.update(
        name=str(data.get("name") or path.parent.name),
        description=str(fields["description"]),
        slide_width_pt=width,
        slide_height_pt=height,
        background=lookup(data, "background.color") or colors["background"],
        heading_color=colors["heading"],
        text_color=colors["text"],
        accent_color=colors["accent"],
        muted_color=colors["muted"],
        # With a template its master draws the background; a gradient would be drawn nowhere.
        gradient=() if template else tuple(get("background.gradient")),
        styles=_styles(get, origins),
        folder=str(path.parent),
        overlay_opacity=float(fields["overlay_opacity"]),
        blur_radius=float(fields["blur_radius"]),
        logo_width_pt=logo_width,
        logo_height_pt=logo_height,
        template_background=template.background if template else "",
        template_info=template,
        layouts=_layouts(data, template, origins),
    )
    if template is not None and not lookup(data, "background.color"):
        fields["background"] = template.background or colors["background"]
    return Theme(**fields)


def _styles(get: Any, origins: dict[str, Origin]) -> dict[str, SlideStyle]:
    styles: dict[str, SlideStyle] = {}
    for kind in SLIDE_KINDS:
        floor = _MIN_BODY_PT if kind in ("point", "verse") else _MIN_HEADING_PT
        max_pt = float(get(f"{kind}.size"))
        written = origins.get(f"{kind}.min_size")
        min_pt = float(get(f"{kind}.min_size") or floor)
        if min_pt > max_pt:
            # Written in the same file as the size, or in one extending it: the user's own
            # contradiction. Inherited from an ancestor of the size (or the floor): follow it.
            size_origin = origins.get(f"{kind}.size")
            size_generation = size_origin.generation if size_origin else 0
            if written is None or written.generation > size_generation:
                min_pt = max_pt
            else:
                raise written.error(
                    f"'{kind}.min_size' ({min_pt:g}) is larger than '{kind}.size' ({max_pt:g})",
                    f"lower the minimum to {max_pt:g} or less",
                )
        options = {
            key: get(f"{kind}.{key}")
            for key in ("align", "numbering", "verse_numbers", "parallel")
            if find(f"{kind}.{key}") is not None  # the keys this kind has
        }
        styles[kind] = SlideStyle(max_pt=max_pt, min_pt=min_pt, **options)
    return styles


def _template_fonts(template: TemplateInfo, origins: dict[str, Origin]) -> dict[str, str]:
    """Heading and body fonts no theme of the user's sets, from the template's theme fonts
    (major for headings, minor for the rest). Verses keep the theme's font: Scripture set apart
    is slidegen's choice, not the template's."""
    master = template.master
    found = {}
    for key, attr, font in (
        ("heading", "heading_font", master.major_font),
        ("body", "body_font", master.minor_font),
    ):
        origin = origins.get(f"fonts.{key}")
        if font and (origin is None or origin.builtin):
            found[attr] = font
    return found


def _template_colors(
    template: TemplateInfo, colors: dict[str, str], origins: dict[str, Origin]
) -> dict[str, str]:
    """The colours no theme of the user's sets, from the template's scheme: the text colours its
    master's text styles use (dark on a light master), its first accent that reads on its
    background, its second text colour for muted text. Colours written in the user's own theme
    files stay; the built-in themes' colours were chosen for their own backgrounds, not this."""
    own = {key for key in colors if (o := origins.get(f"colors.{key}")) and not o.builtin}
    master = template.master
    background = master.background or template.color("bg1") or colors["background"]
    text = master.body_color or template.color("tx1") or colors["text"]
    found = {
        "background": background,
        "text": text,
        "heading": master.title_color or template.color("tx1") or text,
        "accent": _readable(
            [template.color(f"accent{n}") for n in range(1, 7)] + [template.color("tx2")],
            background,
            text,
        ),
        "muted": _readable([template.color("tx2")], background, text),
    }
    return {key: value for key, value in found.items() if key not in own and value}


def _readable(candidates: list[str], background: str, fallback: str) -> str:
    """The first candidate that reads on `background` (AA with room to spare), else `fallback`."""
    for color in candidates:
        if color and (not background or contrast(color, background) >= TARGET_CONTRAST):
            return color
    return fallback


def _layouts(
    data: dict[str, Any], template: TemplateInfo | None, origins: dict[str, Origin]
) -> dict[str, str]:
    """`layouts:` as {slide kind: the template's layout name}; a name the template lacks is an
    error at its line listing the names it has."""
    chosen: dict[str, str] = {}
    errors: list[SlidegenError] = []
    for kind, name in (data.get("layouts") or {}).items():
        if template is None:
            continue  # refused where it was written (_check_effects)
        try:
            chosen[kind] = template.layout(str(name)).name
        except KeyError:
            names = template.layout_names
            origin = origins.get(f"layouts.{kind}") or Origin(
                str(template.path), None, None, 0, False
            )
            errors.append(
                origin.error(
                    f"the template has no layout called '{name}'{did_you_mean(str(name), names)}",
                    "its layouts are: " + ", ".join(f"'{n}'" for n in names),
                )
            )
    raise_all(errors)
    return chosen
