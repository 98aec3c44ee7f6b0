"""The outline loader: valid outlines become model objects; invalid ones fail with file:line:col."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidegen.errors import ErrorList, OutlineError, SlidegenError
from slidegen.outline import load_outline, parse_outline

from .conftest import EXAMPLE, OUTLINES

MINIMAL = """\
title: Grace
passage: Ephesians 2:1-10
sections:
  - heading: Dead
    passage: "1-3"
    points:
      - Dead in sins
      - text: Made alive
        passage: "4-5"
        notes: By grace you have been saved.
"""


def error_text(text: str) -> str:
    with pytest.raises(SlidegenError) as caught:
        parse_outline(text, "sermon.yaml")
    return str(caught.value)


def test_every_example_outline_loads() -> None:
    assert len(OUTLINES) >= 3
    for path in OUTLINES:
        outline = load_outline(path)
        assert outline.title
        assert outline.sections


def test_minimal_outline_becomes_model_objects() -> None:
    outline = parse_outline(MINIMAL)
    assert outline.title == "Grace"
    assert str(outline.citations[0].passage) == "Ephesians 2:1–10"
    assert outline.translation == "WEB"
    assert outline.theme == "default"
    section = outline.sections[0]
    assert section.heading == "Dead"
    assert [p.text for p in section.points] == ["Dead in sins", "Made alive"]
    assert section.points[1].notes == "By grace you have been saved."


def test_relative_references_resolve_against_the_nearest_enclosing_passage() -> None:
    outline = parse_outline(MINIMAL)
    section = outline.sections[0]
    assert str(section.citations[0].passage) == "Ephesians 2:1–3"
    assert str(section.points[1].citations[0].passage) == "Ephesians 2:4–5"


def test_example_outline_cites_every_passage_of_the_sermon() -> None:
    from slidegen.plan import all_citations

    labels = {str(c.passage) for c in all_citations(load_outline(EXAMPLE))}
    for expected in [
        "Exodus 32:7–14",
        "Exodus 32:15–35",
        "Exodus 32:7–10",
        "Exodus 32:11–14",
        "Exodus 32:11",
        "Exodus 32:12a",
        "Exodus 32:12b",
        "Exodus 32:13",
        "Exodus 32:19–20",
        "Exodus 32:21–24",
        "Exodus 32:25–29",
        "Exodus 32:30–35",
        "Exodus 32:33",
        "Exodus 32:32",
        "Exodus 32:30",
        "Exodus 20:2",
        "Exodus 34:6–7a",
        "Deuteronomy 18:15",
        "Acts 3:22",
        "Hebrews 7:25",
        "1 Thessalonians 1:6",
    ]:
        assert expected in labels


def test_example_outline_keeps_both_cycle_headings() -> None:
    headings = [s.heading for s in load_outline(EXAMPLE).sections]
    assert headings[0].startswith("First Cycle")
    assert headings[1].startswith("Second Cycle")


def test_dates_written_unquoted_become_iso_text() -> None:
    outline = parse_outline("title: T\ndate: 2026-11-29\nsections: [A]\n")
    assert outline.date == "2026-11-29"


def test_passage_with_text_given_by_the_user_keeps_text_and_code() -> None:
    outline = parse_outline(
        "title: T\nsections:\n  - heading: H\n    passage:\n      ref: John 3:16\n"
        "      text: For God so loved the world.\n      translation: niv\n"
    )
    citation = outline.sections[0].citations[0]
    assert citation.given_text == "For God so loved the world."
    assert citation.translation == "NIV"


def test_control_characters_are_removed_with_a_warning() -> None:
    warnings: list[str] = []
    outline = parse_outline('title: "Bad\\x07Bell"\nsections: [A]\n', "s.yaml", warnings)
    assert outline.title == "BadBell"
    assert warnings and "s.yaml:1" in warnings[0]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", "sermon.yaml: the file is empty"),
        ("   \n\n", "the file is empty"),
        ("- just\n- a list\n", "sermon.yaml:1:1: an outline must be a set of 'key: value' lines"),
        ("title: T\n", "sermon.yaml:1:1: the outline needs 'sections'"),
        ("sections: [A]\n", "sermon.yaml:1:1: the outline needs 'title'"),
        ("title: T\nsections: []\n", "sermon.yaml:2:11: 'sections' must be a list of headings"),
        ("title: T\nsections: A\n", "sermon.yaml:2:11: 'sections' must be a list"),
        (
            "title: T\ntitel: U\nsections: [A]\n",
            "sermon.yaml:2:1: unknown key 'titel' in the outline — did you mean 'title'?",
        ),
        (
            "title: T\nsections:\n  - heading: H\n    pints: [a]\n",
            "sermon.yaml:4:5: unknown key 'pints' in a section — did you mean 'points'?",
        ),
        (
            "title: T\nsections:\n  - heading: H\n    points:\n      - txt: a\n",
            "sermon.yaml:5:9: unknown key 'txt' in a point — did you mean 'text'?",
        ),
        (
            "title: T\nsections:\n  - heading: H\n    points:\n      - notes: a\n",
            "sermon.yaml:5:9: a point needs 'text'",
        ),
        (
            "title: T\nsections:\n  - passage: John 3\n",
            "sermon.yaml:3:5: a section needs 'heading'",
        ),
        ("title: [a, b]\nsections: [A]\n", "sermon.yaml:1:8: 'title' must be text"),
        (
            "title: T\nread_passage: maybe\nsections: [A]\n",
            "sermon.yaml:2:15: 'read_passage' must be true or false",
        ),
        (
            "title: T\nsections:\n  - heading: H\n    points: a point\n",
            "sermon.yaml:4:13: 'points' must be a list",
        ),
        (
            "title: T\nsections:\n  - heading: H\n    points:\n      - [nested, list]\n",
            "sermon.yaml:5:9: a point must be text",
        ),
        (
            "title: T\npassage: Exodus 50:1\nsections: [A]\n",
            "sermon.yaml:2:10: Exodus has 40 chapters",
        ),
        ("title: T\npassage: John 3:37\nsections: [A]\n", "sermon.yaml:2:10: John 3 has 36 verses"),
        (
            "title: T\npassage: Hezekiah 3:1\nsections: [A]\n",
            "sermon.yaml:2:10: unknown book 'Hezekiah'",
        ),
        ("title: T\nsections:\n  - heading: H\n    passage: '11'\n", "sermon.yaml:4:14:"),
        (
            "title: T\ntranslation: XYZ\nsections: [A]\n",
            "sermon.yaml:2:14: unknown translation 'XYZ'",
        ),
        (
            "title: T\nsections:\n  - heading: H\n"
            "    passage: {ref: John 3:16, translation: QQQ}\n",
            "unknown translation 'QQQ'",
        ),
        ("title: T\nsections: [A]\ntitle: U\n", "sermon.yaml:3:1: 'title' appears twice"),
        ("title: 'unclosed\nsections: [A]\n", "sermon.yaml:3:1:"),
        ("title: T\n  sections: [A]\n", "sermon.yaml:2:11: mapping values are not allowed here"),
        (
            "title: !!python/object/apply:os.system ['echo pwned']\nsections: [A]\n",
            "unsupported YAML tag",
        ),
        ("title: !custom T\nsections: [A]\n", "unsupported YAML tag"),
        ("title: T\nsections: [A]\n---\ntitle: U\n", "sermon.yaml:3:1:"),
        # Found by fuzzing: empty slide text, and characters YAML refuses before parsing starts.
        ("title: T\nsections: ['']\n", "sermon.yaml:2:12: a heading is empty"),
        ("title: ' '\nsections: [A]\n", "sermon.yaml:1:8: 'title' is empty"),
        ("title: T\nsections:\n  - heading: H\n    points: ['', x]\n", "4:14: a point is empty"),
        ("\x1b", "sermon.yaml:1:1: contains a control character (U+001B)"),
        ("title: T\nsections: [A\x85\x1b]\n", "sermon.yaml:2:14: contains a control character"),
    ],
)
def test_invalid_outline_is_reported_with_its_position(text: str, expected: str) -> None:
    message = error_text(text)
    assert expected in message
    assert "Traceback" not in message


def test_every_problem_is_reported_in_one_pass() -> None:
    text = "title: T\ntitel: x\nsections:\n  - heading: H\n    pints: []\n  - notes: n\n"
    with pytest.raises(ErrorList) as caught:
        parse_outline(text, "s.yaml")
    lines = str(caught.value).splitlines()
    assert len(lines) == 3
    assert lines[0].startswith("s.yaml:2:1:")
    assert lines[1].startswith("s.yaml:5:5:")
    assert lines[2].startswith("s.yaml:6:5:")


def test_billion_laughs_is_refused_before_expanding_it() -> None:
    lines = ["title: T", "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for n in range(1, 10):
        prev, name = chr(ord("a") + n - 1), chr(ord("a") + n)
        lines.append(f"{name}: &{name} [" + ", ".join([f"*{prev}"] * 9) + "]")
    lines.append("sections: [*j]")
    message = error_text("\n".join(lines) + "\n")  # expanded, it would hold 10^9 strings
    assert "sermon.yaml:8:28: more than 50 YAML aliases" in message


def test_too_many_aliases_are_refused() -> None:
    text = "title: &t T\nsubtitle: [" + ", ".join(["*t"] * 51) + "]\nsections: [A]\n"
    assert "more than 50 YAML aliases" in error_text(text)


def test_nested_points_through_aliases_are_bounded() -> None:
    text = (
        "title: T\n"
        "p0: &p0 {text: x}\n"
        + "".join(
            f"p{n}: &p{n} {{text: x, points: [*p{n - 1}, *p{n - 1}, *p{n - 1}]}}\n"
            for n in range(1, 9)
        )
        + "sections:\n  - heading: H\n    points: [*p8, *p8, *p8]\n"
    )
    message = error_text(text)
    assert "unknown key 'p0'" in message
    assert "too many or too deeply nested points" in message


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"title: Gr\xe2ce\nsections: [A]\n", "is not UTF-8 text"),
        ("title: Grâce\nsections: [A]\n".encode("utf-16"), None),
        ("\ufefftitle: Grâce\nsections: [A]\n".encode(), None),
    ],
)
def test_file_encodings(tmp_path: Path, data: bytes, expected: str | None) -> None:
    path = tmp_path / "s.yaml"
    path.write_bytes(data)
    if expected is None:
        assert load_outline(path).title == "Grâce"
    else:
        with pytest.raises(OutlineError, match=expected):
            load_outline(path)


def test_missing_file_names_the_file(tmp_path: Path) -> None:
    with pytest.raises(OutlineError, match="nope.yaml: no such file"):
        load_outline(tmp_path / "nope.yaml")


def test_huge_file_is_refused_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"title: T\n" + b"#" * 3_000_000)
    with pytest.raises(OutlineError, match="at most"):
        load_outline(path)
