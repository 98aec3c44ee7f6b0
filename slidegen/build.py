"""The pipeline as one readable function: read and check everything, then plan, then write.

Nothing is written until the outline, the theme and every passage have been read and checked.
The deck is written to a temporary file beside the target and renamed over it only when
complete, so a failed or interrupted build never damages last week's deck.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO

from slidegen import fit
from slidegen.confine import is_inside
from slidegen.contrast import AA_CONTRAST
from slidegen.errors import OutlineError, OutputError, SlidegenError, ThemeError, raise_all
from slidegen.model import Citation, Outline, Plan, Scripture, Theme
from slidegen.outline import load_outline
from slidegen.parallel_text import with_parallel
from slidegen.plan import Resources, all_citations, plan_deck
from slidegen.resources import resolve
from slidegen.reuse import SERIES_FILE
from slidegen.scripture.text import imported_bible, scripture
from slidegen.theme import load_theme

if TYPE_CHECKING:  # the store is imported only when an outline names an imported Bible
    from slidegen.bibles.store import ImportedBible

DEFAULT_OUTPUT_DIR = Path("output")


@dataclass(frozen=True)
class BuildResult:
    output: Path
    plan: Plan
    theme: Theme
    warnings: tuple[str, ...]
    # What the deck was planned from, for the outputs made beside it (lower thirds, handout).
    prepared: Prepared | None = None


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

    imported = import_source(source, _declared_language(source, overrides))
    warnings.extend(f"{source}: could not place: {line}" for line in imported.unplaced)
    # Relative references left in the text as written, and what the import chose and why.
    warnings.extend(f"{source}: {line}" for line in imported.unresolved + imported.notices)
    return load_outline(
        source, warnings, overrides, text=imported.yaml_text, translation=translation
    )


def _declared_language(source: Path, overrides: Mapping[str, str] | None) -> str | None:
    """`--set language=es`, or else the series' language: the language a .txt/.md/.docx is
    written in, its structure words too (None: the importer finds it). A series' language that
    is not one is left for the outline loader to report at its line."""
    from slidegen.reuse import apply_series_defaults
    from slidegen.scripture.languages import LANGUAGES
    from slidegen.yamlfile import YamlMap

    if overrides and overrides.get("language"):
        return overrides["language"]
    series = YamlMap()
    apply_series_defaults(series, source.parent)
    language = str(series.get("language", "")).lower()
    return language if language in LANGUAGES else None


def choose_theme(option: str | None, named: str, source: Path) -> Theme:
    """`--theme` is the user's own choice: read from the current folder, from anywhere. The
    outline's `theme:` was written in the file: read from its folder, and confined to it."""
    if option:
        return load_theme(option)
    folder = source.parent.resolve()
    try:
        return load_theme(named, relative_to=folder, confined_to=folder)
    except ThemeError as error:
        raise error.located(source) from None  # the outline named it


def outline_files(folder: Path) -> list[Path]:
    """The outlines a folder holds, in any format slidegen reads (its series defaults file is
    not one); two that would write the same deck (a.yaml and a.yml, a.yaml and a.docx, or
    A.yaml on a disk that ignores case) are an error."""
    from slidegen.importers import SUFFIXES

    readable = (*YAML_SUFFIXES, *SUFFIXES)
    found = sorted(
        path
        for path in folder.iterdir()
        if path.suffix.lower() in readable and path.is_file() and path.name != SERIES_FILE
    )
    seen: dict[str, Path] = {}
    for path in found:
        if not is_inside(path, folder):  # named by the folder's listing, not by the user
            raise OutlineError(
                "leads out of the folder (a symlink)", path=path, hint="build it by its own name"
            )
        other = seen.setdefault(path.stem.casefold(), path)
        if other is not path:
            raise OutputError(
                f"{other.name} and {path.name} would both be written to {path.stem}.pptx",
                path=folder,
                hint="rename one of them",
            )
    return found


@dataclass(frozen=True)
class Prepared:
    """Everything read and checked before planning: the outline, its theme, its passages' text,
    and the theme's fonts and images resolved for the planner."""

    outline: Outline
    theme: Theme
    scriptures: Mapping[Citation, Scripture]
    resources: Resources
    warnings: tuple[str, ...]

    def plan(self) -> Plan:
        return plan_deck(self.outline, self.scriptures, self.theme, self.resources)

    def lower_thirds(self) -> Plan:
        """The livestream's lower-third frames, by the deck's rules in their own region."""
        from slidegen.plan.lower_thirds import plan_lower_thirds

        return plan_lower_thirds(self.outline, self.scriptures, self.theme, self.resources)

    def with_theme(self, theme: Theme) -> Prepared:
        """The same outline and passages with another theme (its fonts and images resolved)."""
        return replace(self, theme=theme, resources=resolve(theme, self.resources.book_names))


def prepare(
    source: str | Path,
    *,
    theme: str | None = None,
    translation: str | None = None,
    overrides: Mapping[str, str] | None = None,
) -> Prepared:
    """Load and check the outline, its theme and its passages' text; find the theme's fonts and
    prepare its images: everything before planning."""
    source = Path(source)
    warnings: list[str] = []
    outline = load_source(source, warnings, overrides, translation)
    chosen_theme = choose_theme(theme, outline.theme, source)
    scriptures = look_up(all_citations(outline), outline.translation, str(source))
    if outline.parallel:
        scriptures = with_parallel(scriptures, outline.parallel, str(source))
    # Labels use the main translation's book names (a parallel one's column too).
    bible = imported_bible(outline.translation)
    resources = resolve(chosen_theme, bible.book_names if bible is not None else None)
    warnings += english_text_warning(outline, bible, scriptures, source)
    warnings += font_warnings(resources)
    if chosen_theme.template_info is not None:
        warnings += chosen_theme.template_info.warnings  # what sanitising removed, by name
    return Prepared(outline, chosen_theme, scriptures, resources, tuple(warnings))


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
    prepared = prepare(source, theme=theme, translation=translation, overrides=overrides)
    check_target(source, target, prepared.theme)  # nor over the theme's files
    plan = prepared.plan()
    write_atomically(target, lambda file: _render(plan, prepared.theme, file))
    warnings = prepared.warnings + plan.warnings + plan.notices + tuple(low_contrast(plan))
    return BuildResult(target, plan, prepared.theme, warnings, prepared)


