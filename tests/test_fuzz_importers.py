"""Property tests for the importers: whatever a .txt, .md or .docx holds, importing it either
succeeds or raises our own error — and lines built to make a backtracking pattern take
quadratic (or worse) time are among the examples, so a pattern that is not linear shows up as a
run that does not finish.

Examples per test: SLIDEGEN_FUZZ_EXAMPLES (default 150 in CI; e.g. 5000 for a long local run).
"""

from __future__ import annotations

import os
from pathlib import Path

import docx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slidegen.errors import SlidegenError
from slidegen.importers import import_source
from slidegen.importers.draft import MAX_LINE_CHARS

EXAMPLES = int(os.environ.get("SLIDEGEN_FUZZ_EXAMPLES", "150"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

# What outlines are made of: markers, labels, references, separators, Markdown marks.
PIECES = [
    "I. ", "A) ", "1. ", "(a) ", "1.1 ", "- ", "* ", "# ", "## ", "> ", "| ", "Point 1: ",
    "First, ", "Big Idea: ", "Main idea — ", "Conclusion", "Closing: ", "Introduction",
    "Pastor Ann — Grace Church — May 3, 2026", "By ", "Text: ", "John 3:16", "(v. 7)",
    "(vv. 8-9a)", "(cf. 9:24)", "Heb 7:25", "cf. ", "see also ", "compare ", " -- ", " — ",
    ": ", "(", ")", "[", "](", "*", "**", "_", "`", " ", "  ", ".", "e.g. ", "St. ", "grace",
]  # fmt: skip
piece = st.sampled_from(PIECES)
# A run of one piece, as a long line would repeat it ("*a *a *a …", "cf.cf.cf.…").
run = st.tuples(st.lists(piece, min_size=1, max_size=3).map("".join), st.integers(1, 3000)).map(
    lambda pair: (pair[0] * pair[1])[: MAX_LINE_CHARS - 10]
)
line = st.lists(piece | run, max_size=6).map("".join)
outline_text = st.lists(line, min_size=1, max_size=30).map("\n".join)


def imports_or_fails_cleanly(path: Path) -> None:
    try:
        result = import_source(path)
    except SlidegenError:
        return
    sections, _, _ = result.counts
    assert sections == len(result.outline.sections) > 0
    assert result.account()[0].startswith(f"{sections} section")


@FUZZ
@given(text=outline_text, suffix=st.sampled_from([".txt", ".md"]))
def test_any_text_or_markdown_imports_or_fails_with_our_error(
    tmp_path_factory, text: str, suffix: str
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / f"outline{suffix}"
    path.write_text(text, encoding="utf-8")
    imports_or_fails_cleanly(path)


STYLES = st.sampled_from(["Title", "Heading 1", "Heading 2", "List Bullet", "Quote", None])


@FUZZ
@given(paragraphs=st.lists(st.tuples(STYLES, line), min_size=1, max_size=20))
def test_any_word_document_imports_or_fails_with_our_error(
    tmp_path_factory, paragraphs: list[tuple[str | None, str]]
) -> None:
    document = docx.Document()
    for style, text in paragraphs:
        document.add_paragraph(text, style=style)
    path = tmp_path_factory.mktemp("fuzz") / "outline.docx"
    document.save(str(path))
    imports_or_fails_cleanly(path)
