"""Importers on files from strangers (issue 18): each `slidegen import` a whole process, with its
wall time, processor time and peak memory, against the targets in bench/README.md.

Run from the repository root: `python bench/bench_importers.py`. The files are made here, in a
temporary folder: a 200 KB one-line .txt, a 1 MB Markdown line, a .docx whose document.xml
inflates to 2 GB, and a Word study of 100,000 paragraphs.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

BENCH = Path(__file__).resolve().parent
REPO = BENCH.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(BENCH))

from run import run_measured  # noqa: E402

from tests.word_support import inflating_docx, long_study, write_docx  # noqa: E402


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        here = Path(folder)
        cases = {
            "200 KB one-line .txt (refused)": _write(here / "line.txt", "Grace " * 35_000),
            "1 MB Markdown line (refused)": _write(here / "line.md", "## One\n" + "*a " * 350_000),
            ".docx inflating to 2 GB (refused)": inflating_docx(here / "bomb.docx", 2048),
            "100,000 Word paragraphs": write_docx(here / "study.docx", long_study(100_000)),
        }
        for name, path in cases.items():
            command = [sys.executable, "-m", "slidegen", "import", str(path), "-o",
                       str(here / "out.yaml"), "--force"]  # fmt: skip
            status, sample, errors = run_measured(command)
            last = errors.strip().splitlines()[-1][:100] if errors.strip() else ""
            times = f"{sample.seconds:6.2f} s wall  {sample.cpu_seconds:6.2f} s processor"
            print(f"{name:36} exit {status}  {times}  {sample.peak_mib:6.1f} MiB  {last}")
    return 0


def _write(path: Path, text: str) -> Path:
    path.write_text(text + "\n", encoding="utf-8")
    return path


if __name__ == "__main__":
    raise SystemExit(main())
