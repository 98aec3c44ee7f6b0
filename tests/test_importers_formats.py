"""Importing Markdown and Word outlines, broken files, and arbitrary text (Hypothesis)."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from slidegen.errors import OutlineError, SlidegenError
from slidegen.importers import import_source

from .conftest import labels, texts
from .word_support import add_table

IMPORT = Path(__file__).resolve().parent / "data" / "import"


# -- Markdown ----------------------------------------------------------------------------------


def test_markdown_headings_lists_and_details():
    result = import_source(IMPORT / "headings.md")
    outline = result.outline
    assert outline.title == "The Good Shepherd"
    assert labels(outline) == ["John 10:1–18"]
    assert outline.preacher == "Pastor Example"
    assert outline.intro is not None
    assert outline.intro.notes == "Jesus speaks to people who knew sheep."
    knows, lays_down = outline.sections
    assert (knows.heading, labels(knows)) == ("The Shepherd Knows His Sheep", ["John 10:1–6"])
    assert knows.notes == "He calls his own sheep by name."
    assert texts(knows.points) == ["The sheep hear his voice", "A stranger they will not follow"]
    assert [(p.text, labels(p)) for p in knows.points[0].points] == [
        ("They follow him", ["John 10:4"])
    ]
    assert labels(knows.points[1]) == ["John 10:5"]
    hired = lays_down.points[0]
    assert (hired.text, labels(hired)) == ("Not a hired hand", ["John 10:12–13"])
    assert [(p.text, labels(p)) for p in hired.points] == [
        ("The hired hand sees the wolf coming", []),
        ("The good shepherd stays", ["Ezekiel 34:11"]),
    ]


def test_markdown_front_matter_gives_the_details():
    outline = import_source(IMPORT / "frontmatter.md").outline
    assert (outline.title, outline.subtitle) == ("Real Intercession", "Moses pleads for Israel")
    assert (outline.date, outline.series) == ("2026-11-29", "Exodus")
    assert labels(outline) == ["Exodus 32:7–35"]
    first, second = outline.sections
    assert (first.heading, labels(first)) == ("First Cycle", ["Exodus 32:7–14"])
    pleads = first.points[1]
    assert [(p.text, labels(p)) for p in pleads.points] == [
        ("On the basis of God's redemption", ["Exodus 32:11", "Exodus 20:2"]),
        ("On the basis of God's reputation", ["Exodus 32:12a"]),
    ]
    assert [(p.text, labels(p)) for p in second.points] == [
        ("Moses offers his life for theirs", ["Exodus 32:32"])
    ]


def test_markdown_code_blocks_are_unplaced_and_table_rows_are_points(tmp_path: Path):
    path = tmp_path / "extras.md"
    path.write_text(
        "# Hope\n\n## Hope Anchors\n\n```\nprint('no')\n```\n\n"
        "| Storm | Anchor |\n|---|---|\n| Doubt | Promise (Heb 6:17) |\n\n- Sure and steady\n",
        encoding="utf-8",
    )
    result = import_source(path)
    assert result.unplaced == ("line 6: print('no')",)
    points = result.outline.sections[0].points
    assert texts(points) == ["Storm — Anchor", "Doubt — Promise", "Sure and steady"]
    assert labels(points[1]) == ["Hebrews 6:17"]


def test_markdown_list_items_wrap_and_setext_headings(tmp_path: Path):
    path = tmp_path / "setext.md"
    path.write_text(
        "Faith\n=====\n\nHebrews 11\n\nBy Faith Abel (4)\n-----------------\n\n"
        "- He offered a better\n  sacrifice\n",
        encoding="utf-8",
    )
    outline = import_source(path).outline
    assert outline.title == "Faith"
    assert labels(outline) == ["Hebrews 11"]
    assert (outline.sections[0].heading, labels(outline.sections[0])) == (
        "By Faith Abel",
        ["Hebrews 11:4"],
    )
    assert texts(outline.sections[0].points) == ["He offered a better sacrifice"]


def test_markdown_with_bad_front_matter_names_the_line(tmp_path: Path):
    path = tmp_path / "bad.md"
    path.write_text("---\ntitle: [unclosed\n---\n## One\n", encoding="utf-8")
    with pytest.raises(OutlineError, match="front matter") as error:
        import_source(path)
    assert error.value.line is not None


# -- Word --------------------------------------------------------------------------------------


def numbered(paragraph, level: int) -> None:
    """Give a paragraph Word numbering (numId 1) at `level`, as Word's list buttons do."""
    ppr = paragraph._p.get_or_add_pPr()
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    num_id = OxmlElement("w:numId")
    num_id.set(qn("w:val"), "1")
    num_pr.append(ilvl)
    num_pr.append(num_id)
    ppr.append(num_pr)


