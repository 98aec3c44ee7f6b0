"""Plan + Theme → .pptx. The only module that imports python-pptx; it draws what the plan says.

Every slide uses the "Title Only" layout so its title sits in a real title placeholder
(PowerPoint's outline view, navigation and accessibility checker read it); all other text goes
into plain text boxes with autofit off and zero insets, so the sizes the planner measured are
the sizes shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.oxml.ns import qn
from pptx.util import Pt

from slidegen.model import Bar, Plan, SlidePlan, TextBlock, Theme

_ALIGN = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER}
_ANCHOR = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE, "bottom": MSO_ANCHOR.BOTTOM}
_TITLE_ONLY_LAYOUT = "Title Only"
# Verse numbers are superscript, like a printed Bible: both PowerPoint and LibreOffice draw
# superscript smaller and raised, so the run keeps the verse's size.
_SUPERSCRIPT = "30000"  # DrawingML baseline offset, in thousandths of a percent


def _rgb(color: str) -> RGBColor:
    return RGBColor.from_string(color.lstrip("#").upper())


def render_deck(plan: Plan, theme: Theme, out: str | Path | BinaryIO) -> None:
    """Write the planned deck to `out` (a path or a binary file object)."""
    prs = Presentation()
    prs.slide_width = Pt(theme.slide_width_pt)
    prs.slide_height = Pt(theme.slide_height_pt)
    layout = next(lay for lay in prs.slide_layouts if lay.name == _TITLE_ONLY_LAYOUT)
    for slide_plan in plan.slides:
        _draw_slide(prs, layout, slide_plan, theme)
    prs.core_properties.title = plan.slides[0].title if plan.slides else ""
    prs.core_properties.author = "slidegen"
    prs.save(out)


def _draw_slide(prs: Presentation, layout: object, plan: SlidePlan, theme: Theme) -> None:
    slide = prs.slides.add_slide(layout)
    _paint_background(slide, theme)
    for bar in plan.bars:
        _draw_bar(slide, bar)
    title_shape = slide.shapes.title
    for block in plan.blocks:
        if block.is_title:
            shape = title_shape
            shape.left, shape.top = Pt(block.x), Pt(block.y)
            shape.width, shape.height = Pt(block.width), Pt(block.height)
        else:
            shape = slide.shapes.add_textbox(
                Pt(block.x), Pt(block.y), Pt(block.width), Pt(block.height)
            )
        _fill_text(shape.text_frame, block, theme)
    slide.notes_slide.notes_text_frame.text = plan.notes


def _paint_background(slide: object, theme: Theme) -> None:
    fill = slide.background.fill  # type: ignore[attr-defined]
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


def _draw_bar(slide: object, bar: Bar) -> None:
    shape = slide.shapes.add_shape(  # type: ignore[attr-defined]
        MSO_SHAPE.RECTANGLE, Pt(bar.x), Pt(bar.y), Pt(bar.width), Pt(bar.height)
    )
    shape.fill.solid()
    shape.fill.fore_color.rgb = _rgb(bar.color)
    shape.line.fill.background()
    shape.shadow.inherit = False
    shape.name = "Accent bar"


def _fill_text(frame: object, block: TextBlock, theme: Theme) -> None:
    frame.clear()  # type: ignore[attr-defined]
    frame.word_wrap = True  # type: ignore[attr-defined]
    frame.auto_size = MSO_AUTO_SIZE.NONE  # type: ignore[attr-defined]
    for side in ("margin_left", "margin_right", "margin_top", "margin_bottom"):
        setattr(frame, side, 0)
    frame.vertical_anchor = _ANCHOR[block.anchor]  # type: ignore[attr-defined]
    for index, runs in enumerate(block.paragraphs):
        paragraph = frame.paragraphs[0] if index == 0 else frame.add_paragraph()  # type: ignore[attr-defined]
        paragraph.alignment = _ALIGN[block.align]
        paragraph.line_spacing = 1.0
        paragraph.space_before = Pt(0)
        paragraph.space_after = Pt(0)
        for run_plan in runs:
            run = paragraph.add_run()
            run.text = run_plan.text
            font = run.font
            font.name = block.font
            font.bold = block.bold
            font.italic = block.italic
            if run_plan.verse_number:
                font.size = Pt(block.size_pt)
                font.color.rgb = _rgb(theme.accent_color)
                font.bold = True
                run._r.get_or_add_rPr().set("baseline", _SUPERSCRIPT)
            else:
                font.size = Pt(block.size_pt)
                font.color.rgb = _rgb(block.color)
            # East-Asian and complex-script fallbacks follow the Latin font, so no glyph
            # silently comes from the master's font.
            rpr = run._r.get_or_add_rPr()
            for tag in ("a:ea", "a:cs"):
                if rpr.find(qn(tag)) is None:
                    rpr.append(rpr.makeelement(qn(tag), {"typeface": block.font}))
