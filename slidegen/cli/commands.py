"""The other commands: check, new, import, schema, themes, verses, translations, bibles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from slidegen.cli.output import say
from slidegen.errors import (
    EXIT_BAD_INPUT,
    EXIT_OK,
    SlidegenError,
    UsageError,
)

if TYPE_CHECKING:
    from slidegen.model import Passage
    from slidegen.scripture.bible_reading import Reading


def check(args: argparse.Namespace) -> int:
    from slidegen.check import check_outline

    if Path(args.outline).is_dir():
        raise UsageError(f"{args.outline} is a folder", hint="check one outline at a time")
    from slidegen.reuse import parse_settings

    settings = parse_settings(args.settings)
    if args.parallel:
        settings["parallel"] = args.parallel
    report = check_outline(
        args.outline, theme=args.theme, translation=args.translation, overrides=settings
    )
    say(report.format())
    return EXIT_BAD_INPUT if args.strict and report.problems else EXIT_OK


def new(args: argparse.Namespace) -> int:
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


def import_file(args: argparse.Namespace) -> int:
    from slidegen.importers import import_source

    source = Path(args.source)
    result = import_source(source, args.language)
    if args.output == "-":  # `-o -`: the YAML on stdout, for a pipe; the account stays on stderr
        sys.stdout.write(result.yaml_text)
        sys.stdout.flush()
    else:
        _write_import(args, source, result.yaml_text)
    # The account: what became of every line (also kept as comments at the top of the YAML).
    for line in result.account():
        say(f"{source}: {line}", file=sys.stderr)
    return EXIT_BAD_INPUT if args.strict and not result.complete else EXIT_OK


def _write_import(args: argparse.Namespace, source: Path, text: str) -> None:
    from slidegen.build import write_atomically
    from slidegen.reuse import slug

    target = Path(args.output) if args.output else Path("outlines") / f"{slug(source.stem)}.yaml"
    if target.exists() and not args.force:
        raise UsageError(f"{target} exists already", hint="use --force to replace it, or -o")
    if target.resolve() == source.resolve():
        raise UsageError(
            f"refusing to write the YAML over its source: {source}", hint="choose another -o"
        )
    args.outputs.expect(target)
    write_atomically(target, lambda handle: handle.write(text.encode()))
    say(f"wrote {target}")


def schema(args: argparse.Namespace) -> int:
    import json

    from slidegen.schema import outline_schema, theme_schema

    schema = outline_schema() if args.kind == "outline" else theme_schema()
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return EXIT_OK


def themes(args: argparse.Namespace) -> int:
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


def verses(args: argparse.Namespace) -> int:
    from slidegen.scripture.bible_reading import reading_for
    from slidegen.scripture.languages import LANGUAGES, chosen_language, get_language
    from slidegen.scripture.naming import format_passage
    from slidegen.scripture.text import imported_bible
    from slidegen.scripture.text import scripture as look_up_text

    code = args.translation.upper()
    bible = imported_bible(code)
    language = args.language
    if language is None:
        # "Sal 23" in a Spanish Bible is read in Spanish, as an outline citing it would be.
        own = bible.summary.language.lower() if bible is not None else ""
        language = own if own in LANGUAGES else "en"
    language = chosen_language(language)
    # An imported Bible's own names and numbering read too ("Malaquías 3:20").
    reading = reading_for(get_language(language), code)
    names = bible.book_names if bible is not None else None
    for passage in _verses_asked(args.reference, reading):
        scripture = look_up_text(passage, code)  # numbered_text notes any verse left out
        # Labelled as a deck in that language labels it ("Salmo 23:1–2 (RVR09P)").
        say(f"{format_passage(passage, language, names)} ({scripture.translation})")
        say(scripture.numbered_text)
    return EXIT_OK


def _verses_asked(arguments: list[str], reading: Reading) -> list[Passage]:
    """Each argument is a reference of its own ("요 3:16" "창 1:1~3"), except that arguments
    which read only together are one: an unquoted `John 3:16` arrives as "John" and "3:16"."""
    from slidegen.scripture import parse_references
    from slidegen.scripture.books import find_book
    from slidegen.scripture.languages import LANGUAGES, get_language
    from slidegen.scripture.references import another_language

    language = reading.language

    def complete(text: str) -> bool:
        # A book and a number: "John 3:16" is done, "1" (of "1 John") or "Song of" is not.
        return any(c.isdigit() for c in text) and any(c.isalpha() for c in text)

    def names_book(index: int) -> bool:
        # In any language: "요 3:16" given without --language is still its own reference.
        # An unquoted "1 John 1:9" starts at its "1".
        words = " ".join(arguments[index : index + 2]).split()
        word = " ".join(words[:2] if words[:1] in (["1"], ["2"], ["3"]) else words[:1])
        return bool(find_book(word) or any(get_language(c).find_book(word) for c in LANGUAGES))

    groups: list[list[str]] = []
    for index, argument in enumerate(arguments):
        if groups and not (names_book(index) and complete(" ".join(groups[-1]))):
            groups[-1].append(argument)
        else:
            groups.append([argument])
    passages: list[Passage] = []
    for group in groups:
        text = " ".join(group)
        try:
            passages += parse_references(text, None, language, reading.numbering)
        except SlidegenError as error:
            advice = "add --language {code}"
            raise another_language(text, language, advice) or error from None
    return passages


def translations(args: argparse.Namespace) -> int:
    from slidegen.scripture.text import available_translations

    for code, title, installed in available_translations():
        say(f"{code}\t{title}\t{'installed' if installed else 'not installed'}")
    from slidegen.bibles import imported_bibles

    for bible in imported_bibles():
        language = f"{bible.language}, " if bible.language else ""
        # A few of its own book names, so a church sees which Bible it is and how it names books.
        names = f"; {', '.join(bible.book_names[:3])}…" if bible.book_names else ""
        say(f"{bible.code}\t{bible.name}\timported ({language}{bible.verses:,} verses{names})")
    return EXIT_OK


def bibles(args: argparse.Namespace) -> int:
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
