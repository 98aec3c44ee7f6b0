"""Resource bounds: build every outline of the bad-input catalogue and the stress outline as
its own process, and report wall time and peak memory against the limits (10 s, 1 GB).

`python bench/catalogue.py` from the repository root; exits 1 if any build breaks a limit.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

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
            started = time.perf_counter()
            process = subprocess.Popen(
                [sys.executable, "-m", "slidegen", "build", str(outline),
                 "-o", str(Path(scratch) / "deck.pptx")],
                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            )  # fmt: skip
            _, status, usage = os.wait4(process.pid, 0)
            seconds = time.perf_counter() - started
            peak = usage.ru_maxrss / 1024
            over = seconds > LIMIT_SECONDS or peak > LIMIT_MIB
            worst += over
            code = os.waitstatus_to_exitcode(status)
            flag = "  OVER LIMIT" if over else ""
            print(f"{outline.name:<32} {code:>6} {seconds:>8.2f} {peak:>9.1f}{flag}")
    return 1 if worst else 0


if __name__ == "__main__":
    raise SystemExit(main())
