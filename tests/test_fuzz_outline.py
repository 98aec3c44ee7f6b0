"""Property tests: whatever text or YAML-shaped data an outline holds, loading and planning either
succeed or raise our own error, within bounded time.

Examples per test: SLIDEGEN_FUZZ_EXAMPLES (default 150 in CI; e.g. 5000 for a long local run).
"""

from __future__ import annotations

import os
import string
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slidegen.build import look_up
from slidegen.errors import SlidegenError
from slidegen.outline import parse_outline
from slidegen.plan import all_citations, plan_deck
from slidegen.resources import resolve
from slidegen.schema import OUTLINE_FIELDS, PASSAGE_FIELDS, POINT_FIELDS, SECTION_FIELDS
from slidegen.theme import load_theme

EXAMPLES = int(os.environ.get("SLIDEGEN_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
THEME = load_theme()
RESOURCES = resolve(THEME)

KEYS = sorted({*OUTLINE_FIELDS, *SECTION_FIELDS, *POINT_FIELDS, *PASSAGE_FIELDS, "ref"})
REFERENCES = ["John 3:16", "Exodus 32:7–14", "11", "12a", "Psalm 23", "Jude 3", "Gen 1:26-2:3",
              "Romans 8:28-39; 12:1-2", "v 30", "Exodus 50:1", "Hezekiah 2", "0:0",
              "2026-11-29", "2026-13-45", "2026-02-30"]  # fmt: skip
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**6), max_value=10**6),
    st.floats(allow_nan=True),
    st.sampled_from(REFERENCES),
    st.text(alphabet=string.printable + "–—“”’é\u0007\ufeff", max_size=60),
)
yaml_like: st.SearchStrategy[Any] = st.recursive(
    scalars,
    lambda children: st.one_of(
        st.lists(children, max_size=4),
        st.dictionaries(st.sampled_from(KEYS) | st.text(max_size=8), children, max_size=5),
    ),
    max_leaves=30,
)
outline_like = st.fixed_dictionaries(
    {"title": scalars, "sections": st.lists(yaml_like, min_size=0, max_size=4)},
    optional={key: yaml_like for key in OUTLINE_FIELDS if key not in ("title", "sections")},
)


def load_and_plan(text: str) -> None:
    try:
        outline = parse_outline(text, "fuzz.yaml")
        scriptures = look_up(all_citations(outline), outline.translation, "fuzz.yaml")
    except SlidegenError:
        return
    plan = plan_deck(outline, scriptures, THEME, RESOURCES)
    assert plan.slides[0].kind == "title"
    assert all(slide.title.strip() or slide.kind == "point" for slide in plan.slides)


@FUZZ
@given(st.text(max_size=400))
def test_arbitrary_text_loads_or_fails_with_our_error(text: str) -> None:
    load_and_plan(text)


@FUZZ
@given(outline_like)
def test_outline_shaped_data_loads_and_plans_or_fails_with_our_error(data: dict[str, Any]) -> None:
    load_and_plan(yaml.safe_dump(data, allow_unicode=True))


@FUZZ
@given(yaml_like)
def test_any_yaml_value_loads_or_fails_with_our_error(data: Any) -> None:
    load_and_plan(yaml.safe_dump(data, allow_unicode=True))
