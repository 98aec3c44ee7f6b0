"""Benchmark `slidegen build` against a bare python-pptx floor, at 1×, 10× and 100× the example.

Run from the repository root: `python bench/run.py [--reps 5] [--sizes 1,10,100]`.
Each measurement is a whole process (start-up included), run in turn with the floor
(A B A B …) so machine noise hits both alike. Prints medians of wall and processor time, peak
memory (max RSS of the process), the ratios to the floor and the time per slide; see
bench/README.md for targets.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
EXAMPLE = REPO / "outlines" / "exodus-32-intercession.yaml"
sys.path.insert(0, str(REPO))


@dataclass(frozen=True)
class Sample:
    seconds: float
    peak_mib: float
    # Processor time (user + system): on a machine shared with other work, far steadier than
    # the wall time, which also counts waiting for a turn on a core.
    cpu_seconds: float = 0.0


# As a user's machine runs Python: with compiled bytecode cached. (Some sandboxes set
# PYTHONDONTWRITEBYTECODE, which makes every process recompile every module it imports.)
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run_measured(command: list[str]) -> tuple[int, Sample, str]:
    """Run one process: its exit status, wall time, peak resident memory (Linux reports KiB)
    and what it wrote to stderr (into a file: a pipe nobody reads could fill and stall it)."""
    with tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=stderr, env=ENV)
        _, status, usage = os.wait4(process.pid, 0)
        elapsed = time.perf_counter() - started
        stderr.seek(0)
        errors = stderr.read().decode(errors="replace")
    cpu = usage.ru_utime + usage.ru_stime
    return os.waitstatus_to_exitcode(status), Sample(elapsed, usage.ru_maxrss / 1024, cpu), errors


def measure(command: list[str]) -> Sample:
    """`run_measured`, for commands that must succeed."""
    status, sample, errors = run_measured(command)
    if status != 0:
        raise SystemExit(f"failed: {' '.join(command)}\n{errors}")
    return sample


def plan_json(outline: Path, target: Path) -> int:
    """Dump the plan's slide texts for the floor script; return the slide count."""
    from slidegen.build import prepare

    plan = prepare(outline).plan()
    slides = [
        {
            "title": slide.title,
            "texts": [block.text for block in slide.blocks if not block.is_title],
            "notes": slide.notes,
        }
        for slide in plan.slides
    ]
    target.write_text(json.dumps(slides), encoding="utf-8")
    return len(slides)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reps", type=int, default=5)
    parser.add_argument("--sizes", default="1,10,100")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    python = sys.executable
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for size in sizes:
            outline = work / f"sermon-{size}x.yaml"
            subprocess.run([python, str(BENCH / "make_outline.py"), str(EXAMPLE), str(size),
                            str(outline)], check=True)  # fmt: skip
            slides_json = work / f"slides-{size}x.json"
            count = plan_json(outline, slides_json)
            ours: list[Sample] = []
            floor: list[Sample] = []
            # One untimed run of each first, so bytecode caches and the disk cache are warm.
            measure([python, "-m", "slidegen", "build", str(outline), "-o", str(work / "w.pptx")])
            measure([python, str(BENCH / "bare_pptx.py"), str(slides_json), str(work / "w.pptx")])
            for _ in range(args.reps):
                ours.append(measure([python, "-m", "slidegen", "build", str(outline),
                                     "-o", str(work / "ours.pptx")]))  # fmt: skip
                floor.append(measure([python, str(BENCH / "bare_pptx.py"), str(slides_json),
                                      str(work / "floor.pptx")]))  # fmt: skip
            rows.append((size, count, ours, floor))
            print(f"measured {size}× ({count} slides)", file=sys.stderr)
    print(f"{'size':>5} {'slides':>6} {'slidegen s':>10} {'floor s':>8} {'ratio':>6} "
          f"{'cpu s':>6} {'floor cpu':>9} {'cpu ratio':>9} "
          f"{'peak MiB':>8} {'floor MiB':>9} {'ms/slide':>8} {'floor ms/slide':>14}")  # fmt: skip
    base = None
    for size, count, ours, floor in rows:
        ours_s = statistics.median(s.seconds for s in ours)
        floor_s = statistics.median(s.seconds for s in floor)
        ours_cpu = statistics.median(s.cpu_seconds for s in ours)
        floor_cpu = statistics.median(s.cpu_seconds for s in floor)
        peak = max(s.peak_mib for s in ours)
        floor_peak = max(s.peak_mib for s in floor)
        if base is None:
            base = (count, ours_s, floor_s)
            per, floor_per = ours_s / count * 1000, floor_s / count * 1000
        else:
            # Beyond start-up: the extra time over the 1× run, per extra slide.
            per = (ours_s - base[1]) / (count - base[0]) * 1000
            floor_per = (floor_s - base[2]) / (count - base[0]) * 1000
        print(f"{size:>4}× {count:>6} {ours_s:>10.3f} {floor_s:>8.3f} {ours_s / floor_s:>6.2f} "
              f"{ours_cpu:>6.3f} {floor_cpu:>9.3f} {ours_cpu / floor_cpu:>9.2f} "
              f"{peak:>8.1f} {floor_peak:>9.1f} {per:>8.2f} {floor_per:>14.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
