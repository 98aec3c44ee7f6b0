"""The preacher's wording → slide text: first sentences, references found and taken out.

Slide text is short; the full wording goes to the notes. A reference leaves the slide text only
where removing it cannot break the sentence: in parentheses ("(32:7–14)", "(cf. Hebrews 7:25)")
or tacked on at the end after a dash or colon.
"""

from __future__ import annotations

import re

from slidegen.model import Passage
from slidegen.scripture import FoundReference, find_references

# A point longer than this (or of several sentences) keeps its first sentence on the slide.
LONG_POINT_WORDS = 15

_ABBREVIATIONS = frozenset(
    {"cf", "v", "vv", "vs", "ver", "ch", "chap", "e.g", "i.e", "etc", "dr", "mr", "mrs", "ms"}
    | {"st", "rev", "jr", "sr", "no", "p", "pp", "ibid"}
)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(]?[A-Z0-9])")
_WORD_BEFORE = re.compile(r"(\S+)$")
_PARENS = re.compile(r"\(([^()]*)\)")
_FILLER = re.compile(r"(?i)(?:\s|[,;.:]|\bcf\b\.?|\bsee\b|\balso\b|\bcompare\b|\band\b|e\.g\.)*")
_TAIL = re.compile(
    r"(?:\s*[-–—:,;]\s*(?:(?:cf\.?|see(?:\s+also)?|compare)\s*)?"
    r"|\s+(?:cf\.?|see(?:\s+also)?|compare)\s*)$",
    re.I,
)
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,;:.!?])")
_DOUBLE_STOP = re.compile(r"([.!?])\s*\.(?!\.)")
_SPACES = re.compile(r"[ \t]+")
_SEE = re.compile(r"(?i)\b(?:cf|see(?:\s+also)?|compare)\b\.?")
_BOOK_START = re.compile(r"(?i)(?:[1-3]\s*)?(?!v)[a-z]{2,}")


def sentences(text: str) -> list[str]:
    """Split prose into sentences, not at abbreviations like 'cf.' or 'vv.' or initials."""
    result: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        word = _WORD_BEFORE.search(text[start : match.start()])
        token = word.group(1).lower().lstrip('("“') if word else ""
        if match.group(0)[0] == "." and (token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token)):
            continue
        result.append(text[start : match.end()].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        result.append(tail)
    return result


def first_sentence(text: str) -> tuple[str, str]:
    """(slide text, rest) of a point: the first sentence of a long point, else all of it."""
    parts = sentences(text)
    # "We cry, Abba! Father!" is one short point, not a sentence and its notes.
    if len(parts) > 1 and (len(text.split()) > LONG_POINT_WORDS or parts[0].endswith(".")):
        return parts[0], " ".join(parts[1:])
    return text.strip(), ""


def references(text: str, context: Passage | None, guessed: bool = False) -> list[FoundReference]:
    """References in `text`; with a `guessed` context only those naming a chapter count."""
    # "(11; cf. Exodus 20:2)": blank out the "cf." (same length, so spans still fit `text`)
    # so the parenthesis reads as one list of references.
    found = find_references(_SEE.sub(lambda m: " " * len(m.group()), text), context)
    if guessed:
        found = [r for r in found if _names_book_or_chapter(text[r.start : r.end])]
    return found


def _names_book_or_chapter(span: str) -> bool:
    # "(32:7–14)" or "Hebrews 7:25" stand on their own; "(11)" or "verse 32" would need the
    # chapter, and a guessed context has none worth trusting.
    return ":" in span or bool(_BOOK_START.match(span))


def strip_references(text: str, found: list[FoundReference]) -> str:
    """`text` without the references that can leave it cleanly, tidied."""
    original = text
    if not found:
        return tidy(text)
    spans = [(r.start, r.end) for r in found]
    cuts: list[tuple[int, int]] = []
    for match in _PARENS.finditer(text):
        inside = [s for s in spans if match.start() < s[0] and s[1] < match.end()]
        if inside and _only_filler(text, match.start(1), match.end(1), inside):
            cuts.append((match.start(), match.end()))
    last = max(spans)
    if not any(a <= last[0] < b for a, b in cuts) and not text[last[1] :].strip(" .;,"):
        tail = _TAIL.search(text[: last[0]])
        if tail:
            cuts.append((tail.start(), len(text)))
    for a, b in sorted(cuts, reverse=True):
        text = text[:a] + text[b:]
    cleaned = tidy(text)
    return cleaned if cleaned.strip(" .,;:") else tidy(original)


def _only_filler(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    rest, pos = [], start
    for a, b in sorted(spans):
        rest.append(text[pos:a])
        pos = b
    rest.append(text[pos:end])
    return all(_FILLER.fullmatch(piece) for piece in rest)


def tidy(text: str) -> str:
    """One line, single spaces, no space before punctuation, no doubled full stop."""
    text = _SPACES.sub(" ", " ".join(text.split()))
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _DOUBLE_STOP.sub(r"\1", text)
    return text.strip()


def slide_text(text: str) -> str:
    """Slide text ends without a lone full stop (a heading, not a sentence); '...' stays."""
    text = tidy(text)
    if text.endswith(".") and not text.endswith(".."):
        text = text[:-1].rstrip()
    return text


def paragraph(text: str) -> str:
    """Notes text: lines of one paragraph joined, paragraphs kept apart by a blank line."""
    blocks = [" ".join(block.split()) for block in re.split(r"\n\s*\n", text)]
    return "\n\n".join(b for b in blocks if b)
