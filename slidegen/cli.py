"""The command line: the only module that prints.

Exit status: 0 done, 1 bad input (one clear line per problem on stderr, no traceback),
2 wrong usage, 3 a bug in slidegen, 130 interrupted. `--debug` shows the traceback of an error
for bug reports.

SIGTERM and SIGHUP (a closed terminal, a logout, `kill`) are handled as Ctrl-C is: the work in
hand is undone (no temp deck, no LibreOffice left running) and the message says exactly which
files were written. Everything printed passes `errors.printable`: text from a file cannot reach
the terminal as escape sequences.
"""

from __future__ import annotations

import argparse
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from slidegen import __version__
from slidegen.counts import counted
from slidegen.errors import (
    EXIT_BAD_INPUT,
    EXIT_BUG,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_USAGE,
    ErrorList,
    SlidegenError,
    UsageError,
    printable,
)
from slidegen.interrupt import Interrupted, Outputs, stopping_cleanly

if TYPE_CHECKING:
    from slidegen.build import BuildResult


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="slidegen",
        description="Turn a sermon outline into a PowerPoint deck for preaching.",
    )
    parser.add_argument("--version", action="version", version=f"slidegen {__version__}")
    parser.add_argument("--debug", action="store_true", help="show tracebacks (for bug reports)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    build = commands.add_parser("build", help="build a .pptx deck from an outline")
    build.add_argument(
        "outline", help="outline file (.yaml, .txt, .md, .docx), or a folder of .yaml outlines"
    )
    build.add_argument(
        "-o", "--output", help="deck to write (default: output/NAME.pptx); a folder for a folder"
    )
    build.add_argument("--theme", help="theme name or path to a theme file/folder")
    build.add_argument("--translation", help="Bible translation code, e.g. WEB, KJV, ASV")
    build.add_argument(
        "--parallel", help="a second translation beside the first on verse slides, e.g. KJV"
    )
    build.add_argument("--pdf", action="store_true", help="also export a PDF (LibreOffice)")
    build.add_argument(
        "--png", action="store_true", help="also export PNG slides and a contact sheet"
    )
    build.add_argument(
        "--freeshow", action="store_true", help="also write output/NAME.project for FreeShow"
    )
    build.add_argument(
        "--openlp", action="store_true", help="also write output/NAME.osz, an OpenLP service"
    )
    build.add_argument(
        "--lower-thirds",
        action="store_true",
        help="also write the livestream's lower thirds: transparent 1920x1080 PNGs, one per "
        "point and verse part, in output/NAME-lower-thirds/",
    )
    build.add_argument(
        "--lower-thirds-csv",
        action="store_true",
        help="also write output/NAME-lower-thirds.csv for vMix Data Sources (implies "
        "--lower-thirds)",
    )
    build.add_argument(
        "--handout",
        action="store_true",
        help="also write output/NAME-handout.docx: the sermon notes with a line for each "
        "[[blank]] and the answer key on the last page (with --pdf, its PDF too)",
    )
    build.add_argument(
        "--handout-key",
        action="store_true",
        help="write the answer key as its own file, output/NAME-handout-key.docx (implies "
        "--handout)",
    )
    build.add_argument(
        "--renderer",
        choices=("slidegen", "libreoffice"),
        default="slidegen",
        help="who draws --png: slidegen's own renderer (default, fast, no LibreOffice) or "
        "LibreOffice from the .pptx",
    )
    build.add_argument(
        "--set",
        dest="settings",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="override an outline value for this build, e.g. --set date=2026-12-06",
    )

    new = commands.add_parser("new", help="start a new outline, optionally from an old one")
    new.add_argument("title", help="the new sermon's title")
    new.add_argument("--from", dest="source", help="an outline whose structure to reuse")
    new.add_argument("--keep-text", action="store_true", help="keep the old wording too")
    new.add_argument(
        "-o",
        "--output",
        help="file to write (default: beside the --from outline, else outlines/TITLE.yaml)",
    )

    check = commands.add_parser("check", help="report sizes, fit and contrast slide by slide")
    check.add_argument("outline", help="outline file (.yaml, .txt, .md, .docx)")
    check.add_argument("--theme", help="theme name or path")
    check.add_argument("--translation", help="Bible translation code")
    check.add_argument("--strict", action="store_true", help="exit 1 when there are problems")

    imp = commands.add_parser("import", help="turn a .txt, .md or .docx outline into outline YAML")
    imp.add_argument("source", help="the outline as written (.txt, .md, .docx)")
    imp.add_argument("-o", "--output", help="YAML to write (default: outlines/NAME.yaml)")
    imp.add_argument("--force", action="store_true", help="replace an existing file")
    imp.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 when a line could not be placed or a reference not resolved",
    )

    schema = commands.add_parser("schema", help="print the JSON Schema for outlines or themes")
    schema.add_argument("kind", nargs="?", choices=("outline", "theme"), default="outline")

    themes = commands.add_parser("themes", help="list the built-in themes")
    themes.add_argument(
        "theme",
        nargs="*",
        help="theme folders or names to preview (default: the built-in themes)",
    )
    themes.add_argument(
        "--preview",
        nargs="?",
        const="output/themes-preview.png",
        metavar="PNG",
        help="draw a sample slide of every kind per theme into one image "
        "(default output/themes-preview.png)",
    )

    verses = commands.add_parser("verses", help="print the text of a Bible passage")
    verses.add_argument("reference", nargs="+", help="e.g. 'Exodus 32:7-14'")
    verses.add_argument("--translation", default="WEB", help="translation code (default WEB)")

    commands.add_parser("translations", help="list Bible translations and whether installed")

    bibles = commands.add_parser("bibles", help="add or remove Bible files of your own")
    action = bibles.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = action.add_parser("add", help="import a Zefania, OSIS, USFX or OpenSong XML Bible")
    add.add_argument("file", help="the Bible's .xml file")
    add.add_argument("--code", help="its translation code, e.g. RVR1909 (default: the file's)")
    add.add_argument("--name", help="its name, e.g. 'Reina-Valera 1909' (default: the file's)")
    add.add_argument("--language", help="its language, e.g. es (default: the file's)")
    remove = action.add_parser("remove", help="remove an imported Bible")
    remove.add_argument("code", help="its translation code")
    return parser


