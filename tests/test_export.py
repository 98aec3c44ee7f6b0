"""slidegen.export on a real small deck, with the real LibreOffice and pdftoppm."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from slidegen.build import build_deck
from slidegen.errors import SlidegenError
from slidegen.export import (
    ExportError,
    contact_sheet,
    export_decks,
    export_pdf,
    export_png,
    find_pdftoppm,
    find_soffice,
)
from tests.render_support import require_pdftoppm, require_soffice

SMALL_OUTLINE = """\
title: Jesus Wept
passage: "John 11:35"
sections:
  - heading: He Weeps With Us
    points:
      - text: Grief is not unbelief
        passage: "John 11:33-36"
"""


@pytest.fixture(scope="module")
def small_deck(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int]:
    folder = tmp_path_factory.mktemp("export")
    outline = folder / "wept.yaml"
    outline.write_text(SMALL_OUTLINE)
    result = build_deck(outline, folder / "wept.pptx")
    return result.output, len(result.plan.slides)


@pytest.fixture(scope="module")
def small_pdf(small_deck: tuple[Path, int], tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_soffice()
    (pdf,) = export_pdf([small_deck[0]], tmp_path_factory.mktemp("pdf"))
    return pdf


@pytest.mark.render
def test_export_pdf_writes_one_pdf_named_after_the_deck(small_pdf: Path) -> None:
    assert small_pdf.name == "wept.pdf"
    assert small_pdf.read_bytes().startswith(b"%PDF")
    # Nothing is left behind in the output folder but the PDF (the staging folder is gone).
    assert [p.name for p in small_pdf.parent.iterdir()] == ["wept.pdf"]


@pytest.mark.render
def test_export_png_writes_one_image_per_slide_and_removes_stale_ones(
    small_pdf: Path, small_deck: tuple[Path, int], tmp_path: Path
) -> None:
    require_pdftoppm()
    out = tmp_path / "slides"
    out.mkdir()
    (out / "slide-99.png").write_bytes(b"old")
    pngs = export_png(small_pdf, out, dpi=48)
    assert len(pngs) == small_deck[1]
    assert [p.name for p in pngs][:2] == ["slide-01.png", "slide-02.png"]
    assert sorted(out.iterdir()) == pngs
    with Image.open(pngs[0]) as image:
        # 960 x 540 pt at 48 dpi (LibreOffice's page is 960.009 pt wide: one pixel to spare)
        assert image.size in ((640, 360), (641, 360))


def test_contact_sheet_puts_every_slide_on_one_image(tmp_path: Path) -> None:
    pngs = []
    for number in range(1, 7):
        path = tmp_path / f"slide-{number:02d}.png"
        Image.new("RGB", (320, 180), (10 * number, 20, 40)).save(path)
        pngs.append(path)
    sheet = contact_sheet(pngs, tmp_path / "sheet.png", columns=4, thumb_width=160)
    with Image.open(sheet) as image:
        # 4 columns of 160 px and 2 rows of 90 px + a number line, with 8 px gaps.
        assert image.size == (8 + 4 * (160 + 8), 8 + 2 * (90 + 22 + 8))
        assert image.getpixel((8 + 80, 8 + 45)) == (10, 20, 40)
        assert image.getpixel((8 + 168 + 80, 8 + 45)) == (20, 20, 40)


@pytest.fixture
def wept(small_deck: tuple[Path, int], tmp_path: Path) -> Path:
    """A copy of the small deck alone in a fresh folder, ready for exporting."""
    require_soffice()
    require_pdftoppm()
    deck = tmp_path / "wept.pptx"
    deck.write_bytes(small_deck[0].read_bytes())
    return deck


@pytest.mark.render
def test_export_writes_pdf_beside_the_deck_and_pngs_in_a_slides_folder(
    wept: Path, small_deck: tuple[Path, int], tmp_path: Path
) -> None:
    written = export_decks([wept], pdf=True, png=True)
    slides = sorted((tmp_path / "wept-slides").glob("slide-*.png"))
    assert written == [tmp_path / "wept.pdf", *slides, tmp_path / "wept-sheet.png"]
    assert len(slides) == small_deck[1]
    assert all(p.is_file() for p in written)


@pytest.mark.render
def test_export_with_png_only_keeps_no_pdf(wept: Path, tmp_path: Path) -> None:
    written = export_decks([wept], pdf=False, png=True)
    assert not (tmp_path / "wept.pdf").exists()
    assert written[-1] == tmp_path / "wept-sheet.png"
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "wept-sheet.png",
        "wept-slides",
        "wept.pptx",
    ]


def test_missing_libreoffice_is_a_clear_error_with_an_install_hint(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        find_soffice(path=str(tmp_path), install_paths=())
    assert isinstance(caught.value, SlidegenError)
    assert "LibreOffice is needed for --pdf/--png" in str(caught.value)
    assert "libreoffice" in (caught.value.hint or "").lower()


def test_missing_pdftoppm_is_a_clear_error_with_an_install_hint(tmp_path: Path) -> None:
    with pytest.raises(ExportError) as caught:
        find_pdftoppm(path=str(tmp_path), install_paths=())
    assert "pdftoppm (poppler) is needed for --png" in str(caught.value)
    assert "poppler" in (caught.value.hint or "")


def test_libreoffice_is_found_on_a_given_path(tmp_path: Path) -> None:
    fake = tmp_path / "libreoffice"
    fake.write_text("#!/bin/sh\n")
    fake.chmod(0o755)
    assert find_soffice(path=str(tmp_path), install_paths=()) == fake


def test_a_missing_deck_or_two_decks_with_one_name_are_refused(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="deck not found"):
        export_pdf([tmp_path / "nope.pptx"], tmp_path)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    same = [tmp_path / "a" / "x.pptx", tmp_path / "b" / "x.pptx"]
    with pytest.raises(ExportError, match="two decks named 'x'"):
        export_pdf(same, tmp_path)
