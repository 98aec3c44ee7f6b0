"""slidegen.check: the plan re-measured slide by slide, contrast, fonts, warnings."""

from __future__ import annotations

import dataclasses

import pytest

from slidegen.check import check_block, check_outline
from slidegen.contrast import AA_CONTRAST
from slidegen.model import Run, TextBlock
from slidegen.resources import resolve_fonts
from slidegen.theme import load_theme
from tests.cli_support import run
from tests.conftest import DATA, EXAMPLE


@pytest.fixture(scope="module")
def example_report():
    return check_outline(EXAMPLE)


def test_the_example_outline_has_no_overflow_and_good_contrast_everywhere(example_report):
    assert example_report.rows
    assert [r.number for r in example_report.rows] == list(range(1, len(example_report.rows) + 1))
    assert all(not row.overflows for row in example_report.rows)
    assert min(row.contrast for row in example_report.rows) >= AA_CONTRAST
    assert example_report.problems == 0


def test_the_report_names_the_font_files_that_measured_the_theme_fonts(example_report):
    assert any(f.startswith("Calibri Bold: measured with Carlito") for f in example_report.fonts)
    assert any(f.startswith("Cambria: measured with Caladea") for f in example_report.fonts)


def test_the_table_lists_every_slide_with_its_main_text_size(example_report):
    table = example_report.format()
    assert "Real Intercession" in table
    assert f"{len(example_report.rows)} slides; 0 problems" in table
    verse = next(r for r in example_report.rows if r.kind == "verse")
    assert 28 <= verse.size_pt <= 36  # the verse body, not its small label


def test_a_theme_with_poor_contrast_and_no_scrims_is_reported(tmp_path):
    theme = tmp_path / "murky" / "theme.yaml"
    theme.parent.mkdir()
    theme.write_text(
        'name: murky\nextends: default\ncolors:\n  text: "#333333"\n'
        "legibility:\n  auto_scrim: false\n"
    )
    report = check_outline(EXAMPLE, theme=str(theme))
    assert report.theme == "murky"
    low_blocks = sum(len(row.low_contrast) for row in report.rows)
    # Each low-contrast block counts once: as its row, not again as a warning.
    assert report.problems == low_blocks + len(report.warnings) > len(report.warnings)
    assert not any("contrast" in w for w in report.warnings)
    low = [row for row in report.rows if row.low_contrast]
    assert {row.kind for row in low} >= {"point", "verse"}
    assert all(row.contrast < 2 for row in low)
    assert "low contrast" in report.format()


def test_poor_contrast_that_scrims_fix_is_shown_but_not_a_problem(tmp_path):
    theme = tmp_path / "murky" / "theme.yaml"
    theme.parent.mkdir()
    theme.write_text('name: murky\nextends: default\ncolors:\n  text: "#333333"\n')
    report = check_outline(EXAMPLE, theme=str(theme))
    assert not any(row.low_contrast for row in report.rows)
    assert sum(row.scrims for row in report.rows) > 0
    assert "a scrim is put under text" in report.format()


def test_the_stress_outline_fits_everywhere_but_its_warnings_count_as_problems():
    report = check_outline(DATA / "stress.yaml")
    assert all(not row.overflows for row in report.rows)
    assert report.warnings and report.problems == len(report.warnings)
    assert any(row.size_pt < row.min_pt for row in report.rows)  # shrunken long headings
    assert "below" in report.format()


def test_a_block_whose_text_cannot_fit_its_box_is_flagged():
    theme = load_theme()
    block = TextBlock(
        paragraphs=((Run("a sentence far too long for a small box " * 6),),),
        x=60,
        y=100,
        width=300,
        height=60,
        size_pt=40,
        font=theme.body_font,
        color=theme.text_color,
    )
    fonts = resolve_fonts(theme)
    checked = check_block(block, fonts)
    assert checked.overflows
    assert checked.needed_height_pt > 60
    assert "needs" in checked.describe()
    assert not check_block(dataclasses.replace(block, height=2000), fonts).overflows


def test_the_worst_gradient_stop_decides_a_blocks_contrast(tmp_path):
    folder = tmp_path / "fade"
    folder.mkdir()
    (folder / "theme.yaml").write_text(
        "extends: default\nbackground: {gradient: ['#000000', '#FFFFFF']}\n"
        "legibility: {auto_scrim: false}\ncolors: {text: '#FFFFFF', heading: '#FFFFFF'}\n",
        encoding="utf-8",
    )
    report = check_outline(EXAMPLE, theme=str(folder))
    blocks = [b for row in report.rows for b in row.blocks]
    # White text near the white end of a black-to-white gradient can hardly be seen.
    assert min(b.contrast for b in blocks) < 1.5
    assert max(b.contrast for b in blocks) > 7
    assert report.problems > 0


def test_check_takes_the_settings_build_takes(capsys):
    """`check --parallel KJV --set repeat_verses=full` checks the deck build would make."""
    plain = check_outline(EXAMPLE)
    code, out, _ = run(
        capsys, "check", str(EXAMPLE), "--parallel", "KJV", "--set", "repeat_verses=full"
    )
    assert code == 0
    assert "(WEB · KJV)" in out
    assert f"{len(plain.rows)} slides" not in out  # the repeats shown in full add slides
