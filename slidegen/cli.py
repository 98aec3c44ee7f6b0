"""The command line: the only module that prints.

Exit status: 0 done, 1 bad input (one clear line per problem on stderr, no traceback),
2 wrong usage. `--debug` shows the traceback of an error for bug reports.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence

from slidegen import __version__
from slidegen.errors import EXIT_OK, EXIT_USAGE, SlidegenError

EXIT_BUG = 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="slidegen",
        description="Turn a sermon outline into a PowerPoint deck for preaching.",
    )
    parser.add_argument("--version", action="version", version=f"slidegen {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks (for bug reports)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = commands.add_parser("build", help="build a .pptx deck from an outline")
    build.add_argument("outline", help="outline file (.yaml)")
    build.add_argument("-o", "--output", help="deck to write (default: output/NAME.pptx)")
    build.add_argument("--theme", help="theme name or path to a theme file/folder")
    build.add_argument("--translation", help="Bible translation code, e.g. WEB, KJV, ASV")

    commands.add_parser("themes", help="list the built-in themes")

    verses = commands.add_parser("verses", help="print the text of a Bible passage")
    verses.add_argument("reference", nargs="+", help="e.g. 'Exodus 32:7-14'")
    verses.add_argument("--translation", default="WEB", help="translation code (default WEB)")

    commands.add_parser("translations", help="list Bible translations and whether installed")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_USAGE
    try:
        return _COMMANDS[args.command](args)
    except SlidegenError as error:
        if args.debug:
            traceback.print_exc()
        print(f"error: {error}" if not error.path else str(error), file=sys.stderr)
        return error.exit_code
    except KeyboardInterrupt:
        print("interrupted; nothing was changed", file=sys.stderr)
        return 130
    except Exception as error:  # a bug in slidegen, not the user's fault
        if args.debug:
            traceback.print_exc()
        print(
            f"internal error: {type(error).__name__}: {error} — this is a bug in slidegen; "
            "please report it with the output of --debug",
            file=sys.stderr,
        )
        return EXIT_BUG


def _build(args: argparse.Namespace) -> int:
    from slidegen.build import build_deck

    result = build_deck(args.outline, args.output, theme=args.theme, translation=args.translation)
    for warning in result.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    print(f"wrote {result.output} ({len(result.plan.slides)} slides, theme {result.theme.name})")
    return EXIT_OK


def _themes(args: argparse.Namespace) -> int:
    from slidegen.theme import builtin_theme_names, load_theme

    for name in builtin_theme_names():
        theme = load_theme(name)
        print(f"{name}\t{theme.description}")
    return EXIT_OK


def _verses(args: argparse.Namespace) -> int:
    from slidegen.scripture import parse_references
    from slidegen.scripture.text import lookup

    code = args.translation.upper()
    for passage in parse_references(" ".join(args.reference)):
        verses = lookup(passage, code)
        print(f"{passage} ({code})")
        first = passage.start_chapter
        print(
            " ".join(
                f"[{v.number}] {v.text}"
                if v.chapter == first
                else f"[{v.chapter}:{v.number}] {v.text}"
                for v in verses
            )
        )
    return EXIT_OK


def _translations(args: argparse.Namespace) -> int:
    from slidegen.scripture.text import available_translations

    for code, title, installed in available_translations():
        print(f"{code}\t{title}\t{'installed' if installed else 'not installed'}")
    return EXIT_OK


_COMMANDS = {
    "build": _build,
    "themes": _themes,
    "verses": _verses,
    "translations": _translations,
}


if __name__ == "__main__":
    raise SystemExit(main())
