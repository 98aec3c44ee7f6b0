"""Properties of the parser on generated input: only ScriptureError, exact round trips."""

from __future__ import annotations

import os

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from slidegen.errors import ScriptureError
from slidegen.model import SINGLE_CHAPTER_BOOKS, Passage
from slidegen.scripture import find_references, parse_references
from slidegen.scripture.books import BOOK_NAMES, get_book

EXAMPLES = settings(max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "300")), deadline=None)
CONTEXT = Passage("Exodus", 32, 7, 32, 14)

TOKENS = st.sampled_from(
    [
        *BOOK_NAMES,
        "Ps",
        "Jn",
        "1 Thes.",
        "I",
        "II",
        "First",
        "Song of",
        "of",
        "v",
        "vv.",
        "verse",
        "to",
        "-",
        "–",
        "—",
        ":",
        ".",
        ",",
        ";",
        "(",
        ")",
        "[",
        "a",
        "b",
        "c",
        "d",
        " ",
        "  ",
        "\n",
        "0",
        "1",
        "3",
        "12",
        "32",
        "150",
        "999",
        "3,000",
        "12a",
        "7b",
        "99999999999",
    ]
)
REFERENCE_LIKE = st.lists(TOKENS, max_size=12).map("".join)
CONTEXTS = st.sampled_from([None, CONTEXT, "Psalm 23", "Jude", "Genesis 1:26–2:3"])


def parses_or_refuses(text: str, context: Passage | str | None) -> None:
    try:
        passages = parse_references(text, context)
    except ScriptureError:
        return
    assert passages and all(isinstance(p, Passage) for p in passages)


@EXAMPLES
@given(st.text(), CONTEXTS)
def test_any_text_parses_or_raises_scripture_error(text: str, context: object) -> None:
    parses_or_refuses(text, context)  # type: ignore[arg-type]


@EXAMPLES
@given(REFERENCE_LIKE, CONTEXTS)
def test_reference_like_text_parses_or_raises_scripture_error(text: str, context: object) -> None:
    parses_or_refuses(text, context)  # type: ignore[arg-type]


@EXAMPLES
@given(st.one_of(st.text(), REFERENCE_LIKE), CONTEXTS)
def test_find_references_never_raises_and_spans_are_real(text: str, context: object) -> None:
    results = find_references(text, context)  # type: ignore[arg-type]
    ends = [0]
    for result in results:
        assert ends[-1] <= result.start < result.end <= len(text)
        ends.append(result.end)


PARTS = st.sampled_from(["", "", "a", "b", "c"])


@st.composite
def passages(draw: st.DrawFn) -> Passage:
    """Any passage the parser can produce: within versification, parts in order."""
    name = draw(st.sampled_from(BOOK_NAMES))
    book = get_book(name)
    kind = draw(st.sampled_from(["verse", "range", "cross", "whole"]))
    if kind == "whole":
        if book.single_chapter:
            return Passage(name, 1, 1, 1, book.verses(1), whole_chapters=True)
        first = draw(st.integers(1, book.chapters))
        last = draw(st.integers(first, book.chapters))
        return Passage(name, first, 1, last, book.verses(last), whole_chapters=True)
    if kind == "cross" and not book.single_chapter:
        first = draw(st.integers(1, book.chapters - 1))
        last = draw(st.integers(first + 1, book.chapters))
        v1 = draw(st.integers(1, book.verses(first)))
        v2 = draw(st.integers(1, book.verses(last)))
        return Passage(name, first, v1, last, v2, draw(PARTS), draw(PARTS))
    chapter = draw(st.integers(1, book.chapters))
    v1 = draw(st.integers(1, book.verses(chapter)))
    if kind == "verse":
        part = draw(PARTS)
        return Passage(name, chapter, v1, chapter, v1, part, part)
    v2 = draw(st.integers(v1, book.verses(chapter)))
    p1, p2 = draw(PARTS), draw(PARTS)
    if v1 == v2 and p1 and p2 and p2 < p1:
        p1, p2 = p2, p1
    return Passage(name, chapter, v1, chapter, v2, p1, p2)


@EXAMPLES
@given(passages())
def test_label_of_any_passage_reads_back_to_it(passage: Passage) -> None:
    assert parse_references(str(passage)) == [passage]


@EXAMPLES
@given(passages())
def test_label_of_any_passage_is_found_in_prose(passage: Passage) -> None:
    # A book named alone ("Jude") is a reference only in a reference field, never in prose.
    assume(not (passage.whole_chapters and passage.book in SINGLE_CHAPTER_BOOKS))
    prose = f"As we read in {passage}, so we believe."
    assert [f.passage for f in find_references(prose)] == [passage]
