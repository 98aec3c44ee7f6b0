"""Checks that a .pptx is a consistent Open Packaging package, part by part."""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_P = "{http://schemas.openxmlformats.org/presentationml/2006/main}"
_P14 = "{http://schemas.microsoft.com/office/powerpoint/2010/main}"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
# libmagic (`file`, many upload and mail checks) recognises an Office file by its first zip
# entry and then a "ppt/" entry within the next kilobytes.
RECOGNISED_FIRST_ENTRIES = ("[Content_Types].xml", "_rels/.rels")


def check_package(deck: Path) -> None:
    """Content types, relationships both ways, XML well-formedness, unique ids and names."""
    with zipfile.ZipFile(deck) as package:
        listing = package.namelist()
        assert len(listing) == len(set(listing)), "a zip entry is written twice"
        assert listing[0] in RECOGNISED_FIRST_ENTRIES, listing[0]
        assert listing[1].startswith("ppt/") and listing[1].endswith(".xml"), listing[1]
        names = set(listing)
        types = etree.fromstring(package.read("[Content_Types].xml"))
        defaults = {d.get("Extension") for d in types.iter(f"{_CT}Default")}
        overrides = {o.get("PartName").lstrip("/") for o in types.iter(f"{_CT}Override")}
        for name in names - {"[Content_Types].xml"}:
            if name.endswith("/"):
                continue
            assert name in overrides or name.rsplit(".", 1)[-1] in defaults, name
        assert overrides <= names
        presentation = etree.fromstring(package.read("ppt/presentation.xml"))
        slide_ids = [e.get("id") for e in presentation.iter(f"{_P}sldId")]
        assert len(slide_ids) == len(set(slide_ids)) > 0, "duplicate slide ids"
        assert all(256 <= int(i) < 2**31 for i in slide_ids)
        # Sections and custom shows name slides too: by id, and by relationship.
        listed = {e.get("id") for e in presentation.iter(f"{_P14}sldId")}
        assert listed <= set(slide_ids), f"sections list missing slides {listed - set(slide_ids)}"
        rels = etree.fromstring(package.read("ppt/_rels/presentation.xml.rels"))
        rel_ids = {rel.get("Id") for rel in rels.iter(f"{_REL}Relationship")}
        used = {v for e in presentation.iter() for k, v in e.attrib.items() if k == _R_ID}
        assert used <= rel_ids, f"presentation.xml names missing relationships {used - rel_ids}"
        slide_parts = sorted(n for n in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", n))
        notes_parts = sorted(n for n in names if re.fullmatch(r"ppt/notesSlides/\w+\.xml", n))
        assert len(slide_parts) == len(slide_ids) == len(notes_parts)
        targets: set[str] = set()
        for name in names:
            if not name.endswith((".xml", ".rels")):
                continue
            root = etree.fromstring(package.read(name))  # raises on invalid XML
            if name.endswith(".rels"):
                source = name.replace("_rels/", "").removesuffix(".rels")
                base = source.rsplit("/", 1)[0] if "/" in source else ""
                if source:
                    assert source in names, f"{name} belongs to no part"
                for rel in root.iter(f"{_REL}Relationship"):
                    if rel.get("TargetMode") == "External":
                        continue
                    target = _normalise(f"{base}/{rel.get('Target')}".lstrip("/"))
                    assert target in names, f"{name}: {rel.get('Target')} is missing"
                    targets.add(target)
            if name.startswith("ppt/slides/slide"):
                ids = [e.get("id") for e in root.iter() if e.tag.endswith("}cNvPr")]
                assert len(ids) == len(set(ids)), f"{name}: duplicate shape ids"
        parts = {n for n in names if not n.endswith((".rels", "/")) and n != "[Content_Types].xml"}
        assert parts <= targets, f"parts nothing refers to: {sorted(parts - targets)[:5]}"


def _normalise(path: str) -> str:
    parts: list[str] = []
    for part in path.split("/"):
        if part == "..":
            parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)
