"""Parallel translations: each verse slide shows the passage in two translations at once.

Side by side in two columns on a wide (16:9) slide, one above the other on a 4:3 one or when
the theme says so (`verse: {parallel: stacked}`); each column labelled with its translation.
Every slide holds the same verses in both columns: as many verses as fit in both at the
theme's smallest verse size, then the slide takes the largest size at which both columns fit,
the same for both so neither looks more important. A verse one translation leaves out shows as
a dash in that column, so the numbers stay side by side. The speaker notes hold both texts of
the slide's verses.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from slidegen import fit
from slidegen.model import Citation, Run, Scripture, SlideKind, TextBlock, Verse
from slidegen.plan.layout import LABEL_PT, font_file

if TYPE_CHECKING:
    from slidegen.plan.verses import VerseSlides

GAP_PT = 24.0  # between the columns (or the rows, stacked)
COLUMN_LABEL_PT = LABEL_PT[1]  # the smaller of the passage label's sizes
MISSING = "\u2014"  # the column of a translation that leaves the verse out
Rect = tuple[float, float, float, float]


def aligned(first: Scripture, second: Scripture) -> tuple[Scripture, Scripture]:
    """Both with the same verses in the same order (a verse one leaves out: a dash)."""
    keys = sorted({(v.chapter, v.number) for v in (*first.verses, *second.verses)})

    def filled(scripture: Scripture) -> Scripture:
        have = {(v.chapter, v.number): v for v in scripture.verses}
        verses = tuple(have.get(key) or Verse(key[0], key[1], MISSING) for key in keys)
        return replace(scripture, verses=verses)

    return filled(first), filled(second)


def side_by_side(choice: str, width: float, height: float) -> bool:
    """Whether the columns sit side by side: the theme's `verse.parallel` (auto | side-by-side
    | stacked); `auto` puts them side by side on a wide (16:9) slide only."""
    if choice == "auto":
        return width / height > 1.5
    return choice == "side-by-side"


def columns(x: float, y: float, width: float, height: float, beside: bool) -> tuple[Rect, Rect]:
    """The two text areas: side by side (`beside`), or one above the other at full width."""
    if beside:
        half = (width - GAP_PT) / 2
        return (x, y, half, height), (x + half + GAP_PT, y, half, height)
    half = (height - GAP_PT) / 2
    return (x, y, width, half), (x, y + half + GAP_PT, width, half)


def shared_pages(
    chunks: tuple[Sequence[str], Sequence[str]],
    measurer: fit.Measurer,
    boxes: tuple[fit.Box, fit.Box],
    max_pt: float,
    min_pt: float,
) -> list[tuple[int, int, fit.Page, fit.Page]]:
    """(first verse, end, left page, right page) per slide, the same verses in both columns.

    A verse too long for its column even alone is cut into pieces in that column; the other
    column then shows the verse on its first slide and nothing more on the next."""
    count = len(chunks[0])

    def fits(start: int, end: int) -> bool:
        return all(
            _one_page(fit.paginate(c[start:end], measurer, box, min_pt, min_pt))
            for c, box in zip(chunks, boxes, strict=True)
        )

    def load(start: int, end: int) -> int:
        return max(sum(len(text) for text in c[start:end]) for c in chunks)

    slides: list[tuple[int, int, fit.Page, fit.Page]] = []
    for start, end in _fewest_and_even(count, fits, load):
        left, right = (
            fit.paginate(c[start:end], measurer, box, max_pt, min_pt)
            for c, box in zip(chunks, boxes, strict=True)
        )
        if len(left) == len(right) == 1:
            size = min(left[0].size_pt, right[0].size_pt)
            left, right = (
                fit.paginate(c[start:end], measurer, box, size, size)
                for c, box in zip(chunks, boxes, strict=True)
            )
            slides.append((start, end, left[0], right[0]))
        else:  # one verse, longer than a column: its pieces, slide by slide
            for index in range(max(len(left), len(right))):
                empty = fit.Page(min_pt, (), "", (), True)
                slides.append(
                    (
                        start,
                        end,
                        left[index] if index < len(left) else empty,
                        right[index] if index < len(right) else empty,
                    )
                )
    return slides


def _fewest_and_even(
    count: int, fits: Callable[[int, int], bool], load: Callable[[int, int], int]
) -> list[tuple[int, int]]:
    """Verse ranges (start, end) over `count` verses: as few slides as fit, and of those the
    split whose fullest slide holds least, so the last slide is not left with one verse."""
    # The furthest each slide can reach: fitting is monotone (a verse more never fits better).
    reach = []
    for start in range(count):
        end = start + 1
        while end < count and fits(start, end + 1):
            end += 1
        reach.append(end)
    # For the verses from each start on: (slides, fullest, -emptiest, -end of its first slide);
    # the least is best, and the earlier slides take the extra verse when the rest is even.
    best = [(0, 0, -(10**9), -count)] * (count + 1)
    for start in range(count - 1, -1, -1):
        best[start] = min(
            (
                best[end][0] + 1,
                max(load(start, end), best[end][1]),
                max(-load(start, end), best[end][2]),
                -end,
            )
            for end in range(start + 1, reach[start] + 1)
        )
    ranges, start = [], 0
    while start < count:
        ranges.append((start, -best[start][3]))
        start = -best[start][3]
    return ranges


def _one_page(pages: list[fit.Page]) -> bool:
    return len(pages) == 1 and pages[0].fits


def verse_slides(
    planner: VerseSlides, citation: Citation, first: Scripture, second: Scripture
) -> None:
    """The passage's verse slides with `first` and `second` side by side (or stacked)."""
    from slidegen.plan.verses import page_runs

    originals = (first, second)
    first, second = aligned(first, second)
    t, layout = planner.theme, planner.layout
    kind = SlideKind.VERSE
    style = t.style(kind)
    y, height = layout.region(kind, "body")
    x, width, _ = layout.text_area(y, height, style.align, kind)
    beside = side_by_side(style.parallel, layout.grid.width, layout.grid.height)
    areas = columns(x, y, width, height, beside)
    label_height = COLUMN_LABEL_PT * 1.6
    boxes = tuple(fit.Box(w, (h - label_height) * 0.97) for _, _, w, h in areas)
    chunked = [planner.verse_chunks(s, style.verse_numbers) for s in (first, second)]
    slides = shared_pages(
        (chunked[0][0], chunked[1][0]),
        layout.verse_face,
        (boxes[0], boxes[1]),
        style.max_pt,
        style.min_pt,
    )
    codes = f"{first.translation} \u00b7 {second.translation}"
    label = planner.passage_label(first.passage, codes)
    for number, (start, end, *pages) in enumerate(slides, 1):
        marker = f" ({number}/{len(slides)})" if len(slides) > 1 else ""
        blocks = [
            layout.small_block(
                label + marker,
                kind,
                "label",
                LABEL_PT,
                t.accent_color,
                f"{planner.outline.source}: {label}",
                bold=True,
                is_title=True,
            )
        ]
        labels: list[TextBlock] = []
        for (cx, cy, cw, ch), page, scripture, (_, runs) in zip(
            areas, pages, (first, second), chunked, strict=True
        ):
            labels.append(
                TextBlock(
                    paragraphs=((Run(scripture.translation),),),
                    x=cx,
                    y=cy,
                    width=cw,
                    height=label_height,
                    size_pt=COLUMN_LABEL_PT,
                    font=t.verse_font,
                    color=t.accent_color,
                    bold=True,
                    align=style.align,
                    font_file=font_file(layout.verse_face),
                )
            )
            blocks.append(
                TextBlock(
                    paragraphs=(tuple(page_runs(page, runs[start:end]) or [Run("")]),),
                    x=cx,
                    y=cy + label_height,
                    width=cw,
                    height=ch - label_height,
                    size_pt=page.size_pt,
                    font=t.verse_font,
                    color=t.text_color,
                    font_file=font_file(layout.verse_face),
                    align=style.align,
                    anchor="top",
                )
            )
        # The verse texts come first: they are the slide's main text (`SlidePlan.main_block`).
        blocks += labels
        # The notes: the slide's verses as each translation has them (no dashes).
        keys = {(v.chapter, v.number) for v in first.verses[start:end]}
        shown = [
            replace(s, verses=tuple(v for v in s.verses if (v.chapter, v.number) in keys))
            for s in originals
        ]
        part = ""
        if marker:
            part = planner.part_note(number, len(slides), first.verses[start:end]) + "\n\n"
        texts = "\n\n".join(f"{s.translation}: {planner.notes_text(s)}" for s in shown)
        # The slide's verses in both translations, for programs that carry the text (OpenLP).
        both = replace(shown[0], parallel=shown[1])
        planner.add(kind, blocks, f"{label}\n\n{part}{texts}", scripture=both)
