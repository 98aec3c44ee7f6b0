"""References as Spanish, Portuguese and German preachers write them, with `language: es`,
`pt` or `de`."""

from __future__ import annotations

import pytest

from slidegen.errors import ScriptureError
from slidegen.scripture import find_references, parse_references
from slidegen.scripture.bible_reading import read_with
from slidegen.scripture.books import BOOK_NAMES
from slidegen.scripture.languages import LANGUAGES, get_language


def read(text: str, code: str) -> list[str]:
    return [str(p) for p in parse_references(text, language=get_language(code))]


SPANISH = [
    ("Juan 3:16", ["John 3:16"]),
    ("Romanos 8:28-39", ["Romans 8:28–39"]),
    ("1 Corintios 13", ["1 Corinthians 13"]),
    ("Salmo 23", ["Psalm 23"]),
    ("Salmos 119:105", ["Psalm 119:105"]),
    ("Sal 23:1-4", ["Psalm 23:1–4"]),
    ("Génesis 1:1", ["Genesis 1:1"]),
    ("Genesis 1:1-3", ["Genesis 1:1–3"]),
    ("Éxodo 20:1-17", ["Exodus 20:1–17"]),
    ("Isaías 53:5", ["Isaiah 53:5"]),
    ("Isaias 53", ["Isaiah 53"]),
    ("Is 53:5", ["Isaiah 53:5"]),
    ("Jeremías 29:11", ["Jeremiah 29:11"]),
    ("Mateo 5:3-12", ["Matthew 5:3–12"]),
    ("Mt 28:19-20", ["Matthew 28:19–20"]),
    ("Marcos 16:15", ["Mark 16:15"]),
    ("Lucas 15:11-32", ["Luke 15:11–32"]),
    ("San Juan 14:6", ["John 14:6"]),
    ("Hechos 2:38", ["Acts 2:38"]),
    ("Hch 1:8", ["Acts 1:8"]),
    ("1 Juan 1:9", ["1 John 1:9"]),
    ("1 Jn 4:8", ["1 John 4:8"]),
    ("1ra de Corintios 13:4-7", ["1 Corinthians 13:4–7"]),
    ("2da. de Timoteo 3:16", ["2 Timothy 3:16"]),
    ("2 Timoteo 3:16-17", ["2 Timothy 3:16–17"]),
    ("Primera de Corintios 13:4-7", ["1 Corinthians 13:4–7"]),
    ("1a Corintios 13:13", ["1 Corinthians 13:13"]),
    ("Filipenses 4:13", ["Philippians 4:13"]),
    ("Fil 4:6-7", ["Philippians 4:6–7"]),
    ("Efesios 2:8-9", ["Ephesians 2:8–9"]),
    ("Gálatas 5:22-23", ["Galatians 5:22–23"]),
    ("Hebreos 11:1", ["Hebrews 11:1"]),
    ("Santiago 1:5", ["James 1:5"]),
    ("1 Pedro 5:7", ["1 Peter 5:7"]),
    ("Proverbios 3:5-6", ["Proverbs 3:5–6"]),
    ("Josué 1:9", ["Joshua 1:9"]),
    ("Jueces 6:12", ["Judges 6:12"]),
    ("Rut 1:16", ["Ruth 1:16"]),
    ("Jonás 2", ["Jonah 2"]),
    ("Judas 24-25", ["Jude 24–25"]),
    ("Apocalipsis 21:1-4", ["Revelation 21:1–4"]),
    ("Ap 3:20", ["Revelation 3:20"]),
    ("Juan 3:16 y 18", ["John 3:16", "John 3:18"]),
    ("Juan 3:16, 18", ["John 3:16", "John 3:18"]),
    ("Romanos 3:23; 6:23", ["Romans 3:23", "Romans 6:23"]),
    ("Salmo 23 y 24", ["Psalm 23", "Psalm 24"]),
    ("Romanos 8:28-39 y 12:1-2", ["Romans 8:28–39", "Romans 12:1–2"]),
    ("Juan capítulo 3, versículo 16", ["John 3:16"]),
    ("Juan 3, versículos 16 al 18", ["John 3:16–18"]),
    ("Juan 3:16 al 18", ["John 3:16–18"]),
    ("Hechos capítulo 2", ["Acts 2"]),
]

