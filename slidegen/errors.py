"""The small exception tree. Every error a user can cause is a SlidegenError.

The CLI prints `str(error)` (one line: where, what, how to fix) and exits with `exit_code`;
anything else escaping is a bug in slidegen and is reported as one.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from pathlib import Path

EXIT_OK = 0
EXIT_BAD_INPUT = 1
EXIT_USAGE = 2
EXIT_BUG = 3  # an unexpected exception: a bug in slidegen, not the user's fault
EXIT_INTERRUPTED = 130  # Ctrl-C, as shells report SIGINT


# Characters a terminal acts on instead of showing (ESC starts an escape sequence, BEL rings, a
# newline would break the one-line message; bidi overrides reorder what is shown): each is shown
# as its escape, so text from a file cannot clear the screen, retitle a window or fake output.
_UNPRINTABLE = {
    code: f"\\x{code:02x}" for code in (*range(0x09), *range(0x0A, 0x20), *range(0x7F, 0xA0))
} | {code: f"\\u{code:04x}" for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))}
MESSAGE_LIMIT = 240  # characters: a message quoting a 1 MB value shows its start and end


def printable(text: str, limit: int = MESSAGE_LIMIT) -> str:
    """`text` safe to print on one line: control characters shown as escapes, and the middle of
    anything longer than `limit` cut out (what a file said is quoted, never pasted whole)."""
    if len(text) > limit:
        keep = limit // 2
        text = f"{text[:keep]}…{text[-keep // 2 :]}"
    return text.translate(_UNPRINTABLE)


class SlidegenError(Exception):
    """Bad input: names the file (and line/column when known), what is wrong, how to fix it."""

    exit_code = EXIT_BAD_INPUT

    def __init__(
        self,
        message: str,
        *,
        path: str | Path | None = None,
        line: int | None = None,
        col: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line
        self.col = col
        self.hint = hint

    def located(
        self, path: str | Path | None, line: int | None = None, col: int | None = None
    ) -> SlidegenError:
        """Fill in where the error happened, keeping anything more precise already known."""
        if self.path is None and path is not None:
            self.path = str(path)
        if self.line is None:
            self.line, self.col = line, col
        return self

    def __str__(self) -> str:
        where = ""
        if self.path:
            where = printable(self.path, 2 * MESSAGE_LIMIT)
            if self.line is not None:
                where += f":{self.line}"
                if self.col is not None:
                    where += f":{self.col}"
            where += ": "
        text = f"{where}{printable(self.message)}"
        if self.hint:
            text += f" — {printable(self.hint)}"
        return text


class OutlineError(SlidegenError):
    """An outline file is unreadable or does not follow the outline format."""


class ScriptureError(SlidegenError):
    """A Bible reference is malformed, names an unknown book, or points past a book's end."""


class TranslationError(SlidegenError):
    """A translation is unknown, or its package is not installed."""


class ThemeError(SlidegenError):
    """A theme is missing or invalid."""


class OutputError(SlidegenError):
    """The deck cannot be written where it was asked to go."""


class UsageError(SlidegenError):
    """The command line itself is wrong."""

    exit_code = EXIT_USAGE


class ErrorList(SlidegenError):
    """Several errors found in one pass, so the user can fix them all at once."""

    def __init__(self, errors: Iterable[SlidegenError]) -> None:
        self.errors = list(errors)
        super().__init__("\n".join(str(e) for e in self.errors))

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


def raise_all(errors: list[SlidegenError]) -> None:
    """Raise the one error, or all of them together, or nothing."""
    if len(errors) == 1:
        raise errors[0]
    if errors:
        raise ErrorList(errors)


def closest(word: str, choices: Iterable[str]) -> str | None:
    """The choice that `word` most likely misspells, if any is close."""
    matches = difflib.get_close_matches(word.lower(), list(choices), n=1, cutoff=0.6)
    return matches[0] if matches else None


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """' (did you mean X?)' for a close match, else ''."""
    match = closest(word, choices)
    return f" (did you mean '{match}'?)" if match else ""


def unknown_key_hint(word: str, choices: Iterable[str], label: str) -> str:
    """'did you mean X?' for a likely misspelling, else the list of what is allowed."""
    choices = list(choices)
    match = closest(word, choices)
    return f"did you mean '{match}'?" if match else f"{label}: " + ", ".join(choices)
