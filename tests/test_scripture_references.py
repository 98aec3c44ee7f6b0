"""Bible references read exactly, or refused with a message a pastor understands."""

from __future__ import annotations

import pytest

from slidegen.errors import ScriptureError
from slidegen.model import Passage
from slidegen.scripture import FoundReference, find_references, parse_references
from slidegen.scripture.books import BOOK_NAMES, find_book, get_book

EXODUS_32 = "Exodus 32:7–14"


def labels(text: str, context: Passage | str | None = None) -> list[str]:
    return [str(p) for p in parse_references(text, context)]


# (what a user typed, its label). Every book's abbreviations, as people write them.
ABBREVIATIONS = [
    ("Gen 1:1", "Genesis 1:1"),
    ("Gn 1:1", "Genesis 1:1"),
    ("Ge 1:1", "Genesis 1:1"),
    ("gen. 1:1", "Genesis 1:1"),
    ("Ex 20:2", "Exodus 20:2"),
    ("Exo 20:2", "Exodus 20:2"),
    ("Exod 20:2", "Exodus 20:2"),
    ("Exod. 20:2", "Exodus 20:2"),
    ("ex. 20:2", "Exodus 20:2"),
    ("Lev 19:18", "Leviticus 19:18"),
    ("Lv 19:18", "Leviticus 19:18"),
    ("Num 6:24-26", "Numbers 6:24–26"),
    ("Nu 6:24", "Numbers 6:24"),
    ("Deut 6:4", "Deuteronomy 6:4"),
    ("Dt 6:4", "Deuteronomy 6:4"),
    ("Josh 1:9", "Joshua 1:9"),
    ("Judg 6:12", "Judges 6:12"),
    ("Jdg 6:12", "Judges 6:12"),
    ("Ruth 1:16", "Ruth 1:16"),
    ("1 Sam 17:45", "1 Samuel 17:45"),
    ("1Sam 17:45", "1 Samuel 17:45"),
    ("I Samuel 3:10", "1 Samuel 3:10"),
    ("2 Sam 7:12", "2 Samuel 7:12"),
    ("II Sam. 7:12", "2 Samuel 7:12"),
    ("1 Kgs 19:12", "1 Kings 19:12"),
    ("1 Ki 19:12", "1 Kings 19:12"),
    ("II Kings 2:11", "2 Kings 2:11"),
    ("2Kgs 2:11", "2 Kings 2:11"),
    ("1 Chron 29:11", "1 Chronicles 29:11"),
    ("1 Chr 29:11", "1 Chronicles 29:11"),
    ("2 Chr 7:14", "2 Chronicles 7:14"),
    ("Second Chronicles 7:14", "2 Chronicles 7:14"),
    ("Ezr 7:10", "Ezra 7:10"),
    ("Neh 8:10", "Nehemiah 8:10"),
    ("Esth 4:14", "Esther 4:14"),
    ("Est 4:14", "Esther 4:14"),
    ("Job 19:25", "Job 19:25"),
    ("Ps 23", "Psalm 23"),
    ("Ps. 119:105", "Psalm 119:105"),
    ("Psa 23:1", "Psalm 23:1"),
    ("Pss 1-2", "Psalms 1–2"),
    ("Psalm 23", "Psalm 23"),
    ("Psalms 23", "Psalm 23"),
    ("Prov 3:5-6", "Proverbs 3:5–6"),
    ("Pr 3:5", "Proverbs 3:5"),
    ("Eccl 3:1", "Ecclesiastes 3:1"),
    ("Ecc 3:1", "Ecclesiastes 3:1"),
    ("Song 2:4", "Song of Solomon 2:4"),
    ("Song of Songs 2:4", "Song of Solomon 2:4"),
    ("Song of Solomon 2:4", "Song of Solomon 2:4"),
    ("SoS 2:4", "Song of Solomon 2:4"),
    ("Isa 53:5", "Isaiah 53:5"),
    ("Is 40:31", "Isaiah 40:31"),
    ("Jer 29:11", "Jeremiah 29:11"),
    ("Lam 3:22-23", "Lamentations 3:22–23"),
    ("Ezek 37:1-14", "Ezekiel 37:1–14"),
    ("Ezk 37:1", "Ezekiel 37:1"),
    ("Dan 3:17", "Daniel 3:17"),
    ("Hos 11:1", "Hosea 11:1"),
    ("Joel 2:28", "Joel 2:28"),
    ("Amos 5:24", "Amos 5:24"),
    ("Am 5:24", "Amos 5:24"),
    ("Obad 15", "Obadiah 15"),
    ("Ob 1:15", "Obadiah 15"),
    ("Jon 2:9", "Jonah 2:9"),
    ("Mic 6:8", "Micah 6:8"),
    ("Nah 1:7", "Nahum 1:7"),
    ("Hab 2:4", "Habakkuk 2:4"),
    ("Zeph 3:17", "Zephaniah 3:17"),
    ("Hag 2:9", "Haggai 2:9"),
    ("Zech 9:9", "Zechariah 9:9"),
    ("Mal 3:10", "Malachi 3:10"),
    ("Matt 5:3-12", "Matthew 5:3–12"),
    ("Mt 28:19", "Matthew 28:19"),
    ("Mk 1:1", "Mark 1:1"),
    ("Mrk 1:1", "Mark 1:1"),
    ("Lk 2:11", "Luke 2:11"),
    ("Luk 2:11", "Luke 2:11"),
    ("Jn 3:16", "John 3:16"),
    ("Jhn 3:16", "John 3:16"),
    ("Acts 3:22", "Acts 3:22"),
    ("Rom 12:1–2", "Romans 12:1–2"),
    ("Ro 8:28", "Romans 8:28"),
    ("1 Cor. 13:4-7", "1 Corinthians 13:4–7"),
    ("1Co 13:4", "1 Corinthians 13:4"),
    ("I Cor 13:4", "1 Corinthians 13:4"),
    ("2 Cor 5:17", "2 Corinthians 5:17"),
    ("Gal 5:22-23", "Galatians 5:22–23"),
    ("Eph 2:8-9", "Ephesians 2:8–9"),
    ("Phil 4:13", "Philippians 4:13"),
    ("Php 4:13", "Philippians 4:13"),
    ("Col 3:23", "Colossians 3:23"),
    ("1 Thess 5:16-18", "1 Thessalonians 5:16–18"),
    ("1Th 5:17", "1 Thessalonians 5:17"),
    ("1 Thes. 1:6", "1 Thessalonians 1:6"),
    ("2 Thess 3:3", "2 Thessalonians 3:3"),
    ("1 Tim 4:12", "1 Timothy 4:12"),
    ("2 Tim 3:16", "2 Timothy 3:16"),
    ("Tit 2:11", "Titus 2:11"),
    ("Phlm 6", "Philemon 6"),
    ("Philem 4-7", "Philemon 4–7"),
    ("Phm 1:6", "Philemon 6"),
    ("Heb 11", "Hebrews 11"),
    ("Heb 11:1", "Hebrews 11:1"),
    ("Jas 1:2", "James 1:2"),
    ("1 Pet 5:7", "1 Peter 5:7"),
    ("1 Pt 5:7", "1 Peter 5:7"),
    ("2 Pet 3:9", "2 Peter 3:9"),
    ("1 Jn 1:9", "1 John 1:9"),
    ("I John 4:8", "1 John 4:8"),
    ("1st John 4:8", "1 John 4:8"),
    ("First John 4:8", "1 John 4:8"),
    ("2 John 6", "2 John 6"),
    ("3 John 4", "3 John 4"),
    ("III John 4", "3 John 4"),
    ("Jude 24-25", "Jude 24–25"),
    ("Rev 21:1-4", "Revelation 21:1–4"),
    ("Revelations 21:4", "Revelation 21:4"),
    ("Rv 3:20", "Revelation 3:20"),
]

