"""A keyring backend for the benchmark only: the password of its throwaway server, from BENCH_PASSWORD.

Selected with PYTHON_KEYRING_BACKEND=bench_keyring.EnvironmentKeyring (bench/ on PYTHONPATH), so
the bench's `timeward` processes find a password without a desktop keyring.
"""

from __future__ import annotations

import os

from keyring.backend import KeyringBackend


class EnvironmentKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        return os.environ.get("BENCH_PASSWORD")

    def set_password(self, service: str, username: str, password: str) -> None:
        if password != os.environ.get("BENCH_PASSWORD"):
            raise ValueError("the bench keyring keeps only BENCH_PASSWORD")

    def delete_password(self, service: str, username: str) -> None:
        pass
