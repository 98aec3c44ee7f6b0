"""A deck and handout of a sermon in another language tell PowerPoint and Word which language
their text is in, so the volunteer who fixes a typo on Saturday night is not shown every word
of a Spanish sermon underlined as misspelt English. English decks carry no tag: the reader's
own English (en-GB, en-AU…) stays in charge."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from lxml import etree
from openxml_audit import OpenXmlValidator

from .cli_support import run
from .conftest import EXAMPLE

A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

SPANISH = """\
title: La fe que vence al mundo
passage: 1 Juan 5:1-5
language: es
date: 2026-11-29
preacher: Pastora Lucía Herrera
sections:
  - heading: Nacidos de Dios
    points:
      - text: El que cree es [[nacido]] de Dios
        passage: v. 1
  - heading: La victoria es la fe
    passage: vv. 4-5
"""


def _runs(deck: Path, part_prefix: str) -> list[etree._Element]:
    with zipfile.ZipFile(deck) as package:
        names = [n for n in package.namelist() if n.startswith(part_prefix) and n.endswith(".xml")]
        trees = [etree.fromstring(package.read(n)) for n in names]
    return [run for tree in trees for run in tree.iter(f"{A}r")]


def _build(tmp_path: Path, capsys: pytest.CaptureFixture[str], source: Path) -> Path:
    deck = tmp_path / "deck.pptx"
    code, _out, err = run(capsys, "build", str(source), "-o", str(deck), "--handout")
    assert code == 0, err
    return deck


def test_every_run_of_a_spanish_deck_and_its_notes_is_tagged_spanish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    source = tmp_path / "fe.yaml"
    source.write_text(SPANISH, encoding="utf-8")
    deck = _build(tmp_path, capsys, source)
    slides = _runs(deck, "ppt/slides/slide")
    notes = _runs(deck, "ppt/notesSlides/")
    assert slides and notes
    for found in (slides, notes):
        tags = {r.find(f"{A}rPr").get("lang") if r.find(f"{A}rPr") is not None else None
                for r in found}  # fmt: skip
        assert tags == {"es-ES"}
    assert OpenXmlValidator().validate(deck).errors == []


def test_the_spanish_handout_is_checked_as_spanish(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    source = tmp_path / "fe.yaml"
    source.write_text(SPANISH, encoding="utf-8")
    _build(tmp_path, capsys, source)
    handout = next(tmp_path.glob("*handout*.docx"))
    with zipfile.ZipFile(handout) as package:
        styles = etree.fromstring(package.read("word/styles.xml"))
    normal = next(s for s in styles.iter(f"{W}style") if s.get(f"{W}styleId") == "Normal")
    assert normal.find(f"{W}rPr/{W}lang").get(f"{W}val") == "es-ES"
    assert OpenXmlValidator().validate(handout).errors == []


def test_an_english_deck_carries_no_language_tag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    deck = _build(tmp_path, capsys, EXAMPLE)
    runs = _runs(deck, "ppt/slides/slide") + _runs(deck, "ppt/notesSlides/")
    assert runs
    assert all(r.find(f"{A}rPr") is None or r.find(f"{A}rPr").get("lang") is None for r in runs)


def test_an_english_handout_is_valid_and_untagged(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    _build(tmp_path, capsys, EXAMPLE)
    handout = next(tmp_path.glob("*handout*.docx"))
    with zipfile.ZipFile(handout) as package:
        styles = package.read("word/styles.xml")
    assert b"w:lang " not in styles.split(b'w:styleId="Normal"')[1].split(b"</w:style>")[0]
    assert OpenXmlValidator().validate(handout).errors == []


def test_a_chinese_handout_is_checked_as_chinese_in_the_east_asian_slot_too(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    source = tmp_path / "sermon.yaml"
    source.write_text(
        "title: 神愛世人\npassage: 約3:16\nlanguage: zh-hant\n"
        "sections:\n  - heading: 神賜下祂的[[獨生子]]\n",
        encoding="utf-8",
    )
    _build(tmp_path, capsys, source)
    handout = next(tmp_path.glob("*handout*.docx"))
    with zipfile.ZipFile(handout) as package:
        styles = etree.fromstring(package.read("word/styles.xml"))
    normal = next(s for s in styles.iter(f"{W}style") if s.get(f"{W}styleId") == "Normal")
    lang = normal.find(f"{W}rPr/{W}lang")
    # Word checks Chinese characters by the East Asian tag, not the Latin one.
    assert (lang.get(f"{W}val"), lang.get(f"{W}eastAsia")) == ("zh-TW", "zh-TW")
    assert OpenXmlValidator().validate(handout).errors == []
