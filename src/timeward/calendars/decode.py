"""Bytes to iCalendar text: BOM, line endings, folding and character sets.

Lines are unfolded on the *bytes* before decoding, so a fold that splits a multibyte UTF-8
sequence (RFC 5545 §3.1 warns of such producers) restores the original character. Text is read as
UTF-8, then as the declared charset, then as cp1252, and the fallback is reported.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from timeward.calendars.errors import CalendarDataError

_BLANK_LINES = re.compile(r"\n{2,}")
#: How much of each end of a calendar ``check_complete`` reads.
_ENDS = 1024


@dataclass(frozen=True, slots=True)
class DecodedCalendar:
    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def decode_calendar(data: bytes, declared_charset: str | None = None) -> DecodedCalendar:
    """Return unfolded text with CRLF line ends, or raise :class:`CalendarDataError`."""
    notes: list[str] = []
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        data = data.decode("utf-16").encode("utf-8")
    data = data.removeprefix(codecs.BOM_UTF8)
    data = unfold(data.replace(b"\r\n", b"\n").replace(b"\r", b"\n"))
    text, encoding = decode_text(data, declared_charset)
    if encoding != "utf-8":
        notes.append(f"the calendar is not valid UTF-8; it was read as {encoding}")
    text = _BLANK_LINES.sub("\n", text).strip("\n")
    _check_complete(text)
    return DecodedCalendar(text.replace("\n", "\r\n") + "\r\n", encoding, tuple(notes))


def unfold(data: bytes) -> bytes:
    """The raw text with its folded lines joined: a line break followed by a space or a tab
    continues the line. Done on bytes, so that a fold inside a multibyte character joins it."""
    return data.replace(b"\r\n ", b"").replace(b"\r\n\t", b"").replace(b"\n ", b"").replace(b"\n\t", b"")


def decode_text(data: bytes, declared: str | None) -> tuple[str, str]:
    """(text, encoding): UTF-8, else the ``declared`` charset, else cp1252 (never fails)."""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    if declared:
        try:
            codecs.lookup(declared)
            return data.decode(declared), declared.lower()
        except (LookupError, UnicodeDecodeError):
            pass
    return data.decode("cp1252", errors="replace"), "cp1252"


def check_complete(data: bytes) -> None:
    """Raise :class:`CalendarDataError` where ``data`` is not a whole calendar (empty, not
    iCalendar, cut off), reading only its ends: a sync checks a feed's body before it keeps it,
    and parses it only after, once."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        _check_complete(data.decode("utf-16", errors="replace"))
        return
    data = data.removeprefix(codecs.BOM_UTF8)
    ends = data if len(data) <= 2 * _ENDS else data[:_ENDS] + b"\n" + data[-_ENDS:]
    _check_complete(ends.decode("utf-8", errors="replace"))


def _check_complete(text: str) -> None:
    if not text.strip():
        raise CalendarDataError("the calendar is empty")
    upper = text.upper()
    if not upper.lstrip().startswith("BEGIN:VCALENDAR"):
        raise CalendarDataError("this is not iCalendar data (it does not begin with BEGIN:VCALENDAR)")
    if not upper.rstrip().endswith("END:VCALENDAR"):
        raise CalendarDataError("the calendar data is cut off (END:VCALENDAR is missing)")
