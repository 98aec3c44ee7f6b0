"""Sermons written in Spanish, German and French, imported from .txt, .md and .docx as their
preachers write them: the language is found and written as `language:`, the structure words of
that language ("Introducción", "Punkt 1:", "Point 1 :") give the structure, and every reference
("Juan 3:16", "Joh 3,16", "Jean 3.16") gets its verse slide, exactly as English outlines do.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from slidegen.build import prepare
from slidegen.importers import import_source
from slidegen.importers.detect import detect_language
from slidegen.importers.labels import Role, detail, parse_date, point_label, role
from slidegen.model import Outline, Point

from .cli_support import one_line, run
from .conftest import labels, texts
from .word_support import add_table

IMPORT = Path(__file__).resolve().parent / "data" / "import"


def la_fe_que_vence(folder: Path) -> Path:
    """A Spanish Word file: Title style, a byline with a Spanish date, "Introducción" and
    "Punto 1:" headings, list bullets citing verses, a table, references in body text."""
    document = docx.Document()
    document.add_paragraph("La fe que vence", style="Title")
    document.add_paragraph("Texto: 1 Juan 5:1-5")
    document.add_paragraph(
        "Pastora Lucía Fernández — Iglesia Cristiana Betania — 6 de diciembre de 2026"
    )
    document.add_paragraph("Introducción", style="Heading 1")
    document.add_paragraph(
        "Muchos creyentes se sienten derrotados. Juan escribe para que sepamos que ya hemos "
        "vencido."
    )
    document.add_paragraph("Punto 1: Nacidos de Dios (v. 1)", style="Heading 1")
    document.add_paragraph("Creer que Jesús es el Cristo (v. 1)", style="List Bullet")
    document.add_paragraph("Amar a los hermanos (v. 2)", style="List Bullet")
    document.add_paragraph("Punto 2: Sus mandamientos no son gravosos (v. 3)", style="Heading 1")
    rows = [
        ("Antes", "Ahora"),
        ("Esclavos del pecado (Romanos 6:17)", "Siervos de la justicia (Romanos 6:18)"),
        ("Muertos en delitos (Efesios 2:1)", "Vivos con Cristo (Efesios 2:5)"),
    ]
    add_table(document, rows)
    document.add_paragraph("Punto 3: Esta es la victoria (vv. 4-5)", style="Heading 1")
    document.add_paragraph("Nuestra fe vence al mundo (v. 4)", style="List Bullet")
    document.add_paragraph("Jesús dijo: yo he vencido al mundo (Juan 16:33).")
    document.add_paragraph("Conclusión", style="Heading 1")
    document.add_paragraph(
        "Somos más que vencedores por medio de aquel que nos amó (Romanos 8:37). Vivamos esta "
        "semana como vencedores."
    )
    path = folder / "la-fe-que-vence.docx"
    document.save(str(path))
    return path


WORD = {"la-fe-que-vence.docx": la_fe_que_vence}
LANGUAGE_OF = {
    "amor-que-no-falla.txt": "es",
    "gnade-ohne-mass.md": "de",
    "la-paix-de-dieu.txt": "fr",
    "a-videira-verdadeira.md": "pt",
    "love-never-fails-ko.txt": "ko",
    "love-never-fails-zh.txt": "zh",
    "la-fe-que-vence.docx": "es",
}
WRITTEN = [name for name in LANGUAGE_OF if name not in WORD]
ENGLISH_INPUTS = [
    p for p in sorted(IMPORT.glob("*.txt")) + sorted(IMPORT.glob("*.md")) if p.name not in WRITTEN
]


@pytest.fixture
def source(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    """The outline named by the test's parameter: a file here, or a Word file built now."""
    name = request.param
    return WORD[name](tmp_path) if name in WORD else IMPORT / name


def every_point(outline: Outline) -> list[Point]:
    found: list[Point] = []
    ends = [p for p in (outline.intro, outline.big_idea, outline.conclusion) if p is not None]
    stack = [*ends, *(p for s in outline.sections for p in s.points)]
    while stack:
        point = stack.pop()
        found.append(point)
        stack.extend(point.points)
    return found


def cited(outline: Outline) -> set[str]:
    found = set(labels(outline))
    for part in [*outline.sections, *every_point(outline)]:
        found.update(labels(part))
    return found


