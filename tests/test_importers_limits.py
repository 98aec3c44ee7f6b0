"""Files from strangers: the importers refuse what is not an outline quickly and clearly, and
take large real outlines in their stride. (Speeds are measured in bench/bench_importers.py.)"""

from __future__ import annotations

from pathlib import Path

import pytest

from slidegen.errors import OutlineError
from slidegen.importers import import_source
from slidegen.importers.docx import MAX_UNZIPPED_BYTES

from .word_support import inflating_docx, long_study, write_docx


def test_a_word_file_that_inflates_past_the_limit_is_refused_by_its_sizes(tmp_path: Path):
    megabytes = MAX_UNZIPPED_BYTES // 1_000_000 + 50
    path = inflating_docx(tmp_path / "bomb.docx", megabytes)
    assert path.stat().st_size < 2_000_000  # small on disk: the premise of a zip bomb
    with pytest.raises(OutlineError) as error:
        import_source(path)
    assert str(error.value) == (
        f"{path}: unpacks to {megabytes * 1_048_576 // 1_000_000:,} MB, far more than an "
        "outline's text — save the outline's text alone (no pictures) as a new .docx"
    )


@pytest.mark.parametrize(
    ("name", "text", "line"),
    [
        ("one-line.txt", "Grace " * 35_000, 1),  # 210 KB on one line
        ("one-line.md", "# Grace\n\n## One\n\n" + "*a " * 350_000, 5),  # 1 MB line
    ],
)
def test_a_line_far_longer_than_an_outline_has_is_refused_with_its_number(
    tmp_path: Path, name: str, text: str, line: int
):
    path = tmp_path / name
    path.write_text(text + "\n", encoding="utf-8")
    with pytest.raises(OutlineError) as error:
        import_source(path)
    assert error.value.line == line
    assert "characters long, more than an outline's line or paragraph" in str(error.value)
    assert "break it into headings, points and paragraphs" in str(error.value)


def test_a_long_paragraph_just_under_the_limit_imports_as_notes(tmp_path: Path):
    path = tmp_path / "manuscript.txt"
    prose = "He is faithful (cf. Lam 3:23). " * 600  # 18,600 characters on one line
    path.write_text(
        f"Faithful\nLamentations 3:19-26\n\nI. New every morning\n\n{prose}\n\nII. My portion\n"
    )
    section = import_source(path).outline.sections[0]
    assert section.heading == "New every morning"
    assert section.notes.count("He is faithful") == 600
    assert [str(c.passage) for c in section.citations] == ["Lamentations 3:23"]


def test_a_word_study_of_twenty_thousand_paragraphs_keeps_every_note(tmp_path: Path):
    path = write_docx(tmp_path / "study.docx", long_study(20_000))
    result = import_source(path)
    assert result.counts == (20, 180, 201)  # and the study's own passage
    sections = result.outline.sections
    notes = [s.notes for s in sections] + [p.notes for s in sections for p in s.points]
    assert sum(n.count("the apostle urges us again") for n in notes) == 20_000 - 20 - 180


def test_more_headings_than_one_sermon_has_are_refused_before_converting(tmp_path: Path):
    path = tmp_path / "minutes.md"
    path.write_text(
        "# Minutes\n\n" + "".join(f"## Item {n}\n\n- Noted\n\n" for n in range(201)),
        encoding="utf-8",
    )
    with pytest.raises(OutlineError) as error:
        import_source(path)
    assert str(error.value) == (
        f"{path}: 201 headings and 201 points are more than one sermon (at most 200 and "
        "2,000) — import one sermon at a time; is every paragraph styled as a heading or list?"
    )
