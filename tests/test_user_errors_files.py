"""User errors in the files slidegen reads: themes, templates, passages, series files, old
outlines and Word files. Real files in real folders, the real command line.

Every error is one line naming the file (with line:col for YAML) and what to do after " — ",
exits 1, and leaves no deck (nor YAML) behind.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from pathlib import Path

import pytest
from pptx import Presentation

from slidegen.cli import main
from slidegen.errors import OutlineError, ThemeError
from slidegen.importers import import_source
from slidegen.importers.docx import MAX_DOCX_BYTES
from slidegen.outline import load_outline
from slidegen.reuse import new_outline
from slidegen.theme import BUILTIN_THEMES, load_theme

from .cli_support import one_line, run, tree
from .conftest import EXAMPLE, read_deck

# The limit theme.py puts on a template's ppt/presentation.xml (uncompressed bytes).
TEMPLATE_XML_LIMIT = 5_000_000


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLIDEGEN_CACHE", str(tmp_path / "cache"))


@pytest.fixture
def work(tmp_path: Path) -> Path:
    """A folder holding only the example outline, for `tree` to compare after a failed build."""
    folder = tmp_path / "work"
    folder.mkdir()
    shutil.copy(EXAMPLE, folder / "sermon.yaml")
    return folder


def write_theme(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "theme.yaml").write_text(text, encoding="utf-8")
    return folder


def build_fails(
    capsys: pytest.CaptureFixture[str], work: Path, *args: str, outline: str = "sermon.yaml"
) -> str:
    """`slidegen build` exits 1 with one line on stderr and writes no deck; that line."""
    before = tree(work)
    deck = work / "deck.pptx"
    code, out, err = run(capsys, "build", str(work / outline), "-o", str(deck), *args)
    assert code == 1, err
    assert "wrote" not in out
    assert not deck.exists()
    assert tree(work) == before
    return one_line(err)


# -- themes: values YAML reads differently than meant ---------------------------------------


def test_an_unquoted_colour_is_a_comment_and_the_error_says_to_quote_it(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_theme(work / "ours", "extends: default\ncolors:\n  heading: #1A2B3C\n")
    line = build_fails(capsys, work, "--theme", str(folder))
    assert line == (
        f"{folder / 'theme.yaml'}:3:11: 'heading' must be a colour like \"#1A2B3C\" — quote it"
    )


def test_the_quoted_colour_the_hint_asks_for_is_accepted(tmp_path: Path) -> None:
    folder = write_theme(tmp_path / "ours", 'extends: default\ncolors:\n  heading: "#1A2B3C"\n')
    assert load_theme(str(folder)).heading_color == "#1A2B3C"


@pytest.mark.parametrize(
    ("text", "where", "message"),
    [
        ("point:\n  size: big\n", "3:9", "'size' must be a size in points, like 40"),
        ('footer:\n  series: "yes"\n', "3:11", "'series' must be true or false"),
        ("point:\n  align: right\n", "3:10", "'align' must be one of: left, center"),
        (
            'background:\n  gradient: ["#000000"]\n',
            "3:13",
            "'gradient' must be a list of two or more colours like \"#1A2B3C\"",
        ),
        ("template: 12\n", "2:11", "'template' must be text"),
        ("logo:\n  image: 12\n", "3:10", "'image' must be text"),
    ],
    ids=[
        "size-as-text",
        "flag-as-text",
        "unknown-align",
        "one-colour-gradient",
        "path-number",
        "image-number",
    ],  # fmt: skip
)
def test_a_value_of_the_wrong_kind_is_named_at_its_line(
    text: str, where: str, message: str, work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_theme(work / "ours", "extends: default\n" + text)
    line = build_fails(capsys, work, "--theme", str(folder))
    assert line == f"{folder / 'theme.yaml'}:{where}: {message}"


def test_a_wrong_kind_of_value_is_a_theme_error(tmp_path: Path) -> None:
    folder = write_theme(tmp_path / "ours", "extends: default\npoint:\n  size: big\n")
    with pytest.raises(ThemeError, match=r"theme\.yaml:3:9: 'size' must be a size in points"):
        load_theme(str(folder))


# -- themes: missing values, missing files, not a theme at all --------------------------------


def test_a_theme_without_extends_names_the_value_it_leaves_out(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    default = (BUILTIN_THEMES / "default" / "theme.yaml").read_text(encoding="utf-8")
    assert "  verse: Cambria\n" in default
    folder = write_theme(work / "bare", default.replace("  verse: Cambria\n", ""))
    line = build_fails(capsys, work, "--theme", str(folder))
    assert line == (
        f"{folder / 'theme.yaml'}: the theme sets no 'fonts.verse' — "
        "add it, or 'extends: default' to inherit it"
    )


def test_the_whole_default_theme_without_extends_loads(tmp_path: Path) -> None:
    """The control for the test above: only the removed line made it fail."""
    default = (BUILTIN_THEMES / "default" / "theme.yaml").read_text(encoding="utf-8")
    folder = write_theme(tmp_path / "copy", default)
    assert load_theme(str(folder)).verse_font == "Cambria"


def test_a_nearly_empty_theme_without_extends_is_a_theme_error(tmp_path: Path) -> None:
    folder = write_theme(tmp_path / "bare", 'name: bare\ncolors:\n  heading: "#1A2B3C"\n')
    with pytest.raises(ThemeError, match=r"the theme sets no '\w+\.\w+'") as caught:
        load_theme(str(folder))
    assert caught.value.path == str(folder / "theme.yaml")
    assert "extends: default" in str(caught.value.hint)


@pytest.mark.parametrize(
    ("given", "named"),
    [
        ("nowhere", "nowhere"),  # a folder that does not exist
        ("nowhere.yaml", "nowhere.yaml"),  # a file that does not exist
        ("empty", "empty/theme.yaml"),  # a folder without a theme.yaml
    ],
)
def test_a_theme_path_that_does_not_exist_is_named(
    given: str, named: str, work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (work / "empty").mkdir()
    line = build_fails(capsys, work, "--theme", str(work / given))
    assert line == f"error: theme file not found: {work / named} — check the path"


def test_a_theme_that_is_a_list_is_refused_with_a_hint(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_theme(work / "listed", "- extends: default\n- name: listed\n")
    line = build_fails(capsys, work, "--theme", str(folder))
    path = re.escape(str(folder / "theme.yaml"))
    assert re.fullmatch(rf"{path}:1(:1)?: a theme must be a set of 'key: value' lines — \S.*", line)


def test_a_theme_that_is_a_list_is_a_theme_error(tmp_path: Path) -> None:
    folder = write_theme(tmp_path / "listed", "- extends: default\n")
    with pytest.raises(ThemeError, match="a theme must be a set of 'key: value' lines"):
        load_theme(str(folder))


# -- themes: a template whose presentation.xml is too large ------------------------------------


def template_theme(folder: Path, xml_bytes: int) -> Path:
    """A theme whose template (PowerPoint's blank one) has its presentation.xml padded with
    spaces to `xml_bytes` (small once zipped)."""
    write_theme(folder, "extends: default\ntemplate: ours.pptx\n")
    Presentation().save(str(folder / "blank.pptx"))
    with zipfile.ZipFile(folder / "blank.pptx") as blank:
        parts = {info.filename: blank.read(info) for info in blank.infolist()}
    (folder / "blank.pptx").unlink()
    xml = parts["ppt/presentation.xml"]
    end = xml.rindex(b"</p:presentation>")
    parts["ppt/presentation.xml"] = xml[:end] + b" " * (xml_bytes - len(xml)) + xml[end:]
    with zipfile.ZipFile(folder / "ours.pptx", "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    assert (folder / "ours.pptx").stat().st_size < 100_000
    return folder


def test_a_template_with_a_huge_presentation_xml_is_refused_with_a_hint(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = template_theme(work / "ours", TEMPLATE_XML_LIMIT + 1)
    line = build_fails(capsys, work, "--theme", str(folder))
    prefix = (
        f"{folder / 'theme.yaml'}:2:11: the template's presentation.xml is too large: "
        f"{(folder / 'ours.pptx').resolve()} — "
    )
    assert line.startswith(prefix), line
    assert line[len(prefix) :].strip()


def test_a_template_presentation_xml_at_the_limit_is_read(tmp_path: Path) -> None:
    """The control for the test above: the limit is the size, not any template at all."""
    folder = template_theme(tmp_path / "ours", TEMPLATE_XML_LIMIT)
    theme = load_theme(str(folder))
    assert theme.template == str((folder / "ours.pptx").resolve())
    assert (theme.slide_width_pt, theme.slide_height_pt) == (720.0, 540.0)  # python-pptx: 4:3


def test_a_huge_template_is_a_theme_error_at_the_template_line(tmp_path: Path) -> None:
    folder = template_theme(tmp_path / "ours", TEMPLATE_XML_LIMIT + 1)
    with pytest.raises(ThemeError, match="presentation.xml is too large") as caught:
        load_theme(str(folder))
    assert (caught.value.path, caught.value.line, caught.value.col) == (
        str(folder / "theme.yaml"),
        2,
        11,
    )


# -- outlines: given text for several passages -----------------------------------------------

PASSAGE_OUTLINE = """\
title: Love
passage:
  ref: {ref}
  text: For God so loved the world
sections:
  - heading: Loved
    points:
      - text: God loves first
"""


def test_text_given_for_several_passages_is_refused_at_the_ref(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    outline = work / "love.yaml"
    outline.write_text(PASSAGE_OUTLINE.format(ref="John 3:16-17; Romans 5:8"), encoding="utf-8")
    line = build_fails(capsys, work, outline="love.yaml")
    assert line == (
        f"{outline}:3:8: text given for more than one passage — give one passage per 'ref'"
    )


def test_text_given_for_several_passages_is_an_outline_error(tmp_path: Path) -> None:
    outline = tmp_path / "love.yaml"
    outline.write_text(PASSAGE_OUTLINE.format(ref="John 3:16; Romans 5:8"), encoding="utf-8")
    with pytest.raises(OutlineError, match=r"love\.yaml:3:8: text given for more than one"):
        load_outline(outline)


def test_text_given_for_one_passage_is_shown_on_the_slides(tmp_path: Path) -> None:
    """The control: the same outline with one passage builds, with the given words."""
    outline = tmp_path / "love.yaml"
    outline.write_text(PASSAGE_OUTLINE.format(ref="John 3:16"), encoding="utf-8")
    deck = tmp_path / "love.pptx"
    assert main(["build", str(outline), "-o", str(deck)]) == 0
    assert any("For God so loved the world" in s.body for s in read_deck(deck))


# -- series files and old outlines that are not key: value lines ------------------------------


def test_a_series_file_that_is_a_list_is_refused_with_a_hint(
    work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    series = work / "series.yaml"
    series.write_text("- series: Exodus\n- church: Grace\n", encoding="utf-8")
    line = build_fails(capsys, work)
    path = re.escape(str(series))
    assert re.fullmatch(
        rf"{path}:1(:1)?: a series file must be a set of 'key: value' lines — \S.*", line
    )


def test_a_series_file_that_is_a_list_is_an_outline_error(tmp_path: Path) -> None:
    shutil.copy(EXAMPLE, tmp_path / "sermon.yaml")
    (tmp_path / "series.yaml").write_text("- series: Exodus\n", encoding="utf-8")
    with pytest.raises(
        OutlineError, match="a series file must be a set of 'key: value' lines"
    ) as caught:
        load_outline(tmp_path / "sermon.yaml")
    assert caught.value.path == str(tmp_path / "series.yaml")


def test_new_from_an_old_outline_that_is_a_list_is_refused_with_a_hint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = tmp_path / "old.yaml"
    old.write_text("- Heading one\n- Heading two\n", encoding="utf-8")
    target = tmp_path / "new.yaml"
    code, out, err = run(capsys, "new", "Fresh Start", "--from", str(old), "-o", str(target))
    assert code == 1
    assert "wrote" not in out
    path = re.escape(str(old))
    line = one_line(err)
    assert re.fullmatch(
        rf"{path}:1(:1)?: an outline must be a set of 'key: value' lines — \S.*", line
    )
    assert tree(tmp_path) == ["old.yaml"]


def test_new_from_an_old_outline_that_is_a_list_is_an_outline_error(tmp_path: Path) -> None:
    old = tmp_path / "old.yaml"
    old.write_text("- Heading one\n", encoding="utf-8")
    with pytest.raises(OutlineError, match="an outline must be a set of 'key: value' lines"):
        new_outline("Fresh Start", old)


# -- Word files --------------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["build", "import"])
def test_text_renamed_docx_is_not_a_word_document(
    command: str, work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fake = work / "notes.docx"
    fake.write_text("I. Grace\nA. It is free\n", encoding="utf-8")
    before = tree(work)
    target = work / ("out.pptx" if command == "build" else "out.yaml")
    code, out, err = run(capsys, command, str(fake), "-o", str(target))
    assert code == 1
    assert "wrote" not in out
    assert one_line(err) == (
        f"{fake}: is not a readable Word document (.docx) — "
        "open it in Word and save it again as .docx"
    )
    assert tree(work) == before


def sparse_file(path: Path, size: int) -> Path:
    """A file of `size` zero bytes that takes (almost) no disk space."""
    with path.open("wb") as handle:
        handle.truncate(size)
    assert path.stat().st_size == size
    return path


@pytest.mark.parametrize("command", ["build", "import"])
def test_an_oversized_docx_is_refused_with_a_hint(
    command: str, work: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    huge = sparse_file(work / "huge.docx", MAX_DOCX_BYTES + 1)
    before = tree(work)
    target = work / ("out.pptx" if command == "build" else "out.yaml")
    code, out, err = run(capsys, command, str(huge), "-o", str(target))
    assert code == 1
    assert "wrote" not in out
    line = one_line(err)
    assert line.startswith(f"{huge}: is "), line
    assert "too big for an outline — " in line
    assert tree(work) == before


def test_a_docx_at_the_size_limit_is_opened_not_refused_for_size(tmp_path: Path) -> None:
    """The control: at the limit the file is read (and these zeros are no Word file)."""
    path = sparse_file(tmp_path / "limit.docx", MAX_DOCX_BYTES)
    with pytest.raises(OutlineError, match="is not a readable Word document"):
        import_source(path)


def test_an_oversized_docx_is_an_outline_error_naming_the_file(tmp_path: Path) -> None:
    path = sparse_file(tmp_path / "huge.docx", MAX_DOCX_BYTES + 1)
    with pytest.raises(OutlineError, match="too big for an outline") as caught:
        import_source(path)
    assert caught.value.path == str(path)
