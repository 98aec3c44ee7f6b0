"""The outline reader's scalar fields: text, choices, flags, dates, and how problems are
collected (each with its file, line and column), shared by the parts that read passages and
structure."""

from __future__ import annotations

import datetime as dt
import re

from slidegen.blanks import problem as blank_problem
from slidegen.blanks import reveal_problem
from slidegen.errors import OutlineError, SlidegenError, unknown_key_hint
from slidegen.yamlfile import CONTROL_CHARACTERS, Position, YamlList, YamlMap


class FieldReader:
    """Reads one outline file's scalar values, collecting every problem instead of stopping."""

    path: str
    warnings: list[str]
    errors: list[SlidegenError]

    # -- reporting -------------------------------------------------------------------------
    def error(
        self, message: str, pos: Position | None, hint: str | None = None, path: str = ""
    ) -> None:
        line, col = pos if pos else (None, None)
        self.errors.append(
            OutlineError(message, path=path or self.path, line=line, col=col, hint=hint)
        )

    def check_keys(self, mapping: YamlMap, allowed: tuple[str, ...], where: str) -> None:
        for key in mapping:
            if key not in allowed:
                hint = unknown_key_hint(str(key), allowed, f"{where} keys are")
                self.error(f"unknown key '{key}' in {where}", mapping.key_pos.get(key), hint)

    # -- scalars ---------------------------------------------------------------------------
    def text(self, mapping: YamlMap, key: str, required: bool = False, where: str = "") -> str:
        if key not in mapping or mapping[key] is None:
            if required:
                self.error(
                    f"{where or 'the outline'} needs '{key}'",
                    mapping.pos,
                    f"add '{key}: …'",
                )
            return ""
        value = mapping[key]
        pos = mapping.value_pos.get(key)
        if isinstance(value, (bool, YamlMap, YamlList)):
            self.error(f"'{key}' must be text", pos, "write it as a plain line of text")
            return ""
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return value.isoformat()
        text = self.clean(str(value), pos).strip()
        if required and not text:
            self.error(f"'{key}' is empty", pos, "write the words to show on the slide")
        return text

    def clean(self, value: str, pos: Position | None) -> str:
        if CONTROL_CHARACTERS.search(value):
            line = f"{self.path}:{pos[0]}" if pos else self.path
            self.warnings.append(f"{line}: removed invisible control characters from the text")
            value = CONTROL_CHARACTERS.sub("", value)
        return value

    def choice(self, mapping: YamlMap, key: str, choices: tuple[str, ...], default: str) -> str:
        if mapping.get(key) is False and "off" in choices:
            return "off"  # YAML reads a bare `off` as false
        value = self.text(mapping, key).lower()
        if value and value not in choices:
            source, pos = mapping.origin(key, self.path)
            self.error(f"'{key}' must be {', '.join(choices[:-1])} or {choices[-1]}, not "
                       f"'{value[:40]}'", pos, f"e.g. '{key}: {default}'", path=source)  # fmt: skip
        return value if value in choices else default

    def with_blanks(self, text: str, pos: Position | None) -> str:
        """Point or heading text, a malformed fill-in-the-blank ('[[grace]]') reported."""
        found = blank_problem(text)
        if found:
            self.error(found[0], pos, found[1])
        return text

    def reveal(self, data: YamlMap) -> str:
        value = self.text(data, "reveal")
        found = reveal_problem(value)
        if found:
            source, pos = data.origin("reveal", self.path)
            self.error(found[0], pos, found[1], path=source)
            return ""
        return value

    def date(self, mapping: YamlMap) -> str:
        """The date as written; one shaped like YYYY-MM-DD must be a real day (a quoted
        '2026-02-30' or --set date=2026-13-01 is not read as a date by YAML)."""
        value = self.text(mapping, "date")
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", value):
            try:
                dt.date(*(int(part) for part in value.split("-")))
            except ValueError:
                source, pos = mapping.origin("date", self.path)
                self.error(f"'{value}' is not a real date", pos,
                           "write dates as YYYY-MM-DD, e.g. 2026-11-29", path=source)  # fmt: skip
        return value

    def colon_inside(self, value: YamlMap, keys: tuple[str, ...], pos: Position) -> bool:
        """'- Moses pleads: on God's name' is a point with a colon, not a key: say so."""
        if len(value) != 1:
            return False
        key, text = next(iter(value.items()))
        if key in keys or not isinstance(key, str) or not isinstance(text, (str, int, float)):
            return False
        if " " not in key.strip() and not key[:1].isupper():
            return False  # "txt: a" is a misspelt key, reported as one
        quoted = f"{key}: {text}".replace('"', "'")
        hint = f'put it in quotes: - "{quoted}"' if len(quoted) <= 60 else "put it in quotes"
        self.error("a colon inside the text", pos, hint)
        return True

    def flag(self, mapping: YamlMap, key: str, default: bool) -> bool:
        value = mapping.get(key, default)
        if not isinstance(value, bool):
            source, pos = mapping.origin(key, self.path)
            self.error(f"'{key}' must be true or false", pos, path=source)
            return default
        return value
