"""slidegen's own image renderer: the plan drawn with Pillow, no LibreOffice needed, and the
same slides as LibreOffice draws from the .pptx (same text in the same boxes)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFont, ImageStat

from slidegen.build import build_deck, prepare
from slidegen.export import export_pdf, export_png
from slidegen.fit import Measurer
from slidegen.model import Plan, TextBlock
from slidegen.raster import SlidePainter, _faces, render_slides

from .conftest import EXAMPLE, OUTLINES
from .render_support import require_pdftoppm, require_soffice
from .test_fit_cjk import needs_cjk_face


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLIDEGEN_CACHE", str(tmp_path / "cache"))


def test_every_slide_becomes_a_full_hd_image(tmp_path: Path) -> None:
    plan = prepare(EXAMPLE).plan()
    written, thumbs = render_slides(plan, tmp_path / "slides", thumb_width=480)
    assert len(written) == len(plan.slides) == len(thumbs)
    assert [p.name for p in written[:2]] == ["slide-01.png", "slide-02.png"]
    with Image.open(written[0]) as first:
        assert first.size == (1920, 1080)
    assert thumbs[0].size == (480, 270)


def test_an_old_slide_image_beyond_the_new_deck_is_removed(tmp_path: Path) -> None:
    folder = tmp_path / "slides"
    folder.mkdir()
    (folder / "slide-99.png").write_bytes(b"stale")
    render_slides(prepare(EXAMPLE).plan(), folder)
    assert not (folder / "slide-99.png").exists()


@needs_cjk_face
def test_a_theme_font_inside_a_collection_is_drawn_with_its_own_face(tmp_path: Path) -> None:
    """Noto Sans CJK KR is a face of a .ttc collection, not its first (Japanese): PNGs draw the
    Korean one that measured the text, with its Korean forms of the characters they share."""
    korean = Measurer.for_font("Noto Sans CJK KR").source
    assert korean.face_index > 0  # the premise (fonts-noto-cjk, as CI installs it)
    theme = tmp_path / "korean"
    theme.mkdir()
    (theme / "theme.yaml").write_text(
        "extends: default\nfonts: {body: Noto Sans CJK KR}\n", encoding="utf-8"
    )
    plan = prepare(EXAMPLE, theme=str(theme)).plan()
    point = next(s for s in plan.slides if s.kind == "point").main_block
    run = point.paragraphs[0][0]
    assert run.font_file == str(korean.path)
    ((_, font),) = _faces(run, "神", 40)
    assert isinstance(font, ImageFont.FreeTypeFont) and font.index == korean.face_index


def ink(image: Image.Image, block: TextBlock, scale: float) -> float:
    """How much of a block's box differs from the plain background: its text's ink."""
    box = tuple(round(v * scale) for v in (block.x, block.y, block.x + block.width,
                                             block.y + block.height))  # fmt: skip
    region = image.crop(box).convert("L")
    edges = ImageChops.difference(region, region.resize((1, 1)).resize(region.size))
    return ImageStat.Stat(edges.point(lambda v: 255 if v > 60 else 0)).mean[0] / 255


def test_text_is_drawn_in_its_own_box_and_nowhere_else(tmp_path: Path) -> None:
    plan = prepare(EXAMPLE).plan()
    painter = SlidePainter(plan)
    verse = next(s for s in plan.slides if s.kind == "verse")
    image = painter.paint(verse)
    blank = painter.paint(verse.__class__(verse.kind, verse.title, (), ""))
    for block in verse.blocks:
        assert ink(image, block, painter.scale) > 0.01, block.text[:30]
    # Outside every block the slide is exactly its background (no stray text).
    mask = Image.new("L", image.size, 255)
    for block in verse.blocks:
        box = tuple(round(v * painter.scale) for v in (block.x - 4, block.y - 4,
                                                        block.x + block.width + 8,
                                                        block.y + block.height + 8))  # fmt: skip
        mask.paste(0, box)
    outside = Image.composite(ImageChops.difference(image, blank), Image.new("RGB", image.size),
                              mask)  # fmt: skip
    assert outside.getbbox() is None


def test_png_needs_no_libreoffice(tmp_path: Path) -> None:
    env = dict(os.environ, PATH=str(Path(sys.executable).parent))  # no soffice, no pdftoppm
    done = subprocess.run(
        [sys.executable, "-m", "slidegen", "build", str(EXAMPLE), "-o",
         str(tmp_path / "deck.pptx"), "--png"],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    slides = sorted((tmp_path / "deck-slides").glob("slide-*.png"))
    assert len(slides) == len(prepare(EXAMPLE).plan().slides)
    assert (tmp_path / "deck-sheet.png").is_file()


def extent(image: Image.Image, block: TextBlock, scale: float) -> tuple[int, int, int] | None:
    """(left, top, bottom) in pixels of the ink inside a block's box, or None if it is empty."""
    box = tuple(round(v * scale) for v in (block.x, block.y, block.x + block.width,
                                             block.y + block.height))  # fmt: skip
    region = image.crop(box).convert("L")
    edges = ImageChops.difference(region, region.resize((1, 1)).resize(region.size))
    found = edges.point(lambda v: 255 if v > 60 else 0).getbbox()
    return None if found is None else (found[0], found[1], found[3])