def test_docx_with_heading_and_list_styles(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("Real Intercession", style="Title")
    document.add_paragraph("Text: Exodus 32:7-35")
    document.add_paragraph("Prayer is pleading with God for others.")
    document.add_paragraph("First Cycle (32:7–14)", style="Heading 1")
    document.add_paragraph("Grounded in a divine perspective.")
    document.add_paragraph("God's proclamation (7–10)", style="Heading 2")
    document.add_paragraph("Sin deserves punishment", style="List Bullet")
    document.add_paragraph("Name sin as sin (cf. Romans 6:23)", style="List Bullet 2")
    document.add_paragraph("Moses pleads (11–14)", style="Heading 2")
    document.add_paragraph("On God's redemption (11)", style="List Number")
    document.add_paragraph("Second Cycle (32:15–35)", style="Heading 1")
    numbered(document.add_paragraph("He offers his life (32)"), 0)
    numbered(document.add_paragraph("Blot me out of your book", style="List Paragraph"), 1)
    path = tmp_path / "styled.docx"
    document.save(str(path))

    outline = import_source(path).outline
    assert outline.title == "Real Intercession"
    assert labels(outline) == ["Exodus 32:7–35"]
    assert outline.intro is not None
    assert outline.intro.text == "Prayer is pleading with God for others"
    first, second = outline.sections
    assert (first.heading, labels(first)) == ("First Cycle", ["Exodus 32:7–14"])
    assert first.notes == "Grounded in a divine perspective."
    proclamation, pleads = first.points
    assert (proclamation.text, labels(proclamation)) == ("God's proclamation", ["Exodus 32:7–10"])
    assert texts(proclamation.points) == ["Sin deserves punishment"]
    assert [(p.text, labels(p)) for p in proclamation.points[0].points] == [
        ("Name sin as sin", ["Romans 6:23"])
    ]
    assert [(p.text, labels(p)) for p in pleads.points] == [
        ("On God's redemption", ["Exodus 32:11"])
    ]
    life = second.points[0]
    assert (life.text, labels(life)) == ("He offers his life", ["Exodus 32:32"])
    assert texts(life.points) == ["Blot me out of your book"]


def test_docx_with_typed_markers_uses_the_text_rules(tmp_path: Path):
    document = docx.Document()
    for line in (
        "Real Intercession",
        "Exodus 32:7-35",
        "I.\tFirst Cycle (32:7–14)",
        "A.\tGod's proclamation (7–10)",
        "1.\tSin corrupts (cf. Romans 6:23)",
        "B.\tMoses pleads (11–14)",
        "II.\tSecond Cycle (32:15–35)",
        "A.\tMoses offers his life (32)",
    ):
        document.add_paragraph(line)
    path = tmp_path / "typed.docx"
    document.save(str(path))

    outline = import_source(path).outline
    assert outline.title == "Real Intercession"
    assert labels(outline) == ["Exodus 32:7–35"]
    first, second = outline.sections
    assert first.heading == "First Cycle"
    assert texts(first.points) == ["God's proclamation", "Moses pleads"]
    assert [(p.text, labels(p)) for p in first.points[0].points] == [
        ("Sin corrupts", ["Romans 6:23"])
    ]
    assert labels(first.points[1]) == ["Exodus 32:11–14"]
    assert [(p.text, labels(p)) for p in second.points] == [
        ("Moses offers his life", ["Exodus 32:32"])
    ]


def test_a_line_break_in_a_table_cell_of_a_typed_docx_keeps_its_row_a_point(tmp_path: Path):
    document = docx.Document()
    for line in ("Made Alive", "Text: Ephesians 2:1-10", "I. What we were"):
        document.add_paragraph(line)
    add_table(document, [("Dead (v. 1)", "Alive (v. 5)"), ("Following", "Seated (v. 6)")])
    cell = document.tables[0].rows[1].cells[0].paragraphs[0]
    cell.add_run().add_break()  # Shift+Enter inside the cell
    cell.add_run("the world (v. 2)")
    document.add_paragraph("II. What God did")
    path = tmp_path / "typed-table.docx"
    document.save(str(path))
    result = import_source(path)
    assert (result.unplaced, result.unresolved) == ((), ())
    points = result.outline.sections[0].points
    assert [(p.text, labels(p)) for p in points] == [
        ("Dead — Alive", ["Ephesians 2:1", "Ephesians 2:5"]),
        ("Following the world — Seated", ["Ephesians 2:2", "Ephesians 2:6"]),
    ]


def test_docx_table_rows_are_points_in_document_order(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("One", style="Heading 1")
    add_table(document, [("Old", "New"), ("Dead (Eph 2:1)", "Alive (Eph 2:5)")])
    document.add_paragraph("Two", style="Heading 1")
    path = tmp_path / "table.docx"
    document.save(str(path))
    result = import_source(path)
    assert result.unplaced == ()
    one, two = result.outline.sections
    # "Old | New" names the columns (no reference, where the row below has one): a note.
    assert texts(one.points) == ["Dead — Alive"]
    assert one.notes == "Old — New"
    assert labels(one.points[0]) == ["Ephesians 2:1", "Ephesians 2:5"]
    assert two.points == ()


def docx_with_table(path: Path, rows: list[tuple[str, str]], bold: bool = False) -> Path:
    document = docx.Document()
    document.add_paragraph("Disciplinas", style="Heading 1")
    add_table(document, rows, bold_header=bold)
    document.save(str(path))
    return path


def test_a_docx_table_whose_first_row_cites_a_verse_is_all_points(tmp_path: Path):
    rows = [("Orar", "Mt 6:6"), ("Leer la Palabra", "2 Tim 3:16")]
    outline = import_source(docx_with_table(tmp_path / "t.docx", rows), "es").outline
    (section,) = outline.sections
    assert texts(section.points) == ["Orar", "Leer la Palabra"]
    assert [labels(p) for p in section.points] == [["Matthew 6:6"], ["2 Timothy 3:16"]]
    assert all(p.points == () for p in section.points)


def test_a_docx_table_header_row_is_a_note_and_its_rows_are_siblings(tmp_path: Path):
    named = [("Punto", "Texto"), ("Orar", "Mt 6:6"), ("Ayunar", "Mt 6:17")]
    bold = [("Hábito", "Cuándo"), ("Orar", "cada mañana"), ("Ayunar", "los viernes")]
    cases = [
        (named, False, ["Orar", "Ayunar"], "Punto — Texto"),
        (bold, True, ["Orar — cada mañana", "Ayunar — los viernes"], "Hábito — Cuándo"),
    ]
    for number, (rows, is_bold, points, note) in enumerate(cases):
        path = docx_with_table(tmp_path / f"{number}.docx", rows, is_bold)
        (section,) = import_source(path, "es").outline.sections
        assert texts(section.points) == points
        assert section.notes == note
        assert all(p.points == () for p in section.points)


def test_random_bytes_named_docx_is_a_one_line_error(tmp_path: Path):
    path = tmp_path / "broken.docx"
    path.write_bytes(bytes(range(256)) * 4)
    with pytest.raises(OutlineError, match="not a readable Word document") as error:
        import_source(path)
    assert "\n" not in str(error.value)


def test_empty_docx_is_an_error(tmp_path: Path):
    path = tmp_path / "empty.docx"
    docx.Document().save(str(path))
    with pytest.raises(OutlineError, match="empty"):
        import_source(path)


# -- repeated details --------------------------------------------------------------------------

DETAILS = ("Text: John 3:16", "Preacher: A", "Text: Romans 5:8", "Preacher: B")


def outline_with_details(tmp_path: Path, suffix: str, details: tuple[str, ...]) -> Path:
    """'Key: value' lines before two sections, written the way each format writes them."""
    path = tmp_path / f"details{suffix}"
    if suffix == ".docx":
        document = docx.Document()
        document.add_paragraph("Love", style="Title")
        for line in details:
            document.add_paragraph(line)
        document.add_paragraph("One", style="Heading 1")
        document.add_paragraph("Two", style="Heading 1")
        document.save(str(path))
    elif suffix == ".md":
        lines = [f"**{line.replace(':', ':**', 1)}" for line in details]
        path.write_text("# Love\n\n" + "\n".join(lines) + "\n\n## One\n## Two\n", "utf-8")
    else:
        path.write_text("Love\n" + "\n".join(details) + "\n\nI. One\nII. Two\n", "utf-8")
    return path


@pytest.mark.parametrize("suffix", [".txt", ".md", ".docx"])
def test_repeated_details_join_passages_and_report_the_rest(tmp_path: Path, suffix: str):
    result = import_source(outline_with_details(tmp_path, suffix, DETAILS))
    assert result.outline.title == "Love"
    assert labels(result.outline) == ["John 3:16", "Romans 5:8"]
    assert result.outline.preacher == "A"
    # Where the repeat is written: its line (its paragraph in a Word file).
    where = {".txt": "line 5", ".md": "line 6", ".docx": "paragraph 5"}[suffix]
    assert result.unplaced == (f"{where}: preacher: B (given twice)",)


def test_markdown_details_repeating_the_front_matter_are_joined_or_reported(tmp_path: Path):
    path = tmp_path / "both.md"
    path.write_text(
        "---\npassage: John 3:16\nauthor: A\n---\n\n- Text: Romans 5:8\n- Preacher: B\n\n"
        "## One\n## Two\n",
        encoding="utf-8",
    )
    result = import_source(path)
    assert labels(result.outline) == ["John 3:16", "Romans 5:8"]
    assert result.outline.preacher == "A"
    assert result.unplaced == ("line 7: preacher: B (given twice)",)


def test_docx_second_title_paragraph_is_reported(tmp_path: Path):
    document = docx.Document()
    document.add_paragraph("Love", style="Title")
    document.add_paragraph("Loving", style="Title")
    document.add_paragraph("One", style="Heading 1")
    path = tmp_path / "titles.docx"
    document.save(str(path))
    result = import_source(path)
    assert result.outline.title == "Love"
    assert result.unplaced == ("paragraph 2: title: Loving (given twice)",)


# -- any text at all ---------------------------------------------------------------------------

LINE_PIECES = st.sampled_from(
    ["I. ", "A) ", "1. ", "(a) ", "1.1 ", "- ", "\t• ", "    * ", "Text: ", "# ", "", "", ""]
)
WORDS = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40) | (
    st.sampled_from(["John 3:16", "(12a)", "(cf. Hebrews 7:25)", "vv. 8–9a", "3,000", "Psalm 23"])
)
LINES = st.lists(st.tuples(LINE_PIECES, WORDS).map("".join), max_size=25).map("\n".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=LINES | st.text(max_size=300))
def test_any_text_imports_or_raises_a_slidegen_error(tmp_path_factory, text: str):
    path = tmp_path_factory.mktemp("any") / "outline.txt"
    path.write_text(text, encoding="utf-8", errors="surrogatepass")
    try:
        result = import_source(path)
    except SlidegenError:
        return
    assert result.outline.sections


def test_sections_named_introduction_and_conclusion_become_the_ends(tmp_path: Path):
    path = tmp_path / "ends.md"
    path.write_text(
        "# Intro\n\nHello there.\n\n# Body (John 3:16)\n\n- For God so loved\n\n"
        "# Conclusion\n\n- Believe\n",
        encoding="utf-8",
    )
    outline = import_source(path).outline
    assert outline.title == "Ends"  # several '#' headings are sections; title from the name
    assert outline.intro is not None
    # Their words are on the slides, not the labels "Intro" and "Conclusion".
    assert outline.intro.text == "Hello there"
    assert [(s.heading, labels(s)) for s in outline.sections] == [("Body", ["John 3:16"])]
    assert outline.conclusion is not None
    assert (outline.conclusion.text, outline.conclusion.points) == ("Believe", ())


def test_front_matter_settings_reach_the_outline(tmp_path: Path):
    path = tmp_path / "settings.md"
    path.write_text(
        "---\nread_passage: false\nrepeat_verses: off\n---\n# Hope\n\n**Text:** Hebrews 6:13-20\n"
        "\n## An anchor (19)\n",
        encoding="utf-8",
    )
    result = import_source(path)
    assert result.unplaced == ()
    assert (result.outline.read_passage, result.outline.repeat_verses) == (False, "off")