def say(text: str, file: TextIO | None = None, flush: bool = False) -> None:
    """Print `text` made safe for a terminal (see errors.printable); on stderr (messages, which
    may quote a file) each line is also kept short, on stdout (reports, verses) whole."""
    limit = 1000 if file is sys.stderr else None
    for line in str(text).splitlines() or [""]:
        print(printable(line, limit or len(line)), file=file, flush=flush)


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
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
        _report_bug(error, args.debug)
        return EXIT_BUG


def _report_bug(error: Exception, debug: bool, where: str = "") -> None:
    if debug:
        traceback.print_exc()
    say(
        f"{where}internal error: {type(error).__name__}: {printable(str(error))} — this is a bug "
        "in slidegen; please report it with the output of --debug",
        file=sys.stderr,
    )


def _build(args: argparse.Namespace) -> int:
    from slidegen.build import build_deck, default_output, outline_files
    from slidegen.reuse import parse_settings

    settings = parse_settings(args.settings)
    if args.parallel:
        settings["parallel"] = args.parallel
    office_png = args.png and args.renderer == "libreoffice"
    if args.pdf or office_png:
        from slidegen.export import check_tools

        check_tools(pdf=args.pdf, png=office_png)  # before any work, not after
    source = Path(args.outline)
    options = {"theme": args.theme, "translation": args.translation, "overrides": settings}
    if not source.is_dir():
        args.outputs.expect(Path(args.output) if args.output else default_output(source))
        result = build_deck(source, args.output, **options)
        _report(result)
        _draw_images(result, args)
        _write_handout(result, args)
        _export([result.output], args)
        return EXIT_OK
    files = outline_files(source)
    if not files:
        raise UsageError(
            f"no outlines (.yaml, .yml, .txt, .md or .docx) in {source}",
            hint="give a folder that holds outlines, or one outline file",
        )
    out_dir = Path(args.output) if args.output else None
    built: list[Path] = []
    for number, path in enumerate(files, 1):
        say(f"[{number}/{len(files)}] {path.name}", file=sys.stderr, flush=True)
        target = out_dir / f"{path.stem}.pptx" if out_dir else None
        args.outputs.expect(target or default_output(path))
        try:
            result = build_deck(path, target, **options)
        except SlidegenError as error:
            say(str(error), file=sys.stderr)
            continue
        except Exception as error:  # one outline's bug must not stop the others
            _report_bug(error, args.debug, f"{path}: ")
            continue
        _report(result)
        _draw_images(result, args)
        _write_handout(result, args)
        built.append(result.output)
    _export(built, args)
    failed = len(files) - len(built)
    summary = f"built {len(built)} of {counted(len(files), 'deck')}"
    say(summary + (f"; {failed} failed" if failed else ""))
    return EXIT_BAD_INPUT if failed else EXIT_OK


