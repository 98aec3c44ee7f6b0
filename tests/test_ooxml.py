"""Every deck slidegen writes is valid Office Open XML, as an independent validator sees it.

openxml-audit ports the Open XML SDK's checks (package, schema, semantics) to Python; PowerPoint
repairs or refuses a file that fails them. Decks are built with the real command line.
(A template saved by LibreOffice Impress is covered in test_template_package.py.)
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree
from openxml_audit import OpenXmlValidator, ValidationResult
from PIL import Image, ImageDraw
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.enum.shapes import MSO_SHAPE
from pptx.util import Pt

from .cli_support import run
from .conftest import DATA, EXAMPLE, OUTLINES, REPO

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
# The stress outline: the longest passages, deepest points and most slides of the test data.
STRESS_AND_EXAMPLES = [DATA / "stress.yaml", *OUTLINES]
BUILT_IN_THEMES = sorted(p.parent.name for p in (REPO / "themes").glob("*/theme.yaml"))


@pytest.fixture(scope="module")
def validator() -> OpenXmlValidator:
    # Loading the schemas takes a moment: once for the module.
    return OpenXmlValidator()


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLIDEGEN_CACHE", str(tmp_path / "cache"))


def build(capsys: pytest.CaptureFixture[str], outline: Path, deck: Path, *options: str) -> Path:
    code, _, err = run(capsys, "build", str(outline), "-o", str(deck), *options)
    assert code == 0, err
    return deck


def errors(result: ValidationResult) -> list[str]:
    return [str(error) for error in result.errors]


def test_the_theme_list_is_not_empty() -> None:
    # Otherwise the parametrised test below would check nothing.
    assert {"default", "sunrise"} <= set(BUILT_IN_THEMES)


@pytest.mark.parametrize("theme", BUILT_IN_THEMES)
def test_every_built_in_theme_gives_a_valid_deck(
    theme: str, tmp_path: Path, capsys: pytest.CaptureFixture[str], validator: OpenXmlValidator
) -> None:
    # sunrise is the photo theme: a background picture with an overlay and scrims.
    deck = build(capsys, EXAMPLE, tmp_path / f"{theme}.pptx", "--theme", theme)
    assert errors(validator.validate(deck)) == []


@pytest.mark.parametrize("outline", STRESS_AND_EXAMPLES, ids=[p.stem for p in STRESS_AND_EXAMPLES])
def test_every_example_outline_gives_a_valid_deck(
    outline: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], validator: OpenXmlValidator
) -> None:
    deck = build(capsys, outline, tmp_path / "deck.pptx")
    assert errors(validator.validate(deck)) == []


def make_church_template(path: Path) -> None:
    """What a church's own template tends to be: a light master with a dark footer band that
    carries the church's name, and an example slide left in."""
    prs = Presentation()
    prs.slide_width, prs.slide_height = Pt(960), Pt(540)
    master = prs.slide_master
    master.background.fill.solid()
    master.background.fill.fore_color.rgb = RGBColor(0xFA, 0xF8, 0xF3)
    example = prs.slides.add_slide(prs.slide_layouts[1])
    example.shapes.title.text = "Welcome to Grace Church"
    band = example.shapes.add_shape(MSO_SHAPE.RECTANGLE, 0, Pt(490), Pt(960), Pt(50))
    band.name = "Footer band"
    band.fill.solid()
    band.fill.fore_color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
    band.line.fill.background()
    band.text_frame.text = "Grace Church · Sunday 10:30"
    # python-pptx cannot add shapes to a master; move the finished band there.
    master.shapes._spTree.append(band._element)
    prs.save(str(path))


def test_a_church_template_gives_a_valid_deck(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], validator: OpenXmlValidator
) -> None:
    theme = tmp_path / "grace"
    theme.mkdir()
    make_church_template(theme / "church.pptx")
    (theme / "theme.yaml").write_text(
        "name: grace\nextends: default\ntemplate: church.pptx\n", encoding="utf-8"
    )
    assert errors(validator.validate(theme / "church.pptx")) == []  # a fair starting point
    deck = build(capsys, EXAMPLE, tmp_path / "grace.pptx", "--theme", str(theme))
    assert errors(validator.validate(deck)) == []


def test_a_users_photo_theme_with_logo_and_footer_gives_a_valid_deck(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], validator: OpenXmlValidator
) -> None:
    theme = tmp_path / "sanctuary"
    theme.mkdir()
    photo = Image.new("RGB", (1600, 900), (214, 196, 160))
    ImageDraw.Draw(photo).rectangle((0, 500, 1600, 900), fill=(96, 70, 48))
    photo.save(theme / "sanctuary.jpg", quality=85)
    Image.new("RGBA", (256, 256), (200, 16, 46, 255)).save(theme / "logo.png")
    (theme / "theme.yaml").write_text(
        "name: sanctuary\n"
        "extends: default\n"
        'colors: {accent: "#C8102E"}\n'
        'background: {image: sanctuary.jpg, overlay: {color: "#000000", opacity: 0.4}}\n'
        "logo: {image: logo.png, corner: bottom-right, size: 64}\n"
        "footer: {church: true, slide_number: true}\n",
        encoding="utf-8",
    )
    deck = build(
        capsys, EXAMPLE, tmp_path / "s.pptx", "--theme", str(theme), "--set", "church=Grace Church"
    )
    assert errors(validator.validate(deck)) == []


def test_the_validator_reports_a_broken_part(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], validator: OpenXmlValidator
) -> None:
    # The same deck with one mistake a renderer could make: a font size below the 1 pt
    # minimum in one run of the first slide. Without this, a validator that checked nothing
    # would pass every test above.
    good = build(capsys, EXAMPLE, tmp_path / "good.pptx")
    broken = tmp_path / "broken.pptx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(broken, "w") as target:
        for entry in source.infolist():
            data = source.read(entry)
            if entry.filename == "ppt/slides/slide1.xml":
                slide = etree.fromstring(data)
                run_properties = slide.find(f".//{A}rPr[@sz]")
                assert run_properties is not None
                run_properties.set("sz", "50")  # half a point; the schema's minimum is 100
                data = etree.tostring(slide, xml_declaration=True, encoding="UTF-8")
            target.writestr(entry, data)
    found = errors(validator.validate(broken))
    assert found, "the validator accepted a broken slide"
    assert all("/ppt/slides/slide1.xml" in line for line in found), found
