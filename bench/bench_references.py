"""Parse 10,000 varied references and look up their WEB text; print the times.

Run by hand: `python bench/bench_references.py`. Parsing should stay well under a second.
"""

from __future__ import annotations

import contextlib
import random
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from slidegen.errors import ScriptureError  # noqa: E402
from slidegen.model import Passage  # noqa: E402
from slidegen.scripture import find_references, parse_references  # noqa: E402
from slidegen.scripture.books import BOOK_NAMES, get_book  # noqa: E402
from slidegen.scripture.text import lookup  # noqa: E402

COUNT = 10_000
T = TypeVar("T")
FIXED = [
    "Jn 3:16",
    "1 Cor. 13:4-7",
    "Rom 12:1–2",
    "Ps. 119:105",
    "II Kings 2:11",
    "Song 2:4",
    "Matt 5:3-12",
    "Mk 1:1",
    "Rev 21:1-4",
    "Heb 11",
    "Isa 53:5",
    "Php 4:13",
    "Romans 8:28-39; 12:1-2",
    "Genesis 1:26–2:3",
    "Exodus 34:6–7a",
    "Jude 3",
    "Psalms 1-2",
]


def references(count: int, seed: int = 1) -> list[str]:
    """A reproducible mix of hand-written forms and random valid references of every book."""
    rng = random.Random(seed)
    result = []
    for index in range(count):
        if index % 4 == 0:
            result.append(FIXED[index // 4 % len(FIXED)])
            continue
        book = get_book(rng.choice(BOOK_NAMES))
        chapter = rng.randint(1, book.chapters)
        first = rng.randint(1, book.verses(chapter))
        last = rng.randint(first, min(first + 8, book.verses(chapter)))
        result.append(f"{book.name} {chapter}:{first}-{last}")
    return result


def timed(label: str, action: Callable[[], T]) -> T:
    start = time.perf_counter()
    result = action()
    print(f"{label:<48} {(time.perf_counter() - start) * 1000:8.1f} ms")
    return result


def verse_count(passages: list[Passage]) -> int:
    """Verses looked up; a passage a translation leaves out entirely counts as none."""
    total = 0
    for passage in passages:
        with contextlib.suppress(ScriptureError):
            total += len(lookup(passage))
    return total


def main() -> None:
    texts = references(COUNT)
    passages = timed(
        f"parse {COUNT:,} references",
        lambda: [p for text in texts for p in parse_references(text)],
    )
    timed("load WEB (first lookup)", lambda: lookup(passages[0]))
    verses = timed(f"look up {len(passages):,} passages in WEB", lambda: verse_count(passages))
    prose = " ".join(f"As {text} says, 3,000 were there (v 3)." for text in texts[:1000])
    found = timed(
        f"find references in {len(prose):,} chars of prose", lambda: find_references(prose)
    )
    print(f"{verses:,} verses looked up, {len(found):,} references found in prose")


if __name__ == "__main__":
    main()
