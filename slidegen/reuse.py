"""Reusing work across sermons: series defaults, `--set` overrides, new outlines from old ones."""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from slidegen.confine import confined_file
from slidegen.errors import (
    OutlineError,
    SlidegenError,
    UsageError,
    closest,
    raise_all,
    unknown_key_hint,
)
from slidegen.schema import OUTLINE_FIELDS, SERIES_FIELDS, SETTABLE_FIELDS
from slidegen.yamlfile import (
    YamlList,
    YamlMap,
    dump_outline,
    load_mapping,
    plain,
)

SERIES_FILE = "series.yaml"
# How cleared text is numbered: sections "Heading 1", their points "Point 1.1", and so on.
# What a cleared part of the outline says instead of its words.
_PROMPTS = {"intro": "Introduction", "sections": "Heading", "conclusion": "Conclusion"}


def apply_series_defaults(data: YamlMap, folder: Path) -> None:
    """Fill keys the outline leaves out from `series.yaml` in its folder, if there is one."""
    path = folder / SERIES_FILE
    if not os.path.lexists(path):
        return
    hint = "e.g. 'series: Exodus' and 'preacher: …', one per line"
    try:  # a symlink to a private file elsewhere (or a FIFO) is refused, not read
        where = "the outline's folder"
        confined_file(folder, SERIES_FILE, OutlineError, what="the series file", where=where,
                      hint="make series.yaml a plain file there")  # fmt: skip
    except OutlineError as error:
        raise error.located(path) from None
    series = load_mapping(path, OutlineError, "a series file", hint)
    if not any(closest(str(key), SERIES_FIELDS) for key in series):  # its keys stay private
        raise OutlineError("not a series file", path=path, hint=hint)
    errors: list[SlidegenError] = []
    for key, value in series.items():
        line, col = series.key_pos[key]
        if key not in SERIES_FIELDS:
            hint = unknown_key_hint(str(key), SERIES_FIELDS, "series keys")
            errors.append(OutlineError(f"unknown key '{key}' in the series file", path=path,
                                       line=line, col=col, hint=hint))  # fmt: skip
        elif not isinstance(value, bool if OUTLINE_FIELDS[key][0] == "flag" else str):
            line, col = series.value_pos[key]
            kind = "true or false" if OUTLINE_FIELDS[key][0] == "flag" else "text"
            errors.append(OutlineError(f"'{key}' must be {kind}", path=path, line=line, col=col))
        elif data.get(key) is None:
            data[key] = value
            data.value_pos[key] = series.value_pos[key]
            data.value_source[key] = str(path)
    raise_all(errors)


def parse_settings(pairs: Sequence[str]) -> dict[str, str]:
    """`--set key=value` arguments → a dict, refusing keys that cannot be set."""
    settings: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep or not key:
            raise UsageError(
                f"--set expects key=value, got '{pair}'", hint="e.g. --set date=2026-12-06"
            )
        if key not in SETTABLE_FIELDS:
            hint = unknown_key_hint(key, SETTABLE_FIELDS, "settable")
            raise UsageError(f"--set cannot change '{key}'", hint=hint)
        settings[key] = value.strip()
    return settings


def apply_overrides(data: YamlMap, overrides: Mapping[str, str], option: str = "") -> None:
    """Put command-line values into the outline; messages about them name `option`
    (default "--set KEY")."""
    for key, value in overrides.items():
        data[key] = _flag(value) if OUTLINE_FIELDS.get(key, ("",))[0] == "flag" else value
        data.value_pos[key] = data.pos
        data.value_source[key] = option or f"--set {key}"


_TRUE = frozenset({"true", "yes", "on", "1"})
_FALSE = frozenset({"false", "no", "off", "0"})


def _flag(value: str) -> bool | str:
    """'false' from the command line is False; anything else stays text for the loader to
    report where it came from."""
    word = value.strip().lower()
    return True if word in _TRUE else False if word in _FALSE else value


def next_sunday(today: dt.date | None = None) -> dt.date:
    today = today or dt.date.today()
    return today + dt.timedelta(days=(6 - today.weekday()) % 7 or 7)


