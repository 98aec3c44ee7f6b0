"""Plan → a FreeShow project (`--freeshow`): a zip of `data.json` (the project and its one show)
and the background picture, which FreeShow opens with Import → Project.

The shapes follow FreeShow's own TypeScript types and its project importer, as read at
ChurchApps/FreeShow: `src/types/Show.ts` @ d6a4146468d93efc75c74e655efa57b0bb8ebaed,
`src/types/Projects.ts` @ a286a829b304f4bcf06a74839b914ece1ca653a0,
`src/frontend/converters/importHelpers.ts` (importShow, fixShowIssues)
@ 68581ef10d762ed78375013d1269c8a23926aae1, `src/frontend/converters/project.ts` (importProject)
@ c77c704f2668ace8d082043d6e9bb27208e23c1b and `src/electron/data/export.ts` (the .project zip)
@ 8db7e02ab54c75e08ca2228e0488c2d23a226ee1. tests/data/freeshow/project.schema.json is the
JSON Schema written from those types.

What FreeShow's importer needs, and this module keeps:
- every top-level slide has a group (fixShowIssues deletes a slide whose group is null unless
  a slide with a group lists it among its `children`): a passage split over several slides is
  one group, named by its reference, whose first slide holds the others as children;
- every file named in `files` is in the zip under its base name (the importer extracts it and
  rewrites the paths that name it).

Items are CSS on FreeShow's canvas (1920×1080 for 16:9; points × 2): every text block at its
planned box, font, size and colours, run by run; bars and scrims as filled boxes; the logo as a
picture. A slide shows what the deck shows before any click: programs without animations get
the blocks drawn with the slide, not those a click adds. A parallel deck's verse slide carries
each translation's text as a textbox of its own beside (or above) the other, each under its
label, as FreeShow's scripture drawer makes a slide of several Bible versions (one text item
per version: `src/frontend/components/drawer/info/ScriptureInfo.svelte`, getSlides); its group
names both, as that drawer names the versions ("Romans 8:28–39 (WEB + KJV)").
"""

from __future__ import annotations

import hashlib
import io
import json
import time
import zipfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from slidegen.contrast import rgb
from slidegen.images import paint_background
from slidegen.model import Plan, Run, SlideKind, SlidePlan, TextBlock

CANVAS_HEIGHT = 1080
# How FreeShow's editor draws a superscript is up to the browser: CSS `vertical-align: super`
# at the size presentation programs use for it.
SUPERSCRIPT_SIZE = 0.58
GROUP_COLORS = {
    SlideKind.TITLE: "#5b6ee1",
    SlideKind.SECTION: "#e1a15b",
    SlideKind.POINT: "#5be18a",
    SlideKind.VERSE: "#e15b9d",
    SlideKind.CLOSING: "#5bc8e1",
}


ALIGN_ITEMS = {"top": "flex-start", "middle": "center", "bottom": "flex-end"}

Json = dict[str, Any]


@dataclass(frozen=True)
class MediaFile:
    """A file the project carries: the path `data.json` names it by, and its bytes."""

    path: str
    data: bytes

    @property
    def entry(self) -> str:
        """Its name in the zip: the base name, which FreeShow's importer looks for."""
        return Path(self.path).name


def _id(*parts: object) -> str:
    """A stable id like FreeShow's own (11 hex digits), the same for the same plan."""
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:11]


