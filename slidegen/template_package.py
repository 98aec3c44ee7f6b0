"""A church's .pptx template, read once and made safe: the parts a deck may inherit, nothing else.

A template may come from anyone, so it is read as a stranger's file. What a deck needs from it —
the presentation, its slide masters and layouts, their themes, pictures and embedded fonts — is
kept. Everything else is left behind, and every part is size-checked before it is read:

- external relationships (`TargetMode="External"`: web addresses, UNC paths, local files), which
  LibreOffice would fetch or draw while exporting; each one is named in a warning;
- macros (`vbaProject.bin`): the package is written with the plain .pptx content type;
- embedded (OLE) objects, ActiveX controls, video and sound, and the example slides with
  everything only they used (comments, notes, charts, media);
- custom document properties, the app properties (they list the example slides' titles) and the
  thumbnail.

Elements that pointed at a dropped part are removed with it (a linked picture, a hyperlink, an
embedded object's frame), so the package stays consistent. The result is the bytes of a new zip,
opened by the renderer in place of the file (`render._open`).
"""

from __future__ import annotations

import io
import posixpath
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from lxml import etree

from slidegen.errors import ThemeError
from slidegen.template_zip import TemplateZip, is_xml, shown

# PowerPoint's own bounds for a slide's side: 1 inch to 56 inches, in EMU.
MIN_SLIDE_EMU: Final = 914_400
MAX_SLIDE_EMU: Final = 51_206_400
EMU_PER_PT: Final = 12_700

NS = {
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "p": "http://schemas.openxmlformats.org/presentationml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
    "ct": "http://schemas.openxmlformats.org/package/2006/content-types",
    "p14": "http://schemas.microsoft.com/office/powerpoint/2010/main",
}
_R = f"{{{NS['r']}}}"
PRESENTATION_CT: Final = (
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml"
)
# Relationship types (their last path segment) whose targets a deck inherits from a template.
_KEPT_RELATIONSHIPS = frozenset(
    {
        "officeDocument",
        "core-properties",
        "slideMaster",
        "slideLayout",
        "theme",
        "presProps",
        "viewProps",
        "tableStyles",
        "notesMaster",
        "handoutMaster",
        "font",
        "image",
    }
)
# What a dropped relationship was, for the warning; types not named here are not mentioned
# (the example slides and what only they used are expected to go).
_REPORTED = {
    "vbaProject": "macros",
    "oleObject": "an embedded object",
    "package": "an embedded object",
    "activeXControl": "an ActiveX control",
    "control": "an ActiveX control",
    "video": "a video",
    "audio": "a sound",
    "media": "a video or sound",
}
_SVG = "image/svg+xml"  # an SVG may load other files; its PNG fallback is drawn instead
# An element that points at a dropped part goes, with the smallest whole thing around it.
_SHAPES = frozenset(
    f"{{{NS['p']}}}{name}"
    for name in (
        "sp",
        "pic",
        "graphicFrame",
        "cxnSp",
        "grpSp",
        "contentPart",
        "bg",
        "custDataLst",
        "controls",
    )
)
_ALTERNATE = f"{{{NS['mc']}}}AlternateContent"
_GOES_ALONE = frozenset(
    f"{{{NS['a']}}}{name}" for name in ("hlinkClick", "hlinkHover", "hlinkMouseOver", "snd")
) | {f"{{{NS['p']}}}snd", f"{{{NS['p']}}}sndTgt"}
_SECTION_LIST = f"{{{NS['p14']}}}sectionLst"


@dataclass(frozen=True)
class CleanPackage:
    """A sanitised template: its parts by name (no leading slash), their content types, what
    was removed (one sentence each), and the zip those parts make."""

    main: str  # the presentation part
    parts: dict[str, bytes]
    content_types: dict[str, str]
    removed: tuple[str, ...]
    data: bytes


def _rels_name(part: str) -> str:
    folder, base = posixpath.split(part)
    return posixpath.join(folder, "_rels", base + ".rels")


