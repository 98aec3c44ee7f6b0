"""`build --freeshow`: the FreeShow project, read back from its zip.

FreeShow is an Electron program (not on PyPI or npm), so its reader cannot run here. The
project's data.json is validated against tests/data/freeshow/project.schema.json, written from
FreeShow's TypeScript types (the commits are named in the schema and in slidegen/freeshow.py),
and put through the rules of FreeShow's importer that decide what survives an import:
`fixShowIssues` (importHelpers.ts) drops a slide whose group is null unless a slide with a group
names it among its children, and empties a slide of 30 or more identical items in a row;
`importProject` (project.ts) skips a file without a project or a show that is empty; and
`extractZipDataAndMedia` (import.ts) finds each file `files` names by its base name in the zip.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from slidegen.build import build_deck
from slidegen.cli import main
from slidegen.freeshow import project_data, write_project
from slidegen.model import Plan, SlideKind

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = json.loads((ROOT / "tests/data/freeshow/project.schema.json").read_text())
OUTLINES = sorted((ROOT / "outlines").glob("*.yaml"))


def build(tmp_path: Path, outline: Path, theme: str = "default") -> Plan:
    return build_deck(outline, tmp_path / f"{outline.stem}.pptx", theme=theme).plan


def read_project(path: Path) -> tuple[dict[str, Any], dict[str, bytes]]:
    with zipfile.ZipFile(path) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    return json.loads(entries.pop("data.json")), entries


def kept_by_importer(show: dict[str, Any]) -> set[str]:
    """The slides fixShowIssues keeps: a slide with a group, or a child of one with a group;
    a slide emptied of its items (30 or more identical in a row) counts as lost."""
    used: set[str] = set()
    for slide_id, slide in show["slides"].items():
        if slide["group"] is not None:
            used |= {slide_id, *slide.get("children", [])}
    kept = set()
    for slide_id in used & set(show["slides"]):
        items = [json.dumps(item, sort_keys=True) for item in show["slides"][slide_id]["items"]]
        repeats = sum(1 for a, b in zip(items, items[1:], strict=False) if a == b)
        if len(items) < 30 or repeats < 30:
            kept.add(slide_id)
    return kept


def the_show(data: dict[str, Any]) -> dict[str, Any]:
    (show,) = data["shows"].values()
    return show


def layout_order(show: dict[str, Any]) -> list[str]:
    """Slide ids in the order FreeShow plays them: each layout slide, then its children."""
    layout = show["layouts"][show["settings"]["activeLayout"]]
    order = []
    for reference in layout["slides"]:
        order.append(reference["id"])
        order += show["slides"][reference["id"]].get("children", [])
    return order


def texts(slide: dict[str, Any]) -> list[str]:
    return [
        "\n".join("".join(part["value"] for part in line["text"]) for line in item["lines"])
        for item in slide["items"]
        if item.get("lines")
    ]


@pytest.mark.parametrize("outline", OUTLINES, ids=lambda p: p.stem)
def test_every_example_validates_and_keeps_every_slide_on_import(
    tmp_path: Path, outline: Path
) -> None:
    plan = build(tmp_path, outline)
    target = tmp_path / f"{outline.stem}.project"
    with target.open("wb") as file:
        write_project(plan, outline.stem, file)
    data, files = read_project(target)
    jsonschema.validate(data, SCHEMA)
    show = the_show(data)
    assert data["project"]["shows"] == [{"id": next(iter(data["shows"]))}]
    assert kept_by_importer(show) == set(show["slides"])
    order = layout_order(show)
    assert len(order) == len(plan.slides) == len(set(order))
    for slide_id, planned in zip(order, plan.slides, strict=True):
        slide = show["slides"][slide_id]
        assert slide["notes"] == planned.notes
        drawn = "\n".join(texts(slide))
        for block in planned.blocks:
            if not getattr(block, "click", 0):  # what a click adds in the deck is not shown
                assert block.text in drawn  # every line of text the deck shows
    for path in data["files"]:
        assert Path(path).name in files  # what extractZipDataAndMedia looks for


def test_a_split_passage_is_one_group_named_by_its_reference(tmp_path: Path) -> None:
    plan = build(tmp_path, ROOT / "outlines/romans-8-no-condemnation.yaml")
    pages = [s for s in plan.slides if s.kind == SlideKind.VERSE and "(1/" in s.title]
    assert pages, "premise: the sermon has a passage split over slides"
    data, _ = project_data(plan, "romans")
    show = the_show(data)
    first = pages[0]
    assert first.scripture is not None
    groups = [s for s in show["slides"].values() if s["group"] == first.scripture.label]
    (group,) = groups
    total = int(re.search(r"\(1/(\d+)\)", first.title).group(1))  # type: ignore[union-attr]
    assert len(group["children"]) == total - 1
    assert all(show["slides"][child]["group"] is None for child in group["children"])


def test_items_are_css_on_the_1920_canvas_with_the_plans_fonts_and_colours(
    tmp_path: Path,
) -> None:
    plan = build(tmp_path, ROOT / "outlines/psalm-23-shepherd.yaml")
    data, _ = project_data(plan, "psalm")
    show = the_show(data)
    assert show["settings"]["resolution"] == {"width": 1920, "height": 1080}
    first = show["slides"][layout_order(show)[0]]
    block = next(b for b in plan.slides[0].blocks if b.is_title)
    item = next(i for i in first["items"] if block.text.split("\n")[0] in "".join(texts_of(i)))
    assert f"top:{block.y * 2:.2f}px;left:{block.x * 2:.2f}px;" in item["style"]
    assert f"width:{block.width * 2:.2f}px;" in item["style"]
    style = item["lines"][0]["text"][0]["style"]
    assert f"font-size:{block.size_pt * 2:.1f}px;" in style
    assert block.font in style
    assert f"color:{block.paragraphs[0][0].color};" in style


def texts_of(item: dict[str, Any]) -> list[str]:
    return [part["value"] for line in item.get("lines", []) for part in line["text"]]


def test_verse_numbers_are_raised_and_in_the_accent_colour(tmp_path: Path) -> None:
    plan = build(tmp_path, ROOT / "outlines/psalm-23-shepherd.yaml")
    data, _ = project_data(plan, "psalm")
    show = the_show(data)
    verse = next(i for i, s in enumerate(plan.slides) if s.kind == SlideKind.VERSE)
    number = next(r for p in plan.slides[verse].main_block.paragraphs for r in p if r.verse_number)
    slide = show["slides"][layout_order(show)[verse]]
    parts = [
        part for item in slide["items"] for line in item.get("lines", []) for part in line["text"]
    ]
    raised = next(part for part in parts if part["value"] == number.text)
    assert "vertical-align:super;" in raised["style"]
    assert f"color:{number.color};" in raised["style"]


def test_a_photo_background_travels_in_the_zip_and_every_slide_shows_it(tmp_path: Path) -> None:
    plan = build(tmp_path, ROOT / "outlines/exodus-32-intercession.yaml", theme="sunrise")
    assert plan.background.photo is not None or plan.background.gradient, "premise"
    buffer = io.BytesIO()
    write_project(plan, "exodus", buffer)
    data, files = read_project_bytes(buffer.getvalue())
    show = the_show(data)
    (media_id,) = show["media"]
    path = show["media"][media_id]["path"]
    assert data["files"] == [path]
    from PIL import Image

    with Image.open(io.BytesIO(files[Path(path).name])) as image:
        assert image.size == (1920, 1080)
    layout = show["layouts"][show["settings"]["activeLayout"]]
    assert all(reference["background"] == media_id for reference in layout["slides"])


def read_project_bytes(data: bytes) -> tuple[dict[str, Any], dict[str, bytes]]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    return json.loads(entries.pop("data.json")), entries


def test_meta_names_the_sermon_preacher_and_date(tmp_path: Path) -> None:
    plan = build(tmp_path, ROOT / "outlines/romans-8-no-condemnation.yaml")
    data, _ = project_data(plan, "romans")
    meta = the_show(data)["meta"]
    assert meta["title"] == plan.meta.title == "No Condemnation"
    assert meta["author"] == plan.meta.preacher != ""
    assert meta["year"] == plan.meta.date[:4]
    assert data["project"]["name"] == f"{plan.meta.date} {plan.meta.title}"


def test_the_command_line_writes_the_project_beside_the_deck(tmp_path: Path) -> None:
    deck = tmp_path / "out" / "psalm.pptx"
    code = main(
        ["build", str(ROOT / "outlines/psalm-23-shepherd.yaml"), "-o", str(deck), "--freeshow"]
    )
    assert code == 0
    data, _ = read_project(deck.with_suffix(".project"))
    jsonschema.validate(data, SCHEMA)


def test_a_parallel_verse_slide_carries_both_translations_as_textboxes_of_their_own(
    tmp_path: Path,
) -> None:
    outline = ROOT / "outlines/romans-8-no-condemnation.yaml"
    plan = build_deck(outline, tmp_path / "romans.pptx", overrides={"parallel": "KJV"}).plan
    data, _ = project_data(plan, "romans")
    jsonschema.validate(data, SCHEMA)
    show = the_show(data)
    assert kept_by_importer(show) == set(show["slides"])
    order = layout_order(show)
    verse = [
        (show["slides"][slide_id], planned)
        for slide_id, planned in zip(order, plan.slides, strict=True)
        if planned.kind == SlideKind.VERSE and planned.scripture is not None
    ]
    assert any("(1/" in planned.title for _, planned in verse), "premise: a split passage"
    for slide, planned in verse:
        assert planned.scripture is not None and planned.scripture.parallel is not None
        shown = texts(slide)
        # Each translation's verses in a textbox of their own, each with its label.
        web, kjv = (block.text for block in planned.verse_blocks)
        assert web in shown and kjv in shown and web != kjv
        assert "WEB" in shown and "KJV" in shown
        # The same verses in both: the numbers of the slide's verses, raised, in each box.
        numbers = [
            [part["value"] for line in item["lines"] for part in line["text"]
             if "vertical-align:super;" in part["style"]]
            for item in slide["items"]
            if item.get("lines") and texts({"items": [item]})[0] in (web, kjv)
        ]  # fmt: skip
        assert len(numbers) == 2 and numbers[0] == numbers[1], numbers
        if slide["group"] is not None:
            assert slide["group"].endswith("(WEB + KJV)")
