"""A church's own .pptx template: its master, background and layouts carry into the deck."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

import pytest
from lxml import etree
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.oxml.ns import nsdecls, qn
from pptx.util import Pt

from slidegen.build import build_deck
from slidegen.errors import ThemeError
from slidegen.theme import load_theme

from .conftest import EXAMPLE, read_deck
from .package_support import check_package

MASTER_COLOR = RGBColor(0xF4, 0xEF, 0xE6)


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLIDEGEN_CACHE", str(tmp_path / "cache"))


def make_template(path: Path) -> None:
    """A 4:3 template with a cream master, a "Grace Church" master shape and one example slide."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Pt(720), Pt(540)
    master = prs.slide_master
    master.background.fill.solid()
    master.background.fill.fore_color.rgb = MASTER_COLOR
    example = prs.slides.add_slide(prs.slide_layouts[1])
    example.shapes.title.text = "Last week's sermon"
    box = example.shapes.add_textbox(Pt(20), Pt(500), Pt(200), Pt(30))
    box.name = "Grace Church"
    box.text_frame.text = "Grace Church"
    # python-pptx cannot add shapes to a master directly; move a finished one there.
    master.shapes._spTree.append(copy.deepcopy(box._element))
    prs.save(str(path))


def template_theme(folder: Path, template: str = "our-church.pptx") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "theme.yaml").write_text(
        f"extends: default\nname: grace\ntemplate: {template}\n", encoding="utf-8"
    )
    return folder


def test_the_template_master_carries_into_the_deck(tmp_path: Path) -> None:
    folder = template_theme(tmp_path / "grace")
    make_template(folder / "our-church.pptx")
    result = build_deck(EXAMPLE, tmp_path / "grace.pptx", theme=str(folder))
    assert (result.theme.slide_width_pt, result.theme.slide_height_pt) == (720, 540)
    slides = read_deck(result.output)
    # The template's own example slide is gone; every planned slide is there with its title.
    assert [s.title for s in slides] == [s.title for s in result.plan.slides]
    assert "Last week's sermon" not in [s.title for s in slides]
    check_package(result.output)  # slide parts, ids and relationships stay consistent

    prs = Presentation(str(result.output))
    assert (prs.slide_width, prs.slide_height) == (Pt(720), Pt(540))
    master = prs.slide_masters[0]
    assert [s.text_frame.text for s in master.shapes if s.name == "Grace Church"] == [
        "Grace Church"
    ]
    assert master.background.fill.fore_color.rgb == MASTER_COLOR
    kinds = [s.kind for s in result.plan.slides]
    layouts = [slide.slide_layout.name for slide in prs.slides]
    assert layouts[kinds.index("title")] == "Title Slide"
    assert layouts[kinds.index("section")] == "Section Header"
    assert layouts[kinds.index("verse")] == "Title Only"
    for slide in prs.slides:
        # No empty placeholders ("Click to add text") and the master's background shows through.
        assert all(p.placeholder_format.type in (1, 3) for p in slide.placeholders)
        assert slide.follow_master_background


def test_light_template_with_light_theme_text_gets_scrims(tmp_path: Path) -> None:
    # The default theme's warm white text on the template's cream master would be unreadable.
    folder = template_theme(tmp_path / "grace")
    make_template(folder / "our-church.pptx")
    result = build_deck(EXAMPLE, tmp_path / "grace.pptx", theme=str(folder))
    prs = Presentation(str(result.output))
    assert all(any(s.name == "Scrim" for s in slide.shapes) for slide in prs.slides)


@pytest.mark.parametrize(
    ("name", "content"),
    [("our-church.pptx", b"just some text, renamed"), ("our-church.potx", b"PK\x03\x04")],
)
def test_a_template_that_is_not_a_pptx_is_refused(
    tmp_path: Path, name: str, content: bytes
) -> None:
    folder = template_theme(tmp_path / "t", name)
    (folder / name).write_bytes(content)
    with pytest.raises(ThemeError, match=r"theme.yaml:3:11: .*\.pptx"):
        load_theme(str(folder))


def test_the_template_sections_and_custom_shows_do_not_outlive_its_slides(tmp_path: Path) -> None:
    folder = template_theme(tmp_path / "grace")
    template = folder / "our-church.pptx"
    make_template(template)
    prs = Presentation(str(template))
    presentation = prs.slides._sldIdLst.getparent()
    example = prs.slides._sldIdLst[0]
    # What PowerPoint writes for a section and a custom show holding the example slide.
    show = etree.fromstring(
        f'<p:custShowLst {nsdecls("p", "r")}><p:custShow name="Announcements" id="0">'
        f'<p:sldLst><p:sld r:id="{example.rId}"/></p:sldLst></p:custShow></p:custShowLst>'
    )
    presentation.find(qn("p:defaultTextStyle")).addprevious(show)
    sections = etree.fromstring(
        f'<p:extLst {nsdecls("p")}><p:ext uri="{{521415D9-36F7-43E2-AB2F-B90AF26B5E84}}">'
        '<p14:sectionLst xmlns:p14="http://schemas.microsoft.com/office/powerpoint/2010/main">'
        '<p14:section name="Welcome" id="{A1B2C3D4-0000-0000-0000-000000000001}">'
        f'<p14:sldIdLst><p14:sldId id="{example.id}"/></p14:sldIdLst></p14:section>'
        "</p14:sectionLst></p:ext></p:extLst>"
    )
    presentation.append(sections)
    prs.save(str(template))

    result = build_deck(EXAMPLE, tmp_path / "grace.pptx", theme=str(folder))
    check_package(result.output)  # every slide a section or show names is in the deck
    with zipfile.ZipFile(result.output) as package:
        xml = package.read("ppt/presentation.xml")
    assert b"Announcements" not in xml and b"Welcome" not in xml
