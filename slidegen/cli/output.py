"""Printing for the command line: everything goes through `say`, safe for a terminal."""

from __future__ import annotations

import sys
import traceback
from typing import TextIO

from slidegen.errors import (
    printable,
)


def say(text: str, file: TextIO | None = None, flush: bool = False) -> None:
    """Print `text` made safe for a terminal (see errors.printable); on stderr (messages, which
    may quote a file) each line is also kept short, on stdout (reports, verses) whole."""
    limit = 1000 if file is sys.stderr else None
    for line in str(text).splitlines() or [""]:
        print(printable(line, limit or len(line)), file=file, flush=flush)


def report_bug(error: Exception, debug: bool, where: str = "") -> None:
    if debug:
        traceback.print_exc()
    say(
        f"{where}internal error: {type(error).__name__}: {printable(str(error))} — this is a bug "
        "in slidegen; please report it with the output of --debug",
        file=sys.stderr,
    )