# (input, context, expected labels): the shapes of references.
FORMS = [
    # ranges and dashes
    ("Exodus 32:7-14", None, ["Exodus 32:7–14"]),
    ("Exodus 32:7–14", None, ["Exodus 32:7–14"]),
    ("Exodus 32:7—14", None, ["Exodus 32:7–14"]),
    ("Exodus 32:7 to 14", None, ["Exodus 32:7–14"]),
    ("Exodus 32:7 - 14", None, ["Exodus 32:7–14"]),
    ("Exodus 32:7--14", None, ["Exodus 32:7–14"]),
    ("Genesis 1:26–2:3", None, ["Genesis 1:26–2:3"]),
    ("Genesis 1:26-2:3", None, ["Genesis 1:26–2:3"]),
    ("Genesis 1–2:3", None, ["Genesis 1:1–2:3"]),
    ("Psalms 1-2", None, ["Psalms 1–2"]),
    ("Psalm 1 to 2", None, ["Psalms 1–2"]),
    ("Psalm 23", None, ["Psalm 23"]),
    ("Isaiah 52:13-53:12", None, ["Isaiah 52:13–53:12"]),
    ("Psalms 23:1–24:2", None, ["Psalms 23:1–24:2"]),
    # partial verses
    ("Exodus 34:6–7a", None, ["Exodus 34:6–7a"]),
    ("Exodus 34:6b-7", None, ["Exodus 34:6b–7"]),
    ("Exodus 34:6a", None, ["Exodus 34:6a"]),
    ("Exodus 34:6A", None, ["Exodus 34:6a"]),
    ("Exodus 32:12a-12b", None, ["Exodus 32:12a–b"]),
    ("Genesis 1:26b–2:3a", None, ["Genesis 1:26b–2:3a"]),
    ("Mark 1:1c", None, ["Mark 1:1c"]),
    # single-chapter books
    ("Jude 3", None, ["Jude 3"]),
    ("Jude 1:3", None, ["Jude 3"]),
    ("Jude 1", None, ["Jude 1"]),
    ("Jude", None, ["Jude"]),
    ("Jude 24–25", None, ["Jude 24–25"]),
    ("Philemon 4-7", None, ["Philemon 4–7"]),
    ("Philemon", None, ["Philemon"]),
    ("Obadiah 1:1-4", None, ["Obadiah 1–4"]),
    ("2 John 1:12", None, ["2 John 12"]),
    ("3 John", None, ["3 John"]),
    ("Jude v. 3", None, ["Jude 3"]),
    ("Jude 3a", None, ["Jude 3a"]),
    # lists
    ("Romans 8:28-39; 12:1-2", None, ["Romans 8:28–39", "Romans 12:1–2"]),
    ("John 3:16, 18", None, ["John 3:16", "John 3:18"]),
    ("John 3:16,18", None, ["John 3:16", "John 3:18"]),
    ("Gen 1:1; 2:3", None, ["Genesis 1:1", "Genesis 2:3"]),
    ("Romans 8:28; 12", None, ["Romans 8:28", "Romans 12"]),
    ("Psalm 23, 24", None, ["Psalm 23", "Psalm 24"]),
    ("Psalm 23; 24", None, ["Psalm 23", "Psalm 24"]),
    ("John 3:16; Romans 5:8", None, ["John 3:16", "Romans 5:8"]),
    ("John 3:16, Romans 5:8, 10", None, ["John 3:16", "Romans 5:8", "Romans 5:10"]),
    ("Exodus 32:7-10, 11-14", None, ["Exodus 32:7–10", "Exodus 32:11–14"]),
    ("Exodus 32:7–14, 30–35", None, ["Exodus 32:7–14", "Exodus 32:30–35"]),
    ("Genesis 1:26–2:3, 4", None, ["Genesis 1:26–2:3", "Genesis 2:4"]),
    ("Jude 3, 20-21", None, ["Jude 3", "Jude 20–21"]),
    ("Jude 3; 20", None, ["Jude 3", "Jude 20"]),
    ("Psalm 1; 2 Kings 2:11", None, ["Psalm 1", "2 Kings 2:11"]),
    ("Psalm 23, 2 Kings 2:11", None, ["Psalm 23", "2 Kings 2:11"]),
    ("Exodus 32:7, 8, 9", None, ["Exodus 32:7", "Exodus 32:8", "Exodus 32:9"]),
    ("Matthew 5:3; 6:9-13; 7:7", None, ["Matthew 5:3", "Matthew 6:9–13", "Matthew 7:7"]),
    # verse markers after a chapter
    ("John 3 v 16", None, ["John 3:16"]),
    ("John 3 vv 16-18", None, ["John 3:16–18"]),
    ("John 3 vv. 16–18", None, ["John 3:16–18"]),
    ("John 3, verses 16-18", None, ["John 3:16–18"]),
    ("John 3 verse 16", None, ["John 3:16"]),
    # spacing, case, punctuation
    ("john 3:16", None, ["John 3:16"]),
    ("JOHN 3:16", None, ["John 3:16"]),
    ("  John   3:16  ", None, ["John 3:16"]),
    ("John 3 : 16", None, ["John 3:16"]),
    ("John3:16", None, ["John 3:16"]),
    ("Jn.3:16", None, ["John 3:16"]),
    ("John 3.16", None, ["John 3:16"]),
    ("John 3:16-17,", None, ["John 3:16–17"]),
    ("John 3:16.", None, ["John 3:16"]),
    ("John 3:16;", None, ["John 3:16"]),
    ("(John 3:16)", None, ["John 3:16"]),
    ("[John 3:16]", None, ["John 3:16"]),
    ("1 corinthians 13", None, ["1 Corinthians 13"]),
    ("1\u00a0Corinthians\u00a013:4", None, ["1 Corinthians 13:4"]),
    ("song of songs 8:6", None, ["Song of Solomon 8:6"]),
    ("rev 22:20-21", None, ["Revelation 22:20–21"]),
    ("Exodus 32:12-12", None, ["Exodus 32:12"]),
    ("Genesis 50:26", None, ["Genesis 50:26"]),
    ("Psalm 119:176", None, ["Psalm 119:176"]),
    ("Psalm 117", None, ["Psalm 117"]),
    ("Psalm 150", None, ["Psalm 150"]),
    ("Revelation 22:21", None, ["Revelation 22:21"]),
    ("Malachi 4:6", None, ["Malachi 4:6"]),
    ("3 John 14", None, ["3 John 14"]),
    ("Esther 8:9", None, ["Esther 8:9"]),
]