# A structure word, a reference or its separator left on a slide, in any of the languages.
LEFTOVER = re.compile(
    r"(?i)\b(?:introducci[oó]n|idea central|conclusi[oó]n|punto \d+|texto|einleitung|punkt \d+"
    r"|schluss|predigttext|introduction|id[ée]e centrale|conclusion|point \d+|texte)\s*[:—–-]"
    r"|\bvgl\b|\bvoir\b|\bver también\b|\d+[:.,]\d+|\(\s*vv?\.|\(\s*\)"
    r"|^(?:서론|핵심|결론|첫째|둘째|셋째|引言|中心思想|结论|第一|第二|第三)|[(（]\d+[절节]"
)


# -- each sermon's structure -------------------------------------------------------------------


def test_a_spanish_text_sermon_keeps_its_points_parts_and_references():
    result = import_source(IMPORT / "amor-que-no-falla.txt")
    outline = result.outline
    assert (outline.language, outline.title, labels(outline)) == (
        "es",
        "El amor que no falla",
        ["Romans 8:28–39"],
    )
    assert (outline.preacher, outline.church, outline.date) == (
        "Pastor Andrés Morales",
        "Iglesia Bautista Emanuel",
        "2026-11-29",
    )
    assert [s.heading for s in outline.sections] == [
        "Dios dispone todas las cosas para bien",
        "Dios no nos condena",
        "Nada nos puede separar de su amor",
    ]
    first, second, third = outline.sections
    assert labels(first) == ["Romans 8:28", "Genesis 50:20"]
    assert labels(second) == ["Romans 8:33–34", "John 3:16"]
    assert (texts(second.points), labels(second.points[0])) == (
        ["Cristo intercede por nosotros"],
        ["Romans 8:34", "Hebrews 7:25"],  # "Ver también Hebreos 7:25" under it
    )
    assert labels(third) == ["Romans 8:35–39", "1 Corinthians 13:4–7"]
    assert outline.intro is not None and outline.intro.text.startswith("Todos hemos sentido")
    assert outline.big_idea is not None
    assert outline.big_idea.text == "Nada puede separarnos del amor de Dios en Cristo"
    assert outline.conclusion is not None
    assert labels(outline.conclusion) == ["Romans 8:38–39", "Psalm 23"]
    # The YAML says the language and writes the passages as a Spanish reader does.
    assert "\nlanguage: es\n" in result.yaml_text
    assert "Juan 3:16" in result.yaml_text and "1 Corintios 13:4–7" in result.yaml_text


def test_a_german_markdown_sermon_reads_joh_3_16_and_punkt_headings():
    result = import_source(IMPORT / "gnade-ohne-mass.md")
    outline = result.outline
    assert (outline.language, outline.title, labels(outline)) == (
        "de",
        "Gnade ohne Maß",
        ["Romans 8:28–39"],
    )
    assert (outline.preacher, outline.date) == ("Pfarrer Thomas Becker", "2026-11-29")
    assert [(s.heading, labels(s)) for s in outline.sections] == [
        ("Gott liebt die Welt", ["John 3:16"]),
        ("Alles dient zum Guten", ["Romans 8:28"]),
        ("Nichts kann uns scheiden", ["Romans 8:38–39"]),
    ]
    love, good, nothing = outline.sections
    assert labels(love.points[0]) == ["Romans 5:8"]
    # "vgl. 1. Mose 50,20": the German book number is no sentence end, "vgl." no slide text.
    assert (good.points[1].text, labels(good.points[1])) == ("Wie bei Josef", ["Genesis 50:20"])
    assert labels(nothing.points[1]) == ["Hebrews 7:25"]
    assert outline.intro is not None and outline.conclusion is not None
    assert labels(outline.conclusion) == ["Romans 8:39"]
    assert "\nlanguage: de\n" in result.yaml_text and "Johannes 3,16" in result.yaml_text


