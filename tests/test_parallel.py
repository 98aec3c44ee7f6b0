"""Parallel translations: the same verses on each slide in both columns, fitted by measurement."""

from __future__ import annotations

import pytest

from slidegen.fit import Box, Measurer
from slidegen.model import Scripture
from slidegen.plan.parallel import MISSING, aligned, columns, shared_pages
from slidegen.scripture import parse_references
from slidegen.scripture.text import scripture

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
    left, right = columns(50, 100, 860, 400, wide=True)
    assert left[1] == right[1] and left[3] == right[3] == 400  # same band
    assert left[0] + left[2] < right[0] <= 50 + 860 - right[2]  # apart, inside the area
    top, bottom = columns(50, 100, 620, 400, wide=False)
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
