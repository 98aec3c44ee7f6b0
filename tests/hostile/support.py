"""Running the real `slidegen` on a file from a stranger: a child process under a memory and
CPU-time limit, as the attack-by-attack review ran it (issue 18).

Every attack is built by the test from code; the outcome must be a refusal (exit 1, one line,
no traceback) or a clean deck, within the limits. The CPU limit, not a wall clock, bounds the
work, so a busy machine does not fail a test; the wall-clock timeout only catches a hang.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

MEMORY_BYTES = 400 * 2**20
CPU_SECONDS = 10
HANG_SECONDS = 120  # a FIFO read would wait forever: this only ends a hang

# A sermon as anyone would write it, to wrap each attack in.
SERMON = """\
title: Grace Enough
passage: John 3:16
sections:
  - heading: Loved
    points:
      - God so loved the world
"""


def _limits(extra: Mapping[int, int]) -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_BYTES, MEMORY_BYTES))
    resource.setrlimit(resource.RLIMIT_CPU, (CPU_SECONDS, CPU_SECONDS))
    for kind, value in extra.items():
        resource.setrlimit(kind, (value, resource.RLIM_INFINITY))


def _environment(cwd: Path, env: Mapping[str, str | None] | None) -> dict[str, str]:
    """This environment with the run's own image cache, changed by `env` (None removes)."""
    environment = {**os.environ, "SLIDEGEN_CACHE": str(cwd / ".cache")}
    for name, value in (env or {}).items():
        if value is None:
            environment.pop(name, None)
        else:
            environment[name] = value
    return environment


def slidegen(
    *args: str | Path,
    cwd: Path,
    env: Mapping[str, str | None] | None = None,
    limits: Mapping[int, int] | None = None,
) -> subprocess.CompletedProcess[str]:
    """`slidegen ARGS` in `cwd` under the limits (plus `limits`, e.g. RLIMIT_FSIZE), with its
    own image cache unless `env` says otherwise (a value of None removes a variable)."""
    return subprocess.run(
        [sys.executable, "-m", "slidegen", *map(str, args)],
        cwd=cwd,
        env=_environment(cwd, env),
        capture_output=True,
        text=True,
        errors="backslashreplace",
        timeout=HANG_SECONDS,
        preexec_fn=lambda: _limits(limits or {}),
    )


def start(
    *args: str | Path, cwd: Path, env: Mapping[str, str | None] | None = None, limited: bool = True
) -> subprocess.Popen[str]:
    """`slidegen ARGS` started in the background, stderr to read; under the limits unless
    `limited` is False (LibreOffice, started by an export, needs more than 400 MB)."""
    return subprocess.Popen(
        [sys.executable, "-m", "slidegen", *map(str, args)],
        cwd=cwd,
        env=_environment(cwd, env),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        errors="backslashreplace",
        preexec_fn=(lambda: _limits({})) if limited else None,
    )


def refused(done: subprocess.CompletedProcess[str]) -> str:
    """The run was refused as bad input: exit 1 and one line on stderr, nothing on stdout that
    says a deck was written. That line."""
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    lines = done.stderr.splitlines()
    assert len(lines) == 1, done.stderr[-2000:]
    assert "wrote" not in done.stdout
    assert "internal error" not in lines[0]
    return lines[0]


def refusals(done: subprocess.CompletedProcess[str]) -> list[str]:
    """The run was refused for several problems, all reported at once: one line each."""
    assert done.returncode == 1, (done.returncode, done.stderr[-2000:])
    assert "wrote" not in done.stdout
    lines = done.stderr.splitlines()
    assert not any("internal error" in line or "Traceback" in line for line in lines)
    return lines


def built(done: subprocess.CompletedProcess[str]) -> None:
    """The run built its deck (warnings allowed, no error)."""
    assert done.returncode == 0, (done.returncode, done.stderr[-2000:])
    assert "wrote" in done.stdout


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
