"""The deck's verse slides: a passage fitted over as many slides as it needs, with its numbers
and notes, or, cited again after it was shown, a short reference slide (`repeat_verses`).

Mixed into the planner (`slides.Planner`), whose walk calls `verse_slides` for every citation;
`lower_thirds` and `parallel` reuse the pieces (`verse_chunks`, `page_runs`, `verse_span`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from slidegen import fit
from slidegen.model import (
    Bar,
    Citation,
    Outline,
    Run,
    Scripture,
    SlideKind,
    TextBlock,
    Theme,
    Verse,
)
from slidegen.plan import parallel
from slidegen.plan.layout import LABEL_PT, Layout, font_file

# A passage shown again as a reference slide shows this many of its first words.
REFERENCE_WORDS = 12


def verse_span(first: Verse, last: Verse) -> str:
    """'verses 10–11', 'verse 12' or 'verses 31:55–32:3' for a page of a passage."""
    if (first.chapter, first.number) == (last.chapter, last.number):
        return f"verse {first.number}"
    if first.chapter == last.chapter:
        return f"verses {first.number}\u2013{last.number}"
    return f"verses {first.chapter}:{first.number}\u2013{last.chapter}:{last.number}"


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
        notes_text = scripture.numbered_text
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
            part, text, shows = "", notes_text, scripture
            if marker:
                part = f"Slide {number} of {len(pages)} for this passage"
                if scripture.verses:
                    # The notes hold this slide's verses, not the whole passage again.
                    shown = tuple(scripture.verses[i] for i in page.chunk_indices)
                    part += f": {verse_span(shown[0], shown[-1])}"
                    shows = replace(scripture, verses=shown)
                    text = shows.numbered_text
                part += ".\n\n"
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
        words = " ".join(v.text for v in scripture.verses).split()
        excerpt = " ".join(words[:REFERENCE_WORDS]) + ("…" if len(words) > REFERENCE_WORDS else "")
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
        notes = f"{label}\n\nShown in full earlier in the deck.\n\n{scripture.numbered_text}"
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

    def label(self, citation: Citation) -> str:
        scripture = self.scriptures.get(citation)
        return (
            scripture.label
            if scripture
            else Scripture(citation.passage, citation.translation).label
        )

    def scripture_notes(self, citations: Sequence[Citation]) -> str:
        return "\n\n".join(
            f"{self.label(c)}\n{self.scriptures[c].numbered_text}" for c in citations
        )