def test_a_french_text_sermon_reads_point_with_a_space_before_the_colon():
    outline = import_source(IMPORT / "la-paix-de-dieu.txt").outline
    assert (outline.language, labels(outline), outline.date) == (
        "fr",
        ["Philippians 4:4–9"],
        "2026-11-29",
    )
    assert outline.preacher == "Pasteur Jean-Marc Dubois"
    assert [(s.heading, labels(s)) for s in outline.sections] == [
        ("Réjouissez-vous dans le Seigneur", ["Philippians 4:4", "Philippians 4:11"]),
        ("Priez au lieu de vous inquiéter", ["Philippians 4:6–7", "Matthew 6:34", "John 3:16"]),
        ("Pensez à ce qui est bon", ["Philippians 4:8–9", "Romans 12:2"]),
    ]
    assert outline.big_idea is not None
    assert outline.big_idea.text == "La paix de Dieu garde ceux qui le prient"


def test_a_portuguese_markdown_sermon_reads_joao_and_jo_and_ponto_headings():
    outline = import_source(IMPORT / "a-videira-verdadeira.md").outline
    assert (outline.language, labels(outline), outline.preacher) == (
        "pt",
        ["John 15:1–11"],
        "Pr. Marcos Oliveira",
    )
    assert [(s.heading, labels(s)) for s in outline.sections] == [
        ("Jesus é a videira", ["John 15:1"]),
        ("Nós somos os ramos", ["John 15:4–5", "Philippians 4:13"]),
        ("O fruto glorifica o Pai", ["John 15:8–11"]),
    ]
    branches, fruit = outline.sections[1:]
    # "Veja também Gálatas 5:22-23" on its own line: a verse slide of the point above it.
    assert labels(branches.points[0]) == ["John 15:5", "Galatians 5:22–23"]
    assert (fruit.points[1].text, labels(fruit.points[1])) == (
        "Ele nos escolheu para dar fruto",
        ["John 15:16"],  # "Jo 15.16": Jo is John, Jó is Job
    )
    assert outline.big_idea is not None
    assert outline.big_idea.text == "Permanecer em Cristo é a única fonte de fruto"


def test_a_spanish_word_file_keeps_its_headings_table_and_references(tmp_path: Path):
    outline = import_source(la_fe_que_vence(tmp_path)).outline
    assert (outline.language, outline.title, labels(outline)) == (
        "es",
        "La fe que vence",
        ["1 John 5:1–5"],
    )
    assert (outline.preacher, outline.date) == ("Pastora Lucía Fernández", "2026-12-06")
    assert [s.heading for s in outline.sections] == [
        "Nacidos de Dios",
        "Sus mandamientos no son gravosos",
        "Esta es la victoria",
    ]
    born, commands, victory = outline.sections
    assert [labels(p) for p in born.points] == [["1 John 5:1"], ["1 John 5:2"]]
    assert texts(commands.points) == [
        "Esclavos del pecado — Siervos de la justicia",
        "Muertos en delitos — Vivos con Cristo",
    ]
    assert commands.notes == "Antes — Ahora"  # the header row names the columns
    assert labels(commands.points[0]) == ["Romans 6:17", "Romans 6:18"]
    assert "John 16:33" in labels(victory.points[0])
    assert outline.conclusion is not None and labels(outline.conclusion) == ["Romans 8:37"]


def test_korean_and_chinese_sermons_read_their_ordinals_and_references():
    korean = import_source(IMPORT / "love-never-fails-ko.txt").outline
    chinese = import_source(IMPORT / "love-never-fails-zh.txt").outline
    for outline in (korean, chinese):
        assert labels(outline) == ["Romans 8:28–39"] and outline.date == "2026-11-29"
        assert [labels(s) for s in outline.sections] == [
            ["Romans 8:28", "Genesis 50:20"],
            ["Romans 8:33–34", "John 3:16"],
            ["Romans 8:35–39", "1 Corinthians 13:4–7"],
        ]
        assert outline.conclusion is not None
        assert labels(outline.conclusion) == ["Romans 8:38–39"]
    assert (korean.preacher, korean.sections[0].heading) == (
        "김철수 목사",
        "하나님은 모든 것을 합력하여 선을 이루십니다",
    )
    assert (chinese.preacher, chinese.sections[0].heading) == ("王明牧师", "万事都互相效力")
    assert chinese.intro is not None  # the first sentence on the slide, the rest in the notes
    assert (chinese.intro.text, chinese.intro.notes) == (
        "我们都曾觉得神忘记了我们",
        "保罗写信给一个受逼迫的教会。",
    )


# -- every sermon: nothing left over, every line placed, the same deck both ways ---------------

