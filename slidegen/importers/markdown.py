"""Markdown outlines: `#` title, `##` sections, `###` points, lists nested by indentation.

A small line-based reader, enough for outlines written in notes apps: ATX and setext headings
(a typed marker in a heading, "## 1. The Lord who meets us", is dropped), `-`/`*`/`+`/`1.`/`a)`/
`1.1` lists, paragraphs and block quotes (notes of the item before them, their references
cited), tables (each row a point), an italic line under the title (the subtitle),
`**Text:** John 3` details, a byline and a `---` front matter block. Code blocks and HTML have
no place in a deck; they are reported as unplaced.

Every pattern is anchored or bounded: a 1 MB line is read in time proportional to its length.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from slidegen.errors import OutlineError
from slidegen.importers import labels
from slidegen.importers.detect import declare_language, language_draft
from slidegen.importers.draft import Draft, Event, assemble, check_line_lengths, nest
from slidegen.importers.text import META_KEYS, TAB, prose_event, take_meta
from slidegen.scripts import joined
from slidegen.scripture.languages import LANGUAGES
from slidegen.yamlfile import read_text

_ATX = re.compile(r"(#{1,6})(?:[ \t]+(.*))?")
_CLOSING_HASHES = re.compile(r"[ \t]#+$")
_SETEXT = re.compile(r"(=+|-+)\s*")
_LIST = re.compile(
    r"( *)(?:[-*+]|\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+|[a-zA-Z][.)]"
    r"|[ivxIVX]{1,5}[.)])[ \t]+(\S.*)"
)
_DECIMAL_ITEM = re.compile(r" *\d{1,3}((?:\.\d{1,3})+)")
_ITALIC_LINE = re.compile(r"(?:\*(?!\*)|_(?!_))(?P<text>[^*_]{1,200})[*_]")
_TABLE_RULE = re.compile(r"\|?[ :\-|]+")
_FENCE = re.compile(r"\s*(```|~~~)")
_RULE = re.compile(r"\s*(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})")
_QUOTE = re.compile(r"\s*>\s?")
# Spans are bounded (emphasis over 300 characters is not an outline's): an opening mark
# without its closing one costs a bounded look ahead, not a scan to the end of the line.
_INLINE = (
    (re.compile(r"!\[([^\]]{0,300})\]\([^)]{0,500}\)"), ""),
    (re.compile(r"\[([^\]]{1,300})\]\([^)]{0,500}\)"), r"\1"),
    (re.compile(r"\*\*(.{1,300}?)\*\*|__(.{1,300}?)__"), r"\1\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.{1,300}?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.{1,300}?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`]{0,300})`"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!])"), r"\1"),
)
FRONT_KEYS = {**META_KEYS, "author": "preacher"}
FRONT_FLAGS = frozenset({"read_passage"})


def read_markdown(path: Path, language: str | None = None) -> Draft:
    """A Markdown outline, in `language` (a code) or the language its lines show."""
    text = read_text(path, OutlineError)
    if not text.strip():
        raise OutlineError("the file is empty", path=path, hint="write an outline in it")
    check_line_lengths(text.splitlines(), path)
    draft = language_draft(Draft(path), text.splitlines(), language)
    lines = [line.expandtabs(TAB).rstrip() for line in text.splitlines()]
    start = _front_matter(lines, draft, keep_language=language is not None)
    tokens = _tokens(lines, start, draft)
    assemble(draft, _events(tokens, draft), prose_points=False)
    return draft


def plain(text: str) -> str:
    """Markdown inline markup removed: emphasis, code, links (their text stays)."""
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text.strip()


def _front_matter(lines: list[str], draft: Draft, keep_language: bool = False) -> int:
    """Details from a `---` block; its `language:` is the outline's (unless one was given)."""
    if not lines or lines[0].strip() != "---":
        return 0
    end = next((i for i in range(1, len(lines)) if lines[i].strip() in ("---", "...")), None)
    if end is None:
        return 0  # a lone rule, not front matter
    try:
        data = yaml.safe_load("\n".join(lines[1:end]))
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise OutlineError(
            "the front matter (between the --- lines) is not valid YAML",
            path=draft.path,
            line=mark.line + 2 if mark else 1,
            hint="write each detail as 'key: value'",
        ) from error
    if not isinstance(data, dict):
        draft.unplaced.append("front matter that is not 'key: value' lines")
        return end + 1
    for key, value in data.items():
        line = next((i + 1 for i in range(1, end) if lines[i].lstrip().startswith(f"{key}")), None)
        name = FRONT_KEYS.get(str(key).lower())
        if isinstance(value, (dt.date, dt.datetime)):
            value = value.isoformat()[:10]
        if str(key).lower() == "language" and str(value).lower() in LANGUAGES:
            if not keep_language:
                declare_language(draft, str(value).lower())
            continue
        if name == "repeat_verses" and value is False:
            value = "off"  # YAML reads a bare `off` as false
        if name in FRONT_FLAGS and isinstance(value, bool):
            draft.set_meta(name, "true" if value else "false", line)
        elif name and isinstance(value, (str, int, float)) and not isinstance(value, bool):
            draft.set_meta(name, str(value), line)
        else:
            where = f"line {line}: " if line else ""
            draft.unplaced.append(f"{where}front matter {key}: {value}")
    return end + 1


