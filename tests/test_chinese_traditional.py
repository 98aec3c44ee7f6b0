"""Chinese in traditional characters (`language: zh-hant`), as churches in Taiwan, Hong Kong
and many overseas congregations write it: an imported outline is recognised by its script, and
the deck labels passages and writes its own words in traditional characters."""

from __future__ import annotations

from pathlib import Path

import pytest
from pptx import Presentation

from slidegen.build import prepare
from slidegen.importers import import_source

from .cli_support import run
from .test_fit_cjk import needs_cjk_face

TRADITIONAL = """\
神愛世人
經文：約翰福音3:16
王明牧師
2026年11月29日

引言
神的愛是何等長闊高深。

第一，神愛的是世人（約翰福音3:16）
第二，神賜下祂的獨生子（羅馬書5:8）
結論
願我們都活在這愛中。
"""

SIMPLIFIED = """\
神爱世人
经文：约翰福音3:16
王明牧师

第一，神爱的是世人（约翰福音3:16）
第二，神赐下祂的独生子（罗马书5:8）
结论
愿我们都活在这爱中。
"""


def test_a_traditional_outline_imports_as_zh_hant(tmp_path: Path):
    source = tmp_path / "sermon.txt"
    source.write_text(TRADITIONAL, encoding="utf-8")
    outline = import_source(source).outline
    assert outline.language == "zh-hant"
    assert [s.heading for s in outline.sections] == ["神愛的是世人", "神賜下祂的獨生子"]


def test_a_simplified_outline_stays_zh(tmp_path: Path):
    source = tmp_path / "sermon.txt"
    source.write_text(SIMPLIFIED, encoding="utf-8")
    assert import_source(source).outline.language == "zh"


def test_the_deck_labels_passages_and_notes_in_traditional_characters(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    source = tmp_path / "sermon.yaml"
    source.write_text(
        "title: 神愛世人\npassage: 約3:16\nlanguage: zh-hant\ndate: 2026-11-29\n"
        "sections:\n  - heading: 神賜下祂的獨生子\n    passage: 羅5:8\n",
        encoding="utf-8",
    )
    deck = tmp_path / "deck.pptx"
    code, _out, err = run(capsys, "build", str(source), "-o", str(deck))
    assert code == 0, err
    slides = list(Presentation(str(deck)).slides)
    words = " ".join(
        shape.text_frame.text for slide in slides for shape in slide.shapes if shape.has_text_frame
    )
    notes = " ".join(slide.notes_slide.notes_text_frame.text for slide in slides)
    assert "約翰福音 3:16" in words and "羅馬書 5:8" in words
    assert "约翰福音" not in words + notes and "罗马书" not in words + notes
    assert "2026年11月29日" in notes


@needs_cjk_face
def test_traditional_text_is_drawn_with_a_traditional_face_and_simplified_with_a_simplified(
    tmp_path: Path,
):
    faces = {}
    for name, text in (("trad", "神賜下祂的獨生子"), ("simp", "神赐下祂的独生子")):
        source = tmp_path / f"{name}.yaml"
        source.write_text(f"title: {text}\nsections:\n  - heading: {text}\n", encoding="utf-8")
        plan = prepare(source).plan()
        faces[name] = {
            run.east_asian.family
            for slide in plan.slides
            for block in slide.blocks
            for paragraph in block.paragraphs
            for run in paragraph
            if run.east_asian is not None
        }
    # Noto Sans CJK (CI's CJK face) comes in both: TC draws Taiwan's forms, SC the mainland's.
    assert faces["trad"] and all(family.endswith("TC") for family in faces["trad"])
    assert faces["simp"] and all(family.endswith("SC") for family in faces["simp"])
