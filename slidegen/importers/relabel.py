"""Passage labels in imported outline data, written as the outline's language writes them.

The importer finds and checks passages by their English canonical names; the YAML it writes for
a Spanish preacher says "Juan 3:16" and "1 Corintios 13:4–7" (naming.py's titles), each checked to
read back as the same passage, so what the preacher reviews is in their own language.
"""

from __future__ import annotations

from typing import Any

from slidegen.errors import SlidegenError
from slidegen.scripture import parse_references
from slidegen.scripture.languages import Language
from slidegen.scripture.naming import format_passage


def write_in_language(data: Any, language: Language) -> None:
    """Every passage label in `data` as the outline's language writes it ("Juan 3:16"), where
    that reads back as the same passage; otherwise its English label stays."""
    if isinstance(data, list):
        for value in data:
            write_in_language(value, language)
    if not isinstance(data, dict):
        return
    for key, value in data.items():
        if key == "passage":
            written = [
                _label_in(v, language) for v in ([value] if isinstance(value, str) else value)
            ]
            data[key] = written[0] if isinstance(value, str) else written
        else:
            write_in_language(value, language)


def _label_in(label: str, language: Language) -> str:
    passage = parse_references(label)[0]
    written = format_passage(passage, language.code)
    try:
        same = parse_references(written, None, language) == [passage]
    except SlidegenError:
        same = False
    return written if same else label