GERMAN = [
    ("Joh 3,16", ["John 3:16"]),
    # Written with a colon, as outlines made in English tools or by bilingual preachers are.
    ("Joh 3:16", ["John 3:16"]),
    ("Röm 8:28-39", ["Romans 8:28–39"]),
    ("John 3:16", ["John 3:16"]),
    ("Joh 3,16-18", ["John 3:16–18"]),
    ("Röm 8,28", ["Romans 8:28"]),
    ("Johannes 3,16", ["John 3:16"]),
    ("Römer 8,28-39", ["Romans 8:28–39"]),
    ("Roemer 12,1-2", ["Romans 12:1–2"]),
    ("1. Mose 1,1", ["Genesis 1:1"]),
    ("1 Mo 1,1-3", ["Genesis 1:1–3"]),
    ("2. Mose 20,1-17", ["Exodus 20:1–17"]),
    ("5. Mose 6,4-5", ["Deuteronomy 6:4–5"]),
    ("Ps 23", ["Psalm 23"]),
    ("Psalm 23,1", ["Psalm 23:1"]),
    ("Jes 53,5", ["Isaiah 53:5"]),
    ("Jer 29,11", ["Jeremiah 29:11"]),
    ("Hes 36,26", ["Ezekiel 36:26"]),
    ("Sach 4,6", ["Zechariah 4:6"]),
    ("Hiob 19,25", ["Job 19:25"]),
    ("Ri 6,12", ["Judges 6:12"]),
    ("Spr 3,5-6", ["Proverbs 3:5–6"]),
    ("Pred 3,1", ["Ecclesiastes 3:1"]),
    ("Mt 5,3-12", ["Matthew 5:3–12"]),
    ("Mk 16,15", ["Mark 16:15"]),
    ("Lk 15,11-32", ["Luke 15:11–32"]),
    ("Apg 2,38", ["Acts 2:38"]),
    ("1. Kor 13", ["1 Corinthians 13"]),
    ("1 Kor 13,4-7", ["1 Corinthians 13:4–7"]),
    ("2. Kor 5,17", ["2 Corinthians 5:17"]),
    ("Gal 5,22", ["Galatians 5:22"]),
    ("Eph 2,8-9", ["Ephesians 2:8–9"]),
    ("Phil 4,13", ["Philippians 4:13"]),
    ("Hebr 11,1", ["Hebrews 11:1"]),
    ("Jak 1,5", ["James 1:5"]),
    ("1. Petr 5,7", ["1 Peter 5:7"]),
    ("1. Joh 1,9", ["1 John 1:9"]),
    ("Jud 24-25", ["Jude 24–25"]),
    ("Offb 21,1-4", ["Revelation 21:1–4"]),
    ("Joh 3,16.18", ["John 3:16", "John 3:18"]),
    ("Joh 3,16 und 18", ["John 3:16", "John 3:18"]),
    ("Röm 3,23; 6,23", ["Romans 3:23", "Romans 6:23"]),
    ("Ps 23 und 24", ["Psalm 23", "Psalm 24"]),
    ("Johannes Kapitel 3, Vers 16", ["John 3:16"]),
    ("Joh Kap. 3, V. 16", ["John 3:16"]),
    ("Joh 3, Verse 16-18", ["John 3:16–18"]),
    ("Joh 3,16 bis 18", ["John 3:16–18"]),
]


PORTUGUESE = [
    ("João 3:16", ["John 3:16"]),
    ("Jo 3.16", ["John 3:16"]),
    ("Jó 19:25", ["Job 19:25"]),
    ("Jn 1:17", ["Jonah 1:17"]),
    ("Romanos 8:28-39", ["Romans 8:28–39"]),
    ("Rm 12:1-2", ["Romans 12:1–2"]),
    ("1 Coríntios 13", ["1 Corinthians 13"]),
    ("1Co 13:4-7", ["1 Corinthians 13:4–7"]),
    ("Primeira Coríntios 13:13", ["1 Corinthians 13:13"]),
    ("Salmo 23", ["Psalm 23"]),
    ("Sl 23 e 24", ["Psalm 23", "Psalm 24"]),
    ("Gênesis 1:1", ["Genesis 1:1"]),
    ("Êx 20:1-17", ["Exodus 20:1–17"]),
    ("Isaías 53:5", ["Isaiah 53:5"]),
    ("Jr 29:11", ["Jeremiah 29:11"]),
    ("Mateus 5:3-12", ["Matthew 5:3–12"]),
    ("Mc 16:15", ["Mark 16:15"]),
    ("Lc 15:11-32", ["Luke 15:11–32"]),
    ("Atos 2:38", ["Acts 2:38"]),
    ("Fp 4:13", ["Philippians 4:13"]),
    ("Hb 11:1", ["Hebrews 11:1"]),
    ("Tg 1:5", ["James 1:5"]),
    ("1 Pe 5:7", ["1 Peter 5:7"]),
    ("1 Jo 1:9", ["1 John 1:9"]),
    ("2 Tm 3:16", ["2 Timothy 3:16"]),
    ("Ap 21:1-4", ["Revelation 21:1–4"]),
    ("João 3:16 e 18", ["John 3:16", "John 3:18"]),
    ("Jo 3:16; 14:6", ["John 3:16", "John 14:6"]),
    ("João capítulo 3, versículo 16", ["John 3:16"]),
    ("João 3, versículos 16 a 18", ["John 3:16–18"]),
    ("Atos 2:1 até 4", ["Acts 2:1–4"]),
    ("João 3:16a", ["John 3:16a"]),
]


