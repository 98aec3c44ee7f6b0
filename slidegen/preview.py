"""`slidegen themes --preview`: one sample slide of each kind per theme, on one contact sheet.

Every theme builds the same short sample sermon; all decks go through one LibreOffice run.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from slidegen.build import build_deck
from slidegen.export import contact_sheet, export_pdf, export_png, find_pdftoppm, find_soffice
from slidegen.model import SLIDE_KINDS

SAMPLE = """\
title: The Good Shepherd
subtitle: Known, led and kept
passage: John 10:11-15
read_passage: false
preacher: Pastor Example
date: "2026-11-29"
series: I Am
church: Example Community Church
sections:
  - heading: The shepherd lays down his life
    passage: "11"
    points:
      - text: Love that goes all the way to the cross
        passage: "15"
conclusion: Follow the voice you know
"""


def preview_themes(names: Sequence[str], out: Path, *, thumb_width: int = 360) -> Path:
    """Write a contact sheet: a row per theme, a column per slide kind. Returns `out`."""
    soffice = find_soffice()
    pdftoppm = find_pdftoppm()
    with tempfile.TemporaryDirectory(prefix="slidegen-preview-") as scratch:
        work = Path(scratch)
        source = work / "sample.yaml"
        source.write_text(SAMPLE, encoding="utf-8")
        decks, picks = [], []
        for name in names:
            result = build_deck(source, work / f"{name}.pptx", theme=name)
            kinds = [str(slide.kind) for slide in result.plan.slides]
            picks.append([kinds.index(kind) for kind in SLIDE_KINDS])
            decks.append(result.output)
        pdfs = export_pdf(decks, work / "pdf", soffice=soffice)
        images: list[Path] = []
        labels: list[str] = []
        for name, pdf, chosen in zip(names, pdfs, picks, strict=True):
            slides = export_png(pdf, work / f"{name}-png", dpi=48, pdftoppm=pdftoppm)
            images += [slides[index] for index in chosen]
            labels += [f"{name}: {kind}" for kind in SLIDE_KINDS]
        return contact_sheet(
            images, out, columns=len(SLIDE_KINDS), thumb_width=thumb_width, labels=labels
        )
