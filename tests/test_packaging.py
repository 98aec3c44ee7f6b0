"""What a normal (non-editable) install ships: every package of slidegen/ and the themes."""

from __future__ import annotations

import re

from .conftest import REPO


def _listed_packages() -> set[str]:
    text = (REPO / "pyproject.toml").read_text(encoding="utf-8")
    block = re.search(r"^packages = \[(.*?)\]", text, re.S | re.M)
    assert block, "pyproject.toml lists no packages"
    return set(re.findall(r'"([\w.]+)"', block.group(1)))


def test_every_package_of_slidegen_is_in_the_wheel() -> None:
    # An editable install finds every folder anyway, so only this catches a forgotten one.
    on_disk = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "slidegen").rglob("__init__.py")
    }
    assert on_disk, "no packages found"
    assert on_disk <= _listed_packages(), sorted(on_disk - _listed_packages())
