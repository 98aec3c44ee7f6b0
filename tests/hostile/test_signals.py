"""Stopping slidegen from outside: SIGTERM and SIGHUP clean up as Ctrl-C does (no temp deck,
last week's deck intact), an interrupted export leaves no LibreOffice running and none of its
folders, and the message says exactly what was and was not written."""

from __future__ import annotations

import contextlib
import signal
import subprocess
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from ..conftest import EXAMPLE, long_sermon
from ..render_support import require_soffice
from .support import HANG_SECONDS, slidegen, start


def wait_for(found: Callable[[], bool], process: subprocess.Popen[str], what: str) -> None:
    deadline = time.monotonic() + HANG_SECONDS
    while time.monotonic() < deadline:
        assert process.poll() is None, f"slidegen ended before {what}: {process.stderr}"
        if found():
            return
        time.sleep(0.01)
    raise AssertionError(f"never saw {what}")


def temp_deck_growing(folder: Path) -> bool:
    """A temp deck with 64 kB of slides in it: the deck is being written."""
    for temp in folder.glob(".deck.*.tmp"):
        with contextlib.suppress(FileNotFoundError):
            if temp.stat().st_size >= 64 * 1024:
                return True
    return False


def processes_naming(folder: Path) -> list[int]:
    """Running processes whose command line names `folder` (zombies have none)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            with contextlib.suppress(OSError):
                if str(folder).encode() in (entry / "cmdline").read_bytes():
                    found.append(int(entry.name))
    return found


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGHUP, signal.SIGINT])
def test_a_signal_mid_deck_keeps_last_weeks_deck(tmp_path: Path, stop: signal.Signals) -> None:
    deck = tmp_path / "deck.pptx"
    assert slidegen("build", EXAMPLE, "-o", deck, cwd=tmp_path).returncode == 0
    last_week = deck.read_bytes()
    outline = long_sermon(tmp_path / "long.yaml")
    with start("build", outline, "-o", deck, cwd=tmp_path) as process:
        try:
            wait_for(lambda: temp_deck_growing(tmp_path), process, "the deck being written")
            process.send_signal(stop)
            status = process.wait(timeout=HANG_SECONDS)
        finally:
            if process.poll() is None:
                process.kill()
        assert process.stderr is not None
        message = process.stderr.read()
    assert status == 130, message
    said = "interrupted" if stop == signal.SIGINT else f"stopped by {stop.name}"
    assert message == f"{said}: did not write {deck}; the one there before is unchanged\n"
    assert deck.read_bytes() == last_week
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pptx", "long.yaml"]


@pytest.mark.render
@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_a_signal_during_export_stops_libreoffice_and_says_what_was_written(
    tmp_path: Path, stop: signal.Signals
) -> None:
    require_soffice()
    work, temp = tmp_path / "work", tmp_path / "tmp"
    work.mkdir()
    temp.mkdir()
    deck = work / "deck.pptx"
    env = {"TMPDIR": str(temp)}  # LibreOffice's throw-away profile is made here
    with start("build", EXAMPLE, "-o", deck, "--pdf", cwd=work, env=env, limited=False) as process:
        try:
            wait_for(lambda: len(processes_naming(temp)) > 0, process, "LibreOffice running")
            process.send_signal(stop)
            status = process.wait(timeout=HANG_SECONDS)
        finally:
            if process.poll() is None:
                process.kill()
        assert process.stderr is not None
        message = process.stderr.read().splitlines()[-1]
    assert status == 130
    said = "interrupted" if stop == signal.SIGINT else f"stopped by {stop.name}"
    assert message == f"{said}: wrote {deck} (complete); did not write {work / 'deck.pdf'}"
    # Killed at once; a busy machine may take a moment to finish them off.
    deadline = time.monotonic() + 30
    while processes_naming(temp) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert processes_naming(temp) == []
    assert list(temp.iterdir()) == []  # no profile
    assert sorted(p.name for p in work.iterdir()) == ["deck.pptx"]  # no staging
