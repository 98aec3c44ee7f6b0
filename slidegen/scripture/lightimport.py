"""Import pythonbible's data modules without running its package `__init__`.

pythonbible's `__init__` imports its own reference parser, which compiles regular expressions
for every book at import time (about 0.2 s, a sixth of a whole build). slidegen uses only its
versification, book list and Bible texts. So the package is registered here as a lazy module:
its submodules import as usual, and the first access to anything the real `__init__` defines
(e.g. `pythonbible.get_references` from other code in the same process) runs that `__init__`
then, so nothing else sees a difference.
"""

from __future__ import annotations

import importlib.util
import sys
import types
from typing import Any

_NAME = "pythonbible"


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
