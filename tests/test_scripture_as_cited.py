"""Scripture exactly as cited: partial verses, each translation's own numbering, no silent
guesses, the forms preachers write, and messages that say what the translation has."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidegen.build import build_deck
from slidegen.errors import ScriptureError, SlidegenError
from slidegen.model import Passage
from slidegen.scripture import find_references, parse_references
from slidegen.scripture.text import scripture

from .cli_support import one_line, run
from .conftest import read_deck


def text_of(reference: str, translation: str = "WEB") -> str:
    (passage,) = parse_references(reference)
    return " ".join(v.text for v in scripture(passage, translation).verses)


def refusal(reference: str, translation: str = "WEB", context: str | None = None) -> str:
    with pytest.raises(ScriptureError) as caught:
        for passage in parse_references(reference, context):
            scripture(passage, translation)
    return str(caught.value)


# -- partial verses ----------------------------------------------------------------------------


def test_psalm_23_1a_and_1b_are_the_two_halves_of_the_verse() -> None:
    assert text_of("Ps 23:1a") == "Yahweh is my shepherd:"
    assert text_of("Ps 23:1b") == "I shall lack nothing."
    assert text_of("Psalm 23:1a", "KJV") == "The LORD is my shepherd;"


def test_a_and_b_together_are_the_whole_verse_in_every_translation() -> None:
    for code in ("WEB", "KJV"):
        for reference in ("John 3:16", "Exodus 32:12", "Romans 6:23", "Isaiah 40:31"):
            whole = text_of(reference, code)
            assert f"{text_of(reference + 'a', code)} {text_of(reference + 'b', code)}" == whole


def test_john_3_16a_ends_at_a_clause_break() -> None:
    assert text_of("John 3:16a") == (
        "For God so loved the world, that he gave his one and only Son,"
    )


def test_a_range_ending_in_a_partial_verse_cuts_only_its_last_verse() -> None:
    verses = scripture(parse_references("Exodus 34:6–7a")[0]).verses
    assert verses[0].text == text_of("Exodus 34:6")
    assert (
        verses[1].text
        == "keeping lovingkindness for thousands, forgiving iniquity and disobedience and sin;"
    )


def test_c_divides_the_verse_in_three() -> None:
    whole = text_of("Isaiah 40:31")
    c = text_of("Isaiah 40:31c")
    b_to_c = text_of("Isaiah 40:31b–c")
    assert c == "they shall run, and not be weary; they shall walk, and not faint."
    assert b_to_c == "they shall mount up with wings as eagles; " + c
    assert whole == "but those who wait for Yahweh shall renew their strength; " + b_to_c
    # Without a c, the letters are halves: 31a and 31b.
    assert text_of("Isaiah 40:31a").endswith("they shall mount up with wings as eagles;")


def test_a_verse_with_no_clause_break_is_not_divided_silently() -> None:
    message = refusal("John 11:35a")
    assert "John 11:35 has no clause break" in message and "cite the whole verse" in message


def test_the_label_keeps_the_letter() -> None:
    assert scripture(parse_references("Ps 23:1b")[0]).label == "Psalm 23:1b (WEB)"


def test_verses_command_prints_the_part(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "verses", "Ps 23:1a")
    assert code == 0
    assert out.splitlines() == ["Psalm 23:1a (WEB)", "[1] Yahweh is my shepherd:"]


def test_slides_and_notes_show_the_same_part(tmp_path: Path) -> None:
    outline = tmp_path / "shepherd.yaml"
    outline.write_text(
        "title: The Shepherd\n"
        "passage: Psalm 23\n"
        "read_passage: false\n"
        "sections:\n"
        "  - heading: Provision\n"
        "    points:\n"
        "      - text: He leads\n"
        '        passage: "1a"\n'
        "      - text: We lack nothing\n"
        '        passage: "1b"\n'
    )
    slides = read_deck(build_deck(outline, tmp_path / "shepherd.pptx").output)
    a = next(s for s in slides if s.title.startswith("Psalm 23:1a"))
    b = next(s for s in slides if s.title.startswith("Psalm 23:1b"))
    assert "Yahweh is my shepherd:" in a.body and "lack nothing" not in a.body
    assert "I shall lack nothing." in b.body and "shepherd" not in b.body
    assert "Yahweh is my shepherd:" in a.notes and "lack nothing" not in a.notes


# -- each translation's own numbering ---------------------------------------------------------


def test_a_whole_chapter_is_the_translations_whole_chapter() -> None:
    web = scripture(parse_references("Romans 14")[0], "WEB").verses
    kjv = scripture(parse_references("Romans 14")[0], "KJV").verses
    assert [v.number for v in web] == list(range(1, 27))
    assert [v.number for v in kjv] == list(range(1, 24))
    assert web[-1].text.startswith("to the only wise God")


def test_a_verse_in_one_numbering_is_read_in_the_translation_that_has_it() -> None:
    assert text_of("Romans 14:24", "WEB").startswith("Now to him who is able to establish you")
    assert text_of("Romans 16:25", "KJV").startswith("Now to him that is of power")


def test_a_passage_across_chapters_runs_to_each_translations_chapter_end() -> None:
    (passage,) = parse_references("Romans 14:20–15:2")
    assert [v.number for v in scripture(passage, "WEB").verses] == [
        20,
        21,
        22,
        23,
        24,
        25,
        26,
        1,
        2,
    ]
    assert [v.number for v in scripture(passage, "KJV").verses] == [20, 21, 22, 23, 1, 2]


def test_a_range_never_silently_loses_its_last_verses() -> None:
    message = refusal("Romans 16:20–27", "WEB")
    assert "in the WEB, Romans 16 has 24 verses" in message
    assert "Romans 16:25–27 is at 14:24–26" in message


def test_the_other_way_round_names_where_the_kjv_has_the_words() -> None:
    assert "Romans 14:24 is at 16:25" in refusal("Romans 14:24", "KJV")


def test_3_john_15_is_the_end_of_verse_14() -> None:
    message = refusal("3 John 15", "WEB")
    assert "3 John has 14 verses" in message and "3 John 15 is the end of 3 John 14" in message


def test_revelation_12_18_is_the_start_of_13_1() -> None:
    assert "Revelation 12:18 is the start of Revelation 13:1" in refusal("Rev 12:18", "KJV")


def test_an_omitted_verse_inside_a_range_is_noted() -> None:
    found = scripture(parse_references("Acts 8:36–38")[0], "WEB")
    assert [v.number for v in found.verses] == [36, 38]
    assert found.omitted == ((8, 37),)
    assert found.omitted_note == "Acts 8:37 is not in the WEB."
    assert found.numbered_text.endswith("\n(Acts 8:37 is not in the WEB.)")


def test_the_kjv_omits_nothing_there() -> None:
    assert scripture(parse_references("Acts 8:36–38")[0], "KJV").omitted == ()


def test_a_placeholder_never_reaches_a_slide() -> None:
    assert "amos" not in text_of("Acts 24:6–8", "WEB")
    assert "Acts 24:7 is not in the WEB" in refusal("Acts 24:7")


def test_verses_command_prints_the_omitted_note(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "verses", "Acts 8:36-38")
    assert code == 0
    assert out.splitlines()[-1] == "(Acts 8:37 is not in the WEB.)"


def test_a_verse_the_translation_leaves_out_names_one_that_has_it() -> None:
    message = refusal("Acts 8:37")
    assert "Acts 8:37 is not in the WEB" in message and "the KJV" in message


def test_the_lookup_error_names_the_file_line_and_column(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outline = tmp_path / "eunuch.yaml"
    outline.write_text(
        "title: The Eunuch\n"
        "passage: Acts 8:26-40\n"
        "sections:\n"
        "  - heading: Believe\n"
        "    points:\n"
        "      - text: With all your heart\n"
        "        passage: Acts 8:37\n"
    )
    code, _, err = run(capsys, "build", str(outline), "-o", str(tmp_path / "e.pptx"))
    assert code == 1
    assert one_line(err).startswith(f"{outline}:7:18: Acts 8:37 is not in the WEB")


# -- no silent guesses -------------------------------------------------------------------------

AMBIGUOUS = [
    ("I Sa 1:1", None, "'I Sa' could be 1 Samuel or Isaiah?"),
    ("Mc 5:2", None, "'Mc' could be Micah or Mark?"),
    ("Hb 1:1", None, "'Hb' could be Habakkuk or Hebrews?"),
    ("30", "John 3–4", "could be John 3:30 or John 4:30?"),
    ("(10)", "Genesis 1:26–2:3", "could be Genesis 1:10 or Genesis 2:10?"),
]


@pytest.mark.parametrize(("text", "context", "message"), AMBIGUOUS)
def test_an_ambiguous_reference_names_both_readings(
    text: str, context: str | None, message: str
) -> None:
    with pytest.raises(ScriptureError) as caught:
        parse_references(text, context)
    assert message in str(caught.value)


def test_unambiguous_spellings_of_the_same_books_still_read() -> None:
    assert [str(p) for p in parse_references("Isa 1:1; 1 Sa 1:1; Mic 5:2; Heb 1:1")] == [
        "Isaiah 1:1",
        "1 Samuel 1:1",
        "Micah 5:2",
        "Hebrews 1:1",
    ]


def test_a_relative_verse_uses_the_real_verse_counts_of_each_chapter() -> None:
    assert parse_references("40", "John 3:22–4:42") == [Passage("John", 4, 40, 4, 40)]
    assert parse_references("54", "John 3–4") == [Passage("John", 4, 54, 4, 54)]
    assert parse_references("20", "John 3:22–4:42") == [Passage("John", 4, 20, 4, 20)]


# -- forms preachers write ---------------------------------------------------------------------

FORMS = [
    ("Psalm 23 and 24", ["Psalm 23", "Psalm 24"]),
    ("Matthew 18:12-14 and Luke 15:3-7", ["Matthew 18:12–14", "Luke 15:3–7"]),
    ("Colossians 1:13-14 and 1:20", ["Colossians 1:13–14", "Colossians 1:20"]),
    ("Acts 2:38 & 41", ["Acts 2:38", "Acts 2:41"]),
    ("John 3:16, 17, and 18", ["John 3:16", "John 3:17", "John 3:18"]),
    ("1 Timothy 1:3-end", ["1 Timothy 1:3–20"]),
    ("Romans 8:18 to the end of the chapter", ["Romans 8:18–39"]),
    ("Romans Chap 10", ["Romans 10"]),
    ("Acts chapter 2 verses 1-4", ["Acts 2:1–4"]),
    ("Psalm 116: Verse 10", ["Psalm 116:10"]),
    ("1John3v21,22", ["1 John 3:21", "1 John 3:22"]),
    ("Acts of the Apostles 10:34", ["Acts 10:34"]),
    ("cf. Hebrews 7:25", ["Hebrews 7:25"]),
    ("See John 3:16", ["John 3:16"]),
    ("St. Luke 2:1-14", ["Luke 2:1–14"]),
    ("Isaiah 58:1-9a, (9b-12)", ["Isaiah 58:1–9a", "Isaiah 58:9b–12"]),
]


@pytest.mark.parametrize(("text", "expected"), FORMS)
def test_forms_preachers_write_are_read(text: str, expected: list[str]) -> None:
    assert [str(p) for p in parse_references(text)] == expected


def test_chap_inside_a_sermon_is_a_chapter_of_its_book() -> None:
    assert [str(p) for p in parse_references("Chap 10", "John 9:1–10:21")] == ["John 10"]


def test_and_that_joins_nothing_is_refused() -> None:
    with pytest.raises(ScriptureError, match="could not read 'and more'"):
        parse_references("John 3:16 and more")


REFUSED = [
    ("Rom 8:28ff", "'ff' (and following) does not say where the passage ends"),
    ("Psalm 23 (KJV)", "translation: KJV"),
    ("Sirach 2:1", "not one of the 66 books slidegen covers"),
    ("Judas 1:1", "slidegen knows the 66 books"),
    ("Psalm 150:7", "Psalm 150 has 6 verses, not 7"),
]


@pytest.mark.parametrize(("text", "message"), REFUSED)
def test_refusals_say_what_to_do(text: str, message: str) -> None:
    with pytest.raises(ScriptureError) as caught:
        parse_references(text)
    assert message in str(caught.value)
    assert "did you mean" not in str(caught.value)


# -- prose ---------------------------------------------------------------------------------------

PROSE = [
    ("Read Ps 121 tonight.", ["Psalm 121"]),
    ("In Mt 5-7 Jesus teaches on the mount.", ["Matthew 5–7"]),
    ("Jn 3 and Lk 15 show the Father's heart.", ["John 3", "Luke 15"]),
    ("Acts 2 and 3 tell of the early church.", ["Acts 2", "Acts 3"]),
    ("Week 2 John 3:16", ["John 3:16"]),
    ("Pastor John 3 years ago said so.", []),
    ("Daniel 3 times a day went to his room.", []),
    ("Psalm 23 and 24 hours later we met.", ["Psalm 23"]),
    ("in 1 John 6:1 nothing", []),  # a wrong reference is not retried as John 6:1
    ("I Am 3 times blessed.", []),
]


@pytest.mark.parametrize(("prose", "expected"), PROSE)
def test_prose_finds_references_as_written(prose: str, expected: list[str]) -> None:
    assert [str(f.passage) for f in find_references(prose)] == expected


def test_a_licensed_translation_without_text_says_how_to_type_it_in(tmp_path: Path) -> None:
    outline = tmp_path / "niv.yaml"
    outline.write_text(
        "title: Love\ntranslation: NIV\npassage: John 3:16\nsections:\n  - heading: God so loved\n"
    )
    with pytest.raises(SlidegenError) as caught:
        build_deck(outline, tmp_path / "niv.pptx")
    assert "licensed translation" in str(caught.value)
    assert "text:" in str(caught.value)
