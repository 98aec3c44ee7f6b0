"""Outlines written the way preachers write them, in every shape issue 13 lists: numbered
Markdown headings with passages, Word headings with typed numerals and tables, "Point 1:" and
"First," lines, a title with its passage, bylines, labelled introductions, big ideas and
conclusions, references in prose and block quotes, and the separators around references.

Each is checked for its structure, for labels or separators left on slides, for a verse slide
for every cited passage, and for the round trip: import → YAML → build plans the same deck as
building the file directly.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from slidegen.build import prepare
from slidegen.importers import import_source
from slidegen.model import Outline, Point
from slidegen.outline import load_outline

from .cli_support import run
from .conftest import labels, texts
from .word_support import add_table

IMPORT = Path(__file__).resolve().parent / "data" / "import"
WRITTEN = [
    "rebuilding-the-wall.md",
    "new-every-morning.md",
    "vine-and-branches.md",
    "father-who-runs.txt",
    "grace-sufficient.txt",
    "sheep-gone-astray.txt",
]


# -- two sermons typed in Word, built here (no binary files in the repository) -----------------


def dead_made_alive(folder: Path) -> Path:
    """Ephesians 2: Title style, a byline, Heading 1 with typed Roman numerals, list bullets,
    a Then/Now table citing verses, references in prose, Introduction and Conclusion headings."""
    document = docx.Document()
    document.add_paragraph("Dead, Made Alive", style="Title")
    document.add_paragraph("Ephesians 2:1-10")
    document.add_paragraph("Pastor Grace Okafor — Riverside Church — 20 September 2026")
    document.add_paragraph("Introduction", style="Heading 1")
    document.add_paragraph(
        "Nobody gives CPR to someone with a cold. Paul does not say we were sick; he says we "
        "were dead."
    )
    document.add_paragraph("Big Idea: God does for the dead what the dead cannot do.")
    document.add_paragraph("I. What we were (vv. 1-3)", style="Heading 1")
    document.add_paragraph("Dead in trespasses and sins (v. 1)", style="List Bullet")
    document.add_paragraph("Following the course of this world (v. 2)", style="List Bullet")
    document.add_paragraph("By nature children of wrath (v. 3)", style="List Bullet")
    document.add_paragraph("II. What God did (vv. 4-7)", style="Heading 1")
    document.add_paragraph("But God, being rich in mercy (v. 4)", style="List Bullet")
    rows = [
        ("Then", "Now"),
        ("Dead in trespasses (v. 1)", "Made alive with Christ (v. 5)"),
        ("Following the prince of the air (v. 2)", "Seated with him in the heavenly places (v. 6)"),
    ]
    add_table(document, rows)
    document.add_paragraph(
        "The same power raised Christ from the dead (Eph 1:20). Compare Colossians 2:13."
    )
    document.add_paragraph("III. Why he did it (vv. 8-10)", style="Heading 1")
    document.add_paragraph("By grace through faith, not of works (vv. 8-9)", style="List Bullet")
    document.add_paragraph("Created for good works (v. 10)", style="List Bullet")
    document.add_paragraph("Titus 3:5 says the same: not by works of righteousness.")
    document.add_paragraph("Conclusion", style="Heading 1")
    document.add_paragraph(
        "While we were still sinners, Christ died for us (cf. Rom 5:8). Live this week as "
        "someone who has been raised."
    )
    path = folder / "dead-made-alive.docx"
    document.save(str(path))
    return path


def the_lord_is_near(folder: Path) -> Path:
    """Philippians 4: 'Point 1:' headings, Heading 2 sub-points, a Quote paragraph with its
    reference, 'Intro:' and 'Closing:' paragraphs, a 'Text:' line and a date line."""
    document = docx.Document()
    document.add_paragraph("The Lord Is Near", style="Title")
    document.add_paragraph("Text: Philippians 4:4-9")
    document.add_paragraph("By Elder Jonah Mbeki")
    document.add_paragraph("3 May 2026")
    document.add_paragraph("Intro: Anxiety is the most common thing in this room this morning.")
    document.add_paragraph("Point 1: Rejoice in the Lord always (v. 4)", style="Heading 1")
    document.add_paragraph("Joy is a command, not a mood", style="Heading 2")
    document.add_paragraph("Paul wrote this from prison (Phil 1:13)", style="Heading 2")
    document.add_paragraph("Point 2: Pray about everything (vv. 6-7)", style="Heading 1")
    document.add_paragraph(
        "Cast all your worries on him, because he cares for you. 1 Peter 5:7", style="Quote"
    )
    document.add_paragraph("With thanksgiving (v. 6)", style="Heading 2")
    document.add_paragraph("Peace that guards the heart -- v. 7", style="Heading 2")
    document.add_paragraph("Point 3: Think on these things (vv. 8-9)", style="Heading 1")
    document.add_paragraph("Whatever is true, whatever is honourable (v. 8)", style="Heading 2")
    document.add_paragraph("see also Colossians 3:2", style="Heading 2")
    document.add_paragraph(
        "Closing: The God of peace will be with you (v. 9). Take one worry to him today."
    )
    path = folder / "the-lord-is-near.docx"
    document.save(str(path))
    return path


WORD = {"dead-made-alive.docx": dead_made_alive, "the-lord-is-near.docx": the_lord_is_near}
EVERY_SHAPE = [*WRITTEN, *WORD]


@pytest.fixture
def source(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The outline named by the test's parameter: a file here, or a Word file built now."""
    name = request.param
    return WORD[name](tmp_path) if name in WORD else IMPORT / name