def slug(title: str) -> str:
    """A file name from a title: 'Real Intercession!' → 'real-intercession'."""
    words = re.findall(r"[a-z0-9]+", title.lower())
    return "-".join(words)[:60] or "sermon"


def new_target(title: str, source: Path | None) -> Path:
    """Where `new` writes by default: beside the old outline (so its includes and series file
    still apply), or in outlines/ for a fresh one."""
    folder = source.parent if source is not None else Path("outlines")
    return folder / f"{slug(title)}.yaml"


def new_outline(
    title: str, source: Path | None = None, keep_text: bool = False, target: Path | None = None
) -> str:
    """YAML for a new outline: from scratch, or from an old one's structure (text kept or not).

    Written to `target` in another folder than the old outline, its `include:` paths are
    rewritten to reach the same files, and the old folder's series settings are written in."""
    header = [f"{title}: made by 'slidegen new'. Fill in the headings and points, then run",
              "slidegen build on this file."]  # fmt: skip
    if source is None:
        data: dict[str, Any] = {
            "title": title,
            "passage": "John 3:16-17",
            "date": next_sunday().isoformat(),
            "intro": "Why this passage matters this week",
            "sections": [
                {"heading": "First heading", "passage": "16", "points": ["A point", "Another"]},
                {"heading": "Second heading", "passage": "17", "points": ["A point"]},
            ],
            "conclusion": "What we take home",
        }
        return dump_outline(data, header)
    old = load_mapping(
        source,
        OutlineError,
        "an outline",
        "give an outline slidegen builds (with 'title:' and 'sections:')",
    )
    # The series' settings always carry over; the wording only when asked to keep it.
    kept: tuple[str, ...] = ("read_passage", "repeat_verses", "reveal", "preacher", "series",
                             "church", "language", "translation", "parallel", "theme")  # fmt: skip
    if keep_text:
        kept += ("subtitle", "passage")
    moved = target is not None and target.parent.resolve() != source.parent.resolve()
    if moved:
        apply_series_defaults(old, source.parent)  # the series file will not be beside it
    data = {"title": title, **{key: plain(old[key]) for key in kept if key in old}}
    data["date"] = next_sunday().isoformat()
    for key in ("intro", "sections", "conclusion"):
        if key in old:
            data[key] = plain(old[key]) if keep_text else _blank(old[key], "", _PROMPTS[key])
    if moved and target is not None and isinstance(data.get("sections"), list):
        data["sections"] = [_moved_include(s, source, target) for s in data["sections"]]
    header.append(f"Structure taken from {source}.")
    return dump_outline(data, header)


def _moved_include(section: Any, source: Path, target: Path) -> Any:
    """An `include:` of the old outline, as a path from the new one's folder."""
    if not (isinstance(section, dict) and isinstance(section.get("include"), str)):
        return section
    included = (source.parent / section["include"]).resolve()
    folder = target.parent.resolve()
    if not included.is_relative_to(folder):
        raise UsageError(
            f"{source} includes {section['include']}, which would be outside the new "
            f"outline's folder {target.parent}",
            hint=f"leave out -o to write it beside {source.name}, or copy the included files",
        )
    return {"include": included.relative_to(folder).as_posix()}


def _blank(value: Any, label: str, kind: str) -> Any:
    """The same shape with the words cleared: numbered prompts ("Heading 2", "Point 2.1")."""
    if isinstance(value, YamlList):
        return [_blank(item, f"{label}{n}", kind) for n, item in enumerate(value, 1)]
    prompt = f"{kind} {label}".strip()
    if not isinstance(value, YamlMap):
        return prompt
    if "include" in value:
        return plain(value)
    result: dict[str, Any] = {}
    if "heading" in value or "text" in value:
        result["heading" if "heading" in value else "text"] = prompt
    if "points" in value:
        inner = f"{label}." if label[:1].isdigit() else ""
        result["points"] = _blank(value["points"], inner, "Point")
    return result
