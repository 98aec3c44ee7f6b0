"""What a source file says before it becomes YAML: flat events assembled into a tree of items.

Each importer turns its format into the same events (an item at a level, a prose paragraph, a
reference-only line), so the rules for where prose belongs live in one place.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

# The outline loader accepts sections plus five levels of points; deeper items are clamped.
MAX_LEVEL = 5


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


@dataclass
class Draft:
    path: Path
    meta: dict[str, str] = field(default_factory=dict)
    intro: list[str] = field(default_factory=list)
    sections: list[Item] = field(default_factory=list)
    conclusion: list[str] = field(default_factory=list)
    unplaced: list[str] = field(default_factory=list)
    comments: list[str] = field(default_factory=list)

    def set_meta(self, key: str, value: str) -> None:
        """Record a detail. Every format goes through here so repeats are never dropped:
        passages join (a sermon may have several); any other repeat is reported."""
        if key == "passage" and self.meta.get("passage"):
            self.meta["passage"] += f"; {value}"
        elif key in self.meta:
            self.unplaced.append(f"{key}: {value} (given twice)")
        else:
            self.meta[key] = value


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
    for index, event in enumerate(events):
        if event.kind == "item":
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
        elif prose_points and index > last_item:
            draft.conclusion.append(event.text)
        else:
            if prose_points and closing is None:
                closing = _closing_level(events, index, stack)
            if closing is None:
                stack[-1].notes.append(event.text)
            else:
                del stack[closing:]
                _add(draft, stack, Item(event.text, closing, event.line))


def _closing_level(events: list[Event], index: int, stack: list[Item]) -> int | None:
    nxt = next((e for e in events[index:] if e.kind == "item"), None)
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
