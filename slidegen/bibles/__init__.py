"""Bibles of the user's own: Zefania, OSIS, USFX and OpenSong XML files imported into a store
in the user's data folder, and looked up as the built-in translations are (scripture/text.py
asks `find_imported` for a code it has no package for)."""

from slidegen.bibles.store import BibleSummary, ImportedVersion, find_imported, imported_bibles

__all__ = ["BibleSummary", "ImportedVersion", "find_imported", "imported_bibles"]
