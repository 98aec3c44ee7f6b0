"""A church's .pptx template, described once: what its masters and layouts draw, where, in what
colours and fonts — for the planner to respect without opening any file.

`read_template(path)` sanitises the file (`template_package`) and reads the clean parts with
lxml (`template_read`; no python-pptx), giving a frozen `TemplateInfo`:

- its slide size, and its layouts by name, each with its placeholders (type, idx, box) and the
  shapes it draws itself (bands, pictures, text boxes, lines);
- its slide masters' own shapes and backgrounds: a solid colour, or a scheme colour resolved
  through the master's colour map and the theme part;
- the colour scheme (dk1, lt1, dk2, lt2, accent1..6), the colours the master's title and body
  text styles use, and the theme fonts (major and minor latin);
- the sanitised package's bytes (`package`), which the renderer opens instead of the file.

Boxes are `(x, y, width, height)` in points from the slide's top-left corner.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from slidegen.template_package import sanitise

Box = tuple[float, float, float, float]

SCHEME_SLOTS: Final = ("dk1", "lt1", "dk2", "lt2", *(f"accent{n}" for n in range(1, 7)))
FOOTER_TYPES: Final = ("dt", "ftr", "sldNum")
TITLE_TYPES: Final = ("title", "ctrTitle")
# PowerPoint's standard layout names, for slide kinds the theme's `layouts:` does not name.
STANDARD_LAYOUTS: Final = {"title": ("Title Slide",), "section": ("Section Header",)}
CONTENT_LAYOUTS: Final = ("Title Only", "Title and Content")
# A drawn shape covering this much of the slide is a backdrop that text sits on, not a band
# that text must keep off.
BACKDROP_SHARE: Final = 0.8


@dataclass(frozen=True)
class Placeholder:
    """A placeholder of a layout or master: its OOXML type ("title", "body", "dt", "ftr",
    "sldNum", …; "obj" when the file gives none), its idx, and its box (None when neither the
    layout nor its master places it)."""

    type: str
    idx: int
    box: Box | None


@dataclass(frozen=True)
class Drawn:
    """A shape a master or layout draws on every slide that uses it (not a placeholder)."""

    kind: str  # shape | picture | group | line | frame
    name: str
    box: Box
    text: str = ""


@dataclass(frozen=True)
class Master:
    placeholders: tuple[Placeholder, ...]
    drawn: tuple[Drawn, ...]
    background: str  # "#RRGGBB", or "" for a picture, a gradient or none
    color_map: dict[str, str]  # bg1/tx1/bg2/tx2 (and the rest) → scheme slot
    scheme: dict[str, str]  # scheme slot → "#RRGGBB", from this master's theme
    title_color: str  # the title text style's colour, resolved; "" if it sets none
    body_color: str
    major_font: str
    minor_font: str


@dataclass(frozen=True)
class Layout:
    name: str
    master: int  # index into TemplateInfo.masters
    placeholders: tuple[Placeholder, ...]
    drawn: tuple[Drawn, ...]
    shows_master_shapes: bool
    background: str  # its own solid colour, else its master's; "" if not solid
    part: str = ""  # its part in the package ("/ppt/slideLayouts/slideLayout2.xml")


@dataclass(frozen=True)
class TemplateInfo:
    """What a church template draws and how (see the module's docstring)."""

    path: str
    slide_width_pt: float
    slide_height_pt: float
    masters: tuple[Master, ...]
    layouts: tuple[Layout, ...]
    # What sanitising removed, one sentence each, for the build's warnings.
    warnings: tuple[str, ...] = ()
    package: bytes = field(default=b"", repr=False, compare=False)

    @property
    def master(self) -> Master:
        return self.masters[0]

    @property
    def background(self) -> str:
        return self.master.background

    @property
    def scheme(self) -> dict[str, str]:
        return self.master.scheme

    @property
    def layout_names(self) -> tuple[str, ...]:
        return tuple(layout.name for layout in self.layouts)

    def layout(self, name: str) -> Layout:
        """The layout called `name` (case and outer spaces ignored); KeyError if none is."""
        wanted = name.strip().casefold()
        for layout in self.layouts:
            if layout.name.strip().casefold() == wanted:
                return layout
        raise KeyError(name)

    def layout_for(self, kind: str, chosen: Mapping[str, str] | None = None) -> Layout:
        """The layout slides of `kind` use: the theme's choice (`chosen`, its `layouts:`), else
        PowerPoint's standard layout for the kind (Title Slide, Section Header; Title Only or
        Title and Content for the others), else the first with a title placeholder, else the
        first. The renderer and the planner both ask this, so they agree."""
        names = ((chosen or {}).get(str(kind)),) + STANDARD_LAYOUTS.get(str(kind), ())
        for name in (*names, *CONTENT_LAYOUTS):
            if name:
                try:
                    return self.layout(name)
                except KeyError:
                    continue
        # A title slide wants a centred title; the others a plain title at the top.
        preferred = ("ctrTitle",) if str(kind) == "title" else ("title",)
        for types in (preferred, TITLE_TYPES):
            for layout in self.layouts:
                if any(p.type in types for p in layout.placeholders):
                    return layout
        return self.layouts[0]

    def color(self, role: str, layout_name: str | None = None) -> str:
        """A scheme colour by slot ("accent1") or role ("tx1", "bg1"), through the colour map
        of the master (of `layout_name`, if given)."""
        master = self._master_of(layout_name)
        return master.scheme.get(master.color_map.get(role, role), "")

    def footer_placeholders(self, layout_name: str) -> tuple[Placeholder, ...]:
        """The layout's date, footer and slide-number placeholders with their boxes (inherited
        from the master where the layout does not place them): where the template wants its
        footer, for a planner that puts slidegen's footer there or leaves it off."""
        layout = self.layout(layout_name)
        return tuple(p for p in layout.placeholders if p.type in FOOTER_TYPES and p.box)

    def reserved_boxes(self, layout_name: str) -> tuple[Box, ...]:
        """Boxes (points) that slide text on this layout must not cover: the shapes its master
        (unless the layout hides the master's shapes) and the layout draw themselves — footer
        bands, logos, lines, text — and its footer placeholders. A shape covering most of the
        slide (`BACKDROP_SHARE`) is a backdrop picture: text goes over it, so it is left out
        (legibility judges the contrast against it instead)."""
        layout = self.layout(layout_name)
        drawn = list(layout.drawn)
        if layout.shows_master_shapes:
            drawn = list(self.masters[layout.master].drawn) + drawn
        area = self.slide_width_pt * self.slide_height_pt
        boxes = [d.box for d in drawn if d.box[2] * d.box[3] < BACKDROP_SHARE * area]
        boxes += [p.box for p in self.footer_placeholders(layout_name) if p.box]
        return tuple(dict.fromkeys(boxes))

    def _master_of(self, layout_name: str | None) -> Master:
        if layout_name is None:
            return self.master
        return self.masters[self.layout(layout_name).master]


def read_template(path: Path) -> TemplateInfo:
    """Sanitise and read the template at `path`; ThemeError (one line, what to do) if it is not
    a template a deck can be made from."""
    from slidegen.template_read import TemplateReader  # it reads into these dataclasses

    return TemplateReader(path, sanitise(path)).info()
