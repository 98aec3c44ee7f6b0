"""`language:` in an outline, series.yaml or --set: references read in that language."""

from __future__ import annotations

from pathlib import Path

import pytest

from slidegen.build import build_deck
from slidegen.errors import SlidegenError
from slidegen.model import SlideKind
from slidegen.outline import load_outline

SPANISH_SERMON = """\
title: Nada nos separará
passage: Romanos 8:28-39
language: es
sections:
  - heading: Dios amó al mundo
    passage: Juan 3:16
    points:
      - Ni la muerte ni la vida
"""

GERMAN_SERMON = """\
title: Die Liebe Gottes
passage: Röm 8,28-39
sections:
  - heading: Also hat Gott die Welt geliebt
    passage: Joh 3,16
"""


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


def test_spanish_outline_builds_with_verse_slides(tmp_path: Path) -> None:
    source = write(tmp_path, "romanos.yaml", SPANISH_SERMON)
    result = build_deck(source, tmp_path / "romanos.pptx")
    verses = [s for s in result.plan.slides if s.kind is SlideKind.VERSE]
    shown = {str(s.scripture.passage) for s in verses if s.scripture}
    assert shown == {"Romans 8:28–39", "John 3:16"}
    assert any("God so loved the world" in s.notes for s in verses)  # WEB text
    assert (tmp_path / "romanos.pptx").stat().st_size > 0


def test_german_references_need_language_de(tmp_path: Path) -> None:
    source = write(tmp_path, "roemer.yaml", GERMAN_SERMON)
    with pytest.raises(SlidegenError, match="reads as German") as refused:
        load_outline(source)
    assert "add 'language: de' to the outline" in str(refused.value)
    outline = load_outline(source, overrides={"language": "de"})
    assert str(outline.citations[0].passage) == "Romans 8:28–39"
    assert str(outline.sections[0].citations[0].passage) == "John 3:16"


def test_series_file_sets_the_language(tmp_path: Path) -> None:
    write(tmp_path, "series.yaml", "series: Römerbrief\nlanguage: de\n")
    outline = load_outline(write(tmp_path, "roemer.yaml", GERMAN_SERMON))
    assert str(outline.citations[0].passage) == "Romans 8:28–39"


def test_an_unknown_language_is_one_located_error(tmp_path: Path) -> None:
    source = write(tmp_path, "f.yaml", "title: x\nlanguage: nl\nsections:\n  - heading: a\n")
    with pytest.raises(SlidegenError) as caught:
        load_outline(source)
    assert str(caught.value).startswith(f"{source}:2:11: 'language' must be en, es, pt, de")
    assert "not 'nl'" in str(caught.value)
