"""Plain-text outlines: typed markers (I. A. 1. a) (1) 1.1 and bullets) and prose between them.

Each marker style gets its level by order of first appearance (first seen = sections, next =
points, …), the way preachers type them; bullets nest by indentation instead. Words count as
markers too: "Point 1:" / "Point One —" lines, "First," "Second," … (when there are at least
two), and unindented "Introduction", "Big Idea: …", "Application", "Conclusion" / "Closing: …"
lines, which always start a part of their own. Lines before the first marker are the title,
main passage, `Key: value` details, a byline and the introduction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from slidegen.errors import OutlineError, SlidegenError
from slidegen.importers import labels
from slidegen.importers.detect import language_draft
from slidegen.importers.draft import Draft, Event, assemble, check_line_lengths, nest
from slidegen.importers.wording import ANY_CONTEXT
from slidegen.importers.words import ENGLISH as ENGLISH_WORDS
from slidegen.scripts import joined
from slidegen.scripture import find_references, parse_references
from slidegen.scripture.languages import ENGLISH, Language
from slidegen.yamlfile import CONTROL_CHARACTERS, read_text

# "Text: John 3" → passage: English's detail words (words.py), and two of the outline's keys.
META_KEYS = {
    **{word: key for key, words in ENGLISH_WORDS.details.items() for word in words},
    "read_passage": "read_passage",
    "repeat_verses": "repeat_verses",
}
# Styles whose level is fixed, not given by order of appearance.
_TOP_STYLES = frozenset({"part"})
TAB = 4
MAX_TITLE_WORDS = 12

_ENUM = re.compile(
    r"(?P<open>\()?(?P<num>[IVXLCDM]+|[A-Z]|[ivxlcdm]+|[a-z]|\d{1,3})"
    r"(?(open)\)|(?P<close>[.)]))\s+(?P<text>\S.*)"
)
_DECIMAL = re.compile(r"(?P<num>\d{1,3}(?:\.\d{1,3})+)\.?\s+(?P<text>\S.*)")
_BARE_NUMBER = re.compile(r"(?P<num>\d{1,3})\.?\s+(?P<text>\S.*)")
_BULLET = re.compile(r"(?P<num>[-*•◦–—▪●○·+])\s+(?P<text>\S.*)")
_META = re.compile(r"(?P<key>[A-Za-z]+)\s*:\s*(?P<value>\S.*)")
# The same, where a detail line may be written as a list item ("- Text: John 3").
_LISTED_META = re.compile(r"(?:[-*+]\s+)?(?P<key>[A-Za-z]+)\s*:\s*(?P<value>\S.*)")
_ROMAN = frozenset("IVXLCDM")


@dataclass(frozen=True)
class Marker:
    style: str  # e.g. "roman.", "upper)", "(number)", "decimal", "bullet"
    text: str
    indent: int
    depth: int = 1  # components of a decimal number ("1.2.3" → 3)


def read_text_outline(path: Path, language: str | None = None) -> Draft:
    """A plain-text outline, in `language` (a code) or the language its lines show."""
    text = read_text(path, OutlineError)
    if not text.strip():
        raise OutlineError("the file is empty", path=path, hint="write an outline in it")
    lines = text.splitlines()
    check_line_lengths(lines, path)
    return parse_lines(lines, language_draft(Draft(path), lines, language))


def parse_lines(lines: list[str], draft: Draft) -> Draft:
    """Fill `draft` from the lines of a plain-text outline (also used for typed Word files)."""
    lines = [CONTROL_CHARACTERS.sub("", line).expandtabs(TAB).rstrip() for line in lines]
    markers = _classify(lines, draft)
    levels = _style_levels(markers)
    events: list[Event] = []
    first = next((i for i, m in enumerate(markers) if m is not None), len(lines))
    prose = _header(lines[:first], draft)
    events += [Event("para", p, line) for p, line in _paragraphs(prose)]
    bullets: list[int] = []  # indents of the open bullet levels
    base = 0  # level a bullet run starts at: just under the last numbered item
    under = len(levels)  # level just under the last item numbered other than "First,"
    first_is_bullet = any(m.style == "bullet" for m in markers[first : first + 1] if m)
    index = first
    while index < len(lines):
        marker = markers[index]
        if marker is None:
            block, index = _block(lines, markers, index)
            text = joined(block)
            if text:
                events.append(prose_event(text, index - len(block) + 1, draft.scripture))
            continue
        start = index
        index += 1
        continuation: list[str] = []
        while (
            index < len(lines)
            and lines[index].strip()
            and markers[index] is None
            and _wraps(marker, [marker.text, *continuation], lines[index].strip())
        ):
            continuation.append(lines[index].strip())
            index += 1
        text = joined([marker.text, *continuation])
        if marker.style == "bullet":
            level = (0 if first_is_bullet else base) + nest(bullets, marker.indent)
        elif marker.style in _TOP_STYLES:
            bullets, level, base, under = [], 0, 1, 1
        elif marker.style == "point-word":
            # "First, …" / "Second, …" under "II." are II.'s points, siblings of each other,
            # even where "A." (seen first) took the next level elsewhere.
            bullets, level = [], min(levels[marker.style], under)
            base = level + 1
        else:
            bullets = []
            level = levels[marker.style] + marker.depth - 1
            base = under = level + 1
        events.append(Event("item", text, start + 1, level))
    assemble(draft, events, prose_points=True)
    return draft


def _wraps(marker: Marker, before: list[str], line: str) -> bool:
    """Whether an unmarked line continues the item above it rather than starting its words.

    "I. Dead in sins (1–3)" / "and children of wrath." is one item wrapped; under
    "Introduction" or "First, he carried our griefs (v. 4)" a sentence is what it says.
    """
    if marker.style == "part":
        return False
    if marker.style != "point-word":
        return True
    return line[:1].islower() or before[-1].rstrip()[-1:] in ",;:(–—-"


def _classify(lines: list[str], draft: Draft) -> list[Marker | None]:
    code, language = draft.language, draft.scripture
    decimal_mode = any(_DECIMAL.fullmatch(line.strip()) for line in lines)
    # "First, …" is a point only where a "Second, …" (or more) follows it, indented or not.
    starts = [line.strip() for line in lines]
    ordinals = (
        sum(1 for line in starts if line[:1].isalpha() and labels.is_ordinal(line, code)) >= 2
    )
    last_letter: dict[str, str] = {}  # style → its last letter, to tell "C." (3rd) from C (100)
    result: list[Marker | None] = []
    for line in lines:
        stripped = line.strip()
        indent = len(line) - len(line.lstrip())
        marker: Marker | None = None
        labelled = labels.point_label(stripped, code)
        if (
            indent == 0
            and stripped
            and (labels.role(stripped, code) or labels.is_section_word(stripped, code))
        ):
            marker = Marker("part", stripped, indent)
        elif labelled is not None and (ordinals or not labels.is_ordinal(stripped, code)):
            marker = Marker("point-word", labelled, indent)
        elif match := _DECIMAL.fullmatch(stripped):
            depth = match.group("num").count(".") + 1
            marker = Marker("decimal", match.group("text"), indent, depth)
        elif (
            decimal_mode
            and (match := _BARE_NUMBER.fullmatch(stripped))
            and not _starts_with_reference(stripped, language)
        ):
            marker = Marker("decimal", match.group("text"), indent)
        if marker is not None:
            pass
        elif match := _BULLET.fullmatch(stripped):
            marker = Marker("bullet", match.group("text"), indent)
        elif match := _ENUM.fullmatch(stripped):
            close = match.group("close")
            kind = _numeral_kind(match.group("num"), match.group("open"), close, last_letter)
            style = f"({kind})" if match.group("open") else f"{kind}{close}"
            if kind in ("upper", "lower"):
                last_letter[style] = match.group("num")
            if not (kind == "number" and _starts_with_reference(stripped, language)):
                marker = Marker(style, match.group("text"), indent)
        result.append(marker)
    return result


def _numeral_kind(num: str, paren: str | None, close: str | None, last: dict[str, str]) -> str:
    if num.isdigit():
        return "number"
    case = "upper" if num.isupper() else "lower"
    if len(num) > 1:
        return f"{case}-roman"
    if num.upper() not in _ROMAN:
        return case
    # A single I, V, X, C…: a letter if it follows the previous letter of that style.
    previous = last.get(f"({case})" if paren else f"{case}{close}")
    return case if previous and ord(num) == ord(previous) + 1 else f"{case}-roman"


def _starts_with_reference(text: str, language: Language) -> bool:
    # "1 Corinthians 13 is about love" is prose, not item 1.
    return any(r.start == 0 for r in find_references(text, None, language))


def _style_levels(markers: list[Marker | None]) -> dict[str, int]:
    """Level of each numbered style by first appearance; a decimal style spans its depths."""
    depth = max((m.depth for m in markers if m and m.style == "decimal"), default=1)
    levels: dict[str, int] = {}
    level = 0
    for marker in markers:
        if marker is None or marker.style in levels or marker.style in _TOP_STYLES:
            continue
        levels[marker.style] = level
        level += depth if marker.style == "decimal" else 1
    return levels


def _header(lines: list[str], draft: Draft) -> list[tuple[str, int]]:
    """Take title, subtitle, passage and `Key: value` lines; return the rest as prose lines."""
    prose: list[tuple[str, int]] = []
    for number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if prose:
            prose.append((line, number))
            continue
        if not line:
            continue
        meta = _META.fullmatch(line)
        key = META_KEYS.get(meta.group("key").lower()) if meta else None
        if meta and key:
            draft.set_meta(key, meta.group("value").strip(), number)
        elif found := labels.detail(line, draft.language):  # "Texto: Juan 3:16"
            draft.set_meta(*found, number)
        elif take_byline(draft, line, number):
            continue
        elif is_reference_line(line, draft.scripture):
            draft.set_meta("passage", line, number)
        elif _is_title_line(line) and "title" not in draft.meta:
            draft.meta["title"] = _TITLE_MARKS.sub("", line)  # "# Title" pasted from Markdown
        elif _is_title_line(line) and "subtitle" not in draft.meta and number <= 3:
            draft.meta["subtitle"] = line
            draft.meta_where["subtitle"] = draft.where(number)  # "Salmo 23 (RVR1960)": its line
        else:
            prose.append((line, number))
    return prose


_TITLE_MARKS = re.compile(r"^#{1,6}\s+")


def _is_title_line(line: str) -> bool:
    return len(line.split()) <= MAX_TITLE_WORDS and len(line) <= 90 and line[-1] not in ".,;:"


def is_reference_line(text: str, language: Language = ENGLISH) -> bool:
    if len(text) > 80 or not any(c.isdigit() for c in text):
        return False
    try:
        parse_references(text, ANY_CONTEXT, language)
    except SlidegenError:
        return False
    return True


def prose_event(text: str, line: int, language: Language = ENGLISH) -> Event:
    """A paragraph event; a line of nothing but references is cited by the item before it."""
    return Event("refs" if is_reference_line(text, language) else "para", text, line)


def _paragraphs(lines: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Join runs of non-blank lines; a blank line ends a paragraph."""
    result: list[tuple[str, int]] = []
    current: list[str] = []
    start = 0
    for line, number in [*lines, ("", 0)]:
        if line:
            if not current:
                start = number
            current.append(line)
        elif current:
            result.append((joined(current), start))
            current = []
    return result


