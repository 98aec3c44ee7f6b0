"""The deck's package: consistent part by part, and exactly what the plan says when python-pptx
reads it back (slides go into the zip as they are drawn, so this is the renderer's contract)."""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.enum.text import MSO_ANCHOR, MSO_AUTO_SIZE, PP_ALIGN
from pptx.util import Pt

from slidegen.build import build_deck
from slidegen.cli import main

from .conftest import DATA, EXAMPLE, OUTLINES, REPO
from .package_support import check_package
from .render_support import unavailable

THEMES = sorted(p.name for p in (REPO / "themes").iterdir() if (p / "theme.yaml").is_file())
_ALIGN = {"left": PP_ALIGN.LEFT, "center": PP_ALIGN.CENTER, "right": PP_ALIGN.RIGHT}
_ANCHOR = {"top": MSO_ANCHOR.TOP, "middle": MSO_ANCHOR.MIDDLE, "bottom": MSO_ANCHOR.BOTTOM}


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLIDEGEN_CACHE", str(tmp_path / "cache"))


@pytest.mark.parametrize("outline", [*OUTLINES, DATA / "stress.yaml"], ids=lambda p: p.stem)
def test_every_deck_is_a_valid_package(outline: Path, tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    assert main(["build", str(outline), "-o", str(out)]) == 0
    check_package(out)


@pytest.mark.parametrize("theme", THEMES)
def test_every_theme_gives_a_valid_package_that_python_pptx_can_resave(
    theme: str, tmp_path: Path
) -> None:
    result = build_deck(EXAMPLE, tmp_path / "deck.pptx", theme=theme)
    check_package(result.output)
    # python-pptx loads every part and relationship, and writes the package again unchanged.
    prs = Presentation(str(result.output))
    again = io.BytesIO()
    prs.save(again)
    with zipfile.ZipFile(result.output) as ours, zipfile.ZipFile(again) as resaved:
        assert sorted(ours.namelist()) == sorted(resaved.namelist())


def test_control_characters_never_reach_the_deck(tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    assert main(["build", str(DATA / "bad" / "control-characters.yaml"), "-o", str(out)]) == 0
    check_package(out)
    with zipfile.ZipFile(out) as package:
        assert b"\x07" not in package.read("ppt/slides/slide1.xml")


@pytest.mark.parametrize("theme", ["default", "sunrise"])
def test_every_text_box_reads_back_exactly_as_planned(theme: str, tmp_path: Path) -> None:
    result = build_deck(EXAMPLE, tmp_path / "deck.pptx", theme=theme)
    slides = list(Presentation(str(result.output)).slides)
    assert len(slides) == len(result.plan.slides)
    for slide, plan in zip(slides, result.plan.slides, strict=True):
        drawn = ("Scrim", "Accent bar")
        boxes = [s for s in slide.shapes if s.has_text_frame and s.name not in drawn]
        title = slide.shapes.title
        assert title is not None
        assert [b.shape_id for b in boxes].count(title.shape_id) == 1
        by_order = [title] + [b for b in boxes if b.shape_id != title.shape_id]
        assert len(by_order) == len(plan.blocks)
        titles_first = sorted(plan.blocks, key=lambda b: not b.is_title)
        for shape, block in zip(by_order, titles_first, strict=True):
            assert (shape.left, shape.top) == (Pt(block.x), Pt(block.y))
            assert (shape.width, shape.height) == (Pt(block.width), Pt(block.height))
            frame = shape.text_frame
            assert frame.text == "\n".join("".join(r.text for r in p) for p in block.paragraphs)
            assert frame.word_wrap is True and frame.auto_size == MSO_AUTO_SIZE.NONE
            assert (frame.margin_left, frame.margin_top, frame.margin_right) == (0, 0, 0)
            assert frame.margin_bottom == 0
            assert frame.vertical_anchor == _ANCHOR[block.anchor]
            for paragraph in frame.paragraphs:
                assert paragraph.alignment == _ALIGN[block.align]
                assert paragraph.line_spacing == 1.0
                assert paragraph.space_before == paragraph.space_after == 0
                for run in paragraph.runs:
                    assert run.font.size == Pt(block.size_pt)
                    assert run.font.name == block.font
                    assert run.font.italic == block.italic
                    superscript = run._r.rPr.get("baseline") is not None
                    expected = result.theme.accent_color if superscript else block.color
                    assert str(run.font.color.rgb) == expected.lstrip("#").upper()
        notes = slide.notes_slide.notes_text_frame.text
        assert notes == plan.notes


@pytest.mark.parametrize("theme", ["default", "sunrise"])
def test_file_type_checks_recognise_the_deck(theme: str, tmp_path: Path) -> None:
    """libmagic, behind `file` and many upload and mail filters, must see a presentation even
    when a large photo is in the package (it reads only the first kilobytes of the zip)."""
    if shutil.which("file") is None:
        unavailable("needs the `file` command (Debian package file)")
    result = build_deck(EXAMPLE, tmp_path / "deck.pptx", theme=theme)
    mime = subprocess.run(
        ["file", "--brief", "--mime-type", str(result.output)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert mime == "application/vnd.openxmlformats-officedocument.presentationml.presentation"
