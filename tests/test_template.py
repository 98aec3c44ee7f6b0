"""A church's own .pptx template: its master, background and layouts carry into the deck."""

from __future__ import annotations

import copy
import posixpath
import re
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

from .conftest import EXAMPLE, read_deck, rects_overlap
from .package_support import check_package
from .template_support import BAND, CREAM, LOGO, church_template, rewrite_parts, theme_folder

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


def test_a_light_template_without_colours_of_the_themes_own_gives_dark_text(
    tmp_path: Path,
) -> None:
    # The theme extends the dark default and names no colours: the template's say what text is.
    folder = template_theme(tmp_path / "grace")
    make_template(folder / "our-church.pptx")
    result = build_deck(EXAMPLE, tmp_path / "grace.pptx", theme=str(folder))
    theme = result.theme
    assert theme.text_color == theme.heading_color == "#000000"  # the Office scheme's dk1
    assert theme.background == "#F4EFE6"  # the master's own cream
    prs = Presentation(str(result.output))
    assert not [s.name for slide in prs.slides for s in slide.shapes if s.name == "Scrim"]


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


# -- Grace Community Church's template: renamed layouts, a footer band, a logo, a cream master -----


def test_the_template_is_described_once_with_its_layouts_shapes_and_colours(tmp_path: Path) -> None:
    info = load_theme(str(theme_folder(tmp_path / "grace", GRACE))).template_info
    assert info is not None
    assert (info.slide_width_pt, info.slide_height_pt) == (960, 540)
    assert {"Welcome", "Content", "Scripture", "Section Header"} <= set(info.layout_names)
    assert info.background == CREAM
    assert info.scheme["dk1"] == "#000000" and info.scheme["lt1"] == "#FFFFFF"
    assert info.master.major_font == info.master.minor_font == "Calibri"
    band = next(d for d in info.master.drawn if d.name == "Footer band")
    assert band.box == BAND and "Grace Community Church" in band.text
    assert next(d for d in info.master.drawn if d.kind == "picture").box == LOGO
    content = info.layout("content")  # names are matched as a volunteer types them
    assert content.name == "Content"
    assert [p.type for p in content.placeholders][:2] == ["title", "obj"]


def test_reserved_boxes_hold_the_band_the_logo_and_the_footer_placeholders(tmp_path: Path) -> None:
    info = load_theme(str(theme_folder(tmp_path / "grace", GRACE))).template_info
    assert info is not None
    reserved = info.reserved_boxes("Scripture")
    footers = info.footer_placeholders("Scripture")
    assert {p.type for p in footers} == {"dt", "ftr", "sldNum"}
    assert BAND in reserved and LOGO in reserved
    assert all(p.box in reserved for p in footers)
    # The title placeholder is where slide text goes: not reserved.
    title = next(p for p in info.layout("Scripture").placeholders if p.type == "title")
    assert title.box not in reserved


def test_a_layout_that_hides_the_master_shapes_reserves_only_its_own(tmp_path: Path) -> None:
    folder = theme_folder(tmp_path / "grace", GRACE)
    prs = Presentation(str(folder / "grace.pptx"))
    blank = next(layout for layout in prs.slide_layouts if layout.name == "Blank")
    blank._element.set("showMasterSp", "0")  # Format Background → Hide background graphics
    prs.save(str(folder / "grace.pptx"))
    info = load_theme(str(folder)).template_info
    assert info is not None
    assert BAND not in info.reserved_boxes("Blank")
    assert BAND in info.reserved_boxes("Scripture")


GRACE = """\
# Grace Community Church
name: grace
extends: default
template: grace.pptx
layouts:
  verse: Scripture
  point: Content
  title: Welcome
"""


def test_slides_use_the_layouts_the_theme_names(tmp_path: Path) -> None:
    folder = theme_folder(tmp_path / "grace", GRACE)
    result = build_deck(EXAMPLE, tmp_path / "grace.pptx", theme=str(folder))
    prs = Presentation(str(result.output))
    kinds = [s.kind for s in result.plan.slides]
    layouts = [slide.slide_layout.name for slide in prs.slides]
    assert {layouts[i] for i, k in enumerate(kinds) if k == "verse"} == {"Scripture"}
    assert {layouts[i] for i, k in enumerate(kinds) if k == "point"} == {"Content"}
    assert layouts[kinds.index("title")] == "Welcome"
    assert layouts[kinds.index("section")] == "Section Header"  # PowerPoint's name, unrenamed
    # The template description picks the same layouts, for the planner.
    info = result.theme.template_info
    assert info is not None
    assert info.layout_for("verse", result.theme.layouts).name == "Scripture"
    assert info.layout_for("closing", result.theme.layouts).name == "Content"
    check_package(result.output)


def test_text_is_dark_on_the_cream_master_and_keeps_off_its_band(tmp_path: Path) -> None:
    folder = theme_folder(tmp_path / "grace", GRACE)
    result = build_deck(EXAMPLE, tmp_path / "grace.pptx", theme=str(folder))
    theme = result.theme
    assert theme.background == CREAM and theme.text_color == "#000000"
    assert theme.accent_color != "#E9B44C"  # not the default theme's gold, unreadable on cream
    prs = Presentation(str(result.output))
    shapes = [s for slide in prs.slides for s in slide.shapes]
    assert not [s for s in shapes if s.name == "Scrim"]
    master = prs.slide_masters[0]
    assert [s.name for s in master.shapes if s.name == "Footer band"] == ["Footer band"]


def test_colours_the_theme_writes_win_over_the_templates(tmp_path: Path) -> None:
    folder = theme_folder(tmp_path / "grace", GRACE + 'colors:\n  accent: "#C8102E"\n')
    theme = load_theme(str(folder))
    assert theme.accent_color == "#C8102E"  # the church red, as written
    assert theme.text_color == "#000000"  # the rest still from the template


