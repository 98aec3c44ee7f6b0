"""The slide grid and text boxes: every size is chosen here by measuring with `fit`.

`Layout` turns text into positioned `TextBlock`s at the largest size that fits their box,
keeping clear of the logo; it records a warning whenever it has to shrink below the theme's
minimum. Where each part of a slide goes comes from `grid`; the faces it measures with come
resolved in `Fonts`. Pure: nothing is read or written.
"""

from __future__ import annotations

from dataclasses import replace

from slidegen import fit
from slidegen.model import Bar, Face, Picture, Run, SlideKind, TextBlock, Theme
from slidegen.plan.grid import REGIONS, Grid
from slidegen.plan.resources import Fonts

Box = tuple[float, float, float, float]  # x, y, width, height in points

# Secondary text (kickers, labels, meta lines) sits in these size ranges; it is not the text the
# back row must read, but it still has to be legible on a projector.
KICKER_PT = (26.0, 20.0)
SECTION_NUMBER_PT = (40.0, 28.0)  # the "II" above a section's heading
LABEL_PT = (28.0, 22.0)
META_PT = (24.0, 18.0)
# The closing slide's recap of headings: at most this large, and never smaller than the lower.
RECAP_MAX_PT, RECAP_MIN_PT = 36.0, 24.0
FOOTER_PT = 14.0
SLIDE_NUMBER_WIDTH_PT = 72.0
# Text keeps this far (points) from the logo.
LOGO_GAP_PT = 16.0
# Text keeps this far (points) from what a church template draws itself.
TEMPLATE_GAP_PT = 12.0
# Headings may shrink below the theme's minimum rather than overflow; never below this.
HEADING_FLOOR_PT = 20.0


# The text's box is fitted with this share of its height, so renderers whose line spacing runs
# a little larger than measured still have room (measured: rendered stacks fill boxes exactly).
HEIGHT_SLACK = 0.99
FOOTER_HEIGHT_PT = 22.0
FOOTER_MIN_PT = 10.0


