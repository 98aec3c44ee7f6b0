"""The deck's zip package, written as the slides are drawn rather than all at the end.

python-pptx keeps every slide and notes page in memory until `save` (about 80 kB a slide, so
hundreds of megabytes for a series of sermons). Here each slide, its notes page and their
relationships go into the zip as soon as they are drawn; the presentation only keeps a
placeholder part per slide, so that its slide list and relationships come out right. The rest
of the package — presentation, masters, layouts, themes, properties — is python-pptx's, written
at the end, with a content-types list that covers every part.

python-pptx has no public API for this; the private steps used (the slide-id list, adding a
relationship, the package's own relationships, its content-types list) are the ones
`Slides.add_slide` and `OpcPackage.save` take, bounded by the `python-pptx<2` pin and covered
by tests/test_package.py.
"""

from __future__ import annotations

import contextlib
import zipfile
from dataclasses import dataclass
from typing import Any, BinaryIO

from lxml import etree
from pptx.opc.constants import CONTENT_TYPE as CT
from pptx.opc.constants import RELATIONSHIP_TYPE as RT
from pptx.opc.oxml import CT_Relationships, serialize_part_xml
from pptx.opc.package import Part
from pptx.opc.packuri import PACKAGE_URI, PackURI
from pptx.opc.serialized import _ContentTypesItem

_P = "http://schemas.openxmlformats.org/presentationml/2006/main"


@dataclass(frozen=True)
class Image:
    """A picture's bytes and its MIME type, stored once per deck."""

    blob: bytes
    content_type: str
    ext: str


@dataclass(frozen=True)
class _Written:
    """A part already in the zip: what the content-types list needs to know of it."""

    partname: PackURI
    content_type: str


class _SlidePlaceholderPart(Part):
    """Stands in the presentation's relationships for a slide already written to the zip."""


class StreamedPackage:
    """Writes a python-pptx presentation's package, slide by slide, to the file `out`."""

    def __init__(self, prs: Any, out: BinaryIO) -> None:
        self._prs = prs
        self._package = prs.part.package
        self._notes_master = prs.part.notes_master_part.partname  # made here if missing
        self._zip = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED)
        self._written: list[_Written] = []
        self._names_in_use = {str(part.partname) for part in self._package.iter_parts()}
        self._add_missing_view_properties()
        self._id_list = prs.slides._sldIdLst
        self._next_slide_id = max((int(s.get("id")) for s in self._id_list), default=255) + 1
        self._image_names: dict[Image, PackURI] = {}
        # Tools that recognise Office files by their first zip entries (libmagic) accept the
        # package's relationships first, then "ppt/" parts; those relationships are known now.
        try:
            self._write(PACKAGE_URI.rels_uri, self._package._rels.xml)
        except BaseException:
            self.abandon()
            raise

    def add_slide(self, slide: etree._Element, layout: Any, images: list[Image],
                  notes: etree._Element) -> None:  # fmt: skip
        """Write one slide (its picture relationships are rId2, rId3, … in `images` order)."""
        number = len(self._id_list) + 1
        slide_name = self._free_name("/ppt/slides/slide%d.xml", number)
        notes_name = self._free_name("/ppt/notesSlides/notesSlide%d.xml", number)
        slide_rels = [(RT.SLIDE_LAYOUT, layout.part.partname)]
        slide_rels += [(RT.IMAGE, self._image_name(image)) for image in images]
        slide_rels.append((RT.NOTES_SLIDE, notes_name))
        self._write_part(slide_name, CT.PML_SLIDE, slide, slide_rels)
        notes_rels = [(RT.NOTES_MASTER, self._notes_master), (RT.SLIDE, slide_name)]
        self._write_part(notes_name, CT.PML_NOTES_SLIDE, notes, notes_rels)
        placeholder = _SlidePlaceholderPart(slide_name, CT.PML_SLIDE, self._package)
        rId = self._prs.part.rels._add_relationship(RT.SLIDE, placeholder)
        self._id_list._add_sldId(id=self._next_slide_id, rId=rId)
        self._next_slide_id += 1

    def close(self) -> None:
        """Write the rest of the package and the content-types list; finish the zip."""
        # Pictures go last: libmagic reads only the first kilobytes of the zip for "ppt/" entries,
        # and a photo among them would make the deck look like any zip file to upload checks.
        for image, name in self._image_names.items():
            self._write(name, image.blob)
            self._written.append(_Written(name, image.content_type))
        parts = list(self._package.iter_parts())
        for part in parts:
            if isinstance(part, _SlidePlaceholderPart):
                continue
            self._write(part.partname, part.blob)
            if len(part.rels):
                self._write(part.partname.rels_uri, part.rels.xml)
        kinds = [_Written(part.partname, part.content_type) for part in parts]
        content_types = _ContentTypesItem.xml_for(kinds + self._written)  # type: ignore[arg-type]
        self._zip.writestr("[Content_Types].xml", serialize_part_xml(content_types))
        self._zip.close()

    def _add_missing_view_properties(self) -> None:
        """PowerPoint offers to repair a presentation without view properties, and templates
        saved by LibreOffice have none: give those decks an empty set (PowerPoint's defaults)."""
        presentation = self._prs.part
        if any(rel.reltype == RT.VIEW_PROPS for rel in presentation.rels.values()):
            return
        name = self._free_name("/ppt/viewProps%d.xml", 1)
        blob = serialize_part_xml(etree.Element(f"{{{_P}}}viewPr", nsmap={"p": _P}))
        presentation.relate_to(Part(name, CT.PML_VIEW_PROPS, self._package, blob), RT.VIEW_PROPS)

    def abandon(self) -> None:
        """Close the zip after a failure; the caller throws the file away, and the error that
        stopped the build is the one to report, not a second one from a full disk."""
        with contextlib.suppress(OSError):
            self._zip.close()

    def _image_name(self, image: Image) -> PackURI:
        name = self._image_names.get(image)
        if name is None:
            name = self._free_name(f"/ppt/media/image%d.{image.ext}", 1)
            self._image_names[image] = name
        return name

    def _free_name(self, template: str, number: int) -> PackURI:
        while template % number in self._names_in_use:
            number += 1
        self._names_in_use.add(template % number)
        return PackURI(template % number)

    def _write_part(self, name: PackURI, content_type: str, element: etree._Element,
                    rels: list[tuple[str, str]]) -> None:  # fmt: skip
        self._write(name, serialize_part_xml(element))
        self._write(name.rels_uri, _relationships(name, rels))
        self._written.append(_Written(name, content_type))

    def _write(self, name: PackURI, blob: bytes) -> None:
        self._zip.writestr(name.membername, blob)


def _relationships(source: PackURI, rels: list[tuple[str, str]]) -> bytes:
    xml = CT_Relationships.new()
    for number, (kind, target) in enumerate(rels, start=1):
        xml.add_rel(f"rId{number}", kind, PackURI(target).relative_ref(source.baseURI))
    return xml.xml_file_bytes
