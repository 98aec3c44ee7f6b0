"""Running `slidegen` in the test's own process and reading what it said."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidegen.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """`slidegen ARGS` in this process: exit status, stdout, stderr (never a traceback)."""
    code = main(list(args))
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err
    assert "internal error" not in captured.err
    return code, captured.out, captured.err


def one_line(stderr: str) -> str:
    """The only line of `stderr` (an error is one line)."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


def tree(folder: Path) -> list[str]:
    """Every file and folder under `folder`, hidden ones (temp files) included."""
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))
