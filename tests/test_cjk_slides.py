"""Korean and Chinese churches' outlines become slides that fit and draw correctly: every CJK
character measured and drawn with a face that has it, named in the .pptx, inside its box in
LibreOffice's rendering, and never a tofu box in slidegen's own PNGs."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFont

from slidegen.build import BuildResult, build_deck
from slidegen.check import check_outline
from slidegen.export import export_pdf
from slidegen.fit.breaks import is_wide
from slidegen.fit.fallback import covered
from slidegen.model import Plan, Run, SlideKind
from slidegen.raster import SlidePainter, _faces

from .cli_support import run
from .conftest import DATA, EXAMPLE
from .render_support import require_pdftotext, require_soffice
from .test_fit_cjk import GENESIS_ZH, needs_cjk_face
from .test_render_pdf import read_pdf_words

OUTLINES = DATA / "cjk"
KOREAN = OUTLINES / "korean-church.yaml"
CHINESE = OUTLINES / "chinese-church.yaml"
TOLERANCE_PT = 1.0

pytestmark = needs_cjk_face


@pytest.fixture(scope="module")
def decks(tmp_path_factory: pytest.TempPathFactory) -> dict[str, BuildResult]:
    folder = tmp_path_factory.mktemp("cjk")
    return {
        outline.stem: build_deck(outline, folder / f"{outline.stem}.pptx", theme=theme)
        for outline in (KOREAN, CHINESE)
        for theme in ("default",)
    }


def runs(plan: Plan) -> list[Run]:
    return [r for s in plan.slides for b in s.blocks for p in b.paragraphs for r in p]


def wide_chars(text: str) -> set[str]:
    return {c for c in text if is_wide(c)}


@pytest.mark.parametrize("name", ["korean-church", "chinese-church"])
def test_every_cjk_run_names_a_face_that_has_its_characters(
    name: str, decks: dict[str, BuildResult]
) -> None:
    plan = decks[name].plan
    cjk_runs = [r for r in runs(plan) if wide_chars(r.text)]
    assert len(cjk_runs) > 10
    for run_ in cjk_runs:
        assert run_.east_asian is not None, run_.text
        have = covered(Path(run_.east_asian.file), run_.east_asian.index)
        assert all(ord(c) in have for c in wide_chars(run_.text)), run_.text
    assert not any("too long" in w for w in plan.warnings), plan.warnings


def test_korean_text_gets_a_korean_face_and_chinese_a_chinese_one(
    decks: dict[str, BuildResult],
) -> None:
    korean = {r.east_asian.family for r in runs(decks["korean-church"].plan) if r.east_asian}
    chinese = {r.east_asian.family for r in runs(decks["chinese-church"].plan) if r.east_asian}
    if any(f.startswith("Noto Sans CJK") for f in korean | chinese):
        assert korean == {"Noto Sans CJK KR", "Noto Serif CJK KR"}
        assert chinese == {"Noto Sans CJK SC", "Noto Serif CJK SC"}


def test_verse_text_in_a_serif_face_gets_a_serif_cjk_face(decks: dict[str, BuildResult]) -> None:
    """The default theme sets verses in Cambria: Chinese verses in a Song face, as printed."""
    plan = decks["chinese-church"].plan
    verse = next(s for s in plan.slides if s.kind == SlideKind.VERSE).main_block
    assert verse.font == "Cambria"
    faces = {r.east_asian.family for p in verse.paragraphs for r in p if r.east_asian}
    assert faces
    if all(f.startswith("Noto") for f in faces):  # fonts-noto-cjk has both, as CI installs it
        assert faces == {"Noto Serif CJK SC"}


@pytest.mark.parametrize("name", ["korean-church", "chinese-church"])
def test_the_pptx_names_the_measured_face_as_the_east_asian_font(
    name: str, decks: dict[str, BuildResult]
) -> None:
    faces = {r.east_asian.family for r in runs(decks[name].plan) if r.east_asian}
    with zipfile.ZipFile(decks[name].output) as package:
        slides = [package.read(n).decode() for n in package.namelist() if "slides/slide" in n]
    for face in faces:
        assert any(f'<a:ea typeface="{face}"/>' in xml for xml in slides)
    # English runs keep the theme's font as their East Asian font.
    assert any('<a:ea typeface="Calibri"/>' in xml for xml in slides)


def test_english_runs_need_no_east_asian_face(tmp_path: Path) -> None:
    plan = build_deck(EXAMPLE, tmp_path / "d.pptx").plan
    assert all(r.east_asian is None for r in runs(plan))


@pytest.mark.parametrize("name", ["korean-church", "chinese-church"])
def test_the_pngs_draw_every_character_with_a_face_that_has_it(
    name: str, decks: dict[str, BuildResult]
) -> None:
    missing = set()
    for run_ in runs(decks[name].plan):
        for text, font in _faces(run_, run_.text, 40):
            assert isinstance(font, ImageFont.FreeTypeFont)
            have = covered(Path(str(font.path)), font.index)
            missing |= {c for c in text if not c.isspace() and ord(c) not in have}
    assert missing == set()


def glyph(font: ImageFont.FreeTypeFont, char: str) -> Image.Image:
    image = Image.new("L", (90, 90))
    ImageDraw.Draw(image).text((10, 10), char, font=font, fill=255)
    return image


def test_a_png_draws_chinese_glyphs_not_the_latin_font_s_empty_boxes(
    decks: dict[str, BuildResult],
) -> None:
    plan = decks["chinese-church"].plan
    slide = next(s for s in plan.slides if s.kind == SlideKind.SECTION)
    heading = next(b for b in slide.blocks if wide_chars(b.text))
    run_ = heading.paragraphs[0][0]
    basic = ImageFont.Layout.BASIC
    latin = ImageFont.truetype(run_.font_file, 60, layout_engine=basic)
    tofu = glyph(latin, "\ue000")  # a private-use character: the Latin font's .notdef box
    assert ImageChops.difference(glyph(latin, "神"), tofu).getbbox() is None  # the premise
    ((text, drawn_with),) = _faces(run_, "神", 60)
    assert isinstance(drawn_with, ImageFont.FreeTypeFont) and drawn_with.path != latin.path
    assert ImageChops.difference(glyph(drawn_with, "神"), tofu).getbbox() is not None
    # The painter uses that face: without it the slide would look different (boxes).
    without = replace(
        slide,
        blocks=tuple(
            replace(b, paragraphs=tuple(
                tuple(replace(r, east_asian=None) for r in p) for p in b.paragraphs
            ))
            for b in slide.blocks
        ),
    )  # fmt: skip
    painter = SlidePainter(plan, 360)
    assert ImageChops.difference(painter.paint(slide), painter.paint(without)).getbbox()


@pytest.mark.render
@pytest.mark.parametrize("name", ["korean-church", "chinese-church"])
def test_libreoffice_draws_every_word_inside_its_planned_box(
    name: str, decks: dict[str, BuildResult], tmp_path: Path
) -> None:
    soffice = require_soffice()
    require_pdftotext()
    result = decks[name]
    (pdf,) = export_pdf([result.output], tmp_path, soffice=soffice)
    pages = read_pdf_words(pdf)
    assert len(pages) == len(result.plan.slides)
    strays, drawn = [], set()
    for number, (slide, page) in enumerate(zip(result.plan.slides, pages, strict=True), 1):
        for word in page.words:
            drawn |= wide_chars(word.text)
            x, y = word.rect.center
            owner = [b for b in slide.blocks if b.y <= y <= b.y + b.height]
            inside = any(
                b.x - TOLERANCE_PT <= word.rect.x0 and word.rect.x1 <= b.x + b.width + TOLERANCE_PT
                for b in owner
                if b.x <= x <= b.x + b.width
            )
            if not inside:
                strays.append((number, word.text, word.rect))
    assert strays == []
    planned = set().union(*(wide_chars(r.text) for r in runs(result.plan)))
    assert planned <= drawn


def add_chinese_bible(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Chinese church's own Bible file, HEHE (made-up verse text, numbered as John 3)."""
    monkeypatch.setenv("SLIDEGEN_DATA", str(tmp_path / "data"))
    sentences = [s + "。" for s in GENESIS_ZH.split("。") if s]
    verses = "\n".join(
        f'<v n="{n}">{sentences[n % len(sentences)]}{sentences[(n + 3) % len(sentences)]}</v>'
        for n in range(1, 37)
    )
    bible = tmp_path / "hehe.xml"
    bible.write_text(
        '<?xml version="1.0" encoding="UTF-8"?>\n<bible><b n="John">\n'
        f'<c n="1"><v n="1">{sentences[0]}</v></c><c n="2"><v n="1">{sentences[1]}</v></c>\n'
        f'<c n="3">\n{verses}\n</c></b></bible>\n',
        encoding="utf-8",
    )
    code, _, err = run(capsys, "bibles", "add", str(bible), "--code", "HEHE", "--language", "zh")
    assert code == 0, err


