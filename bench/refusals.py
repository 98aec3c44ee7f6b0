"""How fast, and in how little memory, `slidegen build` refuses files built to make it work.

Run from the repository root: `python bench/refusals.py [--reps 3]`. Each case is a whole
process (start-up included): the median wall and processor time and the peak memory of
refusing it. Target (issue 18): every case well under a second and far under 400 MB; a 2 MB
file is judged from libyaml's events, never composed.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from run import Sample, run_measured

SERMON = "title: Grace\npassage: John 3:16\nsections:\n  - heading: Loved\n    points:\n"

CASES: dict[str, Callable[[], str]] = {
    "2 MB of points": lambda: SERMON + "      - a\n" * 190_000,
    "nested 10,000 deep": lambda: "title: x\nsections: " + "[" * 10_000 + "]" * 10_000 + "\n",
    "block nested 60 deep": lambda: (
        "title: x\nsections:\n" + "".join(f"{'  ' * n}- points:\n" for n in range(60))
    ),
    "ten whole books": lambda: (
        SERMON + "".join("      - text: Read\n        passage: Psalms 1-150\n" for _ in range(10))
    ),
    "over 2 MB": lambda: SERMON + "      - a\n# " + "x" * 2_100_000 + "\n",
}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=3)
    reps = parser.parse_args().reps
    print(f"{'case':<22} {'wall s':>7} {'cpu s':>7} {'peak MiB':>9}")
    with tempfile.TemporaryDirectory() as scratch:
        for name, make in CASES.items():
            outline = Path(scratch) / "attack.yaml"
            outline.write_text(make(), encoding="utf-8")
            command = [sys.executable, "-m", "slidegen", "build", str(outline), "-o",
                       str(Path(scratch) / "deck.pptx")]  # fmt: skip
            samples: list[Sample] = []
            for _ in range(reps):
                status, sample, errors = run_measured(command)
                if status != 1 or "Traceback" in errors:
                    raise SystemExit(f"{name}: expected a refusal, got {status}: {errors}")
                samples.append(sample)
            wall = statistics.median(s.seconds for s in samples)
            cpu = statistics.median(s.cpu_seconds for s in samples)
            peak = max(s.peak_mib for s in samples)
            print(f"{name:<22} {wall:>7.2f} {cpu:>7.2f} {peak:>9.0f}")


if __name__ == "__main__":
    main()
