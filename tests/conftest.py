"""Shared fixtures: an isolated TORCHDOJO_HOME per session and one warm grading pool for the whole run."""

from __future__ import annotations

import shutil

import pytest

from torchdojo.grader.service import Grader
from torchdojo.settings import load_settings


def pytest_configure(config):
    config.addinivalue_line("markers", "slow_model: runs a real language model server (still runs in CI)")


@pytest.fixture(scope="session")
def session_home(tmp_path_factory):
    return tmp_path_factory.mktemp("torchdojo-home")


@pytest.fixture(scope="session")
def grader(session_home):
    """One Grader (and pool) for the session, sandboxed with bubblewrap, with a short timeout."""
    assert shutil.which("bwrap"), "bubblewrap is required for the grader tests: apt-get install bubblewrap"
    settings = load_settings(
        {"home": session_home, "sandbox": "bwrap", "timeout_s": 3.0, "cpu_s": 20, "memory_mb": 256},
        environ={},
    )
    made = Grader(settings)
    yield made
    made.pool.close()