EVERY = [*WRITTEN, *WORD]


@pytest.mark.parametrize("source", EVERY, indirect=True)
def test_the_language_is_found_and_no_label_is_left_on_a_slide(source: Path):
    outline = import_source(source).outline
    assert outline.language == LANGUAGE_OF[source.name]
    words = [outline.title, *(s.heading for s in outline.sections)]
    words += [p.text for p in every_point(outline)]
    assert [w for w in words if LEFTOVER.search(w)] == []


@pytest.mark.parametrize("source", EVERY, indirect=True)
def test_every_line_is_accounted_for(source: Path):
    result = import_source(source)
    assert (result.unplaced, result.unresolved, result.warnings) == ((), (), ())
    assert len(result.outline.sections) == 3
    assert result.counts[2] >= len(cited(result.outline)) >= 6


@pytest.mark.parametrize("source", EVERY, indirect=True)
def test_imported_yaml_builds_the_same_deck_as_the_file(source: Path, tmp_path: Path):
    yaml_path = tmp_path / "imported.yaml"
    yaml_path.write_text(import_source(source).yaml_text, encoding="utf-8")
    direct, via_yaml = prepare(source).plan(), prepare(yaml_path).plan()

    def seen(slide):  # what the congregation and the preacher see
        return (slide.kind, slide.title, tuple(b.text for b in slide.blocks), slide.notes)

    assert [seen(s) for s in direct.slides] == [seen(s) for s in via_yaml.slides]
    verses = [s for s in direct.slides if s.kind == "verse"]
    assert len(verses) >= len(cited(prepare(source).outline)) - 1  # the main text may be read


# -- English stays as it was --------------------------------------------------------------------


@pytest.mark.parametrize("path", ENGLISH_INPUTS, ids=lambda p: p.name)
def test_an_english_outline_is_read_as_english_and_writes_no_language(path: Path):
    result = import_source(path)
    assert result.outline.language == "en"
    assert "language:" not in result.yaml_text


def test_one_spanish_reference_quoted_in_an_english_sermon_leaves_it_english():
    lines = [
        "Grace Enough",
        "Text: 2 Corinthians 12:7-10",
        "I. The thorn (v. 7)",
        "Our Spanish Bibles print it as Juan 3:16 in the margin.",
        "II. The grace (vv. 8-9)",
    ]
    assert detect_language(lines).code == "en"


def test_the_language_given_overrides_what_the_words_show(tmp_path: Path):
    # Only one Spanish reference and no structure words: too little to call it Spanish.
    path = tmp_path / "breve.txt"
    path.write_text(
        "La luz del mundo\n\nI. Jesús es la luz\nComo dice Juan 8:12, él es la luz.\n"
        "II. Nosotros somos luz\n",
        encoding="utf-8",
    )
    guessed, given = import_source(path), import_source(path, "es")
    assert (guessed.outline.language, cited(guessed.outline)) == ("en", set())
    assert (given.outline.language, cited(given.outline)) == ("es", {"John 8:12"})


def test_markdown_front_matter_declares_the_language(tmp_path: Path):
    path = tmp_path / "luz.md"
    path.write_text(
        "---\ntitle: La luz del mundo\nlanguage: es\n---\n\n## Jesús es la luz (Juan 8:12)\n\n"
        "- Él nos guía\n\n## Nosotros somos luz (Mateo 5:14)\n\n- Brillar en casa\n",
        encoding="utf-8",
    )
    result = import_source(path)
    assert (result.outline.language, result.language_note, result.unplaced) == ("es", "", ())
    assert [labels(s) for s in result.outline.sections] == [["John 8:12"], ["Matthew 5:14"]]


# -- the command line ---------------------------------------------------------------------------


def test_import_language_on_the_command_line(capsys: pytest.CaptureFixture[str], tmp_path: Path):
    path = tmp_path / "breve.txt"
    path.write_text(
        "La luz del mundo\n\nI. Jesús es la luz (Juan 8:12)\nII. Nosotros somos luz\n",
        encoding="utf-8",
    )
    target = tmp_path / "breve.yaml"
    code, out, _ = run(capsys, "import", str(path), "--language", "es", "-o", str(target))
    assert code == 0 and f"wrote {target}" in out
    assert "language: es" in target.read_text(encoding="utf-8")

    found = tmp_path / "found.yaml"
    code, _, err = run(capsys, "import", str(IMPORT / "amor-que-no-falla.txt"), "-o", str(found))
    assert code == 0
    assert "language: es, from 'Texto: Romanos 8:28-39', 'Introducción'" in err
    assert "--language" in err  # how to choose another

    code, _, err = run(capsys, "import", str(path), "--language", "xx", "-o", str(target))
    assert code == 2
    assert "unknown language 'xx'" in one_line(err) and "es" in one_line(err)


