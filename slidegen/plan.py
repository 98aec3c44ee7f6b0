"""Outline + verse texts + Theme → Plan: which slides, in what order, with what text where.

Pure: no python-pptx, no disk writes. Every fitting decision (wrap, size, split) is made here with
real font measurements from `fit`, so the renderer only draws and tests can check the plan.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from slidegen import fit
from slidegen.model import (
    Bar,
    Citation,
    Outline,
    Plan,
    Point,
    Run,
    Scripture,
    Section,
    SlidePlan,
    TextBlock,
    Theme,
)

# Secondary text (kickers, labels, meta lines) sits in these size ranges; it is not the text the
# back row must read, but it still has to be legible on a projector.
KICKER_PT = (26.0, 20.0)
LABEL_PT = (28.0, 22.0)
META_PT = (24.0, 18.0)
FOOTER_PT = 14.0
SLIDE_NUMBER_WIDTH_PT = 72.0
# Text keeps this far (points) from the logo.
LOGO_GAP_PT = 16.0
# Headings may shrink below the theme's minimum rather than overflow; never below this.
HEADING_FLOOR_PT = 20.0


@dataclass(frozen=True)
class Geometry:
    """The slide's grid in points, derived from its size (16:9 and 4:3 share a height)."""

    width: float
    height: float

    @property
    def margin(self) -> float:
        return round(self.width * 0.065, 1)

    @property
    def inner_width(self) -> float:
        return self.width - 2 * self.margin

    @property
    def footer_y(self) -> float:
        return self.height - 34.0

    def band(self, top: float, bottom: float) -> tuple[float, float]:
        """A horizontal band given as fractions of the height → (y, height) in points."""
        return self.height * top, self.height * (bottom - top)


def roman(number: int) -> str:
    numerals = [
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ]
    result = ""
    for value, letters in numerals:
        while number >= value:
            result += letters
            number -= value
    return result


