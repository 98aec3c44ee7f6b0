"""Which writing system a character belongs to, and lines joined as each system joins them.

No dependencies: the fitter (`fit/`), the importers and the Bible-file readers all ask, and an
import must not load fonts or Pillow to know that 神 is a Chinese character.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_HANGUL = re.compile("[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]")


def is_wide(char: str) -> bool:
    """A character East Asian typesetting draws a full em wide (ideographs, kana, Hangul,
    full-width punctuation): Unicode's East Asian Width W or F."""
    return unicodedata.east_asian_width(char) in "WF"


# The blocks of East Asian wide characters: Hangul, CJK punctuation, kana, ideographs, Yi,
# compatibility forms, full-width forms, the supplementary ideographs.
_WIDE_BLOCKS = re.compile(
    "[\u1100-\u115f\u2e80-\ua4cf\ua960-\ua97f\uac00-\ud7af\uf900-\ufaff\ufe10-\ufe1f"
    "\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\U00020000-\U0003fffd]"
)


def has_wide(text: str) -> bool:
    """Whether `text` has Chinese, Japanese or Korean characters (one search, in C: this is
    asked of every paragraph fitted)."""
    return not text.isascii() and _WIDE_BLOCKS.search(text) is not None


def is_hangul(char: str) -> bool:
    return _HANGUL.match(char) is not None


def joined(lines: Iterable[str]) -> str:
    """Lines of one paragraph as one line: with a space between them, except where a Chinese or
    Japanese line breaks between two characters of a sentence that has no spaces (Korean puts
    spaces between its words, so a Korean line break is a space)."""
    text = ""
    for line in (line.strip() for line in lines):
        if not line:
            continue
        if text and not (_unspaced(text[-1]) and _unspaced(line[0])):
            text += " "
        text += line
    return text


def _unspaced(char: str) -> bool:
    """A character of a script written without spaces between words (Han, kana, CJK marks)."""
    return is_wide(char) and not is_hangul(char)
