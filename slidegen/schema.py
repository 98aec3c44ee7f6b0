"""The outline format's fields, described once: the loader checks keys against them and
`slidegen schema` turns them (and the theme schema) into JSON Schema for YAML editors.
"""

from __future__ import annotations

from typing import Any

# kind: "text" | "flag" | "passage" | "points" | "sections" | "point" | "path"
OUTLINE_FIELDS: dict[str, tuple[str, str]] = {
    "title": ("text", "The sermon's title (required)."),
    "subtitle": ("text", "A line under the title."),
    "passage": ("passage", "The sermon's main text, e.g. 'Exodus 32:7-35'."),
    "read_passage": (
        "flag",
        "Show the main passage as verse slides after the title (default true).",
    ),
    "preacher": ("text", "Who preaches."),
    "date": ("text", "When, as YYYY-MM-DD."),
    "series": ("text", "The sermon series."),
    "church": ("text", "The church's name (shown in the footer)."),
    "translation": ("text", "Bible translation code, e.g. WEB (default), KJV, ASV."),
    "parallel": (
        "text",
        "A second translation shown beside the first on every verse slide, e.g. KJV.",
    ),
    "language": (
        "text",
        "The language the outline is written in, for its references and the words slidegen "
        "writes: 'en' (default), 'es' ('Juan 3:16'), 'pt' ('João 3:16'), 'de' ('Joh 3,16'), "
        "'fr' ('Jean 3.16'), 'ko' ('요한복음 3:16'), 'zh' ('约翰福音 3:16') "
        "or 'zh-hant' ('約翰福音 3:16').",
    ),
    "theme": ("text", "Theme name or path (default 'default')."),
    "repeat_verses": (
        "text",
        "A passage cited again after its verse slides: 'reference' (a short slide: its label "
        "and first words; default), 'full' (show it all again) or 'off' (no slide).",
    ),
    "reveal": (
        "text",
        "How [[blank]] words (and points) appear: 'slides' (a build slide per step; default), "
        "'animate' (PowerPoint click animations), and/or 'points' (a section's points one by "
        "one on one slide), e.g. 'points, animate'.",
    ),
    "intro": ("point", "Opening words: text, or a point with passage, notes and points."),
    "big_idea": ("point", "The sermon in one sentence: a slide of its own after the intro."),
    "sections": ("sections", "The sermon's headings, each with its points (required)."),
    "conclusion": ("point", "Closing words: text, or a point with passage, notes and points."),
}
SECTION_FIELDS: dict[str, tuple[str, str]] = {
    "heading": ("text", "The heading, shown large on its own slide (required)."),
    "passage": (
        "passage",
        "Passage(s) for this heading; '11' or '32:15-35' read against the main passage.",
    ),
    "notes": ("text", "Speaker notes."),
    "points": ("points", "The points under this heading."),
    "kind": (
        "text",
        "'plain' for slides that are not sermon points (welcome, announcements, offering): "
        "never numbered or recapped; 'sermon' (default) otherwise.",
    ),
    "include": (
        "path",
        "Instead of a heading: sections from another file, e.g. partials/welcome.yaml.",
    ),
}
POINT_FIELDS: dict[str, tuple[str, str]] = {
    "text": ("text", "The point as projected: short (required)."),
    "passage": (
        "passage",
        "Passage(s) for this point; relative ones read against the enclosing one.",
    ),
    "notes": ("text", "Speaker notes: the longer explanation."),
    "points": ("points", "Sub-points."),
}
PASSAGE_FIELDS: dict[str, tuple[str, str]] = {
    "ref": ("text", "The reference, e.g. 'John 3:16' (required)."),
    "text": ("text", "The passage's text as you want it shown (e.g. from a licensed translation)."),
    "translation": ("text", "Translation code for this passage only."),
}
# Defaults a series shares, in `series.yaml` beside its outlines.
SERIES_FIELDS: dict[str, tuple[str, str]] = {
    key: OUTLINE_FIELDS[key]
    for key in ("series", "preacher", "church", "translation", "theme", "subtitle",
                "read_passage", "repeat_verses", "reveal", "parallel", "language")
}  # fmt: skip
# The outline's details above its sections, in the order an outline (or an importer) lists them.
DETAIL_FIELDS = ("title", "subtitle", "passage", "preacher", "date", "series", "church",
                 "translation", "theme")  # fmt: skip
# Outline settings: how the deck is made rather than what it says.
SETTING_FIELDS = ("read_passage", "repeat_verses", "reveal", "parallel", "language")
REPEAT_VERSES = ("full", "reference", "off")
# What `--set key=value` may change at build time: any of them.
SETTABLE_FIELDS = DETAIL_FIELDS + SETTING_FIELDS


def _properties(fields: dict[str, tuple[str, str]], refs: dict[str, Any]) -> dict[str, Any]:
    return {name: {**refs[kind], "description": text} for name, (kind, text) in fields.items()}


def outline_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) for outline files."""
    text = {"type": ["string", "number"]}
    passage_object = {
        "type": "object",
        "additionalProperties": False,
        "required": ["ref"],
        "properties": _properties(PASSAGE_FIELDS, {"text": text}),
    }
    passage_one = {"anyOf": [{"type": "string"}, passage_object]}
    refs: dict[str, Any] = {
        "text": text,
        "flag": {"type": "boolean"},
        "path": {"type": "string"},
        "passage": {"anyOf": [passage_one, {"type": "array", "items": passage_one}]},
        "points": {"type": "array", "items": {"$ref": "#/$defs/point"}},
        "point": {"$ref": "#/$defs/point"},
        "sections": {"type": "array", "minItems": 1, "items": {"$ref": "#/$defs/section"}},
    }
    point = {
        "anyOf": [
            {"type": ["string", "number"]},
            {
                "type": "object",
                "additionalProperties": False,
                "required": ["text"],
                "properties": _properties(POINT_FIELDS, refs),
            },
        ]
    }
    section = {
        "anyOf": [
            {"type": "string"},
            {
                "type": "object",
                "additionalProperties": False,
                "properties": _properties(SECTION_FIELDS, refs),
            },
        ]
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "slidegen sermon outline",
        "type": "object",
        "additionalProperties": False,
        "required": ["title", "sections"],
        "properties": _properties(OUTLINE_FIELDS, refs),
        "$defs": {"point": point, "section": section},
    }


def theme_schema() -> dict[str, Any]:
    """JSON Schema for theme files, made from the theme options' own declarations
    (`theme_options`): the same keys, kinds, ranges, defaults and descriptions the loader uses.
    Slide-kind blocks list only the keys that mean something for that kind."""
    from slidegen.theme_options import OPTIONS, Block

    schema = Block("", options=OPTIONS).json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "slidegen theme"
    return schema