# The Exodus 32 sermon, with its relative references.
SERMON = [
    ("Exodus 32:7–14", None, ["Exodus 32:7–14"]),
    ("32:15–35", EXODUS_32, ["Exodus 32:15–35"]),
    ("(7–10)", EXODUS_32, ["Exodus 32:7–10"]),
    ("(11–14)", EXODUS_32, ["Exodus 32:11–14"]),
    ("(11)", EXODUS_32, ["Exodus 32:11"]),
    ("11", EXODUS_32, ["Exodus 32:11"]),
    ("(12a)", EXODUS_32, ["Exodus 32:12a"]),
    ("(12b)", EXODUS_32, ["Exodus 32:12b"]),
    ("12b", EXODUS_32, ["Exodus 32:12b"]),
    ("(13)", EXODUS_32, ["Exodus 32:13"]),
    ("(15–30)", EXODUS_32, ["Exodus 32:15–30"]),
    ("(19–20)", EXODUS_32, ["Exodus 32:19–20"]),
    ("(21–24)", EXODUS_32, ["Exodus 32:21–24"]),
    ("(25–29)", EXODUS_32, ["Exodus 32:25–29"]),
    ("(30–35)", EXODUS_32, ["Exodus 32:30–35"]),
    ("(33)", EXODUS_32, ["Exodus 32:33"]),
    ("verse 32", EXODUS_32, ["Exodus 32:32"]),
    ("v 30", EXODUS_32, ["Exodus 32:30"]),
    ("v. 30", EXODUS_32, ["Exodus 32:30"]),
    ("vv. 8–9a", EXODUS_32, ["Exodus 32:8–9a"]),
    ("vv 8-9", EXODUS_32, ["Exodus 32:8–9"]),
    ("verses 1-3", EXODUS_32, ["Exodus 32:1–3"]),
    ("1 to 3", EXODUS_32, ["Exodus 32:1–3"]),
    ("(11, 13)", EXODUS_32, ["Exodus 32:11", "Exodus 32:13"]),
    ("11; 13", EXODUS_32, ["Exodus 32:11", "Exodus 32:13"]),
    ("33:1-3", EXODUS_32, ["Exodus 33:1–3"]),
    ("Exodus 20:2", EXODUS_32, ["Exodus 20:2"]),
    ("Exodus 34:6–7a", None, ["Exodus 34:6–7a"]),
    ("Deuteronomy 18:15", None, ["Deuteronomy 18:15"]),
    ("Acts 3:22", None, ["Acts 3:22"]),
    ("Hebrews 7:25", None, ["Hebrews 7:25"]),
    ("1 Thessalonians 1:6", None, ["1 Thessalonians 1:6"]),
    # other contexts
    ("(4)", "Psalm 23", ["Psalm 23:4"]),
    ("(2)", "Genesis 1:26–2:3", ["Genesis 2:2"]),
    ("(28)", "Genesis 1:26–2:3", ["Genesis 1:28"]),
    ("(5)", "Jude", ["Jude 5"]),
    ("v 5", "Philemon 4-7", ["Philemon 5"]),
    ("12:1-2", "Romans 8:28", ["Romans 12:1–2"]),
]


