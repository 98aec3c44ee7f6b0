"""Fill-in-the-blank words: `[[grace]]` in a point or heading marks a blank on the handout,
revealed on the slides; `[[grace|mercy]]` accepts either word on the answer key (the first is
the one the slides show).

Pure text handling, shared by the outline reader (which reports a malformed blank at its line),
the planner (which numbers the blanks and plans their reveals) and nothing else: outputs read
the blanks from the plan.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NO_BREAK_SPACE = "\u00a0"
_MARK = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)


@dataclass(frozen=True)
class Segment:
    """A stretch of text: plain words, or a blank with the words it accepts (first shown)."""

    text: str
    answers: tuple[str, ...] = ()

    @property
    def is_blank(self) -> bool:
        return bool(self.answers)


# `reveal:` in an outline or theme: how blanks (and, with "points", a section's points) appear:
# as build slides (the default, shown by any program) or as PowerPoint click animations.
REVEAL_WORDS = ("slides", "animate", "points")


def reveal_words(value: str) -> tuple[str, ...]:
    """'points, animate' → ('points', 'animate')."""
    return tuple(word for word in re.split(r"[\s,]+", value.strip().lower()) if word)


def reveal_problem(value: str) -> tuple[str, str] | None:
    """(what is wrong, how to fix it) for a `reveal:` value, or None."""
    words = reveal_words(value)
    wrong = [word for word in words if word not in REVEAL_WORDS]
    if wrong:
        return (
            f"'reveal' takes {', '.join(REVEAL_WORDS[:-1])} or {REVEAL_WORDS[-1]}, not "
            f"'{wrong[0][:40]}'",
            "e.g. 'reveal: animate' or 'reveal: points, animate'",
        )
    if "slides" in words and "animate" in words:
        return "'reveal' cannot be both slides and animate", "choose one of them"
    return None


def has_blanks(text: str) -> bool:
    return "[[" in text


def segments(text: str) -> list[Segment]:
    """The text cut into plain stretches and blanks. A blank's words keep together on a line
    (its spaces become no-break spaces), so its line is never broken in two."""
    found: list[Segment] = []
    end = 0
    for match in _MARK.finditer(text):
        if match.start() > end:
            found.append(Segment(text[end : match.start()]))
        inner = match.group(1).replace(NO_BREAK_SPACE, " ")
        answers = tuple(" ".join(word.split()) for word in inner.split("|"))
        shown = answers[0].replace(" ", NO_BREAK_SPACE)
        found.append(Segment(shown, answers))
        end = match.end()
    if end < len(text):
        found.append(Segment(text[end:]))
    return found


def plain(text: str) -> str:
    """The text with every blank filled in with its first answer (for notes, kickers, recaps)."""
    if not has_blanks(text):
        return text
    return "".join(s.answers[0] if s.is_blank else s.text for s in segments(text))


def shown(text: str) -> str:
    """The text as a slide lays it out: each blank's (first) word, kept together on its line."""
    if not has_blanks(text):
        return text
    return "".join(s.text for s in segments(text))


def kept_together(text: str) -> str:
    """The text with each blank's mark kept whole (no-break spaces inside), so text split over
    slides is never cut inside a blank."""
    return _MARK.sub(lambda m: m.group(0).replace(" ", NO_BREAK_SPACE), text)


def problem(text: str) -> tuple[str, str] | None:
    """(what is wrong, how to fix it) for a malformed blank, or None."""
    rest = _MARK.sub(lambda m: "\0" * len(m.group(0)), text)
    for match in _MARK.finditer(text):
        inner = match.group(1)
        if "[[" in inner:
            return "a blank inside a blank", "close the first '[[' with ']]' before the next"
        if any(not word.strip() for word in inner.split("|")):
            empty = not inner.strip()
            what = "an empty blank '[[]]'" if empty else f"an empty answer in '[[{inner}]]'"
            return what, "write the word between the brackets, e.g. [[grace]] or [[grace|mercy]]"
        if "\n" in inner:
            return "a blank runs over a line break", "keep each [[answer]] on one line"
    if "[[" in rest:
        return "'[[' is not closed", "close the blank with ']]', e.g. [[grace]]"
    if "]]" in rest:
        return "']]' has no '[[' before it", "open the blank with '[[', e.g. [[grace]]"
    return None
