"""References as Chinese preachers write them (和合本 names, simplified and traditional),
read with `language: zh` or `zh-hant`."""

from __future__ import annotations

import pytest

from slidegen.errors import ScriptureError
from slidegen.scripture import parse_references
from slidegen.scripture.books import BOOK_NAMES
from slidegen.scripture.languages import display_name, get_language
from slidegen.scripture.naming import format_passage


def read(text: str, code: str = "zh") -> list[str]:
    return [str(p) for p in parse_references(text, language=get_language(code))]


CHINESE = [
    ("约翰福音 3:16", ["John 3:16"]),
    ("约翰福音3:16", ["John 3:16"]),
    ("约3:16", ["John 3:16"]),
    ("約翰福音3章16節", ["John 3:16"]),
    ("约翰福音第3章第16节", ["John 3:16"]),
    ("约翰福音 3:16-18", ["John 3:16–18"]),
    ("约翰福音3：16", ["John 3:16"]),
    ("约翰福音３：１６", ["John 3:16"]),
    ("约3:16、18", ["John 3:16", "John 3:18"]),
    ("约翰福音 3章", ["John 3"]),
    ("创世记 1:1", ["Genesis 1:1"]),
    ("创1:1-3", ["Genesis 1:1–3"]),
    ("創世記1:26-2:3", ["Genesis 1:26–2:3"]),
    ("出20:1-17", ["Exodus 20:1–17"]),
    ("申6:4-9", ["Deuteronomy 6:4–9"]),
    ("书1:9", ["Joshua 1:9"]),
    ("得1:16", ["Ruth 1:16"]),
    ("撒上17:45", ["1 Samuel 17:45"]),
    ("王上19:11-13", ["1 Kings 19:11–13"]),
    ("代下7:14", ["2 Chronicles 7:14"]),
    ("尼8:10", ["Nehemiah 8:10"]),
    ("伯19:25", ["Job 19:25"]),
    ("诗篇 23篇", ["Psalm 23"]),
    ("诗篇23篇", ["Psalm 23"]),
    ("詩篇第23篇", ["Psalm 23"]),
    ("诗23:1", ["Psalm 23:1"]),
    ("詩篇 119:105", ["Psalm 119:105"]),
    ("箴3:5-6", ["Proverbs 3:5–6"]),
    ("传3:1", ["Ecclesiastes 3:1"]),
    ("赛53:5", ["Isaiah 53:5"]),
    ("以賽亞書 40:31", ["Isaiah 40:31"]),
    ("耶29:11", ["Jeremiah 29:11"]),
    ("哀3:22-23", ["Lamentations 3:22–23"]),
    ("结37:1-14", ["Ezekiel 37:1–14"]),
    ("弥6:8", ["Micah 6:8"]),
    ("哈2:4", ["Habakkuk 2:4"]),
    ("亚4:6", ["Zechariah 4:6"]),
    ("玛3:10", ["Malachi 3:10"]),
    ("太5:3-12", ["Matthew 5:3–12"]),
    ("马太福音 28:19-20", ["Matthew 28:19–20"]),
    ("可16:15", ["Mark 16:15"]),
    ("路15:11-32", ["Luke 15:11–32"]),
    ("徒2:38", ["Acts 2:38"]),
    ("使徒行傳 1:8", ["Acts 1:8"]),
    ("罗8:28", ["Romans 8:28"]),
    ("羅馬書 12:1-2", ["Romans 12:1–2"]),
    ("罗马书 3:23；6:23", ["Romans 3:23", "Romans 6:23"]),
    ("罗马书8章28节至39节", ["Romans 8:28–39"]),
    ("林前13:4-7", ["1 Corinthians 13:4–7"]),
    ("哥林多後書 5:17", ["2 Corinthians 5:17"]),
    ("加5:22-23", ["Galatians 5:22–23"]),
    ("弗2:8-9", ["Ephesians 2:8–9"]),
    ("腓4:13", ["Philippians 4:13"]),
    ("西3:23", ["Colossians 3:23"]),
    ("帖前5:16-18", ["1 Thessalonians 5:16–18"]),
    ("提后3:16-17", ["2 Timothy 3:16–17"]),
    ("门6", ["Philemon 6"]),
    ("来11:1", ["Hebrews 11:1"]),
    ("雅1:5", ["James 1:5"]),
    ("彼前5:7", ["1 Peter 5:7"]),
    ("约一4:8", ["1 John 4:8"]),
    ("約翰壹書 1:9", ["1 John 1:9"]),
    ("犹24-25", ["Jude 24–25"]),
    ("启21:1-4", ["Revelation 21:1–4"]),
    ("啟示錄 22:20", ["Revelation 22:20"]),
]


@pytest.mark.parametrize(("text", "expected"), CHINESE)
def test_chinese_references(text: str, expected: list[str]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), CHINESE[:12])
def test_traditional_chinese_reads_the_same(text: str, expected: list[str]) -> None:
    assert read(text, "zh-hant") == expected


@pytest.mark.parametrize(
    ("text", "code", "label"),
    [
        ("约3:16", "zh", "约翰福音 3:16"),
        ("約3:16", "zh-hant", "約翰福音 3:16"),
        ("诗23", "zh", "诗篇 23"),
        ("林前13:4-7", "zh", "哥林多前书 13:4–7"),
        ("林前13:4-7", "zh-hant", "哥林多前書 13:4–7"),
        ("启21:1-4", "zh-hant", "啟示錄 21:1–4"),
    ],
)
def test_chinese_labels_use_the_union_versions_names(text: str, code: str, label: str) -> None:
    (passage,) = parse_references(text, language=get_language(code))
    assert format_passage(passage, code) == label


def test_traditional_titles_match_the_simplified_ones_character_for_character() -> None:
    for book in BOOK_NAMES:
        simplified, traditional = display_name(book, "zh"), display_name(book, "zh-hant")
        assert len(simplified) == len(traditional), book


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("约 3:40", "John 3 has 36 verses, not 40"),
        ("约翰福音 22:1", "John has 21 chapters, not 22"),
        ("约翰 3:16", "unknown book '约翰'"),
        ("保罗 3:16", "unknown book '保罗'"),
    ],
)
def test_wrong_chinese_references_are_errors(text: str, message: str) -> None:
    with pytest.raises(ScriptureError, match=message):
        read(text)
