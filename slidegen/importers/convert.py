"""Draft → outline data (plain dicts in outline v1 order), ready for the YAML writer.

This is where references are found and resolved: each item's references are read against the
nearest enclosing passage (or the sermon's), then written as absolute labels so the YAML stands
alone. When no main passage is given, the book cited most often lends its name to chapter:verse
references like "(32:7–14)".
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from slidegen.errors import SlidegenError
from slidegen.importers import wording
from slidegen.importers.draft import Draft, Item
from slidegen.model import Passage
from slidegen.schema import DETAIL_FIELDS
from slidegen.scripture import find_references, parse_references
from slidegen.yamlfile import Folded

_INTRO_NAMES = frozenset({"introduction", "intro"})
_CONCLUSION_NAMES = frozenset({"conclusion", "closing", "close"})


def _parse_line(draft: Draft, text: str, context: Passage | None, where: str) -> list[Passage]:
    """The passages a line cites; one that cannot be read is kept for the user as unplaced."""
    try:
        return parse_references(text, context)
    except SlidegenError as error:
        draft.unplaced.append(f"{where}: {text} ({error.message})")
        return []


def to_data(draft: Draft) -> dict[str, Any]:
    data: dict[str, Any] = {}
    sermon: list[Passage] = []
    if draft.meta.get("passage"):
        sermon = _parse_line(draft, draft.meta["passage"], None, "passage")
    context = sermon[0] if sermon else _guess_context(draft)
    guessed = not sermon and context is not None
    sections = [_item(draft, s, context, guessed) for s in draft.sections]
    intro = _prose(draft.intro, context, guessed, points=False)
    conclusion = _prose(draft.conclusion, context, guessed, points=True)
    intro, conclusion = _named_ends(sections, intro, conclusion)

    title = draft.meta.get("title", "").strip()
    if not title:
        title = _title_from_name(draft.path.stem)
        draft.comments.append("title taken from the file name: change it if you like")
    for key in DETAIL_FIELDS:
        value = title if key == "title" else draft.meta.get(key, "").strip()
        if key == "passage":
            if sermon:
                data["passage"] = _labels(sermon)
            elif (span := _span(sections)) is not None:
                data["passage"] = str(span)
                data["read_passage"] = False
                draft.comments.append("passage spans the sections' passages; each reads its own")
        elif value:
            data[key] = value
    if intro:
        data["intro"] = intro
    data["sections"] = sections
    if conclusion:
        data["conclusion"] = conclusion
    return data


def _item(draft: Draft, item: Item, context: Passage | None, guessed: bool) -> dict[str, Any]:
    found = wording.references(item.text, context, guessed)
    passages = [r.passage for r in found]
    for line in item.refs:
        passages += _parse_line(draft, line, context, f"line {item.line}")
    first, rest = wording.first_sentence(item.text)
    text = wording.slide_text(wording.strip_references(first, _within(found, first)))
    if not text:
        text = "Untitled"
        draft.comments.append(f"line {item.line}: an item without text")
    notes = [wording.paragraph(rest)] + [wording.paragraph(n) for n in item.notes]
    inner = passages[0] if passages else context
    inner_guessed = guessed and not passages
    result: dict[str, Any] = {"heading" if item.level == 0 else "text": text}
    if passages:
        result["passage"] = _labels(passages)
    joined = "\n\n".join(n for n in notes if n)
    if joined:
        result["notes"] = Folded(joined)
    if item.children:
        children = (_item(draft, c, inner, inner_guessed) for c in item.children)
        result["points"] = [_simplify(c) for c in children]
    return result


def _within(found: list[Any], prefix: str) -> list[Any]:
    # `first` is a prefix of the item's text, so spans inside it still point at the same words.
    return [r for r in found if r.end <= len(prefix)]


def _simplify(point: dict[str, Any]) -> dict[str, Any] | str:
    return point["text"] if list(point) == ["text"] else point


def _prose(
    paragraphs: list[str], context: Passage | None, guessed: bool, points: bool
) -> dict[str, Any] | None:
    """Intro or conclusion: first sentence as slide text, the whole wording as notes.

    For the conclusion each sentence that cites a passage also becomes a point with its verses.
    """
    paragraphs = [p for p in (wording.paragraph(p) for p in paragraphs) if p]
    if not paragraphs:
        return None
    first = wording.sentences(paragraphs[0])[0]
    found = wording.references(first, context, guessed)
    result: dict[str, Any] = {"text": wording.slide_text(wording.strip_references(first, found))}
    if not points and found:
        result["passage"] = _labels([r.passage for r in found])
    result["notes"] = Folded("\n\n".join(paragraphs))
    cited: list[dict[str, Any]] = []
    for sentence in _cited_sentences(paragraphs, context, guessed) if points else ():
        refs = wording.references(sentence, context, guessed)
        text = wording.slide_text(wording.strip_references(sentence, refs))
        cited.append({"text": text, "passage": _labels([r.passage for r in refs])})
    if cited:
        result["points"] = cited
    return result


def _cited_sentences(paragraphs: list[str], context: Passage | None, guessed: bool) -> list[str]:
    """Sentences that cite a passage; a citation standing alone joins the sentence before it."""
    merged: list[str] = []
    for paragraph in paragraphs:
        for sentence in wording.sentences(paragraph):
            refs = wording.references(sentence, context, guessed)
            if merged and refs and _only_references(sentence, refs):
                merged[-1] += " " + sentence
            else:
                merged.append(sentence)
    return [s for s in merged if wording.references(s, context, guessed)]


def _only_references(sentence: str, refs: list[Any]) -> bool:
    rest = sentence
    for ref in sorted(refs, key=lambda r: -r.start):
        rest = rest[: ref.start] + rest[ref.end :]
    return not re.sub(r"(?i)\bcf\b|\bsee\b|[\W_]", "", rest)


def _unlabel(value: str | list[str]) -> list[Passage]:
    return [parse_references(v)[0] for v in ([value] if isinstance(value, str) else value)]


def _labels(passages: list[Passage]) -> str | list[str]:
    labels = list(dict.fromkeys(str(p) for p in passages))
    return labels[0] if len(labels) == 1 else labels


def _named_ends(
    sections: list[dict[str, Any]], intro: dict[str, Any] | None, conclusion: dict[str, Any] | None
) -> tuple[dict[str, Any] | None, dict[str, Any] | None]:
    """A first section called 'Introduction' is the intro; a last called 'Conclusion' the end."""
    if intro is None and len(sections) > 1 and _name(sections[0]) in _INTRO_NAMES:
        intro = _as_point(sections.pop(0))
    if conclusion is None and len(sections) > 1 and _name(sections[-1]) in _CONCLUSION_NAMES:
        conclusion = _as_point(sections.pop())
    return intro, conclusion


def _name(section: dict[str, Any]) -> str:
    return re.sub(r"[^a-z]", "", section["heading"].lower())


def _as_point(section: dict[str, Any]) -> dict[str, Any]:
    return {("text" if k == "heading" else k): v for k, v in section.items()}


def _guess_context(draft: Draft) -> Passage | None:
    """The most cited book (by absolute references) as a context, chapter unknown."""
    texts: list[str] = list(draft.intro) + list(draft.conclusion)
    stack = list(draft.sections)
    while stack:
        item = stack.pop()
        texts += [item.text, *item.notes, *item.refs]
        stack += item.children
    found = [r.passage for t in texts for r in find_references(t)]
    if not found:
        return None
    book = Counter(p.book for p in found).most_common(1)[0][0]
    return next(p for p in found if p.book == book)


def _span(sections: list[dict[str, Any]]) -> Passage | None:
    """One passage covering every section's first passage, when all are in one book."""
    firsts: list[Passage] = []
    for section in sections:
        if "passage" not in section:
            return None
        firsts.append(_unlabel(section["passage"])[0])
    if not firsts or len({p.book for p in firsts}) != 1:
        return None
    start = min(firsts, key=lambda p: (p.start_chapter, p.start_verse))
    end = max(firsts, key=lambda p: (p.end_chapter, p.end_verse))
    if start.whole_chapters and end.whole_chapters:
        return Passage(
            start.book, start.start_chapter, 1, end.end_chapter, end.end_verse, whole_chapters=True
        )
    return Passage(
        start.book,
        start.start_chapter,
        start.start_verse,
        end.end_chapter,
        end.end_verse,
        start.start_part,
        end.end_part,
    )


def _title_from_name(stem: str) -> str:
    words = re.sub(r"[-_.]+", " ", stem).split()
    title = " ".join(w if any(c.isupper() for c in w) else w.capitalize() for w in words)
    return title or "Untitled sermon"
