"""The plan: everything a renderer draws, slide by slide, and what other outputs need of it."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from slidegen.model.sermon import Scripture
from slidegen.model.styles import SlideKind


@dataclass(frozen=True)
class GradientStop:
    """One colour of a gradient at `position` (0 at the top of the slide, 1 at the bottom)."""

    position: float
    color: str


@dataclass(frozen=True)
class Photo:
    """A background photo as prepared for the slide: `path` is the slide-sized image with the crop,
    blur and overlay already applied; the rest records how it was made from `source`."""

    path: str
    source: str
    crop: tuple[int, int, int, int]  # the part of the source shown: left, top, right, bottom (px)
    blur: float
    overlay_color: str
    overlay_opacity: float


@dataclass(frozen=True)
class Background:
    """What is drawn behind every slide: a photo, else a gradient, else a colour.

    `color` is always set: it is the whole background without a photo or gradient, and what a
    renderer shows while a photo loads. With a church template the master draws its own
    background (`from_template`); `color` is then what slidegen measured text against.
    """

    color: str
    gradient: tuple[GradientStop, ...] = ()
    photo: Photo | None = None
    from_template: bool = False
    # Nothing at all behind the slide (lower thirds, laid over a camera picture).
    transparent: bool = False


@dataclass(frozen=True)
class Picture:
    """An image placed on every slide (the logo), its box in points."""

    path: str
    x: float
    y: float
    width: float
    height: float
    name: str = "Logo"


@dataclass(frozen=True)
class Face:
    """A font face as a renderer loads it: the family a .pptx names, its file, and the face's
    index in that file (a .ttc collection holds several)."""

    family: str
    file: str
    index: int = 0


@dataclass(frozen=True)
class Run:
    """A stretch of text in one style. A verse number is raised (superscript); every run has the
    colour it is drawn in, decided by the planner's legibility step."""

    text: str
    verse_number: bool = False
    color: str = ""  # "" for the block's colour
    bold: bool = False  # bold even when the block is not
    # The font file of this run's face ("" for the block's, or when none was found), and the
    # face's index in it (a .ttc collection holds several: "Noto Sans CJK KR" is its second).
    font_file: str = ""
    font_index: int = 0
    # A fill-in-the-blank word (blanks.py): `blank` is its number in the deck (1, 2, …; 0 for
    # ordinary text), drawn underlined; before its reveal, its text is no-break spaces spaced
    # out to the word's width (a line to fill). `hidden` text keeps its room on the line but
    # is not drawn (words still to come).
    blank: int = 0
    underline: bool = False
    hidden: bool = False
    # Extra room after each character, in points (a blank's line, spaced out to its word's width).
    spacing: float = 0.0
    # The face that measured, and draws, the Chinese, Japanese or Korean characters the run's
    # font lacks (fit/fallback.py); None when it lacks none. The .pptx names it as the run's
    # East Asian font; raster.py draws those characters with it.
    east_asian: Face | None = None


@dataclass(frozen=True)
class TextBlock:
    """A text box, positioned and sized in points, its font size already chosen by fitting."""

    paragraphs: tuple[tuple[Run, ...], ...]
    x: float
    y: float
    width: float
    height: float
    size_pt: float
    font: str
    color: str
    bold: bool = False
    italic: bool = False
    align: str = "left"  # left | center | right
    anchor: str = "top"  # top | middle | bottom
    # The slide's title: drawn in the title placeholder so outline view and screen readers see it.
    is_title: bool = False
    # The font file that measured this text ("" when its widths were estimated).
    font_file: str = ""
    # The worst WCAG contrast of the block's colours against what is drawn under it (background
    # and scrims), as the planner measured it; 0 until the legibility step has run.
    contrast: float = 0.0
    # The click that shows this block (a PowerPoint animation; 0: shown with the slide). A block
    # shown on a click lies exactly over the one below, with only the runs it adds not hidden.
    click: int = 0
    # The deck's footer (series · church, slide number): programs that draw their own leave it out.
    is_footer: bool = False

    @property
    def text(self) -> str:
        return "\n".join("".join(run.text for run in para) for para in self.paragraphs)

    @property
    def colors(self) -> tuple[str, ...]:
        """Every colour the block's text is drawn in, its own first."""
        runs = (run.color for para in self.paragraphs for run in para if run.color)
        return tuple(dict.fromkeys((self.color, *runs)))

    @property
    def rect(self) -> tuple[float, float, float, float]:
        return self.x, self.y, self.width, self.height


@dataclass(frozen=True)
class Bar:
    """A filled rectangle (accent rules)."""

    x: float
    y: float
    width: float
    height: float
    color: str


