"""`slidegen themes --preview`: one sample slide of every kind per theme, on one contact sheet.

Each theme plans the same short sample sermon and slidegen's own renderer draws the first slide
of every kind (no LibreOffice needed), so a church can compare the built-in themes with its own
theme folders side by side before Sunday.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from slidegen.build import prepare
from slidegen.errors import SlidegenError
from slidegen.export import sheet_of, thumbnail
from slidegen.model import SlideKind, SlidePlan
from slidegen.raster import SlidePainter

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


def preview_themes(themes: Sequence[str], out: Path, *, thumb_width: int = 480) -> Path:
    """Write a contact sheet to `out`: a row per theme (a name or a theme folder), a column per
    slide kind. Returns `out`."""
    thumbs, labels = [], []
    with tempfile.TemporaryDirectory(prefix="slidegen-preview-") as scratch:
        source = Path(scratch) / "sample.yaml"
        source.write_text(SAMPLE, encoding="utf-8")
        for theme in themes:
            plan = prepare(source, theme=theme).plan()
            first: dict[SlideKind, SlidePlan] = {}
            for slide in plan.slides:
                first.setdefault(slide.kind, slide)
            missing = [str(kind) for kind in SlideKind if kind not in first]
            if missing:  # the sample must show every kind a theme styles
                raise SlidegenError(f"the preview sermon makes no {', '.join(missing)} slide")
            painter = SlidePainter(plan, height_px=thumb_width * 9 // 16 * 2)
            name = plan_name(theme)
            for kind in SlideKind:
                thumbs.append(thumbnail(painter.paint(first[kind]), thumb_width))
                labels.append(f"{name}: {kind}")
    return sheet_of(thumbs, out, columns=len(SlideKind), labels=labels)


def plan_name(theme: str) -> str:
    """A theme as the sheet labels it: its name, or its folder's name."""
    path = Path(theme)
    if path.name == "theme.yaml":
        return path.parent.name
    return path.name or theme
