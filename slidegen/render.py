"""Plan + Theme → .pptx. The only module that imports python-pptx; it draws what the plan says.

Every slide's title sits in a real title placeholder (PowerPoint's outline view, navigation and
accessibility checker read it); all other text goes into plain text boxes with autofit off and
zero insets, so the sizes the planner measured are the sizes shown.

Shapes go down in this order: background photo (python-pptx has no picture fill for slide
backgrounds, so it is the first shape, full slide; the image part is stored once per deck),
scrims that keep text legible, the logo, accent bars, then the text. With a church's template the
deck starts from that file, its slides removed, and each kind of slide uses its layout by name.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, BinaryIO

from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE, PP_PLACEHOLDER
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.packuri import PackURI
from pptx.oxml.ns import qn
from pptx.parts.slide import SlidePart
from pptx.util import Pt

from slidegen.errors import ThemeError
from slidegen.images import prepare_background, prepare_logo
from slidegen.model import Bar, Plan, Scrim, SlidePlan, TextBlock, Theme

_ALIGN = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}
_ANCHOR = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE, "bottom": MSO_ANCHOR.BOTTOM}
_TITLE_ONLY_LAYOUT = "Title Only"
# A template's layouts by slide kind, best first (PowerPoint's standard layout names).
_TEMPLATE_LAYOUTS = {
    "title": ("Title Slide",),
    "section": ("Section Header",),
}
_CONTENT_LAYOUTS = ("Title Only", "Title and Content")
_TITLE_TYPES = (PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE)
# Verse numbers are superscript, like a printed Bible: both PowerPoint and LibreOffice draw
# superscript smaller and raised, so the run keeps the verse's size.
_SUPERSCRIPT = "30000"  # DrawingML baseline offset, in thousandths of a percent


def _rgb(color: str) -> RGBColor:
    return RGBColor.from_string(color.lstrip("#").upper())


def render_deck(plan: Plan, theme: Theme, out: str | Path | BinaryIO) -> None:
    """Write the planned deck to `out` (a path or a binary file object)."""
    prs = _open(theme)
    _remember_part_names(prs.part.package)
    prs.slide_width = Pt(theme.slide_width_pt)
    prs.slide_height = Pt(theme.slide_height_pt)
    background = prepare_background(theme)
    logo = prepare_logo(theme)
    if not theme.template:
        # Once, on the master: every slide inherits it (a template keeps its own).
        _paint_background(prs.slide_master, theme)
    append = _SlideAppender(prs)
    for slide_plan in plan.slides:
        slide = append(_layout(prs, slide_plan.kind, bool(theme.template)))
        # The layout's title placeholder is already on the slide: what goes under the text is
        # moved to the back, in drawing order.
        under = []
        if background is not None:
            under.append(_add_full_slide_picture(slide, background, theme))
        under += [_draw_scrim(slide, scrim) for scrim in slide_plan.scrims]
        if logo is not None and theme.logo_rect is not None:
            x, y, w, h = theme.logo_rect
            picture = slide.shapes.add_picture(str(logo), Pt(x), Pt(y), Pt(w), Pt(h))
            picture.name = "Logo"
            under.append(picture)
        under += [_draw_bar(slide, bar) for bar in slide_plan.bars]
        tree = slide.shapes._spTree
        for index, shape in enumerate(under):
            tree.remove(shape._element)
            tree.insert(2 + index, shape._element)  # after the tree's own properties
        _draw_slide(slide, slide_plan, theme)
    prs.core_properties.title = plan.slides[0].title if plan.slides else ""
    prs.core_properties.author = "slidegen"
    prs.save(out)


class _SlideAppender:
    """`prs.slides.add_slide` in constant time per slide.

    python-pptx scans every relationship of the presentation for an existing one to the new
    slide (there never is one) and every slide id for the largest, so adding slides is
    quadratic. This does the same three steps as `Slides.add_slide`, keeping the next slide id.
    """

    def __init__(self, prs: Any) -> None:
        self.prs = prs
        self.id_list = prs.slides._sldIdLst
        self.next_id = max((int(s.get("id")) for s in self.id_list), default=255) + 1

    def __call__(self, layout: Any) -> Any:
        part = self.prs.part
        partname = PackURI(f"/ppt/slides/slide{len(self.id_list) + 1}.xml")
        slide_part = SlidePart.new(partname, part.package, layout.part)
        rId = part.rels._add_relationship(RT.SLIDE, slide_part)
        slide = slide_part.slide
        slide.shapes.clone_layout_placeholders(layout)
        self.id_list._add_sldId(id=self.next_id, rId=rId)
        self.next_id += 1
        return slide


def _remember_part_names(package: Any) -> None:
    """Make `package.next_partname` remember the names it has seen and given out.

    python-pptx finds a free part name (for every notes slide) by walking every part of the
    package: quadratic in the number of slides, most of a large build's time. The names in use
    are read once per template here and kept up to date; nothing else in a build creates parts
    named from those templates, so the answers are the same, found in constant time.
    """
    used: dict[str, set[str]] = {}

    def next_partname(template: str) -> PackURI:
        names = used.get(template)
        if names is None:
            prefix = template[: (template % 42).find("42")]
            names = used[template] = {
                str(part.partname)
                for part in package.iter_parts()
                if part.partname.startswith(prefix)
            }
        number = len(names) + 1
        while template % number in names:
            number += 1
        names.add(template % number)
        return PackURI(template % number)

    package.next_partname = next_partname


def _open(theme: Theme) -> Any:
    if not theme.template:
        return Presentation()
    try:
        prs = Presentation(theme.template)
    except Exception as error:  # python-pptx raises many types for a damaged package
        raise ThemeError(
            f"cannot open the template ({error})",
            path=theme.template,
            hint="open and re-save it in PowerPoint as a .pptx",
        ) from None
    # The template's own slides are examples; the deck keeps only its masters and layouts.
    id_list = prs.slides._sldIdLst
    for slide_id in list(id_list):
        prs.part.drop_rel(slide_id.rId)
        id_list.remove(slide_id)
    return prs


def _layout(prs: Any, kind: str, from_template: bool) -> Any:
    """The layout for a kind of slide: by name, else any with a title, else the first."""
    layouts = list(prs.slide_layouts)
    names = _TEMPLATE_LAYOUTS.get(kind, ()) + _CONTENT_LAYOUTS if from_template else ()
    by_name = {layout.name.strip().lower(): layout for layout in layouts}
    for name in names or (_TITLE_ONLY_LAYOUT,):
        if name.lower() in by_name:
            return by_name[name.lower()]
    for layout in layouts:
        if any(ph.placeholder_format.type in _TITLE_TYPES for ph in layout.placeholders):
            return layout
    return layouts[0]


def _add_full_slide_picture(slide: Any, image: Path, theme: Theme) -> Any:
    width, height = Pt(theme.slide_width_pt), Pt(theme.slide_height_pt)
    picture = slide.shapes.add_picture(str(image), 0, 0, width, height)
    picture.name = "Background"
    return picture


def _draw_scrim(slide: Any, scrim: Scrim) -> Any:
    shape = slide.shapes.add_shape(
        MSO_SHAPE.RECTANGLE, Pt(scrim.x), Pt(scrim.y), Pt(scrim.width), Pt(scrim.height)
    )
    shape.name = "Scrim"
    shape.fill.solid()
    shape.fill.fore_color.rgb = _rgb(scrim.color)
    color = shape.fill._xPr.find(qn("a:solidFill"))[0]
    color.append(color.makeelement(qn("a:alpha"), {"val": str(round(scrim.opacity * 100000))}))
    shape.line.fill.background()
    shape.shadow.inherit = False
    return shape


def _draw_slide(slide: Any, plan: SlidePlan, theme: Theme) -> None:
    title_shape = slide.shapes.title
    # Layout placeholders other than the title would show "Click to add text" while editing.
    for placeholder in list(slide.placeholders):
        if placeholder.placeholder_format.type not in _TITLE_TYPES:
            placeholder._element.getparent().remove(placeholder._element)
    for block in plan.blocks:
        if block.is_title and title_shape is not None:
            shape = title_shape
            shape.left, shape.top = Pt(block.x), Pt(block.y)
            shape.width, shape.height = Pt(block.width), Pt(block.height)
        else:
            shape = slide.shapes.add_textbox(
                Pt(block.x), Pt(block.y), Pt(block.width), Pt(block.height)
            )
        _fill_text(shape.text_frame, block, theme)
    slide.notes_slide.notes_text_frame.text = plan.notes


def _paint_background(master: Any, theme: Theme) -> None:
    fill = master.background.fill
    if len(theme.gradient) >= 2:
        fill.gradient()
        fill.gradient_angle = 90.0  # top to bottom
        stops = fill.gradient_stops
        # python-pptx starts a gradient with two stops; colour them first and last.
        stops[0].color.rgb = _rgb(theme.gradient[0])
        stops[0].position = 0.0
        stops[-1].color.rgb = _rgb(theme.gradient[-1])
        stops[-1].position = 1.0
    else:
        fill.solid()
        fill.fore_color.rgb = _rgb(theme.background)


def _draw_bar(slide: Any, bar: Bar) -> Any:
    shape = slide.shapes.add_shape(
        MSO_SHAPE.RECTANGLE, Pt(bar.x), Pt(bar.y), Pt(bar.width), Pt(bar.height)
    )
    shape.fill.solid()
    shape.fill.fore_color.rgb = _rgb(bar.color)
    shape.line.fill.background()
    shape.shadow.inherit = False
    shape.name = "Accent bar"
    return shape


def _fill_text(frame: Any, block: TextBlock, theme: Theme) -> None:
    frame.clear()
    frame.word_wrap = True
    frame.auto_size = MSO_AUTO_SIZE.NONE
    for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
        setattr(frame, side, 0)
    frame.vertical_anchor = _ANCHOR[block.anchor]
    for index, runs in enumerate(block.paragraphs):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()
        paragraph.alignment = _ALIGN[block.align]
        paragraph.line_spacing = 1.0
        paragraph.space_before = Pt(0)
        paragraph.space_after = Pt(0)
        for run_plan in runs:
            run = paragraph.add_run()
            run.text = run_plan.text
            number = run_plan.verse_number
            _style_run(
                run._r.get_or_add_rPr(),
                font=block.font,
                size_pt=block.size_pt,
                color=theme.accent_color if number else block.color,
                bold=block.bold or number,
                italic=block.italic,
                superscript=number,
            )


def _style_run(
    rpr: Any, *, font: str, size_pt: float, color: str, bold: bool, italic: bool, superscript: bool
) -> None:
    """Set a run's properties in the XML directly (python-pptx's font API costs ~1 ms a run).

    Children follow the schema's order: fill, then the Latin, East-Asian and complex-script
    fonts (all the theme's font, so no glyph silently comes from the master's font).
    """
    rpr.set("sz", str(round(size_pt * 100)))
    rpr.set("b", "1" if bold else "0")
    rpr.set("i", "1" if italic else "0")
    # A template's layout may set small caps or all caps; the planner measured the text as written.
    rpr.set("cap", "none")
    if superscript:
        rpr.set("baseline", _SUPERSCRIPT)
    fill = etree.SubElement(rpr, qn("a:solidFill"))
    etree.SubElement(fill, qn("a:srgbClr"), val=color.lstrip("#").upper())
    for tag in ("a:latin", "a:ea", "a:cs"):
        etree.SubElement(rpr, qn(tag), typeface=font)
