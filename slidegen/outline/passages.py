"""The outline reader's passages: each `passage:` read in the outline's language (and an
imported Bible's own names and numbering), with the limits on verse slides."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from slidegen.errors import SlidegenError
from slidegen.model import Citation, Passage
from slidegen.outline.fields import FieldReader
from slidegen.schema import PASSAGE_FIELDS
from slidegen.scripture import parse_references
from slidegen.scripture.bible_reading import Reading, reading_for
from slidegen.scripture.books import find_book
from slidegen.scripture.languages import Language
from slidegen.scripture.references import another_language
from slidegen.scripture.refusals import OutOfRange
from slidegen.scripture.text import translation_problem
from slidegen.yamlfile import Position, YamlList, YamlMap

PASSAGE_KEYS = tuple(PASSAGE_FIELDS)
# Verse slides: Psalm 119 (176 verses) is the longest chapter; a whole book is not read aloud.
MAX_PASSAGE_VERSES = 200
MAX_DECK_VERSES = 5_000  # about 3,000 slides


@dataclass
class Budget:
    """What an outline and its includes have used so far of each limit, and which limits were
    reported (each once)."""

    points: int = 0
    sections: int = 0
    includes: int = 0
    verses: int = 0
    reported: set[str] = field(default_factory=set)

    def first(self, what: str) -> bool:
        """True the first time the limit on `what` is passed, so each is reported once."""
        if what in self.reported:
            return False
        self.reported.add(what)
        return True


def verse_count(passage: Passage, numbering: Mapping[str, tuple[int, ...]] | None = None) -> int:
    """How many verses `passage` spans, from the book's verse counts (`numbering`'s where it
    has the book; no text is read)."""
    book = find_book(passage.book)
    counts = (numbering or {}).get(passage.book) or (book.verse_counts if book else ())
    if not 1 <= passage.start_chapter <= passage.end_chapter <= len(counts):
        return 0  # not a passage of the Bible: the look-up says so
    if passage.start_chapter == passage.end_chapter:
        return max(0, passage.end_verse - passage.start_verse + 1)
    middle = range(passage.start_chapter + 1, passage.end_chapter)
    first = counts[passage.start_chapter - 1] - passage.start_verse + 1
    return first + sum(counts[chapter - 1] for chapter in middle) + passage.end_verse


class PassageReader(FieldReader):
    """Reads `passage:` values into citations (a mixin of the outline reader)."""

    budget: Budget
    language: Language
    readings: dict[str, Reading]

    # -- passages --------------------------------------------------------------------------
    def citations(
        self,
        mapping: YamlMap,
        context: Passage | None,
        translation: str,
        *,
        main: bool = False,
        shown: bool = True,
    ) -> tuple[Citation, ...]:
        """The passages `mapping` cites (the sermon's `main` text, or a section's or point's);
        those `shown` as verse slides (the main text only with read_passage) are limited."""
        if "passage" not in mapping or mapping["passage"] is None:
            return ()
        value = mapping["passage"]
        source, pos = mapping.origin("passage", self.path)
        items: list[tuple[Any, Position | None]] = (
            list(zip(value, value.item_pos, strict=True))
            if isinstance(value, YamlList)
            else [(value, pos)]
        )
        found: list[Citation] = []
        for item, item_pos in items:
            cited = self.citation(item, item_pos, context, translation, source)
            if shown:
                for citation in cited:
                    numbering = self.reading(citation.translation or translation).numbering
                    self.check_length(citation.passage, item_pos, source, main, numbering)
            found.extend(cited)
        return tuple(found)

    def check_length(
        self,
        passage: Passage,
        pos: Position | None,
        source: str,
        main: bool,
        numbering: Mapping[str, tuple[int, ...]] | None = None,
    ) -> None:
        """Refuse a passage (or a deck's passages) too long to show as verse slides, from the
        books' verse counts: a whole book would be thousands of slides."""
        verses = verse_count(passage, numbering)
        if verses > MAX_PASSAGE_VERSES:
            hint = "cite a shorter passage (a chapter or less)"
            if main:
                hint += ", or set 'read_passage: false' to leave the main text off the slides"
            self.error(
                f"{passage} is {verses} verses, too long for verse slides (at most "
                f"{MAX_PASSAGE_VERSES})",
                pos,
                hint,
                path=source,
            )
            return
        self.budget.verses += verses
        if self.budget.verses > MAX_DECK_VERSES and self.budget.first("verses"):
            self.error(
                f"the passages cited come to more than {MAX_DECK_VERSES} verses of slides",
                pos,
                "cite shorter passages, or split the sermon into several outlines",
                path=source,
            )

    def citation(
        self,
        value: Any,
        pos: Position | None,
        context: Passage | None,
        translation: str,
        source: str,
    ) -> list[Citation]:
        given_text, own_translation = "", ""
        if isinstance(value, YamlMap):
            self.check_keys(value, PASSAGE_KEYS, "a passage")
            reference = self.text(value, "ref", required=True, where="a passage")
            given_text = self.text(value, "text")
            own_translation = self.text(value, "translation").upper()
            pos = value.value_pos.get("ref", value.pos)
            if own_translation and not given_text:
                self.check_translation(own_translation, value.value_pos.get("translation"))
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            reference = str(value)
        else:
            self.error("a passage must be a reference like 'John 3:16'", pos)
            return []
        if not reference:
            return []
        reading = self.reading(own_translation or translation)
        try:
            passages = parse_references(reference, context, reading.language, reading.numbering)
        except SlidegenError as error:
            line, col = pos if pos else (None, None)
            # "요한복음 3:16" without `language: ko`: say which language reads it.
            if not isinstance(error, OutOfRange):
                error = another_language(reference, reading.language) or error
            self.errors.append(error.located(source, line, col))
            return []
        if given_text and len(passages) > 1:
            self.error("text given for more than one passage", pos, "give one passage per 'ref'")
            return []
        code = own_translation or (translation if not given_text else "")
        line, col = pos if pos else (None, None)
        return [
            Citation(p, translation=code, given_text=given_text, path=source, line=line, col=col)
            for p in passages
        ]

    def reading(self, translation: str) -> Reading:
        """How references to be read in `translation` are read: an imported Bible's own book
        names join the outline's language, and its numbering bounds chapters and verses."""
        if translation not in self.readings:
            self.readings[translation] = reading_for(self.language, translation)
        return self.readings[translation]

    def check_translation(self, code: str, pos: Position | None, source: str = "") -> None:
        problem = translation_problem(code)
        if problem:
            message, hint = problem
            self.error(message, pos, hint, path=source)
