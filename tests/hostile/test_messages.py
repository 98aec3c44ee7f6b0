"""What a stranger's file can make slidegen print: never terminal escapes, never a megabyte,
always one line naming the file and what to do."""

from __future__ import annotations

import os
import resource
import shutil
from pathlib import Path

from pptx import Presentation

from .support import SERMON, refused, slidegen, write

# What the review found reaching the terminal: clear the screen, retitle the window, ring.
ESCAPES = '"\\e[2J\\e]0;owned\\a"'


def test_escapes_in_a_key_never_reach_the_terminal(tmp_path: Path) -> None:
    outline = write(tmp_path / "s.yaml", f"{ESCAPES}: 1\n" + SERMON)
    line = refused(slidegen("build", outline, "-o", tmp_path / "d.pptx", cwd=tmp_path))
    assert "\x1b" not in line and "\x07" not in line
    assert line.startswith(f"{outline}:1:1: unknown key '\\x1b[2J\\x1b]0;owned\\x07'")


def test_escapes_in_a_file_name_never_reach_the_terminal(tmp_path: Path) -> None:
    outline = write(tmp_path / "s\x1b[2J\x07.yaml", "title: [unclosed\n")
    line = refused(slidegen("build", outline, "-o", tmp_path / "d.pptx", cwd=tmp_path))
    assert "\x1b" not in line and "\x07" not in line
    assert line.startswith(f"{tmp_path}/s\\x1b[2J\\x07.yaml:")


def test_a_megabyte_value_is_quoted_short(tmp_path: Path) -> None:
    outline = write(tmp_path / "s.yaml", "translation: " + "X" * 1_000_000 + "\n" + SERMON)
    line = refused(slidegen("build", outline, "-o", tmp_path / "d.pptx", cwd=tmp_path))
    assert line.startswith(f"{outline}:1:14: ")
    assert len(line) < 1000


def test_control_characters_in_a_theme_font_name_are_refused(tmp_path: Path) -> None:
    theme = write(
        tmp_path / "themes" / "t" / "theme.yaml",
        'extends: default\nfonts:\n  body: "Arial\\a\\e"\n',
    )
    outline = write(tmp_path / "s.yaml", "theme: t\n" + SERMON)
    line = refused(slidegen("build", outline, "-o", tmp_path / "d.pptx", cwd=tmp_path))
    assert line == f"{theme}:3:9: 'body' holds invisible control characters — retype it"


def test_an_output_name_too_long_for_the_disk_is_refused(tmp_path: Path) -> None:
    outline = write(tmp_path / "s.yaml", SERMON)
    target = tmp_path / ("d" * 300 + ".pptx")
    line = refused(slidegen("build", outline, "-o", target, cwd=tmp_path))
    assert line.startswith("error: the output's file name is 305 characters long — shorten it")


def test_a_full_disk_at_the_image_cache_is_said_so(tmp_path: Path) -> None:
    outline = write(tmp_path / "s.yaml", "theme: sunrise\n" + SERMON)
    # Any file written past 10 kB fails as on a full disk: the prepared photo is larger.
    done = slidegen(
        "build", outline, "-o", tmp_path / "d.pptx", cwd=tmp_path,
        limits={resource.RLIMIT_FSIZE: 10_000},
    )  # fmt: skip
    line = refused(done)
    assert line.startswith(f"error: could not write to the image cache {tmp_path / '.cache'}")
    assert line.endswith(
        "— free some disk space, or set SLIDEGEN_CACHE to a folder on another disk"
    )
    assert not (tmp_path / "d.pptx").exists()


def test_the_cache_falls_back_to_a_private_folder(tmp_path: Path) -> None:
    write(tmp_path / "not-a-folder", "")  # the user's cache folder cannot be made under a file
    env = {
        "SLIDEGEN_CACHE": None,
        "XDG_CACHE_HOME": str(tmp_path / "not-a-folder"),
        "TMPDIR": str(tmp_path / "tmp"),
    }
    (tmp_path / "tmp").mkdir()
    outline = write(tmp_path / "s.yaml", "theme: sunrise\n" + SERMON)
    done = slidegen("build", outline, "-o", tmp_path / "d.pptx", cwd=tmp_path, env=env)
    assert done.returncode == 0, done.stderr
    (fallback,) = (tmp_path / "tmp").iterdir()
    assert fallback.name == f"slidegen-cache-{os.getuid()}"
    assert fallback.stat().st_mode & 0o777 == 0o700
    assert any(fallback.iterdir())


def test_a_planted_cache_folder_is_refused(tmp_path: Path) -> None:
    write(tmp_path / "not-a-folder", "")
    (tmp_path / "tmp").mkdir()
    (tmp_path / "planted").mkdir()
    (tmp_path / "tmp" / f"slidegen-cache-{os.getuid()}").symlink_to(tmp_path / "planted")
    env = {
        "SLIDEGEN_CACHE": None,
        "XDG_CACHE_HOME": str(tmp_path / "not-a-folder"),
        "TMPDIR": str(tmp_path / "tmp"),
    }
    outline = write(tmp_path / "s.yaml", "theme: sunrise\n" + SERMON)
    line = refused(slidegen("build", outline, "-o", tmp_path / "d.pptx", cwd=tmp_path, env=env))
    assert line.startswith("error: the image cache ")
    assert "is not a private folder of yours" in line
    assert list((tmp_path / "planted").iterdir()) == []


def test_the_deck_may_not_replace_the_churchs_template(tmp_path: Path) -> None:
    theme = write(tmp_path / "church" / "theme.yaml", "extends: default\ntemplate: ours.pptx\n")
    Presentation().save(str(theme.parent / "ours.pptx"))
    template = (theme.parent / "ours.pptx").read_bytes()
    outline = write(tmp_path / "s.yaml", SERMON)
    target = theme.parent / "ours.pptx"
    done = slidegen("build", outline, "-o", target, "--theme", theme.parent, cwd=tmp_path)
    line = refused(done)
    assert line == (
        f"error: refusing to write the deck over the theme's template: {target} — choose another -o"
    )
    assert target.read_bytes() == template


def test_two_outlines_for_one_deck_name_stop_a_folder_build(tmp_path: Path) -> None:
    folder = tmp_path / "sermons"
    write(folder / "advent.yaml", SERMON)
    shutil.copy(folder / "advent.yaml", folder / "advent.yml")
    done = slidegen("build", folder, "-o", tmp_path / "decks", cwd=tmp_path)
    assert refused(done) == (
        f"{folder}: advent.yaml and advent.yml would both be written to advent.pptx — rename "
        "one of them"
    )
    assert not (tmp_path / "decks").exists()
