"""References as French preachers write them, read with `language: fr`.

Protestant outlines follow the Segond's "Jean 3.16"; Catholic ones the lectionary's "Jn 3, 16";
many slides use "Jean 3:16". All three read.
"""

from __future__ import annotations

import pytest

from slidegen.errors import ScriptureError
from slidegen.scripture import parse_references
from slidegen.scripture.languages import get_language
from slidegen.scripture.naming import format_passage


def read(text: str, context: str | None = None) -> list[str]:
    return [str(p) for p in parse_references(text, context, language=get_language("fr"))]


FRENCH = [
    ("Jean 3.16", ["John 3:16"]),
    ("Jean 3:16", ["John 3:16"]),
    ("Jean 3,16", ["John 3:16"]),
    ("Jn 3, 16-18", ["John 3:16–18"]),
    ("Jn 3,16.18", ["John 3:16", "John 3:18"]),
    ("Jean 3.16, 18", ["John 3:16", "John 3:18"]),
    ("Jean 3.16 et 18", ["John 3:16", "John 3:18"]),
    ("Romains 8.28-39", ["Romans 8:28–39"]),
    ("Rm 12.1-2", ["Romans 12:1–2"]),
    ("Rm 3.23 ; 6.23", ["Romans 3:23", "Romans 6:23"]),
    ("Rm 8, 28 ; 12, 1-2", ["Romans 8:28", "Romans 12:1–2"]),
    ("Genèse 1.1", ["Genesis 1:1"]),
    ("Gn 1.26-2.3", ["Genesis 1:26–2:3"]),
    ("Ex 20.1-17", ["Exodus 20:1–17"]),
    ("Lv 19.18", ["Leviticus 19:18"]),
    ("Nb 6.24-26", ["Numbers 6:24–26"]),
    ("Dt 6.4-9", ["Deuteronomy 6:4–9"]),
    ("Jos 1.9", ["Joshua 1:9"]),
    ("Jg 6.12", ["Judges 6:12"]),
    ("Rt 1.16", ["Ruth 1:16"]),
    ("1 S 17", ["1 Samuel 17"]),
    ("2 S 7.12-16", ["2 Samuel 7:12–16"]),
    ("1 R 19.11-13", ["1 Kings 19:11–13"]),
    ("2 R 2.11", ["2 Kings 2:11"]),
    ("1 Ch 29.11", ["1 Chronicles 29:11"]),
    ("2 Ch 7.14", ["2 Chronicles 7:14"]),
    ("Né 8.10", ["Nehemiah 8:10"]),
    ("Jb 19.25", ["Job 19:25"]),
    ("Psaume 23", ["Psalm 23"]),
    ("Ps 23 et 24", ["Psalm 23", "Psalm 24"]),
    ("Psaumes 119.105", ["Psalm 119:105"]),
    ("Pr 3.5-6", ["Proverbs 3:5–6"]),
    ("Ec 3.1", ["Ecclesiastes 3:1"]),
    ("Qo 3, 1-8", ["Ecclesiastes 3:1–8"]),
    ("Ct 2.1", ["Song of Solomon 2:1"]),
    ("Cantique des cantiques 8.6", ["Song of Solomon 8:6"]),
    ("Ésaïe 53.5", ["Isaiah 53:5"]),
    ("Es 40.31", ["Isaiah 40:31"]),
    ("Is 9, 1-6", ["Isaiah 9:1–6"]),
    ("Jr 29.11", ["Jeremiah 29:11"]),
    ("Lm 3.22-23", ["Lamentations 3:22–23"]),
    ("Ez 37.1-14", ["Ezekiel 37:1–14"]),
    ("Éz 36.26", ["Ezekiel 36:26"]),
    ("Dn 3.17-18", ["Daniel 3:17–18"]),
    ("Os 6.6", ["Hosea 6:6"]),
    ("Jl 2.28", ["Joel 2:28"]),
    ("Am 5.24", ["Amos 5:24"]),
    ("Ab 15", ["Obadiah 15"]),
    ("Jon 2", ["Jonah 2"]),
    ("Mi 6.8", ["Micah 6:8"]),
    ("Ha 2.4", ["Habakkuk 2:4"]),
    ("So 3.17", ["Zephaniah 3:17"]),
    ("Ag 2.9", ["Haggai 2:9"]),
    ("Za 4.6", ["Zechariah 4:6"]),
    ("Ml 3.10", ["Malachi 3:10"]),
    ("Mt 5.3-12", ["Matthew 5:3–12"]),
    ("Matthieu 28.19-20", ["Matthew 28:19–20"]),
    ("Mc 16.15", ["Mark 16:15"]),
    ("Lc 15.11-32", ["Luke 15:11–32"]),
    ("Luc 2, 1-14", ["Luke 2:1–14"]),
    ("Saint Jean 14.6", ["John 14:6"]),
    ("Évangile selon saint Jean 1.1-18", ["John 1:1–18"]),
    ("Ac 2.38", ["Acts 2:38"]),
    ("Actes des apôtres 1.8", ["Acts 1:8"]),
    ("1 Co 13", ["1 Corinthians 13"]),
    ("1 Corinthiens 13.4-7", ["1 Corinthians 13:4–7"]),
    ("2 Co 5.17", ["2 Corinthians 5:17"]),
    ("Deuxième Corinthiens 12.9", ["2 Corinthians 12:9"]),
    ("2e Corinthiens 4.7", ["2 Corinthians 4:7"]),
    ("Ga 5.22-23", ["Galatians 5:22–23"]),
    ("Ep 2.8-9", ["Ephesians 2:8–9"]),
    ("Éphésiens 6.10-18", ["Ephesians 6:10–18"]),
    ("Ph 4.13", ["Philippians 4:13"]),
    ("Col 3.23", ["Colossians 3:23"]),
    ("1 Th 5.16-18", ["1 Thessalonians 5:16–18"]),
    ("2 Th 3.3", ["2 Thessalonians 3:3"]),
    ("1 Tm 2.5", ["1 Timothy 2:5"]),
    ("2 Tm 3.16-17", ["2 Timothy 3:16–17"]),
    ("Tt 2.11", ["Titus 2:11"]),
    ("Phm 6", ["Philemon 6"]),
    ("Hé 11.1", ["Hebrews 11:1"]),
    ("Hébreux 12.1-2", ["Hebrews 12:1–2"]),
    ("Jc 1.5", ["James 1:5"]),
    ("Jacques 2.17", ["James 2:17"]),
    ("1 P 5.7", ["1 Peter 5:7"]),
    ("2 P 3.9", ["2 Peter 3:9"]),
    ("1 Jn 4.8", ["1 John 4:8"]),
    ("1re Jean 1.9", ["1 John 1:9"]),
    ("Première épître de Jean 4.19", ["1 John 4:19"]),
    ("3 Jn 4", ["3 John 4"]),
    ("Jd 24-25", ["Jude 24–25"]),
    ("Jude 3", ["Jude 3"]),
    ("Ap 21.1-4", ["Revelation 21:1–4"]),
    ("Apocalypse 3.20", ["Revelation 3:20"]),
    ("Jean chapitre 3, verset 16", ["John 3:16"]),
    ("Jean 3, versets 16 à 18", ["John 3:16–18"]),
    ("Jean 3 v. 16", ["John 3:16"]),
    ("Jn 3, 16 à 18", ["John 3:16–18"]),
    ("Ps 23, v. 1 à 3", ["Psalm 23:1–3"]),
]