def test_a_dark_template_gives_light_text_through_its_colour_map(tmp_path: Path) -> None:
    folder = tmp_path / "night"
    folder.mkdir()
    template = church_template(folder / "grace.pptx")
    prs = Presentation(str(template))
    master = prs.slide_master._element
    # PowerPoint's dark variant: the background is the scheme's dark 1, the text its light 1.
    master.find(qn("p:clrMap")).attrib.update(
        {"bg1": "dk1", "tx1": "lt1", "bg2": "dk2", "tx2": "lt2"}
    )
    background = master.find(qn("p:cSld")).find(qn("p:bg"))
    background.getparent().replace(
        background,
        etree.fromstring(
            f'<p:bg {nsdecls("p", "a")}><p:bgRef idx="1001"><a:schemeClr val="bg1"/></p:bgRef>'
            "</p:bg>"
        ),
    )
    prs.save(str(template))
    (folder / "theme.yaml").write_text(GRACE.replace("extends: default", "extends: parchment"))
    theme = load_theme(str(folder))
    # parchment's ink-brown text was chosen for paper; on this master the scheme's light wins.
    assert theme.background == "#000000" and theme.template_background == "#000000"
    assert theme.text_color == theme.heading_color == "#FFFFFF"


@pytest.mark.parametrize(
    ("yaml", "where", "message"),
    [
        (
            GRACE.replace("verse: Scripture", "verse: Scriptures"),
            "6:10",
            "the template has no layout called 'Scriptures' (did you mean 'Scripture'?) — "
            "its layouts are: 'Welcome', 'Content', 'Section Header'",
        ),
        (
            "extends: default\nlayouts:\n  verse: Scripture\n",
            "3:10",
            "'layouts.verse' has no effect: layouts are chosen from a template, and the theme "
            "has none — set 'template' too",
        ),
        (
            GRACE + "slide:\n  size: '4:3'\n",
            "10:9",
            "'slide.size' has no effect: the template decides the slide size — remove it",
        ),
        (
            GRACE + 'background:\n  color: "#FFFFFF"\n',
            "10:10",
            "'background.color' has no effect: the template's slide master draws the background",
        ),
    ],
)
def test_layout_names_and_settings_the_template_makes_useless_are_errors_at_their_line(
    tmp_path: Path, yaml: str, where: str, message: str
) -> None:
    folder = theme_folder(tmp_path / "grace", yaml)
    with pytest.raises(ThemeError) as caught:
        load_theme(str(folder))
    assert str(caught.value).startswith(f"{folder / 'theme.yaml'}:{where}: {message}"), str(
        caught.value
    )


def test_the_church_template_builds_without_text_on_its_band_or_logo(tmp_path: Path) -> None:
    """The planner keeps slide text off what the template draws (issue 12's 'build without
    overlap'): checked against the template description, for every slide."""
    folder = theme_folder(tmp_path / "grace", GRACE)
    result = build_deck(EXAMPLE, tmp_path / "grace.pptx", theme=str(folder))
    for slide in result.plan.slides:
        for block in slide.blocks:
            box = (block.x, block.y, block.width, block.height)
            assert not rects_overlap(box, LOGO), (slide.title, block.text)
            if block.text.strip():
                assert not rects_overlap(box, BAND), (slide.kind, block.text)


def test_heading_and_body_fonts_come_from_the_template_unless_the_theme_names_them(
    tmp_path: Path,
) -> None:
    folder = theme_folder(tmp_path / "grace", GRACE)

    def church_fonts(parts: dict[str, bytes]) -> None:
        theme = parts["ppt/theme/theme1.xml"].decode()
        major = theme.index("<a:majorFont>")
        minor = theme.index("<a:minorFont>")
        theme = (
            theme[:major]
            + theme[major:minor].replace('typeface="Calibri"', 'typeface="Georgia"', 1)
            + theme[minor:].replace('typeface="Calibri"', 'typeface="Verdana"', 1)
        )
        parts["ppt/theme/theme1.xml"] = theme.encode()

    rewrite_parts(folder / "grace.pptx", church_fonts)
    theme = load_theme(str(folder))
    assert (theme.heading_font, theme.body_font) == ("Georgia", "Verdana")
    assert theme.verse_font == load_theme("default").verse_font  # Scripture keeps its serif
    (folder / "theme.yaml").write_text(GRACE + "fonts:\n  heading: Arial\n", encoding="utf-8")
    theme = load_theme(str(folder))
    assert (theme.heading_font, theme.body_font) == ("Arial", "Verdana")


def test_an_unnamed_layout_is_found_by_its_part(tmp_path: Path) -> None:
    """A template whose layouts lost their names (as some converters leave them) still puts
    each slide on the layout the plan chose."""
    folder = tmp_path / "plain"
    folder.mkdir()
    template = church_template(folder / "grace.pptx")

    def unname(parts: dict[str, bytes]) -> None:
        for name in [n for n in parts if n.startswith("ppt/slideLayouts/slideLayout")]:
            if name.endswith(".xml"):
                parts[name] = re.sub(rb'<p:cSld name="[^"]*"', b"<p:cSld", parts[name])

    rewrite_parts(template, unname)
    theme_folder(folder, "extends: default\nname: plain\ntemplate: grace.pptx\n", template)
    result = build_deck(EXAMPLE, tmp_path / "plain.pptx", theme=str(folder))
    chosen = {slide.layout for slide in result.plan.slides}
    assert all(name.startswith("slideLayout") for name in chosen)
    prs = Presentation(str(result.output))
    used = {posixpath.basename(s.slide_layout.part.partname) for s in prs.slides}
    assert used == chosen
