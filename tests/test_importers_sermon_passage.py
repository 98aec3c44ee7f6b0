"""The sermon's own passage, labelled in a .txt or .md outline ("Text: John 3:37", "본문:
요한복음 3:37", "Predigttext: Joh 3,37"), that points past its chapter stops the build with the
file and line, as a YAML outline's does: building on without its reading would leave a deck that
looks finished and lacks its Scripture."""

from __future__ import annotations

from pathlib import Path

import pytest

from .cli_support import run

CASES = {
    "en.txt": "The Wind Blows\nText: John 3:37\n\nI. Born again\nII. Lifted up\n",
    "ko.txt": "바람이 임의로 불매\n본문: 요한복음 3:37\n김철수 목사\n\n서론\n"
    "첫째, 거듭남\n둘째, 들림\n",
    "de.md": "# Der Wind weht\n\nPredigttext: Joh 3,37\n\n## Einleitung\n\n"
    "## Punkt 1: Neu geboren\n",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_a_wrong_sermon_passage_stops_the_build_at_its_line(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    source = tmp_path / name
    source.write_text(CASES[name], encoding="utf-8")
    code, _out, err = run(capsys, "build", str(source), "-o", str(tmp_path / "deck.pptx"))
    assert code == 1
    line = next(n for n, text in enumerate(CASES[name].splitlines(), 1) if "3" in text)
    assert err.strip().splitlines()[-1].startswith(f"{source}:{line}: the sermon's passage:")
    assert "36 verses, not 37" in err
    assert not (tmp_path / "deck.pptx").exists()


def test_a_right_one_still_builds(tmp_path: Path, capsys: pytest.CaptureFixture[str]):
    source = tmp_path / "en.txt"
    source.write_text(CASES["en.txt"].replace("3:37", "3:1-8"), encoding="utf-8")
    code, _out, err = run(capsys, "build", str(source), "-o", str(tmp_path / "deck.pptx"))
    assert code == 0, err
