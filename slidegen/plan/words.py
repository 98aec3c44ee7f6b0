"""Words the planner writes itself: numerals, and the text of speaker notes (the phrases of each
language are in `slidegen.wording`)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from slidegen.blanks import plain
from slidegen.model import SINGLE_CHAPTER_BOOKS, Citation, Passage, Point, Scripture, Verse
from slidegen.scripture.languages import ENGLISH, LANGUAGES, get_language
from slidegen.wording import Wording


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


def numeral(number: int, numbering: str) -> str:
    """A section's number as the theme numbers sections: 'IV', '4' or ''."""
    return {"roman": roman(number), "arabic": str(number)}.get(numbering, "")


def numbered(number: int, heading: str, numbering: str) -> str:
    """'II.  Heading' as the theme numbers sections (just the heading when it does not)."""
    shown = numeral(number, numbering)
    return f"{shown}.  {heading}" if shown else heading


def outline_lines(
    points: Sequence[Point], depth: int, labels: Callable[[Sequence[Citation]], str]
) -> list[str]:
    """The points as an indented list, for the title slide's notes; `labels` names their
    passages (the planner's `passage_labels`)."""
    lines: list[str] = []
    for point in points:
        refs = labels(point.citations)
        text = plain(point.text)  # blanks filled in: the notes are the preacher's
        lines.append("  " * depth + "- " + text + (f" ({refs})" if refs else ""))
        lines += outline_lines(point.points, depth + 1, labels)
    return lines


def chapter_verse_mark(language: str) -> str:
    """What parts chapter and verse in `language` ("3:16"; German "3,16"), as labels write it."""
    return get_language(language).mark if language in LANGUAGES else ENGLISH.mark


def verse_span(first: Verse, last: Verse, wording: Wording, mark: str = ":") -> str:
    """'verses 10–11', 'verse 12' or 'verses 31:55–32:3' for a page of a passage."""
    if (first.chapter, first.number) == (last.chapter, last.number):
        return wording.one_verse.format(verse=first.number)
    if first.chapter == last.chapter:
        return wording.verse_range.format(first=first.number, last=last.number)
    return wording.verse_range.format(
        first=f"{first.chapter}{mark}{first.number}", last=f"{last.chapter}{mark}{last.number}"
    )


def omitted_note(scripture: Scripture, first: str, wording: Wording, mark: str = ":") -> str:
    """ "Acts 8:37 and 15:34 are not in the WEB." for the verses the translation leaves out
    (`first`: the first of them labelled, "Acts 8:37"), else ""."""
    if not scripture.omitted:
        return ""
    numbers = [
        f"{verse}" if scripture.passage.book in SINGLE_CHAPTER_BOOKS else f"{chapter}{mark}{verse}"
        for chapter, verse in scripture.omitted[1:]
    ]
    phrase = wording.omitted_many if numbers else wording.omitted_one
    verses = wording.listed([first, *numbers])
    return phrase.format(verses=verses, translation=scripture.translation)


def notes_text(
    scripture: Scripture, label: Callable[[Passage], str], wording: Wording, mark: str = ":"
) -> str:
    """The passage's text with bracketed verse numbers for the notes (`Scripture.numbered_text`),
    and the verses its translation leaves out said in the outline's language, the first named
    by `label` as every passage is."""
    if not scripture.omitted or scripture.given_text:
        return scripture.numbered_text
    text = replace(scripture, omitted=()).numbered_text
    chapter, verse = scripture.omitted[0]
    first = label(Passage(scripture.passage.book, chapter, verse, chapter, verse))
    return f"{text}\n({omitted_note(scripture, first, wording, mark)})"
