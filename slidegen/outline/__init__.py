"""Outline YAML → Outline: required keys, types, unknown keys (did-you-mean), relative references.

Every problem in the file is collected and reported together, each with its line and column,
so the user fixes the file in one pass instead of one error per run. `fields` reads scalar
values, `passages` reads `passage:` values, `reader` walks the outline's structure.
"""

from slidegen.outline.passages import MAX_DECK_VERSES, MAX_PASSAGE_VERSES, verse_count
from slidegen.outline.reader import (
    MAX_DEPTH,
    MAX_INCLUDE_DEPTH,
    MAX_INCLUDES,
    MAX_POINTS,
    MAX_SECTIONS,
    MAX_TITLE,
    load_outline,
    parse_outline,
    read_outline,
)

__all__ = [
    "MAX_DECK_VERSES",
    "MAX_DEPTH",
    "MAX_INCLUDES",
    "MAX_INCLUDE_DEPTH",
    "MAX_PASSAGE_VERSES",
    "MAX_POINTS",
    "MAX_SECTIONS",
    "MAX_TITLE",
    "load_outline",
    "parse_outline",
    "read_outline",
    "verse_count",
]