class ProjectWriter:
    """Makes the project of one plan; `name` is the project's (and its files') name."""

    def __init__(self, plan: Plan, name: str, now_ms: int | None = None) -> None:
        self.plan = plan
        self.name = name
        self.scale = CANVAS_HEIGHT / plan.height_pt
        self.width = round(plan.width_pt * self.scale)
        self.now_ms = now_ms if now_ms is not None else int(time.time() * 1000)
        self.files: list[MediaFile] = []
        # FreeShow's operator reads the groups' names: the planner's, in the sermon's language.
        self.part_names = plan.meta.part_names

    def px(self, points: float) -> str:
        return f"{points * self.scale:.2f}px"

    def box(self, x: float, y: float, width: float, height: float) -> str:
        return (
            f"top:{self.px(y)};left:{self.px(x)};height:{self.px(height)};width:{self.px(width)};"
        )

    # -- the project -----------------------------------------------------------------------------

    def data(self) -> Json:
        """`data.json`: the project, its show by id, and the files the zip carries."""
        meta = self.plan.meta
        show_id = _id(self.name, "show")
        show = self.show(show_id)
        when = f"{meta.date} " if meta.date else ""
        notes = " · ".join(x for x in (meta.subtitle, meta.preacher, meta.date, meta.church) if x)
        project = {
            "name": f"{when}{meta.title or self.name}",
            "notes": notes,
            "created": self.now_ms,
            "parent": "/",
            "shows": [{"id": show_id}],
        }
        return {
            "project": project,
            "shows": {show_id: show},
            "files": [file.path for file in self.files],
        }

    def show(self, show_id: str) -> Json:
        meta = self.plan.meta
        layout_id = _id(show_id, "layout")
        background = self.background(show_id)
        slides: dict[str, Json] = {}
        layout_slides: list[Json] = []
        for group in self.groups():
            ids = [_id(show_id, "slide", number) for number, _ in group]
            for index, (slide_id, (_, slide)) in enumerate(zip(ids, group, strict=True)):
                slides[slide_id] = self.slide(slide, top=index == 0, children=ids[1:])
            reference: Json = {"id": ids[0]}
            if background is not None:
                reference["background"] = background[0]
            layout_slides.append(reference)
        show_meta = {"title": meta.title}
        if meta.preacher:
            show_meta["author"] = meta.preacher
        if meta.date[:4].isdigit():
            show_meta["year"] = meta.date[:4]
        if meta.church:
            show_meta["publisher"] = meta.church
        return {
            "name": meta.title or self.name,
            "category": None,
            "settings": {
                "activeLayout": layout_id,
                "template": None,
                "resolution": {"width": self.width, "height": CANVAS_HEIGHT},
            },
            "timestamps": {"created": self.now_ms, "modified": None, "used": None},
            "meta": show_meta,
            "slides": slides,
            "layouts": {
                layout_id: {
                    "name": self.part_names.get("sermon", meta.title or self.name),
                    "notes": "",
                    "slides": layout_slides,
                },
            },
            "media": {background[0]: background[1]} if background is not None else {},
        }

    def groups(self) -> Iterator[list[tuple[int, SlidePlan]]]:
        """The slides in order, a passage's slides (split over several) together."""
        group: list[tuple[int, SlidePlan]] = []
        for number, slide in enumerate(self.plan.slides, 1):
            previous = group[-1][1] if group else None
            same_passage = (
                previous is not None
                and slide.scripture is not None
                and previous.scripture is not None
                and slide.scripture.label == previous.scripture.label
            )
            if group and not same_passage:
                yield group
                group = []
            group.append((number, slide))
        if group:
            yield group

    def background(self, show_id: str) -> tuple[str, Json] | None:
        """The planned photo or gradient as one picture (a plain colour needs none)."""
        background = self.plan.background
        if background.photo is None and not background.gradient:
            return None
        image = paint_background(background, (self.width, CANVAS_HEIGHT)).convert("RGB")
        buffer = io.BytesIO()
        image.save(buffer, "JPEG", quality=92)
        path = f"{self.name}-background.jpg"
        self.files.append(MediaFile(path, buffer.getvalue()))
        return _id(show_id, "background"), {"name": "Background", "path": path, "type": "image"}

    # -- a slide ---------------------------------------------------------------------------------

    def slide(self, slide: SlidePlan, top: bool, children: Sequence[str]) -> Json:
        label = group_name(slide) if slide.scripture is not None else ""
        group = label or self.part_names.get(str(slide.kind)) or slide.title[:40]
        data: Json = {
            "group": group if top else None,
            "color": GROUP_COLORS.get(slide.kind) if top else None,
            "settings": {"color": self.plan.background.color},
            "notes": slide.notes,
            "items": list(self.items(slide)),
        }
        if top and children:
            data["children"] = list(children)
        return data

    def items(self, slide: SlidePlan) -> Iterator[Json]:
        """Bottom to top as the deck draws them: scrims, logo, bars, text."""
        for scrim in slide.scrims:
            r, g, b = rgb(scrim.color)
            color = f"rgba({r}, {g}, {b}, {scrim.opacity:.3f})"
            style = self.box(scrim.x, scrim.y, scrim.width, scrim.height)
            yield {"type": "text", "style": f"{style}background-color:{color};", "lines": []}
        logo = self.plan.logo
        if logo is not None:
            path = self.logo_file(logo.path)
            style = self.box(logo.x, logo.y, logo.width, logo.height)
            yield {"type": "media", "style": style, "src": path, "fit": "contain"}
        for bar in slide.bars:
            style = self.box(bar.x, bar.y, bar.width, bar.height)
            yield {"type": "text", "style": f"{style}background-color:{bar.color};", "lines": []}
        for block in slide.blocks:
            if block.click:
                continue  # shown by a click in the deck; FreeShow has no clicks
            yield self.text_item(block)

    def logo_file(self, source: str) -> str:
        path = f"{self.name}-logo{Path(source).suffix.lower()}"
        if all(file.path != path for file in self.files):
            self.files.append(MediaFile(path, Path(source).read_bytes()))
        return path

    def text_item(self, block: TextBlock) -> Json:
        align = f"text-align:{block.align};"
        lines: list[Json] = []
        for paragraph in block.paragraphs:
            line: list[Json] = []
            for run in paragraph:
                pieces = run.text.split("\n")
                for index, piece in enumerate(pieces):
                    if index:  # a line break inside a run starts a new line
                        lines.append({"align": align, "text": line})
                        line = []
                    if piece:
                        line.append({"value": piece, "style": self.run_style(block, run)})
            lines.append({"align": align, "text": line})
        style = self.box(block.x, block.y, block.width, block.height)
        return {
            "type": "text",
            "style": style,
            "align": f"align-items:{ALIGN_ITEMS.get(block.anchor, 'flex-start')};",
            "auto": False,  # sizes were fitted by slidegen: FreeShow is not to shrink them
            "lines": lines,
        }

    def run_style(self, block: TextBlock, run: Run) -> str:
        size = block.size_pt * (SUPERSCRIPT_SIZE if run.verse_number else 1)
        # A blank not yet revealed keeps its room on the line, unseen.
        color = "transparent" if run.hidden else run.color or block.color
        style = [
            f"font-family:{_css_font(block.font)};",
            f"font-size:{size * self.scale:.1f}px;",
            f"color:{color};",
        ]
        if run.bold or block.bold:
            style.append("font-weight:bold;")
        if block.italic:
            style.append("font-style:italic;")
        if run.underline:
            style.append("text-decoration:underline;")
        if run.verse_number:
            style.append("vertical-align:super;")
        return "".join(style)


def group_name(slide: SlidePlan) -> str:
    """ "Romans 8:28–39 (WEB)", labelled as the deck labels it ("Juan 3:16"); in two
    translations both codes, joined as FreeShow names a scripture show's versions ("WEB + KJV")."""
    scripture = slide.scripture
    assert scripture is not None  # verse slides only
    reference = slide.reference or str(scripture.passage)
    codes = [s.translation for s in (scripture, scripture.parallel) if s and s.translation]
    return f"{reference} ({' + '.join(codes)})" if codes else reference


def _css_font(name: str) -> str:
    return f'"{name}"' if " " in name else name


def project_data(plan: Plan, name: str, now_ms: int | None = None) -> tuple[Json, list[MediaFile]]:
    """`data.json`'s content and the files the project carries."""
    writer = ProjectWriter(plan, name, now_ms)
    data = writer.data()
    return data, writer.files


def write_project(plan: Plan, name: str, file: BinaryIO, now_ms: int | None = None) -> None:
    """The .project zip: `data.json` first, then every file it names under its base name."""
    data, files = project_data(plan, name, now_ms)
    with zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(data, ensure_ascii=False))
        for media in files:
            archive.writestr(media.entry, media.data)
