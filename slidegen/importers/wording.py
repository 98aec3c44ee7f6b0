"""The preacher's wording → slide text: first sentences, references found and taken out.

Slide text is short; the full wording goes to the notes. A reference leaves the slide text only
where removing it cannot break the sentence: in parentheses ("(32:7–14)", "(cf. Hebrews 7:25)")
or tacked on at the end after a dash, a double hyphen or a colon ("astray -- Isaiah 53:6").

Every function here takes time proportional to its text: patterns are anchored, bounded or
possessive, and text is cut once rather than rebuilt per reference (a 200 KB line is a
real file someone may send).
"""

from __future__ import annotations

import bisect
import re

from slidegen.errors import SlidegenError
from slidegen.model import Passage
from slidegen.scripture import FoundReference, find_references, parse_references

# A point longer than this (or of several sentences) keeps its first sentence on the slide.
LONG_POINT_WORDS = 15

_ABBREVIATIONS = frozenset(
    {"cf", "v", "vv", "vs", "ver", "ch", "chap", "e.g", "i.e", "etc", "dr", "mr", "mrs", "ms"}
    | {"st", "rev", "jr", "sr", "no", "p", "pp", "ibid"}
)
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+(?=[\"“‘(]?[A-Z0-9])")
# Enough characters before a full stop to see the word it ends ("cf", "vv", "Rev").
_WORD_WINDOW = 12
_PARENS = re.compile(r"\(([^()]*)\)")
_FILLER = re.compile(r"(?i)(?:\s|[,;.:]|\bcf\b\.?|\bsee\b|\balso\b|\bcompare\b|\band\b|e\.g\.)*+")
# What joins a reference to the words before it; searched only in the last _TAIL_WINDOW
# characters, so a long line costs no more than a short one.
_TAIL = re.compile(
    r"(?:\s*(?:--|[-–—:,;])\s*(?:(?:cf\.?|see(?:\s+also)?|compare)\s*)?"
    r"|\s+(?:cf\.?|see(?:\s+also)?|compare)\s*)$",
    re.I,
)
_TAIL_WINDOW = 40
# "(cf. 9:24)" straight after "Heb 7:25": a chapter and verse of the book just named.
_SAME_BOOK = re.compile(r"\s*\(\s*(?P<inner>[0-9][0-9:.,;\s–-]{0,40}?)\s*\)")
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
        before = text[max(start, match.start() - _WORD_WINDOW) : match.start()].split()
        token = before[-1].lower().lstrip('("“') if before else ""
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
    blanked = _SEE.sub(lambda m: " " * len(m.group()), text)
    found = _read_against_book(blanked, find_references(blanked, context))
    if guessed:
        found = [r for r in found if _names_book_or_chapter(text[r.start : r.end])]
    return found


def _read_against_book(text: str, found: list[FoundReference]) -> list[FoundReference]:
    """'Heb 7:25 (cf. 9:24)': the bracketed chapter and verse belong to Hebrews."""
    result: list[FoundReference] = []
    taken_until = -1
    for ref in found:
        if ref.start < taken_until:
            continue  # re-read below as part of the book before it
        result.append(ref)
        if not _BOOK_START.match(text, ref.start):
            continue
        match = _SAME_BOOK.match(text, ref.end)
        if match is None:
            continue
        try:
            passages = parse_references(match.group("inner"), ref.passage)
        except SlidegenError:
            continue
        start, end = match.start("inner"), match.end("inner")
        result += [FoundReference(p, start, end) for p in passages]
        taken_until = match.end()
    return result


def names_a_book(text: str, ref: FoundReference) -> bool:
    """Whether a found reference names its book ('Ps 103:12'), not a verse of the context."""
    return _BOOK_START.match(text, ref.start) is not None


def only_references(text: str, found: list[FoundReference]) -> bool:
    """Whether `text` is nothing but references and their joining words ('cf. 2 Cor 7:10')."""
    if not found:
        return False
    pieces, pos = [], 0
    for ref in sorted(found, key=lambda r: r.start):
        pieces.append(text[pos : ref.start])
        pos = max(pos, ref.end)
    pieces.append(text[pos:])
    return all(_FILLER.fullmatch(piece.strip(" -–—()[]*")) for piece in pieces)


def _names_book_or_chapter(span: str) -> bool:
    # "(32:7–14)" or "Hebrews 7:25" stand on their own; "(11)" or "verse 32" would need the
    # chapter, and a guessed context has none worth trusting.
    return ":" in span or bool(_BOOK_START.match(span))


def strip_references(text: str, found: list[FoundReference]) -> str:
    """`text` without the references that can leave it cleanly, tidied."""
    original = text
    if not found:
        return tidy(text)
    spans = sorted({(r.start, r.end) for r in found})
    starts = [a for a, _ in spans]
    cuts: list[tuple[int, int]] = []
    for match in _PARENS.finditer(text):
        first = bisect.bisect_right(starts, match.start())
        last_in = bisect.bisect_left(starts, match.end())
        inside = [s for s in spans[first:last_in] if s[1] < match.end()]
        if inside and _only_filler(text, match.start(1), match.end(1), inside):
            cuts.append((match.start(), match.end()))
    # The last reference not inside cut brackets: a tail joined by a dash or colon may go
    # when only cut brackets and stops follow it.
    cut_starts = [a for a, _ in cuts]
    standing = [s for s in spans if not _inside(cuts, cut_starts, s[0])]
    last = standing[-1] if standing else None
    if last is not None and not _without(text, cuts, last[1]).strip(" .;,"):
        window = max(0, last[0] - _TAIL_WINDOW)
        tail = _TAIL.search(text, window, last[0])
        if tail:
            cuts.append((tail.start(), len(text)))
    kept, pos = [], 0
    for a, b in sorted(cuts):
        kept.append(text[pos:a])
        pos = max(pos, b)
    kept.append(text[pos:])
    cleaned = tidy("".join(kept))
    return cleaned if cleaned.strip(" .,;:") else tidy(original)


def _inside(cuts: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    index = bisect.bisect_right(starts, pos) - 1
    return index >= 0 and cuts[index][0] <= pos < cuts[index][1]


def _without(text: str, cuts: list[tuple[int, int]], start: int) -> str:
    """`text[start:]` without the cut spans."""
    kept, pos = [], start
    for a, b in cuts:
        if b <= pos:
            continue
        kept.append(text[pos:a])
        pos = max(pos, b)
    kept.append(text[pos:])
    return "".join(kept)


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
