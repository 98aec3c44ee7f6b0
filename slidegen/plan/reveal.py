"""Words that appear step by step: fill-in-the-blank words, and a section's points one by one.

Text is fitted once, in its final state, and every step shows the same runs at that size: a run
not shown yet is `hidden` (drawn fully transparent, so it keeps its room on the line), and a
blank not revealed yet is a line: underlined no-break spaces, spaced out to its word's width
measured in the block's face. So nothing re-fits or moves from step to step. (The word itself,
transparent over an underline, would need no spacing, but LibreOffice makes the underline
transparent with the letters.)

Each run is `Staged` with the step at which it appears and the step at which its letters show
(later than its line, for a blank). The steps become either one slide each (build slides, the
default, shown by any program) or, with `reveal: animate`, click animations: the slide's text
as it starts, and for each click a copy of the block over it holding only what that click adds
(`TextBlock.click`).
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from slidegen import fit
from slidegen.blanks import NO_BREAK_SPACE, has_blanks, plain, reveal_words, segments, shown
from slidegen.model import Blank, Outline, Point, Run, Section, SlideKind, TextBlock
from slidegen.plan.layout import KICKER_PT
from slidegen.wording import Wording

if TYPE_CHECKING:  # the planner calls in here; its rules are used back
    from slidegen.plan.slides import Planner


@dataclass(frozen=True)
class Reveal:
    """How steps are shown: as click animations (else build slides), and whether a section's
    points appear one by one on one slide."""

    animate: bool = False
    points: bool = False

    @classmethod
    def chosen(cls, outline_words: str, theme_words: str) -> Reveal:
        """The outline's `reveal:` if it has one, else the theme's."""
        words = reveal_words(outline_words) or reveal_words(theme_words)
        return cls(animate="animate" in words, points="points" in words)


Top = tuple[int, Section] | Point


def sermon_parts(
    outline: Outline,
) -> tuple[list[Section], list[tuple[int, Section]], list[Section]]:
    """Plain sections before the sermon, the sermon's sections numbered (plain ones among them
    0), and plain sections after it, as the outline lists them."""
    sections = list(outline.sections)
    sermon = [i for i, s in enumerate(sections) if not s.plain]
    if not sermon:
        return sections, [], []
    first, last = sermon[0], sermon[-1]
    middle, number = [], 0
    for section in sections[first : last + 1]:
        number += 0 if section.plain else 1
        middle.append((0 if section.plain else number, section))
    return sections[:first], middle, sections[last + 1 :]


def deck_order(outline: Outline) -> Iterator[Top]:
    """The outline's top-level parts in the order the deck shows them (`Planner.run`): plain
    sections before the sermon, the introduction, the big idea, the sermon's sections with
    their numbers (0 for a plain one among them), the conclusion, plain sections after."""
    before, middle, after = sermon_parts(outline)
    yield from ((0, s) for s in before)
    yield from (p for p in (outline.intro, outline.big_idea) if p is not None)
    yield from middle
    if outline.conclusion is not None:
        yield outline.conclusion
    yield from ((0, s) for s in after)


def owners(outline: Outline) -> Iterator[tuple[Point | Section, str]]:
    """Every heading and point with its text, in the order the deck shows them (and the handout
    lists them)."""

    def tree(point: Point) -> Iterator[tuple[Point | Section, str]]:
        yield point, point.text
        for child in point.points:
            yield from tree(child)

    for top in deck_order(outline):
        if isinstance(top, Point):
            yield from tree(top)
            continue
        section = top[1]
        yield section, section.heading
        for point in section.points:
            yield from tree(point)


class BlankBook:
    """Every blank of the outline, numbered in deck order before any slide is made, so the
    slides' reveals, their notes and the handout's key all use the same numbers."""

    def __init__(self, outline: Outline) -> None:
        self.blanks: list[Blank] = []
        self._by_owner: dict[int, tuple[Blank, ...]] = {}
        for owner, text in owners(outline):
            if not has_blanks(text):
                continue
            context = plain(text)
            found = tuple(
                Blank(len(self.blanks) + i, segment.answers, context)
                for i, segment in enumerate((s for s in segments(text) if s.is_blank), 1)
            )
            self._by_owner[id(owner)] = found
            self.blanks.extend(found)

    def of(self, owner: Point | Section) -> tuple[Blank, ...]:
        return self._by_owner.get(id(owner), ())


@dataclass(frozen=True)
class Staged:
    """A run, the step at which it appears, and the step at which its words show. A blank
    shows `line` until then: no-break spaces as wide as its word, underlined."""

    run: Run
    appear: int
    reveal: int
    line: Run | None = None

    def at(self, step: int) -> Run:
        """The run as it stands once `step` has been taken (visible or not)."""
        return self.line if self.line is not None and self.reveal > step else self.run


Paragraph = tuple[Staged, ...]
# Lines are measured at this size, and their letter spacing scaled to the block's own size.
_LINE_REF_PT = 100.0


def blank_line(word: str, number: int, face: fit.Measurer) -> Run:
    """The line a blank shows before its word: underlined no-break spaces, spaced out to the
    word's width measured in the block's face, so the words after it do not move when the word
    replaces it. Its spacing is for `_LINE_REF_PT`; `StagedBlock.drawn` scales it."""
    # A no-break space is as wide as a space; measured as a space, because the measurer's basic
    # layout misses the no-break space in some fonts (Carlito: twice its width).
    space = face.width(" ", _LINE_REF_PT)
    width = face.width(word, _LINE_REF_PT)
    count = max(1, round(width / space))
    spacing = (width - count * space) / count
    return Run(NO_BREAK_SPACE * count, blank=number, underline=True, spacing=spacing)


def stage(
    text: str, blanks: Iterator[Blank], face: fit.Measurer, appear: int = 0
) -> tuple[tuple[Paragraph, ...], int]:
    """The text's paragraphs as staged runs: its words appear at `appear`, each blank's line
    too, and each blank's word one step after the one before. Returns them and the last step."""
    paragraphs: list[list[Staged]] = [[]]
    step = appear
    for segment in segments(text):
        if segment.is_blank:
            step += 1
            number = next(blanks).number
            run = Run(segment.text, blank=number, underline=True)
            line = blank_line(segment.text, number, face)
            paragraphs[-1].append(Staged(run, appear, step, line))
            continue
        for index, words in enumerate(segment.text.split("\n")):
            if index:
                paragraphs.append([])
            if words:
                paragraphs[-1].append(Staged(Run(words), appear, appear))
    return tuple(tuple(p) for p in paragraphs), step


