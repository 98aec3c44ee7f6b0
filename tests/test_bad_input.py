"""The catalogue of bad inputs in tests/data/bad: each file's first line says what must happen.

`# expect 1: TEXT` — the build fails with status 1, a short message on stderr containing TEXT
(naming the file), no traceback and no deck. `# expect 0: TEXT` — the deck is built and a
warning containing TEXT is printed.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest
from lxml import etree

from slidegen.cli import main

from .conftest import DATA, OUTLINES

CATALOGUE = sorted((DATA / "bad").glob("*.yaml"))
_EXPECT = re.compile(rb"^# expect ([01]): (.*)$")


def expectation(path: Path) -> tuple[int, str]:
    first = path.read_bytes().split(b"\n", 1)[0]
    match = _EXPECT.match(first)
    if path.stat().st_size == 0:
        return 1, f"{path.name}: the file is empty"
    assert match, f"{path.name} has no '# expect' line"
    return int(match.group(1)), match.group(2).decode("utf-8", errors="replace")


def test_the_catalogue_covers_the_known_kinds_of_bad_input() -> None:
    assert len(CATALOGUE) >= 18


@pytest.mark.parametrize("path", CATALOGUE, ids=lambda p: p.stem)
def test_bad_input_gets_a_clear_message(
    path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    status, text = expectation(path)
    out = tmp_path / "deck.pptx"
    assert main(["build", str(path), "-o", str(out)]) == status
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert text in err
    if status:
        assert 1 <= len(err.strip().splitlines()) <= 2
        assert str(path) in err or "unknown theme" in err
        assert not out.exists()
    else:
        assert out.is_file()
    assert [p.name for p in tmp_path.iterdir()] == (["deck.pptx"] if not status else [])


def test_python_tags_never_run(tmp_path: Path) -> None:
    marker = Path("/tmp/slidegen-pwned")
    marker.unlink(missing_ok=True)
    main(["build", str(DATA / "bad" / "python-tag.yaml"), "-o", str(tmp_path / "d.pptx")])
    assert not marker.exists()


def test_debug_flag_shows_the_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = DATA / "bad" / "missing-title.yaml"
    assert main(["--debug", "build", str(bad), "-o", str(tmp_path / "d.pptx")]) == 1
    assert "Traceback" in capsys.readouterr().err


# -- every deck we write is a valid package ----------------------------------------------------
_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"


def check_package(deck: Path) -> None:
    """Content types, relationships, XML well-formedness and unique shape ids, part by part."""
    with zipfile.ZipFile(deck) as package:
        names = set(package.namelist())
        types = etree.fromstring(package.read("[Content_Types].xml"))
        defaults = {d.get("Extension") for d in types.iter(f"{_CT}Default")}
        overrides = {o.get("PartName").lstrip("/") for o in types.iter(f"{_CT}Override")}
        for name in names - {"[Content_Types].xml"}:
            if name.endswith("/"):
                continue
            assert name in overrides or name.rsplit(".", 1)[-1] in defaults, name
        assert overrides <= names
        presentation = etree.fromstring(package.read("ppt/presentation.xml"))
        slide_ids = [e.get("id") for e in presentation.iter() if e.tag.endswith("}sldId")]
        assert len(slide_ids) == len(set(slide_ids)) > 0, "duplicate slide ids"
        assert all(256 <= int(i) < 2**31 for i in slide_ids)
        slide_parts = sorted(n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n))
        notes_parts = sorted(n for n in names if re.fullmatch(r"ppt/notesSlides/\w+\.xml", n))
        assert len(slide_parts) == len(slide_ids) == len(notes_parts)
        for name in names:
            if not name.endswith((".xml", ".rels")):
                continue
            root = etree.fromstring(package.read(name))  # raises on invalid XML
            if name.endswith(".rels"):
                base = name.replace("_rels/", "").removesuffix(".rels").rsplit("/", 1)[0]
                base = "" if "/" not in name.replace("_rels/", "", 1) else base
                for rel in root.iter(f"{_REL}Relationship"):
                    if rel.get("TargetMode") == "External":
                        continue
                    target = (Path(base) / rel.get("Target")).as_posix()
                    target = _normalise(target.lstrip("/"))
                    assert target in names, f"{name}: {rel.get('Target')} is missing"
            if name.startswith("ppt/slides/slide"):
                ids = [e.get("id") for e in root.iter() if e.tag.endswith("}cNvPr")]
                assert len(ids) == len(set(ids)), f"{name}: duplicate shape ids"


def _normalise(path: str) -> str:
    parts: list[str] = []
    for part in path.split("/"):
        if part == "..":
            parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


@pytest.mark.parametrize("outline", [*OUTLINES, DATA / "stress.yaml"], ids=lambda p: p.stem)
def test_every_deck_is_a_valid_package(outline: Path, tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    assert main(["build", str(outline), "-o", str(out)]) == 0
    check_package(out)


def test_control_characters_never_reach_the_deck(tmp_path: Path) -> None:
    out = tmp_path / "deck.pptx"
    assert main(["build", str(DATA / "bad" / "control-characters.yaml"), "-o", str(out)]) == 0
    check_package(out)
    with zipfile.ZipFile(out) as package:
        assert b"\x07" not in package.read("ppt/slides/slide1.xml")
