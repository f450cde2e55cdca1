"""Shared fixtures: offscreen Qt, private folders, a fake clock and named calendar files."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

CALENDARS = Path(__file__).parent / "data" / "calendars"
BERLIN = ZoneInfo("Europe/Berlin")
UTC = dt.UTC


@pytest.fixture(autouse=True)
def _private_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test gets its own TIMEWARD_HOME, never the user's folders."""
    home = tmp_path / "home"
    monkeypatch.setenv("TIMEWARD_HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "xdg-config"))  # nor the user's login entries
    return home


@pytest.fixture
def calendar_bytes():
    def load(name: str) -> bytes:
        return (CALENDARS / f"{name}.ics").read_bytes()

    return load


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)


@pytest.fixture(autouse=True)
def memory_keyring():
    """Every test gets an empty in-memory keyring: nothing reaches the real one."""
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.secrets: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.secrets.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.secrets[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            from keyring.errors import PasswordDeleteError

            if self.secrets.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def radicale(tmp_path: Path):
    """A real Radicale CalDAV server on 127.0.0.1 (a subprocess), seeded by writing its files."""
    from tests.support.radicale import start_radicale

    server = start_radicale(tmp_path)
    yield server
    server.stop()
