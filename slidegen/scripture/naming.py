"""Passages as a language writes them on slides: the book's name and the chapter–verse mark.

"John 3:16" in English, "Juan 3:16" in Spanish, "Johannes 3,16" in German. A Bible file's own
book names (`names`, by English canonical name) come before the language's table, so a church's
imported translation is labelled the way its readers know it.
"""

from __future__ import annotations

from collections.abc import Mapping

from slidegen.model import Passage
from slidegen.scripture.languages import ENGLISH, Language, get_language


def format_passage(
    passage: Passage, language: str = "en", names: Mapping[str, str] | None = None
) -> str:
    """`passage` labelled in `language` ("en" gives exactly `str(passage)`)."""
    written_in = _language(language)
    one_psalm = passage.book == "Psalms" and passage.start_chapter == passage.end_chapter
    own = (names or {}).get(passage.book)
    if own and one_psalm and own in (written_in.title("Psalms"), "Psalms"):
        own = None  # a Bible titles the book "Salmos"; one psalm is still "Salmo 23"
    name = own or written_in.title(passage.book, one_psalm)
    return passage.written(name, written_in.mark)


def _language(code: str) -> Language:
    try:
        return get_language(code)
    except KeyError:
        return ENGLISH  # a language without tables is labelled in English
