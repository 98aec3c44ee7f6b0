"""The files for the church's presentation program, written beside the deck from its plan:
`--freeshow` (NAME.project, freeshow.py) and `--openlp` (NAME.osz, openlp.py)."""

from __future__ import annotations

from pathlib import Path

from slidegen.build import write_atomically
from slidegen.model import Plan

SUFFIXES = {"freeshow": ".project", "openlp": ".osz"}


def program_targets(deck: Path, freeshow: bool, openlp: bool) -> list[Path]:
    """Where the files asked for go: beside the deck, named as it is."""
    wanted = {"freeshow": freeshow, "openlp": openlp}
    return [deck.with_suffix(suffix) for name, suffix in SUFFIXES.items() if wanted[name]]


def write_programs(plan: Plan, deck: Path, freeshow: bool, openlp: bool) -> list[Path]:
    """Write each file asked for (each replaced only by a complete new one); their paths."""
    written = []
    for target in program_targets(deck, freeshow, openlp):
        if target.suffix == ".project":
            from slidegen.freeshow import write_project

            write_atomically(target, lambda file: write_project(plan, deck.stem, file))
        else:
            from slidegen.openlp import write_service

            write_atomically(target, lambda file: write_service(plan, file))
        written.append(target)
    return written