def _target(source: str, target: str) -> str | None:
    """A relationship's target as a part name (no leading slash), or None if it leaves the
    package."""
    target = target.split("#", 1)[0]
    if target.startswith("/"):
        joined = target.lstrip("/")
    else:
        joined = posixpath.join(posixpath.dirname(source), target)
    name = posixpath.normpath(joined)
    return None if name.startswith("..") or name in ("", ".") else name


def sanitise(path: Path) -> CleanPackage:
    """Read the template at `path` and keep only what a deck may inherit (see the module)."""
    package = TemplateZip(path)
    try:
        return _Sanitiser(package).run()
    finally:
        package.archive.close()


class _Sanitiser:
    def __init__(self, package: TemplateZip) -> None:
        self.zip = package
        self.parts: dict[str, bytes] = {}
        self.trees: dict[str, etree._Element] = {}
        self.rels: dict[str, etree._Element] = {}
        self.removed: dict[str, None] = {}  # ordered set of sentences

    def run(self) -> CleanPackage:
        if "[Content_Types].xml" not in self.zip or "_rels/.rels" not in self.zip:
            raise ThemeError(
                f"not a PowerPoint .pptx file: {self.zip.path}",
                hint="save the template from PowerPoint as a .pptx presentation",
            )
        defaults, overrides = self._content_types()
        main = self._walk(defaults, overrides)
        types: dict[str, str] = {}
        for name in [*self.trees, *self.parts]:
            ext = name.rsplit(".", 1)[-1].lower()
            types[name] = overrides.get(name.lower()) or defaults.get(ext, "")
        types[main] = PRESENTATION_CT  # not macro-enabled, not a .potx template or a show
        self._forget_slides(self.trees[main])
        parts = dict(self.parts)
        for name, tree in self.trees.items():
            parts[name] = etree.tostring(
                tree, xml_declaration=True, encoding="UTF-8", standalone=True
            )
        for name, tree in self.rels.items():
            parts[name] = etree.tostring(
                tree, xml_declaration=True, encoding="UTF-8", standalone=True
            )
        data = _zip_bytes(parts, types)
        return CleanPackage(main, parts, types, tuple(self.removed), data)

    def _content_types(self) -> tuple[dict[str, str], dict[str, str]]:
        root = self.zip.xml("[Content_Types].xml")
        defaults = {
            (e.get("Extension") or "").lower(): e.get("ContentType") or ""
            for e in root.iter(f"{{{NS['ct']}}}Default")
        }
        overrides = {
            (e.get("PartName") or "").lstrip("/").lower(): e.get("ContentType") or ""
            for e in root.iter(f"{{{NS['ct']}}}Override")
        }
        return defaults, overrides

    def _walk(self, defaults: dict[str, str], overrides: dict[str, str]) -> str:
        """Keep the parts reachable through kept relationships; return the main part's name."""
        main = ""
        queue = [""]  # "" is the package itself
        seen = {""}
        while queue:
            source = queue.pop(0)
            rels_name = _rels_name(source) if source else "_rels/.rels"
            if rels_name not in self.zip:
                continue
            rels = self.zip.xml(rels_name)
            dropped: set[str] = set()
            for rel in list(rels):
                kind = (rel.get("Type") or "").rsplit("/", 1)[-1]
                target = rel.get("Target") or ""
                name = None if rel.get("TargetMode") == "External" else _target(source, target)
                content_type = ""
                if name is not None:
                    content_type = overrides.get(name.lower()) or defaults.get(
                        name.rsplit(".", 1)[-1].lower(), ""
                    )
                keep = (
                    name is not None
                    and kind in _KEPT_RELATIONSHIPS
                    and name in self.zip
                    and content_type not in ("", _SVG)
                    and (source or kind in ("officeDocument", "core-properties"))
                )
                if not keep:
                    self._report(rel, kind, source, target)
                    dropped.add(rel.get("Id") or "")
                    rels.remove(rel)
                    continue
                assert name is not None
                if not source and kind == "officeDocument":
                    main = name
                if name not in seen:
                    seen.add(name)
                    queue.append(name)
            if source:
                self._keep(source, dropped)
            if len(rels):
                self.rels[rels_name] = rels
        if not main:
            raise ThemeError(
                f"the template has no presentation part: {self.zip.path}",
                hint="save the template from PowerPoint as a .pptx presentation",
            )
        for name in seen - {""} - set(self.trees) - set(self.parts):
            self._keep(name, set())  # parts with no relationships of their own
        return main

    def _keep(self, name: str, dropped: set[str]) -> None:
        if not is_xml(name):
            self.parts[name] = self.zip.read(name)
            return
        tree = self.zip.xml(name)
        if dropped:
            _remove_references(tree, dropped)
        self.trees[name] = tree

    def _report(self, rel: etree._Element, kind: str, source: str, target: str) -> None:
        where = source or "the package"
        if rel.get("TargetMode") == "External":
            self.removed[
                f"the template's {where} links to {shown(target, 200)!r}; the link is removed so "
                "the deck never fetches or shows a file from elsewhere"
            ] = None
        elif kind in _REPORTED:
            self.removed[f"removed {_REPORTED[kind]} from the template ({shown(target)})"] = None

    def _forget_slides(self, presentation: etree._Element) -> None:
        """The example slides are gone: so are the lists that name them."""
        for tag in ("sldIdLst", "custShowLst", "custDataLst", "photoAlbum"):
            for element in presentation.findall(f"p:{tag}", NS):
                presentation.remove(element)
        extensions = presentation.find("p:extLst", NS)
        if extensions is not None:
            for extension in list(extensions):
                if extension.find(f".//{_SECTION_LIST}") is not None:
                    extensions.remove(extension)
            if len(extensions) == 0:
                presentation.remove(extensions)


