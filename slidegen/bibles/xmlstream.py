"""A Bible file's XML as a stream of events in document order, read safely and in bounded memory.

Bible files mark verses two ways: as containers (`<v n="1">text</v>`) and as milestones
(`<v id="1"/>text<ve/>`, OSIS `<verse sID=…/>`), where a verse's words run across paragraph
and poetry elements. Both read the same way as a flat stream: an element's start, the text in
the order it stands in the file, an element's end. lxml's iterparse gives the line of each
element and of each syntax error; elements are dropped once read, so a whole Bible takes a few
megabytes at most. Entities are refused before any is expanded (a "billion laughs" file), no
DTD or anything else is fetched, and the file's size is bounded.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from lxml import etree

from slidegen.errors import SlidegenError

# The largest Bible files (OSIS with Strong's numbers and notes) are some tens of megabytes.
MAX_FILE_BYTES = 200 * 1024 * 1024


class BibleFileError(SlidegenError):
    """A Bible file cannot be imported: unreadable, not XML, or not a Bible slidegen reads."""


@dataclass(frozen=True)
class Start:
    tag: str  # the local name, lower case: formats differ in case ("VERS", "vers")
    attrib: dict[str, str]  # attribute local names as written
    line: int


@dataclass(frozen=True)
class End:
    tag: str


@dataclass(frozen=True)
class Text:
    text: str


Event = Start | End | Text


def _local(name: str) -> str:
    return name.rpartition("}")[2]


def check_size(path: Path) -> None:
    try:
        size = path.stat().st_size
    except OSError as error:
        raise BibleFileError(f"cannot read it ({error.strerror})", path=path) from None
    if not path.is_file():
        raise BibleFileError("is not a regular file", path=path, hint="name a Bible's .xml file")
    if size > MAX_FILE_BYTES:
        raise BibleFileError(
            f"is {size // (1024 * 1024)} MB, more than any Bible file needs "
            f"({MAX_FILE_BYTES // (1024 * 1024)} MB)",
            path=path,
            hint="check that it is the Bible's XML file",
        )


def events(path: Path) -> Iterator[Event]:
    """Start, Text and End events of the XML file at `path`, in document order."""
    check_size(path)
    with path.open("rb") as handle:
        yield from _parsed(handle, path)


def _parsed(handle: BinaryIO, path: Path) -> Iterator[Event]:
    context = etree.iterparse(
        handle,
        events=("start", "end"),
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        yield from _ordered(context, path)
    except etree.XMLSyntaxError as error:
        line, col = error.position if error.position else (error.lineno, None)
        message = (error.msg or "not well-formed XML").split(", line ")[0]
        raise BibleFileError(
            f"not well-formed XML: {message}",
            path=path,
            line=line or None,
            col=col or None,
            hint="the file is damaged or cut short; download or export it again",
        ) from None
    except OSError as error:
        raise BibleFileError(f"cannot read it ({error})", path=path) from None


def _ordered(context: etree.iterparse, path: Path) -> Iterator[Event]:
    for event, element in context:
        if not isinstance(element.tag, str):
            continue  # an entity reference left unexpanded
        if event == "start":
            parent = element.getparent()
            if parent is None:
                _refuse_entities(element, path)
            before = element.getprevious()
            text = (
                before.tail if before is not None else (parent.text if parent is not None else "")
            )
            if text:
                yield Text(text)
            attrib = {_local(k): v for k, v in element.attrib.items()}
            yield Start(_local(element.tag).lower(), attrib, element.sourceline or 0)
        else:
            last = element[-1] if len(element) else None
            text = last.tail if last is not None else element.text
            if text:
                yield Text(text)
            yield End(_local(element.tag).lower())
            # Read: drop its content and what came before it (their text was given already).
            element.clear(keep_tail=True)
            parent = element.getparent()
            if parent is not None:
                while element.getprevious() is not None:
                    del parent[0]


def _refuse_entities(root: etree._Element, path: Path) -> None:
    dtd = root.getroottree().docinfo.internalDTD
    if dtd is not None and any(True for _ in dtd.entities()):
        raise BibleFileError(
            "declares XML entities of its own, which no Bible file needs (a way to attack "
            "XML readers)",
            path=path,
            line=1,
            hint="use the Bible file as its publisher made it",
        )