@pytest.mark.parametrize(("text", "expected"), FRENCH)
def test_french_references(text: str, expected: list[str]) -> None:
    assert read(text) == expected


def test_verses_after_a_comma_stay_verses_without_a_book() -> None:
    # "16, 18" inside Jean 3 is two verses, not chapter 16 verse 18.
    assert read("16, 18", "John 3") == ["John 3:16", "John 3:18"]
    assert read("vv. 16 à 18", "John 3") == ["John 3:16–18"]


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("Jean 3.16-18", "Jean 3.16–18"),
        ("Ps 23", "Psaume 23"),
        ("Ps 23-24", "Psaumes 23–24"),
        ("Es 53", "Ésaïe 53"),
        ("1 Co 13.4-7", "1 Corinthiens 13.4–7"),
        ("Gn 1.26-2.3", "Genèse 1.26–2.3"),
        ("Ct 2.1", "Cantique des cantiques 2.1"),
        ("Jd 3", "Jude 3"),
    ],
)
def test_french_labels_use_the_segonds_names_and_dot(text: str, label: str) -> None:
    (passage,) = parse_references(text, language=get_language("fr"))
    assert format_passage(passage, "fr") == label


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("Jean 3.40", "John 3 has 36 verses, not 40"),
        ("Jn 22, 1", "John has 21 chapters, not 22"),
        ("Juan 3.16", "unknown book 'Juan'"),
        ("Ps 23, 24", "Psalm 23 has 6 verses, not 24"),
        ("Saint Paul 3.16", "unknown book"),
    ],
)
def test_wrong_french_references_are_errors(text: str, message: str) -> None:
    with pytest.raises(ScriptureError, match=message):
        read(text)
