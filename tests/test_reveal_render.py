"""Blanks and their reveals as LibreOffice draws them, and the handout as a PDF.

LibreOffice cannot export the steps of a click animation (its PDF shows every shape, i.e. the
slide after its last click), so the animated deck is checked by that final state matching the
build slide that reveals the same words; the build slides are checked step by step.
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageFilter

from slidegen.blanks import NO_BREAK_SPACE
from slidegen.build import build_deck
from slidegen.export import export_pdf, export_png
from slidegen.model import Plan
from tests.cli_support import run
from tests.render_support import require_pdftoppm, require_pdftotext, require_soffice

SERMON = Path(__file__).parent / "data" / "blanks" / "ephesians-2-grace.yaml"

pytestmark = pytest.mark.render


def pdf_pages(pdf: Path) -> list[str]:
    text = subprocess.run(
        [str(require_pdftotext()), "-layout", str(pdf), "-"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return text.split("\f")


def first_slide_of(plan: Plan, number: int) -> int:
    return next(
        i
        for i, slide in enumerate(plan.slides)
        if any(r.blank == number for b in slide.blocks for p in b.paragraphs for r in p)
    )


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Plan, Path, list[Path]]]:
    require_soffice()
    require_pdftoppm()
    folder = tmp_path_factory.mktemp("reveal")
    animated = folder / "animated.yaml"
    animated.write_text(
        SERMON.read_text(encoding="utf-8").replace(
            "read_passage: false\n", "read_passage: false\nreveal: animate\n"
        ),
        encoding="utf-8",
    )
    built = {
        "steps": build_deck(SERMON, folder / "steps.pptx"),
        "animated": build_deck(animated, folder / "animated.pptx"),
    }
    pdfs = export_pdf([b.output for b in built.values()], folder)
    return {
        name: (result.plan, pdf, export_png(pdf, folder / name, dpi=48))
        for (name, result), pdf in zip(built.items(), pdfs, strict=True)
    }


def test_each_build_step_shows_the_line_then_the_word(
    decks: dict[str, tuple[Plan, Path, list[Path]]],
) -> None:
    plan, pdf, images = decks["steps"]
    pages = pdf_pages(pdf)
    for blank in plan.blanks:
        at = first_slide_of(plan, blank.number)
        word = re.compile(rf"\b{re.escape(blank.answers[0])}\b")
        # The word is not on the slide that shows its line, and is on the next one.
        assert len(word.findall(pages[at + 1].replace(NO_BREAK_SPACE, " "))) == 1 + len(
            word.findall(pages[at].replace(NO_BREAK_SPACE, " "))
        ), blank
        # Only the blank's own line of text changes between the two: nothing re-fits.
        before, after = Image.open(images[at]), Image.open(images[at + 1])
        changed = ImageChops.difference(before.convert("L"), after.convert("L")).point(
            lambda v: 255 if v > 40 else 0
        )
        box = changed.getbbox()
        assert box is not None, blank
        block = plan.slides[at].blocks[0]
        scale = before.height / plan.height_pt
        assert box[3] - box[1] <= block.size_pt * 1.5 * scale, blank


def test_the_animated_slide_after_its_clicks_is_the_build_slide_that_reveals_all(
    decks: dict[str, tuple[Plan, Path, list[Path]]],
) -> None:
    steps_plan, _, steps_images = decks["steps"]
    plan, _, images = decks["animated"]
    for index, slide in enumerate(plan.slides):
        clicks = max((b.click for b in slide.blocks), default=0)
        if not clicks:
            continue
        numbers = [r.blank for b in slide.blocks for p in b.paragraphs for r in p if r.blank]
        last = first_slide_of(steps_plan, max(numbers)) + 1  # the build slide showing them all
        drawn = Image.open(images[index]).convert("L")
        expected = Image.open(steps_images[last]).convert("L")
        without_words = Image.open(steps_images[last - clicks]).convert("L")
        # What may differ: anti-aliasing, where the line and the text after it sit a fraction
        # of a pixel apart. What must not: a word missing, or drawn away from its line.
        assert differing(drawn, expected) < 0.1 * differing(without_words, expected), index


def differing(image: Image.Image, other: Image.Image) -> float:
    """The share of pixels where one render has light (text, a line) that the other has nowhere
    within a pixel: anti-aliasing and a fraction of a pixel's shift do not count."""
    count = 0
    for one, two in ((image, other), (other, image)):
        near = two.filter(ImageFilter.MaxFilter(3))
        lighter = ImageChops.subtract(one, near).point(lambda v: 255 if v > 96 else 0)
        count += lighter.histogram()[255]
    return count / (image.width * image.height)


def test_the_handout_is_a_pdf_too(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    require_soffice()
    code, out, _ = run(
        capsys, "build", str(SERMON), "-o", str(tmp_path / "grace.pptx"), "--handout", "--pdf"
    )
    assert code == 0
    pdf = tmp_path / "grace-handout.pdf"
    assert f"wrote {pdf}" in out
    pages = pdf_pages(pdf)
    text = "\f".join(pages)
    assert "Saved by Grace" in pages[0]
    key_at = text.index("Answer key")
    assert "workmanship" not in text[:key_at] and "workmanship" in text[key_at:]