def _block(lines: list[str], markers: list[Marker | None], index: int) -> tuple[list[str], int]:
    """The unmarked lines from `index` to the next blank line or marker."""
    block: list[str] = []
    while index < len(lines) and markers[index] is None:
        if not lines[index].strip():
            index += 1
            if block:
                break
            continue
        block.append(lines[index])
        index += 1
    return block, index


def take_meta(
    draft: Draft, text: str, keys: dict[str, str] = META_KEYS, line: int | None = None
) -> bool:
    """A 'Text: John 3' detail line or a byline (markup already removed) goes into the
    outline's details, by `Draft.set_meta` like every other format. False when the line is
    not such a detail."""
    meta = _LISTED_META.fullmatch(text) if len(text) <= labels.MAX_DETAIL_CHARS * 4 else None
    key = keys.get(meta.group("key").lower()) if meta else None
    if (meta is None or key is None) and (found := labels.detail(text, draft.language)):
        draft.set_meta(*found, line)  # "Fecha: 29 de noviembre de 2026"
        return True
    if meta is None or key is None:
        return take_byline(draft, text, line)
    draft.set_meta(key, meta.group("value").strip(), line)
    return True


def take_byline(draft: Draft, text: str, line: int | None = None) -> bool:
    """'Pastor Miriam Tan — Grace Fellowship — May 3, 2026', 'By …', a date alone."""
    found = labels.byline(text, draft.language)
    for key, value in found.items():
        draft.set_meta(key, value, line)
    return bool(found)
