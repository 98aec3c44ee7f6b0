"""The command line's arguments: every command and option, with its help text."""

from __future__ import annotations

import argparse

from slidegen import __version__


def build_parser() -> argparse.ArgumentParser:
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
    check.add_argument(
        "--parallel", help="a second translation beside the first on verse slides, e.g. KJV"
    )
    check.add_argument(
        "--set",
        dest="settings",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="check with an outline value overridden, as build --set does",
    )
    check.add_argument("--strict", action="store_true", help="exit 1 when there are problems")

    imp = commands.add_parser("import", help="turn a .txt, .md or .docx outline into outline YAML")
    imp.add_argument("source", help="the outline as written (.txt, .md, .docx)")
    imp.add_argument(
        "-o", "--output", help="YAML to write, - for stdout (default: outlines/NAME.yaml)"
    )
    imp.add_argument("--force", action="store_true", help="replace an existing file")
    imp.add_argument(
        "--strict",
        action="store_true",
        help="exit 1 when a line could not be placed or a reference not resolved",
    )
    imp.add_argument(
        "--language",
        help="the language it is written in, e.g. es, de, fr (default: found from its words "
        "and references; English when nothing else shows)",
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
    verses.add_argument(
        "--language",
        help="the language the reference is written in, e.g. es (default: an imported "
        "Bible's own, else en)",
    )

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
