"""The words an OpenLP custom slide carries, read from the plan without OpenLP: the slide's
text, not the deck's footer (series · church, the slide number), which OpenLP's theme draws."""

from __future__ import annotations

from pathlib import Path

from slidegen.build import prepare
from slidegen.openlp import FOOTER_JOIN, slide_text

SERMON = """\
title: Waiting Well
series: Advent
church: Grace Church
sections:
  - heading: Watch
    points:
      - Stay awake
      - Keep your lamps lit
  - heading: Wait
"""


def test_custom_slides_leave_out_the_footer_and_the_slide_number(tmp_path: Path) -> None:
    source = tmp_path / "waiting.yaml"
    source.write_text(SERMON, encoding="utf-8")
    plan = prepare(source, theme="minimal").plan()  # a theme that numbers its slides
    footer = FOOTER_JOIN.join(("Advent", "Grace Church"))
    texts = [block.text for slide in plan.slides for block in slide.blocks]
    assert footer in texts and "3" in texts  # the deck shows them, so leaving them out is work
    for number, slide in enumerate(plan.slides, 1):
        lines = slide_text(slide).split("\n")
        assert lines[0] == slide.title
        assert footer not in lines and str(number) not in lines, lines


def test_a_section_s_own_number_stays_on_its_custom_slide(tmp_path: Path) -> None:
    # The minimal theme numbers sections 1, 2 (a block of digits, like a slide number).
    source = tmp_path / "waiting.yaml"
    source.write_text(SERMON, encoding="utf-8")
    plan = prepare(source, theme="minimal").plan()
    sections = [s for s in plan.slides if s.kind == "section"]
    assert [slide_text(s).split("\n")[1:] for s in sections] == [["1"], ["2"]]
