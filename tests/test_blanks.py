"""Fill-in-the-blank notes: `[[answer]]` in points and headings, revealed on the slides (build
slides or click animations), and the handout with its answer key, all from one plan."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from docx import Document
from lxml import etree
from PIL import Image
from pptx import Presentation
from pptx.oxml.ns import qn

from slidegen.blanks import NO_BREAK_SPACE, plain, problem, segments
from slidegen.build import build_deck, prepare
from slidegen.model import Plan, Run, SlidePlan
from slidegen.raster import SlidePainter

from .cli_support import one_line, run

SERMON = Path(__file__).parent / "data" / "blanks" / "ephesians-2-grace.yaml"
MARK = re.compile(r"\[\[(.*?)\]\]")


def marked_answers(path: Path) -> list[str]:
    """The first answer of every [[…]] in the outline file, in the file's order."""
    return [m.group(1).split("|")[0] for m in MARK.finditer(path.read_text(encoding="utf-8"))]


def with_reveal(tmp_path: Path, words: str) -> Path:
    """The sermon with `reveal: WORDS` added, as a pastor would add the line."""
    text = SERMON.read_text(encoding="utf-8").replace(
        "read_passage: false\n", f"read_passage: false\nreveal: {words}\n"
    )
    copy = tmp_path / SERMON.name
    copy.write_text(text, encoding="utf-8")
    return copy


def runs(slide: SlidePlan) -> list[Run]:
    return [r for block in slide.blocks for p in block.paragraphs for r in p]


def revealed_order(plan: Plan) -> list[int]:
    """Blank numbers in the order their words first show on a slide."""
    seen: list[int] = []
    for slide in plan.slides:
        for each in runs(slide):
            shows_word = each.blank and not each.hidden and each.text.strip(NO_BREAK_SPACE)
            if shows_word and each.blank not in seen:
                seen.append(each.blank)
    return seen


# -- the syntax -------------------------------------------------------------------------------


def test_a_blank_is_cut_out_of_its_text_with_every_answer_it_accepts() -> None:
    found = segments("Saved by [[grace|mercy]] through [[the cross]].")
    assert [s.text for s in found] == ["Saved by ", "grace", " through ", "the\u00a0cross", "."]
    assert found[1].answers == ("grace", "mercy")
    assert plain("Saved by [[grace|mercy]] through [[the cross]].") == (
        "Saved by grace through the cross."
    )


@pytest.mark.parametrize(
    ("text", "what"),
    [
        ("We are saved by [[grace", "'[[' is not closed"),
        ("We are saved by grace]]", "']]' has no '[[' before it"),
        ("We are saved by [[]]", "an empty blank '[[]]'"),
        ("We are saved by [[grace|]]", "an empty answer in '[[grace|]]'"),
    ],
)
def test_a_malformed_blank_is_named(text: str, what: str) -> None:
    found = problem(text)
    assert found is not None and found[0] == what


def test_a_malformed_blank_in_an_outline_is_one_line_with_its_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outline = tmp_path / "sermon.yaml"
    outline.write_text(
        "title: Grace\nsections:\n  - heading: Saved\n    points:\n"
        "      - We are saved by [[grace\n",
        encoding="utf-8",
    )
    code, _, err = run(capsys, "build", str(outline), "-o", str(tmp_path / "out.pptx"))
    assert code == 1
    line = one_line(err)
    assert line.startswith(f"{outline}:5:9: '[[' is not closed")
    assert "[[grace]]" in line  # how to write it
    assert not (tmp_path / "out.pptx").exists()


def test_a_reveal_word_it_does_not_know_is_refused_at_its_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outline = with_reveal(tmp_path, "animation")
    code, _, err = run(capsys, "build", str(outline), "-o", str(tmp_path / "out.pptx"))
    assert code == 1
    assert one_line(err).startswith(f"{outline}:6:9: 'reveal' takes slides, animate or points")


# -- the slides -------------------------------------------------------------------------------


