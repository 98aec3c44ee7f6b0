"""Import pythonbible's data modules without running its package `__init__`.

pythonbible's `__init__` imports its own reference parser, which compiles regular expressions
for every book at import time (about 0.2 s, a sixth of a whole build). slidegen uses only its
versification, book list and Bible texts. So the package is registered here as a lazy module:
its submodules import as usual, and the first access to anything the real `__init__` defines
(e.g. `pythonbible.get_references` from other code in the same process) runs that `__init__`
then, so nothing else sees a difference.

`pythonbible.verses`, where the versification lives, also builds a tuple of all 36,000 verse
ids when imported (15 ms, the largest single import of a build) that slidegen never uses;
`standard_verse_counts` reads the table from that module's own source without it.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import sys
import types
from importlib.abc import InspectLoader
from typing import Any

_NAME = "pythonbible"
_VERSES = "pythonbible.verses"
_TABLE = "MAX_VERSE_NUMBER_BY_BOOK_AND_CHAPTER"
# In pythonbible.verses the table is followed by the verse-id constants and the code that
# builds every verse id; the source up to here defines the table and nothing else.
_AFTER_TABLE = "\nBOOK_PLACE = "


class _LazyPackage(types.ModuleType):
    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        spec = self.__spec__
        if spec is None or spec.loader is None or self.__dict__.get("_slidegen_loaded"):
            raise AttributeError(name)
        self.__dict__["_slidegen_loaded"] = True
        spec.loader.exec_module(self)  # the real __init__, into this same module object
        return getattr(self, name)


def register() -> None:
    """Make `import pythonbible.x` cheap, unless pythonbible is already imported."""
    if _NAME in sys.modules:
        return
    spec = importlib.util.find_spec(_NAME)
    if spec is None or spec.submodule_search_locations is None:
        return  # not installed: the normal import will say so
    package = _LazyPackage(_NAME)
    package.__spec__ = spec
    package.__path__ = list(spec.submodule_search_locations)
    package.__file__ = spec.origin
    package.__package__ = _NAME
    sys.modules[_NAME] = package


@functools.cache
def standard_verse_counts() -> dict[Any, list[int]]:
    """pythonbible's verse count of every chapter of every book (`pythonbible.verses.
    MAX_VERSE_NUMBER_BY_BOOK_AND_CHAPTER`, keyed by `pythonbible.Book`), without importing
    `pythonbible.verses`. If its source is not laid out as expected, it is imported after all."""
    spec = None if _VERSES in sys.modules else importlib.util.find_spec(_VERSES)
    loader = getattr(spec, "loader", None)
    source = loader.get_source(_VERSES) if spec and isinstance(loader, InspectLoader) else None
    end = source.find(_AFTER_TABLE) if source else -1
    if spec is None or source is None or end < 0:
        return getattr(importlib.import_module(_VERSES), _TABLE)  # type: ignore[no-any-return]
    namespace: dict[str, Any] = {"__name__": _VERSES}
    exec(compile(source[:end], spec.origin or _VERSES, "exec"), namespace)
    return namespace[_TABLE]  # type: ignore[no-any-return]