def _remove_references(tree: etree._Element, dropped: set[str]) -> None:
    """Remove what points at a dropped relationship, with the smallest whole thing around it."""
    doomed: list[etree._Element] = []
    for element in tree.iter():
        attributes = [k for k, v in element.attrib.items() if k.startswith(_R) and v in dropped]
        if not attributes:
            continue
        if element.tag == f"{{{NS['a']}}}blip" and element.get(f"{_R}embed") not in dropped | {
            None
        }:
            for key in attributes:  # a linked copy of an embedded picture: keep the picture
                del element.attrib[key]
            continue
        doomed.append(_enclosing(element))
    for element in doomed:
        parent = element.getparent()
        if parent is not None:
            parent.remove(element)


def _enclosing(element: etree._Element) -> etree._Element:
    if element.tag in _GOES_ALONE:
        return element
    if element.tag.endswith("}svgBlip"):
        ext = element.getparent()
        return ext if ext is not None else element
    found = element
    node: etree._Element | None = element
    while node is not None:
        if node.tag in _SHAPES:
            found = node
            break
        node = node.getparent()
    # A shape inside markup-compatibility choices goes with its alternatives.
    node = found.getparent()
    while node is not None:
        if node.tag == _ALTERNATE:
            return node
        if node.tag in _SHAPES:
            break
        node = node.getparent()
    return found


def _zip_bytes(parts: dict[str, bytes], types: dict[str, str]) -> bytes:
    root = etree.Element(f"{{{NS['ct']}}}Types", nsmap={None: NS["ct"]})
    for ext, kind in (
        ("rels", "application/vnd.openxmlformats-package.relationships+xml"),
        ("xml", "application/xml"),
    ):
        etree.SubElement(root, f"{{{NS['ct']}}}Default", Extension=ext, ContentType=kind)
    for name in sorted(types):
        if types[name]:
            etree.SubElement(
                root, f"{{{NS['ct']}}}Override", PartName="/" + name, ContentType=types[name]
            )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "[Content_Types].xml",
            etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True),
        )
        archive.writestr("_rels/.rels", parts["_rels/.rels"])
        for name, blob in parts.items():
            if name != "_rels/.rels":
                archive.writestr(name, blob)
    return buffer.getvalue()
