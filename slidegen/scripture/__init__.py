"""Bible references and verse text.

References are parsed by our own strict parser (pythonbible's truncates en-dash ranges and drops
list items); versification and verse text come from pythonbible and its translation packages.
"""

from slidegen.scripture.lightimport import register

register()  # before anything imports pythonbible: skip its parser's start-up cost

from slidegen.scripture.prose import FoundReference, find_references  # noqa: E402
from slidegen.scripture.references import parse_references  # noqa: E402

__all__ = ["FoundReference", "find_references", "parse_references"]
