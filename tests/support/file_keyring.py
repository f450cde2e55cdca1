"""A keyring backend for child processes in tests: secrets in a JSON file under the test's folder.

Selected with PYTHON_KEYRING_BACKEND=tests.support.file_keyring.TestFileKeyring and
TEST_KEYRING_FILE; a test's own throwaway passwords only, never a real secret.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend


class TestFileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def _file(self) -> Path:
        return Path(os.environ["TEST_KEYRING_FILE"])

    def _read(self) -> dict[str, str]:
        return json.loads(self._file.read_text()) if self._file.exists() else {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._read().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        secrets = self._read()
        secrets[f"{service}/{username}"] = password
        self._file.write_text(json.dumps(secrets))

    def delete_password(self, service: str, username: str) -> None:
        secrets = self._read()
        secrets.pop(f"{service}/{username}", None)
        self._file.write_text(json.dumps(secrets))
