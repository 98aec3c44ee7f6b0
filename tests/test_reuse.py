"""Reuse across sermons: series defaults, --set, shared blocks, new outlines, folder builds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from PIL import Image

from slidegen.build import build_deck, prepare
from slidegen.cli import main
from slidegen.errors import SlidegenError, ThemeError, UsageError
from slidegen.outline import load_outline
from slidegen.reuse import next_sunday, parse_settings, slug
from slidegen.schema import outline_schema, theme_schema
from slidegen.theme import load_theme

from .conftest import EXAMPLE, OUTLINES, read_deck

SERMON = "title: Grace\npassage: Ephesians 2:1-10\nsections:\n  - heading: Dead\n"


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text)
    return path


def test_series_file_fills_what_the_outline_leaves_out(tmp_path: Path) -> None:
    write(tmp_path, "series.yaml", "series: Ephesians\npreacher: Pastor Ann\ntranslation: KJV\n")
    outline = load_outline(write(tmp_path, "s.yaml", SERMON + "preacher: Guest Speaker\n"))
    assert outline.series == "Ephesians"
    assert outline.translation == "KJV"
    assert outline.preacher == "Guest Speaker"  # the outline wins over its series


def test_series_file_errors_name_the_series_file(tmp_path: Path) -> None:
    write(tmp_path, "series.yaml", "series: Ephesians\npreecher: Ann\n")
    with pytest.raises(SlidegenError) as caught:
        load_outline(write(tmp_path, "s.yaml", SERMON))
    assert str(caught.value).startswith(f"{tmp_path / 'series.yaml'}:2:1: unknown key 'preecher'")
    assert "did you mean 'preacher'?" in str(caught.value)


def test_set_overrides_win_over_file_and_series(tmp_path: Path) -> None:
    write(tmp_path, "series.yaml", "preacher: Pastor Ann\n")
    path = write(tmp_path, "s.yaml", SERMON + "date: 2026-01-04\n")
    settings = parse_settings(["date=2026-12-06", "preacher=Rev. Bo", "title=Grace = Gift"])
    outline = load_outline(path, overrides=settings)
    assert (outline.date, outline.preacher, outline.title) == (
        "2026-12-06", "Rev. Bo", "Grace = Gift"
    )  # fmt: skip


@pytest.mark.parametrize(
    ("pair", "message"),
    [("date", "expects key=value"), ("sections=x", "cannot change 'sections'"),
     ("titel=x", "did you mean 'title'?")],
)  # fmt: skip
def test_bad_settings_are_usage_errors(pair: str, message: str) -> None:
    with pytest.raises(UsageError, match=message):
        parse_settings([pair])


def test_included_partial_adds_its_sections_in_place(tmp_path: Path) -> None:
    welcome = "sections:\n  - heading: Welcome to Grace Church\n    points: [Coffee after]\n"
    write(tmp_path, "partials/welcome.yaml", welcome)
    write(tmp_path, "partials/bless.yaml", "- heading: Benediction\n  passage: Numbers 6:24-26\n")
    path = write(tmp_path, "s.yaml", SERMON.replace(
        "sections:\n", "sections:\n  - include: partials/welcome.yaml\n"
    ) + "  - include: partials/bless.yaml\n")  # fmt: skip
    outline = load_outline(path)
    assert [s.heading for s in outline.sections] == [
        "Welcome to Grace Church",
        "Dead",
        "Benediction",
    ]
    assert str(outline.sections[2].citations[0].passage) == "Numbers 6:24–26"


@pytest.mark.parametrize(
    ("partial", "expected"),
    [
        (None, "s.yaml:5:14: cannot include 'partials/p.yaml':"),
        ("- heading: H\n  pints: []\n", "partials/p.yaml:2:3: unknown key 'pints'"),
        ("- include: ../s.yaml\n", "includes itself"),
        (
            "- include: ../../x.yaml\n",
            "partials/p.yaml:1:12: '../../x.yaml' is outside the outline's",
        ),
        ("just text\n", "partials/p.yaml:1:1: an included file holds a list of sections"),
    ],
)
def test_include_problems_are_reported_where_they_are(
    tmp_path: Path, partial: str | None, expected: str
) -> None:
    if partial is not None:
        write(tmp_path, "partials/p.yaml", partial)
    path = write(tmp_path, "s.yaml", SERMON + "  - include: partials/p.yaml\n")
    with pytest.raises(SlidegenError) as caught:
        load_outline(path)
    assert expected in str(caught.value)


def test_new_from_old_keeps_structure_and_settings_and_clears_words(tmp_path: Path) -> None:
    target = tmp_path / "new.yaml"
    assert main(["new", "Grace Abounds", "--from", str(EXAMPLE), "-o", str(target)]) == 0
    new, old = load_outline(target), load_outline(EXAMPLE)
    assert new.title == "Grace Abounds"
    assert new.date == next_sunday().isoformat()
    assert (new.theme, new.translation, new.read_passage) == (
        old.theme, old.translation, old.read_passage
    )  # fmt: skip
    assert [len(s.points) for s in new.sections] == [len(s.points) for s in old.sections]
    assert new.sections[0].heading == "Heading 1"
    assert new.sections[0].points[0].points[1].text == "Point 1.1.2"
    assert not new.citations and not new.sections[0].citations
    text = target.read_text()
    assert "intercession" not in text.lower().split("taken from")[0]


def test_new_can_keep_the_old_wording(tmp_path: Path) -> None:
    target = tmp_path / "new.yaml"
    assert main(["new", "Again", "--from", str(EXAMPLE), "--keep-text", "-o", str(target)]) == 0
    new, old = load_outline(target), load_outline(EXAMPLE)
    assert [s.heading for s in new.sections] == [s.heading for s in old.sections]
    assert new.citations == old.citations


def test_new_from_scratch_builds_and_never_overwrites(tmp_path: Path) -> None:
    target = tmp_path / "fresh.yaml"
    assert main(["new", "Fresh Start", "-o", str(target)]) == 0
    assert build_deck(target, tmp_path / "fresh.pptx").plan.slides
    before = target.read_bytes()
    assert main(["new", "Other", "-o", str(target)]) == 2
    assert target.read_bytes() == before


def test_slug_makes_a_file_name() -> None:
    assert slug("Real Intercession: Moses & Us!") == "real-intercession-moses-us"
    assert slug("!!!") == "sermon"


def test_building_a_folder_builds_every_outline_and_summarises(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "outlines"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder)
    write(folder, "grace.yaml", SERMON)
    write(folder, "broken.yaml", "title: x\n")
    write(folder, "series.yaml", "series: Autumn\n")
    status = main(["build", str(folder), "-o", str(tmp_path / "decks")])
    captured = capsys.readouterr()
    assert status == 1
    assert "[1/3] broken.yaml" in captured.err and "[3/3] grace.yaml" in captured.err
    assert "broken.yaml:1:1: the outline needs 'sections'" in captured.err
    assert "built 2 of 3 decks; 1 failed" in captured.out
    decks = sorted(p.name for p in (tmp_path / "decks").iterdir())
    assert decks == ["exodus-32-intercession.pptx", "grace.pptx"]
    assert "Autumn" in read_deck(tmp_path / "decks" / "grace.pptx")[1].body


def test_outline_schema_accepts_every_example_and_rejects_a_typo() -> None:
    schema = outline_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    for path in OUTLINES:
        data = json.loads(json.dumps(yaml.safe_load(path.read_text()), default=str))
        jsonschema.validate(data, schema)
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({"title": "T", "sections": ["A"], "titel": "x"}, schema)


def test_theme_schema_accepts_the_built_in_themes() -> None:
    schema = theme_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    themes = Path(__file__).resolve().parent.parent / "themes"
    for path in themes.glob("*/theme.yaml"):
        jsonschema.validate(yaml.safe_load(path.read_text()), schema)


def test_schema_command_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["schema"]) == 0
    assert json.loads(capsys.readouterr().out)["required"] == ["title", "sections"]


def test_errors_in_values_from_the_series_file_or_set_point_there(tmp_path: Path) -> None:
    write(tmp_path, "series.yaml", "series: Ephesians\ntranslation: NIVX\n")
    path = write(tmp_path, "s.yaml", SERMON)
    with pytest.raises(SlidegenError) as caught:
        load_outline(path)
    assert str(caught.value).startswith(f"{tmp_path / 'series.yaml'}:2:14: unknown translation")
    (tmp_path / "series.yaml").unlink()
    with pytest.raises(SlidegenError) as caught:
        load_outline(path, overrides={"passage": "John 3:99"})
    assert str(caught.value).startswith("--set passage: John 3 has 36 verses")


@pytest.mark.parametrize(
    ("yaml_lines", "values"),
    [
        ("background:\n  image: logo.png\n  blur: {}\n", [-1, 0, 8, 100, 101]),
        ("background:\n  image: logo.png\n  overlay:\n    opacity: {}\n", [-0.1, 0, 0.4, 1, 1.1]),
        ("point:\n  size: {}\n  min_size: 8\n", [7, 8, 200, 201]),
        ("logo:\n  image: logo.png\n  size: {}\n", [0, 0.1, 1, 2, 7, 8, 400, 401]),
    ],
)
def test_the_theme_schema_and_the_loader_accept_the_same_numbers(
    yaml_lines: str, values: list[float], tmp_path: Path
) -> None:
    schema = theme_schema()
    for value in values:
        folder = tmp_path / f"t{values.index(value)}"
        folder.mkdir()
        Image.new("RGB", (40, 40), "#ffffff").save(folder / "logo.png")
        text = "extends: default\n" + yaml_lines.format(value)
        (folder / "theme.yaml").write_text(text, encoding="utf-8")
        try:
            load_theme(str(folder))
            loads = True
        except ThemeError:
            loads = False
        valid = jsonschema.Draft202012Validator(schema).is_valid(yaml.safe_load(text))
        assert loads == valid, (text, loads, valid)


# -- issue 13: reuse that works ----------------------------------------------------------------

WELCOME = """sections:
  - heading: Welcome to Grace Church
    kind: plain
    points:
      - Coffee after the service in the hall
