"""The outline's structure: title and details, sections, points, includes and their limits,
read once over the YAML with every problem collected (passages and scalars are read by the
reader's bases, `passages.PassageReader` and `fields.FieldReader`)."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from slidegen.confine import inside
from slidegen.errors import OutlineError, SlidegenError, raise_all
from slidegen.model import Outline, Passage, Point, Section
from slidegen.outline.passages import Budget, PassageReader
from slidegen.schema import OUTLINE_FIELDS, POINT_FIELDS, REPEAT_VERSES, SECTION_FIELDS
from slidegen.scripture.bible_reading import Reading
from slidegen.scripture.languages import ENGLISH, LANGUAGES, Language, get_language
from slidegen.yamlfile import Position, YamlList, YamlMap, load_yaml, read_text

OUTLINE_KEYS = tuple(OUTLINE_FIELDS)
SECTION_KEYS = tuple(SECTION_FIELDS)
POINT_KEYS = tuple(POINT_FIELDS)

# Deep or huge outlines are mistakes (or attacks through YAML aliases), not sermons.
MAX_POINTS = 2_000
MAX_DEPTH = 6
MAX_SECTIONS = 200
MAX_INCLUDE_DEPTH = 4
MAX_INCLUDES = 50  # files included in all, so a few partials including each other many times stop
MAX_TITLE = 255  # a .pptx file's title property holds at most 255 characters


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


class _OutlineReader(PassageReader):
    """Walks the YAML data once, building model objects and collecting errors."""

    def __init__(
        self, path: str, warnings: list[str], parent: _OutlineReader | None = None
    ) -> None:
        self.path = path
        self.warnings = warnings
        # An included file's reader shares its parent's errors and limits.
        self.errors: list[SlidegenError] = parent.errors if parent else []
        self.budget: Budget = parent.budget if parent else Budget()
        # The language references are written in; an included file reads as its includer.
        self.language: Language = parent.language if parent else ENGLISH
        # How references are read for each translation named (an imported Bible's own names).
        self.readings: dict[str, Reading] = parent.readings if parent else {}
        self.include_chain: tuple[Path, ...] = (
            (*parent.include_chain, Path(path).resolve()) if parent else (Path(path).resolve(),)
        )

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
        parallel = self.text(data, "parallel").upper()
        if parallel:
            source, pos = data.origin("parallel", self.path)
            self.check_translation(parallel, pos, source)
        self.language = get_language(self.choice(data, "language", LANGUAGES, "en"))
        read_passage = self.flag(data, "read_passage", True)
        citations = self.citations(data, None, translation, main=True, shown=read_passage)
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
        title = self.text(data, "title", required=True)
        if len(title) > MAX_TITLE:
            self.error(
                f"the title is {len(title)} characters; at most {MAX_TITLE}",
                data.value_pos.get("title"),
                "shorten it, and put the rest in 'subtitle'",
            )
        return Outline(
            title=title,
            subtitle=self.text(data, "subtitle"),
            citations=citations,
            read_passage=read_passage,
            preacher=self.text(data, "preacher"),
            date=self.date(data),
            series=self.text(data, "series"),
            church=self.text(data, "church"),
            translation=translation,
            parallel=parallel,
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
            language=self.language.code,
            reveal=self.reveal(data),
            big_idea=self.point(
                data["big_idea"], data.value_pos["big_idea"], context, translation, 1
            )
            if data.get("big_idea") is not None
            else None,
            repeat_verses=self.choice(data, "repeat_verses", REPEAT_VERSES, "reference"),
        )

    def sections(self, items: YamlList, context: Passage | None, translation: str) -> list[Section]:
        found: list[Section] = []
        for item, pos in zip(items, items.item_pos, strict=True):
            if isinstance(item, YamlMap) and "include" in item:
                found.extend(self.include(item, context, translation))
                continue
            self.budget.sections += 1
            if self.budget.sections > MAX_SECTIONS:
                if self.budget.first("sections"):
                    self.error(f"more than {MAX_SECTIONS} sections", pos,
                               "split the sermon into several outlines")  # fmt: skip
                break
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
        try:
            # An outline may come from elsewhere: it must not read files outside its folder.
            target = inside(
                Path(self.include_chain[0]).parent,
                name,
                OutlineError,
                what="'include'",
                where="the outline's folder",
                hint="keep included files beside the outline, e.g. partials/",
                relative_to=Path(self.path).parent,
            )
        except OutlineError as error:
            self.errors.append(error.located(self.path, *(pos or (None, None))))
            return []
        self.budget.includes += 1
        if self.budget.includes > MAX_INCLUDES:
            if self.budget.first("includes"):
                self.error(f"more than {MAX_INCLUDES} files included in all", pos,
                           "include each partial once or twice, not in a loop")  # fmt: skip
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
                    f"cannot include '{name[:80]}': {error}", path=self.path, line=line, col=col
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
            return Section(heading=self.with_blanks(heading, pos), line=pos[0])
        if not isinstance(value, YamlMap):
            self.error("a section must be 'heading: …' with its points", pos)
            return None
        if self.colon_inside(value, SECTION_KEYS, pos):
            return None
        self.check_keys(value, tuple(k for k in SECTION_KEYS if k != "include"), "a section")
        citations = self.citations(value, context, translation)
        inner = citations[0].passage if citations else context
        return Section(
            heading=self.with_blanks(
                self.text(value, "heading", required=True, where="a section"),
                value.value_pos.get("heading"),
            ),
            citations=citations,
            notes=self.text(value, "notes"),
            points=self.points(value, inner, translation, 1),
            line=pos[0],
            plain=self.choice(value, "kind", ("sermon", "plain"), "sermon") == "plain",
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
        self.budget.points += 1
        if self.budget.points > MAX_POINTS or depth > MAX_DEPTH:
            if self.budget.first("points"):
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
            return Point(text=self.with_blanks(text, pos), line=pos[0])
        if not isinstance(value, YamlMap):
            self.error("a point must be text or 'text: …' with its passage and notes", pos)
            return None
        if self.colon_inside(value, POINT_KEYS, pos):
            return None
        self.check_keys(value, POINT_KEYS, "a point")
        citations = self.citations(value, context, translation)
        inner = citations[0].passage if citations else context
        return Point(
            text=self.with_blanks(
                self.text(value, "text", required=True, where="a point"),
                value.value_pos.get("text"),
            ),
            citations=citations,
            notes=self.text(value, "notes"),
            points=self.points(value, inner, translation, depth + 1),
            line=pos[0],
        )
