"""Word outlines (.docx, read with python-docx): styles give the structure.

Title → title, Heading 1 → sections, Heading 2/3 → points and sub-points (a typed marker in
a heading, "II. What God did", is dropped), list paragraphs (List Bullet/Number/Paragraph styles
or Word numbering, at their numbering level) → points under the last heading, table rows →
points, side by side (a first row naming the columns, "Punto | Texto", → notes), body text →
notes. A document without heading or list styles, typed with "I." / "A."
markers, is read with the plain-text rules.

A .docx is a zip: its parts' uncompressed sizes are checked before anything is inflated, and
style names are looked up once per style, not once per paragraph (python-docx's lookup scans
every style each time).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Any

from slidegen.confine import regular_file
from slidegen.errors import OutlineError
from slidegen.importers import labels
from slidegen.importers.detect import language_draft
from slidegen.importers.draft import Draft, Event, assemble, check_line_lengths
from slidegen.importers.text import META_KEYS, parse_lines, prose_event, take_meta
from slidegen.scripts import joined

MAX_DOCX_BYTES = 20_000_000
# Uncompressed: an outline's document.xml is tens of kilobytes; 100,000 paragraphs about 20 MB.
MAX_PART_BYTES = 60_000_000
MAX_UNZIPPED_BYTES = 150_000_000
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _PPR, _PSTYLE = (f"{_W}{n}" for n in ("p", "tbl", "tr", "tc", "pPr", "pStyle"))
_T, _TAB, _BR, _CR, _VAL = (f"{_W}{n}" for n in ("t", "tab", "br", "cr", "val"))
_NUMPR, _NUMID, _ILVL = (f"{_W}{n}" for n in ("numPr", "numId", "ilvl"))
_R, _RPR, _B = (f"{_W}{n}" for n in ("r", "rPr", "b"))
_HEADING = re.compile(r"heading\s*([1-9])", re.I)
_LIST_STYLE = re.compile(r"list(?:\s+(?:bullet|number|paragraph|continue))?(?:\s*([2-9]))?", re.I)


# A paragraph as read: style name, text, list level (None outside lists), whether a table row.
Para = tuple[str, str, int | None, bool]


def read_docx(path: Path, language: str | None = None) -> Draft:
    """A Word outline, in `language` (a code) or the language its paragraphs show."""
    document = _open(path)
    paragraphs = _paragraphs(document)
    check_line_lengths([text for _, text, _, _ in paragraphs], path, "paragraph")
    texts = [text for _, text, _, _ in paragraphs]
    draft = language_draft(Draft(path, unit="paragraph"), texts, language)
    if not any(text for _, text, _, _ in paragraphs):
        raise OutlineError("the document is empty", path=path, hint="write an outline in it")
    structured = any(
        _HEADING.fullmatch(s) or lv is not None
        for s, text, lv, row in paragraphs
        if text and not row
    )
    if not structured:
        lines: list[str] = []
        for style, text, _, row in paragraphs:
            if style.lower() == "title" and "title" not in draft.meta:
                draft.meta["title"] = text
            elif text:
                lines += [f"- {text}"] if row else text.splitlines() + [""]
        return parse_lines(lines, draft)
    assemble(draft, _events(paragraphs, draft), prose_points=False)
    return draft


def _paragraphs(document: Any) -> list[Para]:
    """Every paragraph and table row in document order; a row's cells joined by ' — '.

    Read from the body's XML directly: python-docx's paragraph and table objects run an
    XPath query per property, which made 100,000 paragraphs take over a minute.
    """
    names = _style_names(document)
    default = names.get("", "Normal")
    found: list[Para] = []
    for block in document.element.body.iterchildren(_P, _TBL):
        if block.tag == _TBL:
            rows = [list(row.iterchildren(_TC)) for row in block.iter(_TR)]
            # A row is one line (a point): a line break inside a cell joins as `joined` does.
            texts = [[joined(_text(cell).splitlines()) for cell in cells] for cells in rows]
            for number, cells in enumerate(texts):
                text = " — ".join(c for c in cells if c)
                if number == 0 and _is_header_row(rows[0], texts):
                    found.append(("", text, None, False))  # column names: a note, not a point
                else:
                    found.append(("", text, 0, True))  # each row a point, none under another
            continue
        ppr = block.find(_PPR)
        style_el = ppr.find(_PSTYLE) if ppr is not None else None
        style_id = style_el.get(_VAL, "") if style_el is not None else ""
        style = names.get(style_id, default) if style_id else default
        found.append((style, _text(block), _list_level(ppr, style), False))
    return found


# Words that name a column (Point | Passage) rather than say something.
_HEADER_WORDS = frozenset((
    "#", "no.", "point", "points", "passage", "passages", "text", "scripture", "reference",
    "references", "verse", "verses", "notes", "punto", "puntos", "texto", "pasaje", "cita",
    "citas", "referencia", "versículo", "versículos", "versiculo", "notas", "ponto", "pontos",
    "passagem", "punkt", "punkte", "bibelstelle", "bibeltext", "vers", "notizen", "verset",
    "versets", "référence", "références", "texte"
))  # fmt: skip
_DIGIT = re.compile(r"[0-9]")


def _is_header_row(first: list[Any], rows: list[list[str]]) -> bool:
    """Whether a table's first row names its columns: bold throughout, or words such as
    Point / Passage / Punto / Texto, or no reference where every other row has one
    ("Then | Now" above rows citing verses). "Orar | Mt 6:6" is a row like the others."""
    cells = [c for c in rows[0] if c]
    if len(rows) < 2 or not cells:
        return False
    if all(_is_bold(cell) for cell, text in zip(first, rows[0], strict=True) if text):
        return True
    if all(c.lower().strip(" .:") in _HEADER_WORDS for c in cells):
        return True
    short = all(len(c.split()) <= 4 for c in cells)
    cites = [bool(_DIGIT.search(" ".join(row))) for row in rows]  # a reference has numbers
    return short and not cites[0] and all(cites[1:])


def _is_bold(cell: Any) -> bool:
    """Every run of text in the cell is bold (<w:b/>, not <w:b w:val="0"/>)."""
    runs = [run for run in cell.iter(_R) if any((t.text or "").strip() for t in run.iter(_T))]
    for run in runs:
        bold = run.find(f"{_RPR}/{_B}")
        if bold is None or bold.get(_VAL, "true") in ("0", "false", "off"):
            return False
    return bool(runs)


def _text(element: Any) -> str:
    """The visible text under a paragraph or cell: text runs, tabs and line breaks."""
    parts: list[str] = []
    for node in element.iter(_T, _TAB, _BR, _CR, _P):
        if node.tag == _T:
            parts.append(node.text or "")
        elif node.tag == _TAB:
            parts.append("\t")
        elif node.tag == _P and parts:
            parts.append(" ")  # paragraphs of one table cell
        elif node.tag != _P:
            parts.append("\n")
    return "".join(parts).strip()


def _style_names(document: Any) -> dict[str, str]:
    """Style id → name, read once; '' → the default paragraph style's name."""
    names: dict[str, str] = {}
    try:
        for style in document.styles:
            names[str(style.style_id)] = str(style.name or "")
            if getattr(style, "type", None) == 1 and style.element.default:  # paragraph default
                names[""] = str(style.name or "")
    except (AttributeError, KeyError, ValueError):
        pass  # a broken styles part: headings are then read as typed text
    return names


