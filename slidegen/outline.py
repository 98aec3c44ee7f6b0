"""Outline YAML → Outline: required keys, types, unknown keys (did-you-mean), relative references.

Every problem in the file is collected and reported together, each with its line and column,
so the user fixes the file in one pass instead of one error per run.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from slidegen.errors import OutlineError, SlidegenError, raise_all, unknown_key_hint
from slidegen.model import Citation, Outline, Passage, Point, Section
from slidegen.schema import OUTLINE_FIELDS, PASSAGE_FIELDS, POINT_FIELDS, SECTION_FIELDS
from slidegen.scripture import parse_references
from slidegen.scripture.text import translation_problem
from slidegen.yamlfile import (
    CONTROL_CHARACTERS,
    Position,
    YamlList,
    YamlMap,
    load_yaml,
    read_text,
)

OUTLINE_KEYS = tuple(OUTLINE_FIELDS)
SECTION_KEYS = tuple(SECTION_FIELDS)
POINT_KEYS = tuple(POINT_FIELDS)
PASSAGE_KEYS = tuple(PASSAGE_FIELDS)

# Deep or huge outlines are mistakes (or attacks through YAML aliases), not sermons.
MAX_POINTS = 2_000
MAX_DEPTH = 6
MAX_INCLUDE_DEPTH = 4

# Characters XML 1.0 forbids: a deck containing them is "corrupt" to PowerPoint.


def load_outline(
    path: str | Path,
    warnings: list[str] | None = None,
    overrides: Mapping[str, str] | None = None,
    text: str | None = None,
    translation: str | None = None,
) -> Outline:
    """Read and validate an outline file; raise OutlineError (or ErrorList) naming every problem.

    Defaults from a `series.yaml` beside the file fill keys the outline leaves out, and
    `overrides` (from `--set key=value`) and `translation` (`--translation`) win over both;
    a passage that names its own translation keeps it. `text`, when given, is the file's YAML
    already made (by an importer) and is read instead of the file.
    """
    path = Path(path)
    if text is None:
        text = read_text(path, OutlineError)
    data = load_yaml(text, str(path), OutlineError)
    if isinstance(data, YamlMap):
        from slidegen.reuse import apply_overrides, apply_series_defaults

        apply_series_defaults(data, path.parent)
        apply_overrides(data, overrides or {})
        if translation:
            apply_overrides(data, {"translation": translation}, "--translation")
    return read_outline(data, str(path), warnings)


def parse_outline(text: str, path: str = "<outline>", warnings: list[str] | None = None) -> Outline:
    """An outline from YAML text (`path` names it in messages and anchors includes)."""
    return read_outline(load_yaml(text, path, OutlineError), path, warnings)


def read_outline(data: Any, path: str, warnings: list[str] | None = None) -> Outline:
    reader = _OutlineReader(path, warnings if warnings is not None else [])
    outline = reader.outline(data)
    raise_all(reader.errors)
    assert outline is not None  # no errors means the reader built one
    return outline


@dataclass
class _PointBudget:
    """Points read so far in an outline and its includes, and whether the limit was reported."""

    used: int = 0
    reported: bool = False


class _OutlineReader:
    """Walks the YAML data once, building model objects and collecting errors."""

    def __init__(
        self, path: str, warnings: list[str], parent: _OutlineReader | None = None
    ) -> None:
        self.path = path
        self.warnings = warnings
        # An included file's reader shares its parent's errors and limits.
        self.errors: list[SlidegenError] = parent.errors if parent else []
        self.point_budget: _PointBudget = parent.point_budget if parent else _PointBudget()
        self.include_chain: tuple[Path, ...] = (
            (*parent.include_chain, Path(path).resolve()) if parent else (Path(path).resolve(),)
        )

    # -- reporting -------------------------------------------------------------------------
    def error(
        self, message: str, pos: Position | None, hint: str | None = None, path: str = ""
    ) -> None:
        line, col = pos if pos else (None, None)
        self.errors.append(
            OutlineError(message, path=path or self.path, line=line, col=col, hint=hint)
        )

    def check_keys(self, mapping: YamlMap, allowed: tuple[str, ...], where: str) -> None:
        for key in mapping:
            if key not in allowed:
                hint = unknown_key_hint(str(key), allowed, f"{where} keys are")
                self.error(f"unknown key '{key}' in {where}", mapping.key_pos.get(key), hint)

    # -- scalars ---------------------------------------------------------------------------
    def text(self, mapping: YamlMap, key: str, required: bool = False, where: str = "") -> str:
        if key not in mapping or mapping[key] is None:
            if required:
                self.error(
                    f"{where or 'the outline'} needs '{key}'",
                    mapping.pos,
                    f"add '{key}: …'",
                )
            return ""
        value = mapping[key]
        pos = mapping.value_pos.get(key)
        if isinstance(value, (bool, YamlMap, YamlList)):
            self.error(f"'{key}' must be text", pos, "write it as a plain line of text")
            return ""
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return value.isoformat()
        text = self.clean(str(value), pos).strip()
        if required and not text:
            self.error(f"'{key}' is empty", pos, "write the words to show on the slide")
        return text

    def clean(self, value: str, pos: Position | None) -> str:
        if CONTROL_CHARACTERS.search(value):
            line = f"{self.path}:{pos[0]}" if pos else self.path
            self.warnings.append(f"{line}: removed invisible control characters from the text")
            value = CONTROL_CHARACTERS.sub("", value)
        return value

    def flag(self, mapping: YamlMap, key: str, default: bool) -> bool:
        value = mapping.get(key, default)
        if not isinstance(value, bool):
            self.error(f"'{key}' must be true or false", mapping.value_pos.get(key))
            return default
        return value

    # -- passages --------------------------------------------------------------------------
    def citations(
        self, mapping: YamlMap, context: Passage | None, translation: str
    ) -> tuple[Citation, ...]:
        if "passage" not in mapping or mapping["passage"] is None:
            return ()
        value = mapping["passage"]
        source, pos = mapping.origin("passage", self.path)
        items: list[tuple[Any, Position | None]] = (
            list(zip(value, value.item_pos, strict=True))
            if isinstance(value, YamlList)
            else [(value, pos)]
        )
        found: list[Citation] = []
        for item, item_pos in items:
            found.extend(self.citation(item, item_pos, context, translation, source))
        return tuple(found)

    def citation(
        self,
        value: Any,
        pos: Position | None,
        context: Passage | None,
        translation: str,
        source: str,
    ) -> list[Citation]:
        given_text, own_translation = "", ""
        if isinstance(value, YamlMap):
            self.check_keys(value, PASSAGE_KEYS, "a passage")
            reference = self.text(value, "ref", required=True, where="a passage")
            given_text = self.text(value, "text")
            own_translation = self.text(value, "translation").upper()
            pos = value.value_pos.get("ref", value.pos)
            if own_translation and not given_text:
                self.check_translation(own_translation, value.value_pos.get("translation"))
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            reference = str(value)
        else:
            self.error("a passage must be a reference like 'John 3:16'", pos)
            return []
        if not reference:
            return []
        try:
            passages = parse_references(reference, context)
        except SlidegenError as error:
            line, col = pos if pos else (None, None)
            self.errors.append(error.located(source, line, col))
            return []
        if given_text and len(passages) > 1:
            self.error("text given for more than one passage", pos, "give one passage per 'ref'")
            return []
        code = own_translation or (translation if not given_text else "")
        return [Citation(p, translation=code, given_text=given_text) for p in passages]

    def check_translation(self, code: str, pos: Position | None, source: str = "") -> None:
        problem = translation_problem(code)
        if problem:
            message, hint = problem
            self.error(message, pos, hint, path=source)

    # -- structure -------------------------------------------------------------------------
    def outline(self, data: Any) -> Outline | None:
        if not isinstance(data, YamlMap):
            self.error(
                "an outline must be a set of 'key: value' lines",
                getattr(data, "pos", (1, 1)),
                "start with 'title: …' and 'sections:'",
            )
            return None
        self.check_keys(data, OUTLINE_KEYS, "the outline")
        translation = (self.text(data, "translation") or "WEB").upper()
        if "translation" in data:
            source, pos = data.origin("translation", self.path)
            self.check_translation(translation, pos, source)
        citations = self.citations(data, None, translation)
        context = citations[0].passage if citations else None
        sections: list[Section] = []
        raw_sections = data.get("sections")
        if raw_sections is None:
            self.error("the outline needs 'sections'", data.pos, "add 'sections:' with headings")
        elif not isinstance(raw_sections, YamlList) or not raw_sections:
            self.error(
                "'sections' must be a list of headings",
                data.value_pos.get("sections"),
                "write each as '- heading: …'",
            )
        else:
            sections = self.sections(raw_sections, context, translation)
        return Outline(
            title=self.text(data, "title", required=True),
            subtitle=self.text(data, "subtitle"),
            citations=citations,
            read_passage=self.flag(data, "read_passage", True),
            preacher=self.text(data, "preacher"),
            date=self.text(data, "date"),
            series=self.text(data, "series"),
            church=self.text(data, "church"),
            translation=translation,
            theme=self.text(data, "theme") or "default",
            intro=self.point(data["intro"], data.value_pos["intro"], context, translation, 1)
            if data.get("intro") is not None
            else None,
            sections=tuple(sections),
            conclusion=self.point(
                data["conclusion"], data.value_pos["conclusion"], context, translation, 1
            )
            if data.get("conclusion") is not None
            else None,
            source=self.path,
        )

    def sections(self, items: YamlList, context: Passage | None, translation: str) -> list[Section]:
        found: list[Section] = []
        for item, pos in zip(items, items.item_pos, strict=True):
            if isinstance(item, YamlMap) and "include" in item:
                found.extend(self.include(item, context, translation))
                continue
            section = self.section(item, pos, context, translation)
            if section:
                found.append(section)
        return found

    def include(self, item: YamlMap, context: Passage | None, translation: str) -> list[Section]:
        """Sections from another file (slides that come every week), read like this file's own."""
        pos = item.value_pos.get("include")
        extra = [key for key in item if key != "include"]
        if extra:
            self.error(f"'include' stands alone; remove '{extra[0]}'", item.key_pos[extra[0]])
        name = item["include"]
        if not isinstance(name, str) or not name.strip():
            self.error("'include' needs a file name, e.g. partials/welcome.yaml", pos)
            return []
        folder = Path(self.include_chain[0]).parent
        target = (Path(self.path).parent / name).resolve()
        if not target.is_relative_to(folder):
            # An outline may come from elsewhere: it must not read files outside its folder.
            self.error(f"'{name}' is outside the outline's folder", pos,
                       "keep included files beside the outline, e.g. partials/")  # fmt: skip
            return []
        if target in self.include_chain:
            self.error(f"'{name}' includes itself", pos, "remove the circular include")
            return []
        if len(self.include_chain) > MAX_INCLUDE_DEPTH:
            self.error(f"includes nested more than {MAX_INCLUDE_DEPTH} deep", pos)
            return []
        try:
            data = load_yaml(read_text(target, OutlineError), str(target), OutlineError)
        except SlidegenError as error:
            line, col = pos if pos else (None, None)
            self.errors.append(
                OutlineError(
                    f"cannot include '{name}': {error}", path=self.path, line=line, col=col
                )
            )
            return []
        child = _OutlineReader(str(target), self.warnings, parent=self)
        if isinstance(data, YamlMap):
            child.check_keys(data, ("sections",), "an included file")
            data = data.get("sections")
        if not isinstance(data, YamlList):
            child.error(
                "an included file holds a list of sections ('sections:' or '- heading: …')",
                (1, 1),
            )
            return []
        return child.sections(data, context, translation)

    def section(
        self, value: Any, pos: Position, context: Passage | None, translation: str
    ) -> Section | None:
        if isinstance(value, str):
            # A bare heading is allowed: "- Introduction".
            heading = self.clean(value, pos).strip()
            if not heading:
                self.error("a heading is empty", pos, "write the heading, or remove the line")
            return Section(heading=heading, line=pos[0])
        if not isinstance(value, YamlMap):
            self.error("a section must be 'heading: …' with its points", pos)
            return None
        self.check_keys(value, tuple(k for k in SECTION_KEYS if k != "include"), "a section")
        citations = self.citations(value, context, translation)
        inner = citations[0].passage if citations else context
        return Section(
            heading=self.text(value, "heading", required=True, where="a section"),
            citations=citations,
            notes=self.text(value, "notes"),
            points=self.points(value, inner, translation, 1),
            line=pos[0],
        )

    def points(
        self, mapping: YamlMap, context: Passage | None, translation: str, depth: int
    ) -> tuple[Point, ...]:
        raw = mapping.get("points")
        if raw is None:
            return ()
        if not isinstance(raw, YamlList):
            self.error(
                "'points' must be a list", mapping.value_pos.get("points"), "write each as '- …'"
            )
            return ()
        found = (
            self.point(item, pos, context, translation, depth)
            for item, pos in zip(raw, raw.item_pos, strict=True)
        )
        return tuple(p for p in found if p is not None)

    def point(
        self, value: Any, pos: Position, context: Passage | None, translation: str, depth: int
    ) -> Point | None:
        self.point_budget.used += 1
        if self.point_budget.used > MAX_POINTS or depth > MAX_DEPTH:
            if not self.point_budget.reported:
                self.point_budget.reported = True
                self.error(
                    f"too many or too deeply nested points (at most {MAX_POINTS}, "
                    f"{MAX_DEPTH} levels)",
                    pos,
                    "split the sermon into several outlines",
                )
            return None
        if isinstance(value, (str, int, float)) and not isinstance(value, bool):
            text = self.clean(str(value), pos).strip()
            if not text:
                self.error("a point is empty", pos, "write the point, or remove the line")
            return Point(text=text, line=pos[0])
        if not isinstance(value, YamlMap):
            self.error("a point must be text or 'text: …' with its passage and notes", pos)
            return None
        self.check_keys(value, POINT_KEYS, "a point")
        citations = self.citations(value, context, translation)
        inner = citations[0].passage if citations else context
        return Point(
            text=self.text(value, "text", required=True, where="a point"),
            citations=citations,
            notes=self.text(value, "notes"),
            points=self.points(value, inner, translation, depth + 1),
            line=pos[0],
        )
