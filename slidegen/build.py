"""The pipeline as one readable function: read and check everything, then plan, then write.

Nothing is written until the outline, the theme and every passage have been read and checked.
The deck is written to a temporary file beside the target and renamed over it only when
complete, so a failed or interrupted build never damages last week's deck.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

from slidegen import fit
from slidegen.errors import OutputError, SlidegenError, raise_all
from slidegen.images import legibility_warnings, with_scrims
from slidegen.model import Citation, Outline, Plan, Scripture, Theme
from slidegen.outline import load_outline
from slidegen.plan import all_citations, plan_deck
from slidegen.reuse import SERIES_FILE
from slidegen.scripture.text import lookup
from slidegen.theme import load_theme

DEFAULT_OUTPUT_DIR = Path("output")


@dataclass(frozen=True)
class BuildResult:
    output: Path
    plan: Plan
    theme: Theme
    warnings: tuple[str, ...]


def default_output(source: Path) -> Path:
    return DEFAULT_OUTPUT_DIR / f"{source.stem}.pptx"


YAML_SUFFIXES = (".yaml", ".yml")


def load_source(
    source: Path,
    warnings: list[str],
    overrides: Mapping[str, str] | None = None,
    translation: str | None = None,
) -> Outline:
    """An outline from YAML, or from a .txt/.md/.docx outline through its importer."""
    if source.suffix.lower() in YAML_SUFFIXES:
        return load_outline(source, warnings, overrides, translation=translation)
    from slidegen.importers import import_source

    imported = import_source(source)
    warnings.extend(f"{source}: could not place: {line}" for line in imported.unplaced)
    return load_outline(
        source, warnings, overrides, text=imported.yaml_text, translation=translation
    )


def outline_files(folder: Path) -> list[Path]:
    """The outlines a folder holds (its series defaults file is not one)."""
    return sorted(
        path
        for path in folder.iterdir()
        if path.suffix.lower() in YAML_SUFFIXES and path.is_file() and path.name != SERIES_FILE
    )


def prepare(
    source: str | Path,
    *,
    theme: str | None = None,
    translation: str | None = None,
    overrides: Mapping[str, str] | None = None,
) -> tuple[Outline, Theme, dict[Citation, Scripture], list[str]]:
    """Load and check the outline, its theme and its passages' text: everything before output."""
    source = Path(source)
    warnings: list[str] = []
    outline = load_source(source, warnings, overrides, translation)
    chosen_theme = load_theme(theme or outline.theme, relative_to=source.parent)
    scriptures = look_up(all_citations(outline), outline.translation, str(source))
    return outline, chosen_theme, scriptures, warnings


def build_deck(
    source: str | Path,
    output: str | Path | None = None,
    *,
    theme: str | None = None,
    translation: str | None = None,
    overrides: Mapping[str, str] | None = None,
) -> BuildResult:
    """Outline file → .pptx. Raises SlidegenError for anything the user can fix."""
    source = Path(source)
    target = Path(output) if output is not None else default_output(source)
    check_target(source, target)
    outline, chosen_theme, scriptures, warnings = prepare(
        source, theme=theme, translation=translation, overrides=overrides
    )
    plan = with_scrims(plan_deck(outline, scriptures, chosen_theme), chosen_theme)
    warnings += font_warnings(chosen_theme)
    warnings += legibility_warnings(plan, chosen_theme)
    write_atomically(target, lambda file: _render(plan, chosen_theme, file))
    return BuildResult(target, plan, chosen_theme, tuple(warnings) + plan.warnings)


def _render(plan: Plan, theme: Theme, file: BinaryIO) -> None:
    # Imported here so commands that never write a deck don't pay for importing python-pptx.
    from slidegen.render import render_deck

    render_deck(plan, theme, file)


def font_warnings(theme: Theme) -> list[str]:
    """Theme fonts found nowhere here: sizes were estimated, and the projector may differ."""
    search = theme.font_dirs
    families = dict.fromkeys((theme.heading_font, theme.body_font, theme.verse_font))
    return [
        f"{source.description}: install the font (or a metric-compatible one) for exact fitting"
        for source in (fit.find_font(family, search_dirs=search) for family in families)
        if source.origin == "estimate"
    ]


def look_up(
    citations: Iterable[Citation], default_translation: str, source: str
) -> dict[Citation, Scripture]:
    """The text of every cited passage; every failure is collected and reported together."""
    found: dict[Citation, Scripture] = {}
    errors: list[SlidegenError] = []
    for citation in citations:
        if citation in found:
            continue
        if citation.given_text:
            # Typed-in text is labelled only with the translation the user named for it.
            found[citation] = Scripture(
                citation.passage, citation.translation, given_text=citation.given_text
            )
            continue
        code = citation.translation or default_translation
        try:
            found[citation] = Scripture(citation.passage, code, lookup(citation.passage, code))
        except SlidegenError as error:
            error.located(source)
            if all(str(e) != str(error) for e in errors):
                errors.append(error)
    raise_all(errors)
    return found


def check_target(source: Path, target: Path) -> None:
    if target.suffix.lower() != ".pptx":
        raise OutputError(f"the output must end in .pptx: {target}", hint="e.g. -o sermon.pptx")
    with contextlib.suppress(OSError):
        if target.exists() and target.resolve() == source.resolve():
            raise OutputError(
                f"refusing to write the deck over its own outline: {target}",
                hint="choose another -o",
            )
    if target.exists() and target.is_dir():
        raise OutputError(f"the output is a folder: {target}", hint="give a file name ending .pptx")


def write_atomically(target: Path, write: Callable[[BinaryIO], object]) -> None:
    """Call `write(file)` on a temp file beside `target`, then rename it over `target`.

    On any failure (an error, Ctrl-C, a full disk) the temp file is removed and an existing
    `target` is left exactly as it was.
    """
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor, name = tempfile.mkstemp(
            dir=target.parent, prefix=f".{target.stem}.", suffix=".tmp"
        )
    except OSError as error:
        # mkdir says "File exists" when a file stands where the folder should be.
        reason = "it is a file, not a folder" if target.parent.is_file() else error.strerror
        raise OutputError(
            f"cannot write in {target.parent} ({reason})", hint="choose another -o"
        ) from error
    temp = Path(name)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        # Temp files are created private (0600); a deck should get the usual permissions.
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, 0o666 & ~umask)
        os.replace(temp, target)
    except BaseException as error:
        with contextlib.suppress(OSError):
            temp.unlink()
        if isinstance(error, OSError):
            raise OutputError(
                f"could not write {target} ({error.strerror or error}); the previous deck, "
                "if any, is unchanged",
                hint="free some disk space or choose another -o",
            ) from error
        raise