class Layout:
    """Text boxes for one theme's slides; `warnings` collects what had to give."""

    def __init__(
        self,
        theme: Theme,
        fonts: Fonts,
        logo: Picture | None = None,
        series: str = "",
        church: str = "",
    ) -> None:
        self.theme = theme
        self.fonts = fonts
        self.logo = logo
        self.series = series
        self.church = church
        self.warnings: list[str] = []
        self.grid = Grid(theme.slide_width_pt, theme.slide_height_pt)
        info = theme.template_info
        # A church template's layout for each kind, and what its master and layout draw there.
        self.layouts = {
            kind: info.layout_for(kind, theme.layouts).name if info else "" for kind in SlideKind
        }
        self.reserved = {
            kind: info.reserved_boxes(self.layouts[kind]) if info else () for kind in SlideKind
        }
        self.footer_left_off = False
        self.heading_face = fonts.heading
        self.body_face = fonts.body
        self.body_bold_face = fonts.body_bold
        self.verse_face = fonts.verse

    def region(self, kind: SlideKind, name: str) -> tuple[float, float]:
        """(y, height) of a kind's region. Where a church template draws a band across the top
        or bottom of the slide, the grid is laid out in the height between its bands, so slide
        text never covers them (its small shapes, such as a logo, are kept clear sideways)."""
        band = REGIONS[kind][name]
        top, bottom = self._area(kind)
        return top + band.top * (bottom - top), (band.bottom - band.top) * (bottom - top)

    def rule_y(self, kind: SlideKind) -> float:
        top, bottom = self._area(kind)
        return top + REGIONS[kind]["rule"].top * (bottom - top)

    def _area(self, kind: SlideKind) -> tuple[float, float]:
        """The part of the slide's height that is free of a template's bands on this layout."""
        top, bottom = 0.0, self.grid.height
        middle = self.grid.height / 2
        for _, by, _, bh in self._bands(kind):
            if by + bh / 2 > middle:
                bottom = min(bottom, by - TEMPLATE_GAP_PT)
            else:
                top = max(top, by + bh + TEMPLATE_GAP_PT)
        if bottom - top < self.grid.height / 2:
            return 0.0, self.grid.height  # bands everywhere: the grid as is, check will tell
        return top, bottom

    def _bands(self, kind: SlideKind) -> list[Box]:
        """What the template draws across most of the text's width, on this kind's layout."""
        left, right = self.grid.margin, self.grid.width - self.grid.margin
        return [
            box
            for box in self.reserved[kind]
            if box[0] < right and box[0] + box[2] > left and box[2] >= (right - left) / 2
        ]

    def _obstacles(self, kind: SlideKind | None) -> list[Box]:
        """Small things text keeps clear of sideways: the theme's logo and, on a template,
        what its layout draws in a corner or at a side."""
        found: list[Box] = []
        if self.logo is not None:
            found.append((self.logo.x, self.logo.y, self.logo.width, self.logo.height))
        if kind is not None:
            bands = self._bands(kind)
            found += [box for box in self.reserved[kind] if box not in bands]
        return found

    def text_area(
        self, y: float, height: float, align: str = "left", kind: SlideKind | None = None
    ) -> tuple[float, float, fit.Box]:
        """(x, width, the box to fit text in) of a band from y to y + height, clear of the logo
        (and of a template's own shapes on `kind`'s layout)."""
        x, width = self.clear_span(y, height, align, kind)
        return x, width, fit.Box(width, height * HEIGHT_SLACK)

    # -- text blocks -------------------------------------------------------------------------
    def clear_span(
        self, y: float, height: float, align: str = "left", kind: SlideKind | None = None
    ) -> tuple[float, float]:
        """(x, width) of a text band from y to y + height that keeps clear of the logo.

        Centred text gives up the same width on both sides, so it stays centred on the slide.
        """
        left, right = self.grid.margin, self.grid.margin + self.grid.inner_width
        cut_left = cut_right = 0.0
        for ox, oy, ow, oh in self._obstacles(kind):
            if y >= oy + oh + LOGO_GAP_PT or y + height <= oy - LOGO_GAP_PT:
                continue
            if ox + ow / 2 > self.grid.width / 2:
                cut_right = max(cut_right, right - (ox - LOGO_GAP_PT))
            else:
                cut_left = max(cut_left, ox + ow + LOGO_GAP_PT - left)
        if align == "center":
            cut_left = cut_right = max(cut_left, cut_right)
        return left + cut_left, right - left - cut_left - cut_right

    def block(
        self,
        text: str,
        face: fit.Measurer,
        y: float,
        height: float,
        sizes: tuple[float, float],
        *,
        font: str,
        color: str,
        where: str,
        floor: float | None = None,
        kind: SlideKind | None = None,
        **style: object,
    ) -> TextBlock:
        """A text box across the inner width, at the largest size in `sizes` that fits.

        Text that does not fit at the smallest size keeps shrinking down to `floor` (headings
        and labels only) with a warning; it never overflows silently.
        """
        fitted = self.fitted_block(
            text, face, y, height, sizes, font=font, color=color, kind=kind, **style
        )
        if fitted is not None:
            return fitted
        min_pt = sizes[1]
        lowest = floor or min_pt
        if lowest < min_pt:
            shrunk = self.fitted_block(
                text,
                face,
                y,
                height,
                (min_pt, lowest),
                font=font,
                color=color,
                kind=kind,
                **style,
            )
            if shrunk is not None:
                self.warnings.append(
                    f"{where}: long text set at {shrunk.size_pt:g} pt (below {min_pt:g} pt); "
                    "consider shortening it"
                )
                return shrunk
        self.warnings.append(
            f"{where}: text too long for its box even at {lowest:g} pt; shorten it"
        )
        return self._text_block(
            text, face, y, height, lowest, font=font, color=color, kind=kind, **style
        )

    def fitted_block(
        self,
        text: str,
        face: fit.Measurer,
        y: float,
        height: float,
        sizes: tuple[float, float],
        *,
        font: str,
        color: str,
        kind: SlideKind | None = None,
        **style: object,
    ) -> TextBlock | None:
        """The text box at the largest size in `sizes` that fits; None if none does."""
        _, _, box = self.text_area(y, height, str(style.get("align", "left")), kind)
        result = fit.fit_text(text, face, box, *sizes)
        if result is None:
            return None
        return self._text_block(
            text, face, y, height, result.size_pt, font=font, color=color, kind=kind, **style
        )

    def _text_block(
        self, text: str, face: fit.Measurer, y: float, height: float, size: float, *,
        font: str, color: str, kind: SlideKind | None = None, **style: object,
    ) -> TextBlock:  # fmt: skip
        x, width = self.clear_span(y, height, str(style.get("align", "left")), kind)
        return TextBlock(
            paragraphs=tuple((Run(line),) for line in text.split("\n")),
            x=x,
            y=y,
            width=width,
            height=height,
            size_pt=size,
            font=font,
            color=color,
            font_file=font_file(face),
            **style,  # type: ignore[arg-type]
        )

    def heading_block(
        self, text: str, kind: SlideKind, region: str, where: str, **style: object
    ) -> TextBlock:
        s = self.theme.style(kind)
        y, height = self.region(kind, region)
        return self.block(
            text,
            self.heading_face,
            y,
            height,
            (s.max_pt, s.min_pt),
            font=self.theme.heading_font,
            color=self.theme.heading_color,
            bold=True,
            align=s.align,
            where=where,
            floor=HEADING_FLOOR_PT,
            kind=kind,
            **style,
        )

    def small_block(
        self,
        text: str,
        kind: SlideKind,
        region: str,
        sizes: tuple[float, float],
        color: str,
        where: str,
        **style: object,
    ) -> TextBlock:
        y, height = self.region(kind, region)
        # Bold text is wider: measure it with the bold face it is drawn in.
        face = self.body_bold_face if style.get("bold") else self.body_face
        return self.block(
            text,
            face,
            y,
            height,
            sizes,
            font=self.theme.body_font,
            color=color,
            where=where,
            floor=12.0,
            kind=kind,
            **style,
        )

    def accent_bar(self, kind: SlideKind) -> Bar:
        width = 72.0
        centred = self.theme.style(kind).align == "center"
        x = (self.grid.width - width) / 2 if centred else self.grid.margin
        return Bar(x, self.rule_y(kind), width, 4.0, self.theme.accent_color)

    def footer(self, number: int, kind: SlideKind) -> tuple[TextBlock, ...]:
        """Series and church at the left, the slide number at the right, both clear of the logo;
        none where a church template draws its own footer or band there."""
        footer_box = (0.0, self.grid.footer_y, self.grid.width, FOOTER_HEIGHT_PT)
        if any(_overlap(footer_box, box) for box in self.reserved[kind]):
            self.footer_left_off = True
            return ()
        parts = []
        if self.theme.footer_series and self.series:
            parts.append(self.series)
        if self.theme.footer_church and self.church:
            parts.append(self.church)
        x, width = self.clear_span(self.grid.footer_y, FOOTER_HEIGHT_PT)
        blocks = []
        if self.theme.footer_slide_number:
            blocks.append(
                self.footer_block(str(number), x + width - SLIDE_NUMBER_WIDTH_PT, "right")
            )
            width -= SLIDE_NUMBER_WIDTH_PT + LOGO_GAP_PT
        if parts:
            text = "  ·  ".join(parts)
            blocks.insert(
                0, self.footer_block(text, x, "left", min(width, self.grid.inner_width * 0.8))
            )
        return tuple(blocks)

    def footer_block(
        self, text: str, x: float, align: str, width: float = SLIDE_NUMBER_WIDTH_PT
    ) -> TextBlock:
        """One line of small text; too long a line shrinks, then loses words at its end (…)."""
        box = fit.Box(width, FOOTER_HEIGHT_PT)
        fitted = fit.fit_text(text, self.body_face, box, FOOTER_PT, FOOTER_MIN_PT)
        words = text.split()
        while fitted is None or len(fitted.lines) > 1:
            if len(words) <= 1:
                break
            words.pop()
            text = " ".join(words).rstrip(" ·") + "…"
            fitted = fit.fit_text(text, self.body_face, box, FOOTER_MIN_PT, FOOTER_MIN_PT)
        return TextBlock(
            paragraphs=((Run(text),),),
            x=x,
            y=self.grid.footer_y,
            width=width,
            height=FOOTER_HEIGHT_PT,
            size_pt=fitted.size_pt if fitted else FOOTER_MIN_PT,
            font=self.theme.body_font,
            color=self.theme.muted_color,
            align=align,
            font_file=font_file(self.body_face),
            is_footer=True,
        )


