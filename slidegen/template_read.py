"""Reading a sanitised template's parts with lxml into `template`'s dataclasses: the masters'
colour maps, schemes, text-style colours and fonts, each layout's placeholders (positions
inherited from the master where the layout gives none) and the shapes masters and layouts draw.
"""

from __future__ import annotations

import colorsys
import posixpath
from pathlib import Path

from lxml import etree

from slidegen.errors import ThemeError
from slidegen.template import (
    SCHEME_SLOTS,
    Box,
    Drawn,
    Layout,
    Master,
    Placeholder,
    TemplateInfo,
)
from slidegen.template_package import (
    EMU_PER_PT,
    MAX_SLIDE_EMU,
    MIN_SLIDE_EMU,
    NS,
    CleanPackage,
)
from slidegen.template_zip import shown

_DEFAULT_MAP = {"bg1": "lt1", "tx1": "dk1", "bg2": "lt2", "tx2": "dk2"}
_RELATIONSHIP = f"{{{NS['r']}}}id"
_PH_INHERITS = {"ctrTitle": "title", "subTitle": "body", "obj": "body"}
_DRAWN = {
    "sp": "shape",
    "pic": "picture",
    "grpSp": "group",
    "cxnSp": "line",
    "graphicFrame": "frame",
}


class TemplateReader:
    def __init__(self, path: Path, clean: CleanPackage) -> None:
        self.path = path
        self.clean = clean
        self.trees: dict[str, etree._Element] = {}

    def tree(self, name: str) -> etree._Element:
        if name not in self.trees:
            self.trees[name] = etree.fromstring(self.clean.parts[name])
        return self.trees[name]

    def related(self, source: str, kind: str) -> list[tuple[str, str]]:
        """(rId, part name) of `source`'s kept relationships of type `kind`, in file order."""
        rels_name = posixpath.join(
            posixpath.dirname(source), "_rels", posixpath.basename(source) + ".rels"
        )
        if rels_name not in self.clean.parts:
            return []
        found = []
        for rel in self.tree(rels_name):
            if (rel.get("Type") or "").rsplit("/", 1)[-1] == kind:
                target = posixpath.normpath(
                    posixpath.join(posixpath.dirname(source), rel.get("Target") or "")
                )
                if target in self.clean.parts:
                    found.append((rel.get("Id") or "", target))
        return found

    def fail(self, what: str, hint: str) -> ThemeError:
        return ThemeError(f"{what}: {self.path}", hint=hint)

    def info(self) -> TemplateInfo:
        main = self.clean.main
        presentation = self.tree(main)
        width, height = self.slide_size(presentation)
        masters: list[Master] = []
        layouts: list[Layout] = []
        for _, name in self.ordered(main, presentation, "p:sldMasterIdLst", "slideMaster"):
            master_tree = self.tree(name)
            master = self.master(name, master_tree)
            masters.append(master)
            for _, layout_name in self.ordered(
                name, master_tree, "p:sldLayoutIdLst", "slideLayout"
            ):
                layouts.append(self.layout(layout_name, len(masters) - 1, master))
        resave = "open it in PowerPoint, add a slide master (View → Slide Master) and save it"
        if not masters:
            raise self.fail("the template has no slide master", resave)
        if not layouts:
            raise self.fail("the template's slide master has no layouts", resave)
        return TemplateInfo(
            path=str(self.path),
            slide_width_pt=width,
            slide_height_pt=height,
            masters=tuple(masters),
            layouts=tuple(layouts),
            warnings=tuple(f"{self.path}: {w}" for w in self.clean.removed),
            package=self.clean.data,
        )

    def slide_size(self, presentation: etree._Element) -> tuple[float, float]:
        size = presentation.find("p:sldSz", NS)
        if size is None:
            return 960.0, 540.0  # PowerPoint's default when a file leaves it out
        try:
            cx, cy = int(size.get("cx", "")), int(size.get("cy", ""))
        except ValueError:
            cx = cy = 0
        if not (MIN_SLIDE_EMU <= cx <= MAX_SLIDE_EMU and MIN_SLIDE_EMU <= cy <= MAX_SLIDE_EMU):
            shown_size = f"{shown(size.get('cx', '?'), 20)} × {shown(size.get('cy', '?'), 20)}"
            raise self.fail(
                f"the template's slide size ({shown_size} EMU) is not a real slide size",
                "set it in PowerPoint (Design → Slide Size → Widescreen) and save the template",
            )
        return cx / EMU_PER_PT, cy / EMU_PER_PT

    def ordered(
        self, source: str, tree: etree._Element, list_tag: str, kind: str
    ) -> list[tuple[str, str]]:
        """`source`'s related parts of `kind` in the order its id list gives them."""
        related = self.related(source, kind)
        by_id = dict(related)
        id_list = tree.find(list_tag, NS)
        ids = [] if id_list is None else [e.get(_RELATIONSHIP) for e in id_list]
        listed = [(rid, by_id[rid]) for rid in ids if rid in by_id]
        return listed + [pair for pair in related if pair not in listed]

    def master(self, name: str, tree: etree._Element) -> Master:
        themes = self.related(name, "theme")
        if not themes:
            raise self.fail(
                "the template's slide master has no theme (colours and fonts)",
                "open it in PowerPoint, pick a theme under Design, and save it again",
            )
        theme = self.tree(themes[0][1])
        scheme = _scheme(theme)
        color_map = dict(_DEFAULT_MAP)
        found = tree.find("p:clrMap", NS)
        if found is not None:
            color_map.update(found.attrib)
        resolve = _Resolver(scheme, color_map, theme)
        styles = tree.find("p:txStyles", NS)
        title = body = ""
        if styles is not None:
            title = _style_color(styles.find("p:titleStyle", NS), resolve)
            body = _style_color(styles.find("p:bodyStyle", NS), resolve)
        fonts = theme.find(".//a:fontScheme", NS)
        return Master(
            placeholders=tuple(_placeholders(tree, {})),
            drawn=tuple(_drawn(tree)),
            background=resolve.background(tree),
            color_map=color_map,
            scheme=scheme,
            title_color=title,
            body_color=body,
            major_font=_font(fonts, "a:majorFont"),
            minor_font=_font(fonts, "a:minorFont"),
        )

    def layout(self, name: str, index: int, master: Master) -> Layout:
        tree = self.tree(name)
        common = tree.find("p:cSld", NS)
        layout_name = (common.get("name") if common is not None else "") or ""
        inherited = {(p.type, p.idx): p for p in master.placeholders}
        resolve = _Resolver(master.scheme, master.color_map, None)
        background = resolve.background(tree) or master.background
        return Layout(
            name=layout_name.strip() or posixpath.basename(name),
            master=index,
            placeholders=tuple(_placeholders(tree, inherited)),
            drawn=tuple(_drawn(tree)),
            shows_master_shapes=tree.get("showMasterSp", "1") not in ("0", "false"),
            background=background,
            part="/" + name,
        )


