"""Passages labelled in a language: the titles its Bibles print and its chapter–verse mark."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from slidegen.model import Passage
from slidegen.scripture import parse_references
from slidegen.scripture.books import BOOK_NAMES, get_book
from slidegen.scripture.languages import LANGUAGES, display_name, get_language
from slidegen.scripture.naming import format_passage
from tests.test_scripture_properties import EXAMPLES, passages

# Written the way an English outline writes them: every shape of label the parser makes.
ENGLISH_REFERENCES = [
    "John 3:16",
    "John 3:16-18",
    "John 3",
    "John 3-4",
    "Psalm 23",
    "Psalms 23-24",
    "Psalm 119:105",
    "Ps 119:105-112",
    "Genesis 1:26-2:3",
    "Isaiah 40:31b-c",
    "Isaiah 58:1-9a",
    "Mark 4:35a",
    "Jude 3",
    "Jude 24-25",
    "Jude",
    "Obadiah 1-4",
    "Philemon",
    "3 John 4",
    "2 John 7-11",
    "1 Corinthians 13",
    "1 Cor 13:4-7",
    "Song of Solomon 2:1",
    "Revelation 21:1-22:5",
    "Romans 8:28-39",
]


@pytest.mark.parametrize("text", ENGLISH_REFERENCES)
def test_english_labels_are_exactly_the_passage_as_written(text: str) -> None:
    (passage,) = parse_references(text)
    assert format_passage(passage) == str(passage)
    assert format_passage(passage, "en") == str(passage)


@EXAMPLES
@given(passages())
def test_english_label_of_any_passage_is_its_str(passage: Passage) -> None:
    assert format_passage(passage, "en") == str(passage)


def passage(text: str) -> Passage:
    (found,) = parse_references(text)
    return found


@pytest.mark.parametrize(
    ("text", "language", "label"),
    [
        ("John 3:16", "es", "Juan 3:16"),
        ("1 Corinthians 13:4-7", "es", "1 Corintios 13:4–7"),
        ("Psalm 23", "es", "Salmo 23"),
        ("Psalms 23-24", "es", "Salmos 23–24"),
        ("Psalm 119:105", "es", "Salmo 119:105"),
        ("Exodus 32:7-14", "es", "Éxodo 32:7–14"),
        ("Song of Solomon 2:1", "es", "Cantares 2:1"),
        ("James 1:5", "es", "Santiago 1:5"),
        ("Jude 24-25", "es", "Judas 24–25"),
        ("John 3:16", "pt", "João 3:16"),
        ("1 Corinthians 13", "pt", "1 Coríntios 13"),
        ("Psalm 23", "pt", "Salmo 23"),
        ("Psalms 23-24", "pt", "Salmos 23–24"),
        ("Job 19:25", "pt", "Jó 19:25"),
        ("Genesis 1:26-2:3", "pt", "Gênesis 1:26–2:3"),
        ("John 3:16-18", "de", "Johannes 3,16–18"),
        ("1 Corinthians 13", "de", "1. Korinther 13"),
        ("Exodus 20:1-17", "de", "2. Mose 20,1–17"),
        ("Genesis 1:26-2:3", "de", "1. Mose 1,26–2,3"),
        ("Psalm 23", "de", "Psalm 23"),
        ("Psalms 23-24", "de", "Psalmen 23–24"),
        ("Revelation 21:1-4", "de", "Offenbarung 21,1–4"),
        ("Jude 3", "de", "Judas 3"),
        ("Isaiah 40:31b-c", "de", "Jesaja 40,31b–c"),
    ],
)
def test_passages_are_labelled_as_the_languages_bibles_title_them(
    text: str, language: str, label: str
) -> None:
    assert format_passage(passage(text), language) == label


def test_a_bible_files_own_names_come_first() -> None:
    names = {"John": "San Juan"}
    assert format_passage(passage("John 3:16"), "es", names) == "San Juan 3:16"
    assert format_passage(passage("Mark 1:1"), "es", names) == "Marcos 1:1"


def test_one_psalm_is_singular_when_the_bible_file_titles_the_book_in_the_plural() -> None:
    names = {"Psalms": "Salmos"}
    assert format_passage(passage("Psalm 23"), "es", names) == "Salmo 23"
    assert format_passage(passage("Psalms 23-24"), "es", names) == "Salmos 23–24"
    assert format_passage(passage("Psalm 23"), "es", {"Psalms": "Salterio"}) == "Salterio 23"
    assert format_passage(passage("Psalm 23"), "en", {"Psalms": "Psalms"}) == "Psalm 23"


def test_a_language_without_a_table_is_labelled_in_english() -> None:
    assert display_name("John", "xx") == "John"
    assert format_passage(passage("Psalm 23:1"), "xx") == "Psalm 23:1"


# zh-hant labels in traditional characters, though an outline cannot name it yet.
CODES = (*LANGUAGES, "zh-hant")


@pytest.mark.parametrize("code", [code for code in CODES if code != "en"])
def test_every_title_is_a_different_name(code: str) -> None:
    titles = [display_name(book, code) for book in BOOK_NAMES]
    assert len(set(titles)) == len(BOOK_NAMES)


@EXAMPLES
@given(passages(), st.sampled_from(CODES))
def test_any_label_in_any_language_reads_back(passage: Passage, code: str) -> None:
    label = format_passage(passage, code)
    assert parse_references(label, language=get_language(code)) == [passage], label


@pytest.mark.parametrize("code", CODES)
@pytest.mark.parametrize("book", BOOK_NAMES)
def test_every_label_reads_back_in_its_own_language(code: str, book: str) -> None:
    info = get_book(book)
    last = info.chapters
    shapes = [
        Passage(book, last, 1, last, 2),
        Passage(book, 1, 1, 1, info.verses(1), whole_chapters=True),
    ]
    if not info.single_chapter:
        shapes.append(Passage(book, 1, info.verses(1), 2, 1))
    for shape in shapes:
        label = format_passage(shape, code)
        assert parse_references(label, language=get_language(code)) == [shape], label
