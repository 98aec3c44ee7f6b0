"""The second translation of a parallel deck (`parallel: KJV`, `--parallel KJV`): each passage
looked up again in it, kept on the first translation's `Scripture` as `parallel`.

A passage the second translation cannot show (numbered differently, a book its Bible file
lacks) is an error at the passage's line, as it is for the first: a parallel slide never shows
one translation beside an empty column. Typed-in text has no second translation.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from slidegen.errors import SlidegenError, raise_all
from slidegen.model import Citation, Scripture


def with_parallel(
    scriptures: Mapping[Citation, Scripture], code: str, source: str
) -> dict[Citation, Scripture]:
    """`scriptures`, each looked-up passage also in the translation `code`."""
    from slidegen.scripture.text import scripture

    paired: dict[Citation, Scripture] = {}
    errors: list[SlidegenError] = []
    for citation, text in scriptures.items():
        if text.given_text or not text.verses or text.translation == code.upper():
            paired[citation] = text
            continue
        try:
            other = scripture(citation.passage, code)
        except SlidegenError as error:
            if not error.hint:
                error.hint = f"choose another parallel translation than the {code.upper()}"
            error.located(citation.path or source, citation.line, citation.col)
            if all(str(e) != str(error) for e in errors):  # a passage cited twice: once
                errors.append(error)
            continue
        paired[citation] = replace(text, parallel=other)
    raise_all(errors)
    return paired
