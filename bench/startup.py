"""Where a small build's start-up goes: `python bench/startup.py [--runs 7] [--top 25]`.

Runs `python -X importtime -m slidegen build` on the example sermon `--runs` times and prints
the modules whose own import time (not counting what they import) is largest, each as its
fastest run (the least disturbed by a busy machine), with the total of all imports.
Run from the repository root; see bench/README.md for what was found.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
EXAMPLE = BENCH.parent / "outlines" / "exodus-32-intercession.yaml"
sys.path.insert(0, str(BENCH))

from run import ENV  # noqa: E402  (bytecode caching on, as on a user's machine)

# "import time:  self [us] | cumulative | imported package", the name indented by depth.
LINE = re.compile(r"import time:\s+(\d+) \|\s+(\d+) \| ( *)(\S+)")


def import_times(deck: Path) -> dict[str, int]:
    """Each module's own import time in microseconds, from one build."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "slidegen", "build", str(EXAMPLE), "-o",
         str(deck)],
        capture_output=True, text=True, env=ENV, check=True,
    )  # fmt: skip
    return {m[4]: int(m[1]) for m in map(LINE.match, done.stderr.splitlines()) if m}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--top", type=int, default=25)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        deck = Path(tmp) / "deck.pptx"
        import_times(deck)  # untimed: bytecode caches written, files in the disk cache
        runs = [import_times(deck) for _ in range(args.runs)]
    fastest = {name: min(run.get(name, 0) for run in runs) for name in runs[0]}
    print(f"all imports: {sum(fastest.values()) / 1000:.1f} ms (fastest run of each module)")
    for name, micros in sorted(fastest.items(), key=lambda item: -item[1])[: args.top]:
        print(f"{micros / 1000:8.1f} ms  {name}")


if __name__ == "__main__":
    main()
