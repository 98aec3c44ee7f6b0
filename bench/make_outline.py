"""Scale an outline by repeating its sections: `python bench/make_outline.py IN.yaml 10 OUT.yaml`.

The copies keep every point, note and passage, so a 10× outline makes about 10× the slides.
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml


def scaled(source: Path, factor: int) -> str:
    data = yaml.safe_load(source.read_text(encoding="utf-8"))
    sections = data["sections"]
    data["sections"] = [
        {**section, "heading": f"{section['heading']} ({copy})"} if copy > 1 else section
        for copy in range(1, factor + 1)
        for section in sections
    ]
    # Written out in full: YAML anchors for the repeats would be refused (and are not a sermon).
    return yaml.dump(data, Dumper=_NoAliases, sort_keys=False, allow_unicode=True, width=100)


class _NoAliases(yaml.SafeDumper):
    def ignore_aliases(self, data: object) -> bool:
        return True


if __name__ == "__main__":
    source, factor, target = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    target.write_text(scaled(source, factor), encoding="utf-8")
