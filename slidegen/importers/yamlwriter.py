"""Outline data → readable outline YAML: safe quoting by PyYAML, notes as folded blocks.

Comments go at the top (what the importer guessed, lines it could not place) so nothing the
preacher wrote is silently dropped. Blank lines between sections are only kept when they do not
change what the YAML means.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from slidegen.importers.convert import Folded

# PyYAML breaks lines after passing the width, so leave room for one more word.
WIDTH = 88
_BREAK_BEFORE = re.compile(r"^(?:intro|sections|conclusion):|^  - heading:", re.M)


class _Dumper(yaml.SafeDumper):
    """SafeDumper that indents lists under their key, like the example outlines."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _folded(dumper: yaml.SafeDumper, value: Folded) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style=">")


_Dumper.add_representer(Folded, _folded)


def dump(data: dict[str, Any], comments: list[str], unplaced: list[str]) -> str:
    body = yaml.dump(
        data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=WIDTH, indent=2
    )
    spaced = _BREAK_BEFORE.sub(lambda m: "\n" + m.group(0), body).replace(
        "sections:\n\n", "sections:\n"
    )
    if yaml.safe_load(spaced) == yaml.safe_load(body):
        body = spaced
    header = ["# Imported by slidegen: check the slide texts, then build."]
    header += [f"# note: {_one_line(c)}" for c in comments]
    header += [f"# could not place: {_one_line(u)}" for u in unplaced]
    return "\n".join(header) + "\n" + body


def _one_line(text: str) -> str:
    # A comment ends at the line break; anything after it would become YAML.
    return " ".join(text.split())
