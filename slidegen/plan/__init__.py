"""Outline + verse texts + Theme + Resources → Plan: every slide as it will be drawn.

Pure: no python-pptx, no disk. Every decision (wrap, size, split, colour, scrim) is made here with
real font measurements and the background's pixels, handed in as `Resources`, so renderers only
draw and `check` and tests read the same plan. `slides` walks the outline, `grid` says where each
kind's parts go, `layout` sizes and places text, `legibility` settles colours and scrims, `words`
writes numerals and notes.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from slidegen.model import Citation, Outline, Plan, Point, Scripture, Theme
from slidegen.plan.resources import Fonts, Resources
from slidegen.plan.slides import Planner

__all__ = ["Fonts", "Resources", "all_citations", "plan_deck"]


def plan_deck(
    outline: Outline,
    scriptures: Mapping[Citation, Scripture],
    theme: Theme,
    resources: Resources,
) -> Plan:
    """Plan every slide of the deck (pure: same inputs, same plan)."""
    return Planner(outline, scriptures, theme, resources).run()


def all_citations(outline: Outline) -> list[Citation]:
    """Every passage the outline cites, in deck order (the scripture stage looks these up)."""
    found: list[Citation] = list(outline.citations)

    def walk(points: Sequence[Point]) -> None:
        for point in points:
            found.extend(point.citations)
            walk(point.points)

    if outline.intro:
        walk([outline.intro])
    if outline.big_idea:
        walk([outline.big_idea])
    for section in outline.sections:
        found.extend(section.citations)
        walk(section.points)
    if outline.conclusion:
        walk([outline.conclusion])
    return found