@pytest.mark.parametrize(("text", "expected"), PORTUGUESE)
def test_portuguese_references(text: str, expected: list[str]) -> None:
    assert read(text, "pt") == expected


@pytest.mark.parametrize(("text", "expected"), SPANISH)
def test_spanish_references(text: str, expected: list[str]) -> None:
    assert read(text, "es") == expected


@pytest.mark.parametrize(("text", "expected"), GERMAN)
def test_german_references(text: str, expected: list[str]) -> None:
    assert read(text, "de") == expected


@pytest.mark.parametrize("code", ["es", "pt", "de"])
def test_every_book_has_a_name_in_each_language(code: str) -> None:
    named = {info.name for info in get_language(code).books.values()}
    assert named == set(BOOK_NAMES)


@pytest.mark.parametrize(
    ("text", "code", "expected"),
    [
        ("versículos 16 al 18", "es", ["John 3:16–18"]),
        ("1 al 3", "es", ["John 3:1–3"]),
        ("V. 16 bis 18", "de", ["John 3:16–18"]),
        ("versículos 16 a 18", "pt", ["John 3:16–18"]),
    ],
)
def test_verse_words_read_inside_a_passage(text: str, code: str, expected: list[str]) -> None:
    found = parse_references(text, "John 3", language=get_language(code))
    assert [str(p) for p in found] == expected


def test_english_names_still_read_in_a_spanish_outline() -> None:
    assert read("John 3:16", "es") == ["John 3:16"]


@pytest.mark.parametrize(
    ("text", "code", "message"),
    [
        ("Juan 3:40", "es", "John 3 has 36 verses, not 40"),
        ("Joh 22,1", "de", "John has 21 chapters, not 22"),
        ("Jean 3:16", "es", "unknown book 'Jean'"),
    ],
)
def test_wrong_references_are_errors_in_the_language_too(
    text: str, code: str, message: str
) -> None:
    with pytest.raises(ScriptureError, match=message):
        read(text, code)


def test_english_does_not_read_other_languages_book_names() -> None:
    with pytest.raises(ScriptureError, match="unknown book 'Juan'"):
        parse_references("Juan 3:16")


def test_a_name_a_bible_file_gives_two_books_is_read_by_the_language_table() -> None:
    # "Juan" and "Juan." are one name as written: it names neither of the file's books, and
    # the Spanish table reads it (John), not whichever of the two came last (1 John).
    reading = read_with(get_language("es"), {"John": "Juan", "1 John": "Juan."}, {})
    found = parse_references("Juan 3:16", language=reading.language)
    assert [str(p) for p in found] == ["John 3:16"]


@pytest.mark.parametrize(
    ("prose", "code", "found"),
    [
        ("Lea 1a. Juan 4:8.", "es", ["1 John 4:8"]),  # not John 4:8
        ("Lea 1ra Corintios 13:4.", "es", ["1 Corinthians 13:4"]),
        ("Lea 2da. Timoteo 3:16.", "es", ["2 Timothy 3:16"]),
        ("Lea 1o. Reyes 19:4.", "es", ["1 Kings 19:4"]),
        ("Leia 1ª Coríntios 13:4.", "pt", ["1 Corinthians 13:4"]),
        ("Lisez 1ère Jean 4.8.", "fr", ["1 John 4:8"]),  # not John 4:8
        ("Lisez 2ème Corinthiens 5.17.", "fr", ["2 Corinthians 5:17"]),
        ("Lisez 2nde Pierre 3.9.", "fr", ["2 Peter 3:9"]),
    ],
)
def test_a_numbered_book_in_prose_keeps_its_number_as_the_language_writes_it(
    prose: str, code: str, found: list[str]
) -> None:
    # The outline reads these; the prose finder (an import) must find the same book.
    assert read(prose.split(" ", 1)[1], code) == found
    assert [str(r.passage) for r in find_references(prose, language=get_language(code))] == found


def test_every_language_has_its_own_name_for_messages() -> None:
    # "'Joh 3,16' reads as German, not English": a language left without one would be "English".
    names = [get_language(code).name for code in LANGUAGES]
    assert len(set(names)) == len(LANGUAGES)
