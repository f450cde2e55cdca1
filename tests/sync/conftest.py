"""Helpers of the sync tests: the Radicale account, a one-event calendar object, an empty cache."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.support.radicale import PASSWORD, USER, Radicale
from timeward.storage.cache import Cache

__all__ = ["PASSWORD", "USER", "Radicale", "event"]


def event(uid: str, start: dt.datetime, minutes: int = 30, summary: str = "", extra: str = "") -> str:
    fmt = "%Y%m%dT%H%M%SZ"
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:{uid}\r\n"
            f"DTSTAMP:{start:{fmt}}\r\nDTSTART:{start:{fmt}}\r\n"
            f"DTEND:{start + dt.timedelta(minutes=minutes):{fmt}}\r\nSUMMARY:{summary or uid}\r\n{extra}"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")


@pytest.fixture
def cache(tmp_path):
    """An empty event cache in the test's folder."""
    with Cache.open(tmp_path / "cache") as opened:
        yield opened


@pytest.fixture
def servers():
    """Starts loopback fake DAV servers that answer as the test says; all stopped afterwards."""
    from tests.support.fake_dav import FakeServer

    started: list[FakeServer] = []

    def start(answer) -> FakeServer:
        started.append(FakeServer(answer).start())
        return started[-1]

    yield start
    for server in started:
        server.stop()
