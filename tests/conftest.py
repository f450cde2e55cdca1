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
    return home


@pytest.fixture
def calendar_bytes():
    def load(name: str) -> bytes:
        return (CALENDARS / f"{name}.ics").read_bytes()

    return load


def utc(*args: int) -> dt.datetime:
    return dt.datetime(*args, tzinfo=UTC)
