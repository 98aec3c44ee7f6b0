"""Files that other files name stay inside the folder that named them, are regular files, and
are never quoted back: an outline or theme from a stranger reads nothing else on the computer."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from .support import SERMON, built, refused, slidegen, write

SECRET = "hunter2-do-not-show"


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A folder of outlines, with a private file next to it (outside it)."""
    write(tmp_path / "private" / "notes.yaml", f"password: {SECRET}\nbank: {SECRET}\n")
    return tmp_path / "work"


def build(work: Path, outline: str = "s.yaml", *args: str) -> object:
    return slidegen("build", work / outline, "-o", work / "deck.pptx", *args, cwd=work)


def test_an_outline_that_is_a_fifo_is_refused_not_waited_on(work: Path) -> None:
    work.mkdir()
    os.mkfifo(work / "s.yaml")
    line = refused(build(work))
    assert line == f"{work / 's.yaml'}: is not a regular file (a named pipe) — give a plain file"


def test_an_outline_linked_to_dev_zero_is_refused_before_reading(work: Path) -> None:
    work.mkdir()
    (work / "s.yaml").symlink_to("/dev/zero")
    assert "is not a regular file (a device)" in refused(build(work))


@pytest.mark.parametrize("kind", ["fifo", "dev-zero", "secret", "folder"])
def test_an_include_that_is_no_plain_file_inside_the_folder_is_refused(
    work: Path, kind: str
) -> None:
    write(work / "s.yaml", SERMON + "  - include: partials/welcome.yaml\n")
    partial = work / "partials" / "welcome.yaml"
    partial.parent.mkdir()
    if kind == "fifo":
        os.mkfifo(partial)
    elif kind == "dev-zero":
        partial.symlink_to("/dev/zero")
    elif kind == "secret":
        partial.symlink_to(work.parent / "private" / "notes.yaml")
    else:
        partial.mkdir()
    line = refused(build(work))
    assert line.startswith(f"{work / 's.yaml'}:7:14: ")
    assert SECRET not in line and "password" not in line


def test_includes_that_multiply_stop_at_a_count(work: Path) -> None:
    # Each file includes the next ten times: 10,000 copies of the last one, from 4 small files.
    write(work / "s.yaml", SERMON + "".join("  - include: p1.yaml\n" for _ in range(10)))
    for level in (1, 2, 3):
        write(work / f"p{level}.yaml", f"- include: p{level + 1}.yaml\n" * 10)
    write(work / "p4.yaml", "- heading: Again\n  points: [Once more]\n")
    assert "more than 50 files included in all" in refused(build(work))


@pytest.mark.parametrize(
    ("named", "words"),
    [
        ("../private/theme.yaml", "is outside the folder"),
        ("/etc/passwd.yaml", "must be a path inside the folder"),
        ("themes/link/theme.yaml", "leads out of the folder"),
    ],
)
def test_an_outlines_theme_path_stays_in_its_folder(work: Path, named: str, words: str) -> None:
    write(work.parent / "private" / "theme.yaml", "extends: default\n")
    (work / "themes").mkdir(parents=True)
    (work / "themes" / "link").symlink_to(work.parent / "private")
    write(work / "s.yaml", f"theme: {named}\n" + SERMON)
    line = refused(build(work))
    assert line.startswith(f"{work / 's.yaml'}: ")
    assert words in line


def test_theme_on_the_command_line_may_be_anywhere(work: Path) -> None:
    write(work.parent / "private" / "theme.yaml", "extends: default\ncolors: {accent: '#C8102E'}\n")
    write(work / "s.yaml", SERMON)
    built(build(work, "s.yaml", "--theme", str(work.parent / "private" / "theme.yaml")))


