"""Draft → outline data (plain dicts in outline v1 order), ready for the YAML writer.

This is where references are found and resolved: each item's references are read against the
nearest enclosing passage (or the sermon's), then written as absolute labels so the YAML stands
alone. When no main passage is given, the book cited most often lends its name to chapter:verse
references like "(32:7–14)"; a relative reference with nothing to be read against is reported.

Every passage cited anywhere gets its verse slide: in an item's words, in its notes (prose and
block quotes: references that name their book), and in a line that is nothing but a
cross-reference ("cf. 2 Cor 7:10"), which is cited by the item it stands under instead of
becoming a point of its own. The sermon's title and passage come from sermon.py. Introduction,
big idea and conclusion come from the draft's role items.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from slidegen.importers import labels, wording
from slidegen.importers.draft import Draft, Item
from slidegen.importers.relabel import write_in_language
from slidegen.importers.sermon import parse_line, title_and_passage, title_from_name
from slidegen.model import Passage
from slidegen.schema import DETAIL_FIELDS
from slidegen.scripture import FoundReference, find_references, parse_references
from slidegen.scripture.languages import Language
from slidegen.scripture.naming import format_passage
from slidegen.scripture.prose import refused_references
from slidegen.yamlfile import Folded


def to_data(draft: Draft) -> dict[str, Any]:
    data: dict[str, Any] = {}
    title, sermon = title_and_passage(draft)
    language = draft.scripture
    context = sermon[0] if sermon else _guess_context(draft)
    guessed = not sermon and context is not None
    parts = [s for s in draft.sections if not s.role]
    sections: list[dict[str, Any]] = []
    for item in parts:
        cited = _cross_reference(draft, item, context, guessed)
        if cited and sections:
            # "- cf. 2 Cor 7:10" on its own: a verse slide under the point before, not a section.
            _cite(_last_point(sections[-1]), cited)
        else:
            sections.append(_item(draft, item, context, guessed))
    intro = _part(draft, "intro", context, guessed) or _prose(
        draft, draft.intro, context, guessed, points=False
    )
    big_idea = _part(draft, "big_idea", context, guessed)
    conclusion = _part(draft, "conclusion", context, guessed) or _prose(
        draft, draft.conclusion, context, guessed, points=True
    )

    if not title:
        title = title_from_name(draft.path.stem)
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
            if draft.meta.get("read_passage") in ("true", "false"):
                data["read_passage"] = draft.meta["read_passage"] == "true"
        elif key == "date" and value:
            data[key] = labels.parse_date(value, draft.language) or value
        elif value:
            data[key] = value
    if draft.language != "en":
        data["language"] = draft.language
    if draft.meta.get("repeat_verses"):
        data["repeat_verses"] = draft.meta["repeat_verses"]
    if intro:
        data["intro"] = intro
    if big_idea:
        data["big_idea"] = big_idea
    data["sections"] = sections
    if conclusion:
        data["conclusion"] = conclusion
    if draft.language != "en":
        write_in_language(data, language)
    return data


def _find(
    draft: Draft, text: str, context: Passage | None, guessed: bool, line: int
) -> list[FoundReference]:
    """References in `text`; relative ones with nothing to be read against are reported."""
    found = wording.references(text, context, guessed, draft.scripture)
    if context is None or guessed:
        taken = {r.start for r in found}
        for probe in wording.references(text, wording.ANY_CONTEXT, language=draft.scripture):
            if probe.start not in taken and not wording.names_a_book(text, probe):
                written = text[probe.start : probe.end]
                draft.unresolved.append(
                    f"{draft.where(line)}: '{written}' needs a passage to be read against; "
                    "give the sermon's passage (e.g. 'Text: Luke 15:11-32') or write it in full"
                )
    return found


def _cross_reference(
    draft: Draft, item: Item, context: Passage | None, guessed: bool
) -> list[Passage]:
    """The passages of an item that is nothing but a cross-reference ('cf. 2 Cor 7:10'): they
    are cited by the point before it, or by the item it stands under."""
    if item.children or item.notes:
        return []
    language = draft.scripture
    found = wording.references(item.text, context, guessed, language)  # _item reports the rest
    if not wording.only_references(item.text, found, language):
        return []
    passages = [r.passage for r in found]
    for line in item.refs:
        passages += parse_line(draft, line, context, draft.where(item.line))
    return passages


def _cite(point: dict[str, Any], passages: list[Passage]) -> None:
    """Add passages to a point's own, keeping its keys in outline order."""
    old = _unlabel(point["passage"]) if "passage" in point else []
    rest = {k: v for k, v in point.items() if k not in ("text", "heading", "passage")}
    words = {k: v for k, v in point.items() if k in ("text", "heading")}
    point.clear()
    point.update({**words, "passage": _labels(old + passages), **rest})


