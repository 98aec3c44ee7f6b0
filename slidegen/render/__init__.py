"""Plan + Theme → .pptx. The only package that imports python-pptx; it draws what the plan says.

Every slide's title sits in a real title placeholder (PowerPoint's outline view, navigation and
accessibility checker read it); all other text goes into plain text boxes with autofit off and
zero insets, so the sizes the planner measured are the sizes shown.

Shapes go down in this order: background photo (python-pptx has no picture fill for slide
backgrounds, so it is the first shape, full slide; the image is stored once per deck), scrims
that keep text legible, the logo, accent bars, then the text. With a church's template the deck
starts from that file, its slides removed, and each kind of slide uses its layout by name.

python-pptx makes the package and one of each element (`prototypes`); slides are copies of those,
written to the zip as they are drawn (`package`), so a build's time and memory stay flat per slide.
"""

from __future__ import annotations

import copy
import io
import itertools
import posixpath
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.oxml.ns import qn
from pptx.util import Pt

from slidegen.errors import ThemeError
from slidegen.model import Background, Bar, Plan, Scrim, SlidePlan, Theme
from slidegen.render.animation import add_clicks
from slidegen.render.package import Image, StreamedPackage
from slidegen.render.prototypes import TITLE_TYPES, PictureShape, Prototypes, SlideShell
from slidegen.render.text import hex_color, notes_body, text_body

_TITLE_ONLY_LAYOUT = "Title Only"
_UNDER_TEXT_FROM = 2  # a shape tree starts with its own two property elements


def render_deck(plan: Plan, theme: Theme, out: BinaryIO) -> None:
    """Write the planned deck to the binary file `out`, slide by slide.

    A failure leaves `out` holding part of a deck: write to a temp file and rename it only on
    success (`build.write_atomically`).
    """
    prs = _open(theme)
    prs.slide_width = Pt(plan.width_pt)
    prs.slide_height = Pt(plan.height_pt)
    if not plan.background.from_template:
        # Once, on the master: every slide inherits it (a template keeps its own).
        _paint_background(prs.slide_master, plan.background)
    prs.core_properties.title = plan.slides[0].title if plan.slides else ""
    prs.core_properties.author = "slidegen"
    prototypes = Prototypes(prs)
    size = (plan.width_pt, plan.height_pt)
    photo = plan.background.photo
    background = prototypes.picture(Path(photo.path), *size) if photo else None
    logo = None
    if plan.logo is not None:
        box = (plan.logo.x, plan.logo.y, plan.logo.width, plan.logo.height)
        logo = (prototypes.picture(Path(plan.logo.path), *box[2:]), box)
    shells: dict[str, SlideShell] = {}  # by layout name
    package = StreamedPackage(prs, out)
    try:
        lang = plan.meta.proofing
        for slide_plan in plan.slides:
            name = slide_plan.layout or _TITLE_ONLY_LAYOUT
            if name not in shells:
                shells[name] = prototypes.shell(_layout(prs, name))
            shell = shells[name]
            drawing = _SlideDrawing(shell, prototypes, lang)
            if background is not None:
                drawing.picture(background, "Background", (0.0, 0.0, *size))
            for scrim in slide_plan.scrims:
                drawing.rectangle("Scrim", scrim, scrim.color, scrim.opacity)
            if logo is not None:
                drawing.picture(logo[0], "Logo", logo[1])
            for bar in slide_plan.bars:
                drawing.rectangle("Accent bar", bar, bar.color)
            drawing.text(slide_plan)
            add_clicks(drawing.element, [drawing.clicks[n] for n in sorted(drawing.clicks)])
            notes = notes_body(
                prototypes.notes, prototypes.notes_body_index, slide_plan.notes, lang
            )
            package.add_slide(drawing.element, shell.layout, drawing.images, notes)
        package.close()
    except BaseException:
        package.abandon()
        raise