def _scheme(theme: etree._Element) -> dict[str, str]:
    scheme: dict[str, str] = {}
    colors = theme.find(".//a:clrScheme", NS)
    if colors is None:
        return scheme
    for slot in SCHEME_SLOTS:
        holder = colors.find(f"a:{slot}", NS)
        if holder is None or len(holder) == 0:
            continue
        value = holder[0]
        hex_value = value.get("lastClr") if value.tag.endswith("sysClr") else value.get("val")
        if hex_value and len(hex_value) == 6:
            scheme[slot] = "#" + hex_value.upper()
    return scheme


def _font(fonts: etree._Element | None, tag: str) -> str:
    if fonts is None:
        return ""
    latin = fonts.find(f"{tag}/a:latin", NS)
    return shown(latin.get("typeface") or "", 64).strip() if latin is not None else ""


def _style_color(style: etree._Element | None, resolve: _Resolver) -> str:
    if style is None:
        return ""
    fill = style.find("a:lvl1pPr/a:defRPr/a:solidFill", NS)
    return resolve.fill(fill) if fill is not None else ""


class _Resolver:
    """Colour elements (srgbClr, sysClr, schemeClr with lumMod/lumOff/tint/shade) → "#RRGGBB"."""

    def __init__(
        self, scheme: dict[str, str], color_map: dict[str, str], theme: etree._Element | None
    ) -> None:
        self.scheme = scheme
        self.color_map = color_map
        self.theme = theme

    def fill(self, solid: etree._Element, placeholder: str = "") -> str:
        return self.color(solid[0], placeholder) if len(solid) else ""

    def color(self, element: etree._Element, placeholder: str = "") -> str:
        local = etree.QName(element).localname
        if local == "srgbClr":
            base = element.get("val") or ""
        elif local == "sysClr":
            base = element.get("lastClr") or ""
        elif local == "schemeClr":
            value = element.get("val") or ""
            if value == "phClr":
                return placeholder
            base = self.scheme.get(self.color_map.get(value, value), "").lstrip("#")
        else:
            return ""
        if len(base) != 6:
            return ""
        return _adjusted(base, element)

    def background(self, tree: etree._Element) -> str:
        """The solid colour a master's or layout's own background is, or ""."""
        bg = tree.find("p:cSld/p:bg", NS)
        if bg is None:
            return ""
        solid = bg.find("p:bgPr/a:solidFill", NS)
        if solid is not None:
            return self.fill(solid)
        ref = bg.find("p:bgRef", NS)
        if ref is None or self.theme is None or len(ref) == 0:
            return ""
        # idx 1001 and up name the theme's background fill styles; their phClr is this colour.
        index = _integer(ref.get("idx")) - 1001
        styles = self.theme.find(".//a:bgFillStyleLst", NS)
        if styles is None or not 0 <= index < len(styles):
            return ""
        style = styles[index]
        if etree.QName(style).localname != "solidFill":
            return ""
        return self.fill(style, placeholder=self.color(ref[0]))


