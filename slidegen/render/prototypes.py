"""Elements made once per deck with python-pptx's API, then copied for every slide.

Building every shape through python-pptx's object API costs about 10 ms a slide, most of it in
XPath lookups. So python-pptx makes one of each kind of element the renderer draws — a slide on
each layout with its title placeholder, a text box's body in each anchoring, a paragraph in each
alignment, a filled rectangle, a picture, a notes page — on scratch slides that are never saved,
and every slide copies those, changing only ids, positions, colours and text. The XML in the deck
is python-pptx's own; only the copying is ours.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from lxml import etree
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.parts.slide import SlidePart
from pptx.util import Pt

from slidegen.render.package import Image

ALIGN = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}
ANCHOR = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE, "bottom": MSO_ANCHOR.BOTTOM}
TITLE_TYPES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
_SCRATCH = "/ppt/slides/slidegen-scratch%d.xml"  # never written: these slides are not in the deck


@dataclass(frozen=True)
class SlideShell:
    """An empty slide on one layout: its element, and where its title placeholder is."""

    layout: Any
    element: etree._Element
    title_index: int | None  # position of the title placeholder in the shape tree
    next_shape_id: int


@dataclass(frozen=True)
class PictureShape:
    element: etree._Element
    image: Image


class Prototypes:
    """One of each element, from python-pptx, for the renderer to copy."""

    def __init__(self, prs: Any) -> None:
        self._prs = prs
        self._scratch_count = 0
        scratch = self._scratch_slide(prs.slide_layouts[0])
        shapes = scratch.shapes

        box = shapes.add_textbox(0, 0, Pt(100), Pt(100))
        frame = box.text_frame
        frame.word_wrap = True
        frame.auto_size = MSO_AUTO_SIZE.NONE
        for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
            setattr(frame, side, 0)
        self.textbox = box._element
        self.body_properties: dict[str, etree._Element] = {}
        for name, anchor in ANCHOR.items():
            frame.vertical_anchor = anchor
            self.body_properties[name] = copy.deepcopy(box._element.txBody.bodyPr)
        paragraph = frame.paragraphs[0]
        paragraph.line_spacing = 1.0
        paragraph.space_before = Pt(0)
        paragraph.space_after = Pt(0)
        self.paragraph_properties: dict[str, etree._Element] = {}
        for name, align in ALIGN.items():
            paragraph.alignment = align
            self.paragraph_properties[name] = copy.deepcopy(box._element.txBody.p_lst[0].pPr)

        rectangle = shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, 0, Pt(100), Pt(100))
        rectangle.fill.solid()
        rectangle.fill.fore_color.rgb = RGBColor(0, 0, 0)  # each copy gets its own colour
        rectangle.line.fill.background()
        rectangle.shadow.inherit = False
        self.rectangle = rectangle._element

        self.notes = scratch.notes_slide._element
        self.notes_body_index = _placeholder_index(self.notes, (PP_PLACEHOLDER.BODY,))
        self._scratch_shapes = scratch.shapes

    def shell(self, layout: Any) -> SlideShell:
        """An empty slide on `layout` with only its title placeholder."""
        slide = self._scratch_slide(layout)
        slide.shapes.clone_layout_placeholders(layout)
        # Layout placeholders other than the title would show "Click to add text" while editing.
        for placeholder in list(slide.placeholders):
            if placeholder.placeholder_format.type not in TITLE_TYPES:
                placeholder._element.getparent().remove(placeholder._element)
        element = slide._element
        ids = [int(e.get("id")) for e in element.iter(qn("p:cNvPr"))]
        title = _placeholder_index(element, TITLE_TYPES)
        return SlideShell(layout, element, title, max(ids, default=1) + 1)

    def picture(self, path: Path, width_pt: float, height_pt: float) -> PictureShape:
        """A picture of the file at `path`, and its image for the package."""
        picture = self._scratch_shapes.add_picture(str(path), 0, 0, Pt(width_pt), Pt(height_pt))
        image_part = picture.part.related_part(picture._element.blip_rId)
        image = Image(image_part.blob, image_part.content_type, image_part.partname.ext)
        return PictureShape(picture._element, image)

    def _scratch_slide(self, layout: Any) -> Any:
        self._scratch_count += 1
        partname = PackURI(_SCRATCH % self._scratch_count)
        return SlidePart.new(partname, self._prs.part.package, layout.part).slide


def _placeholder_index(element: etree._Element, types: tuple[Any, ...]) -> int | None:
    """Position in the shape tree of the first placeholder of one of `types`."""
    tree = element.find(qn("p:cSld")).find(qn("p:spTree"))
    for index, shape in enumerate(tree):
        if getattr(shape, "has_ph_elm", False) and shape.ph_type in types:
            return index
    return None
