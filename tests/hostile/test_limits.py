"""Bounded work: files built to make slidegen work forever, or fill memory, are refused within
the limits (support.py) with one line saying what to change."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image

from .support import SERMON, built, refusals, refused, slidegen, write


def build(folder: Path, text: str) -> tuple[Path, str]:
    outline = write(folder / "s.yaml", text)
    return outline, refused(slidegen("build", outline, "-o", folder / "d.pptx", cwd=folder))


@pytest.mark.parametrize("depth", [100, 10_000])
def test_yaml_nested_deep_is_refused(tmp_path: Path, depth: int) -> None:
    outline, line = build(tmp_path, "title: x\nsections: " + "[" * depth + "]" * depth + "\n")
    assert line.startswith(f"{outline}")
    assert "nested more than 40 levels deep" in line


def test_a_block_nested_deep_is_refused_at_its_line(tmp_path: Path) -> None:
    nested = "".join(f"{'  ' * level}- points:\n" for level in range(60))
    outline, line = build(tmp_path, "title: x\nsections:\n" + nested)
    assert line.startswith(f"{outline}:")
    assert "nested more than 40 levels deep" in line


def test_two_megabytes_of_points_are_refused_without_reading_them_all(tmp_path: Path) -> None:
    text = SERMON.replace("      - God so loved the world\n", "      - a\n" * 190_000)
    assert len(text) < 2_000_000
    outline, line = build(tmp_path, text)
    assert line.startswith(f"{outline}:")
    assert "holds more than 60,000 values — split it into several files" in line


def test_a_file_over_the_size_limit_is_refused(tmp_path: Path) -> None:
    outline, line = build(tmp_path, SERMON + "# " + "x" * 2_100_000 + "\n")
    assert line.startswith(f"{outline}: is over 2000 kB")


def test_a_billion_laughs_is_refused(tmp_path: Path) -> None:
    laughs = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        laughs.append(f"{level}: &{level} [" + ",".join([f"*{previous}"] * 9) + "]")
    outline, line = build(tmp_path, "\n".join(laughs) + "\n" + SERMON)
    assert "more than 50 YAML aliases" in line


def test_a_whole_book_as_the_main_text_is_refused_with_what_to_do(tmp_path: Path) -> None:
    outline, line = build(tmp_path, SERMON.replace("John 3:16", "Genesis 1-50"))
    assert line == (
        f"{outline}:2:10: Genesis 1–50 is 1533 verses, too long for verse slides (at most "
        "200) — cite a shorter passage (a chapter or less), or set 'read_passage: false' to "
        "leave the main text off the slides"
    )


def test_a_whole_book_as_the_main_text_builds_when_it_is_not_read(tmp_path: Path) -> None:
    outline = write(
        tmp_path / "s.yaml", "read_passage: false\n" + SERMON.replace("John 3:16", "Psalms 1-150")
    )
    built(slidegen("build", outline, "-o", tmp_path / "d.pptx", cwd=tmp_path))


def test_ten_whole_books_in_a_small_outline_are_refused(tmp_path: Path) -> None:
    books = {"Genesis": 50, "Exodus": 40, "Leviticus": 27, "Numbers": 36, "Deuteronomy": 34,
             "Joshua": 24, "Judges": 21, "Ruth": 4, "1 Samuel": 31, "2 Samuel": 24}  # fmt: skip
    points = "".join(
        f"      - text: Read it\n        passage: {book} 1-{chapters}\n"
        for book, chapters in books.items()
    )
    outline = write(tmp_path / "s.yaml", SERMON.replace("      - God so loved the world\n", points))
    done = slidegen("build", outline, "-o", tmp_path / "d.pptx", cwd=tmp_path)
    lines = refusals(done)
    assert len(lines) == 9  # every problem at once, each on its line (Ruth is 85 verses)
    assert lines[0].startswith(f"{outline}:7:18: Genesis 1–50 is 1533 verses")
    assert all("too long for verse slides" in line for line in lines)


def test_many_chapters_together_pass_the_limit_per_deck(tmp_path: Path) -> None:
    points = "".join(
        "      - text: Read it\n        passage: Psalm 119\n" for _ in range(30)
    )  # 30 × 176 verses
    outline, line = build(tmp_path, SERMON.replace("      - God so loved the world\n", points))
    assert "the passages cited come to more than 5000 verses of slides" in line


def test_too_many_sections_are_refused(tmp_path: Path) -> None:
    sections = "".join(f"  - heading: Part {n}\n" for n in range(201))
    outline, line = build(tmp_path, "title: Long\nsections:\n" + sections)
    assert line.startswith(f"{outline}:203:5: more than 200 sections")


def test_a_title_too_long_for_a_deck_is_refused(tmp_path: Path) -> None:
    outline, line = build(tmp_path, SERMON.replace("Grace Enough", "Grace " * 60))
    assert line.startswith(f"{outline}:1:8: the title is 359 characters; at most 255")


def test_a_logo_one_pixel_wide_and_very_tall_still_builds(tmp_path: Path) -> None:
    theme = write(
        tmp_path / "themes" / "t" / "theme.yaml", "extends: default\nlogo:\n  image: logo.png\n"
    )
    Image.new("RGB", (1, 100_000), "white").save(theme.parent / "logo.png")
    outline = write(tmp_path / "s.yaml", "theme: t\n" + SERMON)
    built(slidegen("build", outline, "-o", tmp_path / "d.pptx", cwd=tmp_path))
