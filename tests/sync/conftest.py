"""Helpers of the sync tests: the Radicale account and a one-event calendar object."""

from __future__ import annotations

import datetime as dt

from tests.support.radicale import PASSWORD, USER, Radicale

__all__ = ["PASSWORD", "USER", "Radicale", "event"]


def event(uid: str, start: dt.datetime, minutes: int = 30, summary: str = "", extra: str = "") -> str:
    fmt = "%Y%m%dT%H%M%SZ"
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:{uid}\r\n"
            f"DTSTAMP:{start:{fmt}}\r\nDTSTART:{start:{fmt}}\r\n"
            f"DTEND:{start + dt.timedelta(minutes=minutes):{fmt}}\r\nSUMMARY:{summary or uid}\r\n{extra}"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")
