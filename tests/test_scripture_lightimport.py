"""pythonbible is imported without its own parser, yet its whole API stays reachable."""

from __future__ import annotations

import subprocess
import sys


def run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_slidegen_does_not_load_pythonbibles_parser() -> None:
    code = (
        "import sys, slidegen.scripture.text as t; from slidegen.scripture import parse_references;"
        "t.lookup(parse_references('John 3:16')[0]);"
        "print('pythonbible.parser' in sys.modules, 'pythonbible.verses' in sys.modules)"
    )
    assert run(code) == "False True"


def test_the_full_pythonbible_api_still_works_after_slidegen() -> None:
    code = (
        "import slidegen.scripture, pythonbible;"
        "print(pythonbible.get_references('Romans 8:28')[0].start_verse)"
    )
    assert run(code) == "28"


def test_an_already_imported_pythonbible_is_left_alone() -> None:
    code = (
        "import pythonbible; import slidegen.scripture, sys;"
        "print(type(sys.modules['pythonbible']).__name__)"
    )
    assert run(code) == "module"
