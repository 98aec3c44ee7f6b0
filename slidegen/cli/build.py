"""`slidegen build`: the deck, then what is made beside it (images, lower thirds, handout,
other programs' files, LibreOffice's PDF and PNG), reported as each is written."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from slidegen.cli.output import report_bug, say
from slidegen.counts import counted
from slidegen.errors import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    SlidegenError,
    UsageError,
)

if TYPE_CHECKING:
    from slidegen.build import BuildResult


def build(args: argparse.Namespace) -> int:
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
            report_bug(error, args.debug, f"{path}: ")
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
    blanks = counted(len(plan.blanks), "blank")
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


def _report(result: BuildResult) -> None:
    for warning in result.warnings:
        say(f"warning: {warning}", file=sys.stderr)
    slides = counted(len(result.plan.slides), "slide")
    say(f"wrote {result.output} ({slides}, theme {result.theme.name})")