def _render(plan: Plan, theme: Theme, file: BinaryIO) -> None:
    # Imported here so commands that never write a deck don't pay for importing python-pptx.
    from slidegen.render import render_deck

    render_deck(plan, theme, file)


def english_text_warning(
    outline: Outline,
    bible: ImportedBible | None,
    scriptures: Mapping[Citation, Scripture],
    source: Path,
) -> list[str]:
    """A sermon in Korean with the WEB's English verses is most likely a missing Bible file,
    not a choice: say so once (the deck is still made; the verses are right, in English)."""
    if outline.language == "en" or all(s.given_text for s in scriptures.values()):
        return []
    text_language = bible.summary.language if bible is not None else "en"  # built-ins: English
    if not text_language.lower().startswith("en"):
        return []
    return [
        f"{source}: the outline is in language '{outline.language}' but its verses are the "
        f"{outline.translation}'s English text; import a Bible in that language with 'slidegen "
        "bibles add FILE --code CODE' and set 'translation: CODE' (or give each passage's 'text:')"
    ]


def font_warnings(resources: Resources) -> list[str]:
    """Theme fonts found nowhere here: sizes were estimated, and the projector may differ."""
    estimated: dict[str, fit.FontSource] = {}
    for face in sorted(resources.fonts.faces, key=lambda f: f.source.bold):  # regular first
        if face.source.path is None:
            estimated.setdefault(face.source.requested, face.source)
    return [
        f"{source.description}: install the font (or a metric-compatible one) for exact fitting"
        for source in estimated.values()
    ]


def low_contrast(plan: Plan) -> list[str]:
    """Text the plan leaves below WCAG AA (a theme with scrims turned off): one line each."""
    found: list[str] = []
    for number, slide in enumerate(plan.slides, 1):
        for block in slide.blocks:
            if block.contrast < AA_CONTRAST:
                words = " ".join(block.text.split()[:6])
                found.append(
                    f"slide {number} ({slide.kind}): text '{words}' has contrast "
                    f"{block.contrast:.1f}:1 against what is behind it, below {AA_CONTRAST:g}:1 "
                    "— set 'legibility: {auto_scrim: true}', raise 'background.overlay.opacity' "
                    "or change 'colors'"
                )
    return found


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
            found[citation] = scripture(citation.passage, code)
        except SlidegenError as error:
            error.located(citation.path or source, citation.line, citation.col)
            if all(str(e) != str(error) for e in errors):
                errors.append(error)
    raise_all(errors)
    return found


# Room for the temp file's prefix and suffix within the 255 bytes most file systems allow a name.
MAX_NAME_BYTES = 200


def check_target(source: Path, target: Path, theme: Theme | None = None) -> None:
    """Refuse an output that is no .pptx, a folder, too long a name, or one of the build's inputs
    (the outline, its series file, and, once it is known, the theme's files)."""
    if target.suffix.lower() in (".pdf", ".png"):
        kind = target.suffix.lower()[1:]
        raise OutputError(
            f"the output must end in .pptx: {target}",
            hint=f"for {kind.upper()} too, add --{kind}: "
            f"-o {target.with_suffix('.pptx').name} --{kind} writes it beside the deck",
        )
    if target.suffix.lower() != ".pptx":
        raise OutputError(f"the output must end in .pptx: {target}", hint="e.g. -o sermon.pptx")
    if len(os.fsencode(target.name)) > MAX_NAME_BYTES:
        raise OutputError(
            f"the output's file name is {len(target.name)} characters long", hint="shorten it"
        )
    try:
        is_dir = target.is_dir()
    except OSError as error:  # a path longer than the system allows, a loop of symlinks
        message = f"cannot write {target} ({error.strerror})"
        raise OutputError(message, hint="choose another -o") from None
    if is_dir:
        raise OutputError(f"the output is a folder: {target}", hint="give a file name ending .pptx")
    inputs: dict[str, str | Path] = {
        "its own outline": source,
        "the series file": source.parent / SERIES_FILE,
    }
    if theme is not None:
        inputs |= {
            "the theme's template": theme.template,
            "the theme's background image": theme.background_image,
            "the theme's logo": theme.logo_image,
            "the theme's file": Path(theme.folder) / "theme.yaml" if theme.folder else "",
        }
    for what, path in inputs.items():
        with contextlib.suppress(OSError):  # a target that does not exist yet is no input
            if path and os.path.samefile(target, path):
                raise OutputError(
                    f"refusing to write the deck over {what}: {target}", hint="choose another -o"
                )


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
                hint=_write_hint(error),
            ) from error
        raise


def _write_hint(error: OSError) -> str:
    """What to do when a finished deck cannot be written or put in place of the old one."""
    if error.errno in (errno.ENOSPC, errno.EDQUOT, errno.EFBIG):
        return "free some disk space or choose another -o"
    if error.errno in (errno.EACCES, errno.EPERM, errno.EBUSY, errno.ETXTBSY):
        # Windows refuses to replace a deck that PowerPoint or Keynote has open.
        return "close it in PowerPoint or Keynote (or make it writable), or choose another -o"
    return "choose another -o"
