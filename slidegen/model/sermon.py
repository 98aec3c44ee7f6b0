"""The sermon as the loader understood it: passages, their text, points, sections, the outline."""

from __future__ import annotations

from dataclasses import dataclass, field

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
        return self.written(self.book_label())

    def written(self, name: str, separator: str = ":") -> str:
        """The label with the book called `name` and chapter and verse parted by `separator`
        ("Johannes 3,16" in German); scripture/naming.py chooses both for a language."""
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
            start = f"{self.start_chapter}{separator}{start}"
        if self.is_single_verse and self.start_part == self.end_part:
            return f"{name} {start}"
        if self.is_single_verse and self.start_part and self.end_part:
            return f"{name} {start}{EN_DASH}{self.end_part}"  # "Isaiah 40:31b–c"
        if self.start_chapter != self.end_chapter and not single_chapter_book:
            end = f"{self.end_chapter}{separator}{end}"
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
    # The same passage in the outline's `parallel` translation, shown beside this one.
    parallel: Scripture | None = None

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
    # A second translation shown beside the first on verse slides (`parallel: KJV`); "" none.
    parallel: str = ""
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
    # The language the outline is written in ("en", "es", "de", …): how its references read,
    # and the words slidegen itself puts on slides, in notes and in the handout.
    language: str = "en"
