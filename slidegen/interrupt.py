"""Stopping cleanly: SIGTERM and SIGHUP act as Ctrl-C does, and what was written is known.

A closed terminal, a logout or `kill` sends SIGTERM or SIGHUP; Python would die at once,
leaving a temp deck and a running LibreOffice behind. While a command runs they raise
`Interrupted` (a KeyboardInterrupt) where the program stands instead, so every cleanup that
Ctrl-C runs (temp deck removed, LibreOffice's process group killed, its folders removed) runs.
`Outputs` then tells which of the files the command meant to write were written.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType


class Interrupted(KeyboardInterrupt):
    """SIGTERM or SIGHUP (its name is the message)."""


STOP_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)
)


@contextmanager
def stopping_cleanly() -> Iterator[None]:
    """While the block runs, SIGTERM and SIGHUP raise `Interrupted`; afterwards the handlers
    before are back. After the first, further signals are ignored: they must not cut the
    cleanup short."""

    def interrupt(number: int, frame: FrameType | None) -> None:
        for each in STOP_SIGNALS:
            signal.signal(each, signal.SIG_IGN)
        raise Interrupted(signal.Signals(number).name)

    try:
        before = {number: signal.signal(number, interrupt) for number in STOP_SIGNALS}
    except ValueError:  # not the main thread (a program embedding slidegen): leave signals be
        before = {}
    try:
        yield
    finally:
        for number, handler in before.items():
            signal.signal(number, handler)


class Outputs:
    """The files a command is about to write, to say after an interruption which were written.

    Every file is written whole or not at all (a temp file renamed into place), so comparing a
    target with what stood there before tells whether it was replaced."""

    def __init__(self) -> None:
        self.before: dict[Path, tuple[int, int] | None] = {}

    def expect(self, *paths: Path) -> None:
        for path in paths:
            self.before.setdefault(path, _identity(path))

    def report(self) -> str:
        """'wrote A (complete); did not write B; the one there before is unchanged'."""
        written = [p for p, old in self.before.items() if _identity(p) not in (old, None)]
        missed = [p for p in self.before if p not in written]
        parts = []
        if written:
            parts.append("wrote " + ", ".join(map(str, written)) + " (complete)")
        if missed:
            parts.append("did not write " + ", ".join(map(str, missed)))
            kept = sum(self.before[p] is not None for p in missed)
            if kept:
                parts.append(
                    "the one there before is unchanged"
                    if kept == 1
                    else "the files there before are unchanged"
                )
        return "; ".join(parts) or "nothing was written"


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        info = path.stat()
    except OSError:
        return None
    return info.st_ino, info.st_mtime_ns