@dataclass(frozen=True)
class Scrim:
    """A semi-transparent rectangle under text that its background would drown out (points)."""

    x: float
    y: float
    width: float
    height: float
    color: str
    opacity: float
    radius: float = 0.0  # rounded corners (points); 0 for a plain rectangle


@dataclass(frozen=True)
class SlidePlan:
    """One slide: drawn bottom to top as the deck's background and logo, scrims, bars, blocks."""

    kind: SlideKind
    title: str
    blocks: tuple[TextBlock, ...]
    notes: str
    bars: tuple[Bar, ...] = ()
    scrims: tuple[Scrim, ...] = ()
    # The church template's layout this slide is made on ("" without a template).
    layout: str = ""
    # A verse slide's passage with the verses this slide shows (programs with a Bible of their
    # own, such as OpenLP, carry the reference and text); None on other slides.
    scripture: Scripture | None = None
    # That passage as the deck labels it ("Juan 3:16": the outline's language, the Bible file's
    # book names), without its translation; "" on other slides.
    reference: str = ""

    @property
    def main_block(self) -> TextBlock:
        """The text the slide is for: a verse slide's verses, otherwise its title."""
        if self.kind == SlideKind.VERSE:
            body = [b for b in self.blocks if not b.is_title]
            if body:
                return body[0]
        return next(b for b in self.blocks if b.is_title)

    @property
    def verse_blocks(self) -> tuple[TextBlock, ...]:
        """A verse slide's verse texts: the main block and, on a parallel slide (its
        `scripture.parallel` set), the second translation's, which the planner puts next."""
        if self.kind != SlideKind.VERSE or self.scripture is None:
            return ()
        body = [b for b in self.blocks if not b.is_title]
        return tuple(body[: 2 if self.scripture.parallel is not None else 1])


@dataclass(frozen=True)
class PlanMeta:
    """Who preaches what, when: what presentation programs show beside the slides (FreeShow's
    show meta, OpenLP's service). `date` is as the outline gives it (YYYY-MM-DD)."""

    title: str = ""
    subtitle: str = ""
    preacher: str = ""
    date: str = ""
    series: str = ""
    church: str = ""
    # The outline's language ("en", "es", "zh-hant"…): programs and documents tag text with it,
    # so spelling is checked in the language the sermon is written in.
    language: str = "en"
    proofing: str = ""  # its tag in the deck's text ("es-ES"); "" leaves the reader's own
    # What programs call the deck's parts, in its language: by slide kind ("title", "point",
    # "closing") and "sermon" for the whole (FreeShow's groups and layout); {} names none.
    part_names: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Blank:
    """A fill-in-the-blank word: its number, the words the key accepts (the first is the one
    the slides show) and the text it is in (with every blank filled in)."""

    number: int
    answers: tuple[str, ...]
    context: str = ""


@dataclass(frozen=True)
class Fragment:
    """Part of a handout line: words, or the blank numbered `blank`: then `text` is the line to
    write on (underscores), never its word."""

    text: str
    blank: int = 0


@dataclass(frozen=True)
class HandoutLine:
    """A heading (`level` 0) or point (1, 2, …) of the handout, with its number as the handout
    shows it ("II.", "A.", "1.") and its passages."""

    level: int
    label: str
    fragments: tuple[Fragment, ...]
    references: str = ""


@dataclass(frozen=True)
class Handout:
    """The sermon notes handed out: the outline with its blanks, and the answer key."""

    title: str
    subtitle: str = ""
    passage: str = ""
    date: str = ""
    preacher: str = ""
    church: str = ""
    series: str = ""
    lines: tuple[HandoutLine, ...] = ()
    font: str = ""  # the theme's body font
    size_pt: float = 12.0
    # The answer key in the outline's language: its heading ("Answer key: Real Intercession")
    # and each blank's answers as it gives them ("grace (or mercy)"), in `Plan.blanks` order.
    key_heading: str = ""
    key_answers: tuple[str, ...] = ()
    proofing: str = ""  # the language tag of its text ("es-ES"); "" leaves Word's own


@dataclass(frozen=True)
class Plan:
    """The whole deck as it will be drawn: every renderer and `check` read only this."""

    slides: tuple[SlidePlan, ...]
    warnings: tuple[str, ...] = ()
    width_pt: float = 960.0
    height_pt: float = 540.0
    background: Background = Background("#000000")
    logo: Picture | None = None
    # What the legibility step changed so text stays readable (a colour swapped for another):
    # information for `check` and the build's output, not a problem with what is shown.
    notices: tuple[str, ...] = ()
    meta: PlanMeta = PlanMeta()
    # Every fill-in-the-blank word, numbered in the order the deck reveals them, and the
    # handout made from the same walk of the outline (plan/handout.py).
    blanks: tuple[Blank, ...] = ()
    handout: Handout | None = None