def at_step(paragraphs: Sequence[Paragraph], shown: int) -> tuple[tuple[Run, ...], ...]:
    """The runs as they stand once step `shown` has been taken."""

    def state(staged: Staged) -> Run:
        run = staged.at(shown)
        return replace(run, hidden=True, underline=False) if staged.appear > shown else run

    return tuple(tuple(state(s) for s in paragraph) for paragraph in paragraphs)


def added_at(paragraphs: Sequence[Paragraph], step: int) -> tuple[tuple[Run, ...], ...]:
    """Only what step `step` adds (words, a blank's line, a revealed word without the line
    already drawn under it); everything else hidden, keeping its place."""

    def state(staged: Staged) -> Run:
        run = staged.at(step)
        if staged.appear == step:
            return run
        if staged.reveal == step:
            return replace(run, underline=False)
        return replace(run, hidden=True, underline=False)

    return tuple(tuple(state(s) for s in paragraph) for paragraph in paragraphs)


@dataclass(frozen=True)
class StagedBlock:
    """A block laid out in its final state, with its runs staged."""

    block: TextBlock
    paragraphs: tuple[Paragraph, ...]

    @property
    def last_step(self) -> int:
        return max((s.reveal for p in self.paragraphs for s in p), default=0)

    def drawn(self, start: int, end: int) -> list[TextBlock]:
        """The block as it stands at step `start`, and a copy over it for each click to `end`."""
        scale = self.block.size_pt / _LINE_REF_PT

        def sized(paragraphs: tuple[tuple[Run, ...], ...]) -> tuple[tuple[Run, ...], ...]:
            return tuple(
                tuple(
                    replace(r, spacing=round(r.spacing * scale, 2)) if r.spacing else r
                    for r in paragraph
                )  # fmt: skip
                for paragraph in paragraphs
            )

        base = replace(self.block, paragraphs=sized(at_step(self.paragraphs, start)))
        layers = [
            replace(
                self.block,
                paragraphs=sized(added_at(self.paragraphs, step)),
                click=step - start,
                is_title=False,  # one title per slide: the block underneath
            )
            for step in range(start + 1, end + 1)
        ]
        return [base, *layers]


