"""Decks as LibreOffice really draws them: every outline and the stress outline, in every theme.

All decks are converted in one soffice run (session fixture); `pdftotext -bbox-layout` then gives
each word's box in PDF points (a 16:9 page is 960 x 540 pt), which is checked against the page
and against the plan.
"""

from __future__ import annotations

import statistics
import subprocess
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest

from slidegen.build import build_deck
from slidegen.export import export_pdf
from slidegen.model import Plan, SlidePlan, TextBlock
from slidegen.theme import builtin_theme_names
from tests.conftest import DATA, OUTLINES
from tests.render_support import require_pdftotext, require_soffice

pytestmark = pytest.mark.render  # every test reads the decks LibreOffice turned into PDFs

STRESS = DATA / "stress.yaml"
THEMES = builtin_theme_names()
CASES = [(outline, theme) for outline in [*OUTLINES, STRESS] for theme in THEMES]
IDS = [f"{outline.stem}-{theme}" for outline, theme in CASES]

TOLERANCE_PT = 1.0
MIN_BODY_WORD_HEIGHT_PT = 28.0
_XHTML = "{http://www.w3.org/1999/xhtml}"


@dataclass(frozen=True)
class Rect:
    x0: float
    y0: float
    x1: float
    y1: float

    def overlap(self, other: Rect) -> float:
        """How far the two overlap on the shorter axis (<= 0: apart)."""
        dx = min(self.x1, other.x1) - max(self.x0, other.x0)
        dy = min(self.y1, other.y1) - max(self.y0, other.y0)
        return min(dx, dy)

    def union(self, other: Rect) -> Rect:
        return Rect(
            min(self.x0, other.x0),
            min(self.y0, other.y0),
            max(self.x1, other.x1),
            max(self.y1, other.y1),
        )

    @property
    def center(self) -> tuple[float, float]:
        return (self.x0 + self.x1) / 2, (self.y0 + self.y1) / 2

    @classmethod
    def of(cls, element: ET.Element) -> Rect:
        return cls(*(float(element.get(k, 0)) for k in ("xMin", "yMin", "xMax", "yMax")))


@dataclass(frozen=True)
class Word:
    rect: Rect
    text: str

    @property
    def height(self) -> float:
        return self.rect.y1 - self.rect.y0


@dataclass(frozen=True)
class PdfPage:
    width: float
    height: float
    blocks: tuple[Rect, ...]
    words: tuple[Word, ...]

    @property
    def text(self) -> str:
        return " ".join(w.text for w in self.words)


@dataclass(frozen=True)
class Rendered:
    plan: Plan
    pages: tuple[PdfPage, ...]


def read_pdf_words(pdf: Path) -> list[PdfPage]:
    """Pages with pdftotext's text blocks and word boxes."""
    xhtml = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, check=True, text=True
    ).stdout
    root = ET.fromstring(xhtml)
    pages = []
    for page in root.iter(f"{_XHTML}page"):
        pages.append(
            PdfPage(
                float(page.get("width", 0)),
                float(page.get("height", 0)),
                tuple(Rect.of(b) for b in page.iter(f"{_XHTML}block")),
                tuple(Word(Rect.of(w), w.text or "") for w in page.iter(f"{_XHTML}word")),
            )
        )
    return pages


@pytest.fixture(scope="session")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Rendered]:
    soffice = require_soffice()
    require_pdftotext()
    folder = tmp_path_factory.mktemp("render")
    plans, decks = {}, []
    for (outline, theme), name in zip(CASES, IDS, strict=True):
        deck = folder / f"{name}.pptx"
        plans[name] = build_deck(outline, deck, theme=theme).plan
        decks.append(deck)
    pdfs = export_pdf(decks, folder / "pdf", soffice=soffice)
    return {
        name: Rendered(plans[name], tuple(read_pdf_words(pdf)))
        for name, pdf in zip(IDS, pdfs, strict=True)
    }


def _pairs(case: str, rendered: dict[str, Rendered]) -> list[tuple[int, SlidePlan, PdfPage]]:
    result = rendered[case]
    # A page count that differs from the plan fails its own test; compare what pairs up here.
    pairs = zip(result.plan.slides, result.pages, strict=False)
    return [(n, s, p) for n, (s, p) in enumerate(pairs, 1)]


def _normalise(text: str) -> str:
    # NFKC undoes ligatures and the non-breaking space; spaces differ between wraps.
    return "".join(unicodedata.normalize("NFKC", text).split())


