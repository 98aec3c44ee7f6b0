"""Outline YAML → Outline: required keys, types, unknown keys (did-you-mean), relative references.

Every problem in the file is collected and reported together, each with its line and column,
so the user fixes the file in one pass instead of one error per run.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from slidegen.blanks import problem as blank_problem
from slidegen.blanks import reveal_problem
from slidegen.confine import inside
from slidegen.errors import OutlineError, SlidegenError, raise_all, unknown_key_hint
from slidegen.model import Citation, Outline, Passage, Point, Section
from slidegen.schema import (
    OUTLINE_FIELDS,
    PASSAGE_FIELDS,
    POINT_FIELDS,
    REPEAT_VERSES,
    SECTION_FIELDS,
)
from slidegen.scripture import parse_references
from slidegen.scripture.bible_reading import Reading, reading_for
from slidegen.scripture.books import find_book
from slidegen.scripture.languages import ENGLISH, LANGUAGES, Language, get_language
from slidegen.scripture.references import another_language
from slidegen.scripture.refusals import OutOfRange
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
MAX_SECTIONS = 200
MAX_INCLUDE_DEPTH = 4
MAX_INCLUDES = 50  # files included in all, so a few partials including each other many times stop
# Verse slides: Psalm 119 (176 verses) is the longest chapter; a whole book is not read aloud.
MAX_PASSAGE_VERSES = 200
MAX_DECK_VERSES = 5_000  # about 3,000 slides
MAX_TITLE = 255  # a .pptx file's title property holds at most 255 characters

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
class _Budget:
    """What an outline and its includes have used so far of each limit, and which limits were
    reported (each once)."""

    points: int = 0
    sections: int = 0
    includes: int = 0
    verses: int = 0
    reported: set[str] = field(default_factory=set)

    def first(self, what: str) -> bool:
        """True the first time the limit on `what` is passed, so each is reported once."""
        if what in self.reported:
            return False
        self.reported.add(what)
        return True


def verse_count(passage: Passage, numbering: Mapping[str, tuple[int, ...]] | None = None) -> int:
    """How many verses `passage` spans, from the book's verse counts (`numbering`'s where it
    has the book; no text is read)."""
    book = find_book(passage.book)
    counts = (numbering or {}).get(passage.book) or (book.verse_counts if book else ())
    if not 1 <= passage.start_chapter <= passage.end_chapter <= len(counts):
        return 0  # not a passage of the Bible: the look-up says so
    if passage.start_chapter == passage.end_chapter:
        return max(0, passage.end_verse - passage.start_verse + 1)
    middle = range(passage.start_chapter + 1, passage.end_chapter)
    first = counts[passage.start_chapter - 1] - passage.start_verse + 1
    return first + sum(counts[chapter - 1] for chapter in middle) + passage.end_verse


class _OutlineReader:
    """Walks the YAML data once, building model objects and collecting errors."""

    def __init__(
        self, path: str, warnings: list[str], parent: _OutlineReader | None = None
    ) -> None:
        self.path = path
        self.warnings = warnings
        # An included file's reader shares its parent's errors and limits.
        self.errors: list[SlidegenError] = parent.errors if parent else []
        self.budget: _Budget = parent.budget if parent else _Budget()
        # The language references are written in; an included file reads as its includer.
        self.language: Language = parent.language if parent else ENGLISH
        # How references are read for each translation named (an imported Bible's own names).
        self.readings: dict[str, Reading] = parent.readings if parent else {}
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

    def choice(self, mapping: YamlMap, key: str, choices: tuple[str, ...], default: str) -> str:
        if mapping.get(key) is False and "off" in choices:
            return "off"  # YAML reads a bare `off` as false
        value = self.text(mapping, key).lower()
        if value and value not in choices:
            source, pos = mapping.origin(key, self.path)
            self.error(f"'{key}' must be {', '.join(choices[:-1])} or {choices[-1]}, not "
                       f"'{value[:40]}'", pos, f"e.g. '{key}: {default}'", path=source)  # fmt: skip
        return value if value in choices else default

    def with_blanks(self, text: str, pos: Position | None) -> str:
        """Point or heading text, a malformed fill-in-the-blank ('[[grace]]') reported."""
        found = blank_problem(text)
        if found:
            self.error(found[0], pos, found[1])
        return text

    def reveal(self, data: YamlMap) -> str:
        value = self.text(data, "reveal")
        found = reveal_problem(value)
        if found:
            source, pos = data.origin("reveal", self.path)
            self.error(found[0], pos, found[1], path=source)
            return ""
        return value

    def date(self, mapping: YamlMap) -> str:
        """The date as written; one shaped like YYYY-MM-DD must be a real day (a quoted
        '2026-02-30' or --set date=2026-13-01 is not read as a date by YAML)."""
        value = self.text(mapping, "date")
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", value):
            try:
                dt.date(*(int(part) for part in value.split("-")))
            except ValueError:
                source, pos = mapping.origin("date", self.path)
                self.error(f"'{value}' is not a real date", pos,
                           "write dates as YYYY-MM-DD, e.g. 2026-11-29", path=source)  # fmt: skip
        return value

    def colon_inside(self, value: YamlMap, keys: tuple[str, ...], pos: Position) -> bool:
        """'- Moses pleads: on God's name' is a point with a colon, not a key: say so."""
        if len(value) != 1:
            return False
        key, text = next(iter(value.items()))
        if key in keys or not isinstance(key, str) or not isinstance(text, (str, int, float)):
            return False
        if " " not in key.strip() and not key[:1].isupper():
            return False  # "txt: a" is a misspelt key, reported as one
        quoted = f"{key}: {text}".replace('"', "'")
        hint = f'put it in quotes: - "{quoted}"' if len(quoted) <= 60 else "put it in quotes"
        self.error("a colon inside the text", pos, hint)
        return True

    def flag(self, mapping: YamlMap, key: str, default: bool) -> bool:
        value = mapping.get(key, default)
        if not isinstance(value, bool):
            source, pos = mapping.origin(key, self.path)
            self.error(f"'{key}' must be true or false", pos, path=source)
            return default
        return value

    # -- passages --------------------------------------------------------------------------
    def citations(
        self,
        mapping: YamlMap,
        context: Passage | None,
        translation: str,
        *,
        main: bool = False,
        shown: bool = True,
    ) -> tuple[Citation, ...]:
        """The passages `mapping` cites (the sermon's `main` text, or a section's or point's);
        those `shown` as verse slides (the main text only with read_passage) are limited."""
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
            cited = self.citation(item, item_pos, context, translation, source)
            if shown:
                for citation in cited:
                    numbering = self.reading(citation.translation or translation).numbering
                    self.check_length(citation.passage, item_pos, source, main, numbering)
            found.extend(cited)
        return tuple(found)

    def check_length(
        self,
        passage: Passage,
        pos: Position | None,
        source: str,
        main: bool,
        numbering: Mapping[str, tuple[int, ...]] | None = None,
    ) -> None:
        """Refuse a passage (or a deck's passages) too long to show as verse slides, from the
        books' verse counts: a whole book would be thousands of slides."""
        verses = verse_count(passage, numbering)
        if verses > MAX_PASSAGE_VERSES:
            hint = "cite a shorter passage (a chapter or less)"
            if main:
                hint += ", or set 'read_passage: false' to leave the main text off the slides"
            self.error(
                f"{passage} is {verses} verses, too long for verse slides (at most "
                f"{MAX_PASSAGE_VERSES})",
                pos,
                hint,
                path=source,
            )
            return
        self.budget.verses += verses
        if self.budget.verses > MAX_DECK_VERSES and self.budget.first("verses"):
            self.error(
                f"the passages cited come to more than {MAX_DECK_VERSES} verses of slides",
                pos,
                "cite shorter passages, or split the sermon into several outlines",
                path=source,
            )

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
        reading = self.reading(own_translation or translation)
        try:
            passages = parse_references(reference, context, reading.language, reading.numbering)
        except SlidegenError as error:
            line, col = pos if pos else (None, None)
            # "요한복음 3:16" without `language: ko`: say which language reads it.
            if not isinstance(error, OutOfRange):
                error = another_language(reference, reading.language) or error
            self.errors.append(error.located(source, line, col))
            return []
        if given_text and len(passages) > 1:
            self.error("text given for more than one passage", pos, "give one passage per 'ref'")
            return []
        code = own_translation or (translation if not given_text else "")
        line, col = pos if pos else (None, None)
        return [
            Citation(p, translation=code, given_text=given_text, path=source, line=line, col=col)
            for p in passages
        ]

    def reading(self, translation: str) -> Reading:
        """How references to be read in `translation` are read: an imported Bible's own book
        names join the outline's language, and its numbering bounds chapters and verses."""
        if translation not in self.readings:
            self.readings[translation] = reading_for(self.language, translation)
        return self.readings[translation]

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
