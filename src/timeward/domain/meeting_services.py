"""A meeting service as a row of the join-link table: its name, the host names and paths of its
links, and how to rewrite one. The shipped rows and the user's own (``[[meeting_services]]`` in
config.toml) are read the same way, so a bad row of the user's is named, not run.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from timeward.domain import reasons

#: How a row may rewrite its links: as they are, Zoom's /join?confno=N as /j/N, utm_ values dropped.
NORMALISATIONS = ("", "zoom-join", "no-tracking")


@dataclass(frozen=True, slots=True)
class Service:
    """A meeting service: its name, the host names and paths of its links, and how to rewrite one."""

    name: str
    host: re.Pattern[str]
    path: re.Pattern[str]
    normalise: str = ""

    @classmethod
    def from_row(cls, row: Mapping[str, object]) -> Service:
        """A table row as a service; ValueError names what is wrong with it."""
        name, host, path = row.get("name"), row.get("host"), row.get("path", "")
        normalise = row.get("normalise", "")
        if not isinstance(name, str) or not name.strip():
            raise ValueError(reasons.SERVICE_NAME)
        if not isinstance(host, str) or not host.strip() or not isinstance(path, str):
            raise ValueError(reasons.SERVICE_HOST)
        if normalise not in NORMALISATIONS:
            raise ValueError(reasons.say(reasons.SERVICE_NORMALISE, choices=", ".join(map(repr, NORMALISATIONS))))
        try:
            return cls(name.strip(), re.compile(host, re.IGNORECASE), re.compile(path, re.IGNORECASE),
                       str(normalise))
        except re.error as error:
            raise ValueError(reasons.say(reasons.SERVICE_PATTERN, error=error)) from None
