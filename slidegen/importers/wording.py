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
from slidegen.scripts import joined
from slidegen.scripture import FoundReference, find_references, parse_references
from slidegen.scripture.languages import ENGLISH, Language

# A context for reading a relative reference ("v. 7", "3:16") only to see where it is written,
# when there is no passage to read it against.
ANY_CONTEXT = Passage("Genesis", 1, 1, 1, 31)

# A point longer than this (or of several sentences) keeps its first sentence on the slide.
LONG_POINT_WORDS = 15

_ABBREVIATIONS = frozenset(
    {"cf", "v", "vv", "vs", "ver", "ch", "chap", "e.g", "i.e", "etc", "dr", "mr", "mrs", "ms"}
    | {"st", "rev", "jr", "sr", "no", "p", "pp", "ibid"}
    # Spanish, Portuguese, German and French: "vgl. Röm 8,28", "Hno. Juan", "cap. 3".
    | {"vgl", "bzw", "ca", "z.b", "hno", "hna", "sra", "dra", "pr", "pra", "pfr", "cap", "págs"}
    | {"pág", "núm", "hl", "mme", "mlle", "art"}
)
# A sentence starts with a capital, a digit, or Spanish ¿ and ¡ ("Él", "¿Quién?").
# Chinese and Japanese end a sentence with 。！？ and start the next without a space.
_SENTENCE_END = re.compile(
    r"[.!?][\"”’')\]]*\s+(?=[\"“‘«(¿¡]?[A-ZÀ-ÖØ-Þ0-9])|[。！？][”’」』）]*\s*(?=\S)"
)
# Enough characters before a full stop to see the word it ends ("cf", "vv", "Rev").
_WORD_WINDOW = 12
# "1. Mose 50,20", "2. Korinther 5,17": German numbers its books with a full stop.
_ORDINAL_DIGITS = frozenset("12345")
_BOOK_WINDOW = 40
_PARENS = re.compile(r"[(（]([^()（）]*)[)）]")  # Chinese writes （…）
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
# The same words in Spanish, Portuguese, German and French, read beside English's in an
# outline written in one of them ("vgl. Röm 8,28", "véase también Juan 3:16", "voir Jean 3.16").
POINTERS_ANY = (
    r"cf|see(?:\s+also)?|compare|v[ée]ase(?:\s+tambi[ée]n)?|vea|ver(?:\s+tamb[ée]m)?|veja"
    r"|comp[áa]rese|confira|vgl|siehe(?:\s+auch)?|voir(?:\s+aussi)?|voyez|comparer"
)
_SEE_ANY = re.compile(rf"(?i)\b(?:{POINTERS_ANY})\b\.?")
_FILLER_ANY = re.compile(
    rf"(?i)(?:\s|[,;.:]|\b(?:{POINTERS_ANY})\b\.?|\balso\b|\band\b|e\.g\.|\b(?:y|e|und|et)\b"
    r"|\b(?:tambi[ée]n|tamb[ée]m|auch|aussi)\b)*+"
)
_TAIL_ANY = re.compile(
    rf"(?:\s*(?:--|[-–—:,;])\s*(?:(?:{POINTERS_ANY})\.?\s*)?|\s+(?:{POINTERS_ANY})\.?\s*)$",
    re.I,
)
# "Ps", "1 John", "Génesis", German "1. Mose": a book named, not a verse of the context.
_BOOK_START = re.compile(r"(?i)(?:[1-5]\.?\s*)?(?!v)[^\W\d_]{2,}")


def sentences(text: str, language: Language = ENGLISH) -> list[str]:
    """Split prose into sentences, not at abbreviations like 'cf.' or 'vv.' or initials (nor,
    in another language, inside a German "1. Mose 1,1")."""
    result: list[str] = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        before = text[max(start, match.start() - _WORD_WINDOW) : match.start()].split()
        token = before[-1].lower().lstrip('("“') if before else ""
        if match.group(0)[0] == "." and (token in _ABBREVIATIONS or re.fullmatch(r"[a-z]", token)):
            continue
        if token in _ORDINAL_DIGITS and language.code != "en":
            ahead = text[match.start() - 1 : match.start() + _BOOK_WINDOW]
            if any(r.start == 0 for r in find_references(ahead, None, language)):
                continue
        result.append(text[start : match.end()].strip())
        start = match.end()
    tail = text[start:].strip()
    if tail:
        result.append(tail)
    return result


def first_sentence(text: str, language: Language = ENGLISH) -> tuple[str, str]:
    """(slide text, rest) of a point: the first sentence of a long point, else all of it."""
    parts = sentences(text, language)
    # "We cry, Abba! Father!" is one short point, not a sentence and its notes.
    if len(parts) > 1 and (len(text.split()) > LONG_POINT_WORDS or parts[0].endswith((".", "。"))):
        return parts[0], " ".join(parts[1:])
    return text.strip(), ""


