"""The language an outline is written in, from what only that language writes.

Two kinds of evidence, each counted against English: structure words of the language alone
("Introducción", "Punkt 1:", "Premièrement,", "Pfarrer Müller", "29 de noviembre de 2026"),
and references that read only with its book names or punctuation ("Juan 3:16", "Joh 3,16",
"Jean 3.16"). Words both share ("Introduction" in French) prove nothing either way; English
references ("John 3:16") and English-only words count for English; a reference counts for a
language only where it reads further than English reads it. A language is chosen when
it has at least two points of evidence and more than English; a tie between two languages
(Spanish and Portuguese both write "Romanos 8:28") goes to the first and says so.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from slidegen.importers import labels
from slidegen.importers.draft import Draft
from slidegen.importers.words import WORDS
from slidegen.scripture import find_references
from slidegen.scripture.languages import LANGUAGES, get_language

# The language shows in an outline's first lines: reading no more keeps a 100,000-paragraph
# import from paying for it twice.
MAX_LINES = 300
MAX_LINE_CHARS = 2_000
# A structure word is stronger evidence than one reference.
WORD_WEIGHT = 2
MIN_EVIDENCE = 2
_MARKUP = re.compile(r"\s*(?:#{1,6}\s+|>\s?|[-*+]\s+|\d{1,3}[.)]\s+)?(?:\*\*|__)?")
_NAME = re.compile(r"(?:[1-3]\.?\s*)?[^\W\d_]+")


@dataclass(frozen=True)
class Detected:
    """The language chosen ("en" when none other shows) and what showed it, for the account."""

    code: str
    evidence: tuple[str, ...] = ()
    also: tuple[str, ...] = ()  # other languages with as much evidence

    def note(self) -> str:
        """One line for the YAML's header; '' for English."""
        if self.code == "en":
            return ""
        shown = ", ".join(f"'{e}'" for e in self.evidence[:3])
        line = f"language: {self.code}, from {shown}"
        if self.also:
            line += f" (read as {', '.join(self.also)} as well)"
        return line + "; import with --language to choose another"


def candidates() -> tuple[str, ...]:
    """The languages an outline can be detected in: those with references and words. Chinese
    is found once, as "zh"; its script decides "zh-hant" afterwards (`_chinese_script`)."""
    return tuple(code for code in LANGUAGES if code not in ("en", "zh-hant") and code in WORDS)


def _chinese_script(lines: list[str]) -> str:
    """ "zh-hant" when the outline's Chinese is written in traditional characters, else "zh"
    (hanzidentifier knows which characters each script has; mixed text stays simplified)."""
    import hanzidentifier  # only for Chinese outlines

    text = "".join(lines[:MAX_LINES])
    return "zh-hant" if hanzidentifier.identify(text) == hanzidentifier.TRADITIONAL else "zh"


def detect_language(lines: Iterable[str]) -> Detected:
    """The language of an outline's lines (markup such as '#', '>', '-' or '**' allowed)."""
    codes = candidates()
    score: Counter[str] = Counter()
    against: Counter[str] = Counter()  # English's evidence, as each language sees it
    evidence: dict[str, list[str]] = {code: [] for code in codes}
    read: list[str] = []
    for count, raw in enumerate(line for line in lines if line.strip()):
        if count >= MAX_LINES:
            break
        read.append(raw[:MAX_LINE_CHARS])
        text = _MARKUP.sub("", raw[:MAX_LINE_CHARS].strip(), count=1).replace("**", "")
        english = labels.is_structure(text, "en", alone=True)
        english_refs = {r.start: r.end for r in find_references(text)}
        for code in codes:
            own = labels.is_structure(text, code, alone=True)
            if own and not english:
                score[code] += WORD_WEIGHT
                evidence[code].append(_first_words(text))
            elif english and not own:
                against[code] += WORD_WEIGHT
            language = get_language(code)
            for ref in find_references(text, None, language):
                # Read further than English reads there: "Juan 3:16", "Joh 3,16" (not the
                # "Romans 8" a German reading makes of "Romans 8:1-17").
                if ref.end > english_refs.get(ref.start, ref.start):
                    score[code] += 1
                    if not evidence[code] or evidence[code][-1] not in text:
                        evidence[code].append(text[ref.start : ref.end])
            for start in english_refs:
                name = _NAME.match(text, start)
                if name and language.find_book(name.group()) is None:
                    against[code] += 1  # "John 3:16": English, not this language
    chosen = [c for c in codes if score[c] >= MIN_EVIDENCE and score[c] > against[c]]
    if not chosen:
        return Detected("en")
    best = max(score[c] for c in chosen)
    top = [c for c in chosen if score[c] == best]
    if top[0] == "zh":
        top[0] = _chinese_script(read)
    return Detected(
        top[0], tuple(evidence["zh" if top[0] == "zh-hant" else top[0]]), tuple(top[1:])
    )


def language_draft(draft: Draft, lines: list[str], language: str | None) -> Draft:
    """`draft` set to read in `language`, or in the language `lines` show (noted in its
    comments, so the preacher sees why)."""
    if language is not None:
        draft.language = language
        return draft
    found = detect_language(lines)
    draft.language = found.code
    if found.note():
        draft.language_note = found.note()
        draft.comments.append(found.note())
    return draft


def declare_language(draft: Draft, language: str) -> None:
    """The language the file itself declares (Markdown front matter): no longer a finding."""
    if draft.language_note in draft.comments:
        draft.comments.remove(draft.language_note)
    draft.language, draft.language_note = language, ""


def _first_words(text: str) -> str:
    words = text.split()
    return " ".join(words[:4]) + (" …" if len(words) > 4 else "")