def _draw_images(result: BuildResult, args: argparse.Namespace) -> None:
    """--png with slidegen's own renderer, and the lower thirds: plans drawn with Pillow,
    beside the deck; and the files for FreeShow and OpenLP, from the same plan."""
    if args.freeshow or args.openlp:
        from slidegen.programs import program_targets, write_programs

        args.outputs.expect(*program_targets(result.output, args.freeshow, args.openlp))
        for path in write_programs(result.plan, result.output, args.freeshow, args.openlp):
            say(f"wrote {path}")
    if args.lower_thirds or args.lower_thirds_csv:
        _draw_lower_thirds(result, args.lower_thirds_csv, args)
    if not args.png or args.renderer != "slidegen":
        return
    from slidegen.raster import write_images

    deck = result.output
    args.outputs.expect(deck.parent / f"{deck.stem}-sheet.png")
    written = write_images(result.plan, deck.parent, deck.stem)
    say(f"wrote {written[-1]}")
    say(f"wrote {counted(len(written) - 1, 'slide image')}")


def _draw_lower_thirds(result: BuildResult, csv: bool, args: argparse.Namespace) -> None:
    from slidegen.build import write_atomically
    from slidegen.raster import write_lower_thirds
    from slidegen.stream import csv_text

    assert result.prepared is not None  # build_deck always records it
    plan = result.prepared.lower_thirds()
    deck = result.output
    frames = write_lower_thirds(plan, deck.parent, deck.stem)
    for warning in plan.warnings:
        say(f"warning: {warning}", file=sys.stderr)
    say(f"wrote {len(frames)} lower thirds in {deck.parent / (deck.stem + '-lower-thirds')}")
    if csv:
        target = deck.parent / f"{deck.stem}-lower-thirds.csv"
        args.outputs.expect(target)
        text = csv_text(plan, frames).encode("utf-8-sig")  # Excel and vMix read UTF-8 by its BOM
        write_atomically(target, lambda file: file.write(text))
        say(f"wrote {target}")


def _write_handout(result: BuildResult, args: argparse.Namespace) -> None:
    """--handout: the sermon notes beside the deck, from the same plan (and, with --pdf, as
    PDF through LibreOffice); --handout-key puts the answer key in a file of its own."""
    if not (args.handout or args.handout_key):
        return
    from slidegen.build import write_atomically
    from slidegen.handout import write_handout, write_key

    plan, deck = result.plan, result.output
    assert plan.handout is not None  # the planner always makes one
    handout = plan.handout
    targets = [deck.parent / f"{deck.stem}-handout.docx"]
    separate = args.handout_key and plan.blanks
    if separate:
        targets.append(deck.parent / f"{deck.stem}-handout-key.docx")
    args.outputs.expect(*targets)
    write_atomically(
        targets[0], lambda file: write_handout(handout, plan.blanks, file, key=not separate)
    )
    if separate:
        write_atomically(targets[1], lambda file: write_key(handout, plan.blanks, file))
    blanks = f"{len(plan.blanks)} blank{'' if len(plan.blanks) == 1 else 's'}"
    say(f"wrote {targets[0]} ({blanks})" + (f" and {targets[1]}" if separate else ""))
    if args.pdf:
        from slidegen.export import export_pdf

        args.outputs.expect(*(target.with_suffix(".pdf") for target in targets))
        for path in export_pdf(targets, deck.parent):
            say(f"wrote {path}")


def _export(decks: list[Path], args: argparse.Namespace) -> None:
    office_png = args.png and args.renderer == "libreoffice"
    if not (args.pdf or office_png) or not decks:
        return
    from slidegen.export import export_decks

    for deck in decks:
        args.outputs.expect(
            *([deck.with_suffix(".pdf")] if args.pdf else []),
            *([deck.parent / f"{deck.stem}-sheet.png"] if office_png else []),
        )
    say(f"exporting {counted(len(decks), 'deck')} with LibreOffice…", file=sys.stderr, flush=True)
    written = export_decks(decks, pdf=args.pdf, png=office_png)
    for path in written:
        if path.suffix == ".pdf" or path.name.endswith("-sheet.png"):
            say(f"wrote {path}")
    slides = sum(1 for path in written if path.parent.name.endswith("-slides"))
    if slides:
        say(f"wrote {counted(slides, 'slide image')}")


