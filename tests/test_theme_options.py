"""Theme settings are honest: each option is declared once (slidegen/theme_options.py), every
key a theme accepts does something, and keys that would do nothing are errors at their line."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from PIL import Image

from slidegen.errors import SlidegenError
from slidegen.model import SLIDE_KINDS, Theme
from slidegen.schema import theme_schema
from slidegen.theme import load_theme
from slidegen.theme_options import OPTIONS, REQUIRED, STYLE_OPTIONS, walk


def write_theme(folder: Path, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "theme.yaml").write_text(text, encoding="utf-8")
    return folder


def error_of(folder: Path) -> str:
    with pytest.raises(SlidegenError) as caught:
        load_theme(str(folder))
    return str(caught.value)


def test_every_declared_field_is_a_field_of_the_theme() -> None:
    fields = {f.name for f in dataclasses.fields(Theme)}
    attrs = [option.attr for _, option in walk() if option.attr]
    assert attrs and set(attrs) <= fields
    assert len(attrs) == len(set(attrs))  # one option per field


def test_every_option_says_what_it_is_for() -> None:
    for dotted, option in walk():
        assert option.description.strip().endswith("."), dotted
    for key, option in OPTIONS.items():
        assert option.description.strip(), key


def test_the_schema_is_made_from_the_declarations_with_defaults_and_descriptions() -> None:
    schema = theme_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    footer = schema["properties"]["footer"]["properties"]["slide_number"]
    assert footer == {"type": "boolean", "description": "The slide number.", "default": False}
    assert set(schema["properties"]) == set(OPTIONS)
    # A slide kind's block offers only the keys that mean something for it.
    assert "numbering" in schema["properties"]["section"]["properties"]
    assert "numbering" not in schema["properties"]["closing"]["properties"]
    assert "verse_numbers" in schema["properties"]["verse"]["properties"]
    assert "verse_numbers" not in schema["properties"]["point"]["properties"]


def test_defaults_come_from_the_declarations(tmp_path: Path) -> None:
    # A theme that extends nothing and sets only what has no default.
    folder = write_theme(
        tmp_path / "bare",
        "fonts: {heading: Arial, body: Arial, verse: Georgia}\n"
        'colors: {background: "#FFFFFF", heading: "#111111", text: "#111111", '
        'accent: "#0057B8", muted: "#555555"}\n'
        + "".join(f"{kind}:\n  size: 40\n" for kind in SLIDE_KINDS),
    )
    theme = load_theme(str(folder))
    for dotted, option in walk():
        if option.attr and option.default is not REQUIRED:
            assert getattr(theme, option.attr) == option.default, dotted
    assert theme.style("section").numbering == STYLE_OPTIONS["numbering"].default
    assert theme.style("verse").verse_numbers is True


def test_a_required_value_missing_from_the_whole_chain_is_named(tmp_path: Path) -> None:
    folder = write_theme(tmp_path / "t", "fonts: {heading: Arial, body: Arial}\n")
    assert "the theme sets no 'fonts.verse'" in error_of(folder)


@pytest.mark.parametrize(
    ("lines", "where", "message"),
    [
        ("closing:\n  numbering: arabic\n", "3:3", "'numbering' means nothing on closing slides: "
         "it applies to section slides only — move it under 'section:' or remove it"),
        ("point:\n  verse_numbers: false\n", "3:3", "'verse_numbers' means nothing on point "
         "slides: it applies to verse slides only"),
        ("title:\n  numbering: roman\n", "3:3", "'numbering' means nothing on title slides"),
    ],
)  # fmt: skip
def test_a_key_that_means_nothing_for_its_slide_kind_is_an_error_at_its_line(
    tmp_path: Path, lines: str, where: str, message: str
) -> None:
    folder = write_theme(tmp_path / "t", "extends: default\n" + lines)
    text = error_of(folder)
    assert text.startswith(f"{folder / 'theme.yaml'}:{where}: {message}"), text


@pytest.mark.parametrize(
    ("lines", "where", "message"),
    [
        ("background:\n  blur: 6\n", "3:9", "'background.blur' has no effect: it changes the "
         "background photo, and the theme has none — set 'background.image' too"),
        ("background:\n  overlay:\n    opacity: 0.3\n", "4:14", "'background.overlay.opacity' "
         "has no effect"),
        ("logo:\n  corner: top-left\n", "3:11", "'logo.corner' has no effect: it places the "
         "logo, and the theme has none"),
        ("logo:\n  size: 0.2\n", "3:9", "'logo.size' has no effect"),
    ],
)  # fmt: skip
def test_a_key_that_would_do_nothing_is_an_error_at_its_line(
    tmp_path: Path, lines: str, where: str, message: str
) -> None:
    folder = write_theme(tmp_path / "t", "extends: default\n" + lines)
    text = error_of(folder)
    assert text.startswith(f"{folder / 'theme.yaml'}:{where}: {message}"), text


def test_settings_inherited_from_a_built_in_are_not_blamed_on_a_child(tmp_path: Path) -> None:
    # sunrise blurs its photo; a child that swaps the photo for a colour inherits the blur
    # without writing it: not the child's mistake, and it stays harmless.
    folder = write_theme(tmp_path / "t", 'extends: sunrise\nbackground:\n  color: "#101010"\n')
    assert load_theme(str(folder)).background_image == ""


def test_several_problems_are_all_reported_at_once(tmp_path: Path) -> None:
    folder = write_theme(
        tmp_path / "t",
        "extends: default\nclosing:\n  numbering: arabic\nverse:\n  numbering: roman\n"
        "point:\n  verse_numbers: true\n",
    )
    lines = error_of(folder).splitlines()
    assert [re.findall(r"theme\.yaml:(\d+):\d+: ", line) for line in lines] == [["3"], ["5"], ["7"]]


def test_a_three_stop_gradient_keeps_every_stop(tmp_path: Path) -> None:
    folder = write_theme(
        tmp_path / "t",
        'extends: default\nbackground:\n  gradient: ["#0B1A33", "#3A2A5E", "#E07A5F"]\n',
    )
    assert load_theme(str(folder)).gradient == ("#0B1A33", "#3A2A5E", "#E07A5F")


def test_a_photo_with_blur_and_overlay_is_accepted(tmp_path: Path) -> None:
    folder = write_theme(
        tmp_path / "t",
        "extends: default\nbackground:\n  image: sky.png\n  blur: 6\n"
        '  overlay:\n    color: "#000000"\n    opacity: 0.3\n',
    )
    Image.new("RGB", (32, 18), "#88AACC").save(folder / "sky.png")
    theme = load_theme(str(folder))
    assert (theme.blur_radius, theme.overlay_opacity) == (6.0, 0.3)


def test_every_key_of_the_schema_is_one_the_loader_knows() -> None:
    def leaves(node: dict[str, Any], prefix: str = "") -> set[str]:
        found: set[str] = set()
        for key, sub in node.get("properties", {}).items():
            found |= leaves(sub, f"{prefix}{key}.") if "properties" in sub else {prefix + key}
        return found

    assert leaves(theme_schema()) == {dotted for dotted, _ in walk()}
    # The built-in themes are valid against it (the editor's view matches the loader's).
    for path in Path(__file__).resolve().parent.parent.joinpath("themes").glob("*/theme.yaml"):
        jsonschema.validate(yaml.safe_load(path.read_text()), theme_schema())


def test_an_unknown_key_from_a_strange_file_is_not_echoed_in_full(tmp_path: Path) -> None:
    folder = write_theme(tmp_path / "t", "root:*:19000:0:99999:7:::" + "x" * 200 + ": 1\n")
    text = error_of(folder)
    assert len(text) < 400 and "x" * 60 not in text
