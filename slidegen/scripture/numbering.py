"""Where Bibles number the same words differently, and how to say so in a message.

Each translation's verse counts come from its own text (text.py); this table only says where the
words of a verse missing from one translation's numbering are in another's, so a refused
reference can name the verse to cite instead ("in the WEB, Romans 16:25–27 is at 14:24–26").
Every entry is checked against the installed texts by the tests.

`widest` gives the bounds a reference to be read in an imported Bible is checked against while
the outline is read: a file may number Malachi 3:19–24 (Luther, Reina-Valera) or Joel 4.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from slidegen.model import Passage
from slidegen.scripture.books import get_book

VerseId = tuple[str, int, int]  # (book, chapter, verse)


@dataclass(frozen=True)
class SameWords:
    """The words of `cited` are `how` ("", "the end of", "the start of") verse `found`."""

    cited: VerseId
    found: VerseId
    how: str = ""


_PAIRS: tuple[SameWords, ...] = (
    # The doxology: the WEB puts it after Romans 14:23, as some manuscripts do.
    SameWords(("Romans", 16, 25), ("Romans", 14, 24)),
    SameWords(("Romans", 16, 26), ("Romans", 14, 25)),
    SameWords(("Romans", 16, 27), ("Romans", 14, 26)),
    # NIV/ESV 3 John 15 ("Peace to you…") is the end of verse 14 in the KJV, WEB and ASV.
    SameWords(("3 John", 1, 15), ("3 John", 1, 14), "the end of"),
    # NIV/ESV Revelation 12:18 (the dragon on the shore) begins 13:1 in the KJV, WEB and ASV.
    SameWords(("Revelation", 12, 18), ("Revelation", 13, 1), "the start of"),
)
SAME_WORDS: tuple[SameWords, ...] = _PAIRS + tuple(
    SameWords(p.found, p.cited) for p in _PAIRS if not p.how
)


def _span(verses: Sequence[VerseId], with_book: bool = True) -> str:
    """ "Romans 16:25–27", "3 John 15", "Psalm 23:1"; "14:24–26" without the book."""
    (book, chapter, verse), (_, last_chapter, last_verse) = verses[0], verses[-1]
    passage = Passage(book, chapter, verse, last_chapter, last_verse)
    return str(passage) if with_book else passage.written("").lstrip()


def where_instead(missing: Sequence[VerseId], has: Callable[[VerseId], bool]) -> list[str]:
    """Phrases saying where a translation (`has` tells what it has) puts the words of the
    `missing` verses: ["Romans 16:25–27 is at Romans 14:24–26"]."""
    runs: list[tuple[list[VerseId], list[VerseId], str]] = []
    for verse in missing:
        pair = next((p for p in SAME_WORDS if p.cited == verse and has(p.found)), None)
        if pair is None:
            continue
        last = runs[-1] if runs else None
        follows = (
            last is not None
            and not pair.how
            and not last[2]
            and last[0][-1][:2] == verse[:2]
            and last[0][-1][2] + 1 == verse[2]
            and last[1][-1][:2] == pair.found[:2]
            and last[1][-1][2] + 1 == pair.found[2]
        )
        if follows and last is not None:
            last[0].append(verse)
            last[1].append(pair.found)
        else:
            runs.append(([verse], [pair.found], pair.how))
    phrases = []
    for cited, found, how in runs:
        # "Romans 16:25–27 is at 14:24–26": the book is named once.
        same_book = found[0][0] == cited[0][0] and not get_book(found[0][0]).single_chapter
        where = f"{how} {_span(found[:1])}" if how else f"at {_span(found, not same_book)}"
        phrases.append(f"{_span(cited)} is {where}")
    return phrases


def widest(counts: Mapping[str, tuple[int, ...]]) -> dict[str, tuple[int, ...]]:
    """Each book's verses per chapter, the wider of books.py's counts and `counts` (a
    translation's own) chapter by chapter: what a reference may cite before the translation's
    text holds it to its own numbering (text.py), with the messages that gives."""
    wide: dict[str, tuple[int, ...]] = {}
    for name, own in counts.items():
        standard = get_book(name).verse_counts
        chapters = range(max(len(standard), len(own)))
        wide[name] = tuple(max(_at(standard, c), _at(own, c)) for c in chapters)
    return wide


def _at(counts: tuple[int, ...], index: int) -> int:
    return counts[index] if index < len(counts) else 0
