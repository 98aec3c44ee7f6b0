"""The kinds of value a theme option holds (text, colour, number, choice, block, …): how each
is checked, with the message a volunteer reads, and how the JSON Schema describes it.
`theme_options` declares the options themselves with these."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from slidegen.yamlfile import CONTROL_CHARACTERS, YamlList

SLIDE_SIZES_PT = {"16:9": (960.0, 540.0), "4:3": (720.0, 540.0)}
COLOR_PATTERN = r"^#[0-9A-Fa-f]{6}$"
_COLOR = re.compile(COLOR_PATTERN)
REQUIRED: Any = object()  # no default: the theme chain must set it (the built-in default does)


@dataclass(frozen=True)
class Problem:
    message: str
    hint: str | None = None


@dataclass(frozen=True)
class Option:
    """One key of theme.yaml. `kinds`: the slide kinds it applies to (per-kind keys only; empty
    for all). `requires`: (dotted key, why) that must be set for this one to have an effect.
    `unused_with`: (dotted key, why) that, when set, makes this one have no effect."""

    description: str
    default: Any = REQUIRED
    attr: str = ""  # the Theme field it becomes, as is
    kinds: tuple[str, ...] = ()
    requires: tuple[str, str] | None = None
    unused_with: tuple[str, str] | None = None

    def problem(self, key: str, value: Any) -> Problem | None:
        raise NotImplementedError

    def json_schema(self) -> dict[str, Any]:
        raise NotImplementedError

    def applies_to(self, kind: str) -> bool:
        return not self.kinds or kind in self.kinds

    def documented(self) -> dict[str, Any]:
        schema = {**self.json_schema(), "description": self.description}
        if self.default is not REQUIRED and self.default is not None:
            schema["default"] = (
                list(self.default) if isinstance(self.default, tuple) else (self.default)
            )
        return schema


def _number(value: Any) -> bool:
    return not isinstance(value, bool) and isinstance(value, (int, float))


@dataclass(frozen=True)
class Text(Option):
    def problem(self, key: str, value: Any) -> Problem | None:
        if not isinstance(value, str):
            return Problem(f"'{key}' must be text")
        if CONTROL_CHARACTERS.search(value):  # a font name PowerPoint would call corrupt
            return Problem(f"'{key}' holds invisible control characters", "retype it")
        return None

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string"}


@dataclass(frozen=True)
class AssetPath(Text):
    """A file inside the theme's folder (checked by the loader: `theme._check_assets`)."""


@dataclass(frozen=True)
class Flag(Option):
    def problem(self, key: str, value: Any) -> Problem | None:
        return None if isinstance(value, bool) else Problem(f"'{key}' must be true or false")

    def json_schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


@dataclass(frozen=True)
class Choice(Option):
    words: tuple[str, ...] = ()

    def problem(self, key: str, value: Any) -> Problem | None:
        if str(value) in self.words:
            return None
        return Problem(f"'{key}' must be one of: " + ", ".join(self.words))

    def json_schema(self) -> dict[str, Any]:
        return {"enum": list(self.words)}


@dataclass(frozen=True)
class RevealWords(Option):
    """`reveal:` words ("animate", "points, animate"), checked by `blanks.reveal_problem`."""

    def problem(self, key: str, value: Any) -> Problem | None:
        from slidegen.blanks import reveal_problem

        if not isinstance(value, str):
            return Problem(f"'{key}' must be text", "e.g. 'reveal: points, animate'")
        found = reveal_problem(value)
        return Problem(*found) if found else None

    def json_schema(self) -> dict[str, Any]:
        words = "(slides|animate|points)"
        return {"type": "string", "pattern": rf"^\s*{words}([\s,]+{words})*\s*$"}


@dataclass(frozen=True)
class Color(Option):
    def problem(self, key: str, value: Any) -> Problem | None:
        if isinstance(value, str) and _COLOR.match(value):
            return None
        return Problem(f"'{key}' must be a colour like \"#1A2B3C\"", "quote it")

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "pattern": COLOR_PATTERN}


@dataclass(frozen=True)
class Colors(Option):
    """Two or more colours: a gradient's stops, top to bottom, every one drawn."""

    def problem(self, key: str, value: Any) -> Problem | None:
        ok = isinstance(value, YamlList) and len(value) >= 2
        if ok and all(isinstance(c, str) and _COLOR.match(c) for c in value):
            return None
        return Problem(f"'{key}' must be a list of two or more colours like \"#1A2B3C\"")

    def json_schema(self) -> dict[str, Any]:
        return {"type": "array", "minItems": 2, "items": Color("").json_schema()}


@dataclass(frozen=True)
class Number(Option):
    low: float = 0
    high: float = 1
    says: str = "a number from {low:g} to {high:g}"  # what the value must be, for errors
    example: str = ""
    kind_says: str = ""  # what it is, for a value that is no number at all (default: `says`)

    def problem(self, key: str, value: Any) -> Problem | None:
        if _number(value) and self.low <= value <= self.high:
            return None
        says = self.says if _number(value) or not self.kind_says else self.kind_says
        text = says.format(low=self.low, high=self.high)
        example = f", like {self.example}" if self.example else ""
        return Problem(f"'{key}' must be {text}{example}")

    def json_schema(self) -> dict[str, Any]:
        return {"type": "number", "minimum": self.low, "maximum": self.high}


@dataclass(frozen=True)
class Extent(Option):
    """Points (`points` range), or a fraction of the slide's width when at most 1."""

    points: tuple[float, float] = (8, 400)

    def problem(self, key: str, value: Any) -> Problem | None:
        low, high = self.points
        if _number(value) and (0 < value <= 1 or low <= value <= high):
            return None
        return Problem(
            f"'{key}' must be points ({low:g} to {high:g}) or a fraction of the slide's width "
            "(above 0, up to 1)",
            "e.g. 96 or 0.1",
        )

    def json_schema(self) -> dict[str, Any]:
        low, high = self.points
        return {
            "anyOf": [
                {"type": "number", "exclusiveMinimum": 0, "maximum": 1},
                {"type": "number", "minimum": low, "maximum": high},
            ]
        }


@dataclass(frozen=True)
class Block(Option):
    """A block of `key: value` lines. `elsewhere`: keys that belong to other blocks of the same
    family (another slide kind), each with the sentence that says so."""

    options: dict[str, Option] = field(default_factory=dict)
    elsewhere: dict[str, Problem] = field(default_factory=dict)

    def problem(self, key: str, value: Any) -> Problem | None:
        return None  # checked key by key by the loader

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": "object",
            "additionalProperties": False,
            "properties": {k: o.documented() for k, o in self.options.items()},
        }
