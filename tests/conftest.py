"""Shared test helpers: build real decks and read them back with python-pptx (no mocks)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from pptx import Presentation

from slidegen.model import Outline, Point, Section

from . import render_support

REPO = Path(__file__).resolve().parent.parent
OUTLINES = sorted((REPO / "outlines").glob("*.yaml"))
EXAMPLE = REPO / "outlines" / "exodus-32-intercession.yaml"
DATA = Path(__file__).resolve().parent / "data"


def texts(points: tuple[Point, ...]) -> list[str]:
    """The points' own words, for comparing an imported outline with what was written."""
    return [p.text for p in points]


def labels(item: Point | Section | Outline) -> list[str]:
    """The passages an outline part cites, as labels."""
    return [str(c.passage) for c in item.citations]


def rects_overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    """Whether two (x, y, width, height) rectangles share any area."""
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return not (ax + aw <= bx or bx + bw <= ax or ay + ah <= by or by + bh <= ay)


@dataclass(frozen=True)
class SlideText:
    title: str
    texts: tuple[str, ...]  # every text frame's text, title first
    notes: str

    @property
    def body(self) -> str:
        return "\n".join(self.texts[1:])


def read_deck(path: Path) -> list[SlideText]:
    """Each slide's title, text frames and notes, as python-pptx reads them."""
    slides = []
    for slide in Presentation(str(path)).slides:
        title_shape = slide.shapes.title
        title = title_shape.text_frame.text if title_shape is not None else ""
        others = tuple(
            s.text_frame.text
            for s in slide.shapes
            if s.has_text_frame
            and s.text_frame.text
            and (title_shape is None or s.shape_id != title_shape.shape_id)
        )
        notes = slide.notes_slide.notes_text_frame.text if slide.has_notes_slide else ""
        slides.append(SlideText(title, (title, *others), notes))
    return slides


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    # Before fixtures are set up: a fixture that asks for LibreOffice is checked too.
    render_support.current_test = item


@pytest.fixture(scope="session")
def example_deck(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[SlideText]]:
    from slidegen.build import build_deck

    out = tmp_path_factory.mktemp("deck") / "exodus.pptx"
    build_deck(EXAMPLE, out)
    return out, read_deck(out)


def long_sermon(path: Path, copies: int = 40) -> Path:
    """The example sermon's sections `copies` times over (about 2,600 slides at 40), written out
    in full as a person would write them (YAML aliases would be refused at load)."""
    data = yaml.safe_load(EXAMPLE.read_text(encoding="utf-8"))
    data["sections"] = [
        {**section, "heading": f"{section['heading']} ({n})"}
        for n in range(1, copies + 1)
        for section in data["sections"]
    ]
    text = yaml.dump(data, Dumper=_NoAliases, sort_keys=False, allow_unicode=True)
    path.write_text(text, encoding="utf-8")
    return path


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: object) -> bool:
        return True
