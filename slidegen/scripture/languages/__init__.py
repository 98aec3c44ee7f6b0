"""References written in another language: book names, abbreviations, punctuation and titles.

`language: es`, `pt`, `de` or `fr` in an outline reads "Juan 3:16", "Jo 3.16", "Joh 3,16" or
"Jean 3.16" with the same strict parser as English (references.py); only the tokens differ.
Each language's module holds its tables, written for slidegen from the public lists of book
names and abbreviations of that language's common Bibles, mapped onto the English canonical
names of books.py. A name a language does not list falls back to the English table, so
"John 3:16" still reads in a Spanish outline.
"""

from __future__ import annotations

from slidegen.scripture.languages.chinese import CHINESE, CHINESE_TRADITIONAL
from slidegen.scripture.languages.french import FRENCH
from slidegen.scripture.languages.german import GERMAN
from slidegen.scripture.languages.korean import KOREAN
from slidegen.scripture.languages.language import Language, key_of
from slidegen.scripture.languages.portuguese import PORTUGUESE
from slidegen.scripture.languages.spanish import SPANISH

ENGLISH = Language("en")
_OUTLINE_LANGUAGES = (ENGLISH, SPANISH, PORTUGUESE, GERMAN, FRENCH, KOREAN, CHINESE)
# The languages an outline may name: each has its slide wording too (plan/wording).
LANGUAGES = tuple(language.code for language in _OUTLINE_LANGUAGES)
# zh-hant reads and labels references in traditional characters, but has no wording yet.
_BY_CODE = {language.code: language for language in (*_OUTLINE_LANGUAGES, CHINESE_TRADITIONAL)}

__all__ = ["ENGLISH", "LANGUAGES", "Language", "display_name", "get_language", "key_of"]


def get_language(code: str | None) -> Language:
    """The Language for `code` ("en", "es", "de"); KeyError for any other (check with LANGUAGES)."""
    return _BY_CODE[(code or "en").lower()]


def display_name(book: str, language: str = "en", one_psalm: bool = False) -> str:
    """The title `language`'s Bibles give `book` (an English canonical name) on a slide; the
    English name for a language without a table. `one_psalm`: "Psalm 23" but "Psalms 23–24"."""
    found = _BY_CODE.get((language or "en").lower(), ENGLISH)
    return found.title(book, one_psalm)
