"""Plan → the sermon-notes handout as a Word document (python-docx), and its answer key.

It lays out what the plan's `Handout` says: the title, passage, date and preacher; every heading
and point with its number and passages; each blank as the line the planner sized for
handwriting; ruled lines for notes after each heading's points; and the answer key on a last
page of its own (or in a file of its own, for handing out afterwards). The key lists the plan's
`blanks`, the same numbers the slides' notes give ("BLANK 3 = grace").
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, BinaryIO

from docx import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from slidegen.model import Blank, Handout, HandoutLine

# Ruled lines for the listener's own notes after each heading's points.
NOTE_LINES = 3
INDENT_PT = 22.0


def write_handout(handout: Handout, blanks: Sequence[Blank], out: BinaryIO, *, key: bool) -> None:
    """The handout to the binary file `out`; with `key`, the answer key on its last page."""
    document = _document(handout)
    _heading_block(document, handout)
    _outline(document, handout.lines)
    if key and blanks:
        document.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        _key(document, handout, blanks)
    document.save(out)


def write_key(handout: Handout, blanks: Sequence[Blank], out: BinaryIO) -> None:
    """The answer key alone, as its own document."""
    document = _document(handout)
    _key(document, handout, blanks)
    document.save(out)


def _document(handout: Handout) -> Any:
    document = Document()
    # python-docx's template carries Word 2010's copy of the styles (stylesWithEffects), which
    # the styles set below would contradict; Word rebuilds it from styles.xml when it is absent.
    for rid, rel in list(document.part.rels.items()):
        if rel.reltype.endswith("/stylesWithEffects"):
            document.part.drop_rel(rid)
    document.core_properties.title = handout.title
    document.core_properties.author = "slidegen"
    normal = document.styles["Normal"]
    normal.font.size = Pt(handout.size_pt)
    if handout.font:
        normal.font.name = handout.font
    if handout.proofing:
        _language(normal, handout.proofing)
    return document


def _language(style: Any, tag: str) -> None:
    """Word checks the style's text as `tag` ("es-ES"); Chinese and Korean tags go in the East
    Asian slot too, which also picks Word's own CJK face for those characters."""
    properties = style.element.get_or_add_rPr()
    lang = properties.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        properties.append(lang)
    lang.set(qn("w:val"), tag)
    if tag[:2] in ("zh", "ko", "ja"):
        lang.set(qn("w:eastAsia"), tag)


def _heading_block(document: Any, handout: Handout) -> None:
    document.add_heading(handout.title, level=0)
    if handout.subtitle:
        document.add_paragraph(handout.subtitle).runs[0].italic = True
    details = [handout.passage, handout.date, handout.preacher]
    line = "  ·  ".join(x for x in details if x)
    if line:
        document.add_paragraph().add_run(line).bold = True
    series = "  ·  ".join(x for x in (handout.series, handout.church) if x)
    if series:
        document.add_paragraph(series)


def _outline(document: Any, lines: Sequence[HandoutLine]) -> None:
    for index, line in enumerate(lines):
        paragraph = document.add_paragraph()
        paragraph.paragraph_format.left_indent = Pt(INDENT_PT * line.level)
        paragraph.paragraph_format.space_before = Pt(14 if line.level == 0 else 4)
        # Words and blanks stay on the line they are written on, where they fit.
        paragraph.paragraph_format.keep_with_next = line.level == 0
        if line.label:
            paragraph.add_run(f"{line.label}  ").bold = line.level == 0
        for fragment in line.fragments:
            # A heading's words are bold; its blank's line is not (a bold line is heavy).
            paragraph.add_run(fragment.text).bold = line.level == 0 and not fragment.blank
        if line.references:
            paragraph.add_run(f"  ({line.references})").italic = True
        last = index + 1 == len(lines)
        if line.level > 0 and (last or lines[index + 1].level == 0):
            _note_lines(document)


def _note_lines(document: Any) -> None:
    """Ruled lines to write on: empty paragraphs with a rule along their bottom."""
    for number in range(NOTE_LINES):
        paragraph = document.add_paragraph()
        properties = paragraph._p.get_or_add_pPr()  # python-docx has no paragraph-border API
        borders = OxmlElement("w:pBdr")
        bottom = OxmlElement("w:bottom")
        # Word and LibreOffice join paragraphs with the same borders into one box with one
        # bottom rule: a grey a shade apart keeps each line its own.
        grey = f"{0x99 + number:02X}" * 3
        for name, value in (("val", "single"), ("sz", "4"), ("space", "1"), ("color", grey)):
            bottom.set(qn(f"w:{name}"), value)
        borders.append(bottom)
        properties.append(borders)  # first, so python-docx puts the spacing after it
        paragraph.paragraph_format.space_before = Pt(10)


def _key(document: Any, handout: Handout, blanks: Sequence[Blank]) -> None:
    document.add_heading(handout.key_heading, level=1)
    for blank, answers in zip(blanks, handout.key_answers, strict=True):
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{blank.number}.  ").bold = True
        paragraph.add_run(answers)  # "grace (or mercy)", worded by the planner
        paragraph.add_run(f"  —  {blank.context}").italic = True