def test_a_long_chinese_passage_from_a_bible_file_splits_at_verse_boundaries(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Chinese church imports its own Bible file and reads a long passage: each slide begins
    with a verse and no verse is cut."""
    add_chinese_bible(tmp_path, capsys, monkeypatch)
    outline = tmp_path / "讲道.yaml"
    outline.write_text(
        "title: 重生的奥秘\nlanguage: zh\ntranslation: HEHE\npassage: 约翰福音 3:1-36\n"
        "sections:\n  - heading: 人必须重生\n    points:\n      - 从水和圣灵生的\n",
        encoding="utf-8",
    )
    plan = build_deck(outline, tmp_path / "讲道.pptx").plan
    shown = [s.scripture for s in plan.slides if s.kind == SlideKind.VERSE and s.scripture]
    assert len(shown) > 2
    numbers = [v.number for scripture in shown for v in scripture.verses]
    assert numbers == list(range(1, 37))  # each verse on exactly one slide, in order


def test_a_chinese_passage_cited_again_shows_its_first_words_not_all_of_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Chinese has no spaces between words: the reference slide's excerpt is its first
    characters, as an English one is its first words."""
    add_chinese_bible(tmp_path, capsys, monkeypatch)
    outline = tmp_path / "讲道.yaml"
    outline.write_text(
        "title: 重生的奥秘\nlanguage: zh\ntranslation: HEHE\npassage: 约翰福音 3:1-8\n"
        "sections:\n  - heading: 人必须重生\n    points:\n      - text: 从水和圣灵生的\n"
        "        passage: 约翰福音 3:1-8\n",
        encoding="utf-8",
    )
    plan = build_deck(outline, tmp_path / "讲道.pptx").plan
    full, again = [s for s in plan.slides if s.kind == SlideKind.VERSE]
    assert full.scripture is not None and again.scripture is None  # the premise: a repeat
    excerpt = again.main_block.text
    passage = "".join(v.text for v in full.scripture.verses)
    assert excerpt.endswith("…") and passage.startswith(excerpt[:-1])
    assert 5 < len(excerpt) < 30


def test_check_names_the_face_that_measured_the_cjk_characters() -> None:
    report = check_outline(KOREAN)
    faces = [f for f in report.fonts if "Chinese, Japanese and Korean characters" in f]
    assert faces and all("CJK" in f or "Gothic" in f or "Hei" in f for f in faces)
    # An English deck measures no character with a CJK face, and says none.
    assert not [f for f in check_outline(EXAMPLE).fonts if "Korean characters" in f]
