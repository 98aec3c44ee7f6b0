"""Every theme option, declared once: its kind, allowed values, default, description, which
slide kinds it means something for, what it needs to have an effect, and the `Theme` field it
fills. The loader validates with these (`theme._validate`), takes defaults from them, and builds
the `Theme` from them; `slidegen schema theme` is made from them too (`schema.theme_schema`).

Adding an option: declare it here (with `attr=` naming its `Theme` field, if it is copied as is)
and add that field to `model.Theme`. Nothing else repeats it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from typing import Any

from slidegen.model import LOGO_CORNERS, SLIDE_KINDS
from slidegen.theme_option_kinds import (
    COLOR_PATTERN,
    REQUIRED,
    SLIDE_SIZES_PT,
    AssetPath,
    Block,
    Choice,
    Color,
    Colors,
    Extent,
    Flag,
    Number,
    Option,
    Problem,
    RevealWords,
    Text,
)

__all__ = [
    "COLOR_PATTERN",
    "OPTIONS",
    "REQUIRED",
    "SLIDE_SIZES_PT",
    "STYLE_OPTIONS",
    "AssetPath",
    "Block",
    "Option",
    "Problem",
    "find",
    "lookup",
    "value_or_default",
    "walk",
]


SIZE_RANGE = (8, 200)  # points
RADIUS_RANGE = (0, 100)  # pixels
EXTENT_POINTS_RANGE = (8, 400)
DEFAULT_LOGO_SIZE = 0.12  # of the slide's width
_NEEDS_PHOTO = ("background.image", "it changes the background photo, and the theme has none")
_NEEDS_LOGO = ("logo.image", "it places the logo, and the theme has none")
_NEEDS_TEMPLATE = ("template", "layouts are chosen from a template, and the theme has none")
_TEMPLATE_BACKGROUND = ("template", "the template's slide master draws the background")


def _size(what: str) -> Number:
    return Number(
        what,
        low=SIZE_RANGE[0],
        high=SIZE_RANGE[1],
        says="between {low:g} and {high:g} points",
        kind_says="a size in points",
        example="40",
    )


# Keys of a slide kind's block (title:, section:, …), and the kinds each means something for.
STYLE_OPTIONS: dict[str, Option] = {
    "size": _size("The largest size of the slide's main text, in points."),
    "min_size": replace(
        _size(
            "The smallest size the main text may shrink to before it goes over more slides (or "
            "gets a warning); defaults to a size readable from the back row."
        ),
        default=None,
    ),
    "align": Choice("How the slide's text is aligned.", default="left", words=("left", "center")),
    "numbering": Choice(
        "How section headings are numbered.",
        default="none",
        kinds=("section",),
        words=("roman", "arabic", "none"),
    ),
    "verse_numbers": Flag("Show verse numbers in the text.", default=True, kinds=("verse",)),
    "parallel": Choice(
        "Where a parallel deck's second translation goes: 'auto' (side by side on a 16:9 slide, "
        "stacked on a 4:3 one), 'side-by-side' or 'stacked' (one above the other, full width).",
        default="auto",
        kinds=("verse",),
        words=("auto", "side-by-side", "stacked"),
    ),
}


def _kind_block(kind: str) -> Block:
    here = {k: o for k, o in STYLE_OPTIONS.items() if o.applies_to(kind)}
    elsewhere = {
        k: Problem(
            f"'{k}' means nothing on {kind} slides: it applies to "
            + " and ".join(f"{other} slides" for other in o.kinds)
            + " only",
            f"move it under '{o.kinds[0]}:' or remove it",
        )
        for k, o in STYLE_OPTIONS.items()
        if k not in here
    }
    return Block(f"How {kind} slides set their main text.", options=here, elsewhere=elsewhere)


OPTIONS: dict[str, Option] = {
    "name": Text("The theme's name (default: its folder's name).", default=None),
    "description": Text(
        "One line saying what the theme looks like.", default="", attr="description"
    ),
    "extends": Text("A theme this one starts from: a built-in name or a path.", default=None),
    "slide": Block(
        "The slide's shape.",
        options={
            "size": Choice(
                "The slide's proportions.",
                default="16:9",
                words=tuple(SLIDE_SIZES_PT),
                unused_with=("template", "the template decides the slide size"),
            )
        },
    ),
    "fonts": Block(
        "Font families, by name.",
        options={
            "heading": Text("Titles and headings.", attr="heading_font"),
            "body": Text("Points, labels and footers.", attr="body_font"),
            "verse": Text("Scripture on verse slides.", attr="verse_font"),
        },
    ),
    "colors": Block(
        "Text and background colours. With a template, the ones no theme of yours sets come from "
        "the template's colour scheme.",
        options={
            "background": Color("Behind everything, unless a gradient or photo covers it."),
            "heading": Color("Titles and headings.", attr="heading_color"),
            "text": Color("Points and verses.", attr="text_color"),
            "accent": Color("References, verse numbers, accent bars.", attr="accent_color"),
            "muted": Color("Footers and small labels.", attr="muted_color"),
        },
    ),
    "background": Block(
        "What is drawn behind every slide: a colour, a gradient or a photo (one of them).",
        options={
            "color": Color("A plain colour.", unused_with=_TEMPLATE_BACKGROUND),
            "gradient": Colors(
                "Two or more colours from top to bottom, every one drawn.",
                default=(),
                unused_with=_TEMPLATE_BACKGROUND,
            ),
            "image": AssetPath(
                "A photo in the theme's folder, cropped to fill the slide.",
                default="",
                attr="background_image",
            ),
            "overlay": Block(
                "A colour laid over the photo to calm it.",
                options={
                    "color": Color(
                        "The overlay's colour.",
                        default="#000000",
                        attr="overlay_color",
                        requires=_NEEDS_PHOTO,
                    ),
                    "opacity": Number(
                        "0 (none) to 1 (solid colour).",
                        default=0.0,
                        attr="overlay_opacity",
                        requires=_NEEDS_PHOTO,
                        example="0.4",
                    ),
                },
            ),
            "blur": Number(
                "Blur radius for the photo, in pixels on a 1080-pixel-high slide.",
                default=0.0,
                attr="blur_radius",
                requires=_NEEDS_PHOTO,
                low=RADIUS_RANGE[0],
                high=RADIUS_RANGE[1],
                says="a radius in pixels from {low:g} to {high:g}",
                example="8",
            ),
        },
    ),
    "logo": Block(
        "A picture in one corner of every slide.",
        options={
            "image": AssetPath(
                "The picture, in the theme's folder.", default="", attr="logo_image"
            ),
            "corner": Choice(
                "Which corner.",
                default="bottom-right",
                attr="logo_corner",
                requires=_NEEDS_LOGO,
                words=LOGO_CORNERS,
            ),
            "size": Extent(
                "Its width: points, or a fraction of the slide's width.",
                default=DEFAULT_LOGO_SIZE,
                requires=_NEEDS_LOGO,
                points=EXTENT_POINTS_RANGE,
            ),
        },
    ),
    "footer": Block(
        "What the footer shows.",
        options={
            "series": Flag("The series name.", default=True, attr="footer_series"),
            "church": Flag("The church's name.", default=True, attr="footer_church"),
            "slide_number": Flag("The slide number.", default=False, attr="footer_slide_number"),
        },
    ),
    "template": AssetPath(
        "Your church's .pptx in the theme's folder: its masters, layouts and colours are used.",
        default="",
        attr="template",
    ),
    "layouts": Block(
        "Which of the template's layouts each kind of slide uses, by the layout's name.",
        options={
            kind: Text(f"The layout for {kind} slides.", default=None, requires=_NEEDS_TEMPLATE)
            for kind in SLIDE_KINDS
        },
    ),
    "legibility": Block(
        "Keeping text readable.",
        options={
            "auto_scrim": Flag(
                "Put a translucent box behind text that would fall below 4.5:1 contrast.",
                default=True,
                attr="auto_scrim",
            )
        },
    ),
    "lower_thirds": Block(
        "The livestream's lower thirds (`build --lower-thirds`): a panel near the bottom of a "
        "1920×1080 frame, inside the title-safe area, over the camera picture.",
        options={
            "height": Number(
                "The panel's height, as a fraction of the frame's.",
                default=0.24,
                attr="lower_third_height",
                low=0.12,
                high=0.4,
                example="0.24",
            ),
            "panel": Color(
                "The panel's colour (default: the theme's background colour).",
                default="",
                attr="lower_third_panel",
            ),
            "opacity": Number(
                "How solid the panel is, 0 to 1; raised where the text would not read over a "
                "bright or a dark picture.",
                default=0.85,
                attr="lower_third_opacity",
                example="0.85",
            ),
            "radius": Number(
                "The panel's corner radius, in pixels of the 1920×1080 frame.",
                default=16.0,
                attr="lower_third_radius",
                low=RADIUS_RANGE[0],
                high=RADIUS_RANGE[1],
                says="a radius in pixels from {low:g} to {high:g}",
                example="16",
            ),
            "size": replace(
                _size("The text's largest size, in points."), default=40.0, attr="lower_third_size"
            ),
            "min_size": replace(
                _size("The smallest size before the text goes on to another frame."),
                default=28.0,
                attr="lower_third_min_size",
            ),
            "reference_size": replace(
                _size("The size of a verse's reference tag."),
                default=24.0,
                attr="lower_third_reference_size",
            ),
        },
    ),
    "reveal": RevealWords(
        "How [[blank]] words (and points) appear, unless the outline says: 'slides' (a build "
        "slide per step), 'animate' (PowerPoint click animations), and/or 'points' (a "
        "section's points one by one on one slide).",
        default="",
        attr="reveal",
    ),
    **{kind: _kind_block(kind) for kind in SLIDE_KINDS},
}


def walk(
    options: dict[str, Option] | None = None, prefix: str = ""
) -> Iterator[tuple[str, Option]]:
    """Every option that holds a value, as ("section.key", option), blocks opened."""
    for key, option in (OPTIONS if options is None else options).items():
        dotted = f"{prefix}{key}"
        if isinstance(option, Block):
            yield from walk(option.options, dotted + ".")
        else:
            yield dotted, option


def find(dotted: str) -> Option | None:
    """The option at "section.key", or None."""
    options = OPTIONS
    option: Option | None = None
    for part in dotted.split("."):
        option = options.get(part)
        if option is None:
            return None
        options = option.options if isinstance(option, Block) else {}
    return option


def lookup(data: dict[str, Any], dotted: str) -> Any:
    """The value at "section.key" in merged theme data, or None."""
    value: Any = data
    for part in dotted.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def value_or_default(data: dict[str, Any], dotted: str, missing: Callable[[str], Any]) -> Any:
    """The value at "section.key", else the option's default, else `missing(dotted)`."""
    found = lookup(data, dotted)
    if found is not None:
        return found
    option = find(dotted)
    if option is None or option.default is REQUIRED:
        return missing(dotted)
    return option.default
