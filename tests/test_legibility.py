"""Legibility is decided once, in the plan: every run's colour against what is drawn under it.

A scrim serves every colour in its box (never a light box under light text); a decoration colour
that cannot be served quietly falls back to the text colour, and the plan says so; the contrast
recorded on each block is measured again here, independently, on the deck's own pixels.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageDraw
from pptx import Presentation
from pptx.oxml.ns import qn

from slidegen.build import build_deck, prepare
from slidegen.contrast import AA_CONTRAST, contrast, worst_contrast
from slidegen.model import Plan
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


def accent_theme(folder: Path, accent: str) -> Path:
    """What a church writes first: the default theme with its own accent colour."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "theme.yaml").write_text(
        f'name: our-church\nextends: default\ncolors: {{accent: "{accent}"}}\n', encoding="utf-8"
    )
    return folder


def planned(theme: str) -> Plan:
    return prepare(EXAMPLE, theme=theme).plan()


def test_contrast_follows_wcag() -> None:
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    colors = [(90, (255, 255, 255)), (10, (200, 200, 200))]
    assert worst_contrast("#000000", colors) == pytest.approx(contrast("#000000", "#C8C8C8"))


@pytest.mark.parametrize("name", builtin_theme_names())
def test_built_in_themes_are_legible_without_any_help(name: str) -> None:
    prepared = prepare(EXAMPLE, theme=name)
    plan = prepared.with_theme(replace(prepared.theme, auto_scrim=False)).plan()
    assert min(b.contrast for s in plan.slides for b in s.blocks) >= AA_CONTRAST
    assert plan.notices == ()


@pytest.mark.parametrize("accent", ["#C8102E", "#1F2A6B", "#000000", "#7A1F3D"])
def test_a_dark_accent_on_a_dark_theme_falls_back_to_the_text_colour(
    tmp_path: Path, accent: str
) -> None:
    plan = planned(str(accent_theme(tmp_path / "church", accent)))
    theme = load_theme("default")
    shown = {run.color for s in plan.slides for b in s.blocks for p in b.paragraphs for run in p}
    assert accent not in shown
    assert not any(s.scrims for s in plan.slides), "a colour change, not a box on every slide"
    assert min(b.contrast for s in plan.slides for b in s.blocks) >= AA_CONTRAST
    (notice,) = plan.notices
    assert f"accent colour {accent}" in notice and theme.text_color in notice


def test_a_light_accent_that_reads_is_kept(tmp_path: Path) -> None:
    plan = planned(str(accent_theme(tmp_path / "church", "#8FD3FF")))
    verse = next(s for s in plan.slides if s.kind == "verse")
    number = next(run for block in verse.blocks for p in block.paragraphs for run in p
                  if run.verse_number)  # fmt: skip
    assert number.color == "#8FD3FF"
    assert plan.notices == ()


def test_every_run_has_its_colour_and_weight_in_the_plan() -> None:
    plan = planned("default")
    for slide in plan.slides:
        for block in slide.blocks:
            for run in (run for p in block.paragraphs for run in p):
                assert run.color.startswith("#")
                assert run.bold or not block.bold
            assert block.font_file.endswith((".ttf", ".otf", ".ttc"))


def test_a_scrim_serves_every_colour_in_its_box(tmp_path: Path) -> None:
    # A bright photo with white text and a pale-gold accent: one dark box must serve both.
    folder = bright_photo_theme(tmp_path / "bright", 'colors: {accent: "#FFD58A"}\n')
    plan = planned(str(folder))
    assert any(s.scrims for s in plan.slides)
    for slide in plan.slides:
        for scrim in slide.scrims:
            inside = [b for b in slide.blocks if _within(b.rect, scrim)]
            for block in inside:
                for color in block.colors:
                    assert contrast(color, scrim.color) >= AA_CONTRAST, (
                        "no light box under light text"
                    )
        assert min(b.contrast for b in slide.blocks) >= AA_CONTRAST


def _within(rect: tuple[float, float, float, float], scrim: object) -> bool:
    x, y, w, h = rect
    sx, sy = scrim.x, scrim.y  # type: ignore[attr-defined]
    sw, sh = scrim.width, scrim.height  # type: ignore[attr-defined]
    return sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh


def scrims_and_text(slide: object) -> tuple[list[object], list[object]]:
    shapes = list(slide.shapes)  # type: ignore[attr-defined]
    scrims = [s for s in shapes if s.name == "Scrim"]
    texts = [s for s in shapes if s.has_text_frame and s.text_frame.text.strip()]
    return scrims, texts


