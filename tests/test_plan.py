"""The planner, pure: slide order and kinds, every box inside the slide and fitted, golden dumps.

Refresh the golden dumps after an intended change with:
    SLIDEGEN_UPDATE_GOLDEN=1 pytest tests/test_plan.py
"""

from __future__ import annotations

import dataclasses
import os
import subprocess
import sys
from pathlib import Path

import pytest

from slidegen import fit
from slidegen.build import prepare
from slidegen.model import Plan, TextBlock, Theme
from slidegen.plan import Fonts, plan_deck
from slidegen.plan.layout import FOOTER_MIN_PT
from slidegen.theme import builtin_theme_names, load_theme

from .conftest import DATA, EXAMPLE, OUTLINES, rects_overlap

GOLDEN = Path(__file__).resolve().parent / "golden"


def planned(path: Path, theme: str | None = None) -> tuple[Plan, Theme]:
    prepared = prepare(path, theme=theme)
    return prepared.plan(), prepared.theme


def estimated(theme: Theme) -> Fonts:
    """The theme's faces measured by the conservative estimate: the same on every machine,
    whichever fonts it has installed."""

    def face(family: str, bold: bool = False) -> fit.Measurer:
        return fit.Measurer(fit.FontSource(family, bold))

    return Fonts(
        heading=face(theme.heading_font, bold=True),
        body=face(theme.body_font),
        body_bold=face(theme.body_font, bold=True),
        verse=face(theme.verse_font),
        verse_bold=face(theme.verse_font, bold=True),
    )


def golden_plan(path: Path) -> Plan:
    prepared = prepare(path)
    resources = dataclasses.replace(prepared.resources, fonts=estimated(prepared.theme))
    return plan_deck(prepared.outline, prepared.scriptures, prepared.theme, resources)


def _box(item: object) -> str:
    x, y, w, h = (getattr(item, k) for k in ("x", "y", "width", "height"))
    return f"{x:g},{y:g} {w:g}x{h:g}"


def dump(plan: Plan) -> str:
    """A readable, stable record of a plan: what a reviewer compares, never zip bytes."""
    background = plan.background
    stops = " ".join(f"{s.color}@{s.position:g}" for s in background.gradient)
    lines = [f"background {background.color} {stops}".rstrip()]
    for number, slide in enumerate(plan.slides, 1):
        lines.append(f"--- {number} {slide.kind}: {slide.title}")
        for bar in slide.bars:
            lines.append(f"  bar {_box(bar)} {bar.color}")
        for scrim in slide.scrims:
            lines.append(f"  scrim {_box(scrim)} {scrim.color} {scrim.opacity:g}")
        for block in slide.blocks:
            role = "title" if block.is_title else "text"
            text = block.text.replace("\n", " / ")
            style = "bold " if block.bold else ""
            lines.append(
                f"  {role} {_box(block)} {block.size_pt:g}pt {style}{block.font} "
                f"{'/'.join(block.colors)} {block.align}/{block.anchor} "
                f"contrast {block.contrast:g}: {text}"
            )
        lines += [f"  | {line}" for line in slide.notes.splitlines()]
    lines += [f"warning: {w}" for w in plan.warnings]
    lines += [f"notice: {n}" for n in plan.notices]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("outline", OUTLINES, ids=lambda p: p.stem)
def test_plan_matches_its_golden_dump(outline: Path) -> None:
    plan = golden_plan(outline)
    golden = GOLDEN / f"{outline.stem}.txt"
    text = dump(plan).replace(str(outline), outline.name)
    if os.environ.get("SLIDEGEN_UPDATE_GOLDEN") == "1":
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8")
        pytest.skip(f"golden dump rewritten: {golden.name}")
    assert text == golden.read_text(encoding="utf-8")


def test_example_plan_runs_title_sections_points_verses_closing() -> None:
    plan, _ = planned(EXAMPLE)
    kinds = [s.kind for s in plan.slides]
    assert kinds[0] == "title" and kinds[-1] == "closing"
    assert kinds.count("section") == 2
    assert kinds.count("point") >= 25
    assert kinds.count("verse") >= 20
    # Each point is followed by its own verse slides before the next point.
    index = next(i for i, s in enumerate(plan.slides) if s.title == "Moses confronted Aaron")
    assert plan.slides[index + 1].title == "Exodus 32:21–24 (WEB)"
    # A passage split over slides says in the notes which verses each slide holds.
    parts = [s for s in plan.slides if s.title.startswith("Exodus 32:7–14 (WEB) (")]
    assert [p.notes.splitlines()[2] for p in parts] == [
        "Slide 1 of 3 for this passage: verses 7–9.",
        "Slide 2 of 3 for this passage: verses 10–11.",
        "Slide 3 of 3 for this passage: verses 12–14.",
    ]


def rect(block: TextBlock) -> tuple[float, float, float, float]:
    return (block.x, block.y, block.width, block.height)


