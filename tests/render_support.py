"""The one rule for tests that need the real renderer (LibreOffice, poppler).

Missing tools skip those tests with a visible reason on a developer's machine; CI sets
SLIDEGEN_REQUIRE_RENDER=1, where a missing tool fails them instead of letting them pass unseen.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from slidegen.errors import SlidegenError
from slidegen.export import find_pdftoppm, find_soffice

REQUIRE_ENV = "SLIDEGEN_REQUIRE_RENDER"


def unavailable(reason: str) -> None:
    """Skip here; fail in CI, where every tool the tests need is installed."""
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{reason} ({REQUIRE_ENV}=1, so this is an error)", pytrace=False)
    pytest.skip(reason)


def require_soffice() -> Path:
    try:
        return find_soffice()
    except SlidegenError as error:
        unavailable(f"real-renderer test needs LibreOffice: {error}")
        raise  # unreachable: skip/fail raise


def require_pdftoppm() -> Path:
    try:
        return find_pdftoppm()
    except SlidegenError as error:
        unavailable(f"real-renderer test needs poppler: {error}")
        raise


def require_pdftotext() -> Path:
    found = shutil.which("pdftotext")
    if found is None:
        unavailable("real-renderer test needs pdftotext (poppler-utils)")
    return Path(str(found))