def _open(path: Path) -> Any:
    size = regular_file(path, OutlineError).st_size  # a FIFO named .docx would wait forever
    if size > MAX_DOCX_BYTES:
        raise OutlineError(
            f"is over {MAX_DOCX_BYTES // 1_000_000} MB, too big for an outline",
            path=path,
            hint="save the outline's text alone (no pictures) as a new .docx",
        )
    _check_unzipped_sizes(path)
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


def _check_unzipped_sizes(path: Path) -> None:
    """Refuse a zip whose parts inflate past the limits, from its directory alone.

    Python's zipfile stops inflating a member at its declared size (and then fails its CRC),
    so the declared sizes bound the memory any later read can use.
    """
    try:
        with zipfile.ZipFile(path) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as error:
        raise OutlineError(
            "is not a readable Word document (.docx)",
            path=path,
            hint="open it in Word and save it again as .docx",
        ) from error
    largest = max(infos, key=lambda info: info.file_size, default=None)
    total = sum(info.file_size for info in infos)
    if (largest and largest.file_size > MAX_PART_BYTES) or total > MAX_UNZIPPED_BYTES:
        size = max(total, largest.file_size if largest else 0)
        raise OutlineError(
            f"unpacks to {size // 1_000_000:,} MB, far more than an outline's text",
            path=path,
            hint="save the outline's text alone (no pictures) as a new .docx",
        )


def _list_level(ppr: Any, style: str) -> int | None:
    """The numbering level (0-based) of a list paragraph, or None for other paragraphs."""
    num = ppr.find(_NUMPR) if ppr is not None else None
    num_id = num.find(_NUMID) if num is not None else None
    if num is not None and num_id is not None and num_id.get(_VAL) not in (None, "0"):
        ilvl = num.find(_ILVL)
        level = ilvl.get(_VAL, "0") if ilvl is not None else "0"
        return int(level) if level.isdigit() and len(level) < 3 else 0
    match = _LIST_STYLE.fullmatch(style)
    if match:
        return int(match.group(1)) - 1 if match.group(1) else 0
    return None


def _events(paragraphs: list[Para], draft: Draft) -> list[Event]:
    events: list[Event] = []
    base = 0  # level a list starts at: just under the last heading
    header = True  # before the first heading or list: title, passage, 'Date: …'
    for number, (style, text, list_level, row) in enumerate(paragraphs, start=1):
        if not text:
            continue
        heading = _HEADING.fullmatch(style)
        if style.lower() in ("title", "subtitle") and header:
            draft.set_meta(style.lower(), text, number)
        elif row:
            header = False
            events.append(Event("item", text, number, base + (list_level or 0)))
        elif heading:
            header = False
            level = int(heading.group(1)) - 1
            events.append(Event("item", labels.strip_marker(text, draft.language), number, level))
            base = level + 1
        elif list_level is not None:
            header = False
            item = labels.strip_marker(text, draft.language)
            events.append(Event("item", item, number, base + list_level))
        elif header and take_meta(draft, text, META_KEYS, number):
            continue
        else:
            events.append(prose_event(text, number, draft.scripture))
    return events
