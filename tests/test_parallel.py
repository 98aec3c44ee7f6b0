"""Parallel translations: the same verses on each slide in both columns, fitted by measurement."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from slidegen.build import build_deck, prepare
from slidegen.check import check_outline, check_slide
from slidegen.export import export_pdf
from slidegen.fit import Box, Measurer
from slidegen.model import Scripture, SlidePlan, TextBlock
from slidegen.plan.parallel import MISSING, aligned, columns, shared_pages
from slidegen.schema import theme_schema
from slidegen.scripture import parse_references
from slidegen.scripture.text import scripture

from .cli_support import one_line, run
from .conftest import EXAMPLE, SlideText, read_deck
from .render_support import require_pdftotext, require_soffice
from .test_render_pdf import read_pdf_words

MAX_PT, MIN_PT = 40.0, 28.0


def passage(reference: str, code: str) -> Scripture:
    return scripture(parse_references(reference)[0], code)


def chunks(text: Scripture) -> list[str]:
    return [f"{v.number}\u00a0{v.text}" for v in text.verses]


def test_a_verse_one_translation_leaves_out_is_a_dash_beside_the_other_s() -> None:
    web, kjv = aligned(passage("Acts 8:36-38", "WEB"), passage("Acts 8:36-38", "KJV"))
    assert [v.number for v in web.verses] == [v.number for v in kjv.verses] == [36, 37, 38]
    assert web.verses[1].text == MISSING  # the WEB leaves Acts 8:37 out
    assert kjv.verses[1].text.startswith("And Philip said")


def test_columns_are_side_by_side_on_a_wide_slide_and_stacked_on_a_4_3_one() -> None:
    left, right = columns(50, 100, 860, 400, beside=True)
    assert left[1] == right[1] and left[3] == right[3] == 400  # same band
    assert left[0] + left[2] < right[0] <= 50 + 860 - right[2]  # apart, inside the area
    top, bottom = columns(50, 100, 620, 400, beside=False)
    assert top[0] == bottom[0] and top[2] == bottom[2] == 620
    assert top[1] + top[3] < bottom[1] and bottom[1] + bottom[3] <= 500


@pytest.mark.parametrize("wide", [True, False])
def test_every_slide_holds_the_same_verses_in_both_at_one_size(wide: bool) -> None:
    web, kjv = aligned(passage("Romans 8:28-39", "WEB"), passage("Romans 8:28-39", "KJV"))
    areas = columns(50, 100, 860 if wide else 620, 400, wide)
    boxes = (Box(areas[0][2], areas[0][3]), Box(areas[1][2], areas[1][3]))
    slides = shared_pages(
        (chunks(web), chunks(kjv)), Measurer.for_font("Calibri"), boxes, MAX_PT, MIN_PT
    )
    assert len(slides) > 1  # twelve verses twice do not fit one slide
    # The slides cover the passage in order, verse ranges back to back.
    assert [s[0] for s in slides] == [0] + [s[1] for s in slides[:-1]]
    assert slides[-1][1] == len(web.verses)
    for start, end, left, right in slides:
        # Both columns show exactly the slide's verses, whole, at one size that fits.
        assert left.chunk_indices == right.chunk_indices == tuple(range(end - start))
        assert left.size_pt == right.size_pt
        assert MIN_PT <= left.size_pt <= MAX_PT
        assert left.fits and right.fits


def test_a_verse_longer_than_its_column_is_cut_and_the_other_column_waits() -> None:
    # Esther 8:9, the longest verse, in a narrow column beside a one-word "verse".
    esther = chunks(passage("Esther 8:9", "WEB"))
    slides = shared_pages(
        (esther, ["9\u00a0Short."]),
        Measurer.for_font("Calibri"),
        (Box(300, 200), Box(300, 200)),
        MAX_PT,
        MIN_PT,
    )
    assert len(slides) > 1
    assert {(s[0], s[1]) for s in slides} == {(0, 1)}  # every slide is that one verse
    cut = " ".join(s[2].text for s in slides).split()
    assert cut == esther[0].split()  # no word lost or repeated
    assert slides[0][3].text == "9\u00a0Short." and all(not s[3].text for s in slides[1:])


def test_a_passage_splits_evenly_not_leaving_one_verse_alone_at_the_end() -> None:
    verses = [f"{n}\u00a0Grace and peace to you." for n in range(1, 8)]
    box = Box(300, 140)  # three of these verses fit, not four
    slides = shared_pages(
        (verses, verses), Measurer.for_font("Calibri"), (box, box), MIN_PT, MIN_PT
    )
    assert [(start, end) for start, end, _, _ in slides] == [(0, 3), (3, 5), (5, 7)]


def verse_slides(deck: Path) -> list[SlideText]:
    return [s for s in read_deck(deck) if "(WEB \u00b7 KJV)" in s.title]


def numbers(text: str) -> list[str]:
    """The verse numbers a column shows, in order (each verse starts "N\u00a0")."""
    return re.findall(r"(?:^|\s)(\d+)\u00a0", text)


def test_the_example_sermon_builds_with_both_translations_on_every_verse_slide(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = tmp_path / "parallel.pptx"
    code, _, err = run(capsys, "build", str(EXAMPLE), "--parallel", "KJV", "-o", str(deck))
    assert code == 0, err
    slides = verse_slides(deck)
    assert slides
    single = tmp_path / "single.pptx"
    assert run(capsys, "build", str(EXAMPLE), "-o", str(single))[0] == 0
    # Every passage the single-translation deck shows in full (not as a short reference
    # slide to one shown before), the parallel deck shows in both.
    shown = {
        s.title.split(" (")[0]
        for s in read_deck(single)
        if "(WEB)" in s.title and "Shown in full earlier" not in s.notes
    }
    assert shown == {s.title.split(" (")[0] for s in slides}
    for slide in slides:
        # Title, each column's text, then each column's label: its translation's name.
        web, kjv = slide.texts[1:3]
        assert slide.texts[3:5] == ("WEB", "KJV"), slide.texts
        assert numbers(web) == numbers(kjv) and numbers(web), (web, kjv)
        assert "WEB: [" in slide.notes and "KJV: [" in slide.notes


def test_on_a_4_3_slide_the_translations_are_stacked(tmp_path: Path) -> None:
    outline = tmp_path / "psalm.yaml"
    outline.write_text(
        "title: The Shepherd\nparallel: kjv\nsections:\n  - heading: The Lord\n"
        "    passage: Psalm 23:1-3\n",
        encoding="utf-8",
    )
    prepared = prepare(outline)
    narrow = replace(prepared.theme, slide_width_pt=720.0, slide_height_pt=540.0)
    plan = prepared.with_theme(narrow).plan()
    slides = [s for s in plan.slides if s.kind == "verse"]
    assert slides
    for slide in slides:
        web, kjv = [b for b in slide.blocks if "\u00a0" in b.text]  # the verse texts
        assert web.x == kjv.x and web.y + web.height < kjv.y  # one above the other
        assert slide.main_block == web  # what `check` reports the size of


PSALM = (
    "title: The Shepherd\nparallel: kjv\nsections:\n  - heading: The Lord\n"
    "    passage: Psalm 23:1-3\n"
)


def theme_folder(tmp_path: Path, verse: str, size: str = "16:9") -> Path:
    folder = tmp_path / "theme"
    folder.mkdir()
    (folder / "theme.yaml").write_text(
        f'extends: default\nslide: {{size: "{size}"}}\nverse:\n  {verse}\n', encoding="utf-8"
    )
    return folder


def verse_texts(slide: SlidePlan) -> list[TextBlock]:
    return [b for b in slide.blocks if "\u00a0" in b.text]  # each verse starts "N\u00a0"


def test_a_16_9_theme_can_stack_the_translations_at_full_width(tmp_path: Path) -> None:
    outline = tmp_path / "psalm.yaml"
    outline.write_text(PSALM, encoding="utf-8")
    stacked = theme_folder(tmp_path, "parallel: stacked")
    plan = prepare(outline, theme=str(stacked)).plan()
    assert plan.width_pt / plan.height_pt == pytest.approx(16 / 9)
    single = prepare(outline, theme=str(stacked), overrides={"parallel": ""}).plan()
    (alone,) = [s.main_block for s in single.slides if s.kind == "verse"]
    slides = [s for s in plan.slides if s.kind == "verse"]
    assert slides
    for slide in slides:
        web, kjv = verse_texts(slide)
        assert web.y + web.height < kjv.y  # one above the other
        assert web.x == kjv.x == alone.x and web.width == kjv.width == alone.width


def test_a_4_3_theme_can_set_the_translations_side_by_side(tmp_path: Path) -> None:
    outline = tmp_path / "psalm.yaml"
    outline.write_text(PSALM, encoding="utf-8")
    beside = theme_folder(tmp_path, "parallel: side-by-side", size="4:3")
    plan = prepare(outline, theme=str(beside)).plan()
    assert (plan.width_pt, plan.height_pt) == (720, 540)
    for slide in (s for s in plan.slides if s.kind == "verse"):
        web, kjv = verse_texts(slide)
        assert web.y == kjv.y and web.x + web.width < kjv.x  # side by side


def test_the_theme_schema_offers_the_stacking_choice_on_verse_slides_only() -> None:
    properties = theme_schema()["properties"]
    assert properties["verse"]["properties"]["parallel"]["enum"] == [
        "auto",
        "side-by-side",
        "stacked",
    ]
    assert properties["verse"]["properties"]["parallel"]["default"] == "auto"
    assert "parallel" not in properties["point"]["properties"]


def test_an_unknown_stacking_word_is_an_error_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outline = tmp_path / "psalm.yaml"
    outline.write_text(PSALM, encoding="utf-8")
    folder = theme_folder(tmp_path, "parallel: columns")
    code, _, err = run(capsys, "check", str(outline), "--theme", str(folder))
    assert code == 1
    assert one_line(err).startswith(
        f"{folder / 'theme.yaml'}:4:13: 'parallel' must be one of: auto, side-by-side, stacked"
    ), err


def test_check_re_measures_both_translations_on_every_parallel_slide(tmp_path: Path) -> None:
    outline = tmp_path / "psalm.yaml"
    outline.write_text(PSALM, encoding="utf-8")
    prepared = prepare(outline)
    plan = prepared.plan()
    report = check_outline(outline)
    rows = [
        (row, slide)
        for row, slide in zip(report.rows, plan.slides, strict=True)
        if slide.scripture is not None and slide.scripture.parallel is not None
    ]
    assert rows
    for row, slide in rows:
        assert "(WEB \u00b7 KJV)" in row.title
        checked = {b.translation: b.text for b in row.blocks if b.translation}
        assert checked == {"WEB": slide.verse_blocks[0].text, "KJV": slide.verse_blocks[1].text}
        assert not row.overflows
    # A second translation's text that no longer fits its box is named in the report.
    row, slide = rows[0]
    web, kjv = slide.verse_blocks
    squeezed = tuple(replace(b, height=b.size_pt) if b is kjv else b for b in slide.blocks)
    cramped = check_slide(
        1, replace(slide, blocks=squeezed), prepared.theme, prepared.resources.fonts
    )
    (overflow,) = cramped.overflows
    assert overflow.describe().startswith("KJV text \u201c")


def test_a_parallel_translation_that_lacks_the_passage_is_an_error_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SLIDEGEN_DATA", str(tmp_path / "data"))
    source = tmp_path / "juan.xml"
    source.write_text(
        '<bible><b n="John">'
        + "".join(f'<c n="{c}"><v n="1">Texto {c}.</v></c>' for c in range(1, 4))
        + "</b></bible>",
        encoding="utf-8",
    )
    assert run(capsys, "bibles", "add", str(source), "--code", "JUAN")[0] == 0
    outline = tmp_path / "dos.yaml"
    outline.write_text(
        "title: Dos\nparallel: JUAN\nsections:\n  - heading: Uno\n    passage: John 1:1\n"
        "  - heading: Otro\n    passage: Romans 8:28\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "build", str(outline), "-o", str(tmp_path / "dos.pptx"))
    assert code == 1
    assert one_line(err) == (
        f"{outline}:7:14: the JUAN has no Romans — choose another translation, or import a "
        "Bible file that has the book"
    )


def test_an_unknown_parallel_translation_is_refused_where_it_is_written(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outline = tmp_path / "x.yaml"
    outline.write_text(
        "title: X\nparallel: XYZ\nsections:\n  - heading: A\n    passage: John 1:1\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "build", str(outline), "-o", str(tmp_path / "x.pptx"))
    assert code == 1
    assert one_line(err).startswith(f"{outline}:2:11: unknown translation 'XYZ'")


@pytest.mark.render
def test_libreoffice_draws_every_word_of_a_parallel_deck_inside_its_planned_box(
    tmp_path: Path,
) -> None:
    soffice = require_soffice()
    require_pdftotext()
    deck = tmp_path / "parallel.pptx"
    plan = build_deck(EXAMPLE, deck, overrides={"parallel": "KJV"}).plan
    (pdf,) = export_pdf([deck], tmp_path / "pdf", soffice=soffice)
    pages = read_pdf_words(pdf)
    assert len(pages) == len(plan.slides)
    strays = [
        (number, word.text)
        for number, (slide, page) in enumerate(zip(plan.slides, pages, strict=True), 1)
        if slide.kind == "verse"
        for word in page.words
        if not any(inside(word.rect.center, block) for block in slide.blocks)
    ]
    assert strays == []


def inside(point: tuple[float, float], block: TextBlock) -> bool:
    x, y = point
    return block.x <= x <= block.x + block.width and block.y <= y <= block.y + block.height


@pytest.mark.render
def test_libreoffice_draws_stacked_translations_on_16_9_inside_their_boxes(
    tmp_path: Path,
) -> None:
    soffice = require_soffice()
    require_pdftotext()
    outline = tmp_path / "romans.yaml"
    outline.write_text(
        "title: More than Conquerors\nparallel: KJV\nsections:\n"
        "  - heading: Nothing can separate us\n    passage: Romans 8:28-39\n"
        "  - heading: The Shepherd\n    passage: Psalm 23\n",
        encoding="utf-8",
    )
    deck = tmp_path / "stacked.pptx"
    theme = theme_folder(tmp_path, "parallel: stacked")
    plan = build_deck(outline, deck, theme=str(theme)).plan
    verse = [s for s in plan.slides if s.kind == "verse"]
    assert len(verse) > 2  # premise: Romans 8:28-39 twice, stacked, needs more than one slide
    (pdf,) = export_pdf([deck], tmp_path / "pdf", soffice=soffice)
    pages = read_pdf_words(pdf)
    assert len(pages) == len(plan.slides)
    drawn = [
        (slide, page)
        for slide, page in zip(plan.slides, pages, strict=True)
        if slide.kind == "verse"
    ]
    for slide, _ in drawn:
        web, kjv = verse_texts(slide)
        assert web.y + web.height < kjv.y  # stacked, as the theme says
    strays = [
        (slide.title, word.text)
        for slide, page in drawn
        for word in page.words
        if not any(inside(word.rect.center, block) for block in slide.blocks)
    ]
    assert strays == []
    # Every word of both texts is drawn: none lost below the bottom of its box.
    for slide, page in drawn:
        words = [w.text for w in page.words]
        for block in verse_texts(slide):
            assert all(word in words for word in block.text.split()), block.text