@pytest.mark.parametrize(("text", "label"), ABBREVIATIONS)
def test_abbreviation_is_read_as_its_book(text: str, label: str) -> None:
    assert labels(text) == [label]


@pytest.mark.parametrize(("text", "context", "expected"), FORMS + SERMON)
def test_reference_reads_as_labels(text: str, context: str | None, expected: list[str]) -> None:
    assert labels(text, context) == expected


@pytest.mark.parametrize("name", BOOK_NAMES)
def test_every_book_is_read_by_its_canonical_name(name: str) -> None:
    book = get_book(name)
    last_chapter = book.chapters
    passage = parse_references(f"{name} {last_chapter}:{book.verses(last_chapter)}")[0]
    assert (passage.book, passage.end_chapter) == (name, last_chapter)


@pytest.mark.parametrize("name", BOOK_NAMES)
def test_every_book_is_read_in_lower_case_without_spaces(name: str) -> None:
    assert find_book(name.lower().replace(" ", "")) is get_book(name)


# (input, context, exact passage fields): the numbers behind the labels.
TUPLES = [
    ("Psalm 23", None, Passage("Psalms", 23, 1, 23, 6, whole_chapters=True)),
    ("Psalms 1-2", None, Passage("Psalms", 1, 1, 2, 12, whole_chapters=True)),
    ("Jude", None, Passage("Jude", 1, 1, 1, 25, whole_chapters=True)),
    ("Jude 3", None, Passage("Jude", 1, 3, 1, 3)),
    ("Exodus 34:6–7a", None, Passage("Exodus", 34, 6, 34, 7, "", "a")),
    ("(12a)", EXODUS_32, Passage("Exodus", 32, 12, 32, 12, "a", "a")),
    ("Genesis 1:26–2:3", None, Passage("Genesis", 1, 26, 2, 3)),
    ("Genesis 1-2:3", None, Passage("Genesis", 1, 1, 2, 3)),
    ("Heb 11", None, Passage("Hebrews", 11, 1, 11, 40, whole_chapters=True)),
    ("John 3", None, Passage("John", 3, 1, 3, 36, whole_chapters=True)),
    ("Exodus 32", None, Passage("Exodus", 32, 1, 32, 35, whole_chapters=True)),
    ("Psalm 119", None, Passage("Psalms", 119, 1, 119, 176, whole_chapters=True)),
    ("Obadiah", None, Passage("Obadiah", 1, 1, 1, 21, whole_chapters=True)),
    ("Psalm 23:1–6", None, Passage("Psalms", 23, 1, 23, 6)),
]


