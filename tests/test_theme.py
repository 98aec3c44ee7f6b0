"""Themes: the built-ins build the example deck, `extends` merges, every error names its line."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PIL import Image
from pptx import Presentation

from slidegen.build import build_deck, prepare
from slidegen.errors import SlidegenError, ThemeError
from slidegen.theme import builtin_theme_names, load_theme

from .conftest import EXAMPLE, read_deck, rects_overlap


@pytest.fixture(autouse=True)
def private_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SLIDEGEN_CACHE", str(tmp_path / "cache"))


def write_theme(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "theme.yaml").write_text(text, encoding="utf-8")
    return folder


def test_there_are_at_least_five_genuinely_different_built_in_themes() -> None:
    names = builtin_theme_names()
    assert {"default", "parchment", "high-contrast", "sunrise", "minimal"} <= set(names)
    themes = [load_theme(name) for name in names]
    looks = {(t.background, t.text_color, t.heading_font, t.background_image) for t in themes}
    assert len(looks) == len(themes)
    assert all(t.description for t in themes)


@pytest.mark.parametrize("name", builtin_theme_names())
def test_each_built_in_theme_builds_the_example_deck(name: str, tmp_path: Path) -> None:
    result = build_deck(EXAMPLE, tmp_path / f"{name}.pptx", theme=name)
    slides = read_deck(result.output)
    assert [s.title for s in slides] == [s.title for s in result.plan.slides]
    assert all(s.title.strip() and s.notes.strip() for s in slides)
    assert result.output.stat().st_size < 5_000_000


def test_high_contrast_theme_has_larger_minimums_than_default() -> None:
    default, high = load_theme("default"), load_theme("high-contrast")
    for kind in ("point", "verse", "title"):
        assert high.style(kind).min_pt > default.style(kind).min_pt


def test_a_theme_extends_another_and_overrides_only_what_it_names(tmp_path: Path) -> None:
    folder = write_theme(
        tmp_path / "ours",
        'extends: parchment\nname: ours\ncolors:\n  accent: "#7A2E1A"\n'
        'background:\n  color: "#FAF5EA"\npoint:\n  align: center\n',
    )
    theme = load_theme(str(folder))
    parchment = load_theme("parchment")
    assert theme.accent_color == "#7A2E1A"
    assert theme.text_color == parchment.text_color
    assert theme.heading_font == "Cambria"
    assert theme.style("point").align == "center"
    assert theme.style("point").max_pt == parchment.style("point").max_pt
    # A plain background colour replaces the parent's gradient rather than hiding under it.
    assert theme.background == "#FAF5EA" and theme.gradient == ()


def test_every_validation_error_is_reported_with_its_line(tmp_path: Path) -> None:
    folder = write_theme(
        tmp_path / "bad",
        "extends: default\n"  # 1
        "colours:\n"  # 2
        '  text: "#FFFFFF"\n'  # 3
        "logo:\n"  # 4
        "  corner: middle\n"  # 5
        "  size: 3\n"  # 6
        "background:\n"  # 7
        "  overlay:\n"  # 8
        "    opacity: 2\n"  # 9
        "  blur: -1\n"  # 10
        "legibility:\n"  # 11
        "  auto_scrim: maybe\n"  # 12
        "slide:\n"  # 13
        "  size: 21:9\n",  # 14
    )
    with pytest.raises(SlidegenError) as caught:
        load_theme(str(folder))
    text = str(caught.value)
    path = re.escape(str(folder / "theme.yaml"))
    for line, words in [
        (2, "did you mean 'colors'"),
        (5, "'corner' must be one of"),
        (6, "'size' must be points"),
        (9, "'opacity' must be a number from 0 to 1"),
        (10, "'blur' must be a radius"),
        (12, "'auto_scrim' must be true or false"),
        (14, "'size' must be one of"),
    ]:
        assert re.search(rf"{path}:{line}:\d+: .*{re.escape(words)}", text), (line, text)


@pytest.mark.parametrize(
    "value", ["../outside.png", "/etc/hostname", "images/../../outside.png", "link.png"]
)
def test_asset_paths_may_not_leave_the_theme_folder(tmp_path: Path, value: str) -> None:
    Image.new("RGB", (8, 8), "white").save(tmp_path / "outside.png")
    folder = write_theme(tmp_path / "t", f"extends: default\nbackground:\n  image: {value}\n")
    os.symlink(tmp_path / "outside.png", folder / "link.png")
    with pytest.raises(ThemeError) as caught:
        load_theme(str(folder))
    assert f"{folder / 'theme.yaml'}:3:10: " in str(caught.value)
    assert "theme's folder" in str(caught.value)


def test_a_missing_image_is_named_with_its_line(tmp_path: Path) -> None:
    folder = write_theme(tmp_path / "t", "extends: default\nlogo:\n  image: logo.png\n")
    with pytest.raises(ThemeError, match=r"theme.yaml:3:10: 'logo.image' file not found"):
        load_theme(str(folder))


def test_a_theme_in_the_working_directory_wins_over_a_built_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_theme(tmp_path / "themes" / "minimal", 'extends: default\ncolors:\n  accent: "#FF0000"\n')
    monkeypatch.chdir(tmp_path)
    assert load_theme("minimal").accent_color == "#FF0000"


@pytest.mark.parametrize("corner", ["top-right", "bottom-left"])
def test_text_keeps_clear_of_the_logo(tmp_path: Path, corner: str) -> None:
    folder = write_theme(
        tmp_path / "t",
        f"extends: minimal\nlogo:\n  image: logo.png\n  corner: {corner}\n  size: 0.14\n",
    )
    Image.new("RGBA", (400, 200), (200, 30, 30, 255)).save(folder / "logo.png")
    result = build_deck(EXAMPLE, tmp_path / "logo.pptx", theme=str(folder))
    rect = result.theme.logo_rect
    assert rect is not None and rect[2] == pytest.approx(960 * 0.14)
    assert rect[3] == pytest.approx(rect[2] / 2, abs=0.1)
    for slide in result.plan.slides:
        assert not any(rects_overlap((b.x, b.y, b.width, b.height), rect) for b in slide.blocks), (
            slide.title
        )
    prs = Presentation(str(result.output))
    logos = [s for slide in prs.slides for s in slide.shapes if s.name == "Logo"]
    assert len(logos) == len(prs.slides)
    media = {s.image.sha1 for s in logos}
    assert len(media) == 1


def test_footer_shows_slide_numbers_when_the_theme_asks() -> None:
    plan = prepare(EXAMPLE, theme="minimal").plan()
    for number, slide in enumerate(plan.slides, 1):
        texts = [b.text for b in slide.blocks if b.align == "right"]
        if slide.kind in ("title", "closing"):
            continue
        assert texts == [str(number)]


def test_section_numbers_follow_the_theme() -> None:
    plan = prepare(EXAMPLE, theme="minimal").plan()
    sections = [s for s in plan.slides if s.kind == "section"]
    assert [b.text for b in sections[1].blocks if b.text == "2"]


def test_a_child_background_colour_replaces_the_parents_image(tmp_path: Path) -> None:
    folder = write_theme(tmp_path / "plain", 'extends: sunrise\nbackground:\n  color: "#101010"\n')
    theme = load_theme(str(folder))
    sunrise = load_theme("sunrise")
    # Colour, gradient and image are one choice: naming one drops the parent's.
    assert theme.background == "#101010"
    assert theme.background_image == "" and theme.gradient == ()
    # The rest of the background block is still inherited.
    assert theme.overlay_opacity == sunrise.overlay_opacity
    assert theme.blur_radius == sunrise.blur_radius


def test_a_child_background_gradient_replaces_the_parents_colour(tmp_path: Path) -> None:
    write_theme(
        tmp_path / "red",
        'extends: default\ncolors:\n  background: "#222222"\nbackground:\n  color: "#FF0000"\n',
    )
    folder = write_theme(
        tmp_path / "fade", 'extends: ../red\nbackground:\n  gradient: ["#101010", "#202020"]\n'
    )
    theme = load_theme(str(folder))
    assert theme.gradient == ("#101010", "#202020")
    assert theme.background == "#222222"  # colors.background, not the parent's red


def test_a_child_background_image_replaces_the_parents_gradient(tmp_path: Path) -> None:
    folder = write_theme(tmp_path / "photo", "extends: default\nbackground:\n  image: bg.png\n")
    Image.new("RGB", (16, 9), "white").save(folder / "bg.png")
    theme = load_theme(str(folder))
    assert theme.background_image == str((folder / "bg.png").resolve())
    assert theme.gradient == ()


def test_a_theme_may_set_both_colour_and_image_in_one_file(tmp_path: Path) -> None:
    folder = write_theme(
        tmp_path / "both",
        'extends: default\nbackground:\n  color: "#101010"\n  image: bg.png\n',
    )
    Image.new("RGB", (16, 9), "white").save(folder / "bg.png")
    theme = load_theme(str(folder))
    assert theme.background == "#101010" and theme.background_image and theme.gradient == ()


def test_a_long_extends_chain_is_not_mistaken_for_a_circle(tmp_path: Path) -> None:
    write_theme(tmp_path / "t0", 'extends: default\ncolors:\n  accent: "#000000"\n')
    for level in range(1, 10):
        write_theme(tmp_path / f"t{level}", f"extends: ../t{level - 1}\nname: t{level}\n")
    theme = load_theme(str(tmp_path / "t9"))
    assert theme.name == "t9" and theme.accent_color == "#000000"


def test_an_extends_circle_names_the_file_that_repeats(tmp_path: Path) -> None:
    write_theme(tmp_path / "a", "extends: ../b\n")
    write_theme(tmp_path / "b", "extends: ../c\n")
    write_theme(tmp_path / "c", "extends: ../a\n")
    with pytest.raises(ThemeError) as caught:
        load_theme(str(tmp_path / "a"))
    text = str(caught.value)
    assert "circle" in text and "theme.yaml:1:10: " in text
    assert str((tmp_path / "a" / "theme.yaml").resolve()) in text
    assert text.count("..") <= 2, text  # not a/../b/../c/../a/../b/...


def test_a_theme_that_extends_itself_is_a_circle(tmp_path: Path) -> None:
    folder = write_theme(tmp_path / "me", "extends: ../me\n")
    with pytest.raises(ThemeError, match="circle"):
        load_theme(str(folder))


def test_a_smaller_size_lowers_the_inherited_minimum(tmp_path: Path) -> None:
    folder = write_theme(tmp_path / "small", "extends: default\npoint:\n  size: 20\n")
    style = load_theme(str(folder)).style("point")
    assert style.max_pt == 20 and style.min_pt == 20


def test_a_written_minimum_above_the_size_is_reported_at_its_line(tmp_path: Path) -> None:
    folder = write_theme(
        tmp_path / "small", "extends: default\npoint:\n  size: 30\n  min_size: 34\n"
    )
    with pytest.raises(ThemeError) as caught:
        load_theme(str(folder))
    assert f"{folder / 'theme.yaml'}:4:13: 'point.min_size' (34) is larger" in str(caught.value)


def test_a_written_minimum_above_the_inherited_size_is_reported_at_its_line(
    tmp_path: Path,
) -> None:
    folder = write_theme(tmp_path / "big", "extends: default\nverse:\n  min_size: 40\n")
    with pytest.raises(ThemeError) as caught:
        load_theme(str(folder))
    assert f"{folder / 'theme.yaml'}:3:13: 'verse.min_size' (40)" in str(caught.value)


def test_a_theme_without_a_name_is_called_by_its_folder_not_its_parent(tmp_path: Path) -> None:
    folder = tmp_path / "st-marks"
    folder.mkdir()
    (folder / "theme.yaml").write_text('extends: parchment\ncolors: {accent: "#7A1F3D"}\n')
    assert load_theme(str(folder)).name == "st-marks"
