"""theme.yaml → Theme: `extends` with deep merge, defaults, validation with line numbers.

A theme is a YAML file, or a folder holding `theme.yaml` and its images, fonts and template.
Built-in themes live in the repository's `themes/`; a `themes/` folder in the working
directory is searched first, so a church can keep its own beside its outlines.

Asset paths (`background.image`, `logo.image`, `template`) resolve inside the folder of the file
that names them, and are checked there and then (confined, readable, decodable), so every problem
is reported with its line before anything is written.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from slidegen.errors import SlidegenError, ThemeError, did_you_mean, raise_all, unknown_key_hint
from slidegen.images import image_size
from slidegen.model import LOGO_CORNERS, SLIDE_KINDS, SlideStyle, Theme
from slidegen.yamlfile import Position, YamlList, YamlMap, load_mapping, plain


def _builtin_themes_folder() -> Path:
    # Installed from a wheel: shipped as slidegen/builtin_themes; from a checkout (or an
    # editable install): the repository's own themes/ folder.
    package = Path(__file__).resolve().parent
    shipped = package / "builtin_themes"
    return shipped if shipped.is_dir() else package.parent / "themes"


BUILTIN_THEMES = _builtin_themes_folder()
DEFAULT_THEME = "default"

SLIDE_SIZES_PT = {"16:9": (960.0, 540.0), "4:3": (720.0, 540.0)}
COLOR_PATTERN = r"^#[0-9A-Fa-f]{6}$"
_COLOR = re.compile(COLOR_PATTERN)
# The numbers each kind allows, inclusive; the JSON Schema (schema.py) is made from these too.
SIZE_RANGE = (8, 200)  # points
RADIUS_RANGE = (0, 100)  # pixels
EXTENT_POINTS_RANGE = (8, 400)  # an extent is these points, or a fraction of the width (0, 1]

# The schema: section → key → kind. Kinds: "text", "color", "size", "flag", "colors", "path"
# (inside the theme's folder), "fraction" (0–1), "radius" (pixels), "extent" (points, or a
# fraction of the slide's width when at most 1), or a tuple of allowed words.
_STYLE_KEYS: dict[str, Any] = {
    "size": "size",
    "min_size": "size",
    "align": ("left", "center"),
    "numbering": ("roman", "arabic", "none"),
    "verse_numbers": "flag",
}
SCHEMA: dict[str, Any] = {
    "name": "text",
    "description": "text",
    "extends": "text",
    "slide": {"size": tuple(SLIDE_SIZES_PT)},
    "fonts": {"heading": "text", "body": "text", "verse": "text"},
    "colors": {k: "color" for k in ("background", "heading", "text", "accent", "muted")},
    "background": {
        "color": "color",
        "gradient": "colors",
        "image": "path",
        "overlay": {"color": "color", "opacity": "fraction"},
        "blur": "radius",
    },
    "logo": {"image": "path", "corner": LOGO_CORNERS, "size": "extent"},
    "footer": {"series": "flag", "church": "flag", "slide_number": "flag"},
    "template": "path",
    "legibility": {"auto_scrim": "flag"},
    **{kind: _STYLE_KEYS for kind in SLIDE_KINDS},
}

# Readable minimums on a 16:9 slide seen from the back row (points).
_MIN_HEADING_PT = 40.0
_MIN_BODY_PT = 28.0
_MAX_EXTENDS_DEPTH = 64  # a sanity limit only: circles are found by the files themselves
_DEFAULT_LOGO_SIZE = 0.12  # of the slide's width
_EMU_PER_PT = 12700
# Where each asset path sits in the theme: (section, key), section None for the top level.
_PATH_KEYS: tuple[tuple[str | None, str], ...] = (
    ("background", "image"),
    ("logo", "image"),
    (None, "template"),
)
# What is drawn behind the slide is one choice; `_pixels` travels with `image`.
_BACKGROUND_CHOICE = ("color", "gradient", "image", "_pixels")


def builtin_theme_names() -> list[str]:
    return sorted(p.parent.name for p in BUILTIN_THEMES.glob("*/theme.yaml"))


def theme_search_dirs() -> list[Path]:
    return [Path.cwd() / "themes", BUILTIN_THEMES]


def find_theme_file(name_or_path: str, relative_to: Path | None = None) -> Path:
    """A theme name (searched in themes/ folders) or a path to a theme file or folder."""
    looks_like_path = (
        "/" in name_or_path or "\\" in name_or_path or name_or_path.endswith((".yaml", ".yml"))
    )
    if looks_like_path:
        path = Path(name_or_path)
        if not path.is_absolute() and relative_to is not None:
            path = relative_to / path
        if path.is_dir():
            path = path / "theme.yaml"
        if not path.is_file():
            raise ThemeError(f"theme file not found: {path}", hint="check the path")
        return path
    for folder in theme_search_dirs():
        candidate = folder / name_or_path / "theme.yaml"
        if candidate.is_file():
            return candidate
        candidate = folder / f"{name_or_path}.yaml"
        if candidate.is_file():
            return candidate
    names = builtin_theme_names()
    raise ThemeError(
        f"unknown theme '{name_or_path}'{did_you_mean(name_or_path, names)}",
        hint="built-in themes: " + ", ".join(names),
    )


def load_theme(name_or_path: str = DEFAULT_THEME, relative_to: Path | None = None) -> Theme:
    """Find, read, merge (`extends`) and validate a theme."""
    path = find_theme_file(name_or_path, relative_to)
    merged = _load_merged(path, chain=())
    return _resolve(merged, path)


def _load_merged(path: Path, chain: tuple[Path, ...]) -> dict[str, Any]:
    """This file merged over its `extends` ancestors; `chain` holds the (resolved) files
    that extend it, nearest last."""
    data = load_mapping(
        path,
        ThemeError,
        "a theme",
        f"start with 'extends: {DEFAULT_THEME}' and the values you change",
    )
    _validate(data, SCHEMA, str(path))
    own = _deep_merge(plain(data), _check_assets(data, path))
    own = _deep_merge(own, _style_origins(data, path, generation=len(chain)))
    parent_name = data.get("extends")
    if not parent_name:
        return own
    chain = (*chain, path.resolve())
    line, col = data.value_pos["extends"]
    try:
        parent_path = find_theme_file(str(parent_name), relative_to=path.parent)
    except ThemeError as error:
        raise error.located(path, line, col) from None
    # Resolve the folder (not a symlinked theme.yaml: its assets sit beside the link) so a
    # chain of "../other" names reads as plain paths rather than a/../b/../c.
    parent_path = parent_path.parent.resolve() / parent_path.name
    if parent_path.resolve() in chain:
        raise ThemeError(
            f"'extends' goes round in a circle: {parent_path.resolve()} is already in the chain",
            path=path,
            line=line,
            col=col,
            hint="one theme in the chain must extend another outside it, or nothing",
        )
    if len(chain) >= _MAX_EXTENDS_DEPTH:
        raise ThemeError(
            f"'extends' goes more than {_MAX_EXTENDS_DEPTH} themes deep",
            path=path,
            line=line,
            col=col,
            hint="extend a theme nearer the top of the chain",
        )
    return _extend(_load_merged(parent_path, chain), own)


def _style_origins(data: YamlMap, path: Path, generation: int) -> dict[str, Any]:
    """Where this file sets each slide kind's size and min_size, for `_resolve` to tell a
    minimum the user wrote (an error if above the size) from one inherited with it (capped).
    `generation` counts up from the theme asked for (0) to its furthest ancestor."""
    found: dict[str, Any] = {}
    for kind in SLIDE_KINDS:
        style = data.get(kind)
        if not isinstance(style, YamlMap):
            continue
        origins: dict[str, Any] = {}
        if "size" in style:
            origins["_size_generation"] = generation
        if "min_size" in style:
            line, col = style.value_pos.get("min_size", (None, None))
            origins["_min_size_origin"] = (generation, str(path), line, col)
        if origins:
            found[kind] = origins
    return found


def _deep_merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    merged = dict(base)
    for key, value in override.items():
        if key == "extends":
            continue
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _deep_merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def _extend(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    """`child` merged over the theme it extends."""
    merged = _deep_merge(parent, child)
    background = child.get("background")
    if isinstance(background, dict) and any(k in background for k in _BACKGROUND_CHOICE):
        # A child naming its background colour, gradient or image means that alone, not
        # layered over the parent's choice; overlay and blur are still inherited.
        merged["background"] = {
            k: v
            for k, v in merged["background"].items()
            if k in background or k not in _BACKGROUND_CHOICE
        }
    return merged


def _validate(data: YamlMap, schema: dict[str, Any], path: str) -> None:
    errors: list[SlidegenError] = []

    def fail(message: str, pos: Position | None, hint: str | None = None) -> None:
        line, col = pos if pos else (None, None)
        errors.append(ThemeError(message, path=path, line=line, col=col, hint=hint))

    def check(mapping: YamlMap, spec: dict[str, Any], where: str) -> None:
        for key, value in mapping.items():
            pos = mapping.value_pos.get(key)
            if key not in spec:
                hint = unknown_key_hint(str(key), spec, "known keys")
                fail(f"unknown key '{key}' in {where}", mapping.key_pos.get(key), hint)
                continue
            kind = spec[key]
            if isinstance(kind, dict):
                if isinstance(value, YamlMap):
                    check(value, kind, f"'{key}'")
                else:
                    fail(f"'{key}' must be a block of 'key: value' lines", pos)
            elif isinstance(kind, tuple):
                if str(value) not in kind:
                    fail(f"'{key}' must be one of: " + ", ".join(kind), pos)
            elif kind == "color":
                if not (isinstance(value, str) and _COLOR.match(value)):
                    fail(f"'{key}' must be a colour like \"#1A2B3C\"", pos, "quote it")
            elif kind == "colors":
                ok = isinstance(value, YamlList) and len(value) >= 2
                if not ok or not all(isinstance(c, str) and _COLOR.match(c) for c in value):
                    fail(f"'{key}' must be a list of two or more colours like \"#1A2B3C\"", pos)
            elif kind == "size":
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    fail(f"'{key}' must be a size in points, like 40", pos)
                elif not _within(value, SIZE_RANGE):
                    fail(f"'{key}' must be between {SIZE_RANGE[0]} and {SIZE_RANGE[1]} points", pos)
            elif kind == "flag":
                if not isinstance(value, bool):
                    fail(f"'{key}' must be true or false", pos)
            elif kind in ("text", "path") and not isinstance(value, str):
                fail(f"'{key}' must be text", pos)
            elif kind in ("fraction", "radius", "extent"):
                number = not isinstance(value, bool) and isinstance(value, (int, float))
                if kind == "fraction" and not (number and 0 <= value <= 1):
                    fail(f"'{key}' must be a number from 0 to 1, like 0.4", pos)
                elif kind == "radius" and not (number and _within(value, RADIUS_RANGE)):
                    fail(f"'{key}' must be a radius in pixels from 0 to 100, like 8", pos)
                elif kind == "extent" and not (
                    number and (0 < value <= 1 or _within(value, EXTENT_POINTS_RANGE))
                ):
                    fail(
                        f"'{key}' must be points (8 to 400) or a fraction of the slide's width "
                        "(above 0, up to 1)",
                        pos,
                        "e.g. 96 or 0.1",
                    )

    check(data, schema, "the theme")
    raise_all(errors)


def _within(value: float, bounds: tuple[float, float]) -> bool:
    return bounds[0] <= value <= bounds[1]


def _check_assets(data: YamlMap, path: Path) -> dict[str, Any]:
    """Resolve and check this file's asset paths; their absolute forms (and sizes) to merge."""
    errors: list[SlidegenError] = []
    found: dict[str, Any] = {}
    folder = path.parent
    for section, key in _PATH_KEYS:
        holder = data.get(section) if section else data
        if not isinstance(holder, YamlMap) or not isinstance(holder.get(key), str):
            continue
        line, col = holder.value_pos.get(key, (None, None))
        try:
            asset = confined_path(folder, holder[key], f"{section}.{key}" if section else key)
            extra: dict[str, Any] = {}
            if key == "template":
                extra["_size_pt"] = template_size(asset)
                extra["_background"] = template_background(asset)
            else:
                extra["_pixels"] = image_size(asset)
        except ThemeError as error:
            errors.append(error.located(path, line, col))
            continue
        if section:
            found[section] = {key: str(asset), **extra}
        else:
            found[key] = str(asset)
            found["_template_size_pt"] = extra["_size_pt"]
            found["_template_background"] = extra["_background"]
    raise_all(errors)
    return found


