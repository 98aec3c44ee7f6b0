"""FreeShow and OpenLP files of a sermon in another language name its passages as the deck
does ("Juan 3:16"), not with the English names the Bible lookup uses inside."""

from __future__ import annotations

from pathlib import Path

from slidegen.build import prepare
from slidegen.freeshow import project_data
from slidegen.openlp import service

SERMON = """\
title: El Buen Pastor
passage: Juan 10:11-18
language: es
parallel: KJV
sections:
  - heading: Él da su vida
    passage: Salmo 23
  - heading: Él conoce a sus ovejas
    passage: 1 Pedro 2:25
"""


def _plan(tmp_path: Path):
    source = tmp_path / "pastor.yaml"
    source.write_text(SERMON, encoding="utf-8")
    return prepare(source).plan()


def test_slides_record_the_reference_as_the_deck_labels_it(tmp_path: Path):
    plan = _plan(tmp_path)
    references = {s.reference for s in plan.slides if s.scripture is not None}
    assert references == {"Juan 10:11–18", "Salmo 23", "1 Pedro 2:25"}
    assert all(s.reference == "" for s in plan.slides if s.scripture is None)
    assert plan.meta.language == "es"


def test_freeshow_groups_are_named_in_the_outlines_language(tmp_path: Path):
    data, _files = project_data(_plan(tmp_path), "pastor", now_ms=0)
    groups = {
        slide["group"]
        for show in data["shows"].values()
        for slide in show["slides"].values()
        if slide.get("group")
    }
    assert {"Juan 10:11–18 (WEB + KJV)", "Salmo 23 (WEB + KJV)"} <= groups
    assert not any("John" in g or "Psalm" in g or "Peter" in g for g in groups)


def test_openlp_bible_items_are_titled_in_the_outlines_language(tmp_path: Path):
    items = service(_plan(tmp_path))
    bible = [i["serviceitem"]["header"] for i in items if "serviceitem" in i]
    bible = [h for h in bible if h["name"] == "bibles"]
    titles = [h["title"] for h in bible]
    assert [t.split(" World")[0] for t in titles] == ["Juan 10:11–18", "Salmo 23", "1 Pedro 2:25"]
    assert all(h["footer"][0] == t.split(" World")[0] for h, t in zip(bible, titles, strict=True))


def test_freeshow_names_the_other_groups_and_the_layout_in_the_language(tmp_path: Path):
    data, _files = project_data(_plan(tmp_path), "pastor", now_ms=0)
    show = next(iter(data["shows"].values()))
    groups = [s["group"] for s in show["slides"].values() if s.get("group")]
    assert {"Título", "Cierre"} <= set(groups)
    assert not {"Title", "Point", "Closing"} & set(groups)
    assert [layout["name"] for layout in show["layouts"].values()] == ["Sermón"]
