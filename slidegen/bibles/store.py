"""Imported Bibles on disk: one SQLite file per translation in the user's data folder.

`<data>/bibles/<CODE>.sqlite` holds the translation's facts (`info`), its numbering as the
file had it (`chapters`: verses per chapter per book) and its text (`verses`, keyed by
pythonbible's verse id book·1000000 + chapter·1000 + verse, so lookups are one indexed read).
The data folder is $SLIDEGEN_DATA, else the system's folder for the user's application data.

`ImportedBible` answers the questions scripture/text.py asks of a pythonbible Bible
(`max_verses`, `is_valid_verse_id`, `get_scripture`), so an imported translation is looked up,
numbered and refused exactly as a built-in one is.
"""

from __future__ import annotations

import os
import re
import sqlite3
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

import platformdirs

from slidegen.errors import SlidegenError

SCHEMA_VERSION = 1
SUFFIX = ".sqlite"
# A code is what an outline writes after `translation:`; it also names the store's file.
CODE_PATTERN = re.compile(r"[A-Z0-9][A-Z0-9_-]{0,15}")

SCHEMA = """
CREATE TABLE info (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE chapters (
    book INTEGER NOT NULL, chapter INTEGER NOT NULL, verses INTEGER NOT NULL,
    PRIMARY KEY (book, chapter)
);
CREATE TABLE books (book INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE verses (id INTEGER PRIMARY KEY, text TEXT NOT NULL);
"""


class StoreError(SlidegenError):
    """The folder of imported Bibles cannot be used, or a stored Bible is damaged."""


def data_dir() -> Path:
    """$SLIDEGEN_DATA, else the user's own data folder for slidegen (not created here)."""
    chosen = os.environ.get("SLIDEGEN_DATA")
    return Path(chosen or platformdirs.user_data_dir("slidegen", appauthor=False))


def bibles_dir() -> Path:
    return data_dir() / "bibles"


def store_path(code: str) -> Path:
    return bibles_dir() / f"{code}{SUFFIX}"


# ISO 639-2/3 codes Bible files use (Zefania writes "SPA", "GER") for the languages slidegen
# reads, by the two-letter codes outlines use.
_THREE_LETTER = {
    "eng": "en",
    "spa": "es",
    "por": "pt",
    "deu": "de",
    "ger": "de",
    "fra": "fr",
    "fre": "fr",
    "kor": "ko",
    "zho": "zh",
    "chi": "zh",
}


def normal_language(language: str) -> str:
    """A Bible file's language as outlines write it: "SPA" and "spa" are "es"; any other
    code is kept as the file wrote it."""
    written = language.strip()
    return _THREE_LETTER.get(written.lower(), written)


def normal_code(code: str) -> str | None:
    """`code` in capitals when it is a usable translation code, else None."""
    upper = code.strip().upper()
    return upper if CODE_PATTERN.fullmatch(upper) else None


@dataclass(frozen=True)
class BibleSummary:
    code: str
    name: str
    language: str
    verses: int  # verses with text
    books: int
    format: str
    source: str  # the file it was imported from, by name
    book_names: tuple[str, ...] = ()  # its own names of books, in order ("Génesis", "Éxodo"…)


@dataclass(frozen=True)
class ImportedVersion:
    """An imported translation as scripture/text.py handles one (like pythonbible's Version).

    `stamp` is the store file's identity: a Bible removed and imported again is a new version,
    so nothing cached from the old one is used."""

    value: str  # the code
    title: str
    path: str
    stamp: tuple[int, int, int]

    def bible(self) -> ImportedBible:
        return _opened(self.path, self.stamp)


def find_imported(code: str) -> ImportedVersion | None:
    """The imported translation `code` names, or None when there is none (nothing created)."""
    normal = normal_code(code)
    if normal is None:
        return None
    path = store_path(normal)
    try:
        info = path.stat()
    except OSError:
        return None
    stamp = (info.st_ino, info.st_size, info.st_mtime_ns)
    return ImportedVersion(normal, _opened(str(path), stamp).summary.name, str(path), stamp)