@pytest.mark.parametrize("extends", ["../notes.yaml", "/etc/passwd", "../../private/notes.yaml"])
def test_extends_never_reads_or_quotes_a_file_that_is_not_a_theme(work: Path, extends: str) -> None:
    write(work / "themes" / "notes.yaml", f"password: {SECRET}\n")
    write(work / "themes" / "church" / "theme.yaml", f"extends: {extends}\n")
    write(work / "s.yaml", "theme: church\n" + SERMON)
    line = refused(build(work))
    assert SECRET not in line and "password" not in line and ":0:0:" not in line
    assert "not a theme file" in line or "is outside" in line or "must be a path inside" in line


def test_a_series_file_linked_out_of_the_folder_is_refused_unread(work: Path) -> None:
    write(work / "s.yaml", SERMON)
    (work / "series.yaml").symlink_to(work.parent / "private" / "notes.yaml")
    line = refused(build(work))
    assert line.startswith(f"{work / 'series.yaml'}: ")
    assert "leads out of the outline's folder" in line
    assert SECRET not in line and "password" not in line


def test_a_series_file_that_is_no_series_file_is_not_quoted(work: Path) -> None:
    write(work / "s.yaml", SERMON)
    write(work / "series.yaml", f"password: {SECRET}\n")
    line = refused(build(work))
    assert line.startswith(f"{work / 'series.yaml'}: not a series file")
    assert SECRET not in line and "password" not in line


def test_a_folder_build_does_not_follow_an_outline_linked_out_of_it(work: Path) -> None:
    write(work.parent / "private" / "sermon.yaml", SERMON)
    write(work / "a.yaml", SERMON)
    (work / "b.yaml").symlink_to(work.parent / "private" / "sermon.yaml")
    line = refused(slidegen("build", work, "-o", work / "decks", cwd=work))
    assert (
        line == f"{work / 'b.yaml'}: leads out of the folder (a symlink) — build it by its own name"
    )
    assert not (work / "decks").exists()


@pytest.mark.parametrize("kind", ["fifo", "folder", "dev-zero"])
def test_a_background_image_that_is_no_plain_file_is_named(work: Path, kind: str) -> None:
    theme = write(
        work / "themes" / "t" / "theme.yaml", "extends: default\nbackground:\n  image: bg.jpg\n"
    )
    image = theme.parent / "bg.jpg"
    if kind == "fifo":
        os.mkfifo(image)
    elif kind == "folder":
        image.mkdir()
    else:
        image.symlink_to("/dev/zero")
    write(work / "s.yaml", "theme: t\n" + SERMON)
    line = refused(build(work))
    assert line.startswith(f"{theme}:3:10: ")
    expected = "leads out of the theme's folder" if kind == "dev-zero" else "is not a regular file"
    assert expected in line


def test_a_fifo_among_a_themes_fonts_is_passed_over(work: Path) -> None:
    theme = write(
        work / "themes" / "t" / "theme.yaml", "extends: default\nfonts:\n  body: Hostile Sans\n"
    )
    os.mkfifo(theme.parent / "HostileSans.ttf")
    (theme.parent / "Hostile-Zero.ttf").symlink_to("/dev/zero")
    write(work / "s.yaml", "theme: t\n" + SERMON)
    built(build(work))


def test_a_word_outline_that_is_a_fifo_is_refused_not_waited_on(work: Path) -> None:
    work.mkdir()
    os.mkfifo(work / "s.docx")
    line = refused(build(work, "s.docx"))
    assert line == f"{work / 's.docx'}: is not a regular file (a named pipe) — give a plain file"


@pytest.mark.parametrize("link", ["themes/church", "themes"])
def test_a_theme_named_beside_the_outline_may_not_lead_out_of_its_folder(
    work: Path, link: str
) -> None:
    write(work.parent / "private" / "church" / "theme.yaml", "extends: default\n")
    (work / link).parent.mkdir(parents=True, exist_ok=True)
    target = work.parent / "private" / ("church" if link.endswith("church") else "")
    (work / link).symlink_to(target)
    write(work / "s.yaml", "theme: church\n" + SERMON)
    line = refused(build(work))
    assert line.startswith(f"{work / 's.yaml'}: the theme 'church' leads out of {work}")