"""
NOTICES = """sections:
  - heading: This week
    kind: plain
    points: [Youth group Friday at 7, Offering bags at the back]
"""
WEEKLY = """title: Grace
passage: Ephesians 2:1-10
big_idea: Grace raises the dead
sections:
  - include: partials/welcome.yaml
  - heading: Dead
    passage: "1-3"
  - heading: Alive
    passage: "4-7"
  - include: partials/notices.yaml
"""


def weekly_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "sermons"
    write(folder, "partials/welcome.yaml", WELCOME)
    write(folder, "partials/notices.yaml", NOTICES)
    write(folder, "series.yaml", "series: Ephesians\ntheme: parchment\npreacher: Pastor Lee\n")
    write(folder, "grace.yaml", WEEKLY)
    return folder


def test_new_from_writes_beside_the_old_outline_so_includes_and_series_still_apply(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = weekly_folder(tmp_path)
    monkeypatch.chdir(tmp_path)  # not the outline's folder: the default must not be ./outlines
    assert main(["new", "Saved Through Faith", "--from", str(folder / "grace.yaml")]) == 0
    new = load_outline(folder / "saved-through-faith.yaml")
    assert not (tmp_path / "outlines").exists()
    assert [s.heading for s in new.sections][0] == "Welcome to Grace Church"
    assert (new.theme, new.series, new.preacher) == ("parchment", "Ephesians", "Pastor Lee")


def test_new_from_written_elsewhere_rewrites_includes_and_writes_the_series_in(
    tmp_path: Path,
) -> None:
    folder = weekly_folder(tmp_path)
    target = tmp_path / "next.yaml"  # the folder above: the partials are still inside it
    assert main(["new", "Next", "--from", str(folder / "grace.yaml"), "-o", str(target)]) == 0
    text = target.read_text()
    assert "include: sermons/partials/welcome.yaml" in text
    new = load_outline(target)
    assert new.sections[0].plain and new.sections[0].heading == "Welcome to Grace Church"
    assert (new.theme, new.series, new.preacher) == ("parchment", "Ephesians", "Pastor Lee")


def test_new_from_refuses_to_write_where_its_includes_cannot_be_reached(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = weekly_folder(tmp_path)
    elsewhere = tmp_path / "elsewhere" / "next.yaml"
    assert main(["new", "Next", "--from", str(folder / "grace.yaml"), "-o", str(elsewhere)]) == 2
    assert "includes partials/welcome.yaml, which would be outside" in capsys.readouterr().err
    assert not elsewhere.exists()


@pytest.mark.parametrize(
    ("how", "expected"),
    [
        ("--set", False),
        ("series", False),
        ("front matter", False),
        ("nothing", True),
    ],
)
def test_read_passage_can_be_set_on_the_command_line_in_the_series_or_front_matter(
    tmp_path: Path, how: str, expected: bool
) -> None:
    body = "# Grace\n\n**Text:** Ephesians 2:1-10\n\n## Dead (1-3)\n\n## Alive (4-7)\n"
    if how == "front matter":
        body = "---\nread_passage: false\n---\n" + body
    if how == "series":
        write(tmp_path, "series.yaml", "read_passage: false\n")
    path = write(tmp_path, "grace.md", body)
    overrides = parse_settings(["read_passage=false"]) if how == "--set" else {}
    outline = load_outline_from(path, overrides)
    assert outline.read_passage is expected


def load_outline_from(path: Path, overrides: dict[str, str]) -> Any:
    from slidegen.build import load_source

    return load_source(path, [], overrides)


def test_a_setting_that_is_not_true_or_false_names_the_option(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path, "grace.yaml", SERMON)
    out = tmp_path / "grace.pptx"
    assert main(["build", str(path), "-o", str(out), "--set", "read_passage=maybe"]) == 1
    assert "--set read_passage: 'read_passage' must be true or false" in capsys.readouterr().err


def test_plain_partials_are_never_numbered_or_recapped_and_stay_where_written(
    tmp_path: Path,
) -> None:
    folder = weekly_folder(tmp_path)
    plan = prepare(folder / "grace.yaml").plan()
    kinds_titles = [(s.kind, s.title) for s in plan.slides if s.kind != "verse"]
    assert kinds_titles == [
        ("title", "Grace"),
        ("section", "Welcome to Grace Church"),  # before the Scripture reading, as written
        ("point", "Coffee after the service in the hall"),
        ("point", "Grace raises the dead"),  # the big idea, after the reading
        ("section", "Dead"),
        ("section", "Alive"),
        ("closing", "Grace"),
        ("section", "This week"),  # after the sermon
        ("point", "Youth group Friday at 7"),
        ("point", "Offering bags at the back"),
    ]
    welcome = next(s for s in plan.slides if s.title == "Welcome to Grace Church")
    assert [b.text for b in welcome.blocks if not b.is_title and b.text in ("I", "II")] == []
    dead = next(s for s in plan.slides if s.title == "Dead")
    assert any(b.text == "I" for b in dead.blocks)  # the sermon's first section is still I
    closing = next(s for s in plan.slides if s.kind == "closing")
    recap = "\n".join(b.text for b in closing.blocks)
    assert "Dead" in recap and "Welcome" not in recap and "This week" not in recap
    reading = [i for i, s in enumerate(plan.slides) if s.title.startswith("Ephesians 2:1–10")]
    assert reading and min(reading) > 2  # the welcome comes first


def test_the_big_idea_has_a_slide_of_its_own_with_its_words(tmp_path: Path) -> None:
    path = write(tmp_path, "grace.yaml", WEEKLY.replace("  - include: partials/welcome.yaml\n", "")
                 .replace("  - include: partials/notices.yaml\n", ""))  # fmt: skip
    plan = prepare(path).plan()
    big = next(s for s in plan.slides if s.title == "Grace raises the dead")
    assert big.kind == "point"
    assert "Big idea" in [b.text for b in big.blocks]  # the label is the kicker, not the text


@pytest.mark.parametrize(
    ("setting", "again"),
    [("full", "full"), ("reference", "reference"), ("off", "none")],
)
def test_repeat_verses_decides_how_a_passage_shown_already_is_shown_again(
    tmp_path: Path, setting: str, again: str
) -> None:
    path = write(
        tmp_path,
        "grace.yaml",
        f"title: Grace\npassage: Ephesians 2:8-9\nrepeat_verses: {setting}\n"
        "sections:\n  - heading: By grace\n    passage: '8'\n",
    )
    plan = prepare(path).plan()
    again_slides = [s for s in plan.slides if s.title.startswith("Ephesians 2:8 ")]
    if again == "none":
        assert again_slides == []
        return
    (slide,) = again_slides
    body = next(b.text for b in slide.blocks if not b.is_title and "grace" in b.text.lower())
    if again == "full":
        assert body.startswith("8") and "saved through faith" in body
    else:
        # The first twelve words of the verse as the translation has them; all of it in notes.
        assert body == "for by grace you have been saved through faith, and that not…"
        assert "Shown in full earlier" in slide.notes


def test_building_a_folder_builds_outlines_in_every_format(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import docx

    folder = tmp_path / "mixed"
    write(folder, "grace.yaml", SERMON)
    write(folder, "hope.md", "# Hope\n\n**Text:** Hebrews 6:13-20\n\n## An anchor (19)\n")
    write(folder, "faith.txt", "Faith\nHebrews 11:1-6\n\nI. Assurance (1)\nII. Pleasing God (6)\n")
    document = docx.Document()
    document.add_paragraph("Love", style="Title")
    document.add_paragraph("Love is patient (1 Cor 13:4)", style="Heading 1")
    document.save(str(folder / "love.docx"))
    assert main(["build", str(folder), "-o", str(tmp_path / "decks")]) == 0
    decks = sorted(p.name for p in (tmp_path / "decks").iterdir())
    assert decks == ["faith.pptx", "grace.pptx", "hope.pptx", "love.pptx"]
    assert "built 4 of 4 decks" in capsys.readouterr().out


def test_a_big_idea_that_cites_a_passage_gets_its_verse_slide(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "grace.yaml",
        "title: Grace\npassage: Ephesians 2:1-10\nbig_idea:\n  text: Saved by grace\n"
        "  passage: '8'\nsections:\n  - heading: Dead\n",
    )
    plan = prepare(path).plan()
    titles = [s.title for s in plan.slides]
    big = titles.index("Saved by grace")
    assert titles[big + 1] == "Ephesians 2:8 (WEB)"


def test_new_from_old_keeps_the_second_translation_and_how_blanks_appear(tmp_path: Path) -> None:
    old = tmp_path / "last-week.yaml"
    old.write_text(
        "title: Last Week\npassage: John 3:16\nlanguage: es\nparallel: KJV\nreveal: animate\n"
        "sections:\n  - heading: Loved\n    points: [God so loved the world]\n",
        encoding="utf-8",
    )
    target = tmp_path / "this-week.yaml"
    assert main(["new", "This Week", "--from", str(old), "-o", str(target)]) == 0
    text = target.read_text(encoding="utf-8")
    assert "parallel: KJV" in text and "reveal: animate" in text and "language: es" in text
