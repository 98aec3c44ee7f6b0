"""theme.yaml → Theme: `extends` with deep merge, defaults, validation with line numbers.

A theme is a YAML file, or a folder holding `theme.yaml` (and later its images and fonts).
Built-in themes live in the repository's `themes/`; a `themes/` folder in the working
directory is searched first, so a church can keep its own beside its outlines.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from slidegen.errors import SlidegenError, ThemeError, closest, did_you_mean, raise_all
from slidegen.model import SLIDE_KINDS, SlideStyle, Theme
from slidegen.yamlfile import Position, YamlList, YamlMap, load_yaml, read_text

BUILTIN_THEMES = Path(__file__).resolve().parent.parent / "themes"
DEFAULT_THEME = "default"

SLIDE_SIZES_PT = {"16:9": (960.0, 540.0), "4:3": (720.0, 540.0)}
_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")

# The schema: section → key → kind. Kinds: "text", "color", "size", "flag", "colors", or a
# tuple of allowed words.
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
    "background": {"color": "color", "gradient": "colors"},
    "footer": {"series": "flag", "church": "flag", "slide_number": "flag"},
    **{kind: _STYLE_KEYS for kind in SLIDE_KINDS},
}

# Readable minimums on a 16:9 slide seen from the back row (points).
_MIN_HEADING_PT = 40.0
_MIN_BODY_PT = 28.0
_MAX_EXTENDS_DEPTH = 8


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
    merged = _load_merged(path, depth=0)
    return _resolve(merged, path)


def _load_merged(path: Path, depth: int) -> dict[str, Any]:
    data = load_yaml(read_text(path, ThemeError), str(path), ThemeError)
    if not isinstance(data, YamlMap):
        raise ThemeError("a theme must be a set of 'key: value' lines", path=path, line=1)
    _validate(data, SCHEMA, str(path))
    parent_name = data.get("extends")
    if not parent_name:
        return _plain(data)
    if depth >= _MAX_EXTENDS_DEPTH:
        line, col = data.value_pos["extends"]
        raise ThemeError("'extends' goes round in a circle", path=path, line=line, col=col)
    try:
        parent_path = find_theme_file(str(parent_name), relative_to=path.parent)
    except ThemeError as error:
        line, col = data.value_pos["extends"]
        raise error.located(path, line, col) from None
    return _deep_merge(_load_merged(parent_path, depth + 1), _plain(data))


def _plain(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


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


def _validate(data: YamlMap, schema: dict[str, Any], path: str) -> None:
    errors: list[SlidegenError] = []

    def fail(message: str, pos: Position | None, hint: str | None = None) -> None:
        line, col = pos if pos else (None, None)
        errors.append(ThemeError(message, path=path, line=line, col=col, hint=hint))

    def check(mapping: YamlMap, spec: dict[str, Any], where: str) -> None:
        for key, value in mapping.items():
            pos = mapping.value_pos.get(key)
            if key not in spec:
                match = closest(str(key), spec)
                hint = f"did you mean '{match}'?" if match else "known keys: " + ", ".join(spec)
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
                elif not 8 <= value <= 200:
                    fail(f"'{key}' must be between 8 and 200 points", pos)
            elif kind == "flag":
                if not isinstance(value, bool):
                    fail(f"'{key}' must be true or false", pos)
            elif kind == "text" and not isinstance(value, str):
                fail(f"'{key}' must be text", pos)

    check(data, schema, "the theme")
    raise_all(errors)


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
    styles: dict[str, SlideStyle] = {}
    for kind in SLIDE_KINDS:
        raw = data.get(kind, {})
        floor = _MIN_BODY_PT if kind in ("point", "verse") else _MIN_HEADING_PT
        max_pt = float(raw.get("size", need(kind, "size")))
        min_pt = float(raw.get("min_size", floor))
        if min_pt > max_pt:
            raise ThemeError(
                f"'{kind}.min_size' ({min_pt:g}) is larger than '{kind}.size' ({max_pt:g})",
                path=path,
            )
        styles[kind] = SlideStyle(
            max_pt=max_pt,
            min_pt=min_pt,
            align=raw.get("align", "left"),
            numbering=raw.get("numbering", "none"),
            verse_numbers=raw.get("verse_numbers", True),
        )
    background = data.get("background", {})
    footer = data.get("footer", {})
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
    )