def _check(args: argparse.Namespace) -> int:
    from slidegen.check import check_outline

    if Path(args.outline).is_dir():
        raise UsageError(f"{args.outline} is a folder", hint="check one outline at a time")
    report = check_outline(args.outline, theme=args.theme, translation=args.translation)
    say(report.format())
    return EXIT_BAD_INPUT if args.strict and report.problems else EXIT_OK


def _report(result: BuildResult) -> None:
    for warning in result.warnings:
        say(f"warning: {warning}", file=sys.stderr)
    slides = counted(len(result.plan.slides), "slide")
    say(f"wrote {result.output} ({slides}, theme {result.theme.name})")


def _new(args: argparse.Namespace) -> int:
    from slidegen.build import write_atomically
    from slidegen.reuse import new_outline, new_target

    source = Path(args.source) if args.source else None
    target = Path(args.output) if args.output else new_target(args.title, source)
    text = new_outline(args.title, source, keep_text=args.keep_text, target=target)
    if target.exists():
        raise UsageError(f"{target} exists already", hint="choose another name with -o")
    args.outputs.expect(target)
    write_atomically(target, lambda handle: handle.write(text.encode()))
    say(f"wrote {target}")
    return EXIT_OK


def _import(args: argparse.Namespace) -> int:
    from slidegen.build import write_atomically
    from slidegen.importers import import_source
    from slidegen.reuse import slug

    source = Path(args.source)
    result = import_source(source)
    target = Path(args.output) if args.output else Path("outlines") / f"{slug(source.stem)}.yaml"
    if target.exists() and not args.force:
        raise UsageError(f"{target} exists already", hint="use --force to replace it, or -o")
    if target.resolve() == source.resolve():
        raise UsageError(
            f"refusing to write the YAML over its source: {source}", hint="choose another -o"
        )
    args.outputs.expect(target)
    write_atomically(target, lambda handle: handle.write(result.yaml_text.encode()))
    say(f"wrote {target}")
    # The account: what became of every line (also kept as comments at the top of the YAML).
    for line in result.account():
        say(f"{source}: {line}", file=sys.stderr)
    return EXIT_BAD_INPUT if args.strict and not result.complete else EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    import json

    from slidegen.schema import outline_schema, theme_schema

    schema = outline_schema() if args.kind == "outline" else theme_schema()
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return EXIT_OK


def _themes(args: argparse.Namespace) -> int:
    from slidegen.theme import builtin_theme_names, load_theme

    # A folder or file named here is a theme of one's own, wherever it is.
    names = [str(Path(n).absolute()) if Path(n).exists() else n for n in args.theme]
    names = names or builtin_theme_names()
    for name in names:
        theme = load_theme(name, relative_to=Path.cwd())
        say(f"{name}\t{theme.description}")
    if args.preview:
        from slidegen.preview import preview_themes

        say(f"wrote {preview_themes(names, Path(args.preview))}")
    return EXIT_OK


def _verses(args: argparse.Namespace) -> int:
    from slidegen.scripture import parse_references
    from slidegen.scripture.text import scripture as look_up_text

    code = args.translation.upper()
    for passage in parse_references(" ".join(args.reference)):
        scripture = look_up_text(passage, code)  # numbered_text notes any verse left out
        say(scripture.label)
        say(scripture.numbered_text)
    return EXIT_OK


def _translations(args: argparse.Namespace) -> int:
    from slidegen.scripture.text import available_translations

    for code, title, installed in available_translations():
        say(f"{code}\t{title}\t{'installed' if installed else 'not installed'}")
    from slidegen.bibles import imported_bibles

    for bible in imported_bibles():
        language = f"{bible.language}, " if bible.language else ""
        say(f"{bible.code}\t{bible.name}\timported ({language}{bible.verses:,} verses)")
    return EXIT_OK


def _bibles(args: argparse.Namespace) -> int:
    if args.action == "remove":
        from slidegen.bibles.store import remove_bible

        say(f"removed {remove_bible(args.code)}")
        return EXIT_OK
    from slidegen.bibles.add import add_bible

    result = add_bible(Path(args.file), args.code, args.name, args.language)
    say(result.report()[0])
    for line in result.report()[1:]:
        say(f"{args.file}: {line}", file=sys.stderr)
    return EXIT_OK


_COMMANDS = {
    "build": _build,
    "check": _check,
    "new": _new,
    "import": _import,
    "schema": _schema,
    "themes": _themes,
    "verses": _verses,
    "translations": _translations,
    "bibles": _bibles,
}


if __name__ == "__main__":
    raise SystemExit(main())