@pytest.mark.parametrize(("text", "context", "expected"), TUPLES)
def test_reference_has_exact_numbers(text: str, context: str | None, expected: Passage) -> None:
    assert parse_references(text, context) == [expected]


def test_context_may_be_a_passage() -> None:
    context = Passage("Exodus", 32, 7, 32, 14)
    assert parse_references("(11)", context) == [Passage("Exodus", 32, 11, 32, 11)]


# (input, context, a substring the error message must contain).
ERRORS = [
    ("", None, "empty"),
    ("   ", None, "empty"),
    ("()", None, "empty"),
    (";", None, "empty"),
    ("Exodus 50:1", None, "Exodus has 40 chapters"),
    ("Exodus 41", None, "Exodus has 40 chapters"),
    ("Psalm 151", None, "Psalms has 150 chapters"),
    ("Psalms 150-151", None, "Psalms has 150 chapters"),
    ("John 3:37", None, "John 3 has 36 verses"),
    ("John 3:16-37", None, "John 3 has 36 verses"),
    ("John 3:16–4:55", None, "John 4 has 54 verses"),
    ("Genesis 1:32", None, "Genesis 1 has 31 verses"),
    ("Jude 26", None, "Jude has 25 verses"),
    ("Jude 2:1", None, "Jude has only 1 chapter"),
    ("Philemon 26", None, "Philemon has 25 verses"),
    ("Obadiah 22", None, "Obadiah has 21 verses"),
    ("John 0:1", None, "chapters start at 1"),
    ("John 3:0", None, "verses start at 1"),
    ("John 0", None, "chapters start at 1"),
    ("John 99999999999999999999", None, "John has 21 chapters"),
    ("John 3:99999999999999999999", None, "John 3 has 36 verses"),
    # A king, not a book: no suggestion is close enough to be more than a guess.
    ("Hezekiah 3:1", None, "unknown book 'Hezekiah' (slidegen knows the 66 books"),
    ("Genisis 1:1", None, "did you mean Genesis"),
    ("Exodas 20:2", None, "did you mean Exodus"),
    ("Revalation 3:20", None, "did you mean Revelation"),
    ("Phillipians 4:13", None, "did you mean Philippians"),
    ("Qwxz 1:1", None, "unknown book 'Qwxz'"),
    ("1 Hezekiah 2", None, "unknown book '1 Hezekiah'"),
    ("4 John 1", None, "needs a book name"),
    ("Maccabees 1:1", None, "not one of the 66 books slidegen covers"),
    ("Exodus 32:14–7", None, "'Exodus 32:14–7' runs backwards"),
    ("Exodus 32:14-7", None, "runs backwards"),
    ("Genesis 2:3–1:26", None, "runs backwards"),
    ("Psalms 2-1", None, "runs backwards"),
    ("Exodus 32:12b-12a", None, "runs backwards"),
    ("Jude 5-3", None, "runs backwards"),
    ("11", None, "'11' needs a book name"),
    ("(11)", None, "'11' needs a book name"),
    ("32:15–35", None, "needs a book name"),
    ("v 30", None, "needs a book name"),
    ("verse 32", None, "needs a book name"),
    ("Romans", None, "'Romans' needs a chapter"),
    ("John v 16", None, "needs a chapter"),
    ("Psalm 23a", None, "part of a verse"),
    ("Psalms 1-2a", None, "part of a verse"),
    ("John 3:16-", None, "could not read"),
    ("John 3:16-17 foo", None, "could not read 'foo'"),
    ("John 3:16 and more", None, "could not read"),
    ("John 3:16d", None, "could not read"),
    ("John 3:", None, "could not read"),
    ("John :16", None, "could not read ':16'"),
    ("John 3:16;; 17", None, "could not read"),
    ("junk!!", None, "unknown book 'junk'"),
    ("!!!", None, "empty"),
    ("3:16", None, "needs a book name"),
    ("12c-", EXODUS_32, "could not read"),
    ("v", EXODUS_32, "unknown book 'v'"),
    ("(40)", EXODUS_32, "Exodus 32 has 35 verses"),
    ("vv. 30–36", EXODUS_32, "Exodus 32 has 35 verses"),
    ("41:1", EXODUS_32, "Exodus has 40 chapters"),
    ("(14-7)", EXODUS_32, "runs backwards"),
    ("Exodus 32:7-14; 50:1", None, "Exodus has 40 chapters"),
    ("Exodus 32:7-14, 36", None, "Exodus 32 has 35 verses"),
    ("John 3:16 John 3:17", None, "could not read"),
    ("John 3:16:17", None, "could not read"),
    ("John 3 16", None, "could not read"),
    ("1 2 3", None, "needs a book name"),
    ("Song of 2:4", None, "could not read"),
    ("Jude 3 vv", None, "could not read"),
]


