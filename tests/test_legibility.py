"""Legibility: text over a bright photo gets a scrim that reaches WCAG AA, measured again here."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pptx import Presentation
from pptx.oxml.ns import qn

from slidegen.build import build_deck, prepare
from slidegen.images import (
    contrast,
    legibility_for,
    legibility_warnings,
    prepare_background,
    worst_contrast,
)
from slidegen.plan import plan_deck
from slidegen.theme import builtin_theme_names, load_theme

from .conftest import EXAMPLE

EMU_PER_PT = 12700


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLIDEGEN_CACHE", str(tmp_path / "cache"))


def bright_photo_theme(folder: Path, extra: str = "") -> Path:
    """`extends: default` + a bright, busy photo: white sky, pale sun, light stripes."""
    folder.mkdir(parents=True, exist_ok=True)
    image = Image.new("RGB", (1600, 1000), "#F2F4F7")
    draw = ImageDraw.Draw(image)
    for y in range(0, 1000, 40):
        draw.rectangle((0, y, 1600, y + 14), fill="#D8E4F0")
    draw.ellipse((900, 150, 1300, 550), fill="#FFF6D8")
    image.save(folder / "bright.jpg", quality=90)
    (folder / "theme.yaml").write_text(
        f"extends: default\nbackground:\n  image: bright.jpg\n{extra}", encoding="utf-8"
    )
    return folder


def test_contrast_follows_wcag() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    colors = [(90, (255, 255, 255)), (10, (200, 200, 200))]
    assert worst_contrast("#000000", colors) == pytest.approx(contrast("#000000", "#C8C8C8"))


@pytest.mark.parametrize("name", builtin_theme_names())
def test_built_in_themes_are_legible_without_any_scrim(name: str) -> None:
    outline, theme, scriptures, _ = prepare(EXAMPLE, theme=name)
    plan = plan_deck(outline, scriptures, replace(theme, auto_scrim=False))
    assert legibility_warnings(plan, replace(theme, auto_scrim=False)) == []


def scrims_and_text(slide: object) -> tuple[list[object], list[object]]:
    shapes = list(slide.shapes)  # type: ignore[attr-defined]
    scrims = [s for s in shapes if s.name == "Scrim"]
    texts = [s for s in shapes if s.has_text_frame and s.text_frame.text.strip()]
    return scrims, texts


def measured_contrast(background: Image.Image, text_shape: object, scrims: list[object]) -> float:
    """The 10th-percentile contrast under a text box, scrims composited at full resolution."""
    scale = background.width / (960 * EMU_PER_PT)
    s = text_shape
    box = tuple(
        round(v * scale)
        for v in (s.left, s.top, s.left + s.width, s.top + s.height)  # type: ignore[attr-defined]
    )
    region = background.crop(box)
    for scrim in scrims:
        fill = scrim._element.spPr.find(qn("a:solidFill"))[0]  # type: ignore[attr-defined]
        alpha = int(fill.find(qn("a:alpha")).get("val")) / 100000
        color = Image.new("RGB", region.size, "#" + fill.get("val"))
        region = Image.blend(region, color, alpha)
    run = text_shape.text_frame.paragraphs[0].runs[0]  # type: ignore[attr-defined]
    colors = region.getcolors(region.width * region.height)
    return worst_contrast(f"#{run.font.color.rgb}", colors)


def test_a_bright_photo_gets_scrims_that_reach_aa(tmp_path: Path) -> None:
    folder = bright_photo_theme(tmp_path / "bright")
    result = build_deck(EXAMPLE, tmp_path / "bright.pptx", theme=str(folder))
    background = Image.open(prepare_background(result.theme)).convert("RGB")  # type: ignore[arg-type]
    prs = Presentation(str(result.output))
    measured = []
    for slide in prs.slides:
        scrims, texts = scrims_and_text(slide)
        assert scrims, "every slide has text over the bright photo"
        shapes = list(slide.shapes)
        # Scrims lie under the text, the title placeholder included.
        assert max(shapes.index(s) for s in scrims) < min(shapes.index(t) for t in texts)
        for text in texts:
            measured.append(measured_contrast(background, text, scrims))
    assert min(measured) >= 4.5
    # Scrims are as light as they can be: not solid panels.
    opacities = [
        int(s._element.spPr.find(qn("a:solidFill"))[0].find(qn("a:alpha")).get("val"))
        for slide in prs.slides
        for s in scrims_and_text(slide)[0]
    ]
    assert max(opacities) < 100000


def test_without_auto_scrim_a_warning_names_the_slide_instead(tmp_path: Path) -> None:
    folder = bright_photo_theme(tmp_path / "bright", "legibility:\n  auto_scrim: false\n")
    theme = load_theme(str(folder))
    outline, _, scriptures, _ = prepare(EXAMPLE)
    plan = plan_deck(outline, scriptures, theme)
    warnings = legibility_warnings(plan, theme)
    assert warnings and warnings[0].startswith("slide 1 (title): text 'Real Intercession'")
    assert "below 4.5:1" in warnings[0]
    result = build_deck(EXAMPLE, tmp_path / "plain.pptx", theme=str(folder))
    prs = Presentation(str(result.output))
    assert not any(s.name == "Scrim" for slide in prs.slides for s in slide.shapes)


def test_a_darker_overlay_needs_lighter_scrims(tmp_path: Path) -> None:
    light = load_theme(str(bright_photo_theme(tmp_path / "a")))
    dark = load_theme(str(bright_photo_theme(tmp_path / "b", "  overlay:\n    opacity: 0.5\n")))
    outline, _, scriptures, _ = prepare(EXAMPLE)
    slide = plan_deck(outline, scriptures, light).slides[0]
    block = slide.blocks[0]
    assert (
        legibility_for(dark).block_verdict(block).opacity
        < legibility_for(light).block_verdict(block).opacity
    )
