"""Finding the link that joins a call (Zoom, Meet, Teams, Webex, Jitsi, Whereby).

Only http(s) links are ever returned; ``javascript:``, ``file:`` and other schemes are ignored.
Dedicated conference properties win over URL, which wins over LOCATION, then DESCRIPTION.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_URL = re.compile(r"https?://[^\s<>\"'\\)\]]+", re.IGNORECASE)
_PROVIDERS = re.compile(
    r"""^https?://(
        ([\w-]+\.)*zoom\.(us|com)/(j|my|w|s)/
      | meet\.google\.com/[a-z]{3,4}-?[a-z]{4}-?[a-z]{3,4}
      | teams\.microsoft\.com/l/meetup-join/
      | teams\.live\.com/meet/
      | ([\w-]+\.)*webex\.com/
      | meet\.jit\.si/
      | 8x8\.vc/
      | ([\w-]+\.)?whereby\.com/
    )""",
    re.IGNORECASE | re.VERBOSE,
)
#: Properties that hold nothing but a meeting link, in order of trust.
CONFERENCE_PROPERTIES = (
    "CONFERENCE",
    "X-GOOGLE-CONFERENCE",
    "X-MICROSOFT-ONLINEMEETINGCONFLINK",
    "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    "X-MS-OLK-CONFERENCEURL",
)


def _links(text: str) -> Iterable[str]:
    for match in _URL.finditer(text or ""):
        yield match.group(0).rstrip(".,;:!?")


def is_meeting_link(url: str) -> bool:
    return bool(_PROVIDERS.match(url))


def find_join_url(
    conference: Iterable[str], url: str, location: str, description: str
) -> str | None:
    """The best join link among an event's texts, or None."""
    for value in conference:
        for link in _links(value):
            return link
    for text in (url, location, description):
        for link in _links(text):
            if is_meeting_link(link):
                return link
    return None