def ends(outline: Outline) -> list[Point]:
    return [p for p in (outline.intro, outline.big_idea, outline.conclusion) if p is not None]


def every_point(outline: Outline) -> list[Point]:
    found: list[Point] = []
    stack = [*ends(outline), *(p for s in outline.sections for p in s.points)]
    while stack:
        point = stack.pop()
        found.append(point)
        stack.extend(point.points)
    return found


def slide_words(outline: Outline) -> list[str]:
    """Every text the outline puts on a slide of its own."""
    words = [outline.title, outline.subtitle, *(s.heading for s in outline.sections)]
    return [w for w in words + [p.text for p in every_point(outline)] if w]


def cited(outline: Outline) -> set[str]:
    found = set(labels(outline))
    for part in [*outline.sections, *every_point(outline)]:
        found.update(labels(part))
    return found


# A label, a reference or a reference's separator left in slide text.
LEFTOVER = re.compile(
    r"(?i)\b(?:big idea|main idea|proposition|intro(?:duction)?|conclusion|closing|text|by"
    r"|point (?:\d+|one|two|three|four))\s*[:—–-]|^(?:first|second|third|finally),|--"
    r"|\s[-–—:]\s*$|\bcf\b|\bsee also\b|\bcompare\b|\(\s*vv?\.|\bvv?\.\s*\d|\d+:\d+|\(\s*\)"
)


# -- structure, shape by shape -----------------------------------------------------------------


def test_markdown_numbered_headings_byline_italic_subtitle_and_labelled_parts():
    outline = import_source(IMPORT / "rebuilding-the-wall.md").outline
    assert (outline.title, outline.subtitle) == (
        "Rebuilding the Wall",
        "God's work in ordinary hands",
    )
    assert (outline.preacher, outline.church, outline.date) == (
        "Pastor Daniel Osei",
        "Hope Chapel",
        "2026-06-14",
    )
    assert labels(outline) == ["Nehemiah 2:11–20"]
    # "## Introduction" and "**Big Idea:**" are the outline's own parts, their words on the slide.
    assert outline.intro is not None and outline.big_idea is not None
    assert (outline.intro.text, labels(outline.intro)) == (
        "Every city has a broken wall somewhere",
        ["Nehemiah 1:4"],
    )
    assert outline.big_idea.text == "God rebuilds through people who look at the ruins and rise up"
    # "## 1. He looked at the ruins honestly (vv. 11-16)": the heading, not "1".
    assert [(s.heading, labels(s)) for s in outline.sections] == [
        ("He looked at the ruins honestly", ["Nehemiah 2:11–16"]),
        ("He called others to the work", ["Nehemiah 2:17–18"]),
        ("He answered mockery with faith", ["Nehemiah 2:19–20"]),
    ]
    looked, called, _ = outline.sections
    # The block quote's reference is cited by the point it stands under.
    assert labels(looked.points[1]) == ["Nehemiah 2:12", "Psalm 127:1"]
    # "  - cf. Ezra 7:9" under a point is a verse slide of that point, not a point of its own.
    assert [(p.text, labels(p), p.points) for p in called.points][1] == (
        "The hand of God was good on him",
        ["Nehemiah 2:18", "Ezra 7:9"],
        (),
    )
    assert outline.conclusion is not None
    assert (outline.conclusion.text, labels(outline.conclusion)) == (
        "The wall was finished in fifty-two days",
        ["Nehemiah 6:15"],
    )