@pytest.mark.parametrize(("text", "context", "message"), ERRORS)
def test_invalid_reference_is_refused_with_a_clear_message(
    text: str, context: str | None, message: str
) -> None:
    with pytest.raises(ScriptureError) as caught:
        parse_references(text, context)
    assert message in str(caught.value)


def test_invalid_context_string_is_a_scripture_error() -> None:
    with pytest.raises(ScriptureError, match="unknown book"):
        parse_references("11", "Hezekiah 3")


# -- finding references in prose ---------------------------------------------------------------

SERMON_PROSE = (
    "Moses pleads (11) for the people, first for God's name (12a), then his anger (12b). "
    "The calf is burned (19–20) and 3,000 were killed. This is the most probable explanation "
    "of verse 32, since it fits with the idea of making atonement (v 30). Christ lives to "
    "intercede (cf. Hebrews 7:25). God had said (Exodus 20:2), and a prophet like Moses "
    "(Deuteronomy 18:15) was promised. In 1977 there were 12 of them (Exodus 50:1 is no verse)."
)


def found(prose: str, context: Passage | str | None = None) -> list[tuple[str, str]]:
    return [(str(f.passage), prose[f.start : f.end]) for f in find_references(prose, context)]


def test_sermon_prose_yields_its_references_with_spans() -> None:
    assert found(SERMON_PROSE, EXODUS_32) == [
        ("Exodus 32:11", "11"),
        ("Exodus 32:12a", "12a"),
        ("Exodus 32:12b", "12b"),
        ("Exodus 32:19–20", "19–20"),
        ("Exodus 32:32", "verse 32"),
        ("Exodus 32:30", "v 30"),
        ("Hebrews 7:25", "Hebrews 7:25"),
        ("Exodus 20:2", "Exodus 20:2"),
        ("Deuteronomy 18:15", "Deuteronomy 18:15"),
    ]


