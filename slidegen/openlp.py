"""Plan → an OpenLP 3 service file (`--openlp`, .osz), which OpenLP opens with File → Open
Service.

The format is OpenLP's own, as its code reads and writes it (OpenLP 3.1.6 on PyPI:
`openlp/core/ui/servicemanager.py` `create_basic_service`/`save_file`/`load_file`,
`openlp/core/lib/serviceitem.py` `get_service_repr`/`set_from_service`, and the custom and
Bible plugins' `generate_slide_data`): a zip whose first entry is `service_data.osj`, a JSON
list of an `openlp_core` header and then one `{"serviceitem": {"header", "data"}}` per item.

The sermon becomes custom-slide items (the title, each heading, each point with its pages, the
closing) carrying their speaker notes, and each passage a Bible item whose slides carry the
verse text as the deck pages it (verse numbers raised as OpenLP's Bible plugin raises them,
`{su}…{/su}`), so it shows without that Bible installed in OpenLP; its footer is the reference
and the translation's name. A parallel deck's passage is a dual Bible item, as OpenLP makes one
with a second Bible chosen (the Bible plugin's `generate_slide_data`): both translations' text
on each slide, the first above the second, the versions named together. OpenLP's theme lays
the text out: a service file carries words, not boxes. The items leave out OpenLP's
`OnLoadUpdate` capability, which would copy every point into the church's custom-slide library
when the service is opened.
"""

from __future__ import annotations

import json
import zipfile
from collections.abc import Iterator, Sequence
from typing import Any, BinaryIO

from slidegen.model import Plan, PlanMeta, Scripture, SlideKind, SlidePlan, TextBlock

# openlp.core.lib.ItemCapabilities and openlp.core.common.enum.ServiceItemType, by value.
CAN_PREVIEW, CAN_EDIT, CAN_LOOP, CAN_SOFT_BREAK, CAN_WORD_SPLIT, CAN_EDIT_TITLE = (
    1,
    2,
    5,
    13,
    14,
    17,
)
TEXT_ITEM = 1
SERVICE_FILE_VERSION = 3  # OpenLP 3's format ("openlp-servicefile-version")
FOOTER_JOIN = "  ·  "  # how the deck's footer joins series and church
VERSION_JOIN = "; "  # how OpenLP's VerseReferenceList.format_versions joins a dual item's Bibles

Json = dict[str, Any]


def service(plan: Plan) -> list[Json]:
    """`service_data.osj`: the header, then the items in deck order."""
    core = {
        "lite-service": False,
        "service-theme": "",
        "openlp-servicefile-version": SERVICE_FILE_VERSION,
    }
    items: list[Json] = [{"openlp_core": core}]
    for slides in item_slides(plan.slides):
        first = slides[0]
        if first.kind == SlideKind.VERSE and first.scripture is not None:
            items.append({"serviceitem": bible_item(slides)})
        else:
            items.append({"serviceitem": custom_item(slides, plan.meta)})
    return items


def item_slides(slides: Sequence[SlidePlan]) -> Iterator[list[SlidePlan]]:
    """Slides that make one item: a passage's pages, a point's pages (same notes); else one."""
    group: list[SlidePlan] = []
    for slide in slides:
        if group and not _same_item(group[-1], slide):
            yield group
            group = []
        group.append(slide)
    if group:
        yield group


def _same_item(previous: SlidePlan, slide: SlidePlan) -> bool:
    if previous.kind != slide.kind:
        return False
    if slide.kind == SlideKind.VERSE:
        before, now = previous.scripture, slide.scripture
        return before is not None and now is not None and before.label == now.label
    return slide.kind == SlideKind.POINT and previous.notes == slide.notes


def _header(name: str, title: str, footer: list[str], notes: str, capabilities: list[int]) -> Json:
    """Every key `ServiceItem.get_service_repr` writes, with a new item's values."""
    return {
        "name": name,
        "plugin": name,
        "theme": None,
        "title": title,
        "footer": footer,
        "type": TEXT_ITEM,
        "audit": "",
        "notes": notes,
        "from_plugin": False,
        "capabilities": capabilities,
        "search": "",
        "data": "",
        "xml_version": None,
        "auto_play_slides_once": False,
        "auto_play_slides_loop": False,
        "timed_slide_interval": 0,
        "start_time": 0,
        "end_time": 0,
        "media_length": 0,
        "background_audio": [],
        "theme_overwritten": False,
        "will_auto_start": False,
        "processor": None,
        "metadata": [],
        "sha256_file_hash": None,
        "stored_filename": None,
    }


