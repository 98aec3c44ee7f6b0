"""User-facing error paths that had no test: real files, real folders, the real LibreOffice.

Every error is one line naming the file and what to do, exits 1 (2 for a wrong command line),
and leaves no deck, no YAML and no temporary file behind.
"""

from __future__ import annotations

import shutil
import signal
from pathlib import Path

import pytest
from PIL import Image

from slidegen.build import build_deck
from slidegen.errors import OutlineError, SlidegenError
from slidegen.export import ExportError, contact_sheet, export_pdf, export_png

from .cli_support import one_line, run, tree
from .conftest import DATA, EXAMPLE
from .render_support import require_pdftoppm, require_soffice

MARKDOWN = DATA / "import" / "headings.md"

SMALL_OUTLINE = """\
title: Jesus Wept
passage: "John 11:35"
sections:
  - heading: He Weeps With Us
    points:
      - text: Grief is not unbelief
"""


def outline_in(folder: Path) -> Path:
    outline = folder / "sermon.yaml"
    shutil.copy(EXAMPLE, outline)
    return outline


# -- build: where the deck goes ----------------------------------------------------------------


@pytest.mark.parametrize("name", ["sermon.ppt", "sermon.pdf", "sermon"])
def test_output_not_ending_in_pptx_is_refused(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outline = outline_in(tmp_path)
    target = tmp_path / name
    code, out, err = run(capsys, "build", str(outline), "-o", str(target))
    assert code == 1
    hint = "e.g. -o sermon.pptx"
    if name.endswith(".pdf"):  # the PDF option is named
        hint = "for PDF too, add --pdf: -o sermon.pptx --pdf writes it beside the deck"
    assert one_line(err) == f"error: the output must end in .pptx: {target} — {hint}"
    assert "wrote" not in out
    assert tree(tmp_path) == ["sermon.yaml"]


def test_output_that_is_a_folder_is_refused_and_left_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outline = outline_in(tmp_path)
    target = tmp_path / "deck.pptx"
    target.mkdir()
    code, _, err = run(capsys, "build", str(outline), "-o", str(target))
    assert code == 1
    assert one_line(err) == (
        f"error: the output is a folder: {target} — give a file name ending .pptx"
    )
    assert target.is_dir()
    assert tree(tmp_path) == ["deck.pptx", "sermon.yaml"]


@pytest.mark.parametrize(
    ("inside", "reason"),
    [("deck.pptx", "it is a file, not a folder"), ("sub/deck.pptx", "Not a directory")],
)
def test_output_under_a_regular_file_cannot_be_written(
    inside: str, reason: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outline = outline_in(tmp_path)
    blocker = tmp_path / "notes"
    blocker.write_text("not a folder\n")
    target = blocker / inside
    code, out, err = run(capsys, "build", str(outline), "-o", str(target))
    assert code == 1
    assert one_line(err) == (
        f"error: cannot write in {target.parent} ({reason}) — choose another -o"
    )
    assert "wrote" not in out
    assert blocker.read_text() == "not a folder\n"
    assert tree(tmp_path) == ["notes", "sermon.yaml"]


# -- build: a folder of outlines -----------------------------------------------------------------


def folder_without_outlines(tmp_path: Path) -> Path:
    """Things that look like outlines but are not: last week's deck and its PDF, a series file,
    a folder named .yaml."""
    folder = tmp_path / "series"
    folder.mkdir()
    (folder / "last-week.pptx").write_bytes(b"PK\x03\x04 a deck")
    (folder / "last-week.pdf").write_bytes(b"%PDF-1.7")
    (folder / "series.yaml").write_text("series: Psalms of Ascent\n")
    (folder / "old.yaml").mkdir()
    return folder


def test_building_a_folder_without_outlines_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = folder_without_outlines(tmp_path)
    before = tree(tmp_path)
    code, out, err = run(capsys, "build", str(folder), "-o", str(tmp_path / "decks"))
    assert code == 2  # UsageError, as cli._build defines it
    assert one_line(err).startswith(
        f"error: no outlines (.yaml, .yml, .txt, .md or .docx) in {folder} — "
    )
    assert "built" not in out
    assert tree(tmp_path) == before  # no output folder made


def test_building_an_empty_folder_names_it(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    code, _, err = run(capsys, "build", str(folder))
    assert code == 2
    assert one_line(err).startswith(
        f"error: no outlines (.yaml, .yml, .txt, .md or .docx) in {folder} — "
    )
    assert tree(tmp_path) == ["empty"]


def test_no_outlines_in_a_folder_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = folder_without_outlines(tmp_path)
    _, _, err = run(capsys, "build", str(folder))
    # Errors end with '— what to do'.
    assert " — " in one_line(err), err


# -- import ------------------------------------------------------------------------------------


def test_import_over_an_existing_file_is_refused_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "shepherd.yaml"
    target.write_text("# my edits\n")
    code, out, err = run(capsys, "import", str(MARKDOWN), "-o", str(target))
    assert code == 2  # UsageError, as cli._import defines it
    assert one_line(err) == (f"error: {target} exists already — use --force to replace it, or -o")
    assert "wrote" not in out
    assert target.read_text() == "# my edits\n"
    assert tree(tmp_path) == ["shepherd.yaml"]


def test_import_with_force_replaces_the_existing_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "shepherd.yaml"
    target.write_text("# my edits\n")
    code, out, err = run(capsys, "import", str(MARKDOWN), "-o", str(target), "--force")
    assert code == 0, err
    assert out == f"wrote {target}\n"
    assert err.startswith(f"{MARKDOWN}: 2 sections, ")  # the account of every line
    text = target.read_text()
    assert text.startswith("# Imported by slidegen")
    assert "my edits" not in text
    assert "title: The Good Shepherd" in text
    assert tree(tmp_path) == ["shepherd.yaml"]


@pytest.mark.parametrize("spelling", ["{dir}/talk.md", "{dir}/sub/../talk.md"])
def test_import_refuses_to_write_the_yaml_over_its_source(
    spelling: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "sub").mkdir()
    source = tmp_path / "talk.md"
    shutil.copy(MARKDOWN, source)
    original = source.read_bytes()
    target = spelling.format(dir=tmp_path)
    code, out, err = run(capsys, "import", str(source), "-o", target, "--force")
    assert code == 2
    assert one_line(err) == (
        f"error: refusing to write the YAML over its source: {source} — choose another -o"
    )
    assert "wrote" not in out
    assert source.read_bytes() == original
    assert tree(tmp_path) == ["sub", "talk.md"]


def test_refusing_to_overwrite_the_source_names_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "talk.md"
    shutil.copy(MARKDOWN, source)
    _, _, err = run(capsys, "import", str(source), "-o", str(source), "--force")
    assert str(source) in one_line(err)


def test_import_warns_about_every_line_it_could_not_place(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "notes.md"
    source.write_text(
        "# Jesus Wept\n\n## He Weeps With Us\n\n- Grief is not unbelief\n\n"
        "```\nprint('hi')\n```\n\n| verse | note |\n\n<div>aside</div>\n"
    )
    target = tmp_path / "wept.yaml"
    code, out, err = run(capsys, "import", str(source), "-o", str(target))
    assert code == 0, err
    # The table row is read as a point; the code and the HTML have no place in an outline.
    unplaced = ["line 8: print('hi')", "line 13: <div>aside</div>"]
    assert err.splitlines() == [
        f"{source}: 1 section, 2 points, 0 passages; 2 lines not placed",
        *(f"{source}: could not place: {line}" for line in unplaced),
    ]
    text = target.read_text()
    for line in unplaced:
        assert f"# could not place: {line}\n" in text
    assert out == f"wrote {target}\n"


# -- reading an outline: a folder, an empty Markdown file ----------------------------------------


def folder_named(tmp_path: Path, name: str) -> Path:
    folder = tmp_path / name
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / EXAMPLE.name)  # a folder with something in it, not a file
    return folder


@pytest.mark.parametrize(
    ("name", "command"),
    [
        ("talk.md", ["import", "{src}", "-o", "{dir}/talk.yaml"]),
        ("old.yaml", ["new", "Next Week", "--from", "{src}", "-o", "{dir}/talk.yaml"]),
    ],
)
def test_an_outline_that_is_a_folder_is_named_in_one_line(
    name: str, command: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = folder_named(tmp_path, name)
    before = tree(tmp_path)
    args = [a.format(src=folder, dir=tmp_path) for a in command]
    code, out, err = run(capsys, *args)
    assert code == 1
    assert one_line(err).startswith(f"{folder}: is a folder, not a file")
    assert "wrote" not in out
    assert tree(tmp_path) == before


def test_building_a_folder_through_the_api_is_an_outline_error(tmp_path: Path) -> None:
    folder = folder_named(tmp_path, "old.yaml")
    with pytest.raises(OutlineError) as raised:
        build_deck(folder, tmp_path / "deck.pptx")
    assert str(raised.value).startswith(f"{folder}: is a folder, not a file")
    assert raised.value.exit_code == 1
    assert not (tmp_path / "deck.pptx").exists()


def test_an_outline_that_is_a_folder_says_what_to_do(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = folder_named(tmp_path, "talk.md")
    _, _, err = run(capsys, "import", str(folder), "-o", str(tmp_path / "talk.yaml"))
    # Errors end with '— what to do' (e.g. "give the outline file inside it"); this one has none.
    assert " — " in one_line(err), err


@pytest.mark.parametrize("content", [b"", b" \n\n\t\n", b"\xef\xbb\xbf\n"])
@pytest.mark.parametrize("command", ["import", "build"])
def test_an_empty_markdown_file_is_refused(
    content: bytes, command: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "sunday.md"
    source.write_bytes(content)
    out_name = "sunday.yaml" if command == "import" else "sunday.pptx"
    code, out, err = run(capsys, command, str(source), "-o", str(tmp_path / out_name))
    assert code == 1
    assert one_line(err) == f"{source}: the file is empty — write an outline in it"
    assert "wrote" not in out
    assert tree(tmp_path) == ["sunday.md"]


# -- export (real LibreOffice and pdftoppm) ------------------------------------------------------


@pytest.fixture(scope="module")
def small_deck(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("errors-deck")
    outline = folder / "wept.yaml"
    outline.write_text(SMALL_OUTLINE)
    return build_deck(outline, folder / "wept.pptx").output


@pytest.fixture(scope="module")
def small_pdf(small_deck: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    require_soffice()
    (pdf,) = export_pdf([small_deck], tmp_path_factory.mktemp("errors-pdf"))
    return pdf


def assert_one_line_user_error(error: SlidegenError) -> str:
    text = str(error)
    assert "\n" not in text
    assert error.exit_code == 1
    return text


@pytest.mark.render
def test_libreoffice_that_does_not_finish_in_time_is_stopped(
    small_deck: Path, tmp_path: Path
) -> None:
    require_soffice()
    out = tmp_path / "pdf"
    with pytest.raises(ExportError) as raised:
        export_pdf([small_deck], out, timeout=0.01)
    assert assert_one_line_user_error(raised.value) == (
        "LibreOffice did not finish within 0.01 s and was stopped — try fewer decks at once, "
        "or close other LibreOffice windows"
    )
    assert tree(out) == []  # no PDF, and the staging folder is gone


@pytest.mark.render
def test_a_deck_libreoffice_cannot_load_is_named(tmp_path: Path) -> None:
    require_soffice()
    broken = tmp_path / "broken.pptx"
    broken.write_bytes(b"PK\x03\x04 this is not a zip archive")
    out = tmp_path / "pdf"
    with pytest.raises(ExportError) as raised:
        export_pdf([broken], out)
    text = assert_one_line_user_error(raised.value)
    assert text.startswith(f"LibreOffice did not produce a PDF for {broken} (exit code ")
    assert text.endswith("— open the deck in LibreOffice Impress to see whether it loads")
    assert tree(out) == []


def test_a_libreoffice_that_cannot_be_started_is_reported(small_deck: Path, tmp_path: Path) -> None:
    not_a_program = tmp_path / "soffice"
    not_a_program.write_text("not a program\n")  # no execute bit: even root cannot run it
    out = tmp_path / "pdf"
    with pytest.raises(ExportError) as raised:
        export_pdf([small_deck], out, soffice=not_a_program)
    text = assert_one_line_user_error(raised.value)
    assert text == "could not start LibreOffice (Permission denied)"
    assert not list(out.glob("*.pdf"))
    assert not list(out.glob(".slidegen-export-*"))


@pytest.mark.render
def test_a_file_that_is_not_a_pdf_gives_a_pdftoppm_error(small_deck: Path, tmp_path: Path) -> None:
    require_pdftoppm()
    out = tmp_path / "slides"
    with pytest.raises(ExportError) as raised:
        export_png(small_deck, out)  # the .pptx, not its PDF
    text = assert_one_line_user_error(raised.value)
    assert text.startswith(f"pdftoppm could not turn {small_deck} into images (exit code ")
    assert tree(out) == []


def blocked(tmp_path: Path) -> Path:
    blocker = tmp_path / "notes"
    blocker.write_text("not a folder\n")
    return blocker


@pytest.mark.render
def test_pdf_export_under_a_regular_file_cannot_write(small_deck: Path, tmp_path: Path) -> None:
    require_soffice()
    out = blocked(tmp_path) / "pdf"
    with pytest.raises(ExportError) as raised:
        export_pdf([small_deck], out)
    assert assert_one_line_user_error(raised.value) == (
        f"cannot write in {out} (Not a directory) — choose another folder"
    )
    assert tree(tmp_path) == ["notes"]


@pytest.mark.render
def test_png_export_under_a_regular_file_cannot_write(small_pdf: Path, tmp_path: Path) -> None:
    require_pdftoppm()
    out = blocked(tmp_path) / "slides"
    with pytest.raises(ExportError) as raised:
        export_png(small_pdf, out)
    assert assert_one_line_user_error(raised.value) == (
        f"cannot write in {out} (Not a directory) — choose another folder"
    )
    assert tree(tmp_path) == ["notes"]


def test_contact_sheet_under_a_regular_file_cannot_write(tmp_path: Path) -> None:
    slide = tmp_path / "slide-1.png"
    Image.new("RGB", (160, 90), (20, 40, 80)).save(slide)
    out = blocked(tmp_path) / "sheets" / "sheet.png"
    with pytest.raises(ExportError) as raised:
        contact_sheet([slide], out)
    assert assert_one_line_user_error(raised.value) == (
        f"cannot write in {out.parent} (Not a directory) — choose another folder"
    )
    assert tree(tmp_path) == ["notes", "slide-1.png"]


def test_a_command_run_in_process_puts_the_signal_handlers_back(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # SIGTERM and SIGHUP stop a command as Ctrl-C does only while it runs: a program that
    # calls main() keeps its own handlers.
    before = {number: signal.getsignal(number) for number in (signal.SIGTERM, signal.SIGHUP)}
    code, _, _ = run(capsys, "translations")
    assert code == 0
    assert {number: signal.getsignal(number) for number in before} == before
