"""pythonbible is imported without its own parser or its verse-id table, yet its whole API
stays reachable and its versification reads the same."""

from __future__ import annotations

import subprocess
import sys


def run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_slidegen_loads_neither_pythonbibles_parser_nor_its_verse_ids() -> None:
    code = (
        "import sys, slidegen.scripture.text as t; from slidegen.scripture import parse_references;"
        "t.lookup(parse_references('John 3:16')[0]);"
        "print('pythonbible.parser' in sys.modules, 'pythonbible.verses' in sys.modules)"
    )
    assert run(code) == "False False"


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


def test_every_chapters_verse_count_is_pythonbibles() -> None:
    # In a fresh process: the light reading of pythonbible.verses' table, then the module itself.
    code = (
        "import sys\n"
        "from slidegen.scripture.lightimport import standard_verse_counts\n"
        "light = standard_verse_counts()\n"
        "assert 'pythonbible.verses' not in sys.modules\n"
        "from pythonbible.books import Book\n"
        "from pythonbible.verses import MAX_VERSE_NUMBER_BY_BOOK_AND_CHAPTER as table\n"
        "from pythonbible.verses import get_number_of_verses\n"
        "assert light == table, 'tables differ'\n"
        "chapters = [(b, c) for b in Book if b in table for c in range(1, len(table[b]) + 1)]\n"
        "assert all(light[b][c - 1] == get_number_of_verses(b, c) for b, c in chapters)\n"
        "print(len(light), len(chapters), sum(map(sum, light.values())))\n"
    )
    books, chapters, verses = map(int, run(code).split())
    # The 66 books and the deuterocanon pythonbible also counts; the Protestant canon alone
    # has 1,189 chapters and 31,102 verses.
    assert books >= 66 and chapters >= 1189 and verses >= 31102
