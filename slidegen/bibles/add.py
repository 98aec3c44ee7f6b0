"""`slidegen bibles add`: read a Bible file into the store, checking it as it goes.

The file is read once, streaming, into a new store file beside the others; only when the whole
file has read cleanly is it given its code's name, so a damaged file leaves nothing behind and
an import never half-replaces a Bible. The numbering is the file's own: a chapter has as many
verses as its highest verse number. A chapter missing in the middle of a book, a verse given
twice, or a file with no verses is refused; books the file lacks are named in the summary, and
a reference into one of them is an error when a deck is built.
"""

from __future__ import annotations

import os
import sqlite3
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path

from slidegen.bibles.bookcodes import BOOK_COUNT
from slidegen.bibles.formats import FormatReader, OpenSong, ParsedVerse, open_bible
from slidegen.bibles.store import (
    SCHEMA,
    SCHEMA_VERSION,
    StoreError,
    bibles_dir,
    normal_code,
    normal_language,
    store_path,
)
from slidegen.bibles.xmlstream import BibleFileError
from slidegen.scripture.books import BOOK_NAMES

_BATCH = 2000


@dataclass(frozen=True)
class Imported:
    code: str
    name: str
    language: str
    format: str
    verses: int
    path: Path
    missing_books: tuple[str, ...]  # of the 66, by English name
    skipped_books: tuple[str, ...]  # outside the 66, as the file names them

    def report(self) -> list[str]:
        """What the import did, for the terminal: the first line says it, others note gaps."""
        language = f", {self.language}" if self.language else ""
        lines = [
            f"imported {self.code} ({self.name}{language}): {self.verses:,} verses "
            f"({self.format}) — use it with --translation {self.code} or "
            f"'translation: {self.code}'"
        ]
        if self.missing_books:
            lines.append(
                f"{self.code} has no {_spans(self.missing_books)} ({len(self.missing_books)} "
                "of the 66 books): a passage from them is an error in this translation"
            )
        if self.skipped_books:
            lines.append(
                f"left out {len(self.skipped_books)} book(s) outside the 66: "
                + ", ".join(self.skipped_books[:8])
                + ("…" if len(self.skipped_books) > 8 else "")
            )
        return lines


def _spans(names: tuple[str, ...]) -> str:
    """Book names as runs: "Genesis–Malachi, Jude" (the 66 in order)."""
    order = {name: n for n, name in enumerate(BOOK_NAMES)}
    runs: list[list[str]] = []
    for name in names:
        if runs and order[runs[-1][-1]] + 1 == order[name]:
            runs[-1].append(name)
        else:
            runs.append([name])
    return ", ".join(r[0] if len(r) == 1 else f"{r[0]}–{r[-1]}" for r in runs)


def builtin_codes() -> set[str]:
    from slidegen.scripture.text import available_translations

    return {code.upper() for code, _, _ in available_translations()}


def check_code_free(code: str) -> str:
    """`code` in capitals, when a new Bible may take it; else a clear error."""
    normal = normal_code(code)
    if normal is None:
        raise BibleFileError(
            f"'{code}' cannot be a translation code",
            hint="use 1–16 letters, digits, '-' or '_', starting with a letter or digit, "
            "e.g. --code RVR1909",
        )
    if normal in builtin_codes():
        raise BibleFileError(
            f"{normal} is the code of a translation slidegen has built in",
            hint="give this Bible another code with --code",
        )
    if store_path(normal).exists():
        raise BibleFileError(
            f"a Bible with the code {normal} is imported already",
            hint=f"remove it first with `slidegen bibles remove {normal}`, or use another --code",
        )
    return normal


def add_bible(
    path: Path, code: str | None = None, name: str | None = None, language: str | None = None
) -> Imported:
    """Import the Bible file at `path`; what was imported."""
    if code is not None:
        check_code_free(code)
    reader = open_bible(path)
    folder = bibles_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, temp_name = tempfile.mkstemp(prefix=".import-", suffix=".sqlite", dir=folder)
        os.close(handle)
    except OSError as error:
        raise StoreError(
            f"cannot make the folder for imported Bibles {folder} ({error.strerror})",
            hint="set SLIDEGEN_DATA to a folder you can write",
        ) from None
    temp = Path(temp_name)
    try:
        result = _write(reader, temp, path, code, name, language)
        target = store_path(result.code)
        _put(temp, target, result.code)
    finally:
        temp.unlink(missing_ok=True)
    return replace(result, path=target)


def _put(temp: Path, target: Path, code: str) -> None:
    """Give the finished store its code's name, never over a Bible imported meanwhile."""
    try:
        os.link(temp, target)  # fails when the name is taken: no race with another import
    except FileExistsError:
        check_code_free(code)  # says who has it
        raise
    except OSError:  # a file system without hard links
        if target.exists():
            check_code_free(code)
        os.replace(temp, target)


