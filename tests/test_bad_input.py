"""The catalogue of bad inputs in tests/data/bad: each file's first line says what must happen.

`# expect 1: TEXT` — the build fails with status 1, a short message on stderr containing TEXT
(naming the file), no traceback and no deck. `# expect 0: TEXT` — the deck is built and a
warning containing TEXT is printed.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from slidegen.cli import main

from .conftest import DATA

CATALOGUE = sorted((DATA / "bad").glob("*.yaml"))
_EXPECT = re.compile(rb"^# expect ([01]): (.*)$")


def expectation(path: Path) -> tuple[int, str]:
    first = path.read_bytes().split(b"\n", 1)[0]
    match = _EXPECT.match(first)
    if path.stat().st_size == 0:
        return 1, f"{path.name}: the file is empty"
    assert match, f"{path.name} has no '# expect' line"
    return int(match.group(1)), match.group(2).decode("utf-8", errors="replace")


def test_the_catalogue_covers_the_known_kinds_of_bad_input() -> None:
    assert len(CATALOGUE) >= 18


@pytest.mark.parametrize("path", CATALOGUE, ids=lambda p: p.stem)
def test_bad_input_gets_a_clear_message(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, text = expectation(path)
    out = tmp_path / "deck.pptx"
    assert main(["build", str(path), "-o", str(out)]) == status
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert text in err
    if status:
        assert 1 <= len(err.strip().splitlines()) <= 2
        # An unknown theme is named by the theme, the one error not about the outline's text.
        assert str(path) in err or (path.name == "unknown-theme.yaml" and "unknown theme" in err)
        assert not out.exists()
    else:
        assert out.is_file()
    assert [p.name for p in tmp_path.iterdir()] == (["deck.pptx"] if not status else [])


def test_python_tags_never_run(tmp_path: Path) -> None:
    marker = Path("/tmp/slidegen-pwned")
    marker.unlink(missing_ok=True)
    main(["build", str(DATA / "bad" / "python-tag.yaml"), "-o", str(tmp_path / "d.pptx")])
    assert not marker.exists()


def test_debug_flag_shows_the_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = DATA / "bad" / "missing-title.yaml"
    assert main(["--debug", "build", str(bad), "-o", str(tmp_path / "d.pptx")]) == 1
    assert "Traceback" in capsys.readouterr().err