@dataclass
class _Planner:
    outline: Outline
    scriptures: Mapping[Citation, Scripture]
    theme: Theme
    slides: list[SlidePlan] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.geo = Geometry(self.theme.slide_width_pt, self.theme.slide_height_pt)
        search = (Path(self.theme.folder),) if self.theme.folder else ()
        self.heading_face = fit.Measurer.for_font(
            self.theme.heading_font, bold=True, search_dirs=search
        )
        self.body_face = fit.Measurer.for_font(self.theme.body_font, search_dirs=search)
        self.verse_face = fit.Measurer.for_font(self.theme.verse_font, search_dirs=search)

    # -- text blocks -------------------------------------------------------------------------
    def clear_span(self, y: float, height: float, align: str = "left") -> tuple[float, float]:
        """(x, width) of a text band from y to y + height that keeps clear of the logo.

        Centred text gives up the same width on both sides, so it stays centred on the slide.
        """
        left, right = self.geo.margin, self.geo.margin + self.geo.inner_width
        rect = self.theme.logo_rect
        if rect is None:
            return left, right - left
        lx, ly, lw, lh = rect
        if y >= ly + lh + LOGO_GAP_PT or y + height <= ly - LOGO_GAP_PT:
            return left, right - left
        if lx + lw / 2 > self.geo.width / 2:
            cut = max(0.0, right - (lx - LOGO_GAP_PT))
            return (left + cut if align == "center" else left), right - left - cut * (
                2 if align == "center" else 1
            )
        cut = max(0.0, lx + lw + LOGO_GAP_PT - left)
        return left + cut, right - left - cut * (2 if align == "center" else 1)

    def block(
        self,
        text: str,
        face: fit.Measurer,
        y: float,
        height: float,
        sizes: tuple[float, float],
        *,
        font: str,
        color: str,
        where: str,
        floor: float | None = None,
        **style: object,
    ) -> TextBlock:
        """A text box across the inner width, at the largest size in `sizes` that fits.

        Text that does not fit at the smallest size keeps shrinking down to `floor` (headings
        and labels only) with a warning; it never overflows silently.
        """
        x, width = self.clear_span(y, height, str(style.get("align", "left")))
        box = fit.Box(width, height)
        max_pt, min_pt = sizes
        result = fit.fit_text(text, face, box, max_pt, min_pt)
        if result is None:
            result = fit.fit_text(text, face, box, min_pt, floor or min_pt)
            if result is None:
                self.warnings.append(
                    f"{where}: text too long for its box even at {floor or min_pt:g} pt; shorten it"
                )
                size = floor or min_pt
            else:
                size = result.size_pt
                self.warnings.append(
                    f"{where}: long text set at {size:g} pt (below the theme's {min_pt:g} pt); "
                    "consider shortening it"
                )
        else:
            size = result.size_pt
        return TextBlock(
            paragraphs=tuple((Run(line),) for line in text.split("\n")),
            x=x,
            y=y,
            width=width,
            height=height,
            size_pt=size,
            font=font,
            color=color,
            **style,  # type: ignore[arg-type]
        )

    def heading_block(
        self, text: str, top: float, bottom: float, kind: str, where: str, **style: object
    ) -> TextBlock:
        s = self.theme.style(kind)
        y, height = self.geo.band(top, bottom)
        return self.block(
            text,
            self.heading_face,
            y,
            height,
            (s.max_pt, s.min_pt),
            font=self.theme.heading_font,
            color=self.theme.heading_color,
            bold=True,
            align=s.align,
            where=where,
            floor=HEADING_FLOOR_PT,
            **style,
        )

    def small_block(
        self,
        text: str,
        top: float,
        bottom: float,
        sizes: tuple[float, float],
        color: str,
        where: str,
        **style: object,
    ) -> TextBlock:
        y, height = self.geo.band(top, bottom)
        return self.block(
            text,
            self.body_face,
            y,
            height,
            sizes,
            font=self.theme.body_font,
            color=color,
            where=where,
            floor=12.0,
            **style,
        )

    def accent_bar(self, top: float, kind: str) -> Bar:
        width = 72.0
        centred = self.theme.style(kind).align == "center"
        x = (self.geo.width - width) / 2 if centred else self.geo.margin
        return Bar(x, self.geo.height * top, width, 4.0, self.theme.accent_color)

    def footer(self, number: int) -> tuple[TextBlock, ...]:
        """Series and church at the left, the slide number at the right, both clear of the logo."""
        parts = []
        if self.theme.footer_series and self.outline.series:
            parts.append(self.outline.series)
        if self.theme.footer_church and self.outline.church:
            parts.append(self.outline.church)
        x, width = self.clear_span(self.geo.footer_y, 22.0)
        blocks = []
        if self.theme.footer_slide_number:
            blocks.append(
                self.footer_block(str(number), x + width - SLIDE_NUMBER_WIDTH_PT, "right")
            )
            width -= SLIDE_NUMBER_WIDTH_PT + LOGO_GAP_PT
        if parts:
            text = "  ·  ".join(parts)
            blocks.insert(
                0, self.footer_block(text, x, "left", min(width, self.geo.inner_width * 0.8))
            )
        return tuple(blocks)

    def footer_block(
        self, text: str, x: float, align: str, width: float = SLIDE_NUMBER_WIDTH_PT
    ) -> TextBlock:
        return TextBlock(
            paragraphs=((Run(text),),),
            x=x,
            y=self.geo.footer_y,
            width=width,
            height=22.0,
            size_pt=FOOTER_PT,
            font=self.theme.body_font,
            color=self.theme.muted_color,
            align=align,
        )

    def add(
        self,
        kind: str,
        blocks: Sequence[TextBlock],
        notes: str,
        bars: Sequence[Bar] = (),
        footer: bool = True,
    ) -> None:
        title = next(b.text for b in blocks if b.is_title)
        all_blocks = tuple(blocks) + (self.footer(len(self.slides) + 1) if footer else ())
        self.slides.append(
            SlidePlan(kind, title.replace("\n", " "), all_blocks, notes.strip(), tuple(bars))
        )

    # -- slides ------------------------------------------------------------------------------
    def title_slide(self) -> None:
        o, t = self.outline, self.theme
        where = f"{o.source}: title"
        align = t.style("title").align
        blocks = [
            self.heading_block(o.title, 0.26, 0.60, "title", where, anchor="bottom", is_title=True)
        ]
        if o.series:
            blocks.append(
                self.small_block(
                    o.series.upper(), 0.14, 0.22, KICKER_PT, t.accent_color, where, align=align
                )
            )
        if o.subtitle:
            blocks.append(
                self.small_block(o.subtitle, 0.63, 0.73, LABEL_PT, t.text_color, where, align=align)
            )
        if o.citations:
            label = "; ".join(str(c.passage) for c in o.citations)
            blocks.append(
                self.small_block(
                    label, 0.74, 0.82, LABEL_PT, t.accent_color, where, bold=True, align=align
                )
            )
        meta = "  ·  ".join(x for x in (o.preacher, format_date(o.date)) if x)
        if meta:
            blocks.append(
                self.small_block(meta, 0.83, 0.91, META_PT, t.muted_color, where, align=align)
            )
        self.add(
            "title", blocks, self.title_notes(), [self.accent_bar(0.615, "title")], footer=False
        )

    def title_notes(self) -> str:
        o = self.outline
        lines = [o.title]
        if o.subtitle:
            lines.append(o.subtitle)
        if o.citations:
            lines.append("Text: " + "; ".join(self.label(c) for c in o.citations))
        meta = ", ".join(x for x in (o.preacher, format_date(o.date), o.church) if x)
        if meta:
            lines.append(meta)
        lines += ["", "Outline:"]
        for number, section in enumerate(o.sections, 1):
            lines.append(f"{roman(number)}. {section.heading}{self.refs_suffix(section.citations)}")
            lines += _outline_lines(section.points, 1)
        return "\n".join(lines)

    def section_slide(self, number: int, section: Section) -> None:
        t = self.theme
        where = f"{self.outline.source}:{section.line}: heading"
        style = t.style("section")
        blocks = [
            self.heading_block(
                section.heading, 0.30, 0.70, "section", where, anchor="middle", is_title=True
            )
        ]
        if style.numbering != "none":
            blocks.append(
                self.small_block(
                    numeral(number, style.numbering),
                    0.14,
                    0.24,
                    (40.0, 28.0),
                    t.accent_color,
                    where,
                    bold=True,
                    align=style.align,
                )
            )
        if section.citations:
            label = "; ".join(str(c.passage) for c in section.citations)
            blocks.append(
                self.small_block(
                    label, 0.73, 0.82, LABEL_PT, t.accent_color, where, align=style.align
                )
            )
        notes = [section.heading, self.refs_line(section.citations), section.notes]
        self.add(
            "section",
            blocks,
            "\n\n".join(x for x in notes if x),
            [self.accent_bar(0.26, "section")],
        )

    def point_slides(self, point: Point, kicker: str) -> None:
        t = self.theme
        where = f"{self.outline.source}:{point.line}: point" if point.line else "point"
        style = t.style("point")
        y, height = self.geo.band(0.25, 0.88)
        box = fit.Box(self.clear_span(y, height, style.align)[1], height)
        pages = [point.text]
        if fit.fit_text(point.text, self.body_face, box, style.max_pt, style.min_pt) is None:
            pages = fit.split_text(point.text, self.body_face, box, style.min_pt)
            self.warnings.append(
                f"{where}: long point split over {len(pages)} slides; "
                "short slide text with the rest in 'notes' reads better"
            )
        notes = "\n\n".join(
            x for x in (point.text, point.notes, self.scripture_notes(point.citations)) if x
        )
        for index, page in enumerate(pages, 1):
            marker = f" ({index}/{len(pages)})" if len(pages) > 1 else ""
            blocks = [
                self.block(
                    page + marker,
                    self.body_face,
                    y,
                    height,
                    (style.max_pt, style.min_pt),
                    font=t.body_font,
                    color=t.text_color,
                    align=style.align,
                    anchor="middle",
                    where=where,
                    is_title=True,
                ),
            ]
            if kicker:
                blocks.append(
                    self.small_block(
                        kicker, 0.06, 0.19, KICKER_PT, t.muted_color, where, align=style.align
                    )
                )
            self.add("point", blocks, notes, [self.accent_bar(0.205, "point")] if kicker else [])

    def verse_slides(self, citation: Citation) -> None:
        scripture = self.scriptures[citation]
        t = self.theme
        style = t.style("verse")
        y, height = self.geo.band(0.18, 0.90)
        x, width = self.clear_span(y, height, style.align)
        box = fit.Box(width, height)
        chunks, chunk_runs = self.verse_chunks(scripture, style.verse_numbers)
        pages = fit.paginate(chunks, self.verse_face, box, style.max_pt, style.min_pt)
        label = self.label(citation)
        notes_text = self.scripture_text(scripture)
        for number, page in enumerate(pages, 1):
            marker = f" ({number}/{len(pages)})" if len(pages) > 1 else ""
            runs: list[Run] = []
            for piece in page.pieces:
                if runs:
                    runs.append(Run(" "))
                if piece.is_continuation:
                    runs.append(Run(piece.text))
                else:
                    number_run, text = chunk_runs[piece.chunk_index]
                    runs.extend(
                        [number_run, Run(piece.text[len(number_run.text) :])]
                        if number_run
                        else [Run(piece.text)]
                    )
            label_block = self.small_block(
                label + marker,
                0.05,
                0.14,
                LABEL_PT,
                t.accent_color,
                f"{self.outline.source}: {label}",
                bold=True,
                is_title=True,
            )
            body = TextBlock(
                paragraphs=(tuple(runs),),
                x=x,
                y=y,
                width=width,
                height=height,
                size_pt=page.size_pt,
                font=t.verse_font,
                color=t.text_color,
                align=style.align,
            )
            part = f"Slide {number} of {len(pages)} for this passage.\n\n" if marker else ""
            self.add("verse", [label_block, body], f"{label}\n\n{part}{notes_text}")

    def verse_chunks(
        self, scripture: Scripture, numbers: bool
    ) -> tuple[list[str], list[tuple[Run | None, str]]]:
        """Each verse as one chunk of text; the verse number leads it as its own run."""
        if scripture.given_text:
            return [scripture.given_text], [(None, scripture.given_text)]
        chunks: list[str] = []
        runs: list[tuple[Run | None, str]] = []
        first_chapter = scripture.passage.start_chapter
        for verse in scripture.verses:
            if not numbers:
                chunks.append(verse.text)
                runs.append((None, verse.text))
                continue
            shown = str(verse.number)
            if verse.chapter != first_chapter and verse.number == 1:
                shown = f"{verse.chapter}:1"
            chunks.append(f"{shown}\u00a0{verse.text}")
            runs.append((Run(f"{shown}\u00a0", verse_number=True), verse.text))
        return chunks, runs

    def closing_slide(self) -> None:
        o, t = self.outline, self.theme
        where = f"{o.source}: closing"
        blocks = [
            self.heading_block(
                o.title, 0.14, 0.40, "closing", where, anchor="bottom", is_title=True
            )
        ]
        numbering = t.style("section").numbering
        recap = "\n".join(
            f"{numeral(n, numbering)}.  {s.heading}" if numbering != "none" else s.heading
            for n, s in enumerate(o.sections, 1)
        )
        y, height = self.geo.band(0.46, 0.86)
        style = t.style("point")
        align = t.style("closing").align
        x, width = self.clear_span(y, height, align)
        box = fit.Box(width, height)
        fitted = fit.fit_text(recap, self.body_face, box, min(style.max_pt, 36.0), 24.0)
        if fitted is not None:
            blocks.append(
                TextBlock(
                    paragraphs=tuple((Run(line),) for line in recap.split("\n")),
                    x=x,
                    y=y,
                    width=width,
                    height=height,
                    size_pt=fitted.size_pt,
                    font=t.body_font,
                    color=t.text_color,
                    align=align,
                )
            )
        if o.citations:
            label = "; ".join(str(c.passage) for c in o.citations)
            blocks.append(
                self.small_block(label, 0.87, 0.95, META_PT, t.accent_color, where, align=align)
            )
        notes = ["Closing: " + o.title, "Recap:", recap]
        if o.conclusion and o.conclusion.notes:
            notes.append(o.conclusion.notes)
        self.add(
            "closing", blocks, "\n\n".join(notes), [self.accent_bar(0.43, "closing")], footer=False
        )

    # -- notes helpers -----------------------------------------------------------------------
    def label(self, citation: Citation) -> str:
        scripture = self.scriptures.get(citation)
        code = scripture.translation if scripture else citation.translation
        return f"{citation.passage} ({code})" if code else str(citation.passage)

    def refs_suffix(self, citations: Sequence[Citation]) -> str:
        return f" ({'; '.join(str(c.passage) for c in citations)})" if citations else ""

    def refs_line(self, citations: Sequence[Citation]) -> str:
        return "Passages: " + "; ".join(self.label(c) for c in citations) if citations else ""

    def scripture_text(self, scripture: Scripture) -> str:
        if scripture.given_text:
            return scripture.given_text
        first = scripture.passage.start_chapter
        return " ".join(
            f"[{v.chapter}:{v.number}] {v.text}" if v.chapter != first else f"[{v.number}] {v.text}"
            for v in scripture.verses
        )

    def scripture_notes(self, citations: Sequence[Citation]) -> str:
        return "\n\n".join(
            f"{self.label(c)}\n{self.scripture_text(self.scriptures[c])}" for c in citations
        )

    # -- the walk ----------------------------------------------------------------------------
    def point_tree(self, point: Point, kicker: str) -> None:
        self.point_slides(point, kicker)
        for citation in point.citations:
            self.verse_slides(citation)
        for child in point.points:
            self.point_tree(child, point.text)

    def run(self) -> Plan:
        o = self.outline
        self.title_slide()
        if o.read_passage:
            for citation in o.citations:
                self.verse_slides(citation)
        if o.intro:
            self.point_tree(o.intro, o.title)
        for number, section in enumerate(o.sections, 1):
            self.section_slide(number, section)
            for citation in section.citations:
                self.verse_slides(citation)
            for point in section.points:
                self.point_tree(point, section.heading)
        if o.conclusion:
            self.point_tree(o.conclusion, "Conclusion")
        self.closing_slide()
        return Plan(tuple(self.slides), tuple(self.warnings))