def agreement(plan: Plan, ours: list[Path], theirs: list[Path]) -> list[str]:
    """Slide by slide: each block's text starts at the same place, spans the same height (give
    or take a line, where a word wraps differently) and holds about the same ink."""
    problems = []
    for number, (slide, a, b) in enumerate(zip(plan.slides, ours, theirs, strict=True), 1):
        with Image.open(a) as mine, Image.open(b) as office:
            scale = mine.height / plan.height_pt
            office = office.convert("RGB").resize(mine.size, Image.Resampling.BOX)
            for block in slide.blocks:
                where = f"slide {number}: '{block.text[:30]}'"
                line = block.size_pt * 1.2 * scale
                ours_at, theirs_at = extent(mine, block, scale), extent(office, block, scale)
                if ours_at is None or theirs_at is None:
                    problems.append(f"{where} drawn by one renderer only")
                    continue
                left, top, bottom = (abs(p - q) for p, q in zip(ours_at, theirs_at, strict=True))
                if left > 4 and block.align == "left" or top > line or bottom > line:
                    problems.append(f"{where} at {ours_at} here, {theirs_at} in LibreOffice")
                ours_ink, their_ink = ink(mine, block, scale), ink(office, block, scale)
                if abs(ours_ink - their_ink) > 0.35 * max(ours_ink, their_ink):
                    problems.append(f"{where} ink {ours_ink:.3f} here, {their_ink:.3f} there")
    return problems


@pytest.mark.render
@pytest.mark.parametrize("theme", ["default", "sunrise", "parchment"])
def test_images_agree_with_libreoffice_slide_by_slide(theme: str, tmp_path: Path) -> None:
    soffice, pdftoppm = require_soffice(), require_pdftoppm()
    result = build_deck(EXAMPLE, tmp_path / "deck.pptx", theme=theme)
    ours, _ = render_slides(result.plan, tmp_path / "ours", height_px=360)
    (pdf,) = export_pdf([result.output], tmp_path / "pdf", soffice=soffice)
    theirs = export_png(pdf, tmp_path / "theirs", dpi=48, pdftoppm=pdftoppm)
    assert agreement(result.plan, ours, theirs) == []


@pytest.mark.render
def test_a_different_deck_does_not_agree(tmp_path: Path) -> None:
    """The comparison can fail: LibreOffice's images of another sermon are not ours."""
    soffice, pdftoppm = require_soffice(), require_pdftoppm()
    other = next(p for p in OUTLINES if p != EXAMPLE)
    result = build_deck(EXAMPLE, tmp_path / "deck.pptx")
    stranger = build_deck(other, tmp_path / "other.pptx")
    ours, _ = render_slides(result.plan, tmp_path / "ours", height_px=360)
    (pdf,) = export_pdf([stranger.output], tmp_path / "pdf", soffice=soffice)
    theirs = export_png(pdf, tmp_path / "theirs", dpi=48, pdftoppm=pdftoppm)
    count = min(len(ours), len(theirs))
    plan = Plan(result.plan.slides[:count], height_pt=result.plan.height_pt)
    assert len(agreement(plan, ours[:count], theirs[:count])) > count // 2