def _last_point(section: dict[str, Any]) -> dict[str, Any]:
    """The deepest last point under a section (the section itself if it has none)."""
    while section.get("points") and isinstance(section["points"][-1], dict):
        section = section["points"][-1]
    if section.get("points"):  # a last point written as plain text: make room for a passage
        section["points"][-1] = {"text": section["points"][-1]}
        section = section["points"][-1]
    return section


def _item(draft: Draft, item: Item, context: Passage | None, guessed: bool) -> dict[str, Any]:
    found = _find(draft, item.text, context, guessed, item.line)
    passages = [r.passage for r in found]
    for line in item.refs:
        passages += parse_line(draft, line, context, draft.where(item.line))
    first, rest = wording.first_sentence(item.text, draft.scripture)
    within = _within(found, first)
    text = wording.slide_text(wording.strip_references(first, within, draft.scripture))
    if not text:
        text = "Untitled"
        draft.comments.append(f"{draft.where(item.line)}: an item without text")
    notes = [wording.paragraph(rest)] + [wording.paragraph(n) for n in item.notes]
    # Sub-points read against the item's own passage; those cited in its notes only add slides.
    inner = passages[0] if passages else context
    inner_guessed = guessed and not passages
    passages += _cited_in([rest, *item.notes], context, guessed, draft.scripture)
    _report_unused(
        draft, [item.text, *item.notes], [rest, *item.notes], context, guessed, item.line
    )
    points: list[dict[str, Any] | str] = []
    for child in item.children:
        cited = _cross_reference(draft, child, inner, inner_guessed)
        if cited and points:  # "see also …" after a point: that point's verse slide
            before = points[-1]
            points[-1] = before = {"text": before} if isinstance(before, str) else before
            _cite(before, cited)
        elif cited:
            passages += cited
        else:
            points.append(_simplify(_item(draft, child, inner, inner_guessed)))
    result: dict[str, Any] = {"heading" if item.level == 0 else "text": text}
    if passages:
        result["passage"] = _labels(passages)
    joined = "\n\n".join(n for n in notes if n)
    if joined:
        result["notes"] = Folded(joined)
    if points:
        result["points"] = points
    return result


def _report_unused(
    draft: Draft,
    texts: list[str],
    notes: list[str],
    context: Passage | None,
    guessed: bool,
    line: int | None,
) -> None:
    """References that get no verse slide are reported, never dropped: one past its book's end
    in any of `texts` ("(요 3:40)"), and in `notes` a verse without its book ("5절 말씀을
    보십시오", "(v. 10)"), which only a point's own words cite."""
    where = draft.where(line)
    at = f"{where}: " if where else ""
    language = draft.scripture
    for text in texts:
        for refused in refused_references(text, None, language):
            draft.unplaced.append(f"{at}{refused.written} ({refused.message})")
    for text in notes:
        for ref in wording.references(text, context or wording.ANY_CONTEXT, language=language):
            if wording.names_a_book(text, ref):
                continue
            full = format_passage(ref.passage, draft.language)
            example = f"'{full}'" if context is not None and not guessed else "with its book"
            draft.unresolved.append(
                f"{at}'{text[ref.start : ref.end]}' in the notes gets no verse slide; "
                f"write it in full ({example}) or as a point's passage"
            )


def _cited_in(
    paragraphs: list[str], context: Passage | None, guessed: bool, language: Language
) -> list[Passage]:
    """Passages that prose names by book ('Compare Matthew 8:17', '**Lam 3:22-23**')."""
    found: list[Passage] = []
    for text in paragraphs:
        if text:
            refs = wording.references(text, context, guessed, language)
            found += [r.passage for r in refs if wording.names_a_book(text, r)]
    return found


