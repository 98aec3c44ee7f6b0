"""The messages of references refused as written: each says what is wrong and what to write."""

from __future__ import annotations

import difflib

from slidegen.errors import ScriptureError
from slidegen.scripture.books import is_other_book, suggest
from slidegen.scripture.languages import ENGLISH, Language
from slidegen.scripture.tokens import FOLLOWING, HOW, TRANSLATION_NOTE


class OutOfRange(ScriptureError):
    """A real book's chapter or verse past its end ("John 3:40"): in prose a mistake to report,
    not words to pass over."""


def how(language: Language = ENGLISH) -> str:
    """What to write, as `language` writes it: "write it like '요한복음 3:16'"."""
    if not language.titles:
        return HOW
    return f"write it like '{language.title('John')} 3{language.mark}16'"


def unreadable(text: str, pos: int, language: Language = ENGLISH) -> ScriptureError:
    """`text` cannot be read from `pos` on."""
    rest = text[pos:].strip()
    whole = text.strip()
    if FOLLOWING.search(whole):
        return ScriptureError(
            f"'{whole}': 'ff' (and following) does not say where the passage ends",
            hint="write the last verse, e.g. 'Romans 8:28–39'",
        )
    code = TRANSLATION_NOTE.match(rest)
    if code:
        return ScriptureError(
            f"'{whole}': a translation is not part of the reference",
            hint=f"give it on its own: {{ref: {whole[: -len(rest)].strip()}, "
            f"translation: {code.group(1)}}}",
        )
    if not rest or rest == whole:
        return ScriptureError(f"could not read '{whole}' as a Bible reference", hint=how(language))
    return ScriptureError(f"could not read '{rest}' in '{whole}'", hint=how(language))


def unknown_book(name: str, language: Language = ENGLISH) -> ScriptureError:
    """`name` is no book: one of the Apocrypha, a misspelling close to a book, or neither."""
    if is_other_book(name):
        return ScriptureError(
            f"'{name}' is not one of the 66 books slidegen covers (Genesis to Revelation)",
            hint="write the words of the passage as a point's text instead",
        )
    # A misspelt "요한복믐" is near the language's own title, not an English name.
    guesses = difflib.get_close_matches(name, language.titles, n=2, cutoff=0.6) or suggest(name)
    if guesses:
        return ScriptureError(
            f"unknown book '{name}' (did you mean {' or '.join(guesses)}?)",
            hint=how(language) if language.titles else None,
        )
    return ScriptureError(
        f"unknown book '{name}' (slidegen knows the 66 books, Genesis to Revelation)",
        hint=how(language),
    )


def ambiguous_book(name: str, meanings: tuple[str, ...], rest: str) -> ScriptureError:
    """`name` could be any of `meanings` ("I Sa": 1 Samuel or Isaiah?)."""
    example = f"'{meanings[0]} {rest}'" if rest else f"'{meanings[0]}'"
    return ScriptureError(
        f"'{name}' could be {' or '.join(meanings)}?", hint=f"write the book out, e.g. {example}"
    )
