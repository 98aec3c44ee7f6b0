"""theme.yaml → Theme: `extends` with deep merge, defaults, validation with line numbers.

A theme is a YAML file, or a folder holding `theme.yaml` and its images, fonts and template.
Built-in themes live in the repository's `themes/`; a `themes/` folder in the working
directory is searched first, so a church can keep its own beside its outlines.

Every option is declared once, in `theme_options`: this module validates each file against
those declarations, merges the chain, refuses keys that would have no effect where they are
written, and builds the `Theme` from the declared defaults and fields.

Asset paths (`background.image`, `logo.image`, `template`) resolve inside the folder of the file
that names them, and are checked there and then (confined, readable, decodable; a template is
sanitised and read once, `template.read_template`), so every problem is reported with its line
before anything is written.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from slidegen.confine import confined_file, inside, is_inside
from slidegen.errors import (
    SlidegenError,
    ThemeError,
    closest,
    did_you_mean,
    raise_all,
    unknown_key_hint,
)
from slidegen.images import image_size
from slidegen.model import Theme
from slidegen.template_zip import shown
from slidegen.theme_options import (
    OPTIONS,
    AssetPath,
    Block,
    Problem,
    find,
    lookup,
    walk,
)
from slidegen.theme_resolve import ORIGINS, Origin, resolve
from slidegen.yamlfile import Position, YamlMap, load_mapping, plain

if TYPE_CHECKING:
    from slidegen.template import TemplateInfo

__all__ = [
    "BUILTIN_THEMES",
    "DEFAULT_THEME",
    "builtin_theme_names",
    "find_theme_file",
    "load_theme",
    "theme_search_dirs",
    "confined_path",
]


def _builtin_themes_folder() -> Path:
    # Installed from a wheel: shipped as slidegen/builtin_themes; from a checkout (or an
    # editable install): the repository's own themes/ folder.
    package = Path(__file__).resolve().parent
    shipped = package / "builtin_themes"
    return shipped if shipped.is_dir() else package.parent / "themes"


BUILTIN_THEMES = _builtin_themes_folder()
DEFAULT_THEME = "default"

_MAX_EXTENDS_DEPTH = 64  # a sanity limit only: circles are found by the files themselves
# What is drawn behind the slide is one choice; `_pixels` travels with `image`.
_BACKGROUND_CHOICE = ("color", "gradient", "image", "_pixels")


def builtin_theme_names() -> list[str]:
    return sorted(p.parent.name for p in BUILTIN_THEMES.glob("*/theme.yaml"))


def theme_search_dirs() -> list[Path]:
    return [Path.cwd() / "themes", BUILTIN_THEMES]


def find_theme_file(
    name_or_path: str, relative_to: Path | None = None, confined_to: Path | None = None
) -> Path:
    """A theme name (searched in themes/ folders) or a path to a theme file or folder.

    `confined_to`: the folder a path written in a file must stay inside (symlinks followed):
    an outline's `theme:` stays in the outline's folder, an `extends:` beside its theme. Names
    without a slash are looked up in `confined_to/themes`, `./themes` and the built-ins.
    """
    looks_like_path = (
        "/" in name_or_path or "\\" in name_or_path or name_or_path.endswith((".yaml", ".yml"))
    )
    if looks_like_path:
        path = Path(name_or_path)
        if confined_to is not None:
            where = f"the folder {confined_to}"
            path = inside(
                confined_to,
                name_or_path,
                ThemeError,
                what="the theme",
                where=where,
                hint="keep the theme's folder beside the file that names it",
                relative_to=relative_to,
            )
        elif not path.is_absolute() and relative_to is not None:
            path = relative_to / path
        if path.is_dir():
            path = path / "theme.yaml"
        if not path.is_file():
            raise ThemeError(f"theme file not found: {path}", hint="check the path")
        return path
    folders = theme_search_dirs()
    if confined_to is not None:
        folders = [confined_to / "themes", *folders]
    for folder in folders:
        for candidate in (folder / name_or_path / "theme.yaml", folder / f"{name_or_path}.yaml"):
            if not candidate.is_file():
                continue
            beside = confined_to is not None and folder == confined_to / "themes"
            if beside and not is_inside(candidate, folder.parent):  # linked to elsewhere
                raise ThemeError(
                    f"the theme '{shown(name_or_path)}' leads out of {folder.parent} (a symlink)",
                    hint="copy the theme's folder into themes/ beside the outline",
                )
            return candidate
    names = builtin_theme_names()
    raise ThemeError(
        f"unknown theme '{shown(name_or_path)}'{did_you_mean(name_or_path, names)}",
        hint="built-in themes: " + ", ".join(names),
    )


def load_theme(
    name_or_path: str = DEFAULT_THEME,
    relative_to: Path | None = None,
    confined_to: Path | None = None,
) -> Theme:
    """Find, read, merge (`extends`) and validate a theme; see `find_theme_file` for
    `relative_to` and `confined_to`."""
    path = find_theme_file(name_or_path, relative_to, confined_to)
    merged = _load_merged(path, chain=())
    return resolve(merged, path, DEFAULT_THEME)


def _load_merged(path: Path, chain: tuple[Path, ...]) -> dict[str, Any]:
    """This file merged over its `extends` ancestors; `chain` holds the (resolved) files
    that extend it, nearest last."""
    data = load_mapping(
        path,
        ThemeError,
        "a theme",
        f"start with 'extends: {DEFAULT_THEME}' and the values you change",
    )
    if not any(closest(str(key), OPTIONS) for key in data):
        # Its keys are not echoed: a file named by mistake (or by a stranger) stays private.
        hint = "a theme sets 'extends:', 'colors:', 'fonts:' and the like (see the README)"
        raise ThemeError("not a theme file", path=path, hint=hint)
    _validate(data, str(path))
    origins = _origins(data, path, generation=len(chain))
    own = _deep_merge(plain(data), _check_assets(data, path))
    own[ORIGINS] = origins
    parent_name = data.get("extends")
    if not parent_name:
        merged = own
    else:
        merged = _extend(_load_merged(_parent(path, data, chain), (*chain, path.resolve())), own)
        # A theme's name is its own (or its folder's), never its parent's.
        if "name" not in own:
            merged.pop("name", None)
    # Judged here, with what this file and its ancestors make: a key this file writes that
    # does nothing in its own theme is its mistake (a descendant overriding it is not).
    _check_effects(merged, origins)
    return merged


def _parent(path: Path, data: YamlMap, chain: tuple[Path, ...]) -> Path:
    line, col = data.value_pos["extends"]
    try:
        # A theme may extend a built-in, or a theme beside it (`extends: ../ours`), no further.
        parent_path = find_theme_file(
            str(data["extends"]), relative_to=path.parent, confined_to=path.parent.parent
        )
    except ThemeError as error:
        raise error.located(path, line, col) from None
    # Resolve the folder (not a symlinked theme.yaml: its assets sit beside the link) so a
    # chain of "../other" names reads as plain paths rather than a/../b/../c.
    parent_path = parent_path.parent.resolve() / parent_path.name
    chain = (*chain, path.resolve())
    if parent_path.resolve() in chain:
        raise ThemeError(
            f"'extends' goes round in a circle: {parent_path.resolve()} is already in the chain",
            path=path,
            line=line,
            col=col,
            hint="one theme in the chain must extend another outside it, or nothing",
        )
    if len(chain) > _MAX_EXTENDS_DEPTH:
        raise ThemeError(
            f"'extends' goes more than {_MAX_EXTENDS_DEPTH} themes deep",
            path=path,
            line=line,
            col=col,
            hint="extend a theme nearer the top of the chain",
        )
    return parent_path


def _origins(data: YamlMap, path: Path, generation: int) -> dict[str, Origin]:
    """Where this file sets each value: {"point.size": Origin(...), ...}."""
    builtin = path.resolve().is_relative_to(BUILTIN_THEMES.resolve())
    found: dict[str, Origin] = {}

    def visit(mapping: YamlMap, prefix: str) -> None:
        for key, value in mapping.items():
            dotted = f"{prefix}{key}"
            if isinstance(value, YamlMap):
                visit(value, dotted + ".")
            else:
                line, col = mapping.value_pos.get(key, (None, None))
                found[dotted] = Origin(str(path), line, col, generation, builtin)

    visit(data, "")
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


def _validate(data: YamlMap, path: str) -> None:
    """Every key known and every value of its declared kind; all problems reported at once."""
    errors: list[SlidegenError] = []

    def fail(problem: Problem, pos: Position | None) -> None:
        line, col = pos if pos else (None, None)
        errors.append(ThemeError(problem.message, path=path, line=line, col=col, hint=problem.hint))

    def check(mapping: YamlMap, block: Block, where: str) -> None:
        for key, value in mapping.items():
            pos = mapping.value_pos.get(key)
            option = block.options.get(key)
            if option is None:
                misplaced = block.elsewhere.get(key)
                if misplaced is None:
                    hint = unknown_key_hint(str(key), block.options, "known keys")
                    misplaced = Problem(f"unknown key '{shown(str(key), 40)}' in {where}", hint)
                fail(misplaced, mapping.key_pos.get(key))
            elif isinstance(option, Block):
                if isinstance(value, YamlMap):
                    check(value, option, f"'{key}'")
                else:
                    fail(Problem(f"'{key}' must be a block of 'key: value' lines"), pos)
            else:
                problem = option.problem(str(key), value)
                if problem is not None:
                    fail(problem, pos)

    check(data, Block("", options=OPTIONS), "the theme")
    raise_all(errors)


def _check_effects(merged: dict[str, Any], origins: dict[str, Origin]) -> None:
    """Refuse keys this file writes that its theme would ignore (every key must do something)."""
    errors: list[SlidegenError] = []
    for dotted, origin in origins.items():
        option = find(dotted)
        if option is None or isinstance(option, Block):
            continue
        if option.requires and not lookup(merged, option.requires[0]):
            needed, why = option.requires
            errors.append(
                origin.error(
                    f"'{dotted}' has no effect: {why}",
                    f"set '{needed}' too, or remove this line",
                )
            )
        elif option.unused_with and lookup(merged, option.unused_with[0]):
            errors.append(
                origin.error(f"'{dotted}' has no effect: {option.unused_with[1]}", "remove it")
            )
    raise_all(errors)


def _check_assets(data: YamlMap, path: Path) -> dict[str, Any]:
    """Resolve and check this file's asset paths; their absolute forms (and what was read from
    them: a picture's size, a template's description) to merge."""
    errors: list[SlidegenError] = []
    found: dict[str, Any] = {}
    folder = path.parent
    for dotted, option in walk():
        if not isinstance(option, AssetPath):
            continue
        *sections, key = dotted.split(".")
        holder: Any = data
        for section in sections:
            holder = holder.get(section) if isinstance(holder, YamlMap) else None
        if not isinstance(holder, YamlMap) or not isinstance(holder.get(key), str):
            continue
        line, col = holder.value_pos.get(key, (None, None))
        try:
            asset = confined_path(folder, holder[key], dotted)
            extra: dict[str, Any] = {}
            if dotted == "template":
                extra["_template_info"] = _read_template(asset)
            else:
                extra["_pixels"] = image_size(asset)
        except ThemeError as error:
            errors.append(error.located(path, line, col))
            continue
        target = found
        for section in sections:
            target = target.setdefault(section, {})
        target[key] = str(asset)
        target.update(extra)
    raise_all(errors)
    return found


def _read_template(path: Path) -> TemplateInfo:
    if path.suffix.lower() != ".pptx":
        raise ThemeError(
            f"'template' must be a .pptx file: {path.name}",
            hint="save the template from PowerPoint as a .pptx presentation",
        )
    from slidegen.template import read_template  # only a theme with a template needs it

    return read_template(path)


def confined_path(folder: Path, value: str, what: str) -> Path:
    """`value` as a regular file inside `folder`; anything leading out of it is refused."""
    hint = "put the file in the theme's folder and name it relative to theme.yaml"
    where = "the theme's folder"
    return confined_file(folder, value, ThemeError, what=f"'{what}'", where=where, hint=hint)
