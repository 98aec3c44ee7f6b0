"""What a source file says before it becomes YAML: flat events assembled into a tree of items.

Each importer turns its format into the same events (an item at a level, a prose paragraph, a
reference-only line), so the rules for where prose belongs live in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from slidegen.errors import OutlineError
from slidegen.importers import labels
from slidegen.scripture.languages import Language, get_language

# The outline loader accepts sections plus five levels of points; deeper items are clamped.
MAX_LEVEL = 5
# A long paragraph of notes is a few thousand characters; a line 20,000 long is not an outline.
MAX_LINE_CHARS = 20_000


def check_line_lengths(lines: list[str], path: Path, what: str = "line") -> None:
    """Refuse a file with an absurdly long line before any parsing (a fast, clear refusal)."""
    for number, line in enumerate(lines, start=1):
        if len(line) > MAX_LINE_CHARS:
            raise OutlineError(
                f"{what} {number} is {len(line):,} characters long, more than an outline's "
                f"line or paragraph ({MAX_LINE_CHARS:,})",
                path=path,
                line=number if what == "line" else None,
                hint="break it into headings, points and paragraphs, one per line",
            )


@dataclass
class Item:
    """A heading (level 0) or point (level ≥ 1), its raw text still holding any references."""

    text: str
    level: int
    line: int
    notes: list[str] = field(default_factory=list)
    # Lines that were nothing but references, cited by this item.
    refs: list[str] = field(default_factory=list)
    children: list[Item] = field(default_factory=list)
    # "intro", "big_idea" or "conclusion" for a part that is not a numbered section.
    role: str = ""


@dataclass
class Draft:
    path: Path
    meta: dict[str, str] = field(default_factory=dict)
    intro: list[str] = field(default_factory=list)
    sections: list[Item] = field(default_factory=list)
    conclusion: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)
    # Relative references with nothing to be relative to, for the account.
    unresolved: list[str] = field(default_factory=list)
    # Where each detail was written ("line 3"; "paragraph 3" in a Word file), for messages.
    meta_where: dict[str, str] = field(default_factory=dict)
    unit: str = "line"
    # The outline's language code: its structure words and references are read in it too.
    language: str = "en"
    language_note: str = ""  # how the language was found, when it was not given
    # What the import chose for the user and why ("RVR1960 is not installed: …"), for the account.
    notices: list[str] = field(default_factory=list)

    @property
    def scripture(self) -> Language:
        """How the outline's references are written (its language's book names)."""
        return get_language(self.language)

    def where(self, line: int | None) -> str:
        return f"{self.unit} {line}" if line else ""

    def set_meta(self, key: str, value: str, line: int | None = None) -> None:
        """Record a detail. Every format goes through here so repeats are never dropped:
        passages join (a sermon may have several); any other repeat is reported."""
        where = self.where(line)
        if key == "passage" and self.meta.get("passage"):
            self.meta["passage"] += f"; {value}"
        elif key in self.meta:
            self.unplaced.append(f"{where + ': ' if where else ''}{key}: {value} (given twice)")
        else:
            self.meta[key] = value
            if where:
                self.meta_where[key] = where


@dataclass(frozen=True)
class Event:
    kind: str  # item | para | refs
    text: str
    line: int
    level: int = 0


def nest(indents: list[int], indent: int) -> int:
    """Depth (0 = outermost) of a list item at `indent`, given the open levels' indents;
    updates `indents`. A shallower item closes the deeper levels, a deeper one opens a level."""
    while indents and indents[-1] > indent:
        indents.pop()
    if not indents or indents[-1] < indent:
        indents.append(indent)
    return len(indents) - 1


def assemble(draft: Draft, events: list[Event], prose_points: bool) -> None:
    """Build `draft`'s tree from events.

    With `prose_points` (plain text, like the seed), a paragraph that closes a deeper subtree
    (the next item is two or more levels up) becomes a point of its own at the level the next
    item returns to, and paragraphs after the last item are the conclusion. Otherwise every
    paragraph is a note of the item before it.
    """
    stack: list[Item] = []  # the open items, outermost first
    closing: int | None = None  # level of the closing paragraphs being added, if any
    last_item = max((i for i, e in enumerate(events) if e.kind == "item"), default=-1)
    next_items = _next_items(events)
    for index, event in enumerate(events):
        named = labels.role(event.text, draft.language) if event.kind in ("item", "para") else None
        if named is not None:
            # "Big Idea: …", "## Conclusion": a part of its own, never a numbered section.
            closing = None
            stack.clear()
            _add(draft, stack, Item(named.rest, 0, event.line, role=named.name))
        elif event.kind == "item":
            closing = None
            del stack[min(event.level, MAX_LEVEL, len(stack)) :]
            _add(draft, stack, Item(event.text.strip(), len(stack), event.line))
        elif not stack:
            if event.kind == "refs" and "passage" not in draft.meta:
                draft.meta["passage"] = event.text
            else:
                draft.intro.append(event.text)
        elif event.kind == "refs":
            stack[-1].refs.append(event.text)
        elif stack[0].role:
            stack[-1].notes.append(event.text)  # the words of an introduction or conclusion
        elif prose_points and index > last_item:
            draft.conclusion.append(event.text)
        else:
            if prose_points and closing is None:
                closing = _closing_level(next_items[index], stack)
            if closing is None:
                stack[-1].notes.append(event.text)
            else:
                del stack[closing:]
                _add(draft, stack, Item(event.text, closing, event.line))


def _next_items(events: list[Event]) -> list[Event | None]:
    """For each event, the first item at or after it (one pass, not a search per paragraph)."""
    result: list[Event | None] = [None] * len(events)
    following: Event | None = None
    for index in range(len(events) - 1, -1, -1):
        if events[index].kind == "item":
            following = events[index]
        result[index] = following
    return result


def _closing_level(nxt: Event | None, stack: list[Item]) -> int | None:
    if nxt is None or not stack:
        return None
    target = min(nxt.level, len(stack) - 1) + 1
    return target if stack[-1].level > target else None


def _add(draft: Draft, stack: list[Item], item: Item) -> None:
    item.level = len(stack)
    if stack:
        stack[-1].children.append(item)
    else:
        draft.sections.append(item)
    stack.append(item)
