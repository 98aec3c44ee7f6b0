"""Properties of every verse of every installed translation, read as slidegen shows them."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest

from slidegen.errors import ScriptureError
from slidegen.model import Passage
from slidegen.scripture.books import BOOK_NAMES, get_book
from slidegen.scripture.numbering import SAME_WORDS
from slidegen.scripture.partial import PARTS, partial_text, split_verse
from slidegen.scripture.text import SONG_SPEAKER_LABELS, available_translations, scripture

INSTALLED = [code for code, _, installed in available_translations() if installed]

# What a heading left in verse text looks like: the Song's speaker labels, a psalm's title
# ("Psalm 24"), a division of the Psalter ("BOOK II"), a letter of Psalm 119 ("GIMEL").
HEADING_AT_END = re.compile(
    rf"(?:\b(?:{'|'.join(SONG_SPEAKER_LABELS)})|\bPsalm \d+|\bBOOK [IV]+|\b[A-Z]{{3,}})\s*$"
)
# A speaker label between two speeches: "…chambers. Friends We will be glad…".
LABEL_INSIDE = re.compile(rf"[.,;:!?’”] (?:{'|'.join(SONG_SPEAKER_LABELS)}) [A-Z]")


def chapters(code: str) -> Iterator[tuple[str, Passage]]:
    for name in BOOK_NAMES:
        for chapter in range(1, get_book(name).chapters + 1):
            yield code, Passage(name, chapter, 1, chapter, 1, whole_chapters=True)


def every_verse(code: str) -> Iterator[tuple[str, int, int, str]]:
    for _, passage in chapters(code):
        for verse in scripture(passage, code).verses:
            yield passage.book, verse.chapter, verse.number, verse.text


@pytest.mark.parametrize("code", INSTALLED)
def test_no_verse_of_any_translation_ends_with_a_heading_word(code: str) -> None:
    leftovers = [
        f"{book} {chapter}:{number}: …{text[-40:]}"
        for book, chapter, number, text in every_verse(code)
        if HEADING_AT_END.search(text) and not text.endswith("LORD")  # KJV's small caps
    ]
    assert leftovers == []


@pytest.mark.parametrize("code", INSTALLED)
def test_no_speaker_label_is_left_between_two_speeches(code: str) -> None:
    inside = [
        f"{chapter}:{number}"
        for book, chapter, number, text in every_verse(code)
        if book == "Song of Solomon" and LABEL_INSIDE.search(text)
    ]
    assert inside == []


def test_the_web_song_of_solomon_keeps_its_words_and_loses_its_labels() -> None:
    (v17,) = scripture(Passage("Song of Solomon", 1, 17, 1, 17)).verses
    (v4,) = scripture(Passage("Song of Solomon", 1, 4, 1, 4)).verses
    (v5_1,) = scripture(Passage("Song of Solomon", 5, 1, 5, 1)).verses
    assert v17.text == "The beams of our house are cedars. Our rafters are firs."
    assert "into his chambers. We will be glad" in v4.text
    assert v5_1.text.endswith("Drink, yes, drink abundantly, beloved.")  # a word, not a label


@pytest.mark.parametrize("code", ["WEB", "KJV"])
def test_every_verse_divided_into_parts_loses_no_word(code: str) -> None:
    divided = 0
    for book, chapter, number, text in every_verse(code):
        for parts in (2, 3):
            pieces = split_verse(text, parts)
            if pieces is None:
                continue
            divided += 1
            where = f"{book} {chapter}:{number}"
            assert "".join(pieces).replace(" ", "") == text.replace(" ", ""), where
            assert all(len(piece.split()) >= 2 for piece in pieces), where
            assert partial_text(text, "a", PARTS[parts - 1], parts) == text, where
    assert divided > 31_102  # most verses divide in two, many in three


@pytest.mark.parametrize("code", INSTALLED)
def test_every_verse_a_translation_has_is_a_reference_slidegen_reads(code: str) -> None:
    # The parser's verse counts are the widest numbering: nothing a translation has is refused.
    for book, chapter, number, _ in every_verse(code):
        info = get_book(book)
        assert number <= info.verses(chapter), f"{book} {chapter}:{number} ({code})"


def test_each_same_words_entry_matches_an_installed_translation() -> None:
    # Each entry: some installed translation lacks the cited verse and has the verse named.
    for pair in SAME_WORDS:
        book, chapter, number = pair.cited
        found_book, found_chapter, found_number = pair.found
        cited = Passage(book, chapter, number, chapter, number)
        found = Passage(found_book, found_chapter, found_number, found_chapter, found_number)
        lacking = []
        for code in INSTALLED:
            try:
                scripture(cited, code)
            except ScriptureError:
                lacking.append(code)
        assert lacking, pair
        assert all(scripture(found, code).verses for code in lacking), pair
