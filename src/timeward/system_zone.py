"""The viewer's time zone, looked up again on every call (people travel).

The common cases are answered without a library, because ``status`` runs every few seconds in
status bars: ``TZ`` naming a zone, and ``/etc/localtime`` linking into the zone database (Linux,
macOS). Everywhere else (Windows' registry, an ``/etc/localtime`` copied rather than linked,
``/etc/timezone``) tzlocal finds the IANA name, so that times move correctly across a DST
change; its answer is kept for a minute, as reading the system's settings costs more there.
Only when nothing names a zone is the current UTC offset used.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

LOCALTIME = Path("/etc/localtime")
#: How long tzlocal's answer is kept where the cheap cases do not apply.
SYSTEM_ANSWER_SECONDS = 60.0
_system_answer: tuple[float, dt.tzinfo] | None = None


def local_zone() -> dt.tzinfo:
    """The system's zone as an IANA ZoneInfo where it can be found, else a fixed offset."""
    return _named_zone() or _system_zone()


def _named_zone() -> ZoneInfo | None:
    """The zone ``TZ`` or the ``/etc/localtime`` link names, or None."""
    name = os.environ.get("TZ", "").lstrip(":")
    if name:
        try:
            return ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            pass
    if sys.platform == "win32":
        return None
    try:
        target = str(LOCALTIME.resolve())
    except OSError:
        return None
    if "zoneinfo/" in target:
        try:
            return ZoneInfo(target.split("zoneinfo/", 1)[1])
        except (ZoneInfoNotFoundError, ValueError):
            return None
    return None


def _system_zone() -> dt.tzinfo:
    """The zone the system's settings name, through tzlocal (kept SYSTEM_ANSWER_SECONDS)."""
    global _system_answer
    now = time.monotonic()
    if _system_answer is not None and now - _system_answer[0] < SYSTEM_ANSWER_SECONDS:
        return _system_answer[1]
    zone: dt.tzinfo
    try:
        import warnings

        import tzlocal

        with warnings.catch_warnings():  # a setting that disagrees with the clock's offset is still its answer
            warnings.simplefilter("ignore")
            zone = tzlocal.reload_localzone()
    except Exception:  # noqa: BLE001 - no setting the library can read: the offset is all there is
        zone = dt.datetime.now().astimezone().tzinfo or dt.UTC  # noqa: DTZ005 - the offset is all we want
    _system_answer = (now, zone)
    return zone
