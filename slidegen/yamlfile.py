"""Outline and theme YAML in and out.

Reading: safe YAML loading that remembers where every key and value stood.

Mappings load as `YamlMap` and sequences as `YamlList`; both carry 1-based (line, column)
positions so a validator can say `file:line:col: what is wrong`. Only YAML's safe tags are
constructed (no `!!python/...`), and alias expansion is bounded against "billion laughs" files.

Writing (`dump_outline`): readable outline YAML as the examples are written — lists indented
under their key, notes as folded blocks, a blank line before each section, comments on top.
"""

from __future__ import annotations

import codecs
import datetime as dt
import os
import re
from pathlib import Path
from typing import Any

import yaml

from slidegen.confine import not_regular, regular_file
from slidegen.errors import SlidegenError

Position = tuple[int, int]

# Outline and theme files are small; anything past these limits is an attack or an accident.
MAX_FILE_BYTES = 2_000_000
MAX_ALIASES = 50
MAX_NESTING = 40  # an outline uses about 16 levels (six levels of points)
MAX_NODES = 60_000  # 2,000 points with their keys, passages and notes use about 15,000
# Characters no slide can show and XML 1.0 cannot hold (DEL included: invisible, from old tools).
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")


class YamlMap(dict[Any, Any]):
    """A dict that knows where it, each key and each value stood in the file."""

    pos: Position = (1, 1)

    def __init__(self) -> None:
        super().__init__()
        self.key_pos: dict[Any, Position] = {}
        self.value_pos: dict[Any, Position] = {}
        # Values put in from elsewhere: the series file they came from, or a command-line option
        # ("--set KEY", "--translation").
        self.value_source: dict[Any, str] = {}

    def origin(self, key: Any, path: str) -> tuple[str, Position | None]:
        """Where to point an error about the value of `key` (this map was read from `path`)."""
        source = self.value_source.get(key)
        if source is None:
            return path, self.value_pos.get(key)
        if source.startswith("--"):
            return source, None  # a command-line value has no line
        return source, self.value_pos.get(key)


class YamlList(list[Any]):
    """A list that knows where it and each item stood in the file."""

    pos: Position = (1, 1)

    def __init__(self) -> None:
        super().__init__()
        self.item_pos: list[Position] = []


def _position(node: yaml.Node) -> Position:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _PositionLoader(yaml.SafeLoader):
    """SafeLoader that builds YamlMap/YamlList and places errors in `path`."""

    def __init__(self, stream: str, error_type: type[SlidegenError], path: str) -> None:
        super().__init__(stream)
        self.error_type = error_type
        self.path = path


# libyaml's parser, when PyYAML has it, reads the events of a 2 MB file in a fraction of a
# second; the pure-Python one (the fallback) takes seconds.
_FAST_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def check_shape(text: str, path: str, error_type: type[SlidegenError]) -> None:
    """Refuse YAML too deep, too big or too full of aliases from its events, before anything is
    built from it (composing recurses per level and costs memory per node).

    A syntax error ends the scan quietly: the full load reports it with its usual message.
    """
    depth = nodes = aliases = 0
    mark = None  # where a limit was passed
    try:
        for event in yaml.parse(text, Loader=_FAST_LOADER):
            if isinstance(event, (yaml.ScalarEvent, yaml.AliasEvent)):
                nodes += 1
                aliases += isinstance(event, yaml.AliasEvent)
            elif isinstance(event, yaml.CollectionStartEvent):
                nodes += 1
                depth += 1
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
            if depth > MAX_NESTING or nodes > MAX_NODES or aliases > MAX_ALIASES:
                mark = event.start_mark
                break
    except yaml.MarkedYAMLError as error:
        if "nesting depth" in str(error.problem):  # libyaml's own limit, met scanning ahead
            depth, mark = MAX_NESTING + 1, error.context_mark or error.problem_mark
    except yaml.YAMLError:
        pass
    if mark is None:
        return
    line, col = _mark_position(mark)
    if depth > MAX_NESTING:
        problem = f"nested more than {MAX_NESTING} levels deep"
        hint = "an outline or theme needs a few levels; check the indentation and brackets"
    elif nodes > MAX_NODES:
        problem = f"holds more than {MAX_NODES:,} values"
        hint = "split it into several files"
    else:
        problem = f"more than {MAX_ALIASES} YAML aliases (*name)"
        hint = "write the content out instead of repeating anchors"
    raise error_type(problem, path=path, line=line, col=col, hint=hint)


