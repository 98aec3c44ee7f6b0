"""`build --openlp`: the service file, opened by OpenLP 3's own code (tests/openlp_load.py).

OpenLP is installed by the `openlp` extra (`pip install -e ".[openlp]"`, which builds dbus-python
and PyICU: Debian's libdbus-1-dev, libglib2.0-dev and libicu-dev). Its loader runs in a process
of its own, with the Python that has OpenLP: this one, or $SLIDEGEN_OPENLP_PYTHON. It runs under
Xvfb (`xvfb-run`): OpenLP lays every text slide out in a QtWebEngine view (its Renderer), which
cannot get the OpenGL context it needs on Qt's offscreen platform (it aborts in
`Renderer.__init__`), and does under Xvfb with Mesa. Without OpenLP or xvfb-run these tests
skip with the reason; CI sets SLIDEGEN_REQUIRE_RENDER=1, where they fail instead.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from slidegen.build import build_deck
from slidegen.model import Plan, SlideKind
from slidegen.openlp import item_slides, service, slide_text, verse_text, write_service

from . import render_support

pytestmark = pytest.mark.openlp

ROOT = Path(__file__).resolve().parent.parent
PYTHON_ENV = "SLIDEGEN_OPENLP_PYTHON"


def openlp_python() -> str:
    python = os.environ.get(PYTHON_ENV) or sys.executable
    found = subprocess.run(
        [python, "-c", "import importlib.util as u; print(u.find_spec('openlp') is not None)"],
        capture_output=True,
        text=True,
        check=False,
    )
    if found.stdout.strip() != "True":
        render_support.unavailable(
            f'OpenLP is not installed for {python}: pip install -e ".[openlp]", or set '
            f"{PYTHON_ENV} to a Python that has it"
        )
    if shutil.which("xvfb-run") is None:
        render_support.unavailable("OpenLP's renderer needs Xvfb: apt-get install xvfb xauth")
    return python


def load_with_openlp(service_file: Path, home: Path) -> list[dict[str, Any]]:
    """What OpenLP's ServiceManager.load_file made of the file, item by item."""
    python = openlp_python()
    home.mkdir()
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "QT_QPA_PLATFORM": "xcb",
        "QTWEBENGINE_CHROMIUM_FLAGS": "--no-sandbox",  # Chromium's sandbox refuses root (CI)
    }
    loader = Path(__file__).with_name("openlp_load.py")
    done = subprocess.run(
        ["xvfb-run", "-a", python, str(loader), str(service_file)],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    loaded: list[dict[str, Any]] = json.loads(done.stdout)
    return loaded


def words(text: str) -> str:
    """Text as OpenLP displays it compared word for word: no tags, spaces as spaces."""
    for tag in ("{su}", "{/su}", "{st}", "{/st}"):
        text = text.replace(tag, "")
    return " ".join(text.replace("&nbsp;", " ").replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def sermon(tmp_path_factory: pytest.TempPathFactory) -> tuple[Plan, list[dict[str, Any]]]:
    """The example sermon with a split passage, written and read back by OpenLP."""
    folder = tmp_path_factory.mktemp("openlp")
    outline = ROOT / "outlines/romans-8-no-condemnation.yaml"
    plan = build_deck(outline, folder / "romans.pptx").plan
    target = folder / "romans.osz"
    with target.open("wb") as file:
        write_service(plan, file)
    return plan, load_with_openlp(target, folder / "home")


def test_openlp_loads_every_item_valid_and_in_order(sermon: tuple[Plan, list[Any]]) -> None:
    plan, loaded = sermon
    written = [entry["serviceitem"]["header"] for entry in service(plan)[1:]]
    assert [(i["name"], i["title"]) for i in loaded] == [(h["name"], h["title"]) for h in written]
    assert all(item["valid"] and item["text"] for item in loaded)
    assert {item["name"] for item in loaded} == {"custom", "bibles"}


def test_every_slide_text_survives_openlps_reading_and_layout(
    sermon: tuple[Plan, list[Any]],
) -> None:
    plan, loaded = sermon
    groups = list(item_slides(plan.slides))
    assert len(groups) == len(loaded)
    for slides, item in zip(groups, loaded, strict=True):
        if item["name"] == "bibles":
            expected = [verse_text(slide) for slide in slides]
        else:
            expected = [slide_text(slide) for slide in slides]
        assert item["slides"] == expected
        # The renderer may page a slide further for its theme; no word is lost or added.
        assert words(" ".join(item["display"])) == words(" ".join(expected))


def test_verse_items_carry_the_deck_text_reference_and_translation(
    sermon: tuple[Plan, list[Any]],
) -> None:
    plan, loaded = sermon
    bibles = [item for item in loaded if item["name"] == "bibles"]
    passages = [
        slides
        for slides in item_slides(plan.slides)
        if slides[0].kind == SlideKind.VERSE and slides[0].scripture is not None
    ]
    assert len(bibles) == len(passages) > 0
    assert any(len(slides) > 1 for slides in passages), "premise: a passage split over slides"
    for item, slides in zip(bibles, passages, strict=True):
        scripture = slides[0].scripture
        assert scripture is not None
        assert item["footer"] == [str(scripture.passage), "World English Bible"]
        assert item["data"]["bibles"][0]["version"] == "World English Bible"
        shown = " ".join(slide.main_block.text for slide in slides)
        assert words(" ".join(item["display"])) == words(shown)


def test_every_slides_notes_survive(sermon: tuple[Plan, list[Any]]) -> None:
    plan, loaded = sermon
    for slides, item in zip(item_slides(plan.slides), loaded, strict=True):
        for slide in slides:
            assert slide.notes in item["notes"]


@pytest.fixture(scope="module")
def parallel_sermon(tmp_path_factory: pytest.TempPathFactory) -> tuple[Plan, list[dict[str, Any]]]:
    """The same sermon in the WEB and the KJV (`parallel: KJV`), read back by OpenLP."""
    folder = tmp_path_factory.mktemp("openlp-parallel")
    outline = ROOT / "outlines/romans-8-no-condemnation.yaml"
    plan = build_deck(outline, folder / "romans.pptx", overrides={"parallel": "KJV"}).plan
    target = folder / "romans.osz"
    with target.open("wb") as file:
        write_service(plan, file)
    return plan, load_with_openlp(target, folder / "home")


def test_a_parallel_passage_is_a_dual_bible_item_with_both_texts_on_every_slide(
    parallel_sermon: tuple[Plan, list[Any]],
) -> None:
    plan, loaded = parallel_sermon
    assert all(item["valid"] for item in loaded)
    passages = [
        slides
        for slides in item_slides(plan.slides)
        if slides[0].kind == SlideKind.VERSE and slides[0].scripture is not None
    ]
    bibles = [item for item in loaded if item["name"] == "bibles"]
    assert len(bibles) == len(passages) > 0
    assert any(len(slides) > 1 for slides in passages), "premise: a passage split over slides"
    for item, slides in zip(bibles, passages, strict=True):
        scripture = slides[0].scripture
        assert scripture is not None
        versions = "World English Bible; King James Version"  # as OpenLP names a dual item's
        assert item["footer"] == [str(scripture.passage), versions]
        assert item["title"] == f"{scripture.passage} {versions}"
        assert [b["version"] for b in item["data"]["bibles"]] == [
            "World English Bible",
            "King James Version",
        ]
        # One OpenLP slide per deck slide, holding what both columns of it show, labelled.
        assert item["slides"] == [verse_text(slide) for slide in slides]
        for text, slide in zip(item["slides"], slides, strict=True):
            web, kjv = slide.verse_blocks
            assert text.startswith("{st}WEB{/st}\n") and "\n\n{st}KJV{/st}\n" in text
            first, second = text.split("\n\n{st}KJV{/st}\n")
            assert words(first) == words(f"WEB {web.text}")
            assert words(second) == words(kjv.text)  # its label was the split
        # OpenLP's renderer may page further for its theme; no word is lost or added.
        shown = " ".join(
            f"WEB {s.verse_blocks[0].text} KJV {s.verse_blocks[1].text}" for s in slides
        )
        assert words(" ".join(item["display"])) == words(shown)
