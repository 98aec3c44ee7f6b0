"""Word outlines (.docx, read with python-docx): styles give the structure.

Title → title, Heading 1 → sections, Heading 2/3 → points and sub-points, list paragraphs
(List Bullet/Number/Paragraph styles or Word numbering, at their numbering level) → points under
the last heading, body text → notes. A document without heading or list styles, typed with
"I." / "A." markers, is read with the plain-text rules.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from slidegen.confine import regular_file
from slidegen.errors import OutlineError
from slidegen.importers.draft import Draft, Event, assemble
from slidegen.importers.text import META_KEYS, parse_lines, prose_event, take_meta

MAX_DOCX_BYTES = 20_000_000
_HEADING = re.compile(r"heading\s*([1-9])", re.I)
_LIST_STYLE = re.compile(r"list(?:\s+(?:bullet|number|paragraph|continue))?(?:\s*([2-9]))?", re.I)


def read_docx(path: Path) -> Draft:
    document = _open(path)
    draft = Draft(path)
    paragraphs = [(_style(p), p.text.strip(), _list_level(p)) for p in document.paragraphs]
    for table in document.tables:
        cells = (c.text.strip() for row in table.rows for c in row.cells)
        first = next((c for c in cells if c), "")
        draft.unplaced.append(f"a table ({first[:60]}…)" if first else "an empty table")
    if not any(text for _, text, _ in paragraphs):
        raise OutlineError("the document is empty", path=path, hint="write an outline in it")
    structured = any(_HEADING.fullmatch(s) or lv is not None for s, text, lv in paragraphs if text)
    if not structured:
        lines: list[str] = []
        for style, text, _ in paragraphs:
            if style.lower() == "title" and "title" not in draft.meta:
                draft.meta["title"] = text
            elif text:
                lines += text.splitlines() + [""]
        return parse_lines(lines, draft)
    assemble(draft, _events(paragraphs, draft), prose_points=False)
    return draft


def _open(path: Path) -> Any:
    size = regular_file(path, OutlineError).st_size  # a FIFO named .docx would wait forever
    if size > MAX_DOCX_BYTES:
        raise OutlineError(
            f"is over {MAX_DOCX_BYTES // 1_000_000} MB, too big for an outline",
            path=path,
            hint="save the outline's text alone (no pictures) as a new .docx",
        )
    import docx  # python-docx: only needed for Word files

    try:
        return docx.Document(str(path))
    except Exception as error:
        # python-docx raises zip, XML, KeyError and its own errors for a broken package; each
        # means the same thing to the user.
        raise OutlineError(
            "is not a readable Word document (.docx)",
            path=path,
            hint="open it in Word and save it again as .docx",
        ) from error


def _style(paragraph: Any) -> str:
    try:
        return str(paragraph.style.name or "")
    except (AttributeError, KeyError, ValueError):
        return ""


def _list_level(paragraph: Any) -> int | None:
    """The numbering level (0-based) of a list paragraph, or None for other paragraphs."""
    ppr = paragraph._p.pPr
    num = ppr.numPr if ppr is not None else None
    if num is not None and num.numId is not None and num.numId.val != 0:
        ilvl = num.ilvl
        return int(ilvl.val) if ilvl is not None and ilvl.val is not None else 0
    match = _LIST_STYLE.fullmatch(_style(paragraph))
    if match:
        return int(match.group(1)) - 1 if match.group(1) else 0
    return None


def _events(paragraphs: list[tuple[str, str, int | None]], draft: Draft) -> list[Event]:
    events: list[Event] = []
    base = 0  # level a list starts at: just under the last heading
    header = True  # before the first heading or list: title, passage, 'Date: …'
    for number, (style, text, list_level) in enumerate(paragraphs, start=1):
        if not text:
            continue
        heading = _HEADING.fullmatch(style)
        if style.lower() in ("title", "subtitle") and header:
            draft.set_meta(style.lower(), text)
        elif heading:
            header = False
            level = int(heading.group(1)) - 1
            events.append(Event("item", text, number, level))
            base = level + 1
        elif list_level is not None:
            header = False
            events.append(Event("item", text, number, base + list_level))
        elif header and take_meta(draft, text, META_KEYS):
            continue
        else:
            events.append(prose_event(text, number))
    return events