def test_every_blank_is_numbered_in_the_order_the_deck_reveals_it() -> None:
    plan = prepare(SERMON).plan()
    answers = marked_answers(SERMON)
    assert sorted(b.answers[0] for b in plan.blanks) == sorted(answers)
    assert [b.number for b in plan.blanks] == list(range(1, len(answers) + 1))
    assert revealed_order(plan) == [b.number for b in plan.blanks]
    # The big idea comes before the first heading; the plain section after the closing slide.
    assert [b.answers[0] for b in plan.blanks[:3]] == ["Christ", "gift", "dead"]
    assert plan.blanks[-1].answers == ("remember",)
    assert plan.blanks[4].answers == ("wrath", "judgment")


def test_a_blank_shows_as_a_line_then_its_word_on_the_next_slide_without_refitting() -> None:
    plan = prepare(SERMON).plan()
    for blank in plan.blanks:
        shown = [
            (index, each)
            for index, slide in enumerate(plan.slides)
            for each in runs(slide)
            if each.blank == blank.number
        ]
        (first, line), (second, word) = shown[0], shown[1]
        assert second == first + 1
        assert line.underline and set(line.text) == {NO_BREAK_SPACE}
        assert word.underline and word.text.replace(NO_BREAK_SPACE, " ") == blank.answers[0]
        # The same text box at the same size on both slides: nothing re-fits.
        before, after = plan.slides[first].blocks[0], plan.slides[second].blocks[0]
        assert before.rect == after.rect and before.size_pt == after.size_pt
        assert f"BLANK {blank.number} = {blank.answers[0]}" in plan.slides[first].notes
        assert f"BLANK {blank.number} = {blank.answers[0]}" in plan.slides[second].notes


def longest_rule(image: Image.Image, top: int, bottom: int) -> int:
    """The longest unbroken horizontal stretch of light pixels between two rows: an underline
    (letters leave no stretch that long)."""
    grey = image.convert("L")
    longest = 0
    for y in range(top, bottom):
        stretch = 0
        for x in range(grey.width):
            stretch = stretch + 1 if grey.getpixel((x, y)) > 128 else 0
            longest = max(longest, stretch)
    return longest


def test_the_line_is_as_wide_as_the_word_as_slidegen_draws_them() -> None:
    """On the slide images, the line before the reveal is as long as the word's underline after
    it, and both are the word's measured width."""
    prepared = prepare(SERMON)
    plan = prepared.plan()
    painter = SlidePainter(plan)
    first = next(i for i, s in enumerate(plan.slides) if any(r.blank == 1 for r in runs(s)))
    block = plan.slides[first].blocks[0]
    top, bottom = round(painter.px(block.y)), round(painter.px(block.y + block.height))
    before = longest_rule(painter.paint(plan.slides[first]), top, bottom)
    after = longest_rule(painter.paint(plan.slides[first + 1]), top, bottom)
    face = prepared.resources.fonts.body
    word = face.width("Christ", block.size_pt) * painter.scale
    # Within two pixels: the line is spaced out to the word's measured width.
    assert abs(before - word) <= 2
    assert abs(after - word) <= 2


def test_animate_makes_one_slide_with_a_click_for_each_blank(tmp_path: Path) -> None:
    built = build_deck(with_reveal(tmp_path, "animate"), tmp_path / "deck.pptx")
    steps = prepare(SERMON).plan()
    # Each blank's second slide is gone: the click shows its word instead.
    assert len(built.plan.slides) == len(steps.slides) - len(steps.blanks)
    assert revealed_order(built.plan) == [b.number for b in built.plan.blanks]
    slides = Presentation(str(built.output)).slides
    clicks_in_deck = []
    for slide_plan, slide in zip(built.plan.slides, slides, strict=True):
        layers = [b for b in slide_plan.blocks if b.click]
        timing = slide.element.find(qn("p:timing"))
        if not layers:
            assert timing is None
            continue
        xml = etree.tostring(timing).decode()
        assert xml.count('nodeType="clickEffect"') == len(layers)
        assert xml.count('presetClass="entr"') == len(layers)
        assert 'delay="indefinite"' in xml  # on a click, not after the slide starts
        ids = [t.get("spid") for t in timing.iter(qn("p:spTgt"))]
        shapes = {str(s.shape_id): s for s in slide.shapes}
        for spid in ids:
            shape = shapes[spid]
            # The click's box: only the revealed word is drawn; the rest is transparent.
            shown = [
                r.text
                for p in shape.text_frame.paragraphs
                for r in p.runs
                if r._r.find(f".//{qn('a:alpha')}") is None
            ]
            assert len(shown) == 1
            clicks_in_deck.append(shown[0].replace(NO_BREAK_SPACE, " "))
            # Exactly over the text it completes.
            base = next(s for s in slide.shapes if s.has_text_frame and s.is_placeholder)
            assert (shape.left, shape.top, shape.width, shape.height) == (
                base.left, base.top, base.width, base.height
            )  # fmt: skip
    assert clicks_in_deck == [b.answers[0] for b in built.plan.blanks]


