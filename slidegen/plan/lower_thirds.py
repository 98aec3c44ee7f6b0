"""Lower thirds for the livestream: the sermon's points and verses on a panel near the bottom of
a transparent 1920×1080 frame, laid over the camera picture.

The same walk over the outline as the deck (`slides.Planner`), in the same order, with the same
fitting and splitting rules, in a different region: a panel inside the title-safe area, its text
at most as tall as the panel allows (three lines at most). Titles, section headings and the
closing slide make no frame: a lower third names what is being said or read.

The camera picture is unknown, so the panel must carry the contrast alone: its opacity is raised
until the text reads over a white picture and a black one alike (and every colour between: a
mix's luminance is monotonic in each channel, so the eight corners of the colour cube are the
worst cases).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from itertools import product

from slidegen import fit
from slidegen.blanks import plain
from slidegen.contrast import TARGET_CONTRAST, contrast, mix, rgb
from slidegen.fit.breaks import has_wide
from slidegen.model import (
    Background,
    Citation,
    Outline,
    Plan,
    Point,
    Run,
    Scrim,
    Scripture,
    SlideKind,
    SlidePlan,
    TextBlock,
    Theme,
)
from slidegen.plan.grid import FRAME_PT, PANEL_PADDING_PT, TITLE_SAFE_BOTTOM_PT, TITLE_SAFE_SIDE_PT
from slidegen.plan.layout import explicit, font_file
from slidegen.plan.resources import Resources
from slidegen.plan.reveal import Reveal, owners
from slidegen.plan.slides import Planner
from slidegen.plan.verses import page_runs

MAX_LINES = 3
_PX_PER_PT = 2.0  # the frame is 1080 px high for 540 points
_CORNERS = [tuple(c) for c in product((0, 255), repeat=3)]
_TRANSPARENT = Background("#000000", transparent=True)


def plan_lower_thirds(
    outline: Outline,
    scriptures: Mapping[Citation, Scripture],
    theme: Theme,
    resources: Resources,
) -> Plan:
    """A frame per point and per part of every passage, in the deck's order."""
    # The frame is 16:9 whatever the slides are; the camera picture is its background.
    frame = replace(theme, slide_width_pt=FRAME_PT[0], slide_height_pt=FRAME_PT[1])
    bare = replace(resources, background=_TRANSPARENT, logo=None)
    return LowerThirdPlanner(outline, scriptures, frame, bare).run()


def _least_over_any_picture(text_colors: Sequence[str], panel: str, opacity: float) -> float:
    """The least contrast of the text colours on the panel over any picture."""
    over = rgb(panel)
    return min(
        contrast(color, mix(corner, over, opacity))  # type: ignore[arg-type]
        for color in text_colors
        for corner in _CORNERS
    )


def panel_opacity(text_colors: Sequence[str], panel: str, at_least: float) -> float | None:
    """The least opacity (not below `at_least`) at which every text colour reads on the panel
    over any picture; None if even a solid panel of this colour cannot carry them."""

    def reads(alpha: float) -> bool:
        return _least_over_any_picture(text_colors, panel, alpha) >= TARGET_CONTRAST

    if not reads(1.0):
        return None
    if reads(at_least):
        return at_least
    low, high = at_least, 1.0
    for _ in range(10):
        middle = (low + high) / 2
        low, high = (low, middle) if reads(middle) else (middle, high)
    return round(min(1.0, high + 0.01), 2)