def confined_path(folder: Path, value: str, what: str) -> Path:
    """`value` as a file inside `folder`; anything leading out of it is refused."""
    hint = "put the file in the theme's folder and name it relative to theme.yaml"
    raw = Path(value)
    if raw.is_absolute() or value.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:", value):
        raise ThemeError(f"'{what}' must be a path inside the theme's folder: {value}", hint=hint)
    if ".." in raw.parts or ".." in value.replace("\\", "/").split("/"):
        raise ThemeError(f"'{what}' may not leave the theme's folder: {value}", hint=hint)
    base = folder.resolve()
    resolved = (base / raw).resolve()
    if not resolved.is_relative_to(base):  # a symlink pointing out of the folder
        raise ThemeError(f"'{what}' leads out of the theme's folder: {value}", hint=hint)
    if not resolved.is_file():
        raise ThemeError(f"'{what}' file not found: {base / raw}", hint="check the name")
    return resolved


def template_size(path: Path) -> tuple[float, float]:
    """A PowerPoint file's slide size in points; ThemeError unless it is a real .pptx."""
    hint = "save the template from PowerPoint as a .pptx presentation"
    if path.suffix.lower() != ".pptx":
        raise ThemeError(f"'template' must be a .pptx file: {path.name}", hint=hint)
    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("ppt/presentation.xml")
            if info.file_size > 5_000_000:
                raise ThemeError(
                    f"the template's presentation.xml is too large: {path}",
                    hint="save a copy of the template with its example slides deleted",
                )
            xml = archive.read(info).decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, RuntimeError):
        raise ThemeError(f"not a PowerPoint .pptx file: {path}", hint=hint) from None
    match = re.search(r"<p:sldSz\b[^>]*?\bcx=\"(\d+)\"[^>]*?\bcy=\"(\d+)\"", xml)
    if not match:
        return SLIDE_SIZES_PT["16:9"]  # PowerPoint's default when a file leaves it out
    return int(match.group(1)) / _EMU_PER_PT, int(match.group(2)) / _EMU_PER_PT