def test_markdown_title_with_passage_lettered_lists_quotes_and_see_also():
    outline = import_source(IMPORT / "new-every-morning.md").outline
    assert outline.title == "New Every Morning"
    assert labels(outline) == ["Lamentations 3:19–26"]
    assert (outline.read_passage, outline.series) == (False, "Songs in the Dark")
    assert (outline.preacher, outline.church, outline.date) == (
        "Pastor Esther Lindqvist",
        "St. Mark's Community Church",
        "2026-02-22",
    )
    assert outline.intro is None
    assert outline.big_idea is not None
    assert outline.big_idea.text == (
        "Hope is not a feeling that comes back; it is a God who does not leave"
    )
    remembering, calling, waiting, application = outline.sections
    assert [s.heading for s in outline.sections] == [
        "Remembering the bitterness",
        "Calling something else to mind",
        "Waiting quietly",
        "Application",
    ]
    pretend, lament = remembering.points
    assert texts(pretend.points) == ["He names his affliction", "His soul is bowed down within him"]
    assert (lament.text, labels(lament), lament.points) == (
        "Honest lament is faith speaking",
        ["Psalm 42:5"],
        (),
    )
    # The block quote's bold reference gets its verse slide with the section.
    assert labels(calling) == ["Lamentations 3:21–24", "Lamentations 3:22–23"]
    assert [(p.text, labels(p)) for p in calling.points] == [
        ("Hope is a choice of memory", ["Lamentations 3:21"]),
        ("Great is his faithfulness", ["Lamentations 3:23"]),
        ("The LORD is my portion", ["Lamentations 3:24", "Psalm 73:26"]),
    ]
    # "Heb 7:25 (cf. 9:24)": the bracketed reference is read against Hebrews.
    assert [(p.text, labels(p)) for p in waiting.points][1] == (
        "Jesus intercedes for us now",
        ["Hebrews 7:25", "Hebrews 9:24"],
    )
    assert texts(application.points) == ["Write down one mercy from this morning before you leave"]
    assert outline.conclusion is not None
    assert (outline.conclusion.text, labels(outline.conclusion)) == (
        "Great is his faithfulness, even here",
        ["Psalm 103:12"],
    )


def test_markdown_point_word_headings_decimal_items_and_labelled_details():
    outline = import_source(IMPORT / "vine-and-branches.md").outline
    assert (outline.title, outline.preacher) == ("The Vine and the Branches", "Rev. Samuel Park")
    assert labels(outline) == ["John 15:1–11"]
    assert outline.intro is not None
    assert outline.intro.text == (
        "Gardeners know that pruning looks like loss before it looks like fruit"
    )
    vine, prunes, abide = outline.sections
    assert (vine.heading, labels(vine)) == ("Jesus is the true vine", ["John 15:1"])
    assert [(p.text, labels(p)) for p in vine.points] == [
        ("Israel was planted as God's vine", ["Isaiah 5:7"]),
        ("Jesus is the vine Israel was meant to be", ["John 15:1"]),
    ]
    # "2.2 See Hebrews 12:11" is nothing but a cross-reference: cited by the point before it.
    assert (prunes.heading, labels(prunes)) == ("The Father prunes", ["John 15:2"])
    assert [(p.text, labels(p)) for p in prunes.points] == [
        ("Pruning is for fruit, not punishment", ["John 15:2", "Hebrews 12:11"])
    ]
    assert (abide.heading, labels(abide)) == ("Abide in me", ["John 15:4–11"])
    assert outline.conclusion is not None
    assert outline.conclusion.text == "Stay close to the vine this week"