class LowerThirdPlanner(Planner):
    """The deck's walk, making lower-third frames instead of slides."""

    panel_box: tuple[float, float, float, float]
    panel_color: str
    opacity: float
    east_asian: bool

    def run(self) -> Plan:
        height = self.theme.lower_third_height * FRAME_PT[1]
        # Chinese, Japanese and Korean lines are taller (their face's line, not the theme's):
        # the panel grows with them, so it holds as many lines as it does for Latin text. The
        # text decides, not the outline's language: an English sermon may read a Chinese Bible.
        self.east_asian = self._shows_wide()
        if self.east_asian:
            face = self.layout.body_face
            height *= face.line_height(1.0, True) / face.line_height(1.0)
        bottom = FRAME_PT[1] - TITLE_SAFE_BOTTOM_PT
        width = FRAME_PT[0] - 2 * TITLE_SAFE_SIDE_PT
        self.panel_box = (TITLE_SAFE_SIDE_PT, bottom - height, width, height)
        self.panel_color, self.opacity = self._panel()
        self.reveal = Reveal()  # a frame per point, each filled in: nothing to reveal on stream
        return super().run()

    def _shows_wide(self) -> bool:
        """Whether a frame's text (a point's, a passage's) has CJK characters: one panel for
        every frame, so it does not jump from frame to frame."""
        points = [text for owner, text in owners(self.outline) if isinstance(owner, Point)]
        verses = [scripture.numbered_text for scripture in self.scriptures.values()]
        return any(map(has_wide, points + verses))

    def _panel(self) -> tuple[str, float]:
        t = self.theme
        colors = [t.text_color]
        wanted = t.lower_third_panel or t.background
        for color in (wanted, "#000000", "#FFFFFF"):
            opacity = panel_opacity(colors, color, t.lower_third_opacity)
            if opacity is not None:
                if color != wanted:
                    self.layout.warnings.append(
                        f"lower thirds: text colour {t.text_color} does not read on a "
                        f"{wanted} panel; the panel is {color} instead"
                    )
                elif opacity > t.lower_third_opacity:
                    self.layout.warnings.append(
                        f"lower thirds: the panel's opacity is raised from "
                        f"{t.lower_third_opacity:g} to {opacity:g} so text reads over any picture"
                    )
                return color, opacity
        return "#000000", 1.0

    def _tag_color(self) -> str:
        """The reference tag in the accent colour where it reads on the panel."""
        t = self.theme
        if panel_opacity([t.accent_color], self.panel_color, self.opacity) == self.opacity:
            return t.accent_color
        return t.text_color

    def add(self, *args: object, **kwargs: object) -> None:
        """The deck's other slides (title, headings, closing) make no frame: the stream shows
        the preacher then, and a lower third names what is being said or read."""
        return None

    def _text_box(self, tag: bool) -> tuple[float, float, float, float]:
        x, y, w, h = self.panel_box
        px, py = PANEL_PADDING_PT
        top = y + py + (self._tag_height() if tag else 0.0)
        return x + px, top, w - 2 * px, y + h - py - top

    def _tag_height(self) -> float:
        return self.layout.body_bold_face.line_height(self.theme.lower_third_reference_size)

    def _sizes(self) -> tuple[float, float]:
        t = self.theme
        return t.lower_third_size, min(t.lower_third_min_size, t.lower_third_size)

    def _room(self, face: fit.Measurer, box: tuple[float, ...], smallest: float) -> fit.Box:
        """The text's box, no taller than three lines at the smallest size."""
        _, _, width, height = box
        lines = MAX_LINES * face.line_height(smallest, self.east_asian)
        return fit.Box(width, min(height, lines))

    def point_slides(self, point: Point, kicker: str) -> None:
        face = self.layout.body_face
        largest, smallest = self._sizes()
        box = self._text_box(tag=False)
        room = self._room(face, box, smallest)
        text = plain(point.text)  # the stream shows a fill-in-the-blank point filled in
        pages = [text]
        if fit.fit_text(text, face, room, largest, smallest) is None:
            pages = fit.split_text(text, face, room, smallest)
        for page in pages:
            fitted = fit.fit_text(page, face, room, largest, smallest)
            size = fitted.size_pt if fitted else smallest
            block = self._block((Run(page),), box, size, self.theme.body_font, face, True)
            self._frame(SlideKind.POINT, [block], page)

    def verse_slides(self, citation: Citation) -> None:
        scripture = self.scriptures[citation]
        face = self.layout.verse_face
        largest, smallest = self._sizes()
        box = self._text_box(tag=True)
        room = self._room(face, box, smallest)
        chunks, chunk_runs = self.verse_chunks(scripture, self.theme.style("verse").verse_numbers)
        pages = fit.paginate(chunks, face, room, largest, smallest)
        label = self.label(citation)
        for number, page in enumerate(pages, 1):
            marker = f" ({number}/{len(pages)})" if len(pages) > 1 else ""
            runs = tuple(page_runs(page, chunk_runs))
            body = self._block(runs, box, page.size_pt, self.theme.verse_font, face, False)
            tag = self._tag(label + marker)
            self._frame(SlideKind.VERSE, [tag, body], label + marker)

    def _tag(self, text: str) -> TextBlock:
        x, y, w, _ = self._text_box(tag=False)
        face = self.layout.body_bold_face
        return TextBlock(
            paragraphs=((Run(text),),),
            x=x,
            y=y,
            width=w,
            height=self._tag_height(),
            size_pt=self.theme.lower_third_reference_size,
            font=self.theme.body_font,
            color=self._tag_color(),
            bold=True,
            is_title=True,
            font_file=font_file(face),
        )

    def _block(
        self,
        runs: tuple[Run, ...],
        box: tuple[float, float, float, float],
        size: float,
        font: str,
        face: fit.Measurer,
        is_title: bool,
    ) -> TextBlock:
        """The frame's text; a point's is its title, a verse's text is not (its tag is), even
        on a frame that continues a verse and so starts with no verse number."""
        x, y, w, h = box
        return TextBlock(
            paragraphs=(runs,),
            x=x,
            y=y,
            width=w,
            height=h,
            size_pt=size,
            font=font,
            color=self.theme.text_color,
            anchor="middle",
            is_title=is_title,
            font_file=font_file(face),
        )

    def _frame(self, kind: SlideKind, blocks: list[TextBlock], title: str) -> None:
        """One frame: the panel, and its text with the contrast it has over the worst picture."""
        fonts = self.resources.fonts
        x, y, w, h = self.panel_box
        panel = Scrim(x, y, w, h, self.panel_color, self.opacity, self.theme.lower_third_radius
                      / _PX_PER_PT)  # fmt: skip
        settled = []
        for block in (explicit(b, fonts) for b in blocks):
            worst = _least_over_any_picture(block.colors, panel.color, panel.opacity)
            settled.append(replace(block, contrast=round(worst, 2)))
        self.slides.append(SlidePlan(kind, title, tuple(settled), "", scrims=(panel,)))