def template_background(path: Path) -> str:
    """The first slide master's solid background colour ("#RRGGBB"), or "" (a picture, a
    gradient or a theme colour: legibility then judges against the theme's own colours)."""
    try:
        with zipfile.ZipFile(path) as archive:
            name = next(
                (n for n in archive.namelist() if re.fullmatch(r"ppt/slideMasters/\w+\.xml", n)),
                None,
            )
            if name is None or archive.getinfo(name).file_size > 5_000_000:
                return ""
            xml = archive.read(name).decode("utf-8", "replace")
    except (zipfile.BadZipFile, KeyError, OSError, EOFError, RuntimeError):
        return ""
    match = re.search(
        r"<p:bg>\s*<p:bgPr>\s*<a:solidFill>\s*<a:srgbClr val=\"([0-9A-Fa-f]{6})\"", xml
    )
    return f"#{match.group(1).upper()}" if match else ""


def _logo_size(logo: dict[str, Any], slide_width: float) -> tuple[float, float]:
    """The logo's (width, height) in points: its `size` is its width, capped to a sane box."""
    if not logo.get("image"):
        return 0.0, 0.0
    size = float(logo.get("size", _DEFAULT_LOGO_SIZE))
    width = size * slide_width if size <= 1 else size
    px_w, px_h = logo.get("_pixels", (1, 1))
    height = width * px_h / max(px_w, 1)
    cap = slide_width * 0.25  # a tall logo is kept to the corner, not the whole side
    if height > cap:
        width, height = width * cap / height, cap
    return round(width, 2), round(height, 2)