def blank_notes(blanks: Sequence[Blank], revealed_at: Mapping[int, int], start: int,
                end: int, animate: bool, wording: Wording) -> str:  # fmt: skip
    """'BLANK 3 = grace' for every blank on a slide, and when it is revealed."""
    w = wording
    lines = []
    for blank in blanks:
        step = revealed_at[blank.number]
        if step <= start:
            when = w.blank_shown
        elif animate and step <= end:
            when = w.blank_click.format(click=step - start)
        else:
            when = w.blank_next_slide if step == start + 1 else w.blank_later
        others = other_answers(blank, w)
        line = w.blank_line.format(number=blank.number, answer=blank.answers[0], others=others,
                                   when=when)  # fmt: skip
        lines.append(line)
    return "\n".join(lines)


def other_answers(blank: Blank, wording: Wording) -> str:
    """' (or mercy, favour)': the blank's other accepted answers, or ''."""
    if len(blank.answers) < 2:
        return ""
    return wording.other_answers.format(answers=wording.list_separator.join(blank.answers[1:]))


def step_ranges(last: int, animate: bool, breaks: Sequence[int] = ()) -> list[tuple[int, int]]:
    """The (first, last) steps each slide shows: one step a slide, or as many clicks as there
    are up to each break (where other slides, such as verses, come between)."""
    if not animate:
        return [(step, step) for step in range(last + 1)]
    ranges, start = [], 0
    for stop in sorted({*(b for b in breaks if b < last), last}):
        ranges.append((start, stop))
        start = stop
    return ranges


def staged_slides(
    staged: StagedBlock,
    blanks: Sequence[Blank],
    animate: bool,
    wording: Wording,
    breaks: Mapping[int, Callable[[], None]] | None = None,
) -> Iterator[tuple[list[TextBlock], str]]:
    """For each slide of a staged block: its blocks (the staged one and its click layers) and
    the notes lines about its blanks. `breaks[step]` runs after the slide that shows `step`."""
    breaks = breaks or {}
    revealed_at = {s.run.blank: s.reveal for p in staged.paragraphs for s in p if s.run.blank}
    on_slide = [b for b in blanks if b.number in revealed_at]
    for start, end in step_ranges(staged.last_step, animate, tuple(breaks)):
        notes = blank_notes(on_slide, revealed_at, start, end, animate, wording)
        yield staged.drawn(start, end), notes
        if end in breaks:
            breaks[end]()


BULLET = "\u2022\u00a0"


def points_slide(planner: Planner, section: Section) -> bool:
    """A section's points on one slide, appearing one by one (`reveal: points`), each point's
    verses and sub-points after the step that shows it. False (and each point gets its own
    slide) for a single point, or points that do not fit one slide at a readable size."""
    points = section.points
    if len(points) < 2:
        return False
    layout, theme = planner.layout, planner.theme
    kind = SlideKind.POINT
    style = theme.style(kind)
    where = f"{planner.outline.source}:{section.line}: heading"
    texts = [BULLET + point.text.replace("\n", " ") for point in points]
    y, height = layout.region(kind, "body")
    body = layout.fitted_block(
        "\n".join(shown(text) for text in texts),
        layout.body_face,
        y,
        height,
        (style.max_pt, style.min_pt),
        font=theme.body_font,
        color=theme.text_color,
        align=style.align,
        anchor="middle",
        is_title=True,
        kind=kind,
    )
    heading = plain(section.heading)
    if body is None:
        layout.warnings.append(
            f"{where}: the {len(points)} points under '{heading}' do not fit one slide at "
            f"{style.min_pt:g} pt, so each has its own slide"
        )
        return False
    paragraphs: list[Paragraph] = []
    blanks: list[Blank] = []
    breaks: dict[int, Callable[[], None]] = {}
    step = -1
    for point, text in zip(points, texts, strict=True):
        own = planner.blank_book.of(point)
        staged, step = stage(text, iter(own), layout.body_face, appear=step + 1)
        paragraphs.extend(staged)
        blanks.extend(own)
        if point.citations or point.points:
            breaks[step] = functools.partial(_after, planner, point)
    kicker = layout.small_block(
        heading, kind, "kicker", KICKER_PT, theme.muted_color, where, align=style.align
    )
    notes = "\n\n".join(
        "\n".join(x for x in (plain(point.text), point.notes) if x) for point in points
    )
    planner.add_staged(
        kind, [body, kicker], paragraphs, blanks, notes, [layout.accent_bar(kind)], breaks
    )
    return True


def _after(planner: Planner, point: Point) -> None:
    """What follows a point on its own slides: its passages, then its sub-points."""
    for citation in point.citations:
        planner.verse_slides(citation)
    for child in point.points:
        planner.point_tree(child, plain(point.text))
