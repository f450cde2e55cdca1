"""The link that joins a call, and the words on its button ("Join Zoom call").

A call's link is found when its calendar is read, with the shipped services. The user's own
services (``[[meeting_services]]`` in config.toml) are tried here, when the call is shown, so
that a service added today applies at once to the calls synced before.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from timeward.calendars import joinlinks
from timeward.calendars.joinlinks import Service
from timeward.domain.model import Occurrence

_own: Callable[[], tuple[Service, ...]] = tuple


def use_own_services(services: Callable[[], tuple[Service, ...]]) -> None:
    """Where the user's own services come from (the settings as they are now)."""
    global _own  # noqa: PLW0603 - one setting for every window of the process
    _own = services


def join_link(occurrence: Occurrence) -> str | None:
    """The link to open for ``occurrence``: one of the user's own services' where its texts hold
    one, else the one found when it was read."""
    return joinlinks.own_link(occurrence.join_url, (occurrence.location, occurrence.description), _own())


def service_name(url: str) -> str:
    """The meeting service of ``url`` ("Zoom"), or "" for a link of no known service."""
    service = joinlinks.service_of(url, _own())
    return service.name if service is not None else ""


def join_call_text(url: str) -> str:
    """The menu's words: "Join Zoom call", or "Join call"."""
    name = service_name(url)
    if not name:
        return QCoreApplication.translate("JoinLinks", "Join call")
    return QCoreApplication.translate("JoinLinks", "Join %1 call").replace("%1", name)


def join_button_text(url: str) -> str:
    """A card's button: "Join Zoom", or "Join"."""
    name = service_name(url)
    if not name:
        return QCoreApplication.translate("JoinLinks", "Join")
    return QCoreApplication.translate("JoinLinks", "Join %1").replace("%1", name)
