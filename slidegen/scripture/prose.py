"""References written in running text ("… (cf. Hebrews 7:25). …"), found with their spans.

The same parser as `parse_references`, run leniently from each place a reference could start.
In another language (`language`), a place a reference could start is any word before a number
("Juan 3:16", "Röm 8,28", "1 Corintios 13"); the language's parser then decides whether it is a
book, so its own names and punctuation ("Joh 3,16") are read exactly as an outline reads them.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from slidegen.errors import ScriptureError
from slidegen.model import Passage
from slidegen.scripture.languages import ENGLISH, Language
from slidegen.scripture.references import Parser, as_context
from slidegen.scripture.refusals import OutOfRange
from slidegen.scripture.tokens import (
    BOOK_PATTERN,
    CLOSE_PAREN,
    LEADING_ORDINAL,
    MARKER_PATTERN,
    SPACE,
)

_CV_AHEAD = re.compile(r"\s*[0-9]+\s*[:.][0-9]")
# Two-letter abbreviations that are no English word, so "Ps 121" or "Jn 3" in prose is a
# reference; "Is 5" or "Am 3" need chapter:verse.
_PROSE_TWO_LETTER = frozenset(
    {
        "gn", "ge", "lv", "nm", "nu", "dt", "jg", "ru", "jb", "ps", "jr", "dn", "jl",
        "hg", "zc", "zp", "ml", "mt", "mk", "lk", "jn", "rm", "ro", "jm", "rv",
    }
)  # fmt: skip
# Words that number what follows them ("Week 2", "Part 1") rather than a book.
_NUMBERED_LABEL = re.compile(
    r"(?<![a-z])(?:week|day|part|lesson|session|sermon|study|step|message|point|unit|"
    r"module|class|episode|reading|no\.?|number|#)\s*$",
    re.I,
)
# "John 3 years ago", "Daniel 3 times a day": a number that counts something is no chapter.
_COUNTED = re.compile(
    r"\s*(?:years?|yrs?|times|days?|weeks?|months?|hours?|hrs?|minutes?|mins?|seconds?|"
    r"people|persons|men|women|kids|children|sons|daughters|brothers|sisters|members|"
    r"miles?|feet|foot|inches|yards|metres|meters|kilometres|kilometers|km|pounds|lbs|"
    r"dollars|percent|o'clock|o’clock|%)(?![a-z])",
    re.I,
)
_TRIGGER = re.compile(
    rf"(?<!\w)(?:(?P<marker>{MARKER_PATTERN})|(?P<book>{BOOK_PATTERN})|(?P<paren>\())"
    r"(?=\s*[0-9])",
    re.I,
)
# In another language: a word (with an ordinal, "San", or "de los" inside) before a number.
_ORDINAL_WORDS = (
    r"primera|primero|primer|primeiro|primeira|segunda|segundo|tercera|tercero|terceiro"
    r"|terceira|erste[rn]?|zweite[rn]?|dritte[rn]?|premi[eè]re?|deuxi[eè]me|seconde?"
    r"|troisi[eè]me"
)
# A book's number as the parsers read it (LATIN_BOOK, french._BOOK): "1.", "1ª", "1a.", "1ra",
# "2da.", "1o.", "1er", "1re", "1ère", "2e", "2ème", "2nde". One they read that this missed
# left "1a. Juan 4:8" to be found from "Juan": John 4:8, not 1 John 4:8.
_ORDINAL_NUMBER = r"[1-5](?:(?:ra|da|ro|do|ère|ème|er|re|nde|nd|è|e|a|o)\b\.?|\.|ª|º)?"
_WORD_BEFORE_NUMBER = (
    r"(?:(?:san|st\.?|saint)\s+(?=[^\W\d_]))?"
    rf"(?:(?:{_ORDINAL_WORDS}|{_ORDINAL_NUMBER}|iii|ii|i)\s*(?:de\s+)?)?"
    r"[^\W\d_]+\.?(?:\s+(?:de\s+los|de\s+las|de\s+la|des|du|de|dos|das|do)\s+[^\W\d_]+\.?)?"
)
_ANY_TRIGGER = re.compile(
    rf"(?<!\w)(?:(?P<marker>{MARKER_PATTERN})|(?P<book>{_WORD_BEFORE_NUMBER})|(?P<paren>\())"
    r"(?=\s*[0-9])"
    # Korean "5절 말씀을 보십시오", "16~18절": a verse of the context, named by its number alone.
    # ("3장 16절" without a book is a chapter's verse, not one of the context's chapter.)
    r"|(?<![\w~～∼〜:,.\-–])(?<![장편]\s)(?P<verse>)(?=[0-9]+(?:\s*[~～∼〜\-–]\s*[0-9]+)?\s*절)",
    re.I,
)
# Chinese writes a book's name straight after the words before it ("正如约翰福音3:16所说"): a
# run of ideographs before a number, read from each of its characters until a book reads.
_IDEOGRAPH = r"[\u3400-\u4dbf\u4e00-\u9fff]"
_IDEOGRAPHS_BEFORE_NUMBER = re.compile(
    rf"(?:(?<!{_IDEOGRAPH})(?P<book>{_IDEOGRAPH}+)|(?<!\w)(?P<marker>{MARKER_PATTERN})"
    r"|(?P<paren>[(（]))(?=\s*(?:第\s*)?\d)"
    # "请看第5节", "8至10节": a verse of the context ("3章16节" without a book is not).
    r"|(?<![\d:：~～\-–至章篇])(?<![章篇]\s)(?P<verse>)(?=\d+(?:\s*[~～\-–至]\s*\d+)?\s*[节節])",
    re.I,
)
# Enough after a book's name to see the first mark between chapter and verse ("Jn 3, 16").
_MARK_WINDOW = 12
_FULL_WIDTH_CLOSE = re.compile(r"\s*）")
_LONGEST_NAME = 12  # characters: 帖撒罗尼迦前书 has 7
# A two-letter abbreviation stands in other languages' prose only with chapter and verse, which
# German and Catholic French part with a comma ("Ri 6,12"), Korean and Chinese also with 장, 章.
_CV_AHEAD_ANY = re.compile(r"\s*[0-9]+\s*[:.,]\s?[0-9]|\s*(?:第\s*)?\d+\s*(?:[:：]|장|章)\s*\d")
# Counted things in the other languages ("Juan 3 veces", "Daniel 3 Mal am Tag").
_COUNTED_ANY = re.compile(
    r"\s*(?:años?|veces|vez|días?|semanas?|meses|horas?|personas|hombres|mujeres|niños|hijos"
    r"|anos?|vezes|dias?|pessoas|homens|mulheres|crianças|filhos"
    r"|jahre[n]?|mal|tage[n]?|wochen|monate[n]?|stunden|menschen|männer|frauen|kinder|söhne"
    r"|ans|fois|jours?|semaines|mois|heures?|personnes|hommes|femmes|enfants|fils"
    r"|km|kilómetros|kilometer|euros?|%)(?!\w)",
    re.I,
)


@dataclass(frozen=True)
class FoundReference:
    """A reference found in prose: the passage and its character span `text[start:end]`."""

    passage: Passage
    start: int
    end: int
    # The book is written ("롬 8:28", "John 3:16, 18"), not taken from the context ("(v. 9)").
    named: bool = False


@dataclass(frozen=True)
class RefusedReference:
    """A reference in prose to a real book past its end ("(요 3:40)"): no slide, but reported."""

    written: str
    message: str
    start: int
    end: int


def find_references(
    prose: str, context: Passage | str | None = None, language: Language = ENGLISH
) -> list[FoundReference]:
    """References written in running text, with their spans; never raises for any prose.

    A reference needs a capitalised book name ("Hebrews 7:25", "Juan 3:16" in Spanish), or,
    with `context`, a verse marker ("v 30", "verse 32") or parentheses around nothing but
    numbers ("(12a)", "(19–20)"). Anything that does not check out (Exodus 50:1) is skipped.
    """
    return _scan(prose, as_context(context), language)[0]


def refused_references(
    prose: str, context: Passage | str | None = None, language: Language = ENGLISH
) -> list[RefusedReference]:
    """References in running text that name a real book but point past its end ("John 3:40",
    "(요 3:40)"): `find_references` passes over them; an importer reports them."""
    return _scan(prose, as_context(context), language)[1]


def _scan(
    prose: str, ctx: Passage | None, language: Language
) -> tuple[list[FoundReference], list[RefusedReference]]:
    english = language.code == "en"
    trigger = _TRIGGER if english else _ANY_TRIGGER
    if language.unspaced:
        trigger = _IDEOGRAPHS_BEFORE_NUMBER
    found: list[FoundReference] = []
    refused: list[RefusedReference] = []
    pos = 0
    while match := trigger.search(prose, pos):
        group, refusal = _scan_at(prose, match, ctx, language)
        if group:
            found.extend(group)
            pos = group[-1].end
        elif refusal:
            refused.append(refusal)
            pos = max(refusal.end, match.end())
        else:  # past the match, and past its start: "5절"'s trigger is empty
            pos = max(_resume_after(prose, match, english), match.start() + 1)
    return found, refused


def _resume_after(prose: str, match: re.Match[str], english: bool = True) -> int:
    # "Book of Exodus 3", "Libro de Éxodo 3": a failed multi-word candidate may still end in
    # a real book name.
    book = match.group("book")
    if book and (" of " in book.lower() or (not english and len(book.split()) > 1)):
        return match.start() + len(book) - len(book.split()[-1])
    # "Week 2 John 3:16": the number belongs to "Week", and the reference is John 3:16. (A
    # failed "in 1 John 6:1" is not retried as John 6:1: that would be a silent guess.)
    ordinal = LEADING_ORDINAL.match(book) if book else None
    if (
        ordinal
        and book[ordinal.end() - 1].isspace()
        and _NUMBERED_LABEL.search(prose, 0, match.start())
    ):
        return match.start() + ordinal.end()
    return match.end()


def _plausible_book(prose: str, name: str, end: int, english: bool = True) -> bool:
    """Whether `name`, ending at `end`, may start a reference in running text."""
    caseless = name[0].isalpha() and name[0].lower() == name[0].upper()  # 요한복음, 约翰福音
    if not (name[0].isupper() or name[0].isdigit() or caseless):
        return False  # "ex 3" or "is 5" in a sentence are words, not books
    letters = LEADING_ORDINAL.sub("", name, count=1) if name[0].isdigit() else name
    letters = letters.rstrip(".")
    if len(letters) > 2 or letters.lower() in _PROSE_TWO_LETTER or (caseless and len(letters) > 1):
        return True
    # Other two-letter abbreviations ("Am", "Is"), and one-character ones ("롬", "约"), count
    # only with chapter and verse.
    return bool((_CV_AHEAD if english else _CV_AHEAD_ANY).match(prose, end))


_Scanned = tuple[list[FoundReference], RefusedReference | None]


def _scan_at(
    prose: str, match: re.Match[str], ctx: Passage | None, language: Language = ENGLISH
) -> _Scanned:
    book = match.group("book")
    if book and language.unspaced:
        return _scan_ideographs(prose, match, ctx, language)
    if book and not _plausible_book(prose, book, match.end(), language.code == "en"):
        return [], None
    relative = match.group("marker") or match.group("paren") or _matched(match, "verse")
    if relative and ctx is None:
        return [], None
    if book:  # French "Jn 3, 16" (a lectionary's comma) beside "Jean 3.16"
        language = language.reading(prose[match.start() : match.end() + _MARK_WINDOW])
    parser = Parser(prose, ctx, strict=False, language=language)
    parser.pos = match.start()
    if match.group("paren"):
        space = SPACE.match(prose, match.end())  # matches always: it may be empty
        parser.pos = space.end() if space else match.end()
    try:
        group = _read_group(parser)
    except OutOfRange as error:
        return [], _refusal(parser, error)
    except ScriptureError:
        return [], None
    close = _FULL_WIDTH_CLOSE if match.group("paren") == "（" else CLOSE_PAREN
    if match.group("paren") and not close.match(prose, parser.pos):
        return [], None  # "(11 people)" is not a reference
    return group, None


def _matched(match: re.Match[str], group: str) -> bool:
    # A group the pattern may lack (English has no "verse"), or one that matched empty.
    return group in match.re.groupindex and match.group(group) is not None


def _refusal(parser: Parser, error: OutOfRange) -> RefusedReference | None:
    """A reference past its book's end, when it names its book and counts nothing ("Daniel
    300 times" is words)."""
    if not parser.explicit or _counted(parser.language.code)(parser.text, parser.pos):
        return None
    start = parser.item_start
    return RefusedReference(parser.text[start : parser.pos], error.message, start, parser.pos)


