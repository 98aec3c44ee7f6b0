"""The walk over the outline: which slides, in what order, with what words and notes."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from slidegen import fit
from slidegen.blanks import has_blanks, kept_together, plain, shown
from slidegen.model import (
    Bar,
    Blank,
    Citation,
    Outline,
    Plan,
    PlanMeta,
    Point,
    Scripture,
    Section,
    SlideKind,
    SlidePlan,
    TextBlock,
    Theme,
)
from slidegen.plan.handout import plan_handout
from slidegen.plan.layout import (
    KICKER_PT,
    LABEL_PT,
    META_PT,
    RECAP_MAX_PT,
    RECAP_MIN_PT,
    SECTION_NUMBER_PT,
    Layout,
    explicit,
)
from slidegen.plan.legibility import Legibility
from slidegen.plan.resources import Resources
from slidegen.plan.reveal import (
    BlankBook,
    Paragraph,
    Reveal,
    StagedBlock,
    points_slide,
    sermon_parts,
    stage,
    staged_slides,
)
from slidegen.plan.verses import VerseSlides
from slidegen.plan.words import numbered, numeral, outline_lines
from slidegen.wording import part_names, proofing_tag, wording_for


class Planner(VerseSlides):
    """Makes the slides of one outline with one theme (use `plan_deck`)."""

    def __init__(
        self,
        outline: Outline,
        scriptures: Mapping[Citation, Scripture],
        theme: Theme,
        resources: Resources,
    ) -> None:
        self.outline = outline
        self.scriptures = scriptures
        self.theme = theme
        self.resources = resources
        self.layout = Layout(theme, resources.fonts, resources.logo, outline.series, outline.church)
        self.legibility = Legibility(theme, resources.backdrop)
        self.slides: list[SlidePlan] = []
        # Verses shown in full so far (book, translation, chapter, verse): `repeat_verses`.
        self.shown_verses: set[tuple[str, str, int, int]] = set()
        # The sermon's own sections: numbered and recapped (plain ones are neither).
        self.sermon = tuple(s for s in outline.sections if not s.plain)
        # Fill-in-the-blank words, numbered before any slide is made; how they are revealed.
        self.blank_book = BlankBook(outline)
        self.reveal = Reveal.chosen(outline.reveal, theme.reveal)
        # The words slidegen writes itself, in the outline's language (warnings stay English:
        # they are for whoever runs slidegen, not for the congregation).
        self.wording = wording_for(outline.language)

    def add(
        self,
        kind: SlideKind,
        blocks: Sequence[TextBlock],
        notes: str,
        bars: Sequence[Bar] = (),
        footer: bool = True,
        scripture: Scripture | None = None,
    ) -> None:
        """One slide: its blocks (and footer) made legible, every run's colour and weight set."""
        title = next(b.text for b in blocks if b.is_title)
        number = len(self.slides) + 1
        all_blocks = tuple(blocks) + (self.layout.footer(number, kind) if footer else ())
        fonts = self.resources.fonts
        settled, scrims = self.legibility.settle([explicit(b, fonts) for b in all_blocks])
        self.slides.append(
            SlidePlan(
                kind,
                title.replace("\n", " "),
                settled,
                notes.strip(),
                tuple(bars),
                scrims,
                layout=self.layout.layouts[kind],
                scripture=scripture,
                reference=self.passage_label(scripture.passage) if scripture else "",
            )
        )

    def add_staged(
        self,
        kind: SlideKind,
        blocks: Sequence[TextBlock],
        paragraphs: Sequence[Paragraph],
        blanks: Sequence[Blank],
        notes: str,
        bars: Sequence[Bar] = (),
        breaks: Mapping[int, Callable[[], None]] | None = None,
    ) -> None:
        """Slides whose first block shows its words step by step (`plan/reveal.py`): a slide
        per step, or one slide with a click per step; the notes say what each blank is."""
        staged = StagedBlock(blocks[0], tuple(paragraphs))
        animate = self.reveal.animate
        for drawn, lines in staged_slides(staged, blanks, animate, self.wording, breaks):
            text = "\n\n".join(x for x in (lines, notes) if x)
            self.add(kind, [*drawn, *blocks[1:]], text, bars)

    def title_slide(self) -> None:
        o, t = self.outline, self.theme
        where = f"{o.source}: title"
        kind = SlideKind.TITLE
        align = t.style(kind).align
        small = self.layout.small_block
        blocks = [
            self.layout.heading_block(
                o.title, kind, "heading", where, anchor="bottom", is_title=True
            )
        ]
        if o.series:
            blocks.append(
                small(o.series.upper(), kind, "series", KICKER_PT, t.accent_color, where,
                      align=align)
            )  # fmt: skip
        if o.subtitle:
            blocks.append(
                small(o.subtitle, kind, "subtitle", LABEL_PT, t.text_color, where, align=align)
            )
        if o.citations:
            label = self.passage_labels(o.citations)
            blocks.append(
                small(label, kind, "passage", LABEL_PT, t.accent_color, where, bold=True,
                      align=align)
            )  # fmt: skip
        meta = "  ·  ".join(x for x in (o.preacher, self.wording.date(o.date)) if x)
        if meta:
            blocks.append(small(meta, kind, "meta", META_PT, t.muted_color, where, align=align))
        self.add(kind, blocks, self.title_notes(), [self.layout.accent_bar(kind)], footer=False)

    def title_notes(self) -> str:
        o = self.outline
        lines = [o.title]
        if o.subtitle:
            lines.append(o.subtitle)
        if o.citations:
            passages = "; ".join(self.label(c) for c in o.citations)
            lines.append(self.wording.text_line.format(passages=passages))
        meta = ", ".join(x for x in (o.preacher, self.wording.date(o.date), o.church) if x)
        if meta:
            lines.append(meta)
        lines += ["", self.wording.outline_heading]
        numbering = self.theme.style(SlideKind.SECTION).numbering
        for number, section in enumerate(self.sermon, 1):
            heading = numbered(number, plain(section.heading), numbering)
            lines.append(heading + self.refs_suffix(section.citations))
            lines += outline_lines(section.points, 1, self.passage_labels)
        return "\n".join(lines)

    def section_slide(self, number: int, section: Section) -> None:
        t = self.theme
        where = f"{self.outline.source}:{section.line}: heading"
        kind = SlideKind.SECTION
        style = t.style(kind)
        blocks = [
            self.layout.heading_block(
                shown(section.heading), kind, "heading", where, anchor="middle", is_title=True
            )
        ]
        if style.numbering != "none" and number:  # 0: a plain section
            blocks.append(
                self.layout.small_block(
                    numeral(number, style.numbering),
                    kind,
                    "number",
                    SECTION_NUMBER_PT,
                    t.accent_color,
                    where,
                    bold=True,
                    align=style.align,
                )
            )
        if section.citations:
            label = self.passage_labels(section.citations)
            blocks.append(
                self.layout.small_block(
                    label, kind, "passage", LABEL_PT, t.accent_color, where, align=style.align
                )
            )
        notes = [plain(section.heading), self.refs_line(section.citations), section.notes]
        text, bars = "\n\n".join(x for x in notes if x), [self.layout.accent_bar(kind)]
        if has_blanks(section.heading):
            blanks = self.blank_book.of(section)
            paragraphs, _ = stage(section.heading, iter(blanks), self.layout.heading_face)
            self.add_staged(kind, blocks, paragraphs, blanks, text, bars)
            return
        self.add(kind, blocks, text, bars)

    def point_slides(self, point: Point, kicker: str) -> None:
        t = self.theme
        where = f"{self.outline.source}:{point.line}: point" if point.line else "point"
        kind = SlideKind.POINT
        style = t.style(kind)
        y, height = self.layout.region(kind, "body")
        _, _, box = self.layout.text_area(y, height, style.align, kind)
        pages = [point.text]
        face = self.layout.body_face
        if fit.fit_text(shown(point.text), face, box, style.max_pt, style.min_pt) is None:
            # Leave a line for the "(2/3)" marker each continuation slide carries.
            room = fit.Box(box.width_pt, box.height_pt - face.line_height(style.min_pt))
            pages = fit.split_text(kept_together(point.text), face, room, style.min_pt)
            if len(pages) > 1:
                self.layout.warnings.append(
                    f"{where}: long point split over {len(pages)} slides; "
                    "short slide text with the rest in 'notes' reads better"
                )
        notes = "\n\n".join(
            x for x in (plain(point.text), point.notes, self.scripture_notes(point.citations)) if x
        )
        blanks = self.blank_book.of(point)
        unstaged = iter(blanks)
        for index, page in enumerate(pages, 1):
            marker = f" ({index}/{len(pages)})" if len(pages) > 1 else ""
            blocks = [
                self.layout.block(
                    shown(page) + marker,
                    self.layout.body_face,
                    y,
                    height,
                    (style.max_pt, style.min_pt),
                    font=t.body_font,
                    color=t.text_color,
                    align=style.align,
                    anchor="middle",
                    where=where,
                    is_title=True,
                    kind=kind,
                ),
            ]
            if kicker:
                blocks.append(
                    self.layout.small_block(
                        kicker, kind, "kicker", KICKER_PT, t.muted_color, where, align=style.align
                    )
                )
            bars = [self.layout.accent_bar(kind)] if kicker else []
            if has_blanks(page):
                paragraphs, _ = stage(page + marker, unstaged, face)
                self.add_staged(kind, blocks, paragraphs, blanks, notes, bars)
                continue
            self.add(kind, blocks, notes, bars)

    def plain_section(self, section: Section) -> None:
        """Welcome, announcements, offering: a heading slide with no number, and its points."""
        self.section_slide(0, section)
        for citation in section.citations:
            self.verse_slides(citation)
        for point in section.points:
            self.point_tree(point, plain(section.heading))

    def closing_slide(self) -> None:
        o, t = self.outline, self.theme
        where = f"{o.source}: closing"
        kind = SlideKind.CLOSING
        blocks = [
            self.layout.heading_block(
                o.title, kind, "heading", where, anchor="bottom", is_title=True
            )
        ]
        numbering = t.style(SlideKind.SECTION).numbering
        recap = "\n".join(
            numbered(n, plain(s.heading), numbering) for n, s in enumerate(self.sermon, 1)
        )
        y, height = self.layout.region(kind, "recap")
        align = t.style(kind).align
        largest = min(t.style(SlideKind.POINT).max_pt, RECAP_MAX_PT)
        recap_block = self.layout.fitted_block(
            recap,
            self.layout.body_face,
            y,
            height,
            (largest, min(RECAP_MIN_PT, largest)),
            font=t.body_font,
            color=t.text_color,
            align=align,
            kind=kind,
        )
        if recap_block is not None:
            blocks.append(recap_block)
        elif o.sections:
            # A reminder of the headings, not text to read: better left off than set too small.
            self.layout.warnings.append(
                f"{where}: the recap of {len(o.sections)} headings does not fit the closing "
                "slide at a readable size; it is left off the slide and kept in the notes"
            )
        if o.citations:
            label = self.passage_labels(o.citations)
            blocks.append(
                self.layout.small_block(
                    label, kind, "passage", META_PT, t.accent_color, where, align=align
                )
            )
        w = self.wording
        notes = [w.closing_line.format(title=o.title), w.recap_heading, recap]
        if o.conclusion and o.conclusion.notes:
            notes.append(o.conclusion.notes)
        self.add(kind, blocks, "\n\n".join(notes), [self.layout.accent_bar(kind)], footer=False)

    def refs_suffix(self, citations: Sequence[Citation]) -> str:
        return f" ({self.passage_labels(citations)})" if citations else ""

    def refs_line(self, citations: Sequence[Citation]) -> str:
        if not citations:
            return ""
        passages = "; ".join(self.label(c) for c in citations)
        return self.wording.passages_line.format(passages=passages)

    def point_tree(self, point: Point, kicker: str) -> None:
        self.point_slides(point, kicker)
        for citation in point.citations:
            self.verse_slides(citation)
        for child in point.points:
            self.point_tree(child, plain(point.text))

    def run(self) -> Plan:
        o = self.outline
        self.title_slide()
        before, middle, after = sermon_parts(o)
        for section in before:
            self.plain_section(section)
        if o.read_passage:
            for citation in o.citations:
                self.verse_slides(citation)
        if o.intro:
            self.point_tree(o.intro, o.title)
        if o.big_idea:
            self.point_tree(o.big_idea, self.wording.big_idea)
        for number, section in middle:
            self.section_slide(number, section)
            for citation in section.citations:
                self.verse_slides(citation)
            if self.reveal.points and points_slide(self, section):
                continue  # a section's points on one slide, one by one
            for point in section.points:
                self.point_tree(point, plain(section.heading))
        if o.conclusion:
            self.point_tree(o.conclusion, self.wording.conclusion)
        self.closing_slide()
        for section in after:
            self.plain_section(section)
        t = self.theme
        if self.layout.footer_left_off and (o.series or o.church or t.footer_slide_number):
            self.layout.warnings.append(
                f"{t.template}: the template draws its own footer or band where slidegen's "
                "footer goes, so slidegen's footer (series, church, slide number) is left off "
                "— put them in the template's own footer, or set 'footer: {series: false, "
                "church: false}' to silence this"
            )
        return Plan(
            slides=tuple(self.slides),
            warnings=tuple(self.layout.warnings),
            width_pt=self.theme.slide_width_pt,
            height_pt=self.theme.slide_height_pt,
            background=self.resources.background,
            logo=self.resources.logo,
            notices=tuple(self.legibility.notices()),
            meta=PlanMeta(
                o.title,
                o.subtitle,
                o.preacher,
                o.date,
                o.series,
                o.church,
                o.language,
                proofing_tag(o.language),
                part_names(self.wording),
            ),  # fmt: skip
            blanks=tuple(self.blank_book.blanks),
            handout=plan_handout(
                o,
                t.style(SlideKind.SECTION).numbering,
                self.blank_book,
                self.layout.body_face,
                t.body_font,
                self.passage_labels,
                self.wording,
            ),
        )
