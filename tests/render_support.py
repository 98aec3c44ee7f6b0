"""The one rule for tests that need the real renderer (LibreOffice, poppler).

Such tests carry the `render` marker (`pytest -m "not render"` leaves them out); asking for a
tool from a test without it is an error, so the marker stays true. Missing tools skip those
tests with a visible reason on a developer's machine; CI sets SLIDEGEN_REQUIRE_RENDER=1, where a
missing tool fails them instead of letting them pass unseen.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from slidegen.errors import SlidegenError
from slidegen.export import find_pdftoppm, find_soffice

REQUIRE_ENV = "SLIDEGEN_REQUIRE_RENDER"

# The test being set up or run; conftest.py keeps it current.
current_test: pytest.Item | None = None


def _marked_render(tool: str) -> None:
    if current_test is not None and current_test.get_closest_marker("render") is None:
        pytest.fail(
            f"{current_test.nodeid} needs {tool}: mark it @pytest.mark.render", pytrace=False
        )


def unavailable(reason: str) -> None:
    """Skip here; fail in CI, where every tool the tests need is installed."""
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{reason} ({REQUIRE_ENV}=1, so this is an error)", pytrace=False)
    pytest.skip(reason)


def require_soffice() -> Path:
    _marked_render("LibreOffice")
    try:
        return find_soffice()
    except SlidegenError as error:
        unavailable(f"real-renderer test needs LibreOffice: {error}")
        raise  # unreachable: skip/fail raise


def require_pdftoppm() -> Path:
    _marked_render("pdftoppm")
    try:
        return find_pdftoppm()
    except SlidegenError as error:
        unavailable(f"real-renderer test needs poppler: {error}")
        raise


def require_pdftotext() -> Path:
    _marked_render("pdftotext")
    found = shutil.which("pdftotext")
    if found is None:
        unavailable("real-renderer test needs pdftotext (poppler-utils)")
    return Path(str(found))
