"""The tokens of a Bible reference, as regular expressions (the grammar is in references.py).

Shared by the strict reader (references.py) and the prose finder (prose.py), so both read the
same spellings.
"""

from __future__ import annotations

import re

ORDINAL = r"(?:first|second|third|1st|2nd|3rd|iii|ii|i|[1-3])"
# "St. Luke": the Gospels as the Prayer Book names them.
BOOK_PATTERN = (
    rf"(?:(?:st\.?|saint)\s+(?=[a-z]))?(?:{ORDINAL}\s*)?[a-z]+\.?(?:\s+of\s+(?:the\s+)?[a-z]+\.?)?"
)
MARKER_PATTERN = r"(?:verses|verse|vss|vv|vs|ver|v)\.?"

BOOK = re.compile(rf"(?P<name>{BOOK_PATTERN})(?![a-z])\s*", re.I)
MARKER = re.compile(rf"{MARKER_PATTERN}\s*(?=[0-9])", re.I)
# "John 3 vv 16-18", "Psalm 116: Verse 10": a verse marker after a chapter.
CHAPTER_MARKER = re.compile(rf"\s*[,:]?\s*{MARKER_PATTERN}\s*(?=[0-9])", re.I)
# "Romans chapter 8", "Chap 10": the number is a chapter.
CHAPTER_WORD = re.compile(r"(?:chapters|chapter|chaps|chap|chs|ch)\.?\s*(?=[0-9])", re.I)
POINT = re.compile(
    r"(?P<a>[0-9]+)(?:\s*:\s*(?P<b>[0-9]+)|\.(?P<c>[0-9]+)|v(?P<d>[0-9]+))?(?P<part>[abc])?"
    r"(?![a-z0-9])",
    re.I,
)
DASH = re.compile(r"\s*(?:[-\u2010-\u2015\u2212]+|to\b|through\b|thru\b)\s*", re.I)
# "1 Timothy 1:3-end", "Romans 8:18 to the end of the chapter".
END = re.compile(r"(?:the\s+)?end\b(?:\s+of\s+(?:the\s+)?chapter\b)?", re.I)
# Catholic French and German "Jn 3, 16", "Joh 3,16": a comma parts chapter and verse.
# A colon reads too: German outlines pasted from English tools say "Joh 3:16" as well.
COMMA_POINT = re.compile(
    r"(?P<a>[0-9]+)(?:\s*[,:]\s*(?P<b>[0-9]+))?(?P<part>[abc])?(?![a-z0-9])", re.I
)
# "cf. Hebrews 7:25", "See John 3:16": a pointer word before a reference field.
LEADING_POINTER = re.compile(r"^\s*(?:cf|cp|compare|see(?:\s+also)?)\b\.?\s*", re.I)
# Prose like "3,000 were killed": a number with a thousands group is never a verse.
THOUSANDS = re.compile(r",[0-9]{3}(?![0-9])")
LEADING_ORDINAL = re.compile(rf"{ORDINAL}\s*", re.I)
TRAILING = re.compile(r"[\s.,;!?]+$")
WRAPPED = re.compile(r"^\s*[(\[](.*)[)\]]\s*$", re.S)
CLOSE_PAREN = re.compile(r"\s*\)")
FOLLOWING = re.compile(r"[0-9]\s*ff?\.?$", re.I)
TRANSLATION_NOTE = re.compile(r"\(?\s*([A-Z]{2,6})\s*\)?$")
LETTER = re.compile(r"([abc])(?![a-z0-9])", re.I)
OPEN_PAREN = re.compile(r"\s*\(\s*(?=[0-9])")
SPACE = re.compile(r"\s*")
# Words a bare number may be followed by without being a book ("1 to 3", "12a").
NOT_BOOK_WORDS = frozenset({"to", "through", "thru", "a", "b", "c"})
HOW = "write it like 'John 3:16', 'Exodus 32:7–14' or 'Psalm 23'"
MAX_NUMBER = 10_000_000


def list_separator(*joins: str) -> re.Pattern[str]:
    """A list's separators where a comma lists: "," ";" "&" and the language's `joins` ("and";
    ", and" too), which read like ","."""
    after = "".join(rf"{word}\b|" for word in joins)
    return re.compile(rf"\s*(?:([,;])(?:\s*(?:{after}&))?|\s({'|'.join(joins)})\b|(&))\s*", re.I)


def comma_list_separator(join: str) -> re.Pattern[str]:
    """A list's separators where a comma parts chapter and verse ("Joh 3,16.18; 4,1 und 5"):
    ";" (also "; und"), a dot before a number, the language's `join` word and "&"."""
    return re.compile(rf"\s*(?:(;)(?:\s*{join}\b)?|(\.)(?=\s*[0-9])|\s({join})\b|(&))\s*", re.I)


# "," ";" "and" "&" (", and" too); "and" and "&" read like ",".
SEPARATOR = list_separator("and")
