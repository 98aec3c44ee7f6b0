"""The command line: the only package that prints (`parser` the arguments, `build` the build
command and what it makes beside the deck, `commands` the others, `output` the printing).

Exit status: 0 done, 1 bad input (one clear line per problem on stderr, no traceback),
2 wrong usage, 3 a bug in slidegen, 130 interrupted. `--debug` shows the traceback of an error
for bug reports.

SIGTERM and SIGHUP (a closed terminal, a logout, `kill`) are handled as Ctrl-C is: the work in
hand is undone (no temp deck, no LibreOffice left running) and the message says exactly which
files were written. Everything printed passes `errors.printable`: text from a file cannot reach
the terminal as escape sequences.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Sequence

from slidegen.cli import commands
from slidegen.cli.build import build
from slidegen.cli.output import report_bug, say
from slidegen.cli.parser import build_parser
from slidegen.errors import (
    EXIT_BUG,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    ErrorList,
    SlidegenError,
)
from slidegen.interrupt import Interrupted, Outputs, stopping_cleanly

__all__ = ["main", "say"]


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    args.outputs = Outputs()
    try:
        with stopping_cleanly():
            return _COMMANDS[args.command](args)
    except SlidegenError as error:
        if args.debug:
            traceback.print_exc()
        located = error.path or isinstance(error, ErrorList)
        say(str(error) if located else f"error: {error}", file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt as interruption:
        stopped = isinstance(interruption, Interrupted)
        what = f"stopped by {interruption}" if stopped else "interrupted"
        say(f"{what}: {args.outputs.report()}", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader went away (e.g. `slidegen check … | head`): nothing to report.
        sys.stderr.close()
        return EXIT_OK
    except Exception as error:  # a bug in slidegen, not the user's fault
        report_bug(error, args.debug)
        return EXIT_BUG


_COMMANDS = {
    "build": build,
    "check": commands.check,
    "new": commands.new,
    "import": commands.import_file,
    "schema": commands.schema,
    "themes": commands.themes,
    "verses": commands.verses,
    "translations": commands.translations,
    "bibles": commands.bibles,
}
