"""Markdown written without `##`: a notes-app sermon whose points are paragraphs that start with
"Point 1:" (or "Punto 1:"), as preachers type them. Such a paragraph heads a part exactly as the
same line does in a plain-text outline, one level under the heading above it; "First, …" at the
start of a paragraph stays prose."""

from __future__ import annotations

from pathlib import Path

from slidegen.build import prepare
from slidegen.importers import import_source

from .conftest import labels

IMPORT = Path(__file__).resolve().parent / "data" / "import"


def test_point_paragraphs_under_the_title_are_sections():
    outline = import_source(IMPORT / "salt-and-light.md").outline
    assert (outline.title, labels(outline)) == ("Salt and Light", ["Matthew 5:13–16"])
    assert [(s.heading, labels(s)) for s in outline.sections] == [
        ("Salt that stays salty", ["Matthew 5:13", "Colossians 4:6"]),
        ("A light no one hides", ["Matthew 5:14–15"]),
        ("Good works that point past us", ["Matthew 5:16"]),
    ]
    # The paragraph that opens with "First," is the third point's notes, not a point.
    assert "First, notice who gets the glory" in outline.sections[2].notes
    assert outline.conclusion is not None
    assert outline.conclusion.text == "Go be what you already are"


SPANISH = """\
# La sal y la luz

Mateo 5:13-16

Punto 1: Sal que no pierde su sabor (Mateo 5:13)

En el primer siglo la sal conservaba la carne.

Punto 2: Una luz que no se esconde (Mateo 5:14-15)

Punto 3: Buenas obras que señalan al Padre

Conclusión: Sé lo que ya eres.
"""


def test_spanish_point_paragraphs_read_in_the_outlines_language(tmp_path: Path):
    source = tmp_path / "la-sal-y-la-luz.md"
    source.write_text(SPANISH, encoding="utf-8")
    outline = import_source(source).outline
    assert outline.language == "es"
    assert [s.heading for s in outline.sections] == [
        "Sal que no pierde su sabor",
        "Una luz que no se esconde",
        "Buenas obras que señalan al Padre",
    ]
    assert outline.conclusion is not None and outline.conclusion.text == "Sé lo que ya eres"


def test_point_paragraphs_under_a_section_heading_are_its_points(tmp_path: Path):
    source = tmp_path / "grace.md"
    source.write_text(
        "# Grace Upon Grace\n\n## I. The Gift (Ephesians 2:8-9)\n\nPoint 1: It is not earned\n\n"
        "Point 2: It is received by faith\n\n## II. The Walk\n\n"
        "Point 1: We were made for good works (Ephesians 2:10)\n",
        encoding="utf-8",
    )
    outline = import_source(source).outline
    assert [(s.heading, [p.text for p in s.points]) for s in outline.sections] == [
        ("The Gift", ["It is not earned", "It is received by faith"]),
        ("The Walk", ["We were made for good works"]),
    ]


def test_a_pasted_markdown_title_in_plain_text_loses_its_hashes(tmp_path: Path):
    source = tmp_path / "salt.txt"
    source.write_text((IMPORT / "salt-and-light.md").read_text(encoding="utf-8"), "utf-8")
    assert import_source(source).outline.title == "Salt and Light"


def test_the_markdown_sermon_builds_with_a_verse_slide_per_passage():
    prepared = prepare(IMPORT / "salt-and-light.md")
    verse_titles = [s.title for s in prepared.plan().slides if s.kind == "verse"]
    for label in ("Matthew 5:13", "Colossians 4:6", "Matthew 5:14–15", "Matthew 5:16"):
        assert any(title.startswith(label) for title in verse_titles), label
