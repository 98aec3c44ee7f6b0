"""Which of a Bible file's book names are its own names, to label and read passages by.

A file names its books as its readers know them ("Juan", "1. Mose", "Evangelio de Juan"); some
name them only by place ("Book 1", "Libro 12") and some in English. Only the first kind is
kept: a place is no name, and a file in English is labelled as the English tables label it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping

from slidegen.scripture.books import BOOK_NAMES, find_book

# "Book 1", "Libro 12", "B. 3", "12": a name ending in a number stands for a place, and no book
# of the 66 has a name that ends in one.
_BY_PLACE = re.compile(r"[0-9][\W_]*$")


def is_own_name(name: str) -> bool:
    """Whether `name` names a book (letters, not a number or "Book 12")."""
    return any(c.isalpha() for c in name) and _BY_PLACE.search(name) is None


def own_book_names(names: Mapping[int, str]) -> dict[str, str]:
    """The file's names (`names`: by book number 1–66) by English canonical name; empty when
    the file names its books in English (half or more of them are the English names)."""
    real = {
        book: " ".join(name.split())
        for book, name in names.items()
        if 1 <= book <= len(BOOK_NAMES) and is_own_name(name)
    }
    # A name given to two books names neither.
    uses = Counter(name.casefold() for name in real.values())
    real = {book: name for book, name in real.items() if uses[name.casefold()] == 1}
    english = sum(1 for book, name in real.items() if _english_book(name) == book)
    if not real or 2 * english >= len(real):
        return {}
    return {BOOK_NAMES[book - 1]: name for book, name in sorted(real.items())}


def _english_book(name: str) -> int | None:
    found = find_book(name)
    return found.book.value if found is not None else None
