"""A real Radicale CalDAV server on 127.0.0.1 (subprocess), seeded by writing its files."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.support.radicale import PASSWORD, USER, Radicale, start_radicale

__all__ = ["PASSWORD", "USER", "Radicale", "event"]


def event(uid: str, start: dt.datetime, minutes: int = 30, summary: str = "", extra: str = "") -> str:
    fmt = "%Y%m%dT%H%M%SZ"
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:{uid}\r\n"
            f"DTSTAMP:{start:{fmt}}\r\nDTSTART:{start:{fmt}}\r\n"
            f"DTEND:{start + dt.timedelta(minutes=minutes):{fmt}}\r\nSUMMARY:{summary or uid}\r\n{extra}"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")


@pytest.fixture
def radicale(tmp_path: Path):
    server = start_radicale(tmp_path)
    yield server
    server.stop()
