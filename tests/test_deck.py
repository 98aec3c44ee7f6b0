"""The example deck, read back with python-pptx: slides, order, titles, verse text, notes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Pt

from slidegen.build import build_deck
from slidegen.errors import SlidegenError
from slidegen.model import Verse
from slidegen.outline import load_outline
from slidegen.plan import all_citations
from slidegen.scripture.naming import format_passage
from slidegen.scripture.text import lookup

from .conftest import EXAMPLE, OUTLINES, SlideText, read_deck

Deck = tuple[Path, list[SlideText]]


def verse_slides(slides: list[SlideText], label: str) -> list[SlideText]:
    """The verse slides for one passage label, e.g. 'Exodus 32:7–14 (WEB)'."""
    return [s for s in slides if s.title == label or s.title.startswith(label + " (")]


def shown_text(slides: list[SlideText]) -> str:
    """The verse text across a passage's slides (the largest text box: not the footer),
    verse numbers removed."""
    text = " ".join(max(s.texts[1:], key=len) for s in slides)
    text = re.sub(r"(?:\d+:)?\d+\u00a0", "", text)
    return " ".join(text.split())


def test_deck_is_16_9_with_title_sections_points_and_closing(example_deck: Deck) -> None:
    path, slides = example_deck
    prs = Presentation(str(path))
    assert (prs.slide_width, prs.slide_height) == (Pt(960), Pt(540))
    titles = [s.title for s in slides]
    assert titles[0] == "Real Intercession"
    assert slides[0].body.count("Exodus 32:7–35") == 1
    assert "November 29, 2026" in slides[0].body
    first = titles.index("First Cycle: Real intercession is grounded in a divine perspective")
    second = titles.index("Second Cycle: Real intercession comes from the heart of the intercessor")
    assert 0 < first < second < len(slides) - 1
    assert "Moses pleads on the basis of God’s reputation" in titles or (
        "Moses pleads on the basis of God's reputation" in titles
    )
    assert titles[-1] == "Real Intercession"  # the closing slide recaps the sermon


def test_every_slide_has_a_title_and_notes(example_deck: Deck) -> None:
    _, slides = example_deck
    for slide in slides:
        assert slide.title.strip()
        assert slide.notes.strip()


def test_every_cited_passage_has_verse_slides_with_exactly_its_web_text(
    example_deck: Deck,
) -> None:
    _, slides = example_deck
    outline = load_outline(EXAMPLE)
    assert not outline.read_passage  # the cycles cite the main text; it has no reading slides
    seen: set[tuple[int, int]] = set()
    for citation in all_citations(outline)[len(outline.citations) :]:
        label = f"{citation.passage} (WEB)"
        found = verse_slides(slides, label)
        assert found, f"no verse slide for {label}"
        verses = lookup(citation.passage, "WEB")
        # Each citation in the outline gets its own run of slides; compare the first run.
        count = len(found)
        marker = re.search(r"\((\d+)/(\d+)\)$", found[0].title)
        if marker:
            count = int(marker.group(2))
        assert_shown(shown_text(found[:count]), verses, seen)


def assert_shown(shown: str, verses: tuple[Verse, ...], seen: set[tuple[int, int]]) -> None:
    """A passage's slides hold exactly its text, or, cited again after all its verses were
    shown (repeat_verses: reference, the default), its first words; `seen` collects the verses
    shown in full so far."""
    expected = " ".join(" ".join(v.text for v in verses).split())
    numbers = {(v.chapter, v.number) for v in verses}
    if shown.endswith("…"):
        assert numbers <= seen, "only a passage already shown is cut short"
        assert expected.startswith(shown[:-1].rstrip()) and len(shown) < len(expected)
    else:
        assert shown == expected
        seen |= numbers


def test_verse_slides_of_every_example_hold_exactly_their_verses(tmp_path: Path) -> None:
    for path in OUTLINES:
        # One translation per slide here (a parallel example's second column is checked in
        # test_parallel.py); labels as the outline's language writes them.
        one = {"parallel": ""}
        result = build_deck(path, tmp_path / f"{path.stem}.pptx", overrides=one)
        slides = read_deck(result.output)
        outline = load_outline(path)
        cited = all_citations(outline)[0 if outline.read_passage else len(outline.citations) :]
        seen: set[tuple[int, int]] = set()
        for citation in cited:
            label = f"{format_passage(citation.passage, outline.language)} ({outline.translation})"
            found = verse_slides(slides, label)
            assert found, f"{path.name}: no verse slide for {label}"
            marker = re.search(r"\((\d+)/(\d+)\)$", found[0].title)
            count = int(marker.group(2)) if marker else 1
            verses = lookup(citation.passage, outline.translation)
            assert_shown(shown_text(found[:count]), verses, seen)


def test_long_passage_is_split_with_part_markers(example_deck: Deck) -> None:
    _, slides = example_deck
    parts = verse_slides(slides, "Exodus 32:15–35 (WEB)")
    assert len(parts) >= 2
    total = len(parts)
    assert [p.title for p in parts] == [
        f"Exodus 32:15–35 (WEB) ({n}/{total})" for n in range(1, total + 1)
    ]


def test_split_verse_slides_notes_hold_their_own_verses(example_deck: Deck) -> None:
    """Each part of a split passage carries its own verses in the notes, not the whole passage
    again (a whole book cited would otherwise repeat thousands of verses on every slide)."""
    _, slides = example_deck
    parts = verse_slides(slides, "Exodus 32:7–14 (WEB)")
    assert len(parts) == 3
    assert "Yahweh spoke to Moses" in parts[0].notes
    assert "Yahweh repented of the evil" not in parts[0].notes
    assert "Yahweh repented of the evil" in parts[-1].notes
    assert "Yahweh spoke to Moses" not in parts[-1].notes


def test_point_notes_keep_the_preachers_explanation(example_deck: Deck) -> None:
    _, slides = example_deck
    slide = next(s for s in slides if s.title.startswith("Moses pleads on the basis of God"))
    assert "It was God who had brought up Israel out of Egypt" in slide.notes


def test_verse_numbers_are_small_and_raised(example_deck: Deck) -> None:
    path, slides = example_deck
    prs = Presentation(str(path))
    index = next(i for i, s in enumerate(slides) if s.title == "Exodus 20:2 (WEB)")
    body = [s for s in prs.slides[index].shapes if s.has_text_frame][-1]
    runs = body.text_frame.paragraphs[0].runs
    assert runs[0].text.strip() == "2"
    # Superscript: PowerPoint and LibreOffice both draw it smaller and raised.
    assert runs[0]._r.rPr.get("baseline") == "30000"
    assert runs[1]._r.rPr.get("baseline") is None
    assert runs[0].font.color.rgb != runs[1].font.color.rgb


def test_main_text_is_never_set_below_the_readable_minimum(example_deck: Deck) -> None:
    path, slides = example_deck
    for slide in Presentation(str(path)).slides:
        frames = [s.text_frame for s in slide.shapes if s.has_text_frame and s.text_frame.text]
        is_verse = slide.shapes.title.text_frame.text.endswith(")")  # "Exodus 32:11–14 (WEB)"
        main = max(frames, key=lambda f: len(f.text)) if is_verse else slide.shapes.title.text_frame
        sizes = [
            r.font.size.pt
            for p in main.paragraphs
            for r in p.runs
            if r._r.rPr.get("baseline") is None  # verse numbers are meant to be small
        ]
        assert min(sizes) >= 28, main.text


def test_all_example_outlines_build(tmp_path: Path) -> None:
    for outline in OUTLINES:
        result = build_deck(outline, tmp_path / f"{outline.stem}.pptx")
        slides = read_deck(result.output)
        assert len(slides) == len(result.plan.slides) >= 10
        assert [s.title for s in slides] == [s.title for s in result.plan.slides]


def test_kjv_translation_is_used_when_asked(tmp_path: Path) -> None:
    result = build_deck(EXAMPLE, tmp_path / "kjv.pptx", translation="kjv")
    slides = read_deck(result.output)
    slide = verse_slides(slides, "Exodus 20:2 (KJV)")[0]
    assert "I am the LORD thy God" in slide.body
    assert not verse_slides(slides, "Exodus 20:2 (WEB)")


def test_text_typed_into_the_outline_is_shown_as_given_with_its_code(tmp_path: Path) -> None:
    outline = tmp_path / "licensed.yaml"
    outline.write_text(
        "title: Love\nsections:\n  - heading: Loved\n    passage:\n      ref: John 3:16\n"
        "      text: For God so loved the world that he gave his one and only Son.\n"
        "      translation: niv\n",
        encoding="utf-8",
    )
    slides = read_deck(build_deck(outline, tmp_path / "d.pptx").output)
    verse = next(s for s in slides if s.title == "John 3:16 (NIV)")
    assert "For God so loved the world that he gave his one and only Son." in verse.texts
    assert "For God so loved the world that he gave his one and only Son." in verse.notes


def test_text_typed_in_without_a_translation_carries_no_code(tmp_path: Path) -> None:
    outline = tmp_path / "paraphrase.yaml"
    outline.write_text(
        "title: Love\nsections:\n  - heading: Loved\n    passage:\n      ref: John 3:16\n"
        "      text: God loved the whole world this much.\n",
        encoding="utf-8",
    )
    slides = read_deck(build_deck(outline, tmp_path / "d.pptx").output)
    verse = next(s for s in slides if "God loved the whole world this much." in s.texts)
    assert verse.title == "John 3:16"  # not "(WEB)": the outline's translation did not say it


def test_translation_option_and_set_translation_agree(tmp_path: Path) -> None:
    """Both change the outline's translation; a passage that names its own keeps it."""
    outline = tmp_path / "mixed.yaml"
    outline.write_text(
        "title: Law\npassage: Exodus 20:3\nsections:\n  - heading: Ten words\n"
        "    passage: {ref: Exodus 20:2, translation: WEB}\n",
        encoding="utf-8",
    )
    titles = []
    for options in ({"translation": "kjv"}, {"overrides": {"translation": "KJV"}}):
        result = build_deck(outline, tmp_path / "d.pptx", **options)  # type: ignore[arg-type]
        titles.append({s.title for s in read_deck(result.output) if s.title.startswith("Exodus")})
    assert titles[0] == titles[1] == {"Exodus 20:3 (KJV)", "Exodus 20:2 (WEB)"}


def test_an_unknown_translation_option_names_the_option(tmp_path: Path) -> None:
    with pytest.raises(SlidegenError, match=r"^--translation: unknown translation 'XYZ'"):
        build_deck(EXAMPLE, tmp_path / "d.pptx", translation="xyz")