def _write(
    reader: FormatReader,
    temp: Path,
    source: Path,
    code: str | None,
    name: str | None,
    language: str | None,
) -> Imported:
    db = sqlite3.connect(temp)
    try:
        db.executescript(SCHEMA)
        db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        counts, verses = _verses(reader, db)
        _check_chapters(reader, counts)
        chosen = _code(code, reader, source)
        title = name or reader.info.get("title") or chosen
        lang = normal_language(language or reader.info.get("language") or "")
        info = {
            "code": chosen,
            "name": title,
            "language": lang,
            "format": reader.name,
            "source": source.name,
            "verses": str(verses),
        }
        db.executemany("INSERT INTO info VALUES (?, ?)", info.items())
        db.executemany(
            "INSERT INTO chapters VALUES (?, ?, ?)",
            [(b, c, n) for (b, c), n in sorted(counts.items())],
        )
        db.executemany(
            "INSERT INTO books VALUES (?, ?)",
            [(b, n) for b, n in reader.book_names.items() if any(k[0] == b for k in counts)],
        )
        db.commit()
    finally:
        db.close()
    books = {b for b, _ in counts}
    missing = tuple(BOOK_NAMES[n - 1] for n in range(1, BOOK_COUNT + 1) if n not in books)
    return Imported(
        chosen, title, lang, reader.name, verses, temp, missing, tuple(reader.skipped_books)
    )


def _verses(reader: FormatReader, db: sqlite3.Connection) -> tuple[dict[tuple[int, int], int], int]:
    """Store every verse; (highest verse number per (book, chapter), verses with text)."""
    counts: dict[tuple[int, int], int] = {}
    seen: dict[int, int] = {}  # verse id → line, to name both places of a verse given twice
    batch: list[tuple[int, str]] = []
    with_text = 0
    for verse in reader.verses():
        verse_id = _verse_id(reader, verse)
        if verse_id in seen:
            where = f"{BOOK_NAMES[verse.book - 1]} {verse.chapter}:{verse.verse}"
            raise reader.error(
                f"{where} is given twice (first on line {seen[verse_id]})", verse.line, ""
            )
        seen[verse_id] = verse.line
        key = (verse.book, verse.chapter)
        counts[key] = max(counts.get(key, 0), verse.through)
        if verse.text:
            with_text += 1
            batch.append((verse_id, verse.text))
            if len(batch) >= _BATCH:
                db.executemany("INSERT INTO verses VALUES (?, ?)", batch)
                batch.clear()
    db.executemany("INSERT INTO verses VALUES (?, ?)", batch)
    if not with_text:
        raise BibleFileError(
            f"has no verses slidegen can read (read as {reader.name})",
            path=reader.path,
            hint="check that it is a whole Bible, not an index or a book list",
        )
    return counts, with_text


def _verse_id(reader: FormatReader, verse: ParsedVerse) -> int:
    if verse.chapter > 999 or verse.verse > 999:
        raise reader.error(
            f"chapter {verse.chapter}, verse {verse.verse} is past any Bible's numbering",
            verse.line,
            "",
        )
    return verse.book * 1_000_000 + verse.chapter * 1000 + verse.verse


def _check_chapters(reader: FormatReader, counts: dict[tuple[int, int], int]) -> None:
    """Refuse a book whose chapters have a gap: a damaged or cut file, not a numbering."""
    chapters: dict[int, list[int]] = {}
    for book, chapter in counts:
        chapters.setdefault(book, []).append(chapter)
    for book, numbers in sorted(chapters.items()):
        absent = sorted(set(range(1, max(numbers) + 1)) - set(numbers))
        if absent:
            shown = ", ".join(str(n) for n in absent[:5]) + ("…" if len(absent) > 5 else "")
            raise BibleFileError(
                f"{BOOK_NAMES[book - 1]} has chapter {max(numbers)} but no chapter {shown}",
                path=reader.path,
                hint="the file is damaged or incomplete; export it again",
            )
    if isinstance(reader, OpenSong) and reader.by_place and reader.books_seen != BOOK_COUNT:
        name, line = reader.by_place[0]
        raise BibleFileError(
            f"book '{name}' is not an English book name, and the file has {reader.books_seen} "
            f"books, not {BOOK_COUNT}, so its place does not say which book it is",
            path=reader.path,
            line=line,
            hint="give the books their English names in the file, or use a Zefania or USFX "
            "file of the same Bible (those number their books)",
        )


def _code(code: str | None, reader: FormatReader, source: Path) -> str:
    """The code given, else the file's own identifier, else its file name."""
    if code is not None:
        return check_code_free(code)
    for candidate in (reader.info.get("identifier", ""), source.stem):
        normal = normal_code(candidate)
        if normal is not None:
            return check_code_free(normal)
    raise BibleFileError(
        "has no usable translation code in it or in its file name",
        path=source,
        hint="give it one with --code, e.g. --code RVR1909",
    )