def test_points_reveal_a_sections_points_one_by_one_on_one_slide(tmp_path: Path) -> None:
    plan = prepare(with_reveal(tmp_path, "points")).plan()
    listed = [s for s in plan.slides if s.kind == "point" and s.blocks[0].text.startswith("\u2022")]
    assert listed, "the sections with two or more points get a list slide"
    third = [s for s in listed if "We are his" in s.blocks[0].text]
    # "By grace through [[faith]]…" then "We are his [[workmanship]]": point, blank, point,
    # blank — and each point's passage comes right after its steps.
    assert len(third) == 4
    assert len({(s.blocks[0].rect, s.blocks[0].size_pt) for s in third}) == 1
    visible = [
        sum(1 for p in s.blocks[0].paragraphs if any(not r.hidden for r in p)) for s in third
    ]
    assert visible == [1, 1, 2, 2]
    assert [b.number for b in plan.blanks] == revealed_order(plan)
    after = plan.slides[plan.slides.index(third[1]) + 1]
    assert after.kind == "verse" and after.title.startswith("Ephesians 2:8")


# -- the handout ------------------------------------------------------------------------------


def _handout(tmp_path: Path, capsys: pytest.CaptureFixture[str], *flags: str) -> Path:
    deck = tmp_path / "grace.pptx"
    code, out, _ = run(capsys, "build", str(SERMON), "-o", str(deck), *flags)
    assert code == 0
    assert "wrote " + str(tmp_path / "grace-handout.docx") + " (14 blanks)" in out
    return tmp_path / "grace-handout.docx"


def is_line(run_) -> bool:  # type: ignore[no-untyped-def]
    """A handout run that is a blank's line: underscores."""
    return bool(run_.text) and set(run_.text) == {"_"}


def _blank_runs(document) -> list:  # type: ignore[no-untyped-def]
    return [r for p in document.paragraphs for r in p.runs if is_line(r)]


def test_the_handout_has_a_line_for_every_blank_and_the_answers_only_in_the_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    document = Document(str(_handout(tmp_path, capsys, "--handout")))
    answers = marked_answers(SERMON)
    texts = [p.text for p in document.paragraphs]
    key_at = next(i for i, t in enumerate(texts) if t.startswith("Answer key"))
    body, key = texts[:key_at], texts[key_at + 1 :]
    assert len(_blank_runs(document)) == len(answers)
    # A line long enough to write the word by hand: half as wide again as the printed word.
    prepared = prepare(SERMON)
    face, size = prepared.resources.fonts.body, document.styles["Normal"].font.size.pt
    for line, blank in zip(_blank_runs(document), prepared.plan().blanks, strict=True):
        widest = max(face.width(answer, size) for answer in blank.answers)
        assert len(line.text) * face.width("_", size) >= 1.5 * widest
    # No answer in the body, except where the outline uses the word outside a blank too.
    elsewhere = MARK.sub("", SERMON.read_text(encoding="utf-8"))
    for answer in answers:
        if answer not in elsewhere:
            assert not any(answer in line for line in body), answer
    # Title, passage, date, and the outline's numbering and references.
    assert texts[0] == "Saved by Grace"
    assert any("Ephesians 2:1–10" in t and "December 6, 2026" in t for t in body)
    assert any(t.startswith("I.  Our condition:") and "(Ephesians 2:1–3)" in t for t in body)
    assert any(t.startswith("B.  We were by nature children of") for t in body)
    assert any(t.startswith("1.  Even when we were dead in") for t in body)
    # The key: every answer, numbered as the deck numbers and reveals them.
    plan = prepare(SERMON).plan()
    numbered = [t for t in key if re.match(r"\d+\.", t)]
    pattern = r"(\d+)\.\s+(.+?)(?: \(or |\s+—)"
    assert [re.match(pattern, t).groups() for t in numbered] == [  # type: ignore[union-attr]
        (str(b.number), b.answers[0]) for b in plan.blanks
    ]
    assert revealed_order(plan) == [b.number for b in plan.blanks]
    assert "wrath (or judgment)" in numbered[4]
    # The body's lines are the same blanks in the same order: filled in with the key's
    # answers in turn, each line reads as the text the blank is in.
    remaining = list(plan.blanks)
    for paragraph in document.paragraphs[: len(body)]:
        mine, filled = [], ""
        for run_ in paragraph.runs:
            if is_line(run_):
                mine.append(remaining.pop(0))
                filled += mine[-1].answers[0]
            else:
                filled += run_.text
        for blank in mine:
            assert blank.context in filled
    assert remaining == []


