"""Fixtures every suite shares. Keep this small: suites add their own conftest.py.

No test may touch the developer's real keyring: every test gets a plaintext keyring in its own temp folder. Child
processes get the same one through `keyring_env`.
"""

from __future__ import annotations

import os
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring


@pytest.fixture(autouse=True)
def isolated_keyring(tmp_path_factory) -> PlaintextKeyring:
    """A throw-away keyring for this test; the previous backend is put back afterwards."""
    folder = tmp_path_factory.mktemp("keyring")
    backend = PlaintextKeyring()
    backend.file_path = str(folder / "python_keyring" / "keyring_pass.cfg")
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    _reset_token_memory()
    yield backend
    keyring.set_keyring(previous)
    _reset_token_memory()


@pytest.fixture
def keyring_env(isolated_keyring) -> dict[str, str]:
    """Environment for a child process so it uses this test's keyring file (never the real one)."""
    data_home = Path(isolated_keyring.file_path).parent.parent
    return {**os.environ, "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
            "XDG_DATA_HOME": str(data_home), "XDG_CONFIG_HOME": str(data_home / "config"),
            "LOCALAPPDATA": str(data_home)}


@pytest.fixture
def data_dir(tmp_path) -> Path:
    """A fresh data folder (cache files, profile, logs) for one test."""
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


def _reset_token_memory() -> None:
    try:
        from sync.api.credentials import reset_for_tests
    except ImportError:
        return
    reset_for_tests()
