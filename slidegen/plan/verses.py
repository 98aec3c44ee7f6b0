"""The deck's verse slides: a passage fitted over as many slides as it needs, with its numbers
and notes, or, cited again after it was shown, a short reference slide (`repeat_verses`).

Mixed into the planner (`slides.Planner`), whose walk calls `verse_slides` for every citation;
`lower_thirds` and `parallel` reuse the pieces (`verse_chunks`, `page_runs`, `part_note`). Every
passage label the planner writes comes from `passage_label`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from slidegen import fit
from slidegen.fit.breaks import join, segments
from slidegen.model import (
    Bar,
    Citation,
    Outline,
    Passage,
    Run,
    Scripture,
    SlideKind,
    TextBlock,
    Theme,
    Verse,
)
from slidegen.plan import parallel
from slidegen.plan.layout import LABEL_PT, Layout, font_file
from slidegen.plan.resources import Resources
from slidegen.plan.words import chapter_verse_mark, notes_text, verse_span
from slidegen.scripture.naming import format_passage
from slidegen.wording import Wording

# A passage shown again as a reference slide shows this many of its first words (in Chinese
# or Japanese, characters: the units a line may break between, `fit.breaks.segments`).
REFERENCE_WORDS = 12


def page_runs(page: fit.Page, chunk_runs: Sequence[tuple[Run | None, str]]) -> list[Run]:
    """A page of a passage as runs: each verse's number (its own run) and its text."""
    runs: list[Run] = []
    for piece in page.pieces:
        if runs:
            runs.append(Run(" "))
        if piece.is_continuation:
            runs.append(Run(piece.text))
        else:
            number_run, _ = chunk_runs[piece.chunk_index]
            runs.extend(
                [number_run, Run(piece.text[len(number_run.text) :])]
                if number_run
                else [Run(piece.text)]
            )
    return runs


