"""Building from the command line: exit codes, one-line errors, atomic and lossless output."""

from __future__ import annotations

import contextlib
import os
import re
import resource
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pptx import Presentation
from pptx.util import Pt

from slidegen.build import write_atomically
from slidegen.cli import main

from .conftest import DATA, EXAMPLE, long_sermon, read_deck

BAD_OUTLINE = "title: T\nsections:\n  - heading: H\n    passage: Exodus 50:1\n"


def run_cli(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """The installed console entry point, as a user runs it."""
    return subprocess.run(
        [sys.executable, "-m", "slidegen", *args],
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=120,
    )


def test_build_writes_output_named_after_the_outline(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / EXAMPLE.name)
    done = run_cli("build", EXAMPLE.name, cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    deck = tmp_path / "output" / "exodus-32-intercession.pptx"
    assert deck.is_file()
    assert f"wrote output/{deck.name}" in done.stdout
    assert len(read_deck(deck)) > 20
    assert not list((tmp_path / "output").glob("*.tmp"))


def test_bad_reference_gives_one_line_and_status_1(tmp_path: Path) -> None:
    outline = tmp_path / "bad.yaml"
    outline.write_text(BAD_OUTLINE)
    done = run_cli("build", str(outline), "-o", str(tmp_path / "x.pptx"))
    assert done.returncode == 1
    assert done.stderr.strip() == f"{outline}:4:14: Exodus has 40 chapters, not 50 ('Exodus 50:1')"
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "x.pptx").exists()


def test_usage_errors_exit_2() -> None:
    assert run_cli().returncode == 2
    assert run_cli("build").returncode == 2
    assert run_cli("frobnicate").returncode == 2


def test_version_and_themes() -> None:
    version = run_cli("--version")
    assert version.returncode == 0 and version.stdout.startswith("slidegen ")
    themes = run_cli("themes")
    assert themes.returncode == 0
    assert themes.stdout.splitlines()[0].split("\t")[0] == "default"


def test_verses_command_prints_clean_text() -> None:
    done = run_cli("verses", "Ex", "32:32")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[0] == "Exodus 32:32 (WEB)"
    assert "sin—and" in done.stdout
    assert "--" not in done.stdout


def test_unknown_theme_lists_the_built_in_ones(tmp_path: Path) -> None:
    done = run_cli("build", str(EXAMPLE), "-o", str(tmp_path / "a.pptx"), "--theme", "defualt")
    assert done.returncode == 1
    assert "unknown theme 'defualt' (did you mean 'default'?)" in done.stderr
    assert "built-in themes: default" in done.stderr


def test_failed_build_leaves_the_previous_deck_untouched(tmp_path: Path) -> None:
    deck = tmp_path / "sermon.pptx"
    assert main(["build", str(EXAMPLE), "-o", str(deck)]) == 0
    before = deck.read_bytes()
    bad = tmp_path / "bad.yaml"
    bad.write_text(BAD_OUTLINE)
    assert main(["build", str(bad), "-o", str(deck)]) == 1
    assert deck.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.yaml", "sermon.pptx"]


def test_output_over_the_outline_is_refused(tmp_path: Path) -> None:
    outline = tmp_path / "sermon.pptx"
    outline.write_bytes(EXAMPLE.read_bytes())
    before = outline.read_bytes()
    done = run_cli("build", str(outline), "-o", str(outline))
    assert done.returncode == 1
    assert "refusing to write the deck over its own outline" in done.stderr
    assert outline.read_bytes() == before


@pytest.mark.parametrize("failure", [RuntimeError("boom"), KeyboardInterrupt()])
def test_interrupted_write_keeps_old_file_and_leaves_no_temp(
    tmp_path: Path, failure: BaseException
) -> None:
    target = tmp_path / "deck.pptx"
    target.write_bytes(b"last week's deck")

    def write_then_fail(handle: object) -> None:
        handle.write(b"half a deck")  # type: ignore[attr-defined]
        raise failure

    with pytest.raises(type(failure)):
        write_atomically(target, write_then_fail)
    assert target.read_bytes() == b"last week's deck"
    assert [p.name for p in tmp_path.iterdir()] == ["deck.pptx"]


def growing_temp_deck(folder: Path, process: subprocess.Popen[bytes], size: int) -> Path:
    """Wait until the build is writing its temp deck and has put `size` bytes of slides in it."""
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        assert process.poll() is None, "the build ended before it was interrupted"
        for temp in folder.glob(".deck.*.tmp"):
            with contextlib.suppress(FileNotFoundError):
                if temp.stat().st_size >= size:
                    return temp
        time.sleep(0.01)
    raise AssertionError("the build never started writing the deck")


def test_ctrl_c_while_the_deck_is_being_written_keeps_last_weeks_deck(tmp_path: Path) -> None:
    deck = tmp_path / "deck.pptx"
    assert main(["build", str(EXAMPLE), "-o", str(deck)]) == 0
    last_week = deck.read_bytes()
    outline = long_sermon(tmp_path / "long.yaml")
    with (
        (tmp_path / "err.txt").open("wb") as err,
        subprocess.Popen(
            [sys.executable, "-m", "slidegen", "build", str(outline), "-o", str(deck)],
            stdout=subprocess.DEVNULL,
            stderr=err,
        ) as process,
    ):
        try:
            # 64 kB of the new deck are on disk: slides are being rendered into it.
            growing_temp_deck(tmp_path, process, 64 * 1024)
            process.send_signal(signal.SIGINT)
            status = process.wait(timeout=120)
        finally:
            if process.poll() is None:
                process.kill()
    message = (tmp_path / "err.txt").read_text()
    assert status == 130, message
    assert "interrupted" in message
    assert "Traceback" not in message
    assert deck.read_bytes() == last_week
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pptx", "err.txt", "long.yaml"]


def limit_file_size(limit: int) -> Callable[[], None]:
    """For a child process: writing a file past `limit` bytes fails with EFBIG, as a disk that
    fills up fails a write (Python ignores the SIGXFSZ that comes with it)."""
    return lambda: resource.setrlimit(resource.RLIMIT_FSIZE, (limit, resource.RLIM_INFINITY))


def test_a_write_failing_mid_deck_keeps_last_weeks_deck(tmp_path: Path) -> None:
    deck = tmp_path / "decks" / "deck.pptx"
    cache = {**os.environ, "SLIDEGEN_CACHE": str(tmp_path / "cache")}
    first = subprocess.run(
        [sys.executable, "-m", "slidegen", "build", str(EXAMPLE), "-o", str(deck)], env=cache
    )
    assert first.returncode == 0
    last_week = deck.read_bytes()
    # This week's deck is as big as last week's: the write fails halfway through its slides.
    done = subprocess.run(
        [sys.executable, "-m", "slidegen", "build", str(EXAMPLE), "-o", str(deck)],
        capture_output=True,
        text=True,
        env=cache,
        preexec_fn=limit_file_size(len(last_week) // 2),
        timeout=120,
    )
    assert done.returncode == 1, done.stderr
    assert done.stderr.strip() == (
        f"error: could not write {deck} (File too large); the previous deck, if any, is "
        "unchanged — free some disk space or choose another -o"
    )
    assert deck.read_bytes() == last_week
    assert [p.name for p in deck.parent.iterdir()] == ["deck.pptx"]


# A paragraph pasted where a heading belongs: too long for the label above its points even
# at the smallest size slidegen allows.
PASTED_HEADING = " ".join(
    [
        "In this section we look at how Moses stood between the people and the wrath of God,",
        "pleading for them on the mountain while they danced below, and what that means for us",
        "who pray for our families, our church and our city week after week.",
    ]
    * 3
)


def test_text_too_long_even_at_the_smallest_size_is_drawn_whole_with_a_warning(
    tmp_path: Path,
) -> None:
    outline = tmp_path / "gap.yaml"
    outline.write_text(
        "title: Standing in the Gap\n"
        "sections:\n"
        f'  - heading: "{PASTED_HEADING}"\n'
        "    points:\n"
        "      - Moses prays\n",
        encoding="utf-8",
    )
    deck = tmp_path / "gap.pptx"
    done = run_cli("build", str(outline), "-o", str(deck))
    assert done.returncode == 0, done.stderr
    warning = re.search(r"text too long for its box even at ([\d.]+) pt; shorten it", done.stderr)
    assert warning is not None, done.stderr
    floor = Pt(float(warning.group(1)))
    drawn = [
        shape.text_frame
        for slide in Presentation(str(deck)).slides
        for shape in slide.shapes
        if shape.has_text_frame and shape.text_frame.text == PASTED_HEADING
    ]
    # Not cut short and not left off: drawn at the smallest size, for the preacher to see.
    assert any(
        {run.font.size for paragraph in frame.paragraphs for run in paragraph.runs} == {floor}
        for frame in drawn
    ), drawn
    strict = run_cli("check", str(outline), "--strict")
    assert strict.returncode == 1
    assert "text too long for its box" in strict.stdout


def test_a_bug_in_slidegen_exits_3_with_one_line(tmp_path: Path) -> None:
    # No real input is known to reach a bug (each one found was fixed), so one is planted: a
    # real `slidegen` process whose build_deck has been replaced by one that fails as a bug does.
    planted_bug = (
        "import sys\n"
        "import slidegen.build\n"
        "def build_deck_with_a_planted_bug(*args, **kwargs):\n"
        "    return 1 / 0\n"
        "slidegen.build.build_deck = build_deck_with_a_planted_bug\n"
        "from slidegen.cli import main\n"
        "raise SystemExit(main(sys.argv[1:]))\n"
    )
    command = [sys.executable, "-c", planted_bug, "build", str(EXAMPLE), "-o", str(tmp_path / "d")]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120)
    assert done.returncode == 3
    line = done.stderr.strip()
    assert "\n" not in line and "Traceback" not in line
    assert line.startswith("internal error: ZeroDivisionError: division by zero — this is a bug")
    assert "--debug" in line
    debug = subprocess.run(
        [*command[:3], "--debug", *command[3:]], capture_output=True, text=True, timeout=120
    )
    assert debug.returncode == 3
    assert "Traceback" in debug.stderr and "build_deck_with_a_planted_bug" in debug.stderr
    assert not (tmp_path / "d").exists()


def test_written_deck_gets_normal_permissions(tmp_path: Path) -> None:
    target = tmp_path / "deck.pptx"
    write_atomically(target, lambda handle: handle.write(b"deck"))
    umask = os.umask(0)
    os.umask(umask)
    assert target.stat().st_mode & 0o777 == 0o666 & ~umask


def test_import_writes_yaml_that_builds_the_same_deck_as_the_source(tmp_path: Path) -> None:
    source = DATA / "import" / "exodus-32-seed.txt"
    target = tmp_path / "seed.yaml"
    assert main(["import", str(source), "-o", str(target)]) == 0
    assert main(["import", str(source), "-o", str(target)]) == 2  # never overwrites silently
    assert main(["import", str(source), "-o", str(target), "--force"]) == 0
    assert main(["build", str(target), "-o", str(tmp_path / "from-yaml.pptx")]) == 0
    assert main(["build", str(source), "-o", str(tmp_path / "direct.pptx")]) == 0
    from_yaml = read_deck(tmp_path / "from-yaml.pptx")
    direct = read_deck(tmp_path / "direct.pptx")
    assert [s.texts for s in from_yaml] == [s.texts for s in direct]
    assert [s.notes for s in from_yaml] == [s.notes for s in direct]
    assert any(s.title == "Hebrews 7:25 (WEB)" for s in direct)


@pytest.mark.render
def test_building_a_folder_with_pdf_exports_every_deck_in_one_run(tmp_path: Path) -> None:
    from .render_support import require_soffice

    require_soffice()
    folder = tmp_path / "outlines"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder)
    (folder / "grace.yaml").write_text("title: Grace\nsections: [Dead, Alive]\n")
    done = run_cli("build", str(folder), "-o", str(tmp_path / "decks"), "--pdf")
    assert done.returncode == 0, done.stderr
    assert "exporting 2 decks" in done.stderr
    pdfs = sorted(p.name for p in (tmp_path / "decks").glob("*.pdf"))
    assert pdfs == ["exodus-32-intercession.pdf", "grace.pdf"]
    assert not list((tmp_path / "decks").glob(".slidegen-export-*"))