def test_point_lines_with_sub_bullets_are_sections_with_points():
    outline = import_source(IMPORT / "father-who-runs.txt").outline
    # "The Father Who Runs: Luke 15:11-32" is a title and its passage.
    assert (outline.title, labels(outline)) == ("The Father Who Runs", ["Luke 15:11–32"])
    assert outline.preacher == "Pastor Ruth Adeyemi"
    assert outline.intro is not None and outline.big_idea is not None
    assert outline.intro.text == "Two sons, one father, and a party nobody expected"
    assert outline.big_idea.text == (
        "The Father runs to the son who comes home and pleads with the one who never left"
    )
    assert [(s.heading, labels(s)[:1], len(s.points)) for s in outline.sections] == [
        ("The son who wanted the gifts", ["Luke 15:11–16"], 3),
        ("The father who ran", ["Luke 15:17–24"], 3),
        ("The son who never left", ["Luke 15:25–30"], 2),
        ("The father who went out again", ["Luke 15:31–32"], 1),
        ("Application", [], 2),
    ]
    # The ranges on the Point lines read against the sermon's passage; "compare Luke 19:10"
    # alone after a point is that point's verse slide, not a point of its own.
    assert [(p.text, labels(p)) for p in outline.sections[3].points] == [
        ('"Son, you are always with me"', ["Luke 15:31", "Luke 19:10"])
    ]
    assert [(p.text, labels(p)) for p in outline.sections[0].points] == [
        ("He asked for his share while his father lived", ["Luke 15:12"]),
        ("He wasted it in a far country", ["Luke 15:13"]),
        ("He was hungry enough to envy the pigs", ["Luke 15:15–16"]),
    ]
    assert [(p.text, labels(p)) for p in outline.sections[4].points] == [
        ("Which son are you this morning?", []),
        ("Come home", ["Isaiah 55:7"]),
    ]
    assert outline.conclusion is not None
    assert (outline.conclusion.text, labels(outline.conclusion)) == (
        "The story ends with the older brother still outside, and the door still open",
        ["Romans 5:8"],
    )


def test_title_dash_passage_byline_main_idea_and_closing():
    outline = import_source(IMPORT / "grace-sufficient.txt").outline
    assert (outline.title, labels(outline)) == ("Grace Sufficient", ["2 Corinthians 12:7–10"])
    assert (outline.preacher, outline.church, outline.date) == (
        "Pastor Miriam Tan",
        "Grace Fellowship",
        "2026-05-03",
    )
    assert outline.big_idea is not None and outline.intro is not None
    assert outline.big_idea.text == "God's grace is enough for the weakness he does not remove"
    assert outline.intro.text == "We all have something we have asked God to take away"
    thorn, prayer, weakness = outline.sections
    assert [(s.heading, labels(s)[:1]) for s in outline.sections] == [
        ("The thorn was given", ["2 Corinthians 12:7"]),
        ("The prayer was answered", ["2 Corinthians 12:8–9a"]),
        ("Weakness became a dwelling place", ["2 Corinthians 12:9b–10"]),
    ]
    # "yet on God's leash -- Job 2:6": the reference and its "--" leave the slide text.
    assert [(p.text, labels(p)) for p in thorn.points] == [
        ("To keep Paul from becoming proud", []),
        ("A messenger of Satan, yet on God's leash", ["Job 2:6"]),
    ]
    assert labels(prayer.points[1]) == ["2 Corinthians 12:9a"]
    # "b. see also Isaiah 40:29" is a verse slide for the point before it.
    assert labels(weakness) == ["2 Corinthians 12:9b–10"]
    assert [(p.text, labels(p)) for p in weakness.points] == [
        ("Power is made perfect in weakness", ["2 Corinthians 12:9b", "Isaiah 40:29"]),
        ("Content with insults and hardships", ["2 Corinthians 12:10"]),
    ]
    assert outline.conclusion is not None
    assert (outline.conclusion.text, labels(outline.conclusion)) == (
        "When I am weak, then I am strong",
        ["2 Corinthians 12:10"],
    )