def _scan_ideographs(
    prose: str, match: re.Match[str], ctx: Passage | None, language: Language
) -> _Scanned:
    """The first reference read from a character of a run of ideographs: "正如约翰福音3:16"
    reads from 约, the longest name that is a book."""
    # Only the run's last characters can start a name: a long run costs no more than a short one.
    for start in range(max(match.start(), match.end() - _LONGEST_NAME), match.end()):
        if not _plausible_book(prose, prose[start : match.end()], match.end(), english=False):
            continue
        parser = Parser(prose, ctx, strict=False, language=language)
        parser.pos = start
        try:
            group = _read_group(parser)
        except OutOfRange as error:
            if refusal := _refusal(parser, error):
                return [], refusal
            continue
        except ScriptureError:
            continue
        if group:
            return group, None
    return [], None


def _read_group(parser: Parser) -> list[FoundReference]:
    """A list of items from the parser's position, stopping before the first one that fails."""
    start = parser.pos
    language = parser.language
    counted = _counted(language.code)
    group = [FoundReference(parser.item(None), start, parser.pos, parser.explicit)]
    if counted(parser.text, parser.pos):
        return []
    while True:
        before = parser.pos
        separator = parser.skip(language.separator)
        if separator is None:
            return group
        start = parser.pos
        try:
            passage = parser.item(language.separator_kind(separator))
        except ScriptureError:
            parser.pos = before
            return group
        if counted(parser.text, parser.pos):
            parser.pos = before
            return group
        group.append(FoundReference(passage, start, parser.pos, parser.explicit))


@functools.cache
def _counted(code: str) -> Callable[[str, int], bool]:
    """Whether a number just read counts something, in English or also in `code`'s words."""
    if code == "en":
        return lambda text, pos: _COUNTED.match(text, pos) is not None
    return lambda text, pos: bool(_COUNTED.match(text, pos) or _COUNTED_ANY.match(text, pos))