def references(
    text: str, context: Passage | None, guessed: bool = False, language: Language = ENGLISH
) -> list[FoundReference]:
    """References in `text`; with a `guessed` context only those naming a chapter count."""
    # "(11; cf. Exodus 20:2)": blank out the "cf." (same length, so spans still fit `text`)
    # so the parenthesis reads as one list of references.
    see = _SEE if language.code == "en" else _SEE_ANY
    blanked = see.sub(lambda m: " " * len(m.group()), text)
    found = find_references(blanked, context, language)
    found = _read_against_book(blanked, found, language)
    if guessed:
        found = [r for r in found if _names_book_or_chapter(text[r.start : r.end], language)]
    return found


def _read_against_book(
    text: str, found: list[FoundReference], language: Language
) -> list[FoundReference]:
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
            passages = parse_references(match.group("inner"), ref.passage, language)
        except SlidegenError:
            continue
        start, end = match.start("inner"), match.end("inner")
        result += [FoundReference(p, start, end) for p in passages]
        taken_until = match.end()
    return result


def names_a_book(text: str, ref: FoundReference) -> bool:
    """Whether a found reference names its book ('Ps 103:12'), not a verse of the context."""
    # `named`: a one-character book ("롬 8:28", "罗8:28") or the second of "John 3:16, 18".
    return ref.named or _BOOK_START.match(text, ref.start) is not None


def only_references(text: str, found: list[FoundReference], language: Language = ENGLISH) -> bool:
    """Whether `text` is nothing but references and their joining words ('cf. 2 Cor 7:10')."""
    if not found:
        return False
    pieces, pos = [], 0
    for ref in sorted(found, key=lambda r: r.start):
        pieces.append(text[pos : ref.start])
        pos = max(pos, ref.end)
    pieces.append(text[pos:])
    filler = _FILLER if language.code == "en" else _FILLER_ANY
    return all(filler.fullmatch(piece.strip(" -–—()[]*（）")) for piece in pieces)


def _names_book_or_chapter(span: str, language: Language) -> bool:
    # "(32:7–14)" or "Hebrews 7:25" stand on their own; "(11)" or "verse 32" would need the
    # chapter, and a guessed context has none worth trusting. German writes "(3,16)".
    between = rf"[0-9]\s*{re.escape(language.mark)}\s*[0-9]"
    return ":" in span or bool(_BOOK_START.match(span) or re.search(between, span))


def strip_references(text: str, found: list[FoundReference], language: Language = ENGLISH) -> str:
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
        if inside and _only_filler(text, match.start(1), match.end(1), inside, language):
            cuts.append((match.start(), match.end()))
    # The last reference not inside cut brackets: a tail joined by a dash or colon may go
    # when only cut brackets and stops follow it.
    cut_starts = [a for a, _ in cuts]
    standing = [s for s in spans if not _inside(cuts, cut_starts, s[0])]
    last = standing[-1] if standing else None
    if last is not None and not _without(text, cuts, last[1]).strip(" .;,"):
        window = max(0, last[0] - _TAIL_WINDOW)
        tail = (_TAIL if language.code == "en" else _TAIL_ANY).search(text, window, last[0])
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


def _only_filler(
    text: str, start: int, end: int, spans: list[tuple[int, int]], language: Language
) -> bool:
    rest, pos = [], start
    for a, b in sorted(spans):
        rest.append(text[pos:a])
        pos = b
    rest.append(text[pos:end])
    filler = _FILLER if language.code == "en" else _FILLER_ANY
    return all(filler.fullmatch(piece) for piece in rest)


def tidy(text: str) -> str:
    """One line (its lines joined as `joined` joins them), single spaces, no space before
    punctuation, no doubled full stop."""
    text = _SPACES.sub(" ", " ".join(joined(text.splitlines()).split()))
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _DOUBLE_STOP.sub(r"\1", text)
    return text.strip()


def slide_text(text: str) -> str:
    """Slide text ends without a lone full stop (a heading, not a sentence); '...' stays."""
    text = tidy(text)
    if (text.endswith(".") and not text.endswith("..")) or text.endswith("。"):
        text = text[:-1].rstrip()
    return text


def paragraph(text: str) -> str:
    """Notes text: lines of one paragraph joined, paragraphs kept apart by a blank line."""
    blocks = [
        joined(" ".join(line.split()) for line in block.splitlines())
        for block in re.split(r"\n\s*\n", text)
    ]
    return "\n\n".join(b for b in blocks if b)