def _mark_position(mark: Any) -> Position:
    return mark.line + 1, mark.column + 1


def _construct_map(loader: _PositionLoader, node: yaml.MappingNode) -> YamlMap:
    loader.flatten_mapping(node)
    result = YamlMap()
    result.pos = _position(node)
    for key_node, value_node in node.value:
        key = loader.construct_object(key_node, deep=True)
        line, col = _position(key_node)
        if not isinstance(key, (str, int, float, bool)) and key is not None:
            raise loader.error_type(
                "a key must be a plain word", path=loader.path, line=line, col=col
            )
        if key in result:
            raise loader.error_type(
                f"'{key}' appears twice in the same block",
                path=loader.path,
                line=line,
                col=col,
                hint="keep one of them",
            )
        result[key] = loader.construct_object(value_node, deep=True)
        result.key_pos[key] = (line, col)
        result.value_pos[key] = _position(value_node)
    return result


def _construct_list(loader: _PositionLoader, node: yaml.SequenceNode) -> YamlList:
    result = YamlList()
    result.pos = _position(node)
    for item_node in node.value:
        result.append(loader.construct_object(item_node, deep=True))
        result.item_pos.append(_position(item_node))
    return result


def _construct_timestamp(loader: _PositionLoader, node: yaml.ScalarNode) -> Any:
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except ValueError:
        line, col = _position(node)
        raise loader.error_type(
            f"'{node.value}' is not a real date",
            path=loader.path,
            line=line,
            col=col,
            hint="write dates as YYYY-MM-DD, e.g. 2026-11-29",
        ) from None


_PositionLoader.add_constructor("tag:yaml.org,2002:map", _construct_map)
_PositionLoader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_PositionLoader.add_constructor("tag:yaml.org,2002:seq", _construct_list)