def test_handout_key_goes_in_a_file_of_its_own(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    handout = _handout(tmp_path, capsys, "--handout-key")
    texts = [p.text for p in Document(str(handout)).paragraphs]
    assert not any(t.startswith("Answer key") for t in texts)
    key = Document(str(tmp_path / "grace-handout-key.docx"))
    lines = [p.text for p in key.paragraphs if re.match(r"\d+\.", p.text)]
    assert len(lines) == len(marked_answers(SERMON))


def test_a_theme_can_choose_how_blanks_are_revealed_and_the_outline_overrides_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    theme = tmp_path / "clicks"
    theme.mkdir()
    (theme / "theme.yaml").write_text("extends: default\nreveal: animate\n", encoding="utf-8")
    by_theme = build_deck(SERMON, tmp_path / "a.pptx", theme=str(theme)).plan
    assert any(b.click for s in by_theme.slides for b in s.blocks)
    outline = with_reveal(tmp_path, "slides")
    by_outline = build_deck(outline, tmp_path / "b.pptx", theme=str(theme)).plan
    assert not any(b.click for s in by_outline.slides for b in s.blocks)
    (theme / "theme.yaml").write_text("extends: default\nreveal: clicks\n", encoding="utf-8")
    code, _, err = run(
        capsys, "build", str(SERMON), "--theme", str(theme), "-o", str(tmp_path / "c.pptx")
    )
    assert code == 1
    assert "theme.yaml:2" in one_line(err) and "'reveal' takes slides, animate or points" in err


def test_the_schemas_describe_reveal() -> None:
    from slidegen.schema import outline_schema, theme_schema

    assert "[[blank]]" in outline_schema()["properties"]["reveal"]["description"]
    pattern = re.compile(theme_schema()["properties"]["reveal"]["pattern"])
    assert pattern.match("points, animate") and not pattern.match("clicks")


def test_reveal_can_be_set_for_one_build_or_for_a_whole_series(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    deck = tmp_path / "set.pptx"
    assert run(capsys, "build", str(SERMON), "--set", "reveal=animate", "-o", str(deck))[0] == 0
    assert Presentation(str(deck)).slides[1].element.find(qn("p:timing")) is not None
    series = tmp_path / "series"
    series.mkdir()
    (series / "series.yaml").write_text("reveal: points\n", encoding="utf-8")
    (series / SERMON.name).write_text(SERMON.read_text(encoding="utf-8"), encoding="utf-8")
    plan = prepare(series / SERMON.name).plan()
    assert any(s.blocks[0].text.startswith("\u2022") for s in plan.slides)


@pytest.mark.parametrize("words", ["animate", "points, animate"])
def test_decks_with_click_animations_are_valid_open_xml(tmp_path: Path, words: str) -> None:
    """The Open XML SDK's schema and semantic checks (openxml-audit) over the p:timing written
    for the clicks: what PowerPoint would refuse to open shows up here."""
    from openxml_audit import OpenXmlValidator

    built = build_deck(with_reveal(tmp_path, words), tmp_path / "deck.pptx")
    assert any(b.click for s in built.plan.slides for b in s.blocks)
    assert [str(e) for e in OpenXmlValidator().validate(built.output).errors] == []
