"""Word documents for the tests and benchmarks: a table added to a python-docx document, and
documents of any size written straight as WordprocessingML (python-docx takes minutes to add
100,000 paragraphs one by one)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import docx

# python-docx's default template names its styles by these ids.
STYLE_IDS = {"Title": "Title", "Heading 1": "Heading1", "Heading 2": "Heading2",
             "List Bullet": "ListBullet", "Normal": ""}  # fmt: skip


def add_table(
    document: Any, rows: Sequence[Sequence[str]], bold_header: bool | None = None
) -> None:
    """A table of `rows` (each row its cells' texts) at the end of a python-docx `document`.
    With `bold_header`, every run says whether it is bold: the first row's runs are when True."""
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for number, (row, cells) in enumerate(zip(table.rows, rows, strict=True)):
        for cell, text in zip(row.cells, cells, strict=True):
            run = cell.paragraphs[0].add_run(text)
            if bold_header is not None:
                run.bold = bold_header and number == 0


def write_docx(path: Path, paragraphs: Iterable[tuple[str, str]]) -> Path:
    """A .docx of (style name, text) paragraphs, from python-docx's own blank document."""
    blank = io.BytesIO()
    docx.Document().save(blank)
    body = []
    for style, text in paragraphs:
        style_id = STYLE_IDS[style]
        ppr = f'<w:pPr><w:pStyle w:val="{style_id}"/></w:pPr>' if style_id else ""
        body.append(f"<w:p>{ppr}<w:r><w:t>{escape(text)}</w:t></w:r></w:p>")
    with zipfile.ZipFile(blank) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                xml = data.decode()
                start = xml.index("<w:body>") + len("<w:body>")
                data = (xml[:start] + "".join(body) + xml[xml.index("<w:sectPr") :]).encode()
            out.writestr(info, data)
    return path


def long_study(count: int) -> Iterable[tuple[str, str]]:
    """A Bible study of `count` paragraphs: 20 headings, a point every 100, notes between."""
    yield "Title", "A Long Study"
    yield "Normal", "Romans 12:1-21"
    every = max(count // 20, 1)
    for number in range(count):
        if number % every == 0:
            yield "Heading 1", f"Part {number // every + 1} (v. {number // every + 1})"
        elif number % 100 == 0:
            yield "List Bullet", f"Point {number} (cf. John 3:16)"
        else:
            yield "Normal", f"Note {number}: the apostle urges us again."


def inflating_docx(path: Path, megabytes: int) -> Path:
    """A real .docx whose document.xml inflates to `megabytes` MB (of spaces)."""
    chunk = b" " * (1 << 20)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        out.writestr("[Content_Types].xml", "<Types/>")
        with out.open("word/document.xml", "w", force_zip64=True) as part:
            for _ in range(megabytes):
                part.write(chunk)
    return path