def _slides(texts: Sequence[str]) -> list[Json]:
    """Text slides as `get_service_repr` stores them: tag 1, 2, … and a 30-character title."""
    return [
        {"title": text[:30].split("\n")[0], "raw_slide": text, "verseTag": str(number)}
        for number, text in enumerate(texts, 1)
    ]


def custom_item(slides: Sequence[SlidePlan], meta: PlanMeta) -> Json:
    first = slides[0]
    title = meta.title if first.kind == SlideKind.TITLE else first.title
    credits = FOOTER_JOIN.join(x for x in (meta.series, meta.church) if x)
    notes = "\n\n".join(dict.fromkeys(slide.notes for slide in slides if slide.notes))
    capabilities = [CAN_EDIT, CAN_PREVIEW, CAN_LOOP, CAN_SOFT_BREAK, CAN_WORD_SPLIT]
    header = _header("custom", title, [f"{title} {credits}".strip()], notes, capabilities)
    return {"header": header, "data": _slides([slide_text(s) for s in slides])}


def slide_text(slide: SlidePlan) -> str:
    """The slide's words, its title first, then the rest top to bottom, without the footer."""
    blocks = sorted(slide.blocks, key=lambda b: (not b.is_title, b.y, b.x))
    shown = [b for b in blocks if not b.click and not b.is_footer]
    return "\n".join(text for text in (_words(b) for b in shown) if text)


def _words(block: TextBlock) -> str:
    """A block's text; a fill-in-the-blank word not yet revealed is a line of underscores."""
    lines = []
    for paragraph in block.paragraphs:
        lines.append("".join("_" * len(run.text) if run.hidden else run.text for run in paragraph))
    return "\n".join(lines).strip()


def bible_item(slides: Sequence[SlidePlan]) -> Json:
    """A passage as the Bible plugin makes it; in two translations as its "dual" Bible item:
    the versions joined by "; " in the title and footer, one entry each in `data["bibles"]`."""
    scripture = slides[0].scripture
    assert scripture is not None  # service() makes Bible items of verse slides only
    reference = slides[0].reference or str(scripture.passage)
    names = [translation_name(s.translation) for s in translations(scripture)]
    version = VERSION_JOIN.join(name for name in names if name)
    title = f"{reference} {version}".strip()
    notes = "\n\n".join(dict.fromkeys(slide.notes for slide in slides if slide.notes))
    capabilities = [CAN_WORD_SPLIT, CAN_PREVIEW, CAN_LOOP, CAN_EDIT_TITLE]
    header = _header("bibles", title, [x for x in (reference, version) if x], notes, capabilities)
    header["data"] = {
        "bibles": [{"version": name, "copyright": "", "permissions": ""} for name in names]
    }
    return {"header": header, "data": _slides([verse_text(slide) for slide in slides])}


def translations(scripture: Scripture) -> tuple[Scripture, ...]:
    """The passage's text, and its second translation's on a parallel slide."""
    return (scripture,) if scripture.parallel is None else (scripture, scripture.parallel)


def verse_text(slide: SlidePlan) -> str:
    """The verses the slide shows, as OpenLP's Bible plugin formats them: each number raised
    (`{su}16&nbsp;{/su}`) before its verse. A parallel slide holds both translations' verses
    (the same ones, as on the deck's slide), as OpenLP's dual Bible slide does: the first, a
    blank line, the second; each headed by its code in bold, as the deck labels its columns."""
    scripture = slide.scripture
    blocks = slide.verse_blocks or (slide.main_block,)
    if scripture is None or len(blocks) == 1:
        return _raised(blocks[0])
    texts = [
        f"{{st}}{text.translation}{{/st}}\n{_raised(block)}"
        for text, block in zip(translations(scripture), blocks, strict=True)
        if _raised(block)  # a column waiting while the other shows the rest of a long verse
    ]
    return "\n\n".join(texts)


def _raised(block: TextBlock) -> str:
    parts = []
    for paragraph in block.paragraphs:
        for run in paragraph:
            if run.verse_number:
                parts.append(f"{{su}}{run.text.strip()}&nbsp;{{/su}}")
            else:
                parts.append(run.text)
    return "".join(parts).strip()


def translation_name(code: str) -> str:
    """ "World English Bible" for WEB; a translation slidegen has no text for keeps its code."""
    from slidegen.scripture.text import available_translations

    names = {found: title for found, title, _ in available_translations()}
    return names.get(code, code)


def write_service(plan: Plan, file: BinaryIO) -> None:
    """The .osz: `service_data.osj` its first and only entry (the items carry no files)."""
    with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("service_data.osj", json.dumps(service(plan), ensure_ascii=False))