def test_build_set_language_imports_in_that_language(tmp_path: Path):
    path = tmp_path / "breve.txt"
    path.write_text(
        "La luz del mundo\n\nI. Jesús es la luz (Juan 8:12)\nII. Nosotros somos luz\n",
        encoding="utf-8",
    )
    assert prepare(path).outline.sections[0].citations == ()
    outline = prepare(path, overrides={"language": "es"}).outline
    assert labels(outline.sections[0]) == ["John 8:12"]


def test_verses_reads_a_reference_in_the_language_given(capsys: pytest.CaptureFixture[str]):
    code, out, _ = run(capsys, "verses", "Juan 3:16", "--language", "es")
    assert code == 0 and out.startswith("Juan 3:16 (WEB)") and "For God so loved" in out
    code, out, _ = run(capsys, "verses", "Joh 3,16", "--language", "de")
    assert code == 0 and out.startswith("Johannes 3,16 (WEB)")
    code, _, err = run(capsys, "verses", "Juan 3:16", "--language", "xx")
    assert code == 2 and "unknown language 'xx'" in one_line(err)


# -- the words of each language -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "language"),
    [
        ("29 de noviembre de 2026", "es"),
        ("domingo, 29 de noviembre de 2026", "es"),
        ("29/11/2026", "es"),
        ("29 de novembro de 2026", "pt"),
        ("29. November 2026", "de"),
        ("Sonntag, 29. November 2026", "de"),
        ("29.11.2026", "de"),
        ("29 novembre 2026", "fr"),
        ("dimanche 29 novembre 2026", "fr"),
        ("2026년 11월 29일", "ko"),
        ("2026年11月29日", "zh"),
    ],
)
def test_a_date_written_in_the_language_is_read(written: str, language: str):
    assert parse_date(written, language) == "2026-11-29"


@pytest.mark.parametrize(
    ("written", "language"),
    [("31 de febrero de 2026", "es"), ("Ostern, 3. April 2026", "de"), ("29 de noviembre", "es")],
)
def test_what_is_not_a_date_stays_text(written: str, language: str):
    assert parse_date(written, language) == ""


def test_other_languages_words_are_not_read_in_an_english_outline():
    assert point_label("Segundo, la gracia") is None
    assert point_label("Segundo, la gracia", "es") == "La gracia"
    assert role("Einleitung") is None and role("Einleitung", "de") == Role("intro", "")
    assert detail("Thema: Gnade", "en") is None
    assert detail("Thema: Gnade", "de") == ("title", "Gnade")


def test_words_typed_without_accents_are_read():
    assert role("Introduccion", "es") == Role("intro", "")
    assert role("Conclusao: Permaneca nele", "pt") == Role("conclusion", "Permaneca nele")
    assert point_label("Premierement, Dieu nous aime", "fr") == "Dieu nous aime"


def test_a_series_language_is_the_language_its_text_outlines_are_built_in(tmp_path: Path):
    (tmp_path / "series.yaml").write_text("series: La luz\nlanguage: es\n", encoding="utf-8")
    path = tmp_path / "breve.txt"
    path.write_text(
        "La luz del mundo\n\nI. Jesús es la luz (Juan 8:12)\nII. Nosotros somos luz\n",
        encoding="utf-8",
    )
    outline = prepare(path).outline
    assert (outline.language, labels(outline.sections[0])) == ("es", ["John 8:12"])


def test_a_tie_between_two_languages_is_said():
    # Spanish and Portuguese both write "Romanos"; nothing else tells them apart here.
    found = detect_language(["Romanos 8:28", "Romanos 5:8", "I. Gracia", "II. Fe"])
    assert (found.code, found.also) == ("es", ("pt",))
    assert "read as pt as well" in found.note() and "--language" in found.note()
