"""Fixtures shared by every test module."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
_CACHE_ENV = "SCORER_DATA_CACHE_DIR"
_created_cache: str | None = None


def pytest_configure(config):
    """Keep the decompressed language model of a test run (and of the servers it starts) in a
    temporary folder, not in the user's ~/.cache."""
    global _created_cache
    if not os.environ.get(_CACHE_ENV):
        _created_cache = tempfile.mkdtemp(prefix="scorer-test-cache-")
        os.environ[_CACHE_ENV] = _created_cache


def pytest_unconfigure(config):
    if _created_cache is not None:
        shutil.rmtree(_created_cache, ignore_errors=True)
        os.environ.pop(_CACHE_ENV, None)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The read-only ../shared folder; tests that need it skip cleanly without it."""
    if not SHARED.is_dir():
        pytest.skip("../shared is absent (a fresh clone has none)")
    return SHARED


@pytest.fixture(scope="session")
def data_dir() -> Path:
    return ROOT / "data"