def test_without_context_only_named_books_are_found() -> None:
    assert [label for label, _ in found(SERMON_PROSE)] == [
        "Hebrews 7:25",
        "Exodus 20:2",
        "Deuteronomy 18:15",
    ]


PROSE_CASES = [
    ("3,000 were killed that day", EXODUS_32, []),
    ("Exodus 32:28 says 3,000 were killed", None, [("Exodus 32:28", "Exodus 32:28")]),
    ("see Exodus 32:7, 3,000 men", None, [("Exodus 32:7", "Exodus 32:7")]),
    ("he was 12 years old (and tall)", EXODUS_32, []),
    ("there were (12 tribes)", EXODUS_32, []),
    ("in (1998) it rained", EXODUS_32, []),
    (
        "Read Romans 8:28-39; 12:1-2 tonight.",
        None,
        [
            ("Romans 8:28–39", "Romans 8:28-39"),
            ("Romans 12:1–2", "12:1-2"),
        ],
    ),
    ("As John 3:16, 18 says", None, [("John 3:16", "John 3:16"), ("John 3:18", "18")]),
    ("Psalm 23 — the shepherd", None, [("Psalm 23", "Psalm 23")]),
    ("Exodus 32:7–14—the intercession", None, [("Exodus 32:7–14", "Exodus 32:7–14")]),
    ("in 1 John 4:8 God is love", None, [("1 John 4:8", "1 John 4:8")]),
    ("in 1 John 6:1 nothing", None, []),
    ("I am 3 years old", None, []),
    ("it is 5 miles", None, []),
    ("for ex 3 people", None, []),
    ("chapter 3 verse 4", None, []),
    ("Figure 3 shows", None, []),
    ("the Book of Exodus 3 tells", None, [("Exodus 3", "Exodus 3")]),
    ("Hezekiah 3:4 is no book", None, []),
    ("Exodus 50:1 is no verse", None, []),
    ("Jude 3 urges us", None, [("Jude 3", "Jude 3")]),
    (
        "(v. 30; cf. vv 31-32)",
        EXODUS_32,
        [("Exodus 32:30", "v. 30"), ("Exodus 32:31–32", "vv 31-32")],
    ),
    ("(11–14) then (15)", EXODUS_32, [("Exodus 32:11–14", "11–14"), ("Exodus 32:15", "15")]),
    ("( 11 )", EXODUS_32, [("Exodus 32:11", "11")]),
    ("(11, 13)", EXODUS_32, [("Exodus 32:11", "11"), ("Exodus 32:13", "13")]),
    ("(32:15–35)", EXODUS_32, [("Exodus 32:15–35", "32:15–35")]),
    ("verse 32", None, []),
    ("Exodus 20s", None, []),
    ("Is 40:31", None, [("Isaiah 40:31", "Is 40:31")]),
    ("", EXODUS_32, []),
]


