"""Import a sermon outline written as plain text, Markdown or Word into outline YAML.

The importer writes YAML and then loads that very text, so what the preacher reviews and what
builds are the same thing. Anything it could not place comes back in `unplaced` (and as
comments at the top of the YAML) instead of being dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from slidegen.errors import OutlineError
from slidegen.importers import convert
from slidegen.importers.draft import Draft
from slidegen.model import Outline
from slidegen.outline import parse_outline
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


def import_source(path: Path) -> ImportResult:
    """Read an outline in any supported format; raise OutlineError if it has no structure."""
    path = Path(path)
    kind = SUFFIXES.get(path.suffix.lower())
    if kind is None:
        raise OutlineError(
            f"cannot import '{path.suffix or path.name}' files",
            path=path,
            hint="import .txt, .md or .docx (or write outline YAML)",
        )
    draft = _read(kind, path)
    if not draft.sections:
        raise OutlineError(
            "no outline structure found: start headings with I., 1., #, or -", path=path
        )
    data = convert.to_data(draft)
    header = ["Imported by slidegen: check the slide texts, then build."]
    header += [f"note: {comment}" for comment in draft.comments]
    header += [f"could not place: {line}" for line in draft.unplaced]
    text = dump_outline(data, header)
    return ImportResult(text, tuple(draft.unplaced), parse_outline(text, str(path)))


def _read(kind: str, path: Path) -> Draft:
    # Imported lazily: python-docx is only loaded for .docx files.
    if kind == "text":
        from slidegen.importers.text import read_text_outline

        return read_text_outline(path)
    if kind == "markdown":
        from slidegen.importers.markdown import read_markdown

        return read_markdown(path)
    from slidegen.importers.docx import read_docx

    return read_docx(path)


__all__ = ["ImportResult", "import_source"]
