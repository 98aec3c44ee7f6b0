"""A sentence typed over several lines is joined into one: with a space in English or Korean,
whose words are spaced, and without one in Chinese, which puts no space between its words."""

from __future__ import annotations

from pathlib import Path

from slidegen.importers import import_source
from slidegen.importers.wording import joined

CHINESE = """\
神爱世人
经文：约翰福音3:16

第一，神爱世人
神爱世人，甚至将他的独生子
赐给他们，叫一切信他的。

第二，神的爱永不改变
"""

KOREAN = """\
하나님의 사랑
본문: 요한복음 3:16

첫째, 하나님은 세상을 사랑하셨습니다
하나님이 세상을 이처럼
사랑하사 독생자를 주셨으니

둘째, 그 사랑은 변하지 않습니다
"""


def test_joined_keeps_spaces_only_where_the_script_has_them():
    assert joined(["神爱世人，甚至将", "他的独生子"]) == "神爱世人，甚至将他的独生子"
    assert joined(["하나님이 세상을 이처럼", "사랑하사"]) == "하나님이 세상을 이처럼 사랑하사"
    assert joined(["God so loved", "the world"]) == "God so loved the world"
    assert joined(["见约翰福音", "3:16"]) == "见约翰福音 3:16"  # a number after Chinese: spaced


def test_a_chinese_paragraph_over_two_lines_has_no_space_where_they_meet(tmp_path: Path):
    source = tmp_path / "sermon.txt"
    source.write_text(CHINESE, encoding="utf-8")
    first = import_source(source).outline.sections[0]
    assert "独生子赐给他们" in first.notes and "独生子 赐" not in first.notes


def test_a_korean_paragraph_over_two_lines_keeps_its_space(tmp_path: Path):
    source = tmp_path / "sermon.txt"
    source.write_text(KOREAN, encoding="utf-8")
    first = import_source(source).outline.sections[0]
    assert "이처럼 사랑하사" in first.notes
