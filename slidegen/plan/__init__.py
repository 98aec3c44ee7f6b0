"""Outline + verse texts + Theme → Plan: which slides, in what order, with what text where.

Pure: no python-pptx, no disk writes. Every fitting decision (wrap, size, split) is made here with
real font measurements from `fit`, so the renderer only draws and tests can check the plan.
`slides` walks the outline, `layout` sizes and places text, `words` writes numerals and notes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from slidegen.model import Citation, Outline, Plan, Point, Scripture, Theme
from slidegen.plan.slides import Planner

__all__ = ["all_citations", "plan_deck"]


def plan_deck(outline: Outline, scriptures: Mapping[Citation, Scripture], theme: Theme) -> Plan:
    """Plan every slide of the deck (pure: same inputs, same plan)."""
    return Planner(outline, scriptures, theme).run()


def all_citations(outline: Outline) -> list[Citation]:
    """Every passage the outline cites, in deck order (the scripture stage looks these up)."""
    found: list[Citation] = list(outline.citations)

    def walk(points: Sequence[Point]) -> None:
        for point in points:
            found.extend(point.citations)
            walk(point.points)

    if outline.intro:
        walk([outline.intro])
    for section in outline.sections:
        found.extend(section.citations)
        walk(section.points)
    if outline.conclusion:
        walk([outline.conclusion])
    return found
