"""Verse text from real pythonbible translations, cleaned for slides."""

from __future__ import annotations

import pytest

from slidegen.errors import ScriptureError, TranslationError
from slidegen.model import Passage, Verse
from slidegen.scripture import parse_references
from slidegen.scripture.text import available_translations, clean_verse_text, lookup


def text_of(reference: str, translation: str = "WEB") -> str:
    return " ".join(v.text for v in lookup(parse_references(reference)[0], translation))


def test_exodus_32_7_web_is_cleaned_exactly() -> None:
    assert text_of("Exodus 32:7") == (
        "Yahweh spoke to Moses, \u201cGo, get down; for your people, who you brought up out of "
        "the land of Egypt, have corrupted themselves!"
    )


def test_inner_quotes_become_single_curly_quotes() -> None:
    assert text_of("Exodus 32:8").endswith(
        "and said, \u2018These are your gods, Israel, which brought you up out of the land of "
        "Egypt.\u2019\u201d"
    )


def test_double_hyphen_becomes_a_closed_em_dash() -> None:
    assert "forgive their sin\u2014and if not" in text_of("Exodus 32:32")


def test_backtick_apostrophe_becomes_a_curly_apostrophe() -> None:
    assert text_of("Psalm 1:1").startswith("Blessed is the man who doesn\u2019t walk")


def test_poetry_line_breaks_collapse_to_single_spaces() -> None:
    assert text_of("Psalm 119:1") == (
        "Blessed are those whose ways are blameless, Who walk according to the law of Yahweh."
    )


def test_kjv_supplied_words_keep_their_words_without_brackets() -> None:
    assert text_of("Exodus 32:7", "KJV").endswith("have corrupted themselves:")
    assert "[" not in text_of("Exodus 32:1", "kjv")


def test_kjv_dash_before_punctuation_loses_the_punctuation() -> None:
    assert "forgive their sin\u2014and if not" in text_of("Exodus 32:32", "KJV")


def test_passage_returns_whole_verses_with_numbers() -> None:
    verses = lookup(parse_references("Exodus 32:7–14")[0])
    assert [v.number for v in verses] == list(range(7, 15))
    assert {v.chapter for v in verses} == {32}


def test_partial_verse_gives_its_part_of_the_verse() -> None:
    (a,) = lookup(Passage("Exodus", 32, 12, 32, 12, "a", "a"))
    (b,) = lookup(Passage("Exodus", 32, 12, 32, 12, "b", "b"))
    assert a.text.startswith("Why should the Egyptians speak")
    assert a.text.endswith("from the surface of the earth?\u2019")
    assert b.text == "Turn from your fierce wrath, and repent of this evil against your people."


def test_cross_chapter_passage_spans_chapters() -> None:
    verses = lookup(parse_references("Genesis 1:30–2:2")[0])
    assert [(v.chapter, v.number) for v in verses] == [(1, 30), (1, 31), (2, 1), (2, 2)]


def test_placeholder_verse_is_absent_from_web() -> None:
    with pytest.raises(ScriptureError, match="Acts 8:37 is not in the WEB"):
        lookup(parse_references("Acts 8:37")[0])


def test_placeholder_verse_is_skipped_inside_a_passage() -> None:
    assert [v.number for v in lookup(parse_references("Acts 8:36–38")[0])] == [36, 38]


def test_placeholder_verse_is_present_in_kjv() -> None:
    assert text_of("Acts 8:37", "KJV").startswith("And Philip said")


def test_translation_code_is_case_insensitive() -> None:
    assert lookup(Passage("John", 11, 35, 11, 35), "web") == (Verse(11, 35, "Jesus wept."),)


def test_unknown_translation_lists_the_known_codes() -> None:
    with pytest.raises(TranslationError) as caught:
        lookup(Passage("John", 3, 16, 3, 16), "LXX")
    assert "unknown translation 'LXX'" in str(caught.value)
    assert "KJV" in str(caught.value.hint) and "WEB" in str(caught.value.hint)


def test_licensed_translation_says_how_to_type_its_text_in() -> None:
    with pytest.raises(TranslationError) as caught:
        lookup(Passage("John", 3, 16, 3, 16), "NIV")
    assert "no text of the NIV: it is a licensed translation" in caught.value.message
    assert "text:" in str(caught.value.hint) and "translation: NIV" in str(caught.value.hint)


def test_missing_translation_package_names_the_package() -> None:
    missing = [code for code, _, installed in available_translations() if not installed]
    if not missing:  # CI installs only the default translations, so it always runs this
        pytest.skip("every translation pythonbible has is installed here")
    with pytest.raises(TranslationError) as caught:
        lookup(Passage("John", 3, 16, 3, 16), missing[0])
    assert caught.value.hint == f"pip install pythonbible-{missing[0].lower()}"


def test_available_translations_mark_the_installed_ones() -> None:
    table = {code: (title, installed) for code, title, installed in available_translations()}
    assert table["WEB"] == ("World English Bible", True)
    assert table["KJV"][1] and table["ASV"][1]
    assert "BHS" not in table  # no pythonbible package exists for it


CLEANING = [
    ("7. Yahweh spoke", "Yahweh spoke"),
    ('16."Go forth from the ark', "\u201cGo forth from the ark"),
    ("7.`Bring me venison", "\u2018Bring me venison"),
    ("1. God`s house", "God\u2019s house"),
    ('1. said, `These are.`"', "said, \u2018These are.\u2019\u201d"),
    ("1. sin-- and", "sin\u2014and"),
    ("1. garments -- the holy", "garments\u2014the holy"),
    ('1. on him" - that he', "on him\u201d\u2014that he"),
    ("1. blameless,    Who walk", "blameless, Who walk"),
    ("1. corrupted [themselves:]", "corrupted themselves:"),
    ("1. offering of first -[fruits] you", "offering of first-fruits you"),
    ("1. forgive their sin—; and if", "forgive their sin\u2014and if"),
    ("27.( For all these", "(For all these"),
    ("1. Jonah`s head , so", "Jonah\u2019s head, so"),
    ("1. day.\n3. And God", "day. 3. And God"),
    ("1. 'Tis so", "\u2018Tis so"),
    ('1. he said, "', "he said, \u201d"),
]


@pytest.mark.parametrize(("raw", "clean"), CLEANING)
def test_clean_verse_text(raw: str, clean: str) -> None:
    assert clean_verse_text(raw) == clean


def test_passage_outside_the_bible_is_a_scripture_error() -> None:
    with pytest.raises(ScriptureError, match="not a passage of the Bible"):
        lookup(Passage("Exodus", 41, 1, 41, 2))
    with pytest.raises(ScriptureError, match="not a passage of the Bible"):
        lookup(Passage("Hezekiah", 1, 1, 1, 1))
