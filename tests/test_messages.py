"""Messages issue 13 asked for, through the real command line: tabs, a colon inside unquoted
text, a PDF named with -o, dates that are not days, a deck that cannot be replaced, and counts
in the right number."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from slidegen.build import _write_hint
from slidegen.counts import counted

from .cli_support import one_line, run


def build(capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, *extra: str):
    path = tmp_path / "sermon.yaml"
    path.write_text(text, encoding="utf-8")
    return run(capsys, "build", str(path), "-o", str(tmp_path / "sermon.pptx"), *extra)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "title: Grace\nsections:\n\t- heading: One\n",
            "sermon.yaml:3:1: a tab character in the indentation — use spaces, not tabs",
        ),
        (
            "title: Grace\nsections:\n  - heading: First Cycle: grounded in God\n",
            'sermon.yaml:3:25: a colon inside a value — put it in quotes: heading: "First '
            'Cycle: grounded in God"',
        ),
        (
            "title: Grace\nsections:\n  - heading: One\n    points:\n"
            "      - Moses pleads: on the basis of God's name\n",
            'sermon.yaml:5:9: a colon inside the text — put it in quotes: - "Moses pleads: '
            "on the basis of God's name\"",
        ),
        (
            'title: Grace\ndate: "2026-02-30"\nsections:\n  - heading: One\n',
            "sermon.yaml:2:7: '2026-02-30' is not a real date — write dates as YYYY-MM-DD",
        ),
    ],
    ids=["tab", "colon-in-heading", "colon-in-point", "quoted-date"],
)
def test_a_mistake_in_the_outline_is_named_with_what_to_do(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str, message: str
):
    code, _, err = build(capsys, tmp_path, text)
    assert code == 1
    assert message in one_line(err)


def test_a_misspelt_key_is_still_a_misspelt_key(capsys, tmp_path: Path):
    code, _, err = build(capsys, tmp_path, "title: T\nsections:\n  - heading: H\n    points:\n"
                         "      - txt: a\n")  # fmt: skip
    assert code == 1 and "unknown key 'txt' in a point — did you mean 'text'?" in err


def test_a_date_set_on_the_command_line_is_checked_too(capsys, tmp_path: Path):
    code, _, err = build(
        capsys, tmp_path, "title: Grace\nsections:\n  - heading: One\n", "--set", "date=2026-13-01"
    )
    assert code == 1
    assert one_line(err).startswith("--set date: '2026-13-01' is not a real date")


def test_a_pdf_named_with_o_points_to_the_pdf_option(capsys, tmp_path: Path):
    path = tmp_path / "sermon.yaml"
    path.write_text("title: Grace\nsections:\n  - heading: One\n", encoding="utf-8")
    code, _, err = run(capsys, "build", str(path), "-o", str(tmp_path / "deck.pdf"))
    assert code == 1
    assert "for PDF too, add --pdf: -o deck.pptx --pdf writes it beside the deck" in one_line(err)


def test_a_deck_that_cannot_be_replaced_is_not_called_a_full_disk():
    locked = OSError(errno.EACCES, "Permission denied")
    assert _write_hint(locked) == (
        "close it in PowerPoint or Keynote (or make it writable), or choose another -o"
    )
    assert _write_hint(OSError(errno.ENOSPC, "No space left on device")).startswith(
        "free some disk space"
    )


def test_counts_are_singular_or_plural(capsys, tmp_path: Path):
    code, out, _ = build(capsys, tmp_path, "title: Grace\nsections:\n  - heading: One\n")
    assert code == 0 and "(3 slides, theme default)" in out
    assert (counted(1, "deck"), counted(2, "deck"), counted(1, "passage")) == (
        "1 deck",
        "2 decks",
        "1 passage",
    )
    folder = tmp_path / "one"
    folder.mkdir()
    (folder / "grace.yaml").write_text("title: Grace\nsections:\n  - heading: One\n")
    code, out, _ = run(capsys, "build", str(folder), "-o", str(tmp_path / "decks"))
    assert code == 0 and "built 1 of 1 deck" in out and "decks" not in out.splitlines()[-1]
