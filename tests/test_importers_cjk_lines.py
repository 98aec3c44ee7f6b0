"""A sentence typed over several lines is joined into one: with a space in English or Korean,
whose words are spaced, and without one in Chinese, which puts no space between its words; in
a plain-text paragraph, a wrapped Markdown list item and a Word paragraph's line break alike."""

from __future__ import annotations

from pathlib import Path

import docx

from slidegen.importers import import_source
from slidegen.scripts import joined

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


def test_a_wrapped_chinese_markdown_list_item_has_no_space_where_its_lines_meet(tmp_path: Path):
    source = tmp_path / "sermon.md"
    source.write_text(
        "# 神爱世人\n\n经文：约翰福音3:16\n\n## 第一，神的爱\n\n- 神爱世人，甚至将他的独生子\n"
        "  赐给他们\n- 不至灭亡\n\n## 第二，神的恩典\n\n- 永不改变\n",
        encoding="utf-8",
    )
    points = import_source(source).outline.sections[0].points
    assert [p.text for p in points] == ["神爱世人，甚至将他的独生子赐给他们", "不至灭亡"]


def test_a_line_break_inside_a_chinese_word_paragraph_adds_no_space(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("神爱世人", style="Title")
    document.add_paragraph("经文：约翰福音3:16")
    document.add_paragraph("第一，神的爱", style="Heading 1")
    point = document.add_paragraph("神爱世人，甚至将他的独生子", style="List Bullet")
    point.add_run().add_break()  # Shift+Enter in Word
    point.add_run("赐给他们")
    document.add_paragraph("第二，神的恩典", style="Heading 1")
    source = tmp_path / "sermon.docx"
    document.save(str(source))
    (point,) = import_source(source).outline.sections[0].points
    assert point.text == "神爱世人，甚至将他的独生子赐给他们"
