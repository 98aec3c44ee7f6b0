"""`slidegen build --png` with slidegen's own renderer against the LibreOffice route.

Each command runs as its own process from a fresh output folder, in turn (A B A B …), after one
untimed warm-up each; prints the medians and the ratio. The target: slidegen's renderer at least
4× faster than `--renderer libreoffice` for the example sermon.

    python bench/png.py [--reps 5]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
EXAMPLE = REPO / "outlines" / "exodus-32-intercession.yaml"
ROUTES = {"slidegen": [], "libreoffice": ["--renderer", "libreoffice"]}


def run_once(extra: list[str], work: Path) -> float:
    out = work / "deck.pptx"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir()
    command = [sys.executable, "-m", "slidegen", "build", str(EXAMPLE), "-o", str(out), "--png"]
    start = time.perf_counter()
    subprocess.run(command + extra, check=True, capture_output=True)
    elapsed = time.perf_counter() - start
    assert len(list((work / "deck-slides").glob("slide-*.png"))) > 50
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=5)
    reps = parser.parse_args().reps
    times: dict[str, list[float]] = {name: [] for name in ROUTES}
    with tempfile.TemporaryDirectory() as scratch:
        for name, extra in ROUTES.items():  # warm-up: caches, LibreOffice's first start
            run_once(extra, Path(scratch) / name)
        for _ in range(reps):
            for name, extra in ROUTES.items():
                times[name].append(run_once(extra, Path(scratch) / name))
    medians = {name: statistics.median(values) for name, values in times.items()}
    for name, values in times.items():
        print(f"{name:12} median {medians[name]:.2f} s  ({', '.join(f'{v:.2f}' for v in values)})")
    print(f"slidegen's renderer is {medians['libreoffice'] / medians['slidegen']:.1f}× faster")


if __name__ == "__main__":
    main()