def test_check_reports_every_slide_and_strict_fails_on_problems(tmp_path: Path) -> None:
    done = run_cli("check", str(EXAMPLE))
    assert done.returncode == 0, done.stderr
    from slidegen.build import prepare

    slides = len(prepare(EXAMPLE).plan().slides)
    assert f"\n{slides} slides; 0 problems" in done.stdout
    long = tmp_path / "long.yaml"
    long.write_text(
        "title: T\nsections:\n  - heading: H\n    points:\n      - "
        + "A very long point that keeps going on and on. " * 40
        + "\n"
    )
    assert run_cli("check", str(long)).returncode == 0
    strict = run_cli("check", str(long), "--strict")
    assert strict.returncode == 1
    assert "long point split over" in strict.stdout


def test_themes_preview_draws_every_theme_and_kind(tmp_path: Path) -> None:
    from PIL import Image

    from slidegen.model import SlideKind
    from slidegen.theme import builtin_theme_names

    out = tmp_path / "themes.png"
    done = run_cli("themes", "--preview", str(out))
    assert done.returncode == 0, done.stderr
    assert len(done.stdout.splitlines()) == len(builtin_theme_names()) + 1
    with Image.open(out) as sheet:
        # One row per theme, one column per kind of slide, thumbnails 480 px wide.
        assert sheet.width > len(SlideKind) * 480
        assert sheet.height > len(builtin_theme_names()) * 270