def test_first_second_third_with_prose_and_a_cross_reference_bullet():
    outline = import_source(IMPORT / "sheep-gone-astray.txt").outline
    assert (outline.title, labels(outline)) == ("Sheep Gone Astray", ["Isaiah 53:4–6"])
    assert (outline.preacher, outline.date) == ("Pastor Tomás Rivera", "2026-04-12")
    assert outline.big_idea is not None
    assert outline.big_idea.text == "The Servant carried what we could not carry"
    # The sentences under each "First," line are its notes; their references get verse slides.
    assert [(s.heading, labels(s)) for s in outline.sections] == [
        ("He carried our griefs", ["Isaiah 53:4", "Matthew 8:17"]),
        ("He was crushed for our iniquities", ["Isaiah 53:5", "1 Peter 2:24"]),
        ("The LORD laid on him the iniquity of us all", ["Isaiah 53:6", "2 Corinthians 5:21"]),
    ]
    assert outline.sections[0].notes.startswith("We thought he was being punished")
    assert "gone astray" in outline.sections[2].notes
    assert outline.conclusion is not None
    assert (outline.conclusion.text, labels(outline.conclusion)) == (
        "Each of us has turned to his own way",
        ["1 Peter 2:25"],
    )


def test_word_roman_headings_table_and_references_in_prose(tmp_path: Path):
    result = import_source(dead_made_alive(tmp_path))
    outline = result.outline
    assert (outline.title, labels(outline)) == ("Dead, Made Alive", ["Ephesians 2:1–10"])
    assert (outline.preacher, outline.church, outline.date) == (
        "Pastor Grace Okafor",
        "Riverside Church",
        "2026-09-20",
    )
    assert outline.intro is not None and outline.big_idea is not None
    assert outline.intro.text == "Nobody gives CPR to someone with a cold"
    assert outline.big_idea.text == "God does for the dead what the dead cannot do"
    were, did, why = outline.sections
    assert [s.heading for s in outline.sections] == [
        "What we were",
        "What God did",
        "Why he did it",
    ]
    # The table is points, every verse in it cited; nothing is left as a comment.
    assert result.unplaced == ()
    # "Then | Now" names the columns (a note); each row below it is a point of its own.
    assert did.points[0].notes.startswith("Then — Now")
    assert [(p.text, labels(p)[:2]) for p in did.points[1:3]] == [
        ("Dead in trespasses — Made alive with Christ", ["Ephesians 2:1", "Ephesians 2:5"]),
        (
            "Following the prince of the air — Seated with him in the heavenly places",
            ["Ephesians 2:2", "Ephesians 2:6"],
        ),
    ]
    assert {"Ephesians 1:20", "Colossians 2:13", "Titus 3:5"} <= cited(outline)
    assert texts(were.points) == [
        "Dead in trespasses and sins",
        "Following the course of this world",
        "By nature children of wrath",
    ]
    assert labels(why.points[0]) == ["Ephesians 2:8–9"]
    assert outline.conclusion is not None
    assert (outline.conclusion.text, labels(outline.conclusion)) == (
        "While we were still sinners, Christ died for us",
        ["Romans 5:8"],
    )


def test_word_point_headings_quote_and_closing_line(tmp_path: Path):
    outline = import_source(the_lord_is_near(tmp_path)).outline
    assert (outline.title, labels(outline)) == ("The Lord Is Near", ["Philippians 4:4–9"])
    assert (outline.preacher, outline.date) == ("Elder Jonah Mbeki", "2026-05-03")
    assert outline.intro is not None
    assert outline.intro.text == "Anxiety is the most common thing in this room this morning"
    rejoice, pray, think = outline.sections
    assert [s.heading for s in outline.sections] == [
        "Rejoice in the Lord always",
        "Pray about everything",
        "Think on these things",
    ]
    assert [(p.text, labels(p)) for p in rejoice.points] == [
        ("Joy is a command, not a mood", []),
        ("Paul wrote this from prison", ["Philippians 1:13"]),
    ]
    assert labels(pray) == ["Philippians 4:6–7", "1 Peter 5:7"]
    assert [(p.text, labels(p)) for p in pray.points] == [
        ("With thanksgiving", ["Philippians 4:6"]),
        ("Peace that guards the heart", ["Philippians 4:7"]),
    ]
    assert labels(think) == ["Philippians 4:8–9"]
    assert [(p.text, labels(p)) for p in think.points] == [
        ("Whatever is true, whatever is honourable", ["Philippians 4:8", "Colossians 3:2"])
    ]
    assert outline.conclusion is not None
    assert (outline.conclusion.text, labels(outline.conclusion)) == (
        "The God of peace will be with you",
        ["Philippians 4:9"],
    )