class VerseSlides:
    """Verse slides for a planner that has these (set by `slides.Planner`)."""

    outline: Outline
    scriptures: Mapping[Citation, Scripture]
    theme: Theme
    layout: Layout
    resources: Resources
    wording: Wording
    # Verses shown in full so far (book, translation, chapter, verse): `repeat_verses`.
    shown_verses: set[tuple[str, str, int, int]]

    def add(
        self,
        kind: SlideKind,
        blocks: Sequence[TextBlock],
        notes: str,
        bars: Sequence[Bar] = (),
        footer: bool = True,
        scripture: Scripture | None = None,
    ) -> None:
        raise NotImplementedError  # the planner's

    def verse_slides(self, citation: Citation) -> None:
        scripture = self.scriptures[citation]
        repeat = self.repeat(scripture)
        if repeat == "off":
            return
        if repeat == "reference":
            self.reference_slide(citation, scripture)
            return
        if scripture.parallel is not None:
            parallel.verse_slides(self, citation, scripture, scripture.parallel)
            return
        t = self.theme
        kind = SlideKind.VERSE
        style = t.style(kind)
        y, height = self.layout.region(kind, "body")
        x, width, box = self.layout.text_area(y, height, style.align, kind)
        chunks, chunk_runs = self.verse_chunks(scripture, style.verse_numbers)
        pages = fit.paginate(chunks, self.layout.verse_face, box, style.max_pt, style.min_pt)
        label = self.label(citation)
        whole_text = self.notes_text(scripture)
        for number, page in enumerate(pages, 1):
            marker = f" ({number}/{len(pages)})" if len(pages) > 1 else ""
            runs = page_runs(page, chunk_runs)
            label_block = self.layout.small_block(
                label + marker,
                kind,
                "label",
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
                font_file=font_file(self.layout.verse_face),
                align=style.align,
                # A passage on one slide sits in the middle; a split one keeps its place from
                # slide to slide so the reader's eye does not jump.
                anchor="middle" if len(pages) == 1 else "top",
            )
            part, text, shows = "", whole_text, scripture
            if marker:
                verses: tuple[Verse, ...] = ()
                if scripture.verses:
                    # The notes hold this slide's verses, not the whole passage again.
                    verses = tuple(scripture.verses[i] for i in page.chunk_indices)
                    shows = replace(scripture, verses=verses)
                    text = self.notes_text(shows)
                part = self.part_note(number, len(pages), verses) + "\n\n"
            self.add(kind, [label_block, body], f"{label}\n\n{part}{text}", scripture=shows)

    def repeat(self, scripture: Scripture) -> str:
        """How to show a passage: "full", or (when every verse of it was shown in full
        already) the outline's `repeat_verses`: "reference" or "off"."""
        if scripture.given_text or not scripture.verses:
            return "full"
        book, code = scripture.passage.book, scripture.translation
        verses = {(book, code, v.chapter, v.number) for v in scripture.verses}
        if verses <= self.shown_verses and self.outline.repeat_verses != "full":
            return self.outline.repeat_verses
        self.shown_verses |= verses
        return "full"

    def reference_slide(self, citation: Citation, scripture: Scripture) -> None:
        """A passage shown in full earlier: its label and first words; the text in the notes."""
        t = self.theme
        kind = SlideKind.VERSE
        style = t.style(kind)
        label = self.label(citation)
        where = f"{self.outline.source}: {label}"
        words = segments(" ".join(" ".join(v.text for v in scripture.verses).split()))
        excerpt = join(words[:REFERENCE_WORDS]) + ("…" if len(words) > REFERENCE_WORDS else "")
        y, height = self.layout.region(kind, "body")
        blocks = [
            self.layout.small_block(
                label, kind, "label", LABEL_PT, t.accent_color, where, bold=True, is_title=True
            ),
            self.layout.block(
                excerpt,
                self.layout.verse_face,
                y,
                height,
                (style.max_pt, style.min_pt),
                font=t.verse_font,
                color=t.muted_color,
                where=where,
                kind=kind,
                align=style.align,
                anchor="middle",
            ),
        ]
        notes = f"{label}\n\n{self.wording.shown_earlier}\n\n{self.notes_text(scripture)}"
        self.add(kind, blocks, notes)

    def verse_chunks(
        self, scripture: Scripture, numbers: bool
    ) -> tuple[list[str], list[tuple[Run | None, str]]]:
        """Each verse as one chunk of text; the verse number leads it as its own run."""
        if scripture.given_text:
            return [scripture.given_text], [(None, scripture.given_text)]
        chunks: list[str] = []
        runs: list[tuple[Run | None, str]] = []
        first_chapter = scripture.passage.start_chapter
        accent = self.theme.accent_color
        for verse in scripture.verses:
            if not numbers:
                chunks.append(verse.text)
                runs.append((None, verse.text))
                continue
            shown = str(verse.number)
            if verse.chapter != first_chapter and verse.number == 1:
                shown = f"{verse.chapter}:1"
            chunks.append(f"{shown}\u00a0{verse.text}")
            number = Run(f"{shown}\u00a0", verse_number=True, color=accent, bold=True)
            runs.append((number, verse.text))
        return chunks, runs

    def passage_label(self, passage: Passage, translation: str = "") -> str:
        """The one way the planner labels a passage (slides, notes, handout, lower thirds): in
        the outline's language, with the Bible file's own book names, and " (WEB)" after it
        when `translation` is given, as `Scripture.label` writes it."""
        name = format_passage(passage, self.outline.language, self.resources.book_names)
        return f"{name} ({translation})" if translation else name

    def passage_labels(self, citations: Sequence[Citation]) -> str:
        """'Exodus 32:11; Exodus 20:2': the cited passages as one line, without translations."""
        return "; ".join(self.passage_label(c.passage) for c in citations)

    def label(self, citation: Citation) -> str:
        """A cited passage with its translation: 'John 3:16 (WEB)'."""
        scripture = self.scriptures.get(citation)
        if scripture:
            return self.passage_label(scripture.passage, scripture.translation)
        return self.passage_label(citation.passage, citation.translation)

    def part_note(self, number: int, total: int, verses: Sequence[Verse]) -> str:
        """'Slide 2 of 3 for this passage: verses 5–6.' in the notes of a split passage."""
        if not verses:
            return self.wording.slide_of.format(number=number, total=total)
        span = verse_span(verses[0], verses[-1], self.wording, self.mark)
        return self.wording.slide_of_verses.format(number=number, total=total, verses=span)

    @property
    def mark(self) -> str:
        return chapter_verse_mark(self.outline.language)

    def notes_text(self, scripture: Scripture) -> str:
        """The passage's numbered text for the notes, and what its translation leaves out."""
        return notes_text(scripture, self.passage_label, self.wording, self.mark)

    def scripture_notes(self, citations: Sequence[Citation]) -> str:
        return "\n\n".join(
            f"{self.label(c)}\n{self.notes_text(self.scriptures[c])}" for c in citations
        )
