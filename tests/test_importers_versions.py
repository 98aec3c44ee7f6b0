"""A Spanish-speaking church's outlines as a volunteer typed them: the version in brackets after
the passage, "Primero," / "Segundo," under a heading, Spanish abbreviations, and the command
line around an import (`-o -`, every warning naming its file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidegen.importers import import_source

from .bible_writers import SPANISH_NAMES, web_chapters, write_zefania
from .cli_support import run
from .conftest import labels

EL_BUEN_PASTOR = """\
EL BUEN PASTOR
Texto: Salmo 23 (RVR1960)
Domingo, 29 de noviembre de 2026
Pastor Carlos Méndez

Introducción:
¿Quién cuida de usted?

I. El pastor provee (v. 1-3)
   A. Delicados pastos
   B. Aguas de reposo – Juan 4:14
II. El pastor protege (vs. 4)
   Primero, en el valle.
   Segundo, con la vara y el cayado.
III. El pastor prepara una mesa (vv.5-6)
   cf. Jn 10:11

Conclusión:
El Señor es mi pastor, nada me faltará.
"""

GOOD_SHEPHERD = """\
THE GOOD SHEPHERD
Text: Psalm 23 (ESV)

I. The shepherd provides (vv. 1-3)
II. The shepherd protects (v. 4)
   First, in the valley.
   Second, with rod and staff.
