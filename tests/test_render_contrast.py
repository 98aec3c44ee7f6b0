"""Contrast measured where the back row sees it: on LibreOffice's rendered pixels under each word.

The example deck is built in every built-in theme, in a theme that only names a bright photo, in
themes that only change the accent the way a church does (dark red, navy, black), and in a light
church template, converted in one soffice run, rasterised with pdftoppm, and each word's box
(from pdftotext) is judged by the WCAG ratio between its darkest and lightest pixels: the glyph
and what lies behind it. At least 95% of the words of every deck must reach 4.5:1.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image, ImageDraw, ImageFilter

from slidegen.build import build_deck
from slidegen.contrast import contrast
from slidegen.export import export_pdf
from slidegen.theme import builtin_theme_names
from tests.conftest import EXAMPLE
from tests.render_support import require_pdftoppm, require_pdftotext, require_soffice
from tests.template_support import theme_folder
from tests.test_render_pdf import Word, read_pdf_words

DPI = 108  # 1.5 px per point: even the footer's strokes are solid pixels
SCALE = DPI / 72
AA = 4.5
SHARE = 0.95
BRIGHT = "bright-photo"
# A church's own accent over the default theme: each too dark to read on its navy.
ACCENTS = {"accent-red": "#C8102E", "accent-navy": "#1F2A6B", "accent-black": "#000000"}
CHURCH = "church-template"


def accent_theme(folder: Path, accent: str) -> Path:
    folder.mkdir(parents=True)
    (folder / "theme.yaml").write_text(
        f'extends: default\ncolors: {{accent: "{accent}"}}\n', encoding="utf-8"
    )
    return folder


def bright_photo_theme(folder: Path) -> Path:
    """A theme that names only a bright, busy photo: the legibility guard must rescue it."""
    folder.mkdir(parents=True)
    photo = Image.new("RGB", (1600, 900), "#F4E9C8")
    draw = ImageDraw.Draw(photo)
    for x in range(0, 1600, 80):  # pale stripes and a sun: light everywhere, not flat
        draw.rectangle([x, 0, x + 40, 900], fill="#FFF7E0")
    draw.ellipse([900, 150, 1400, 650], fill="#FFFFFF")
    photo.filter(ImageFilter.GaussianBlur(6)).save(folder / "photo.jpg", quality=90)
    (folder / "theme.yaml").write_text(
        "name: bright\nextends: default\nbackground:\n  image: photo.jpg\n", encoding="utf-8"
    )
    return folder


@dataclass(frozen=True)
class Judged:
    words: int
    legible: int
    worst: tuple[float, str]


def judge_words(gray: Image.Image, words: tuple[Word, ...]) -> list[tuple[float, str]]:
    results = []
    for word in words:
        box = (
            int(word.rect.x0 * SCALE),
            int(word.rect.y0 * SCALE),
            max(int(word.rect.x0 * SCALE) + 1, round(word.rect.x1 * SCALE)),
            max(int(word.rect.y0 * SCALE) + 1, round(word.rect.y1 * SCALE)),
        )
        values = sorted(gray.crop(box).tobytes())
        if len(values) < 4:
            continue
        # The 2nd and 98th percentiles: glyph and background, ignoring a few edge pixels.
        # (Grey levels stand in for the colours: close enough for a 95% threshold.)
        dark, light = values[len(values) * 2 // 100], values[len(values) * 98 // 100]
        results.append((contrast((dark,) * 3, (light,) * 3), word.text))
    return results


scrimmed: dict[str, int] = {}  # scrims per deck, filled by `judged`


@pytest.fixture(scope="module")
def judged(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Judged]:
    soffice = require_soffice()
    require_pdftotext()
    require_pdftoppm()
    folder = tmp_path_factory.mktemp("contrast")
    themes = {name: name for name in builtin_theme_names()}
    themes[BRIGHT] = str(bright_photo_theme(folder / "bright"))
    for name, accent in ACCENTS.items():
        themes[name] = str(accent_theme(folder / name, accent))
    themes[CHURCH] = str(theme_folder(folder / "grace", "extends: default\ntemplate: grace.pptx\n"))
    built = {n: build_deck(EXAMPLE, folder / f"{n}.pptx", theme=t) for n, t in themes.items()}
    scrimmed.update({n: sum(len(s.scrims) for s in r.plan.slides) for n, r in built.items()})
    decks = [result.output for result in built.values()]
    pdfs = export_pdf(decks, folder / "pdf", soffice=soffice)
    found = {}
    for name, pdf in zip(themes, pdfs, strict=True):
        prefix = folder / f"{name}-page"
        # Grey, uncompressed pages: the fastest pdftoppm gives (PNG compression triples it).
        subprocess.run(["pdftoppm", "-r", str(DPI), "-gray", str(pdf), str(prefix)], check=True)
        images = sorted(folder.glob(f"{name}-page-*.pgm"))
        ratios: list[tuple[float, str]] = []
        for page, image_path in zip(read_pdf_words(pdf), images, strict=True):
            with Image.open(image_path) as image:
                ratios += judge_words(image, page.words)
            image_path.unlink()  # ~1.5 MB a page
        found[name] = Judged(len(ratios), sum(r >= AA for r, _ in ratios), min(ratios))
    return found


@pytest.mark.render
@pytest.mark.parametrize("name", [*builtin_theme_names(), BRIGHT, *ACCENTS, CHURCH])
def test_words_reach_aa_contrast_on_the_rendered_slides(
    name: str, judged: dict[str, Judged]
) -> None:
    result = judged[name]
    assert result.words > 500  # the whole example deck was read
    assert result.legible / result.words >= SHARE, (
        f"{name}: {result.legible}/{result.words} words reach {AA}:1; worst {result.worst}"
    )


@pytest.mark.render
@pytest.mark.parametrize("name", [*ACCENTS, CHURCH])
def test_no_boxes_where_none_are_needed(name: str, judged: dict[str, Judged]) -> None:
    """A dark accent or a light template is met with the right colours, not a scrim per slide."""
    assert name in judged
    assert scrimmed[name] == 0


def test_the_bright_photo_would_drown_the_text_without_the_guard() -> None:
    # The photo's own colours against the default theme's warm white text: far below AA.
    assert contrast("#F6F1E7", "#F4E9C8") < 1.5
