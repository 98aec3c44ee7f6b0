"""The data that moves between stages: frozen dataclasses, no I/O.

Outline → (scripture) → Plan → (render). Each stage reads these and makes new ones; nothing here
knows about YAML, fonts or python-pptx.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # a pure description of a template; only the theme loader reads one
    from slidegen.template import TemplateInfo

# Books with a single chapter are cited by verse alone ("Jude 3", not "Jude 1:3").
SINGLE_CHAPTER_BOOKS = frozenset({"Obadiah", "Philemon", "2 John", "3 John", "Jude"})

EN_DASH = "\u2013"


@dataclass(frozen=True)
class Passage:
    """A contiguous run of verses, with concrete numbers (a whole chapter is 1 to its last verse).

    `start_part`/`end_part` keep a partial-verse mark ("a", "b", "c"): the label shows it and
    the looked-up text is that part of the verse (scripture/partial.py). `whole_chapters`
    remembers that the reference named chapters only ("Psalm 23"), so the label stays the way
    the preacher wrote it.
    """

    book: str
    start_chapter: int
    start_verse: int
    end_chapter: int
    end_verse: int
    start_part: str = ""
    end_part: str = ""
    whole_chapters: bool = False

    @property
    def is_single_verse(self) -> bool:
        return (self.start_chapter, self.start_verse) == (self.end_chapter, self.end_verse)

    def book_label(self) -> str:
        # "Psalm 23" but "Psalms 23–24": one psalm is a psalm.
        if self.book == "Psalms" and self.start_chapter == self.end_chapter:
            return "Psalm"
        return self.book

    def __str__(self) -> str:
        name = self.book_label()
        if self.whole_chapters:
            if self.book in SINGLE_CHAPTER_BOOKS:
                return name
            if self.start_chapter == self.end_chapter:
                return f"{name} {self.start_chapter}"
            return f"{name} {self.start_chapter}{EN_DASH}{self.end_chapter}"
        start = f"{self.start_verse}{self.start_part}"
        end = f"{self.end_verse}{self.end_part}"
        single_chapter_book = self.book in SINGLE_CHAPTER_BOOKS
        if not single_chapter_book:
            start = f"{self.start_chapter}:{start}"
        if self.is_single_verse and self.start_part == self.end_part:
            return f"{name} {start}"
        if self.is_single_verse and self.start_part and self.end_part:
            return f"{name} {start}{EN_DASH}{self.end_part}"  # "Isaiah 40:31b–c"
        if self.start_chapter != self.end_chapter and not single_chapter_book:
            end = f"{self.end_chapter}:{end}"
        return f"{name} {start}{EN_DASH}{end}"


@dataclass(frozen=True)
class Verse:
    """One verse of a translation, already cleaned for display."""

    chapter: int
    number: int
    text: str


@dataclass(frozen=True)
class Scripture:
    """A passage with its text in one translation (`verses` empty when `given_text` is used)."""

    passage: Passage
    translation: str
    verses: tuple[Verse, ...] = ()
    # Text the user typed into the outline (e.g. a licensed translation), shown as given.
    given_text: str = ""
    # (chapter, verse) of the passage's verses this translation leaves out (WEB Acts 8:37).
    omitted: tuple[tuple[int, int], ...] = ()

    @property
    def omitted_note(self) -> str:
        """ "Acts 8:37 is not in the WEB." for the verses `omitted`, else ""."""
        if not self.omitted:
            return ""
        name = "Psalm" if self.passage.book == "Psalms" else self.passage.book
        numbers = [
            f"{verse}" if self.passage.book in SINGLE_CHAPTER_BOOKS else f"{chapter}:{verse}"
            for chapter, verse in self.omitted
        ]
        listed = ", ".join(numbers[:-1]) + " and " + numbers[-1] if len(numbers) > 1 else numbers[0]
        verb = "are" if len(numbers) > 1 else "is"
        return f"{name} {listed} {verb} not in the {self.translation}."

    @property
    def label(self) -> str:
        """ "John 3:16 (WEB)"; typed-in text with no translation named shows no code."""
        return f"{self.passage} ({self.translation})" if self.translation else str(self.passage)

    @property
    def numbered_text(self) -> str:
        """The whole text with bracketed verse numbers ("[11] … [12] …"; "[33:1]" in the
        passage's next chapter), for notes and `slidegen verses`."""
        if self.given_text:
            return self.given_text
        first = self.passage.start_chapter
        text = " ".join(
            f"[{v.chapter}:{v.number}] {v.text}" if v.chapter != first else f"[{v.number}] {v.text}"
            for v in self.verses
        )
        return f"{text}\n({self.omitted_note})" if self.omitted else text


@dataclass(frozen=True)
class Citation:
    """A passage as cited in the outline: where its text comes from and how it is labelled.

    `translation` overrides the outline's translation for this passage; `given_text` is text the
    user typed (e.g. from a licensed translation), shown as given instead of looked up.
    """

    passage: Passage
    translation: str = ""
    given_text: str = ""
    # Where the outline cites it, for messages about its text; not part of its identity.
    path: str = field(default="", compare=False)
    line: int | None = field(default=None, compare=False)
    col: int | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Point:
    """A point of the sermon: short slide text, passages it cites, notes, nested points."""

    text: str
    citations: tuple[Citation, ...] = ()
    notes: str = ""
    points: tuple[Point, ...] = ()
    line: int | None = None


@dataclass(frozen=True)
class Section:
    """A heading of the sermon (a main division) with its points."""

    heading: str
    citations: tuple[Citation, ...] = ()
    notes: str = ""
    points: tuple[Point, ...] = ()
    line: int | None = None
    # Slides that are not a sermon point (welcome, announcements, offering; `kind: plain`):
    # never numbered or recapped, shown before or after the sermon where they are written.
    plain: bool = False


@dataclass(frozen=True)
class Outline:
    """A whole sermon as the loader understood it."""

    title: str
    sections: tuple[Section, ...]
    subtitle: str = ""
    citations: tuple[Citation, ...] = ()
    # Whether the main passage gets its own verse slides (a Scripture reading after the title).
    read_passage: bool = True
    preacher: str = ""
    date: str = ""
    series: str = ""
    church: str = ""
    translation: str = "WEB"
    theme: str = "default"
    # Opening and closing words: each a point (text, passages, notes, sub-points) or None.
    intro: Point | None = None
    conclusion: Point | None = None
    source: str = ""
    # How fill-in-the-blank words and points are revealed (`reveal:`): "animate" (PowerPoint
    # clicks instead of build slides) and/or "points" (a section's points one by one), as
    # written ("points, animate"); "" for the theme's choice.
    reveal: str = ""
    # The sermon in one sentence, on a slide of its own after the introduction.
    big_idea: Point | None = None
    # A passage cited again after its verse slides: shown in "full" again, as a "reference"
    # slide only, or "off" (not again).
    repeat_verses: str = "reference"


# -- theme -------------------------------------------------------------------------------------


class SlideKind(str, Enum):
    """The closed set of slide kinds. Each has its regions in `plan.grid` and its planner rule in
    `plan.slides`; a kind compares equal to its name ("verse"), which is what themes and
    templates call it."""

    TITLE = "title"
    SECTION = "section"
    POINT = "point"
    VERSE = "verse"
    CLOSING = "closing"

    def __str__(self) -> str:
        return self.value


SLIDE_KINDS = tuple(kind.value for kind in SlideKind)


@dataclass(frozen=True)
class SlideStyle:
    """How one kind of slide sets its main text: size range in points, alignment, extras."""

    max_pt: float
    min_pt: float
    align: str = "left"  # left | center
    numbering: str = "none"  # section numerals: roman | arabic | none
    verse_numbers: bool = True


LOGO_CORNERS = ("top-left", "top-right", "bottom-left", "bottom-right")
# The logo sits this far (points) from the slide's edges.
LOGO_INSET_PT = 24.0


@dataclass(frozen=True)
class Theme:
    """A resolved theme: every value concrete, asset paths absolute."""

    name: str
    description: str
    slide_width_pt: float
    slide_height_pt: float
    heading_font: str
    body_font: str
    verse_font: str
    background: str  # "#RRGGBB"
    heading_color: str
    text_color: str
    accent_color: str
    muted_color: str
    gradient: tuple[str, ...] = ()  # two or more "#RRGGBB" stops, top to bottom
    styles: dict[str, SlideStyle] = field(default_factory=dict)
    footer_series: bool = True
    footer_church: bool = True
    footer_slide_number: bool = False
    folder: str = ""  # the theme's own folder: fonts and images are looked up there
    # A photo behind every slide (absolute path), prepared by `images` (cover-crop, blur,
    # overlay baked in).
    background_image: str = ""
    overlay_color: str = "#000000"
    overlay_opacity: float = 0.0  # 0 (none) to 1 (solid overlay colour)
    blur_radius: float = 0.0  # Gaussian blur radius in pixels at 1080 px height
    logo_image: str = ""
    logo_corner: str = "bottom-right"
    logo_width_pt: float = 0.0
    logo_height_pt: float = 0.0
    # A church's own .pptx: its masters and layouts are used instead of a blank deck.
    template: str = ""
    # The template master's solid background ("#RRGGBB"), if any: what text sits on.
    template_background: str = ""
    # Add a semi-transparent scrim under text that would fall below WCAG AA contrast.
    auto_scrim: bool = True
    # How blanks and points are revealed unless the outline says (`reveal:`; see Outline.reveal).
    reveal: str = ""
    # Lower thirds for the livestream: the panel's height (fraction of the frame), colour ("" for
    # the background colour), opacity and corner radius (pixels of 1080p), and text sizes.
    lower_third_height: float = 0.24
    lower_third_panel: str = ""
    lower_third_opacity: float = 0.85
    lower_third_radius: float = 16.0
    lower_third_size: float = 40.0
    lower_third_min_size: float = 28.0
    lower_third_reference_size: float = 24.0
    # The template, read once: its layouts, placeholders, own shapes, colours, fonts and its
    # sanitised package (template.TemplateInfo); None without a template.
    template_info: TemplateInfo | None = field(default=None, repr=False, compare=False)
    # The template layout each slide kind uses, by its name in the template (`layouts:`).
    layouts: dict[str, str] = field(default_factory=dict)

    def style(self, kind: str) -> SlideStyle:
        return self.styles[str(kind)]

    @property
    def font_dirs(self) -> tuple[Path, ...]:
        """Where to look for fonts before the system's: the theme's own folder, if it has one."""
        return (Path(self.folder),) if self.folder else ()

    @property
    def logo_rect(self) -> tuple[float, float, float, float] | None:
        """The logo's box (x, y, width, height) in points, or None without a logo."""
        if not self.logo_image or self.logo_width_pt <= 0:
            return None
        w, h = self.logo_width_pt, self.logo_height_pt
        right = self.logo_corner.endswith("right")
        bottom = self.logo_corner.startswith("bottom")
        x = self.slide_width_pt - LOGO_INSET_PT - w if right else LOGO_INSET_PT
        y = self.slide_height_pt - LOGO_INSET_PT - h if bottom else LOGO_INSET_PT
        return x, y, w, h


# -- plan: everything a renderer draws ----------------------------------------------------------


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
class Run:
    """A stretch of text in one style. A verse number is raised (superscript); every run has the
    colour it is drawn in, decided by the planner's legibility step."""

    text: str
    verse_number: bool = False
    color: str = ""  # "" for the block's colour
    bold: bool = False  # bold even when the block is not
    # The font file of this run's face ("" for the block's, or when none was found).
    font_file: str = ""
    # A fill-in-the-blank word (blanks.py): `blank` is its number in the deck (1, 2, …; 0 for
    # ordinary text), drawn underlined; before its reveal, its text is no-break spaces spaced
    # out to the word's width (a line to fill). `hidden` text keeps its room on the line but
    # is not drawn (words still to come).
    blank: int = 0
    underline: bool = False
    hidden: bool = False
    # Extra room after each character, in points (a blank's line, spaced out to its word's width).
    spacing: float = 0.0


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

    @property
    def main_block(self) -> TextBlock:
        """The text the slide is for: a verse slide's verses, otherwise its title."""
        if self.kind == SlideKind.VERSE:
            body = [b for b in self.blocks if not b.is_title]
            if body:
                return body[0]
        return next(b for b in self.blocks if b.is_title)


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