"""


@pytest.fixture(autouse=True)
def data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "data"
    monkeypatch.setenv("SLIDEGEN_DATA", str(folder))
    return folder


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_version_slidegen_lacks_keeps_the_passage_and_says_the_verses_are_the_web_s(
    tmp_path: Path,
):
    result = import_source(write(tmp_path, "s3.txt", EL_BUEN_PASTOR))
    outline = result.outline
    assert labels(outline) == ["Psalm 23"]
    assert outline.translation == "WEB"
    assert result.unplaced == () and result.unresolved == ()
    assert (
        "line 2: RVR1960 is not installed: the verses are WEB's; `slidegen bibles add` a file "
        "of it to use it"
    ) in result.account()
    # The headings' relative references read against it and leave the headings' words.
    provides, protects, table = outline.sections
    assert (provides.heading, labels(provides)) == ("El pastor provee", ["Psalm 23:1–3"])
    assert (protects.heading, labels(protects)) == ("El pastor protege", ["Psalm 23:4"])
    assert labels(table)[0] == "Psalm 23:5–6"


def test_an_installed_version_in_brackets_becomes_the_translation(tmp_path: Path):
    for text in (
        GOOD_SHEPHERD.replace("ESV", "KJV"),
        "The Good Shepherd\nPsalm 23 (KJV)\n\nI. One (v. 1)\n",
    ):
        result = import_source(write(tmp_path, "kjv.txt", text))
        assert (labels(result.outline), result.outline.translation) == (["Psalm 23"], "KJV")
        assert result.notices == ()
        assert labels(result.outline.sections[0])[0] in ("Psalm 23:1", "Psalm 23:1–3")


def test_a_passage_line_without_a_label_and_markdown_read_the_version_too(tmp_path: Path):
    unlabelled = EL_BUEN_PASTOR.replace("Texto: Salmo", "Salmo")
    markdown = (
        "# El buen pastor\n\n**Texto:** Salmo 23 (RVR1960)\n\n## 1. Provee (v. 1)\n\n- Pastos\n"
    )
    for name, text, number in (("a.txt", unlabelled, 2), ("b.md", markdown, 3)):
        result = import_source(write(tmp_path, name, text), "es")
        assert labels(result.outline) == ["Psalm 23"]
        assert result.outline.subtitle in (None, "")
        assert any(
            line.startswith(f"line {number}: RVR1960 is not installed") for line in result.account()
        )


def test_a_translation_given_as_well_is_kept_and_the_bracketed_one_is_said(tmp_path: Path):
    plain = EL_BUEN_PASTOR.replace("Texto:", "Versión: KJV\nTexto:")
    markdown = (
        "---\ntranslation: KJV\n---\n\n# El buen pastor\n\n*Salmo 23 (RVR1960)*\n\n"
        "## Provee (v. 1)\n\n- Pastos\n"
    )
    # The subtitle of a Markdown file is not given a line: the notice starts with its words.
    for name, text, at in (("a.txt", plain, "line 3: "), ("b.md", markdown, "")):
        result = import_source(write(tmp_path, name, text), "es")
        assert (labels(result.outline), result.outline.translation) == (["Psalm 23"], "KJV")
        assert result.notices == (
            f"{at}the passage names RVR1960 but the translation is KJV: KJV is kept",
        )


def test_an_imported_bible_named_in_brackets_is_the_translation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    source = tmp_path / "rvr.xml"
    write_zefania(source, web_chapters(), SPANISH_NAMES, language="SPA")
    status, out, err = run(capsys, "bibles", "add", str(source), "--code", "RVR1960")
    assert status == 0, err
    assert "(World English Bible (test export), es)" in out  # "SPA" is Spanish: es
    result = import_source(write(tmp_path, "s3.txt", EL_BUEN_PASTOR))
    assert result.outline.translation == "RVR1960"
    assert "translation: RVR1960" in result.yaml_text
    assert not any("not installed" in line for line in result.account())


def test_ordinal_lines_under_a_heading_are_its_points_in_spanish_and_english(tmp_path: Path):
    spanish = import_source(write(tmp_path, "s3.txt", EL_BUEN_PASTOR)).outline
    english = import_source(write(tmp_path, "en.txt", GOOD_SHEPHERD)).outline
    protects = spanish.sections[1]
    assert [p.text for p in protects.points] == ["En el valle", "Con la vara y el cayado"]
    assert protects.notes in (None, "")
    assert [p.text for p in english.sections[1].points] == ["In the valley", "With rod and staff"]
    assert english.sections[1].heading == "The shepherd protects"
    # The letters under I. stay I.'s points.
    assert [p.text for p in spanish.sections[0].points] == ["Delicados pastos", "Aguas de reposo"]


@pytest.mark.parametrize(
    ("written", "label"),
    [
        ("Stgo 1:5", "Santiago 1:5"),
        ("Stg. 1:5", "Santiago 1:5"),
        ("1a. Corintios 13:4", "1 Corintios 13:4"),
        ("1ra. Corintios 13:4", "1 Corintios 13:4"),
        ("2da. Timoteo 3:16", "2 Timoteo 3:16"),
        ("1o. Samuel 3:10", "1 Samuel 3:10"),
        ("1er Samuel 3:10", "1 Samuel 3:10"),
    ],
)
def test_spanish_abbreviations_church_bulletins_use(
    written: str, label: str, capsys: pytest.CaptureFixture[str]
):
    status, out, err = run(capsys, "verses", written, "--language", "es")
    assert status == 0, err
    assert out.startswith(f"{label} (WEB)")


def test_verses_reads_an_imported_bible_s_reference_in_its_own_language(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    source = tmp_path / "rvr.xml"
    write_zefania(source, web_chapters(), SPANISH_NAMES, language="spa")
    assert run(capsys, "bibles", "add", str(source), "--code", "RVPRUEBA")[0] == 0
    status, out, err = run(capsys, "verses", "Sal 23:1", "--translation", "RVPRUEBA")
    assert status == 0, err
    assert "(RVPRUEBA)" in out.splitlines()[0]
    status, out, err = run(capsys, "translations")
    assert "imported (es, " in out


def test_import_dash_o_dash_writes_the_yaml_to_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.chdir(tmp_path)
    source = write(tmp_path, "en.txt", GOOD_SHEPHERD)
    status, out, err = run(capsys, "import", str(source), "-o", "-")
    assert status == 0, err
    assert out.startswith("# Imported by slidegen") and "title: THE GOOD SHEPHERD" in out
    assert not (tmp_path / "-").exists()
    assert "ESV is not installed" in err


def test_every_build_warning_from_an_import_names_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    text = "Sin texto\n\nI. Provee (v. 1-3)\nII. Protege (vs. 4)\n   A. En el valle\n"
    source = write(tmp_path, "s4.txt", text)
    status, _, err = run(capsys, "build", str(source), "-o", str(tmp_path / "s4.pptx"))
    assert status == 0, err
    warnings = [line for line in err.splitlines() if line.startswith("warning:")]
    assert len(warnings) >= 2
    assert all(line.startswith(f"warning: {source}: ") for line in warnings), warnings
