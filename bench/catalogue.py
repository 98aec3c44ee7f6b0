"""Resource bounds: build every outline of the bad-input catalogue and the stress outline as
its own process, and report wall time and peak memory against the limits (10 s, 1 GB).

`python bench/catalogue.py` from the repository root; exits 1 if any build breaks a limit.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from run import run_measured  # bench/ is on the path when a script of it runs

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "tests" / "data"
LIMIT_SECONDS = 10.0
LIMIT_MIB = 1024.0


def main() -> int:
    outlines = sorted((DATA / "bad").glob("*.yaml")) + [DATA / "stress.yaml"]
    worst = 0
    with tempfile.TemporaryDirectory() as scratch:
        huge = Path(scratch) / "huge.yaml"  # just over the size limit: refused unread
        huge.write_bytes(b"title: T\nsections: [A]\n" + b"#" * 2_100_000)
        outlines.append(huge)
        print(f"{'outline':<32} {'status':>6} {'seconds':>8} {'peak MiB':>9}")
        for outline in outlines:
            command = [sys.executable, "-m", "slidegen", "build", str(outline),
                       "-o", str(Path(scratch) / "deck.pptx")]  # fmt: skip
            code, sample, _ = run_measured(command)
            seconds, peak = sample.seconds, sample.peak_mib
            over = seconds > LIMIT_SECONDS or peak > LIMIT_MIB
            worst += over
            flag = "  OVER LIMIT" if over else ""
            print(f"{outline.name:<32} {code:>6} {seconds:>8.2f} {peak:>9.1f}{flag}")
    return 1 if worst else 0


if __name__ == "__main__":
    raise SystemExit(main())