def test_themes_preview_shows_a_theme_folder_of_ones_own(tmp_path: Path) -> None:
    from PIL import Image

    folder = tmp_path / "grace"
    folder.mkdir()
    (folder / "theme.yaml").write_text(
        'name: grace\nextends: parchment\ncolors: {accent: "#1F4E79"}\n', encoding="utf-8"
    )
    out = tmp_path / "grace.png"
    done = run_cli("themes", str(folder), "--preview", str(out))
    assert done.returncode == 0, done.stderr
    with Image.open(out) as sheet:
        assert sheet.height < 2 * 330  # one row: this theme only
        # The parchment paper shows through: the sheet is mostly light.
        assert sheet.convert("L").resize((1, 1)).getpixel((0, 0)) > 150


def test_a_theme_font_that_is_not_installed_is_a_warning(tmp_path: Path) -> None:
    theme = tmp_path / "odd" / "theme.yaml"
    theme.parent.mkdir()
    theme.write_text("name: odd\nextends: default\nfonts:\n  body: No Such Font Sans\n")
    done = run_cli("build", str(EXAMPLE), "-o", str(tmp_path / "d.pptx"), "--theme", str(theme))
    assert done.returncode == 0, done.stderr
    assert "warning: No Such Font Sans: not found; conservative estimate: install" in done.stderr


@pytest.mark.parametrize("args", [["--help"], ["verses", "John 3:16"], ["translations"]])
def test_light_commands_never_import_python_pptx_or_pillow(args: list[str]) -> None:
    code = (
        "import sys\nfrom slidegen.cli import main\n"
        f"try:\n    main({args!r})\nexcept SystemExit:\n    pass\n"
        "heavy = sorted(m for m in ('pptx', 'PIL', 'lxml') if m in sys.modules)\n"
        "print('heavy:' + ','.join(heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip().splitlines()[-1] == "heavy:"


def test_check_refuses_a_folder_with_a_usage_error() -> None:
    done = run_cli("check", str(EXAMPLE.parent))
    assert done.returncode == 2
    assert "is a folder — check one outline at a time" in done.stderr


def test_output_cut_short_by_a_closed_pipe_is_not_reported_as_a_bug() -> None:
    # All of the Psalms is far more than a pipe holds, so the writer meets the closed pipe.
    done = subprocess.run(
        f"{sys.executable} -m slidegen verses 'Psalms 1-150' | head -n 1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.stdout == "Psalms 1–150 (WEB)\n"
    assert "internal error" not in done.stderr
    assert "Traceback" not in done.stderr
