"""A church template from a stranger, through the real command line under the limits: links
and macros never reach the deck, and a zip bomb is refused before it is unpacked. (The full set
of template attacks, in process, is tests/test_template_package.py.)"""

from __future__ import annotations

import zipfile
from pathlib import Path

from ..template_support import add_relationship, church_template, rewrite_parts
from .support import SERMON, built, refused, slidegen, write

MASTER_RELS = "ppt/slideMasters/_rels/slideMaster1.xml.rels"
IMAGE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/image"
VBA = "http://schemas.microsoft.com/office/2006/relationships/vbaProject"
TRACKER = "http://tracker.example.invalid/pixel.png"


def church(folder: Path) -> Path:
    write(folder / "theme.yaml", "extends: default\ntemplate: grace.pptx\n")
    return church_template(folder / "grace.pptx")


def test_a_tracking_link_and_macros_stay_out_of_the_deck(tmp_path: Path) -> None:
    template = church(tmp_path / "grace")

    def hostile(parts: dict[str, bytes]) -> None:
        add_relationship(parts, MASTER_RELS, "rIdTrack", IMAGE, TRACKER, external=True)
        parts["ppt/vbaProject.bin"] = b"\xd0\xcf\x11\xe0" + b"macro" * 100
        add_relationship(
            parts, "ppt/_rels/presentation.xml.rels", "rIdVba", VBA, "vbaProject.bin", False
        )

    rewrite_parts(template, hostile)
    outline = write(tmp_path / "s.yaml", SERMON)
    deck = tmp_path / "deck.pptx"
    done = slidegen("build", outline, "-o", deck, "--theme", template.parent, cwd=tmp_path)
    built(done)
    assert TRACKER in done.stderr  # the volunteer is told what was left behind
    with zipfile.ZipFile(deck) as package:
        everything = b"".join(package.read(name) for name in package.namelist())
        assert not [name for name in package.namelist() if "vbaProject" in name]
    assert b"tracker.example.invalid" not in everything and b"TargetMode" not in everything


def add_bomb(template: Path) -> None:
    """300 MB of zeros as a picture: 300 kB on disk."""
    zeros = b"\x00" * 2**20
    with (
        zipfile.ZipFile(template, "a", zipfile.ZIP_DEFLATED) as package,
        package.open("ppt/media/image99.png", "w", force_zip64=True) as bomb,
    ):
        for _ in range(300):
            bomb.write(zeros)
    assert template.stat().st_size < 2_000_000


def test_a_zip_bomb_the_master_uses_is_refused_before_it_is_unpacked(tmp_path: Path) -> None:
    template = church(tmp_path / "grace")
    rewrite_parts(
        template,
        lambda parts: add_relationship(
            parts, MASTER_RELS, "rIdBomb", IMAGE, "../media/image99.png", external=False
        ),
    )
    add_bomb(template)
    outline = write(tmp_path / "s.yaml", SERMON)
    done = slidegen(
        "build", outline, "-o", tmp_path / "deck.pptx", "--theme", template.parent, cwd=tmp_path
    )
    line = refused(done)
    assert line.startswith(f"{template.parent / 'theme.yaml'}:2:11: ")
    assert not (tmp_path / "deck.pptx").exists()


def test_a_zip_bomb_nothing_uses_is_left_behind_unread(tmp_path: Path) -> None:
    template = church(tmp_path / "grace")
    add_bomb(template)
    outline = write(tmp_path / "s.yaml", SERMON)
    deck = tmp_path / "deck.pptx"
    built(slidegen("build", outline, "-o", deck, "--theme", template.parent, cwd=tmp_path))
    with zipfile.ZipFile(deck) as package:
        assert "ppt/media/image99.png" not in package.namelist()
