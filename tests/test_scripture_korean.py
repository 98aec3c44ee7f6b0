"""References as Korean preachers write them (개역개정 names and abbreviations), `language: ko`."""

from __future__ import annotations

import pytest

from slidegen.errors import ScriptureError
from slidegen.scripture import parse_references
from slidegen.scripture.languages import get_language
from slidegen.scripture.naming import format_passage


def read(text: str) -> list[str]:
    return [str(p) for p in parse_references(text, language=get_language("ko"))]


KOREAN = [
    ("요한복음 3:16", ["John 3:16"]),
    ("요 3:16", ["John 3:16"]),
    ("요3:16", ["John 3:16"]),
    ("요한복음 3장 16절", ["John 3:16"]),
    ("요한복음 3장 16-18절", ["John 3:16–18"]),
    ("요한복음 3장", ["John 3"]),
    ("요 3:16, 18", ["John 3:16", "John 3:18"]),
    ("창세기 1:1", ["Genesis 1:1"]),
    ("창 1:1-3", ["Genesis 1:1–3"]),
    ("창 1:1~3", ["Genesis 1:1–3"]),
    ("출 20:1-17", ["Exodus 20:1–17"]),
    ("레 19:18", ["Leviticus 19:18"]),
    ("민 6:24-26", ["Numbers 6:24–26"]),
    ("신 6:4~9", ["Deuteronomy 6:4–9"]),
    ("수 1:9", ["Joshua 1:9"]),
    ("삿 6:12", ["Judges 6:12"]),
    ("룻 1:16", ["Ruth 1:16"]),
    ("삼상 17:45", ["1 Samuel 17:45"]),
    ("삼하 7:12-16", ["2 Samuel 7:12–16"]),
    ("왕상 19:11-13", ["1 Kings 19:11–13"]),
    ("왕하 2:11", ["2 Kings 2:11"]),
    ("대상 29:11", ["1 Chronicles 29:11"]),
    ("역대하 7:14", ["2 Chronicles 7:14"]),
    ("느 8:10", ["Nehemiah 8:10"]),
    ("욥 19:25", ["Job 19:25"]),
    ("시편 23편", ["Psalm 23"]),
    ("시 23:1", ["Psalm 23:1"]),
    ("시편 23편 1-6절", ["Psalm 23:1–6"]),
    ("시편 119:105", ["Psalm 119:105"]),
    ("잠 3:5-6", ["Proverbs 3:5–6"]),
    ("전 3:1", ["Ecclesiastes 3:1"]),
    ("아 2:1", ["Song of Solomon 2:1"]),
    ("사 53:5", ["Isaiah 53:5"]),
    ("이사야 40:31", ["Isaiah 40:31"]),
    ("렘 29:11", ["Jeremiah 29:11"]),
    ("애 3:22-23", ["Lamentations 3:22–23"]),
    ("겔 37:1-14", ["Ezekiel 37:1–14"]),
    ("단 3:17-18", ["Daniel 3:17–18"]),
    ("호 6:6", ["Hosea 6:6"]),
    ("욘 2", ["Jonah 2"]),
    ("미 6:8", ["Micah 6:8"]),
    ("합 2:4", ["Habakkuk 2:4"]),
    ("습 3:17", ["Zephaniah 3:17"]),
    ("슥 4:6", ["Zechariah 4:6"]),
    ("말 3:10", ["Malachi 3:10"]),
    ("마 5:3-12", ["Matthew 5:3–12"]),
    ("마태복음 28:19-20", ["Matthew 28:19–20"]),
    ("막 16:15", ["Mark 16:15"]),
    ("눅 15:11-32", ["Luke 15:11–32"]),
    ("행 2:38", ["Acts 2:38"]),
    ("사도행전 1:8", ["Acts 1:8"]),
    ("롬 8:28", ["Romans 8:28"]),
    ("로마서 12:1-2", ["Romans 12:1–2"]),
    ("롬 3:23; 6:23", ["Romans 3:23", "Romans 6:23"]),
    ("고전 13:4-7", ["1 Corinthians 13:4–7"]),
    ("고린도후서 5:17", ["2 Corinthians 5:17"]),
    ("갈 5:22-23", ["Galatians 5:22–23"]),
    ("엡 2:8-9", ["Ephesians 2:8–9"]),
    ("빌 4:13", ["Philippians 4:13"]),
    ("골 3:23", ["Colossians 3:23"]),
    ("살전 5:16-18", ["1 Thessalonians 5:16–18"]),
    ("딤후 3:16-17", ["2 Timothy 3:16–17"]),
    ("딛 2:11", ["Titus 2:11"]),
    ("몬 1:6", ["Philemon 6"]),
    ("히 11:1", ["Hebrews 11:1"]),
    ("약 1:5", ["James 1:5"]),
    ("벧전 5:7", ["1 Peter 5:7"]),
    ("요일 4:8", ["1 John 4:8"]),
    ("요한1서 1:9", ["1 John 1:9"]),
    ("요삼 1:2", ["3 John 2"]),
    ("유 1:24-25", ["Jude 24–25"]),
    ("계 21:1-4", ["Revelation 21:1–4"]),
    ("요한계시록 22:20", ["Revelation 22:20"]),
]


@pytest.mark.parametrize(("text", "expected"), KOREAN)
def test_korean_references(text: str, expected: list[str]) -> None:
    assert read(text) == expected


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("요 3:16", "요한복음 3:16"),
        ("시 23", "시편 23"),
        ("시 23-24", "시편 23–24"),
        ("고전 13:4-7", "고린도전서 13:4–7"),
        ("창 1:26-2:3", "창세기 1:26–2:3"),
        ("유 3", "유다서 3"),
    ],
)
def test_korean_labels_use_the_gaeyeok_gaejeong_names(text: str, label: str) -> None:
    (passage,) = parse_references(text, language=get_language("ko"))
    assert format_passage(passage, "ko") == label


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("요 3:40", "John 3 has 36 verses, not 40"),
        ("요한복음 22:1", "John has 21 chapters, not 22"),
        ("요한 3:16", "unknown book '요한'"),
        ("바울 3:16", "unknown book '바울'"),
    ],
)
def test_wrong_korean_references_are_errors(text: str, message: str) -> None:
    with pytest.raises(ScriptureError, match=message):
        read(text)