# -- every shape: nothing left over, every passage shown, the same deck both ways --------------


@pytest.mark.parametrize("source", EVERY_SHAPE, indirect=True)
def test_no_label_reference_or_separator_is_left_in_slide_text(source: Path):
    outline = import_source(source).outline
    leftovers = [w for w in slide_words(outline) if LEFTOVER.search(w)]
    assert leftovers == []


@pytest.mark.parametrize("source", EVERY_SHAPE, indirect=True)
def test_every_line_is_accounted_for(source: Path):
    result = import_source(source)
    assert (result.unplaced, result.unresolved, result.warnings) == ((), (), ())
    sections, points, passages = result.counts
    assert sections == len(result.outline.sections) >= 3
    assert passages >= len(cited(result.outline))


@pytest.mark.parametrize("source", EVERY_SHAPE, indirect=True)
def test_imported_yaml_builds_the_same_deck_as_the_file(source: Path, tmp_path: Path):
    yaml_path = tmp_path / "imported.yaml"
    yaml_path.write_text(import_source(source).yaml_text, encoding="utf-8")
    direct, via_yaml = prepare(source).plan(), prepare(yaml_path).plan()

    def seen(slide):  # what the congregation and the preacher see
        return (slide.kind, slide.title, tuple(b.text for b in slide.blocks), slide.notes)

    assert [seen(s) for s in direct.slides] == [seen(s) for s in via_yaml.slides]
    verse_titles = [s.title for s in direct.slides if s.kind == "verse"]
    outline = prepare(source).outline
    shown = cited(outline) - (set() if outline.read_passage else set(labels(outline)))
    for label in shown:
        assert any(title.startswith(label) for title in verse_titles), label


# -- the account on the command line ------------------------------------------------------------


def test_import_reports_counts_and_strict_fails_on_an_unresolved_reference(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
):
    good = tmp_path / "good.yaml"
    code, out, err = run(capsys, "import", str(IMPORT / "father-who-runs.txt"), "-o", str(good))
    assert code == 0 and f"wrote {good}" in out
    assert "5 sections, 11 points, 17 passages" in err

    # No passage anywhere: "(v. 7)" has nothing to be read against.
    vague = tmp_path / "vague.txt"
    vague.write_text("Thorns\n\nI. The thorn (v. 7)\nII. The grace (vv. 8-9)\n", encoding="utf-8")
    code, _, err = run(capsys, "import", str(vague), "-o", str(tmp_path / "v.yaml"), "--strict")
    assert code == 1
    assert "2 references not resolved" in err
    assert "line 3: 'v. 7' needs a passage to be read against" in err
    code, _, _ = run(capsys, "import", str(vague), "-o", str(tmp_path / "w.yaml"))
    assert code == 0  # without --strict the account is a report, not a failure


def test_a_shape_that_looks_wrong_is_named(tmp_path: Path):
    # Every point typed flush left under unmarked headings: each line became a heading.
    path = tmp_path / "flat.txt"
    lines = ["Flat", "John 15:1-11", ""] + [f"{n}. Line number {n}" for n in range(1, 9)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = import_source(path)
    assert result.warnings == (
        "8 sections and no points: every line became a heading; indent the points under "
        "their heading or mark them (A., 1., -)",
    )


def test_a_passage_in_the_line_under_a_markdown_title_is_the_sermons_text(tmp_path: Path) -> None:
    source = tmp_path / "shepherd.md"
    source.write_text(
        "# The Lord Is My Shepherd\n*Psalm 23 — a sermon for Advent*\n\n"
        "## 1. The shepherd provides (vv. 1-3)\n- He restores my soul\n\n"
        "## 2. The shepherd protects (v. 4)\n- His rod and staff comfort me\n",
        encoding="utf-8",
    )
    outline = load_outline(source, [], text=import_source(source).yaml_text)
    assert str(outline.citations[0].passage) == "Psalm 23"
    assert outline.subtitle == "a sermon for Advent"
    assert [s.heading for s in outline.sections] == [
        "The shepherd provides",
        "The shepherd protects",
    ]
    assert [str(s.citations[0].passage) for s in outline.sections] == [
        "Psalm 23:1–3",
        "Psalm 23:4",
    ]
