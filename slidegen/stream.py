"""The livestream's data: a CSV of the lower thirds for vMix Data Sources (and any switcher that
binds a title's fields to spreadsheet columns). One row per frame, in the frames' order, with the
column names vMix users give a title's text fields (`Headline.Text`, `Reference.Text`)."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from slidegen.model import Plan, SlideKind

COLUMNS = ("Number", "Kind", "Headline.Text", "Reference.Text", "Image")


def rows(plan: Plan, frames: Sequence[Path]) -> list[dict[str, str]]:
    """A row per lower-third frame: its text as one line, a verse's reference, its image."""
    found = []
    for number, (frame, image) in enumerate(zip(plan.slides, frames, strict=True), 1):
        body = frame.main_block
        reference = frame.title if frame.kind == SlideKind.VERSE else ""
        found.append(
            {
                "Number": str(number),
                "Kind": str(frame.kind),
                "Headline.Text": " ".join(body.text.split()),
                "Reference.Text": reference,
                "Image": str(image.resolve()),
            }
        )
    return found


def csv_text(plan: Plan, frames: Sequence[Path]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows(plan, frames))
    return buffer.getvalue()