def _within(inner: Rect, outer: Rect) -> bool:
    return (
        outer.x0 - 0.01 <= inner.x0
        and outer.y0 - 0.01 <= inner.y0
        and inner.x1 <= outer.x1 + 0.01
        and inner.y1 <= outer.y1 + 0.01
    )


def _inside(point: tuple[float, float], block: TextBlock) -> bool:
    x, y = point
    return block.x <= x <= block.x + block.width and block.y <= y <= block.y + block.height


@pytest.mark.parametrize("case", IDS)
def test_the_pdf_has_one_page_per_planned_slide(case: str, rendered: dict[str, Rendered]) -> None:
    result = rendered[case]
    assert len(result.pages) == len(result.plan.slides)


@pytest.mark.parametrize("case", IDS)
def test_no_word_lies_outside_the_page(case: str, rendered: dict[str, Rendered]) -> None:
    outside = [
        (n, w.text, w.rect)
        for n, _slide, page in _pairs(case, rendered)
        for w in page.words
        if w.rect.x0 < -TOLERANCE_PT
        or w.rect.y0 < -TOLERANCE_PT
        or w.rect.x1 > page.width + TOLERANCE_PT
        or w.rect.y1 > page.height + TOLERANCE_PT
    ]
    assert outside == []


def _owner(word: Word, slide: SlidePlan) -> int:
    """The planned box the word's centre is in (-1: none)."""
    return next((i for i, b in enumerate(slide.blocks) if _inside(word.rect.center, b)), -1)


@pytest.mark.parametrize("case", IDS)
def test_text_drawn_from_different_boxes_never_overlaps(
    case: str, rendered: dict[str, Rendered]
) -> None:
    # pdftotext cuts one text box into several blocks (a raised verse number is a block of its
    # own, inside its verse's block), so its blocks are grouped by the planned box their first
    # word starts in; the drawn extents of two different boxes must stay apart. It also joins
    # two columns whose lines share baselines (a parallel slide) into one block: a block whose
    # words start in several planned boxes is split among them (a word outside every box stays
    # with the block's first word, so overflow is still caught).
    overlaps = []
    for n, slide, page in _pairs(case, rendered):
        extents: dict[int, Rect] = {}

        for block in page.blocks:
            words = [w for w in page.words if _within(w.rect, block)]
            if not words:
                continue
            owners = [_owner(w, slide) for w in words]
            if len(set(owners) - {-1}) < 2:
                parts = {owners[0]: block}
            else:
                parts = {}
                for word, owner in zip(words, owners, strict=True):
                    owner = owner if owner != -1 else owners[0]
                    parts[owner] = parts[owner].union(word.rect) if owner in parts else word.rect
            for owner, rect in parts.items():
                extents[owner] = extents[owner].union(rect) if owner in extents else rect
        groups = sorted(extents.items())
        for i, (a_owner, a) in enumerate(groups):
            for b_owner, b in groups[i + 1 :]:
                if a.overlap(b) > TOLERANCE_PT:
                    overlaps.append((n, a_owner, b_owner, a, b, round(a.overlap(b), 1)))
    assert overlaps == []


@pytest.mark.parametrize("case", IDS)
def test_every_word_stays_inside_a_planned_text_box(
    case: str, rendered: dict[str, Rendered]
) -> None:
    # The centre of each drawn word must lie in one of the slide's planned boxes: text that
    # overflowed its box (too many lines, or a line wider than the box) would land outside.
    strays = [
        (n, w.text, w.rect)
        for n, slide, page in _pairs(case, rendered)
        for w in page.words
        if not any(_inside(w.rect.center, b) for b in slide.blocks)
    ]
    assert strays == []


@pytest.mark.parametrize("case", IDS)
def test_body_text_on_verse_and_point_slides_is_big(
    case: str, rendered: dict[str, Rendered]
) -> None:
    small = []
    for n, slide, page in _pairs(case, rendered):
        if slide.kind not in ("verse", "point"):
            continue
        main = slide.main_block
        heights = [w.height for w in page.words if _inside(w.rect.center, main)]
        assert heights, f"slide {n}: no words drawn in its main text box"
        if statistics.median(heights) < MIN_BODY_WORD_HEIGHT_PT:
            small.append((n, slide.title, round(statistics.median(heights), 1)))
    assert small == []


@pytest.mark.parametrize("case", IDS)
def test_every_slide_title_appears_on_its_page(case: str, rendered: dict[str, Rendered]) -> None:
    missing = [
        (n, slide.title)
        for n, slide, page in _pairs(case, rendered)
        if _normalise(slide.title) not in _normalise(page.text)
    ]
    assert missing == []
