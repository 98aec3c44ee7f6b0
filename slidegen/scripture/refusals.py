"""The messages of references refused as written: each says what is wrong and what to write."""

from __future__ import annotations

from slidegen.errors import ScriptureError
from slidegen.scripture.books import is_other_book, suggest
from slidegen.scripture.tokens import FOLLOWING, HOW, TRANSLATION_NOTE


def unreadable(text: str, pos: int) -> ScriptureError:
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
        return ScriptureError(f"could not read '{whole}' as a Bible reference", hint=HOW)
    return ScriptureError(f"could not read '{rest}' in '{whole}'", hint=HOW)


def unknown_book(name: str) -> ScriptureError:
    """`name` is no book: one of the Apocrypha, a misspelling close to a book, or neither."""
    if is_other_book(name):
        return ScriptureError(
            f"'{name}' is not one of the 66 books slidegen covers (Genesis to Revelation)",
            hint="write the words of the passage as a point's text instead",
        )
    guesses = suggest(name)
    if guesses:
        return ScriptureError(f"unknown book '{name}' (did you mean {' or '.join(guesses)}?)")
    return ScriptureError(
        f"unknown book '{name}' (slidegen knows the 66 books, Genesis to Revelation)", hint=HOW
    )


def ambiguous_book(name: str, meanings: tuple[str, ...], rest: str) -> ScriptureError:
    """`name` could be any of `meanings` ("I Sa": 1 Samuel or Isaiah?)."""
    example = f"'{meanings[0]} {rest}'" if rest else f"'{meanings[0]}'"
    return ScriptureError(
        f"'{name}' could be {' or '.join(meanings)}?", hint=f"write the book out, e.g. {example}"
    )