def numeral(number: int, numbering: str) -> str:
    """A section's number as the theme numbers sections: 'IV', '4' or ''."""
    return {"roman": roman(number), "arabic": str(number)}.get(numbering, "")


def _outline_lines(points: Sequence[Point], depth: int) -> list[str]:
    lines: list[str] = []
    for point in points:
        refs = "; ".join(str(c.passage) for c in point.citations)
        lines.append("  " * depth + "- " + point.text + (f" ({refs})" if refs else ""))
        lines += _outline_lines(point.points, depth + 1)
    return lines


def format_date(value: str) -> str:
    """'2026-11-29' → 'November 29, 2026'; anything else is shown as written."""
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        return value
    return f"{day:%B} {day.day}, {day.year}"


def plan_deck(outline: Outline, scriptures: Mapping[Citation, Scripture], theme: Theme) -> Plan:
    """Plan every slide of the deck (pure: same inputs, same plan)."""
    return _Planner(outline, scriptures, theme).run()


def all_citations(outline: Outline) -> list[Citation]:
    """Every passage the outline cites, in deck order (the scripture stage looks these up)."""
    found: list[Citation] = list(outline.citations)

    def walk(points: Sequence[Point]) -> None:
        for point in points:
            found.extend(point.citations)
            walk(point.points)

    if outline.intro:
        walk([outline.intro])
    for section in outline.sections:
        found.extend(section.citations)
        walk(section.points)
    if outline.conclusion:
        walk([outline.conclusion])
    return found
