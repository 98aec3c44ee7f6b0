"""References written in another language: book names, abbreviations, punctuation and titles.

`language: es`, `pt`, `de`, `fr`, `ko` or `zh` in an outline reads "Juan 3:16", "Jo 3.16",
"Joh 3,16", "Jean 3.16", "요한복음 3장 16절" or "约3:16" with the same strict parser as English
(references.py); only the tokens differ. naming.py labels passages with each language's titles.
Each language's module holds its tables, written for slidegen from the public lists of book
names and abbreviations of that language's common Bibles, mapped onto the English canonical
names of books.py. A name a language does not list falls back to the English table, so
"John 3:16" still reads in a Spanish outline.
"""

from __future__ import annotations

import importlib
from functools import cache

from slidegen.errors import UsageError
from slidegen.scripture.languages.language import Language, key_of

ENGLISH = Language("en")
# Each language's tables are built when an outline first names it: an English build does not
# pay for them at start-up. Code -> (module, its Language).
_MODULES = {
    "es": ("spanish", "SPANISH"),
    "pt": ("portuguese", "PORTUGUESE"),
    "de": ("german", "GERMAN"),
    "fr": ("french", "FRENCH"),
    "ko": ("korean", "KOREAN"),
    "zh": ("chinese", "CHINESE"),
    # Chinese in traditional characters (Taiwan, Hong Kong, many overseas churches): the same
    # references, labelled 約翰福音 rather than 约翰福音.
    "zh-hant": ("chinese", "CHINESE_TRADITIONAL"),
}
# The languages an outline may name: each has its slide wording too (wording.py).
LANGUAGES = ("en", "es", "pt", "de", "fr", "ko", "zh", "zh-hant")

__all__ = [
    "ENGLISH",
    "LANGUAGES",
    "Language",
    "chosen_language",
    "display_name",
    "get_language",
    "key_of",
]


def chosen_language(code: str) -> str:
    """A language named on the command line (`--language ES`), as an outline names it ("es");
    a UsageError naming the choices for any other."""
    if code.lower() not in LANGUAGES:
        raise UsageError(f"unknown language '{code}'", hint=f"choose one of {', '.join(LANGUAGES)}")
    return code.lower()


@cache
def get_language(code: str | None) -> Language:
    """The Language for `code` ("en", "es", "de"); KeyError for any other (check with LANGUAGES)."""
    code = (code or "en").lower()
    if code == "en":
        return ENGLISH
    module, name = _MODULES[code]
    found = getattr(importlib.import_module(f"slidegen.scripture.languages.{module}"), name)
    assert isinstance(found, Language)
    return found


def display_name(book: str, language: str = "en", one_psalm: bool = False) -> str:
    """The title `language`'s Bibles give `book` (an English canonical name) on a slide; the
    English name for a language without a table. `one_psalm`: "Psalm 23" but "Psalms 23–24"."""
    known = (language or "en").lower() in _MODULES
    return (get_language(language) if known else ENGLISH).title(book, one_psalm)