@pytest.mark.parametrize(("prose", "context", "expected"), PROSE_CASES)
def test_find_references_in_prose(
    prose: str, context: str | None, expected: list[tuple[str, str]]
) -> None:
    assert found(prose, context) == expected


def test_found_reference_is_a_frozen_record() -> None:
    result = find_references("See Jn 3:16.")[0]
    assert result == FoundReference(Passage("John", 3, 16, 3, 16), 4, 11, named=True)


# -- labels read back to the same passage ------------------------------------------------------

ROUND_TRIP = [text for text, _ in ABBREVIATIONS] + [text for text, c, _ in FORMS if c is None]


@pytest.mark.parametrize("text", ROUND_TRIP)
def test_label_reads_back_to_the_same_passages(text: str) -> None:
    passages = parse_references(text)
    for passage in passages:
        assert parse_references(str(passage)) == [passage]


def test_context_passage_with_unknown_book_is_a_scripture_error() -> None:
    with pytest.raises(ScriptureError, match="unknown book 'Hezekiah'"):
        parse_references("11", Passage("Hezekiah", 1, 1, 1, 1))


@pytest.mark.parametrize(
    ("prose", "found"),
    [
        ("Psalm 23 — a sermon for Advent", ["Psalm 23"]),
        ("John 3:16 - a verse everyone knows", ["John 3:16"]),
        ("Isaiah 40:31b–c in the prose", ["Isaiah 40:31b–c"]),
    ],
)
def test_a_dash_and_a_word_after_a_reference_is_not_a_verse_part(
    prose: str, found: list[str]
) -> None:
    assert [str(r.passage) for r in find_references(prose)] == found


@pytest.mark.parametrize("text", ["1&", "John 3:16 &", "Romans 8:28 and", "32:7 y"])
def test_a_list_word_with_nothing_after_it_is_a_clear_error(text: str) -> None:
    # Found by the property test: a trailing "&" once raised IndexError, a crash, not a message.
    with pytest.raises(ScriptureError, match="could not read"):
        parse_references(text, Passage("Exodus", 32, 7, 32, 14))