class _SlideDrawing:
    """One slide being drawn: a copy of its layout's shell, filled shape by shape."""

    def __init__(self, shell: SlideShell, prototypes: Prototypes, lang: str = "") -> None:
        self.element = copy.deepcopy(shell.element)
        self.lang = lang  # the outline's language tag for every run ("" for English)
        self.images: list[Image] = []
        self._prototypes = prototypes
        self._tree = self.element.find(qn("p:cSld")).find(qn("p:spTree"))
        self._title = None if shell.title_index is None else self._tree[shell.title_index]
        self._ids: Iterator[int] = itertools.count(shell.next_shape_id)
        self._under = _UNDER_TEXT_FROM  # where the next shape under the text goes
        self.clicks: dict[int, list[int]] = {}  # the text boxes each click shows, by click

    def picture(self, picture: PictureShape, name: str, box: tuple[float, ...]) -> None:
        shape = copy.deepcopy(picture.element)
        self.images.append(picture.image)
        # The slide's relationships are its layout, then its pictures in order (package.py).
        blip = shape.find(qn("p:blipFill")).find(qn("a:blip"))
        blip.set(qn("r:embed"), f"rId{len(self.images) + 1}")
        self._put_under(shape, name, box)

    def rectangle(
        self, name: str, box: Bar | Scrim, color: str, opacity: float | None = None
    ) -> None:
        shape = copy.deepcopy(self._prototypes.rectangle)
        rgb = shape.find(qn("p:spPr")).find(qn("a:solidFill"))[0]
        rgb.set("val", hex_color(color))
        if opacity is not None:
            etree.SubElement(rgb, qn("a:alpha"), val=str(round(opacity * 100000)))
        self._put_under(shape, name, (box.x, box.y, box.width, box.height))

    def text(self, plan: SlidePlan) -> None:
        prototypes = self._prototypes
        for block in plan.blocks:
            if block.is_title and self._title is not None:
                shape = self._title
            else:
                shape = copy.deepcopy(prototypes.textbox)
                shape_id = next(self._ids)
                _name(shape, shape_id, f"TextBox {shape_id - 1}")  # python-pptx's naming
                self._tree.append(shape)
                if block.click:
                    self.clicks.setdefault(block.click, []).append(shape_id)
            _place(shape, (block.x, block.y, block.width, block.height))
            properties = (prototypes.body_properties, prototypes.paragraph_properties)
            body = text_body(block, *properties, self.lang)
            old = shape.find(qn("p:txBody"))
            if old is None:
                shape.append(body)
            else:
                shape.replace(old, body)

    def _put_under(self, shape: etree._Element, name: str, box: tuple[float, ...]) -> None:
        _name(shape, next(self._ids), name)
        _place(shape, box)
        self._tree.insert(self._under, shape)
        self._under += 1


def _name(shape: etree._Element, shape_id: int, name: str) -> None:
    properties = shape[0][0]  # p:nvSpPr or p:nvPicPr, then p:cNvPr
    properties.set("id", str(shape_id))
    properties.set("name", name)


def _place(shape: etree._Element, box: tuple[float, ...]) -> None:
    x, y, width, height = box
    shape_properties = shape.find(qn("p:spPr"))
    xfrm = shape_properties.find(qn("a:xfrm"))
    if xfrm is None:  # a placeholder copied from its layout has no position of its own
        xfrm = etree.Element(qn("a:xfrm"))
        shape_properties.insert(0, xfrm)
        etree.SubElement(xfrm, qn("a:off"))
        etree.SubElement(xfrm, qn("a:ext"))
    offset, extent = xfrm.find(qn("a:off")), xfrm.find(qn("a:ext"))
    offset.set("x", str(Pt(x)))
    offset.set("y", str(Pt(y)))
    extent.set("cx", str(Pt(width)))
    extent.set("cy", str(Pt(height)))


def _open(theme: Theme) -> Any:
    """A blank presentation, or the church's template as sanitised when the theme was loaded
    (`template_package`: its example slides, links, macros and embedded objects already gone)."""
    if theme.template_info is None:
        return Presentation()
    try:
        return Presentation(io.BytesIO(theme.template_info.package))
    except Exception as error:  # python-pptx raises many types for a damaged package
        raise ThemeError(
            f"cannot open the template ({error})",
            path=theme.template,
            hint="open and re-save it in PowerPoint as a .pptx",
        ) from None


def _layout(prs: Any, wanted: str) -> Any:
    """The layout the plan chose for a slide (a template's, by name, or by its part's file name
    where the template leaves it unnamed; else Title Only)."""
    layouts = [layout for master in prs.slide_masters for layout in master.slide_layouts]
    for layout in layouts:
        if wanted in (layout.name.strip(), posixpath.basename(layout.part.partname)):
            return layout
    for layout in layouts:
        if any(ph.placeholder_format.type in TITLE_TYPES for ph in layout.placeholders):
            return layout
    return layouts[0]


def _rgb(color: str) -> RGBColor:
    return RGBColor.from_string(hex_color(color))


def _paint_background(master: Any, background: Background) -> None:
    fill = master.background.fill
    if background.gradient:
        fill.gradient()
        # python-pptx counts this angle anticlockwise: 270 here is DrawingML's 90°, top to bottom.
        fill.gradient_angle = 270.0
        # python-pptx starts a gradient with two stops and has no call to add one: copy the
        # last stop's XML for each further stop, then colour and place them all.
        stops_list = master.element.find(f".//{qn('a:gradFill')}/{qn('a:gsLst')}")
        while len(stops_list) < len(background.gradient):
            stops_list.append(copy.deepcopy(stops_list[-1]))
        for stop, planned in zip(fill.gradient_stops, background.gradient, strict=True):
            stop.color.rgb = _rgb(planned.color)
            stop.position = planned.position
    else:
        fill.solid()
        fill.fore_color.rgb = _rgb(background.color)