def imported_bibles() -> list[BibleSummary]:
    """Every imported translation, by code."""
    folder = bibles_dir()
    if not folder.is_dir():
        return []
    found = []
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        version = find_imported(path.stem)
        if version is not None:
            found.append(version.bible().summary)
    return found


class ImportedBible:
    """One imported translation, read from its store (each read opens and closes the file, so
    nothing holds it open: it can be removed or imported again at any time)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        info = dict(self._rows("SELECT key, value FROM info"))
        counts: dict[int, dict[int, int]] = {}
        for book, chapter, verses in self._rows("SELECT book, chapter, verses FROM chapters"):
            counts.setdefault(book, {})[chapter] = verses
        self.names: dict[int, str] = dict(self._rows("SELECT book, name FROM books"))
        from pythonbible.books import Book  # the keys text.py looks counts up by

        self.max_verses = {Book(book): dict(sorted(ch.items())) for book, ch in counts.items()}
        self.summary = BibleSummary(
            code=info.get("code", path.stem),
            name=info.get("name", path.stem),
            language=normal_language(info.get("language", "")),  # "SPA" from older imports
            verses=int(info.get("verses", "0")),
            books=len(counts),
            format=info.get("format", ""),
            source=info.get("source", ""),
            book_names=tuple(self.book_names.values()),
        )

    def _rows(self, query: str) -> list[tuple[Any, ...]]:
        try:
            db = sqlite3.connect(f"{self.path.as_uri()}?mode=ro", uri=True)
            try:
                (version,) = db.execute("PRAGMA user_version").fetchone()
                if version != SCHEMA_VERSION:
                    raise sqlite3.DatabaseError(f"store version {version}, not {SCHEMA_VERSION}")
                return db.execute(query).fetchall()
            finally:
                db.close()
        except sqlite3.Error as error:
            raise StoreError(
                f"the imported Bible {self.path.stem} cannot be read ({error})",
                path=self.path,
                hint=f"remove it with `slidegen bibles remove {self.path.stem}` and import "
                "it again",
            ) from None

    @cached_property
    def verse_counts(self) -> dict[str, tuple[int, ...]]:
        """Verses per chapter of each book the file has, by English canonical name (its chapters
        run from 1 without a gap: the import checks it)."""
        from slidegen.scripture.books import BOOK_NAMES

        return {
            BOOK_NAMES[book.value - 1]: tuple(chapters.values())
            for book, chapters in self.max_verses.items()
        }

    @cached_property
    def book_names(self) -> dict[str, str]:
        """The file's own book names by English canonical name ({} for a file in English)."""
        from slidegen.bibles.names import own_book_names

        return own_book_names(self.names)

    @cached_property
    def _text(self) -> dict[int, str]:
        # Read whole on first use (some tens of milliseconds, as pythonbible loads a Bible):
        # then every lookup is a dict's, as fast as a built-in translation's.
        return dict(self._rows("SELECT id, text FROM verses"))

    def is_valid_verse_id(self, verse_id: int) -> bool:
        return verse_id in self._text

    def get_scripture(self, verse_id: int) -> str:
        return self._text.get(verse_id, "")


@lru_cache(maxsize=16)
def _opened(path: str, stamp: tuple[int, int, int]) -> ImportedBible:
    return ImportedBible(Path(path))


def remove_bible(code: str) -> Path:
    """Delete the imported translation `code`; the path it had."""
    normal = normal_code(code)
    path = store_path(normal) if normal else None
    if path is None or not path.is_file():
        known = ", ".join(b.code for b in imported_bibles()) or "none yet"
        raise StoreError(
            f"no imported Bible has the code '{code}'",
            hint=f"imported: {known} (`slidegen translations` lists every translation)",
        )
    try:
        path.unlink()
    except OSError as error:
        raise StoreError(f"cannot remove {path} ({error.strerror})") from None
    return path