def _part(draft: Draft, role: str, context: Passage | None, guessed: bool) -> dict[str, Any] | None:
    """Introduction, big idea or conclusion from its role items: their words on the slide
    (the label dropped); a label alone takes the first sentence of the words under it."""
    items = [s for s in draft.sections if s.role == role]
    if not items:
        return None
    item = Item(items[0].text, 1, items[0].line, list(items[0].notes), list(items[0].refs),
                list(items[0].children))  # fmt: skip
    for extra in items[1:]:
        item.notes += [extra.text, *extra.notes]
        item.children += extra.children
    prose = {"intro": draft.intro, "conclusion": draft.conclusion}.get(role, [])
    item.notes = [*prose, *item.notes] if role == "intro" else [*item.notes, *prose]
    if not item.text and item.notes:
        item.text = item.notes.pop(0)
    elif not item.text and item.children:  # "## Conclusion" over bullets: the first says it
        first = item.children.pop(0)
        item.text, item.notes, item.refs = first.text, first.notes, item.refs + first.refs
        item.children = first.children + item.children
    if not item.text:
        return None
    return _item(draft, item, context, guessed)


def _within(found: list[Any], prefix: str) -> list[Any]:
    # `first` is a prefix of the item's text, so spans inside it still point at the same words.
    return [r for r in found if r.end <= len(prefix)]


def _simplify(point: dict[str, Any]) -> dict[str, Any] | str:
    return point["text"] if list(point) == ["text"] else point


def _prose(
    draft: Draft, paragraphs: list[str], context: Passage | None, guessed: bool, points: bool
) -> dict[str, Any] | None:
    """Intro or conclusion: first sentence as slide text, the whole wording as notes.

    For the conclusion each sentence that cites a passage also becomes a point with its verses.
    """
    paragraphs = [p for p in (wording.paragraph(p) for p in paragraphs) if p]
    if not paragraphs:
        return None
    first = wording.sentences(paragraphs[0], draft.scripture)[0]
    language = draft.scripture
    found = wording.references(first, context, guessed, language)
    slide = wording.slide_text(wording.strip_references(first, found, language))
    result: dict[str, Any] = {"text": slide}
    # The intro's slide cites its first sentence's references; the conclusion's, every sentence's.
    beyond = [] if points else [paragraphs[0][len(first) :], *paragraphs[1:]]
    _report_unused(draft, paragraphs, beyond, context, guessed, None)
    if not points:
        passages = [r.passage for r in found] + _cited_in(paragraphs, context, guessed, language)
        if passages:
            result["passage"] = _labels(passages)
    result["notes"] = Folded("\n\n".join(paragraphs))
    cited: list[dict[str, Any]] = []
    for sentence in _cited_sentences(paragraphs, context, guessed, language) if points else ():
        refs = wording.references(sentence, context, guessed, language)
        text = wording.slide_text(wording.strip_references(sentence, refs, language))
        cited.append({"text": text, "passage": _labels([r.passage for r in refs])})
    if cited:
        result["points"] = cited
    return result


def _cited_sentences(
    paragraphs: list[str], context: Passage | None, guessed: bool, language: Language
) -> list[str]:
    """Sentences that cite a passage; a citation standing alone joins the sentence before it."""
    merged: list[str] = []
    for paragraph in paragraphs:
        for sentence in wording.sentences(paragraph, language):
            refs = wording.references(sentence, context, guessed, language)
            if merged and wording.only_references(sentence, refs, language):
                merged[-1] += " " + sentence
            else:
                merged.append(sentence)
    return [s for s in merged if wording.references(s, context, guessed, language)]


def _unlabel(value: str | list[str]) -> list[Passage]:
    return [parse_references(v)[0] for v in ([value] if isinstance(value, str) else value)]


def _labels(passages: list[Passage]) -> str | list[str]:
    labels = list(dict.fromkeys(str(p) for p in passages))
    return labels[0] if len(labels) == 1 else labels


def _guess_context(draft: Draft) -> Passage | None:
    """The most cited book (by absolute references) as a context, chapter unknown."""
    texts: list[str] = list(draft.intro) + list(draft.conclusion)
    stack = list(draft.sections)
    while stack:
        item = stack.pop()
        texts += [item.text, *item.notes, *item.refs]
        stack += item.children
    found = [r.passage for t in texts for r in find_references(t, None, draft.scripture)]
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