@pytest.mark.parametrize("theme", builtin_theme_names())
@pytest.mark.parametrize("outline", [*OUTLINES, DATA / "stress.yaml"], ids=lambda p: p.stem)
def test_every_block_is_on_the_slide_apart_and_fits_at_its_size(outline: Path, theme: str) -> None:
    plan, chosen = planned(outline, theme)
    search = (Path(chosen.folder),) if chosen.folder else ()
    for slide in plan.slides:
        for block in slide.blocks:
            assert block.x >= 0 and block.y >= 0
            assert block.x + block.width <= chosen.slide_width_pt + 0.01
            assert block.y + block.height <= chosen.slide_height_pt + 0.01
            face = fit.Measurer.for_font(block.font, bold=block.bold, search_dirs=search)
            lines = fit.wrap(block.text, face, block.size_pt, block.width * fit.WIDTH_SAFETY)
            assert len(lines) * face.line_height(block.size_pt) <= block.height + 0.01, slide.title
        for i, a in enumerate(slide.blocks):
            assert not any(rects_overlap(rect(a), rect(b)) for b in slide.blocks[i + 1 :]), (
                slide.title
            )


def test_main_text_keeps_the_readable_minimum_in_the_example() -> None:
    plan, theme = planned(EXAMPLE)
    for slide in plan.slides:
        assert slide.main_block.size_pt >= theme.style(slide.kind).min_pt, slide.title
    assert plan.warnings == ()


def test_a_long_footer_shrinks_then_ends_in_an_ellipsis() -> None:
    prepared = prepare(EXAMPLE)
    theme = prepared.theme
    long = "The Very Long Name of a Sermon Series About Intercession and Prayer " * 3
    outline = dataclasses.replace(prepared.outline, series=long, church="First Church of Somewhere")
    plan = plan_deck(outline, prepared.scriptures, theme, prepared.resources)
    footer = [b for b in plan.slides[2].blocks if b.y >= theme.slide_height_pt - 40]
    assert footer
    block = footer[0]
    assert block.text.endswith("…")
    assert block.size_pt == FOOTER_MIN_PT
    face = fit.Measurer.for_font(block.font)
    assert len(fit.wrap(block.text, face, block.size_pt, block.width * fit.WIDTH_SAFETY)) == 1


def test_the_same_inputs_give_the_same_plan() -> None:
    first, _ = planned(EXAMPLE)
    second, _ = planned(EXAMPLE)
    assert first == second


def test_planning_never_imports_python_pptx() -> None:
    code = (
        "import sys; from slidegen.build import prepare; "
        f"prepare({str(EXAMPLE)!r}).plan(); "
        "assert 'pptx' not in sys.modules, 'pptx imported'"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_four_by_three_slides_plan_narrower_boxes() -> None:
    wide, _ = planned(EXAMPLE)
    theme = dataclasses.replace(load_theme(), slide_width_pt=720.0)
    narrow = prepare(EXAMPLE).with_theme(theme).plan()
    assert max(b.x + b.width for s in narrow.slides for b in s.blocks) <= 720
    assert len(narrow.slides) >= len(wide.slides)


def test_a_theme_with_small_points_still_gets_a_closing_recap(tmp_path: Path) -> None:
    folder = tmp_path / "small"
    folder.mkdir()
    (folder / "theme.yaml").write_text(
        "extends: default\nname: small\npoint:\n  size: 22\n  min_size: 20\n", encoding="utf-8"
    )
    plan, _ = planned(EXAMPLE, theme=str(folder))
    closing = plan.slides[-1]
    assert closing.kind == "closing"
    recap = [b for b in closing.blocks if "First Cycle" in b.text]
    assert recap and all(b.size_pt <= 22 for b in recap)


def test_a_recap_too_long_for_the_closing_slide_is_left_off_with_a_warning(
    tmp_path: Path,
) -> None:
    headings = "".join(
        f"  - heading: The long and winding heading number {n} of this sermon\n"
        for n in range(1, 17)
    )
    outline = tmp_path / "many.yaml"
    outline.write_text(f"title: Many headings\nsections:\n{headings}", encoding="utf-8")
    plan, _ = planned(outline)
    closing = plan.slides[-1]
    assert [b.text for b in closing.blocks] == ["Many headings"]
    assert "heading number 16" in closing.notes
    assert any("recap of 16 headings does not fit" in w for w in plan.warnings)


def test_the_outline_in_the_title_notes_is_numbered_as_the_theme_numbers_sections(
    tmp_path: Path,
) -> None:
    folder = tmp_path / "arabic"
    folder.mkdir()
    (folder / "theme.yaml").write_text(
        "extends: default\nname: arabic\nsection:\n  numbering: arabic\n", encoding="utf-8"
    )
    plan, _ = planned(EXAMPLE, theme=str(folder))
    notes = plan.slides[0].notes
    assert "\n1.  First Cycle" in notes and "\n2.  Second Cycle" in notes
    assert "I. First Cycle" not in notes
    closing = plan.slides[-1]
    assert any(b.text.startswith("1.  First Cycle") for b in closing.blocks)
