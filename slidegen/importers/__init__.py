"""Import a sermon outline written as plain text, Markdown or Word into outline YAML.

The importer writes YAML and then loads that very text, so what the preacher reviews and what
builds are the same thing. Anything it could not place comes back in `unplaced` (and as
comments at the top of the YAML) instead of being dropped; relative references it could not
resolve come back in `unresolved`, and shapes that look wrong (no points at all, one point per
section) in `warnings`. `ImportResult.account()` says all of it in a few lines, with the
language found (importers/detect.py) when it was not given.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from slidegen.counts import counted
from slidegen.errors import OutlineError
from slidegen.importers import convert
from slidegen.importers.draft import Draft, Item
from slidegen.model import Outline, Point
from slidegen.outline import MAX_POINTS, MAX_SECTIONS, parse_outline
from slidegen.scripture.languages import chosen_language
from slidegen.yamlfile import dump_outline

SUFFIXES = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".docx": "docx",
}


@dataclass(frozen=True)
class ImportResult:
    yaml_text: str
    unplaced: tuple[str, ...]
    outline: Outline
    unresolved: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    language_note: str = ""  # the language found, and from what; '' for English or one given
    notices: tuple[str, ...] = ()  # what the import chose and why ("RVR1960 is not installed…")

    @property
    def counts(self) -> tuple[int, int, int]:
        """(sections, points at every depth, passages cited anywhere)."""
        return _counts(self.outline)

    @property
    def complete(self) -> bool:
        """Every line placed and every reference resolved (what `import --strict` asks)."""
        return not (self.unplaced or self.unresolved)

    def account(self) -> list[str]:
        """What became of the file: one summary line, then each line not placed, each
        reference not resolved and each warning."""
        sections, points, passages = self.counts
        summary = f"{counted(sections, 'section')}, {counted(points, 'point')}, " + counted(
            passages, "passage"
        )
        if self.unplaced:
            summary += f"; {counted(len(self.unplaced), 'line')} not placed"
        if self.unresolved:
            summary += f"; {counted(len(self.unresolved), 'reference')} not resolved"
        lines = [summary] + ([self.language_note] if self.language_note else [])
        lines += list(self.notices)
        lines += [f"could not place: {line}" for line in self.unplaced]
        lines += [f"unresolved: {line}" for line in self.unresolved]
        lines += [f"warning: {line}" for line in self.warnings]
        return lines


def _counts(outline: Outline) -> tuple[int, int, int]:
    def walk(points: tuple[Point, ...]) -> tuple[int, int]:
        count, cited = len(points), sum(len(p.citations) for p in points)
        for point in points:
            more, more_cited = walk(point.points)
            count, cited = count + more, cited + more_cited
        return count, cited

    points, passages = walk(tuple(p for s in outline.sections for p in s.points))
    passages += len(outline.citations) + sum(len(s.citations) for s in outline.sections)
    ends = tuple(p for p in (outline.intro, outline.big_idea, outline.conclusion) if p)
    passages += walk(ends)[1]  # their passages count; they are not numbered points
    return len(outline.sections), points, passages


def import_source(path: Path, language: str | None = None) -> ImportResult:
    """Read an outline in any supported format; raise OutlineError if it has no structure.

    `language` (a code such as "es") is the language it is written in; without it the language
    is found from the outline's words and references (English when nothing else shows)."""
    path = Path(path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise OutlineError(
            f"cannot import '{path.suffix or path.name}' files",
            path=path,
            hint="import .txt, .md or .docx (or write outline YAML)",
        )
    draft = _read(kind, path, chosen_language(language) if language else None)
    if not any(not item.role for item in draft.sections):
        raise OutlineError(
            "no outline structure found: start headings with I., 1., #, or -", path=path
        )
    _check_size(draft)
    data = convert.to_data(draft)
    header = ["Imported by slidegen: check the slide texts, then build."]
    header += [f"note: {comment}" for comment in draft.comments]
    header += [f"note: {notice}" for notice in draft.notices]
    header += [f"could not place: {line}" for line in draft.unplaced]
    header += [f"unresolved: {line}" for line in draft.unresolved]
    text = dump_outline(data, header)
    outline = parse_outline(text, str(path))
    return ImportResult(
        text,
        tuple(draft.unplaced),
        outline,
        tuple(draft.unresolved),
        _shape_warnings(outline),
        draft.language_note,
        tuple(draft.notices),
    )


def _check_size(draft: Draft) -> None:
    """Refuse a draft the outline loader would refuse, before the work of converting it."""
    items = 0
    stack: list[Item] = list(draft.sections)
    while stack:
        item = stack.pop()
        items += 1
        stack += item.children
    if len(draft.sections) > MAX_SECTIONS or items > MAX_POINTS + MAX_SECTIONS:
        raise OutlineError(
            f"{len(draft.sections):,} headings and {items - len(draft.sections):,} points are "
            f"more than one sermon (at most {MAX_SECTIONS} and {MAX_POINTS:,})",
            path=draft.path,
            hint="import one sermon at a time; is every paragraph styled as a heading or list?",
        )


def _shape_warnings(outline: Outline) -> tuple[str, ...]:
    """Shapes that usually mean the structure was misread, with the likely cause."""
    sections = outline.sections
    found: list[str] = []
    if len(sections) > 5 and not any(s.points for s in sections):
        found.append(
            f"{len(sections)} sections and no points: every line became a heading; indent "
            "the points under their heading or mark them (A., 1., -)"
        )
    elif len(sections) >= 3 and all(len(s.points) == 1 for s in sections):
        found.append(
            "every section has exactly one point: the points may be headings of their own "
            "(check the markers or indentation)"
        )
    headings = [s.heading for s in sections]
    repeated = sorted({h for h in headings if headings.count(h) > 1})
    if repeated:
        found.append(f"the heading '{repeated[0]}' appears more than once")
    return tuple(found)


def _read(kind: str, path: Path, language: str | None) -> Draft:
    # Imported lazily: python-docx is only loaded for .docx files.
    if kind == "text":
        from slidegen.importers.text import read_text_outline

        return read_text_outline(path, language)
    if kind == "markdown":
        from slidegen.importers.markdown import read_markdown

        return read_markdown(path, language)
    from slidegen.importers.docx import read_docx

    return read_docx(path, language)


__all__ = ["ImportResult", "import_source"]
