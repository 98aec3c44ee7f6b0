"""A template's zip, read as a stranger's file: part by part, each size-checked before it is
read (the header's word first, then again while inflating), with a total for the whole; XML
parsed without entities or network access.
"""

from __future__ import annotations

import re
import zipfile
import zlib
from pathlib import Path
from typing import Final

from lxml import etree

from slidegen.errors import ThemeError

# Zip-bomb limits. A template is a few masters and pictures: tens of megabytes at most.
MAX_TEMPLATE_FILE_BYTES: Final = 100_000_000  # the .pptx on disk
MAX_XML_PART_BYTES: Final = 5_000_000  # one XML part, uncompressed
MAX_BINARY_PART_BYTES: Final = 50_000_000  # one picture or font, uncompressed
MAX_TOTAL_BYTES: Final = 200_000_000  # every part kept, uncompressed
MAX_ZIP_ENTRIES: Final = 10_000

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)


def hint_resave(what: str) -> str:
    return f"{what}, then open the template in PowerPoint and save it again as a .pptx presentation"


class TemplateZip:
    """The template's zip, read part by part, each checked for size before it is read."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.total = 0
        try:
            size = path.stat().st_size
        except OSError as error:
            raise ThemeError(f"cannot read the template ({error.strerror}): {path}") from None
        if size > MAX_TEMPLATE_FILE_BYTES:
            raise ThemeError(
                f"the template is {size // 1_000_000} MB, more than the "
                f"{MAX_TEMPLATE_FILE_BYTES // 1_000_000} MB a template may be: {path}",
                hint="save a copy with its example slides deleted and its pictures compressed",
            )
        try:
            self.archive = zipfile.ZipFile(path)
            infos = self.archive.infolist()
        except (zipfile.BadZipFile, OSError, EOFError, ValueError):
            raise ThemeError(
                f"not a PowerPoint .pptx file: {path}",
                hint="save the template from PowerPoint as a .pptx presentation",
            ) from None
        if len(infos) > MAX_ZIP_ENTRIES:
            self.archive.close()
            raise ThemeError(
                f"the template holds {len(infos)} files, more than a template can: {path}",
                hint=hint_resave("delete its example slides"),
            )
        # Part names are case-insensitive (OPC); the first of any duplicates wins.
        self.infos: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            self.infos.setdefault(info.filename.lower(), info)
        # XML parts on the header's word, before reading any; a picture or font when it is read
        # (a huge video on an example slide is dropped unread, not refused).
        for info in self.infos.values():
            if is_xml(info.filename) and info.file_size > MAX_XML_PART_BYTES:
                self.archive.close()
                raise self._too_large(info.filename)

    def __contains__(self, name: str) -> bool:
        return name.lower() in self.infos

    def read(self, name: str) -> bytes:
        info = self.infos.get(name.lower())
        if info is None:
            raise KeyError(name)
        limit = _limit(name)
        if info.file_size > limit:
            raise self._too_large(name)
        try:
            with self.archive.open(info) as stream:
                data = stream.read(limit + 1)
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError, zlib.error):
            raise ThemeError(
                f"the template's {name} is damaged: {self.path}",
                hint=hint_resave("repair it"),
            ) from None
        if len(data) > limit:  # the header understated it
            raise self._too_large(name)
        self.total += len(data)
        if self.total > MAX_TOTAL_BYTES:
            raise ThemeError(
                f"the template unpacks to more than {MAX_TOTAL_BYTES // 1_000_000} MB: {self.path}",
                hint="replace its large pictures with smaller ones",
            )
        return data

    def _too_large(self, name: str) -> ThemeError:
        xml = is_xml(name)
        return ThemeError(
            f"the template's {shown(name.rsplit('/', 1)[-1])} is too large: {self.path}",
            hint=(
                "save a copy of the template with its example slides deleted"
                if xml
                else "replace its large pictures with smaller ones"
            ),
        )

    def xml(self, name: str) -> etree._Element:
        try:
            return etree.fromstring(self.read(name), _PARSER)
        except etree.XMLSyntaxError:
            raise ThemeError(
                f"the template's {name} is not well-formed XML: {self.path}",
                hint=hint_resave("repair it"),
            ) from None


def _limit(name: str) -> int:
    return MAX_XML_PART_BYTES if is_xml(name) else MAX_BINARY_PART_BYTES


def is_xml(name: str) -> bool:
    return name.lower().endswith((".xml", ".rels"))


def shown(text: str, limit: int = 80) -> str:
    """Another file's words, safe to print: no control characters, at most `limit` long."""
    text = _CONTROL.sub("", text)
    return text if len(text) <= limit else text[: limit - 1] + "…"
