"""Markdown outlines: `#` title, `##` sections, `###` points, lists nested by indentation.

A small line-based reader, enough for outlines written in notes apps: ATX and setext headings,
`-`/`*`/`+`/`1.` lists, paragraphs (notes of the item before them), `**Text:** John 3` details
and a `---` front matter block. Code blocks, tables and HTML have no place in a deck; they are
reported as unplaced.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import yaml

from slidegen.errors import OutlineError
from slidegen.importers.draft import Draft, Event, assemble, nest
from slidegen.importers.text import META_KEYS, TAB, prose_event, take_meta
from slidegen.yamlfile import read_text

_ATX = re.compile(r"(#{1,6})\s+(.*?)(?:\s+#+)?\s*")
_SETEXT = re.compile(r"(=+|-+)\s*")
_LIST = re.compile(r"( *)(?:[-*+]|\d{1,3}[.)])\s+(\S.*)")
_FENCE = re.compile(r"\s*(```|~~~)")
_RULE = re.compile(r"\s*(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})")
_QUOTE = re.compile(r"\s*>\s?")
_INLINE = (
    (re.compile(r"!\[([^\]]*)\]\([^)]*\)"), ""),
    (re.compile(r"\[([^\]]+)\]\([^)]*\)"), r"\1"),
    (re.compile(r"\*\*(.+?)\*\*|__(.+?)__"), r"\1\2"),
    (re.compile(r"(?<![\w*])\*(?=\S)(.+?)(?<=\S)\*(?![\w*])"), r"\1"),
    (re.compile(r"(?<![\w_])_(?=\S)(.+?)(?<=\S)_(?![\w_])"), r"\1"),
    (re.compile(r"`([^`]*)`"), r"\1"),
    (re.compile(r"\\([\\`*_{}\[\]()#+\-.!])"), r"\1"),
)
FRONT_KEYS = {**META_KEYS, "author": "preacher"}


def read_markdown(path: Path) -> Draft:
    text = read_text(path, OutlineError)
    if not text.strip():
        raise OutlineError("the file is empty", path=path, hint="write an outline in it")
    draft = Draft(path)
    lines = [line.expandtabs(TAB).rstrip() for line in text.splitlines()]
    start = _front_matter(lines, draft)
    tokens = _tokens(lines, start, draft)
    assemble(draft, _events(tokens, draft), prose_points=False)
    return draft


def plain(text: str) -> str:
    """Markdown inline markup removed: emphasis, code, links (their text stays)."""
    for pattern, replacement in _INLINE:
        text = pattern.sub(replacement, text)
    return text.strip()


def _front_matter(lines: list[str], draft: Draft) -> int:
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
        name = FRONT_KEYS.get(str(key).lower())
        if isinstance(value, (dt.date, dt.datetime)):
            value = value.isoformat()[:10]
        if name and isinstance(value, (str, int, float)) and not isinstance(value, bool):
            draft.set_meta(name, str(value))
        else:
            draft.unplaced.append(f"front matter {key}: {value}")
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
            tokens.append(("heading", len(match.group(1)), plain(match.group(2)), number))
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
            tokens.append(("list", len(match.group(1)), plain(match.group(2)), number))
        elif line.lstrip().startswith(("<", "|")):
            draft.unplaced.append(f"line {number}: {line.strip()}")
        elif line.strip():
            tokens.append(("text", 0, plain(_QUOTE.sub("", line, count=1)), number))
        else:
            tokens.append(("blank", 0, "", number))
    return tokens


def _events(tokens: list[tuple[str, int, str, int]], draft: Draft) -> list[Event]:
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
            events.append(prose_event(" ".join(paragraph), 0))
            paragraph.clear()

    for kind, level, text, number in tokens:
        if kind == "heading" and (kind, level, text, number) == title:
            flush()
            continue
        if kind == "text" and not paragraph and wrapped_from == number - 1:
            # A list item wrapped onto the next line.
            last = events[-1]
            events[-1] = Event("item", f"{last.text} {text}", last.line, last.level)
            wrapped_from = number
            continue
        if header and kind in ("text", "list") and take_meta(draft, text, FRONT_KEYS):
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