def measured_contrast(background: Image.Image, text_shape: object, scrims: list[object]) -> float:
    """The 10th-percentile contrast under a text box for its worst colour, scrims composited at
    full resolution."""
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
    runs = [r for p in text_shape.text_frame.paragraphs for r in p.runs]  # type: ignore[attr-defined]
    colors = region.getcolors(region.width * region.height)
    return min(worst_contrast(f"#{color}", colors) for color in {r.font.color.rgb for r in runs})


def test_a_bright_photo_gets_scrims_that_reach_aa(tmp_path: Path) -> None:
    folder = bright_photo_theme(tmp_path / "bright")
    result = build_deck(EXAMPLE, tmp_path / "bright.pptx", theme=str(folder))
    photo = result.plan.background.photo
    assert photo is not None
    background = Image.open(photo.path).convert("RGB")
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


def test_without_auto_scrim_low_contrast_is_recorded_and_reported(tmp_path: Path) -> None:
    folder = bright_photo_theme(tmp_path / "bright", "legibility:\n  auto_scrim: false\n")
    result = build_deck(EXAMPLE, tmp_path / "plain.pptx", theme=str(folder))
    first = result.plan.slides[0].blocks[0]
    assert first.contrast < AA_CONTRAST
    low = [w for w in result.warnings if "below 4.5:1" in w]
    assert low and low[0].startswith("slide 1 (title): text 'Real Intercession'")
    prs = Presentation(str(result.output))
    assert not any(s.name == "Scrim" for slide in prs.slides for s in slide.shapes)


def test_a_darker_overlay_needs_lighter_scrims(tmp_path: Path) -> None:
    light = planned(str(bright_photo_theme(tmp_path / "a")))
    dark = planned(str(bright_photo_theme(tmp_path / "b", "  overlay:\n    opacity: 0.5\n")))
    assert dark.slides[0].scrims[0].opacity < light.slides[0].scrims[0].opacity


def test_a_three_stop_gradient_is_planned_with_all_its_stops(tmp_path: Path) -> None:
    folder = tmp_path / "dawn"
    folder.mkdir()
    (folder / "theme.yaml").write_text(
        "extends: default\nbackground:\n  gradient: ['#101020', '#F4F0E0', '#101020']\n",
        encoding="utf-8",
    )
    plan = planned(str(folder))
    assert [s.color for s in plan.background.gradient] == ["#101020", "#F4F0E0", "#101020"]
    assert [s.position for s in plan.background.gradient] == [0.0, 0.5, 1.0]
    # The pale middle band is what light text must be judged against, and helped on.
    middle = [b for s in plan.slides for b in s.blocks if b.y < 270 < b.y + b.height]
    assert middle and min(b.contrast for b in middle) >= AA_CONTRAST
    assert any(s.scrims for s in plan.slides)


@pytest.mark.parametrize("scrims", [True, False])
def test_the_contrast_the_plan_records_is_what_the_deck_shows(tmp_path: Path, scrims: bool) -> None:
    """`check` reports the plan's contrast: measured again here on the deck's own background
    and scrims, block by block, it must say the same (so --strict fails exactly when the
    slides would show low contrast)."""
    extra = "" if scrims else "legibility:\n  auto_scrim: false\n"
    folder = bright_photo_theme(tmp_path / "bright", extra)
    result = build_deck(EXAMPLE, tmp_path / "deck.pptx", theme=str(folder))
    photo = result.plan.background.photo
    assert photo is not None
    background = Image.open(photo.path).convert("RGB")
    prs = Presentation(str(result.output))
    low_in_plan = low_on_slides = 0
    for slide, planned in zip(prs.slides, result.plan.slides, strict=True):
        scrim_shapes, texts = scrims_and_text(slide)
        by_place = {(round(b.x), round(b.y)): b for b in planned.blocks}
        for text in texts:
            key = (round(text.left / EMU_PER_PT), round(text.top / EMU_PER_PT))  # type: ignore[attr-defined]
            block = by_place[key]
            shown = measured_contrast(background, text, scrim_shapes)
            assert shown == pytest.approx(block.contrast, rel=0.12), block.text[:30]
            low_in_plan += block.contrast < AA_CONTRAST
            low_on_slides += shown < AA_CONTRAST
    assert (low_in_plan > 0) == (low_on_slides > 0) == (not scrims)
