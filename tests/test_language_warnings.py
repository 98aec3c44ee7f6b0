"""A sermon written in another language whose verses would come out in English (no Bible of
that language imported) builds, with one warning that says how to get the verses in it."""

from __future__ import annotations

from pathlib import Path

from slidegen.build import build_deck

KOREAN = """\
title: 참 포도나무
passage: 요한복음 15:1-5
language: ko
sections:
  - heading: 열매 맺는 삶
"""


def test_a_korean_sermon_with_english_verses_is_warned_once(tmp_path: Path):
    source = tmp_path / "vine.yaml"
    source.write_text(KOREAN, encoding="utf-8")
    result = build_deck(source, tmp_path / "vine.pptx")
    said = [w for w in result.warnings if "English text" in w]
    assert len(said) == 1
    assert said[0].startswith(str(source)) and "slidegen bibles add" in said[0]


def test_given_text_or_an_english_sermon_is_not_warned(tmp_path: Path):
    given = tmp_path / "given.yaml"
    given.write_text(
        KOREAN.replace(
            "passage: 요한복음 15:1-5",
            "passage:\n  ref: 요한복음 15:5\n  translation: 개역개정\n"
            "  text: 나는 포도나무요 너희는 가지라",
        ),
        encoding="utf-8",
    )
    english = tmp_path / "english.yaml"
    english.write_text(
        "title: The True Vine\npassage: John 15:1-5\nsections:\n  - heading: Abide\n",
        encoding="utf-8",
    )
    for source in (given, english):
        result = build_deck(source, tmp_path / f"{source.stem}.pptx")
        assert not [w for w in result.warnings if "English text" in w], source.name