def _adjusted(hex_value: str, element: etree._Element) -> str:
    """Apply DrawingML's colour transforms that change lightness (the ones themes use)."""
    try:
        red, green, blue = (int(hex_value[i : i + 2], 16) / 255 for i in (0, 2, 4))
    except ValueError:
        return ""
    for change in element:
        name = etree.QName(change).localname
        amount = _integer(change.get("val"), 100000) / 100000
        if name in ("lumMod", "lumOff"):
            hue, light, sat = colorsys.rgb_to_hls(red, green, blue)
            light = light * amount if name == "lumMod" else light + amount
            red, green, blue = colorsys.hls_to_rgb(hue, min(max(light, 0.0), 1.0), sat)
        elif name == "shade":
            red, green, blue = red * amount, green * amount, blue * amount
        elif name == "tint":
            red, green, blue = (c + (1 - c) * (1 - amount) for c in (red, green, blue))
    return "#" + "".join(f"{round(min(max(c, 0.0), 1.0) * 255):02X}" for c in (red, green, blue))


def _integer(text: str | None, default: int = 0) -> int:
    """An attribute's whole number, or `default` when a damaged file gives none."""
    try:
        return int(text or default)
    except ValueError:
        return default


def _box(xfrm: etree._Element | None) -> Box | None:
    if xfrm is None:
        return None
    offset, extent = xfrm.find("a:off", NS), xfrm.find("a:ext", NS)
    if offset is None or extent is None:
        return None
    try:
        x, y = int(offset.get("x", "0")), int(offset.get("y", "0"))
        cx, cy = int(extent.get("cx", "0")), int(extent.get("cy", "0"))
    except ValueError:
        return None
    return x / EMU_PER_PT, y / EMU_PER_PT, cx / EMU_PER_PT, cy / EMU_PER_PT


def _shape_tree(tree: etree._Element) -> list[etree._Element]:
    shapes = tree.find("p:cSld/p:spTree", NS)
    if shapes is None:
        return []
    found = []
    for child in shapes:
        if etree.QName(child).localname == "AlternateContent":
            choice = child.find("mc:Choice", NS)
            if choice is None:
                choice = child.find("mc:Fallback", NS)
            found += list(choice) if choice is not None else []
        else:
            found.append(child)
    return found


def _xfrm(shape: etree._Element) -> etree._Element | None:
    local = etree.QName(shape).localname
    if local == "grpSp":
        return shape.find("p:grpSpPr/a:xfrm", NS)
    if local == "graphicFrame":
        return shape.find("p:xfrm", NS)
    return shape.find("p:spPr/a:xfrm", NS)


def _ph(shape: etree._Element) -> etree._Element | None:
    return shape.find("./*/p:nvPr/p:ph", NS)


def _placeholders(
    tree: etree._Element, inherited: dict[tuple[str, int], Placeholder]
) -> list[Placeholder]:
    found = []
    for shape in _shape_tree(tree):
        ph = _ph(shape)
        if ph is None:
            continue
        kind = ph.get("type", "obj")
        try:
            idx = int(ph.get("idx", "0"))
        except ValueError:
            idx = 0
        box = _box(_xfrm(shape))
        if box is None:
            box = _inherited_box(kind, idx, inherited)
        found.append(Placeholder(kind, idx, box))
    return found


def _inherited_box(kind: str, idx: int, master: dict[tuple[str, int], Placeholder]) -> Box | None:
    """A layout placeholder with no position of its own sits where its master's does: the
    same type (a centred title as the title, a subtitle or content as the body)."""
    wanted = _PH_INHERITS.get(kind, kind)
    for (other, other_idx), placeholder in master.items():
        if _PH_INHERITS.get(other, other) == wanted and (
            kind not in ("body", "obj") or other_idx in (idx, 1)
        ):
            return placeholder.box
    return None


def _drawn(tree: etree._Element) -> list[Drawn]:
    found = []
    for shape in _shape_tree(tree):
        local = etree.QName(shape).localname
        if local not in _DRAWN or _ph(shape) is not None:
            continue
        box = _box(_xfrm(shape))
        if box is None or box[2] <= 0 and box[3] <= 0:
            continue
        names = shape.find("./*/p:cNvPr", NS)
        name = (names.get("name") or "") if names is not None else ""
        text = " ".join(
            "".join(t.text or "" for t in p.iter(f"{{{NS['a']}}}t"))
            for p in shape.iter(f"{{{NS['a']}}}p")
        ).strip()
        found.append(Drawn(_DRAWN[local], shown(name), box, shown(text, 200)))
    return found