def _overlap(a: tuple[float, ...], b: tuple[float, ...]) -> bool:
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return not (ax >= bx + bw or bx >= ax + aw or ay >= by + bh or by >= ay + ah)


def font_file(face: fit.Measurer) -> str:
    """The file a face measures with, for the plan's record ("" for the estimate)."""
    return str(face.source.path) if face.source.path else ""


def east_asian(face: fit.Measurer, text: str) -> Face | None:
    """The face that measured the CJK characters of `text` that `face` lacks, for the plan's
    record (None when it lacks none, or when no CJK face was found)."""
    found = face.east_asian_face(text)
    if found is None or found.path is None:
        return None
    return Face(found.family, str(found.path), found.face_index)


def explicit(block: TextBlock, fonts: Fonts) -> TextBlock:
    """The block with every run's colour, weight and font files (its own, and the CJK face for
    the characters that lacks) written out, so a renderer decides nothing."""
    face = fonts.measurer(block.font, block.bold, block.italic)

    def styled(run: Run) -> Run:
        bold = run.bold or block.bold
        own = fonts.measurer(block.font, bold, block.italic) if bold != block.bold else face
        color = run.color or block.color
        return replace(
            run,
            color=color,
            bold=bold,
            font_file=font_file(own) or block.font_file,
            font_index=own.source.face_index,
            east_asian=east_asian(own, run.text),
        )

    paragraphs = tuple(tuple(styled(run) for run in p) for p in block.paragraphs)
    return replace(block, paragraphs=paragraphs)
