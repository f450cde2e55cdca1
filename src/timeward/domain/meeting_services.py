"""A meeting service as a row of the join-link table: its name, the host names and paths of its
links, and how to rewrite one. The shipped rows and the user's own (``[[meeting_services]]`` in
config.toml) are read the same way, so a bad row of the user's is named, not run.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

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
            raise ValueError("needs a 'name'")
        if not isinstance(host, str) or not host.strip() or not isinstance(path, str):
            raise ValueError("needs a 'host' (and a 'path', if any) as text")
        if normalise not in NORMALISATIONS:
            raise ValueError(f"normalise must be one of {', '.join(map(repr, NORMALISATIONS))}")
        try:
            return cls(name.strip(), re.compile(host, re.IGNORECASE), re.compile(path, re.IGNORECASE),
                       str(normalise))
        except re.error as error:
            raise ValueError(f"not a regular expression ({error})") from None
