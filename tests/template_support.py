"""Church templates as volunteers have them, made from code (python-pptx, then zip parts
rewritten where PowerPoint would have written something python-pptx cannot).

`church_template` is Grace Community Church's: 16:9, a warm off-white master, a dark-green
footer band with the church's name and web address along the bottom, a small logo in the top
right corner, the layouts renamed the way a volunteer names them ("Scripture", "Content",
"Welcome"), and last Sunday's slides still in it.
"""

from __future__ import annotations

import copy
import io
import zipfile
from collections.abc import Callable
from pathlib import Path

from lxml import etree
from PIL import Image
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.oxml.ns import qn
from pptx.oxml.shapes.picture import CT_Picture
from pptx.util import Emu, Pt

CREAM = "#FAF6EE"
BAND_GREEN = "#1E3D2F"
# Where the band and the logo sit, in points (x, y, width, height).
BAND = (0.0, 490.0, 960.0, 50.0)
LOGO = (872.0, 20.0, 64.0, 64.0)
RENAMED = {"Title Only": "Scripture", "Title and Content": "Content", "Title Slide": "Welcome"}


def logo_png(color: str = "#C8102E") -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (128, 128), color).save(buffer, "PNG")
    return buffer.getvalue()


def add_master_picture(master: object, png: bytes, box: tuple[float, ...], name: str) -> None:
    """A picture on the slide master (python-pptx only adds pictures to slides)."""
    _, rid = master.part.get_or_add_image_part(io.BytesIO(png))  # type: ignore[attr-defined]
    tree = master.shapes._spTree  # type: ignore[attr-defined]
    shape_id = max(int(e.get("id")) for e in tree.iter(qn("p:cNvPr"))) + 1
    x, y, w, h = (Emu(Pt(v)) for v in box)
    tree.append(CT_Picture.new_pic(shape_id, name, "", rid, x, y, w, h))


def add_master_band(prs: object, master: object) -> None:
    """The footer band: drawn on a slide with python-pptx, then moved to the master."""
    scratch = prs.slides.add_slide(prs.slide_layouts[6])  # type: ignore[attr-defined]
    band = scratch.shapes.add_shape(MSO_SHAPE.RECTANGLE, *(Pt(v) for v in BAND))
    band.name = "Footer band"
    band.fill.solid()
    band.fill.fore_color.rgb = RGBColor.from_string(BAND_GREEN[1:])
    band.line.fill.background()
    band.text_frame.text = "Grace Community Church · gracechurch.org"
    band.text_frame.paragraphs[0].runs[0].font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    master.shapes._spTree.append(copy.deepcopy(band._element))  # type: ignore[attr-defined]
    # Drop the scratch slide again: it was only a place to draw.
    id_list = prs.slides._sldIdLst  # type: ignore[attr-defined]
    prs.part.drop_rel(id_list[-1].rId)  # type: ignore[attr-defined]
    id_list.remove(id_list[-1])


def church_template(path: Path, background: str = CREAM) -> Path:
    prs = Presentation()
    prs.slide_width, prs.slide_height = Pt(960), Pt(540)
    master = prs.slide_master
    master.background.fill.solid()
    master.background.fill.fore_color.rgb = RGBColor.from_string(background[1:])
    add_master_band(prs, master)
    add_master_picture(master, logo_png(), LOGO, "Church logo")
    for layout in prs.slide_layouts:
        if layout.name in RENAMED:
            layout.name = RENAMED[layout.name]
    welcome = prs.slides.add_slide(prs.slide_layouts[0])
    welcome.shapes.title.text = "Welcome to Grace!"
    notices = prs.slides.add_slide(prs.slide_layouts[1])
    notices.shapes.title.text = "This week"
    notices.placeholders[1].text = "Men's breakfast Saturday 8am"
    prs.save(str(path))
    return path


def theme_folder(folder: Path, yaml: str, template: Path | None = None) -> Path:
    """A theme folder with `theme.yaml` holding `yaml`, and the church's template in it."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "theme.yaml").write_text(yaml, encoding="utf-8")
    if template is None:
        church_template(folder / "grace.pptx")
    return folder


Rewrite = Callable[[dict[str, bytes]], None]


def rewrite_parts(path: Path, change: Rewrite) -> Path:
    """Rewrite a saved .pptx's zip parts in place: `change` edits the {name: bytes} dict."""
    with zipfile.ZipFile(path) as package:
        parts = {info.filename: package.read(info) for info in package.infolist()}
    change(parts)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as package:
        for name, data in parts.items():
            package.writestr(name, data)
    return path


def xml(data: bytes) -> etree._Element:
    return etree.fromstring(data)


def tostring(element: etree._Element) -> bytes:
    return etree.tostring(element, xml_declaration=True, encoding="UTF-8", standalone=True)


def add_relationship(
    parts: dict[str, bytes], rels_name: str, rid: str, kind: str, target: str, external: bool
) -> None:
    """Add one relationship to a part's .rels, as PowerPoint writes it."""
    rels = xml(parts[rels_name])
    rel = etree.SubElement(rels, "Relationship", Id=rid, Type=kind, Target=target)
    rel.tag = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
    if external:
        rel.set("TargetMode", "External")
    parts[rels_name] = tostring(rels)
