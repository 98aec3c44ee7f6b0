"""Lower thirds for the livestream: transparent 1920×1080 frames of every point and verse part,
in the deck's order, inside the title-safe area, readable over any camera picture."""

from __future__ import annotations

import csv
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image

from slidegen import fit
from slidegen.build import build_deck, prepare
from slidegen.contrast import AA_CONTRAST, worst_contrast
from slidegen.model import Plan, SlideKind
from slidegen.raster import SlidePainter, write_lower_thirds

from .conftest import EXAMPLE
from .test_build import run_cli


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLIDEGEN_CACHE", str(tmp_path / "cache"))


SERMON = """\
title: When Grace Meets Us
passage: John 3:1-21
preacher: Pastor Ruth Okafor
date: 2027-01-10
sections:
  - heading: A teacher comes at night
    passage: "1-2"
    points:
      - text: Nicodemus had questions he could not ask in daylight
      - text: Jesus answers the question behind the question
        passage: "3"
  - heading: Love that gives
    points:
      - text: God so loved the world
        passage: "16"
      - text: Light exposes, and light heals
        passage: "19-21"
"""


@pytest.fixture(scope="module")
def sermon(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sermon") / "grace.yaml"
    path.write_text(SERMON, encoding="utf-8")
    return path


def test_a_frame_for_every_point_and_verse_part_in_deck_order(sermon: Path) -> None:
    prepared = prepare(sermon)
    deck, frames = prepared.plan(), prepared.lower_thirds()
    points = [s.title for s in deck.slides if s.kind == SlideKind.POINT]
    assert [f.title for f in frames.slides if f.kind == SlideKind.POINT] == points
    # The passage read after the title comes first, then each point is followed by its verses.
    order = [f.kind for f in frames.slides]
    assert order[0] == SlideKind.VERSE and SlideKind.POINT in order
    verses = [f for f in frames.slides if f.kind == SlideKind.VERSE]
    assert verses[-1].title.startswith("John 3:19–21 (WEB)")
    assert any(f.title == "John 3:16 (WEB)" for f in verses)  # the reference tag
    # Every verse of the reading is on some frame, in order.
    reading = [f for f in verses if f.title.startswith("John 3:1–21")]
    text = " ".join(f.main_block.text for f in reading)
    assert text.index("Nicodemus") < text.index("God so loved") < text.index("truth")


def lines(plan: Plan) -> list[int]:
    counts = []
    for frame in plan.slides:
        for block in frame.blocks:
            face = fit.Measurer(fit.FontSource(block.font, block.bold, path=Path(block.font_file)))
            counts.append(len(fit.wrap(block.text, face, block.size_pt, block.width)))
    return counts


def test_text_keeps_to_three_lines_at_a_readable_size(sermon: Path) -> None:
    plan = prepare(sermon).lower_thirds()
    assert max(lines(plan)) <= 3
    assert min(b.size_pt for f in plan.slides for b in f.blocks) >= 24


def test_frames_are_transparent_outside_a_title_safe_panel(sermon: Path, tmp_path: Path) -> None:
    plan = prepare(sermon).lower_thirds()
    frames = write_lower_thirds(plan, tmp_path, "grace")
    assert [p.name for p in frames[:2]] == ["001-verse.png", "002-verse.png"]
    for path in frames:
        with Image.open(path) as image:
            assert image.mode == "RGBA" and image.size == (1920, 1080)
            left, top, right, bottom = image.getchannel("A").getbbox()
            assert left >= 96 and right <= 1920 - 96 and bottom <= 1080 - 54
            assert top >= 1080 * 2 // 3, "a lower third stays in the lower part"
            assert image.getpixel((960, 100))[3] == 0


@pytest.mark.parametrize("picture", ["#FFFFFF", "#000000", "#808080"])
def test_text_reads_over_any_picture(sermon: Path, picture: str) -> None:
    plan = prepare(sermon).lower_thirds()
    painter = SlidePainter(plan)
    for frame in plan.slides:
        # The frame without its text over the picture: what the text is drawn on.
        shown = Image.new("RGBA", painter.size, picture)
        shown.alpha_composite(painter.paint(replace(frame, blocks=())))
        for block in frame.blocks:
            box = tuple(round(v * 2) for v in (block.x, block.y, block.x + block.width,
                                                block.y + block.height))  # fmt: skip
            region = shown.convert("RGB").crop(box)
            colors = region.getcolors(region.width * region.height)
            # The panel under the text, judged as the deck's scrims are (10th-percentile pixel).
            for color in block.colors:
                assert worst_contrast(color, colors) >= AA_CONTRAST, block.text[:30]
            assert block.contrast >= AA_CONTRAST


def test_a_see_through_panel_is_made_solid_enough_and_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "faint"
    folder.mkdir()
    (folder / "theme.yaml").write_text(
        "extends: default\nlower_thirds: {opacity: 0.2, panel: '#1B2A4A'}\n", encoding="utf-8"
    )
    plan = prepare(EXAMPLE, theme=str(folder)).lower_thirds()
    panel = plan.slides[0].scrims[0]
    assert panel.color == "#1B2A4A" and panel.opacity > 0.2
    assert any("opacity is raised from 0.2" in w for w in plan.warnings)


def test_a_panel_colour_the_text_cannot_read_on_is_replaced(tmp_path: Path) -> None:
    folder = tmp_path / "sky"
    folder.mkdir()
    (folder / "theme.yaml").write_text(
        "extends: default\nlower_thirds: {panel: '#BFD7EA'}\n", encoding="utf-8"
    )
    plan = prepare(EXAMPLE, theme=str(folder)).lower_thirds()
    assert plan.slides[0].scrims[0].color == "#000000"
    assert any("does not read on a #BFD7EA panel" in w for w in plan.warnings)


def test_the_cli_writes_frames_and_a_vmix_csv(sermon: Path, tmp_path: Path) -> None:
    done = run_cli("build", str(sermon), "-o", str(tmp_path / "grace.pptx"), "--lower-thirds-csv")
    assert done.returncode == 0, done.stderr
    frames = sorted((tmp_path / "grace-lower-thirds").glob("*.png"))
    with (tmp_path / "grace-lower-thirds.csv").open(encoding="utf-8-sig", newline="") as file:
        rows = list(csv.DictReader(file))
    assert len(rows) == len(frames) > 5
    assert list(rows[0]) == ["Number", "Kind", "Headline.Text", "Reference.Text", "Image"]
    sixteen = next(r for r in rows if r["Reference.Text"] == "John 3:16 (WEB)")
    assert sixteen["Headline.Text"].startswith("16 For God so loved the world")
    assert Path(sixteen["Image"]).is_file()
    assert all(r["Reference.Text"] == "" for r in rows if r["Kind"] == "point")


def test_a_rebuild_leaves_no_frame_of_a_longer_old_sermon(sermon: Path, tmp_path: Path) -> None:
    out = tmp_path / "grace-lower-thirds"
    out.mkdir()
    (out / "999-verse.png").write_bytes(b"old")
    build_deck(sermon, tmp_path / "grace.pptx")
    done = run_cli("build", str(sermon), "-o", str(tmp_path / "grace.pptx"), "--lower-thirds")
    assert done.returncode == 0, done.stderr
    assert not (out / "999-verse.png").exists()


def test_a_fill_in_the_blank_point_is_shown_filled_in(tmp_path: Path) -> None:
    outline = tmp_path / "blanks.yaml"
    outline.write_text(
        "title: Saved by Grace\npassage: Ephesians 2:8-9\nreveal: points\nsections:\n"
        "  - heading: The gift\n    points:\n      - We are saved by [[grace]]\n"
        "      - Not by [[works|deeds]], so none may boast\n",
        encoding="utf-8",
    )
    plan = prepare(outline).lower_thirds()
    points = [f.main_block.text for f in plan.slides if f.kind == SlideKind.POINT]
    assert points == ["We are saved by grace", "Not by works, so none may boast"]


def test_a_verse_continued_on_the_next_frame_keeps_its_words_in_the_csv(tmp_path: Path) -> None:
    # Esther 8:9 is the Bible's longest verse: its lower thirds continue it mid-verse, on frames
    # that start without a verse number.
    source = tmp_path / "esther.yaml"
    source.write_text(
        "title: For Such a Time\nsections:\n  - heading: The king's decree\n"
        "    passage: Esther 8:9\n",
        encoding="utf-8",
    )
    done = run_cli("build", str(source), "-o", str(tmp_path / "e.pptx"), "--lower-thirds-csv")
    assert done.returncode == 0, done.stderr
    with (tmp_path / "e-lower-thirds.csv").open(encoding="utf-8-sig", newline="") as file:
        verses = [r for r in csv.DictReader(file) if r["Kind"] == "verse"]
    assert len(verses) > 1  # the premise: the verse takes several frames
    for row in verses:
        assert row["Headline.Text"] and row["Headline.Text"] not in row["Reference.Text"]
        assert row["Reference.Text"].startswith("Esther 8:9 (WEB)")
    words = " ".join(r["Headline.Text"] for r in verses)
    assert "the Jews" in words and "hundred twenty-seven provinces" in words


CHINESE = """\
title: 神爱世人
language: zh
passage:
  ref: 约翰福音 3:16-21
  translation: 和合本
  text: "神爱世人，甚至将他的独生子赐给他们，叫一切信他的，不至灭亡，反得永生。\\
    因为神差他的儿子降世，不是要定世人的罪，乃是要叫世人因他得救。\\
    信他的人，不被定罪；不信的人，罪已经定了，因为他不信神独生子的名。\\
    光来到世间，世人因自己的行为是恶的，不爱光，倒爱黑暗，定他们的罪就是在此。\\
    凡作恶的便恨光，并不来就光，恐怕他的行为受责备。\\
    但行真理的必来就光，要显明他所行的是靠神而行。"
sections:
  - heading: 神的爱是主动的爱
"""


# An English sermon that reads the passage from a Chinese Bible: the text, not the outline's
# language, makes the lines taller.
ENGLISH_READING_CHINESE = (
    CHINESE.replace("神爱世人\n", "God So Loved\n", 1)
    .replace("language: zh", "language: en")
    .replace("约翰福音", "John")
    .replace("神的爱是主动的爱", "Love that moves first")
)


@pytest.mark.parametrize("outline", [CHINESE, ENGLISH_READING_CHINESE], ids=["zh", "en"])
def test_a_chinese_passage_fills_the_panel_as_english_does(tmp_path: Path, outline: str) -> None:
    # Chinese lines are taller than the theme font's: the panel grows to hold as many of them,
    # rather than showing the passage a short clause at a time.
    source = tmp_path / "passage.yaml"
    source.write_text(outline, encoding="utf-8")
    frames = [f for f in prepare(source).lower_thirds().slides if f.kind == SlideKind.VERSE]
    assert len(frames) > 1  # the premise: the passage takes several frames
    for frame in frames[:-1]:
        body = frame.main_block
        face = fit.Measurer.for_font(body.font)
        assert len(fit.wrap(body.text, face, body.size_pt, body.width)) >= 2
