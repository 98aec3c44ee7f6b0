"""The handout's content: the outline as the congregation writes in it, blanks numbered by the
same `BlankBook` the slides reveal them from, so the handout, the deck and the key agree.

Pure: the words and numbering are decided here; `handout.py` only lays them out in Word.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterator, Sequence

from slidegen import fit
from slidegen.blanks import segments
from slidegen.model import Citation, Fragment, Handout, HandoutLine, Outline, Point, Section
from slidegen.plan.reveal import BlankBook, deck_order, other_answers
from slidegen.plan.words import numeral
from slidegen.wording import Wording, proofing_tag


def point_label(level: int, number: int) -> str:
    """'A.', '1.', 'a.', 'i.' for points at depth 1, 2, 3, 4 (and on, repeating)."""
    style = (level - 1) % 4
    if style == 0:
        return f"{_letters(number).upper()}."
    if style == 1:
        return f"{number}."
    if style == 2:
        return f"{_letters(number)}."
    return f"{numeral(number, 'roman').lower()}."


def _letters(number: int) -> str:
    """1 → a, 26 → z, 27 → aa."""
    text = ""
    while number > 0:
        number, rest = divmod(number - 1, 26)
        text = chr(ord("a") + rest) + text
    return text


# A blank on paper is written by hand, larger than print: its line is this much wider than
# its longest answer set in the handout's type, and never shorter than the minimum (points).
HANDWRITING = 1.8
MIN_LINE_PT = 60.0
HANDOUT_PT = 12.0


def fragments(
    text: str, owner: Point | Section, book: BlankBook, face: fit.Measurer
) -> tuple[Fragment, ...]:
    """The text's words and blanks; a blank is a line to write on (its word is on the key)."""
    blanks = iter(book.of(owner))
    found = []
    for segment in segments(text):
        if not segment.is_blank:
            found.append(Fragment(segment.text.replace("\n", " ")))
            continue
        widest = max(face.width(answer, HANDOUT_PT) for answer in segment.answers)
        width = max(MIN_LINE_PT, widest * HANDWRITING)
        # Underscores: the line every word processor draws alike, unbroken, as printed notes do.
        count = math.ceil(width / face.width("_", HANDOUT_PT))
        found.append(Fragment("_" * count, next(blanks).number))
    return tuple(found)


def plan_handout(
    outline: Outline,
    numbering: str,
    book: BlankBook,
    face: fit.Measurer,
    font: str,
    labels: Callable[[Sequence[Citation]], str],
    wording: Wording,
) -> Handout:
    """The handout of `outline`: headings numbered as the deck numbers them (roman when the
    theme numbers none: a handout needs numbers to refer to), points A., 1., a.; passages
    named by `labels` (the planner's, so the handout names them as the slides do), its own
    words in `wording`."""
    numbering = numbering if numbering != "none" else "roman"

    def tree(points: Sequence[Point], level: int) -> Iterator[HandoutLine]:
        for number, point in enumerate(points, 1):
            yield HandoutLine(
                level,
                point_label(level, number),
                fragments(point.text, point, book, face),
                labels(point.citations),
            )
            yield from tree(point.points, level + 1)

    lines: list[HandoutLine] = []
    for top in deck_order(outline):
        if isinstance(top, Point):  # the introduction, the big idea, the conclusion
            lines.append(HandoutLine(0, "", fragments(top.text, top, book, face),
                                     labels(top.citations)))  # fmt: skip
            lines += tree(top.points, 1)
            continue
        number, section = top
        label = f"{numeral(number, numbering)}." if number else ""
        lines.append(
            HandoutLine(
                0,
                label,
                fragments(section.heading, section, book, face),
                labels(section.citations),
            )
        )
        lines += tree(section.points, 1)
    return Handout(
        title=outline.title,
        subtitle=outline.subtitle,
        passage=labels(outline.citations),
        date=wording.date(outline.date) if outline.date else "",
        preacher=outline.preacher,
        church=outline.church,
        series=outline.series,
        lines=tuple(lines),
        font=font,
        size_pt=HANDOUT_PT,
        key_heading=wording.answer_key.format(title=outline.title),
        key_answers=tuple(b.answers[0] + other_answers(b, wording) for b in book.blanks),
        proofing=proofing_tag(outline.language),
    )
