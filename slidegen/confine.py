"""The one rule for files that other files name, so a file from a stranger reads nothing else.

Every file slidegen reads because another file named it (a theme, `extends`, `series.yaml`, an
`include`, an image, a font, a template) must be a regular file inside the folder that named it
(or a built-in); a symlink leading out of that folder is refused. Only the files the user names
on the command line may be anywhere, and even those must be regular files: a FIFO waits forever,
and `/dev/zero` never ends.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path

from slidegen.errors import SlidegenError

# What a stat mode is, for "not a regular file (a FIFO)".
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a device"),
    (stat.S_ISSOCK, "a socket"),
)


def not_regular(mode: int) -> str:
    """What a non-regular file is ("a FIFO (named pipe)"), or "" for a regular file."""
    if stat.S_ISREG(mode):
        return ""
    return next((name for test, name in _KINDS if test(mode)), "not a file")


def regular_file(path: Path, error_type: type[SlidegenError]) -> os.stat_result:
    """The stat of `path`, which must be a regular file (after symlinks); else one clear error."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise error_type("no such file", path=path, hint="check the name and folder") from None
    except PermissionError:
        raise error_type("cannot be read (permission denied)", path=path) from None
    except OSError as error:
        raise error_type(f"cannot be read ({error.strerror})", path=path) from None
    kind = not_regular(info.st_mode)
    if kind == "a folder":
        raise error_type(
            "is a folder, not a file", path=path, hint="give the path of a file inside it"
        )
    if kind:
        raise error_type(f"is not a regular file ({kind})", path=path, hint="give a plain file")
    return info


def inside(
    folder: Path,
    name: str,
    error_type: type[SlidegenError],
    *,
    what: str,
    where: str,
    hint: str,
    relative_to: Path | None = None,
) -> Path:
    """`name`, written in a file, as a path inside `folder` (symlinks followed), resolved.

    `name` is read relative to `relative_to` (default `folder`): an included partial names files
    relative to itself but stays confined to the outline's folder. `what` names the setting
    ("'include'"), `where` the folder ("the outline's folder"). Errors carry no path: the caller
    places them at the line that named the file. The path returned is the resolved one, so what
    is checked is what is read.
    """
    shown = name.replace("\\", "/")[:80]
    if not name.strip():
        raise error_type(f"{what} is empty", hint=hint)
    if shown.startswith("/") or re.match(r"^[A-Za-z]:", name) or Path(name).is_absolute():
        raise error_type(f"{what} must be a path inside {where}, not '{shown}'", hint=hint)
    base = folder.resolve()
    written = Path(os.path.normpath((relative_to or folder).resolve() / name))
    resolved = written.resolve()
    if not written.is_relative_to(base):
        raise error_type(f"'{shown}' is outside {where}", hint=hint)
    if not resolved.is_relative_to(base):
        raise error_type(f"'{shown}' leads out of {where} (through a symlink)", hint=hint)
    return resolved


def confined_file(
    folder: Path,
    name: str,
    error_type: type[SlidegenError],
    *,
    what: str,
    where: str,
    hint: str,
) -> Path:
    """`name`, written in a file, as a regular file inside `folder` (see `inside`)."""
    resolved = inside(folder, name, error_type, what=what, where=where, hint=hint)
    written = folder / name
    try:
        info = resolved.stat()
    except OSError:
        raise error_type(f"{what} file not found: {written}", hint="check the name") from None
    kind = not_regular(info.st_mode)
    if kind:
        raise error_type(f"{what} is not a regular file ({kind}): {written}", hint=hint)
    return resolved


def is_inside(path: Path, folder: Path) -> bool:
    """Whether `path`, symlinks followed, is inside `folder`."""
    return path.resolve().is_relative_to(folder.resolve())