def decode_text(data: bytes, path: str, error_type: type[SlidegenError]) -> str:
    """Bytes → text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as error:
            raise error_type(
                "starts like UTF-16 but is not valid UTF-16", path=path, hint="save it as UTF-8"
            ) from error
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise error_type(
            f"is not UTF-8 text (byte 0x{data[error.start]:02x})",
            path=path,
            line=line,
            hint="save the file as UTF-8 (in most editors: Save As → Encoding → UTF-8)",
        ) from error


def read_text(path: Path, error_type: type[SlidegenError]) -> str:
    """Read a small text file, turning every I/O problem into one clear error.

    Only a regular file is read, and never more than the limit: a FIFO would wait forever and
    `/dev/zero` never ends (their size says nothing), so the open does not block and the read
    stops one byte past the limit.
    """
    regular_file(path, error_type)
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(descriptor, "rb") as handle:
            kind = not_regular(os.fstat(handle.fileno()).st_mode)  # swapped since the check?
            if kind:
                raise error_type(f"is not a regular file ({kind})", path=path)
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError as error:
        raise error_type("no such file", path=path, hint="check the name and folder") from error
    except PermissionError as error:
        raise error_type("cannot be read (permission denied)", path=path) from error
    except OSError as error:
        raise error_type(f"cannot be read ({error.strerror})", path=path) from error
    if len(data) > MAX_FILE_BYTES:
        raise error_type(
            f"is over {MAX_FILE_BYTES // 1000} kB; an outline or theme is at most "
            f"{MAX_FILE_BYTES // 1000} kB",
            path=path,
            hint="split it into several files",
        )
    return decode_text(data, str(path), error_type)


def load_yaml(text: str, path: str, error_type: type[SlidegenError]) -> Any:
    """Parse one YAML document safely, with positions; syntax errors become `error_type`."""
    if not text.strip():
        raise error_type("the file is empty", path=path, hint="start with 'title: …'")
    check_shape(text, path, error_type)
    try:
        loader = _PositionLoader(text, error_type, path)
    except yaml.reader.ReaderError as error:
        # Raised before parsing starts, for characters YAML refuses outright.
        raise _reader_error(error, text, path, error_type) from error
    try:
        return loader.get_single_data()
    except yaml.reader.ReaderError as error:
        raise _reader_error(error, text, path, error_type) from error
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        line, col = _mark_position(mark) if mark else (None, None)
        problem = (error.problem or "invalid YAML").strip()
        if "found another document" in problem:
            problem = "the file holds more than one YAML document"
            hint = "keep one outline per file (remove the '---' line and what follows)"
        elif "could not determine a constructor" in problem:
            tag = re.search(r"tag '([^']+)'", problem)
            problem = f"unsupported YAML tag {tag.group(1) if tag else ''}".strip()
            hint = "remove the '!' tag: slidegen reads plain YAML only"
        elif "\\t" in problem or "tab" in problem:
            problem = "a tab character in the indentation"
            hint = "use spaces, not tabs, to indent (most editors can convert tabs to spaces)"
        elif "mapping values are not allowed" in problem and (
            quoted := _colon_in_value(text, mark.line if mark else -1)
        ):
            problem, hint = "a colon inside a value", quoted
        else:
            hint = "check indentation, colons and quotes around this line"
        raise error_type(problem, path=path, line=line, col=col, hint=hint) from error
    except yaml.YAMLError as error:
        raise error_type(f"invalid YAML ({error})", path=path) from error
    except RecursionError:  # libyaml refuses some deep files before check_shape sees a level
        raise error_type(
            f"nested more than {MAX_NESTING} levels deep",
            path=path,
            hint="an outline or theme needs a few levels; check the indentation and brackets",
        ) from None
    finally:
        loader.dispose()


def _colon_in_value(text: str, index: int) -> str:
    """For 'heading: First Cycle: grounded', what to do: the line written with quotes; "" when
    the line has no second colon (a key out of place, not a colon in text)."""
    lines = text.splitlines()
    written = CONTROL_CHARACTERS.sub("", lines[index] if 0 <= index < len(lines) else "").strip()
    key, _, value = written.lstrip("- ").partition(":")
    value = value.strip().replace('"', "'")
    if ":" not in value:
        return ""
    if len(value) > 60:
        return "put the text after the first colon in quotes"
    return f'put it in quotes: {key.strip()}: "{value}"'


def _reader_error(
    error: yaml.reader.ReaderError, text: str, path: str, error_type: type[SlidegenError]
) -> SlidegenError:
    before = text[: error.position]
    line = before.count("\n") + 1
    col = error.position - (before.rfind("\n") + 1) + 1
    return error_type(
        f"contains a control character (U+{error.character:04X}) that YAML does not allow",
        path=path,
        line=line,
        col=col,
        hint="delete it (most editors show nothing there)",
    )


# -- writing -----------------------------------------------------------------------------------

# PyYAML breaks lines after passing the width, so leave room for one more word.
_WIDTH = 88
_BREAK_BEFORE = re.compile(r"^(?:intro|sections|conclusion):|^  - heading:", re.M)


class Folded(str):
    """Text written as a folded block scalar (`>-`) so long prose stays readable."""


class _Dumper(yaml.SafeDumper):
    """SafeDumper that indents lists under their key, like the example outlines."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


def _folded(dumper: yaml.SafeDumper, value: Folded) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", str(value), style=">")


_Dumper.add_representer(Folded, _folded)


def dump_outline(data: dict[str, Any], header: list[str]) -> str:
    """Outline data → YAML text, each `header` line as a comment at the top."""
    body = yaml.dump(
        data, Dumper=_Dumper, sort_keys=False, allow_unicode=True, width=_WIDTH, indent=2
    )
    spaced = _BREAK_BEFORE.sub(lambda m: "\n" + m.group(0), body).replace(
        "sections:\n\n", "sections:\n"
    )
    # Blank lines must not change meaning (checked with the C loader: an import can be big).
    if yaml.load(spaced, Loader=_FAST_LOADER) == yaml.load(body, Loader=_FAST_LOADER):
        body = spaced
    # A comment ends at the line break; anything after it would become YAML.
    comments = ["# " + " ".join(line.split()) for line in header]
    return "\n".join(comments) + ("\n" if comments else "") + body


def plain(value: Any) -> Any:
    """A loaded value as plain dicts, lists and scalars (dates as ISO text), positions dropped."""
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [plain(v) for v in value]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def load_mapping(path: Path, error_type: type[SlidegenError], what: str, hint: str) -> YamlMap:
    """Read a YAML file that must be 'key: value' lines (a theme, a series file, an outline)."""
    data = load_yaml(read_text(path, error_type), str(path), error_type)
    if not isinstance(data, YamlMap):
        raise error_type(
            f"{what} must be a set of 'key: value' lines", path=path, line=1, hint=hint
        )
    return data
