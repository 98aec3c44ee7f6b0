"""Import the WEB written in each Bible file format, and look passages up in it; print the times.

Run by hand: `python bench/bench_bibles.py`. Targets: a whole Bible imports in under 10 s in
every format; looking up every chapter of an imported Bible takes about as long as in the
built-in WEB (first use included: both read the whole text once).
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from slidegen.bibles.add import add_bible  # noqa: E402
from slidegen.scripture import text  # noqa: E402
from tests.bible_writers import WRITERS, chapter_passage, web_chapters  # noqa: E402


def every_chapter(code: str) -> float:
    """Seconds to look up every chapter of `code`, nothing cached beforehand."""
    text._verse_text.cache_clear()
    text._bible.cache_clear()
    started = time.perf_counter()
    for chapter in web_chapters():
        text.scripture(chapter_passage(chapter.name, chapter.number, chapter.last), code)
    return time.perf_counter() - started


def main() -> None:
    chapters = web_chapters()
    with tempfile.TemporaryDirectory() as folder:
        os.environ["SLIDEGEN_DATA"] = folder
        print(f"{'':10} {'file MB':>8} {'import s':>9} {'all chapters s':>15}")
        print(f"{'WEB':10} {'':>8} {'':>9} {every_chapter('WEB'):15.2f}")
        for form, write in WRITERS.items():
            source = Path(folder) / f"web.{form}.xml"
            write(source, chapters)
            started = time.perf_counter()
            imported = add_bible(source, code=f"B{form[:4].upper()}")
            seconds = time.perf_counter() - started
            size = source.stat().st_size / 1e6
            lookups = every_chapter(imported.code)
            print(f"{form:10} {size:8.1f} {seconds:9.2f} {lookups:15.2f}")


if __name__ == "__main__":
    main()
