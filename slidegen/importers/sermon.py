"""The sermon's own title and passage, from the details a draft gathered.

"Text: Salmo 23 (RVR1960)" gives the passage, and the version in brackets the translation
(translation.py); a title or subtitle written with its passage ("Grace — 2 Cor 12:7-10",
"Psalm 23 — a sermon for Advent") is split into the two. A sermon passage that points past its
book's end stops the import; one that cannot be read stays in the draft's unplaced lines.
"""

from __future__ import annotations

import re

from slidegen.errors import OutlineError, SlidegenError
from slidegen.importers import wording
from slidegen.importers.draft import Draft
from slidegen.importers.translation import choose_translation, split_translation
from slidegen.model import Passage
from slidegen.scripture import find_references, parse_references
from slidegen.scripture.languages import Language
from slidegen.scripture.prose import refused_references


def title_and_passage(draft: Draft) -> tuple[str, list[Passage]]:
    """The sermon's title without a passage written in it ('' when none was given), and the
    sermon's passages: its passage detail's, else the title's, else the subtitle's (which
    leaves the subtitle its other words)."""
    sermon: list[Passage] = []
    if draft.meta.get("passage"):
        where = draft.meta_where.get("passage", "")
        written, code = split_translation(draft.meta["passage"])  # "Salmo 23 (RVR1960)"
        _check_sermon_passage(draft, written, where)
        sermon = parse_line(draft, written, None, f"{where}: passage".lstrip(": "))
        if code and sermon:
            choose_translation(draft, code, where)
    language = draft.scripture
    title, from_title = _split_title(draft.meta.get("title", "").strip(), language)
    sermon += [p for p in from_title if p not in sermon]
    if not sermon and draft.meta.get("subtitle"):
        # "Psalm 23 — a sermon for Advent" under the title: the passage is the sermon's text.
        written, code = split_translation(draft.meta["subtitle"].strip())
        subtitle, from_subtitle = _split_subtitle(written, language)
        if from_subtitle:
            sermon = from_subtitle
            if code and subtitle:
                subtitle += f" ({code})"  # a version among other words: leave it with them
            elif code:
                choose_translation(draft, code, draft.meta_where.get("subtitle", ""))
            draft.meta["subtitle"] = subtitle
    return title, sermon


def parse_line(draft: Draft, text: str, context: Passage | None, where: str) -> list[Passage]:
    """The passages a line cites; one that cannot be read is kept for the user as unplaced."""
    try:
        return parse_references(text, context, draft.scripture)
    except SlidegenError as error:
        draft.unplaced.append(f"{where}: {text} ({error.message})")
        return []


def _check_sermon_passage(draft: Draft, written: str, where: str) -> None:
    """The sermon's own text, labelled as such ("Text: John 3:37"), that names a real book but
    points past its end stops the import, as it does in a YAML outline: a deck built without
    its reading would look finished on Sunday. Words that are no reference stay unplaced."""
    refused = refused_references(written, None, draft.scripture)
    if refused:
        number = where.rpartition(" ")[2]
        raise OutlineError(
            f"the sermon's passage: {refused[0].message}",
            path=draft.path,
            line=int(number) if where.startswith("line ") and number.isdigit() else None,
            hint="correct the reference",
        )


_LEADING_SEPARATOR = re.compile(r"\s*(?:[-–—:|·,]+|\s)\s*")


def _split_subtitle(subtitle: str, language: Language) -> tuple[str, list[Passage]]:
    """'Psalm 23 — a sermon for Advent' → the words and the passage, whichever end the
    passage stands at; a subtitle that is only a passage leaves no subtitle."""
    found = find_references(subtitle, None, language)
    if found and found[0].start == 0:
        rest = subtitle[found[0].end :]
        separator = _LEADING_SEPARATOR.match(rest)
        if not rest.strip() or separator:
            return rest[separator.end() if separator else 0 :].strip(), [found[0].passage]
    return _split_title(subtitle, language)


def _split_title(title: str, language: Language) -> tuple[str, list[Passage]]:
    """'Grace Sufficient — 2 Corinthians 12:7-10' → the title and its passage."""
    found = find_references(title, None, language)
    if not found:
        return title, []
    kept = wording.strip_references(title, found, language)
    if kept == wording.tidy(title):
        return title, []  # the reference is part of the title's words
    cut = [r for r in found if kept.find(title[r.start : r.end]) < 0]
    return kept, [r.passage for r in cut]


def title_from_name(stem: str) -> str:
    words = re.sub(r"[-_.]+", " ", stem).split()
    title = " ".join(w if any(c.isupper() for c in w) else w.capitalize() for w in words)
    return title or "Untitled sermon"