def _resolve(data: dict[str, Any], path: Path) -> Theme:
    """Turn merged data into a Theme, every value concrete."""

    def need(section: str, key: str) -> Any:
        try:
            return data[section][key]
        except (KeyError, TypeError):
            raise ThemeError(
                f"the theme sets no '{section}.{key}'",
                path=path,
                hint=f"add it, or 'extends: {DEFAULT_THEME}' to inherit it",
            ) from None

    width, height = SLIDE_SIZES_PT[data.get("slide", {}).get("size", "16:9")]
    if data.get("template"):
        # The church's template decides the slide size: its masters are drawn for it.
        width, height = data["_template_size_pt"]
    styles: dict[str, SlideStyle] = {}
    for kind in SLIDE_KINDS:
        raw = data.get(kind, {})
        floor = _MIN_BODY_PT if kind in ("point", "verse") else _MIN_HEADING_PT
        max_pt = float(need(kind, "size"))
        min_pt = float(raw.get("min_size", floor))
        if min_pt > max_pt:
            # Written in the same file as the size, or in one extending it: the user's own
            # contradiction. Inherited from an ancestor of the size (or the floor): follow it.
            origin = raw.get("_min_size_origin")
            if origin is None or origin[0] > raw.get("_size_generation", 0):
                min_pt = max_pt
            else:
                _, where, line, col = origin
                raise ThemeError(
                    f"'{kind}.min_size' ({min_pt:g}) is larger than '{kind}.size' ({max_pt:g})",
                    path=where,
                    line=line,
                    col=col,
                    hint=f"lower the minimum to {max_pt:g} or less",
                )
        styles[kind] = SlideStyle(
            max_pt=max_pt,
            min_pt=min_pt,
            align=raw.get("align", "left"),
            numbering=raw.get("numbering", "none"),
            verse_numbers=raw.get("verse_numbers", True),
        )
    background = data.get("background", {})
    overlay = background.get("overlay", {})
    footer = data.get("footer", {})
    logo = data.get("logo", {})
    logo_width, logo_height = _logo_size(logo, width)
    return Theme(
        name=str(data.get("name") or path.parent.name),
        description=str(data.get("description", "")),
        slide_width_pt=width,
        slide_height_pt=height,
        heading_font=need("fonts", "heading"),
        body_font=need("fonts", "body"),
        verse_font=need("fonts", "verse"),
        background=background.get("color", need("colors", "background")),
        heading_color=need("colors", "heading"),
        text_color=need("colors", "text"),
        accent_color=need("colors", "accent"),
        muted_color=need("colors", "muted"),
        gradient=tuple(background.get("gradient", ())),
        styles=styles,
        footer_series=footer.get("series", True),
        footer_church=footer.get("church", True),
        footer_slide_number=footer.get("slide_number", False),
        folder=str(path.parent),
        background_image=background.get("image", ""),
        overlay_color=overlay.get("color", "#000000"),
        overlay_opacity=float(overlay.get("opacity", 0.0)),
        blur_radius=float(background.get("blur", 0.0)),
        logo_image=logo.get("image", ""),
        logo_corner=logo.get("corner", "bottom-right"),
        logo_width_pt=logo_width,
        logo_height_pt=logo_height,
        template=data.get("template", ""),
        template_background=data.get("_template_background", ""),
        auto_scrim=data.get("legibility", {}).get("auto_scrim", True),
    )