def _tokens(lines: list[str], start: int, draft: Draft) -> list[tuple[str, int, str, int]]:
    """(kind, level or indent, text, line number): heading, list, text, blank."""
    tokens: list[tuple[str, int, str, int]] = []
    index = start
    while index < len(lines):
        line, number = lines[index], index + 1
        index += 1
        following = lines[index] if index < len(lines) else ""
        if _FENCE.match(line):
            while index < len(lines) and not _FENCE.match(lines[index]):
                draft.unplaced.append(f"line {index + 1}: {lines[index].strip()}")
                index += 1
            index += 1
        elif match := _ATX.fullmatch(line.lstrip()):
            words = _CLOSING_HASHES.sub("", match.group(2) or "").strip()
            heading = labels.strip_marker(plain(words), draft.language)
            tokens.append(("heading", len(match.group(1)), heading, number))
        elif (
            line.strip()
            and _SETEXT.fullmatch(following.strip())
            and (not tokens or tokens[-1][0] == "blank")
            and not _LIST.fullmatch(line)
        ):
            level = 1 if following.strip().startswith("=") else 2
            tokens.append(("heading", level, plain(line), number))
            index += 1
        elif _RULE.fullmatch(line):
            tokens.append(("blank", 0, "", number))
        elif match := _LIST.fullmatch(line):
            indent = len(match.group(1))
            if decimal := _DECIMAL_ITEM.match(line):  # "1.2" sits one level under "1."
                indent += 4 * decimal.group(1).count(".")
            tokens.append(("list", indent, plain(match.group(2)), number))
        elif line.lstrip().startswith("|"):
            if not _TABLE_RULE.fullmatch(line.strip()):
                cells = [plain(c) for c in line.strip().strip("|").split("|")]
                tokens.append(("row", 0, " — ".join(c for c in cells if c), number))
        elif line.lstrip().startswith("<"):
            draft.unplaced.append(f"line {number}: {line.strip()}")
        elif (italic := _ITALIC_LINE.fullmatch(line.strip())) and _under_title(tokens):
            tokens.append(("subtitle", 0, italic.group("text").strip(), number))
        elif (labelled := _labelled_paragraph(line, tokens, draft.language)) is not None:
            tokens.append(labelled[:2] + (labelled[2], number))
        elif line.strip():
            quote = _QUOTE.match(line)  # anchored: a search would rescan every run of spaces
            tokens.append(("text", 0, plain(line[quote.end() :] if quote else line), number))
        else:
            tokens.append(("blank", 0, "", number))
    return tokens


def _labelled_paragraph(
    line: str, tokens: list[tuple[str, int, str, int]], language: str
) -> tuple[str, int, str] | None:
    """A paragraph that starts with a structure word ("Point 1: …", "Punto 2 —", "Conclusion:")
    heads a part one level under the last heading, as such a line does in plain text. Only at a
    paragraph's start and never for ordinals ("First, we see…" is prose in Markdown)."""
    if tokens and tokens[-1][0] not in ("blank", "heading", "labelled") or _QUOTE.match(line):
        return None
    text = plain(line)
    point = None if labels.is_ordinal(text, language) else labels.point_label(text, language)
    part = labels.role(text, language) or labels.is_section_word(text, language)
    if point is None and not part:
        return None
    written = [t for t in tokens if t[0] == "heading"]
    level = (written[-1][1] if written else 1) + 1
    return ("labelled", level, point or text)


def _under_title(tokens: list[tuple[str, int, str, int]]) -> bool:
    """Whether the line being read comes straight after a top-level heading."""
    content = [t for t in tokens[-3:] if t[0] != "blank"]
    return bool(content) and content[-1][0] == "heading" and content[-1][1] == 1


def _events(tokens: list[tuple[str, int, str, int]], draft: Draft) -> list[Event]:
    tokens = [("heading", *t[1:]) if t[0] == "labelled" else t for t in tokens]
    headings = [t for t in tokens if t[0] == "heading"]
    title = None
    # A single '#' heading is the title; several are sections (title in front matter or none).
    single_top = bool(headings) and sum(t[1] == 1 for t in headings) == 1
    if "title" not in draft.meta and single_top and headings[0][1] == 1:
        title = headings[0]
        draft.meta["title"] = title[2]
    ranks = {lv: i for i, lv in enumerate(sorted({t[1] for t in headings if t is not title}))}
    events: list[Event] = []
    paragraph: list[str] = []
    indents: list[int] = []
    base = 0  # level a list starts at: just under the last heading
    header = True  # before any section or list item: details like 'Text: John 3'
    wrapped_from = -1  # line of the last list item (or its wrapped continuation)

    def flush() -> None:
        if paragraph:
            events.append(prose_event(joined(paragraph), 0, draft.scripture))
            paragraph.clear()

    for kind, level, text, number in tokens:
        if kind == "heading" and (kind, level, text, number) == title:
            flush()
            continue
        if kind == "subtitle":
            if title is not None and "subtitle" not in draft.meta:
                draft.meta["subtitle"] = text
                continue
            kind = "text"
        if kind == "row":  # a table row: a point under the last heading
            flush()
            header = False
            events.append(Event("item", text, number, base))
            continue
        if kind == "text" and not paragraph and wrapped_from == number - 1:
            # A list item wrapped onto the next line.
            last = events[-1]
            events[-1] = Event("item", joined([last.text, text]), last.line, last.level)
            wrapped_from = number
            continue
        if header and kind in ("text", "list") and take_meta(draft, text, FRONT_KEYS, number):
            flush()
            continue
        if kind in ("blank", "heading", "list"):
            flush()
        if kind == "heading":
            header, indents = False, []
            events.append(Event("item", text, number, ranks[level]))
            base = ranks[level] + 1
        elif kind == "list":
            header = False
            events.append(Event("item", text, number, base + nest(indents, level)))
            wrapped_from = number
        elif kind == "text":
            paragraph.append(text)
    flush()
    return events
