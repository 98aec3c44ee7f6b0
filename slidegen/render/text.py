"""Text bodies for slides and notes pages, as DrawingML, from the plan's runs."""

from __future__ import annotations

import copy

from lxml import etree
from pptx.oxml.ns import qn
from pptx.oxml.text import CT_RegularTextRun

from slidegen.fit.breaks import has_wide
from slidegen.model import TextBlock

# Verse numbers are superscript, like a printed Bible: both PowerPoint and LibreOffice draw
# superscript smaller and raised, so the run keeps the verse's size.
_SUPERSCRIPT = "30000"  # DrawingML baseline offset, in thousandths of a percent
# XML 1.0 has no place for control characters; python-pptx writes them as "_x0007_" (BEL).
_escape = CT_RegularTextRun._escape_ctrl_chars


def text_body(
    block: TextBlock,
    body_properties: dict[str, etree._Element],
    paragraph_properties: dict[str, etree._Element],
    lang: str = "",
) -> etree._Element:
    """A `p:txBody` for one planned block (properties copied from the prototypes by key);
    `lang` tags its runs with the outline's language ("es-ES") for spelling."""
    body = etree.Element(qn("p:txBody"))
    body.append(copy.deepcopy(body_properties[block.anchor]))
    etree.SubElement(body, qn("a:lstStyle"))
    for runs in block.paragraphs or ((),):  # a text body needs at least one paragraph
        paragraph = etree.SubElement(body, qn("a:p"))
        properties = copy.deepcopy(paragraph_properties[block.align])
        if has_wide("".join(run.text for run in runs)):
            # The planner measured every character inside the line: LibreOffice (and PowerPoint
            # with East Asian typography) would otherwise hang a closing ，。 past the margin.
            properties.set("hangingPunct", "0")
        paragraph.append(properties)
        for run_plan in runs:
            run = etree.SubElement(paragraph, qn("a:r"))
            _style_run(
                etree.SubElement(run, qn("a:rPr")),
                font=block.font,
                size_pt=block.size_pt,
                color=run_plan.color or block.color,
                bold=block.bold or run_plan.bold,
                italic=block.italic,
                superscript=run_plan.verse_number,
                underline=run_plan.underline,
                hidden=run_plan.hidden,
                spacing_pt=run_plan.spacing,
                east_asian=run_plan.east_asian.family if run_plan.east_asian else block.font,
                lang=lang,
            )
            etree.SubElement(run, qn("a:t")).text = _escape(run_plan.text)
    return body


def notes_body(
    notes_page: etree._Element, body_index: int | None, text: str, lang: str = ""
) -> etree._Element:
    """A copy of the notes page with `text` in its body placeholder, a paragraph per line
    (each run tagged with `lang`, as the slides' runs are)."""
    page = copy.deepcopy(notes_page)
    if body_index is None:  # a notes master without a body placeholder: nowhere to write
        return page
    tree = page.find(qn("p:cSld")).find(qn("p:spTree"))
    body = tree[body_index].find(qn("p:txBody"))
    for paragraph in body.findall(qn("a:p")):
        body.remove(paragraph)
    for line in text.split("\n"):
        paragraph = etree.SubElement(body, qn("a:p"))
        if line:
            run = etree.SubElement(paragraph, qn("a:r"))
            if lang:
                etree.SubElement(run, qn("a:rPr"), lang=lang)
            etree.SubElement(run, qn("a:t")).text = _escape(line)
    return page


def _style_run(
    rpr: etree._Element, *, font: str, size_pt: float, color: str, bold: bool, italic: bool,
    superscript: bool, underline: bool = False, hidden: bool = False, spacing_pt: float = 0.0,
    east_asian: str = "", lang: str = "",
) -> None:  # fmt: skip
    """Set a run's properties in the XML directly (python-pptx's font API costs ~1 ms a run).

    Children follow the schema's order: fill, then the Latin, East-Asian and complex-script
    fonts (the theme's font, so no glyph silently comes from the master's font; the East Asian
    one is the CJK face that measured the run's Chinese, Japanese or Korean characters).
    """
    if lang:
        rpr.set("lang", lang)
    rpr.set("sz", str(round(size_pt * 100)))
    rpr.set("b", "1" if bold else "0")
    rpr.set("i", "1" if italic else "0")
    # A template's layout may set small caps or all caps; the planner measured the text as written.
    rpr.set("cap", "none")
    if superscript:
        rpr.set("baseline", _SUPERSCRIPT)
    if underline:
        rpr.set("u", "sng")
    if spacing_pt:
        rpr.set("spc", str(round(spacing_pt * 100)))  # hundredths of a point
    fill = etree.SubElement(rpr, qn("a:solidFill"))
    shade = etree.SubElement(fill, qn("a:srgbClr"), val=hex_color(color))
    if hidden:  # fully transparent: the run keeps its room, so nothing around it moves
        etree.SubElement(shade, qn("a:alpha"), val="0")
    for tag, typeface in (("a:latin", font), ("a:ea", east_asian or font), ("a:cs", font)):
        etree.SubElement(rpr, qn(tag), typeface=typeface)


def hex_color(color: str) -> str:
    """A theme colour ("#1a2b3c") as DrawingML writes it ("1A2B3C")."""
    return color.lstrip("#").upper()
