"""Importing plain-text outlines: every marker shape, the seed sermon, round trips, errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from slidegen.errors import OutlineError
from slidegen.importers import import_source
from slidegen.model import Outline, Point, Section

from .conftest import labels, texts

IMPORT = Path(__file__).resolve().parent / "data" / "import"


def all_labels(outline: Outline) -> set[str]:
    found = set(labels(outline))
    stack: list[Point | Section] = list(outline.sections)
    for end in (outline.intro, outline.conclusion):
        if end is not None:
            stack.append(end)
    while stack:
        item = stack.pop()
        found.update(labels(item))
        stack.extend(item.points)
    return found


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- shapes ------------------------------------------------------------------------------------


def test_roman_letters_numbers_nest_by_first_appearance():
    outline = import_source(IMPORT / "roman.txt").outline
    assert outline.title == "The Lord Is My Shepherd"
    assert labels(outline) == ["Psalm 23"]
    assert (outline.preacher, outline.date) == ("Pastor Example", "2026-03-08")
    assert outline.intro is not None and outline.intro.notes == "Everyone follows someone."
    first, second, third = outline.sections
    assert first.heading == "The Shepherd Who Provides"
    assert labels(first) == ["Psalm 23:1–3"]
    assert texts(first.points) == ["He meets every need", "Jesus is the good shepherd"]
    assert labels(first.points[1]) == ["John 10:11"]
    need = first.points[0]
    assert texts(need.points) == [
        "Lack nothing: compare Deuteronomy 2:7 in the wilderness",
        "Rest and restoration",
    ]
    assert labels(need.points[0]) == ["Deuteronomy 2:7"]
    assert labels(need.points[1]) == ["Psalm 23:2–3"]
    # "C." after "B." is the third letter, not the Roman numeral 100.
    assert texts(second.points) == [
        "Through the darkest valley",
        "His rod and staff comfort",
        "Fear no evil",
    ]
    assert third.heading == "The Host Who Welcomes Us"
    assert labels(third.points[0]) == ["Psalm 23:5"]


def test_parenthesised_numbers_and_letters():
    outline = import_source(IMPORT / "paren.txt").outline
    assert outline.title == "No Condemnation"
    assert labels(outline) == ["Romans 8:1–17"]
    assert [s.heading for s in outline.sections] == [
        "No condemnation in Christ",
        "Life in the Spirit",
        "Children of God",
    ]
    first = outline.sections[0]
    assert texts(first.points) == [
        "The law of the Spirit sets us free",
        "God did what the law could not",
    ]
    assert texts(first.points[1].points) == ["He sent his own Son", "He condemned sin in the flesh"]
    cry = outline.sections[2].points[0]
    assert (cry.text, labels(cry), cry.notes) == ("We cry, Abba! Father!", ["Romans 8:15"], "")


def test_decimal_numbering_nests_by_depth():
    outline = import_source(IMPORT / "decimal.txt").outline
    assert outline.title == "Love Is Patient"
    assert labels(outline) == ["1 Corinthians 13"]
    gift, does, ends = outline.sections
    assert gift.heading == "The greatest gift"
    assert texts(gift.points) == ["Tongues without love", "Knowledge without love"]
    assert texts(gift.points[1].points) == ["Faith that moves mountains"]
    assert labels(does.points[1]) == ["1 Corinthians 13:5"]
    assert labels(ends) == ["1 Corinthians 13:8–13"]


@pytest.mark.parametrize("name", ["bullets-spaces.txt", "bullets-tabs.txt"])
def test_bullets_nest_by_indentation(name: str):
    outline = import_source(IMPORT / name).outline
    assert outline.title == "Walking in the Light"
    assert labels(outline) == ["1 John 1:5–2:2"]
    assert [s.heading for s in outline.sections] == ["God is light", "Confession", "An advocate"]
    light = outline.sections[0]
    assert texts(light.points) == ["No darkness at all", "Walking in darkness is a lie"]
    assert labels(light.points[1]) == ["1 John 1:6"]
    assert texts(light.points[1].points) == ["We lie and do not practise the truth"]
    assert labels(outline.sections[2]) == ["1 John 2:1–2"]


def test_wrapped_lines_continue_their_item_and_paragraphs_become_notes(tmp_path: Path):
    path = write(
        tmp_path,
        "wrapped.txt",
        "Grace\nEphesians 2:1-10\n\nI. Dead in sins (1–3)\nand children of wrath.\n\n"
        "We were not ill but dead.\n\nII. Alive with Christ (4–7)\n",
    )
    dead, alive = import_source(path).outline.sections
    assert dead.heading == "Dead in sins and children of wrath"
    assert dead.notes == "We were not ill but dead."
    assert labels(alive) == ["Ephesians 2:4–7"]


def test_a_reference_on_its_own_line_is_cited_by_the_item_before_it(tmp_path: Path):
    path = write(tmp_path, "refs.txt", "Hope\n\n1. Hope does not disappoint\n\nRomans 5:5\n")
    point = import_source(path).outline.sections[0]
    assert (point.heading, labels(point), point.notes) == (
        "Hope does not disappoint",
        ["Romans 5:5"],
        "",
    )


def test_a_long_point_keeps_its_first_sentence_and_the_rest_as_notes(tmp_path: Path):
    path = write(
        tmp_path,
        "long.txt",
        "Prayer\nText: Luke 11:1-13\n\nI. Ask (9). Keep asking, keep seeking, keep knocking, "
        "because the Father gives the Spirit (cf. James 1:5).\n",
    )
    section = import_source(path).outline.sections[0]
    assert section.heading == "Ask"
    assert section.notes == (
        "Keep asking, keep seeking, keep knocking, because the Father gives the Spirit "
        "(cf. James 1:5)."
    )
    assert labels(section) == ["Luke 11:9", "James 1:5"]


def test_verse_markers_resolve_against_the_enclosing_heading(tmp_path: Path):
    path = write(
        tmp_path,
        "markers.txt",
        "Psalm 139\n\nI. Known (1–6)\nA. Searched, vv. 1–2a\nB. Hemmed in; see verse 5\n",
    )
    known = import_source(path).outline.sections[0]
    assert [(p.text, labels(p)) for p in known.points] == [
        ("Searched", ["Psalm 139:1–2a"]),
        ("Hemmed in", ["Psalm 139:5"]),
    ]


# -- the seed sermon ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed():
    return import_source(IMPORT / "exodus-32-seed.txt")


def test_seed_sections_and_points(seed):
    outline = seed.outline
    assert outline.title == "Exodus 32 Seed"  # no title line: taken from the file name
    assert labels(outline) == ["Exodus 32:7–35"]
    first, second = outline.sections
    assert first.heading == "First Cycle: real intercession is grounded in a divine perspective"
    assert second.heading == (
        "Second Cycle: real intercession comes from the heart of the intercessor"
    )
    assert texts(first.points)[:2] == [
        "God's proclamation revealing His perspective toward sin",
        "Moses' intercession reveals a complete God-centeredness",
    ]
    assert texts(first.points[1].points) == [
        "Moses pleads on the basis of God's redemption of Israel",
        "Moses pleads on the basis of God's reputation",
        "Moses pleads on the basis of God's mercy",
        "Moses pleads on the basis of God's covenant",
    ]
    assert texts(second.points[1].points)[1] == "Moses offers his life for theirs"
    sin = first.points[0].points[0]
    assert sin.text == "Sin corrupts and deserves punishment"
    assert sin.notes.startswith("Therefore, when we interceded")


def test_seed_prose_becomes_intro_closing_points_and_conclusion(seed):
    outline = seed.outline
    assert outline.intro is not None
    assert outline.intro.notes.startswith("Prayer, as intercession, is to plead with God")
    # The two paragraphs closing the first cycle are points of that section.
    assert texts(outline.sections[0].points)[2:] == [
        'God then "relents."',
        "When you intercede with God for others, come to Him with His perspective",
    ]
    conclusion = outline.conclusion
    assert conclusion is not None
    assert [(p.text, labels(p)) for p in conclusion.points] == [
        (
            "God promised to raise up a prophet like Moses from among the people",
            ["Deuteronomy 18:15"],
        ),
        ("That promise was fulfilled in Jesus Christ", ["Acts 3:22"]),
        ("Moses foreshadowed Jesus, who is the perfect intercessor", ["Hebrews 7:25"]),
        (
            "But it is also an example, as we are called to follow Christ and imitate Him",
            ["1 Thessalonians 1:6"],
        ),
    ]
    assert "a mystery us." in conclusion.notes  # the preacher's wording, kept as written


def test_seed_cites_every_passage(seed):
    expected = {
        "Exodus 32:7–14",
        "Exodus 32:15–35",
        "Exodus 32:11",
        "Exodus 32:12a",
        "Exodus 32:12b",
        "Exodus 20:2",
        "Exodus 34:6–7a",
        "Exodus 32:32",
        "Exodus 32:30",
        "Deuteronomy 18:15",
        "Acts 3:22",
        "Hebrews 7:25",
        "1 Thessalonians 1:6",
    }
    assert expected <= all_labels(seed.outline)
    assert seed.unplaced == ()


def test_seed_yaml_reads_like_the_example_outlines(seed):
    text = seed.yaml_text
    assert text.index("title:") < text.index("passage:") < text.index("intro:")
    assert text.index("intro:") < text.index("sections:") < text.index("conclusion:")
    assert "notes: >-" in text
    assert "heading: 'First Cycle: real intercession" in text
    assert "First Cycle (32:7–14)" not in text


# -- round trip --------------------------------------------------------------------------------


ALL_INPUTS = sorted(IMPORT.glob("*.txt")) + sorted(IMPORT.glob("*.md"))


@pytest.mark.parametrize("path", ALL_INPUTS, ids=lambda p: p.name)
def test_importing_the_same_file_twice_gives_the_same_yaml(path: Path, tmp_path: Path):
    copy = tmp_path / path.name
    shutil.copy(path, copy)
    assert import_source(path).yaml_text == import_source(copy).yaml_text


# -- unplaced and errors -----------------------------------------------------------------------


def test_a_bad_passage_line_is_reported_not_dropped(tmp_path: Path):
    path = write(tmp_path, "bad.txt", "Title: Kings\nText: Hezekiah 3:1\n\nI. One\nII. Two\n")
    result = import_source(path)
    assert len(result.unplaced) == 1 and "Hezekiah 3:1" in result.unplaced[0]
    assert "# could not place: line 2: passage: Hezekiah 3:1" in result.yaml_text
    assert [s.heading for s in result.outline.sections] == ["One", "Two"]


def test_unplaced_text_stays_inside_its_comment(tmp_path: Path):
    path = write(tmp_path, "sneaky.md", '---\ntags: "x\\ntheme: evil"\n---\n## One\n')
    result = import_source(path)
    assert result.unplaced == ("line 2: front matter tags: x\ntheme: evil",)
    assert "# could not place: line 2: front matter tags: x theme: evil" in result.yaml_text
    assert result.outline.theme == "default"


def test_empty_file_is_an_error(tmp_path: Path):
    with pytest.raises(OutlineError, match="empty") as error:
        import_source(write(tmp_path, "empty.txt", "  \n\n"))
    assert error.value.path == str(tmp_path / "empty.txt")


def test_text_without_structure_is_an_error(tmp_path: Path):
    path = write(tmp_path, "prose.txt", "Just some thoughts.\n\nNothing numbered here at all.\n")
    with pytest.raises(OutlineError, match="no outline structure found: start headings with I."):
        import_source(path)


def test_unsupported_suffix_names_the_supported_kinds(tmp_path: Path):
    path = write(tmp_path, "sermon.pdf", "%PDF-1.4")
    with pytest.raises(OutlineError, match="'.pdf'") as error:
        import_source(path)
    assert ".txt, .md or .docx" in str(error.value)


def test_non_utf8_text_is_a_clear_error(tmp_path: Path):
    path = tmp_path / "latin1.txt"
    path.write_bytes("I. Caf\xe9 talk\n".encode("latin-1"))
    with pytest.raises(OutlineError, match="not UTF-8"):
        import_source(path)


def test_missing_file_is_a_clear_error(tmp_path: Path):
    with pytest.raises(OutlineError, match="no such file"):
        import_source(tmp_path / "nowhere.txt")
