"""Finding the link that joins a call, and the meeting service it belongs to.

The services are a data table (``assets/meeting_services.toml``: name, host, path, how to
normalise), to which users add their own. A link is matched on its parsed host name as a whole
and the start of its path, so a lookalike host (``zoom.us.evil.example``) is no meeting. Outlook's
SafeLinks and Google's redirect, which wrap most links in invites, are unwrapped first. App links
(``zoommtg://``, ``msteams:``) are read as the web links they stand for, and a service's row may
rewrite its links (Zoom's ``/join?confno=N`` as ``/j/N``).

Only http(s) links are ever returned; ``javascript:``, ``file:`` and other schemes are ignored.
The conference properties win, then a service's link in URL, LOCATION or DESCRIPTION, then the
event's own URL, then any link in LOCATION.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from urllib.parse import parse_qs, urlencode, urlsplit, urlunsplit

from timeward.assets import FOLDER
from timeward.domain.meeting_services import Service

_URL = re.compile(r"(?:https?://|zoommtg://|msteams:)[^\s<>\"'\\)\]]+", re.IGNORECASE)
#: Wrappers that carry the real link in a query value: Outlook SafeLinks, Google's redirect.
_WRAPPERS = (
    (re.compile(r"([\w-]+\.)*safelinks\.protection\.outlook\.com"), "url"),
    (re.compile(r"(www\.)?google\.[a-z.]+"), "q"),
)
#: Properties that hold nothing but a meeting link, in order of trust.
CONFERENCE_PROPERTIES = (
    "CONFERENCE",
    "X-GOOGLE-CONFERENCE",
    "X-MICROSOFT-ONLINEMEETINGCONFLINK",
    "X-MICROSOFT-SKYPETEAMSMEETINGURL",
    "X-MS-OLK-CONFERENCEURL",
)


@functools.cache
def builtin_services() -> tuple[Service, ...]:
    """The shipped table, read once, when a link is first looked at (the tray between calls never
    pays for the TOML reader)."""
    import tomllib

    with (FOLDER / "meeting_services.toml").open("rb") as table:
        return tuple(Service.from_row(row) for row in tomllib.load(table)["service"])


def unwrapped(url: str) -> str:
    """The link a SafeLinks or Google redirect carries (wrapped in each other, too), else ``url``."""
    for _round in range(3):
        if "safelinks" not in url and "google." not in url:  # most links: no parsing at all
            return url
        parts = urlsplit(url)
        host = (parts.hostname or "").lower()
        inner = next((parse_qs(parts.query).get(key, [""])[0] for pattern, key in _WRAPPERS
                      if pattern.fullmatch(host) and (key != "q" or parts.path == "/url")), "")
        if not inner.lower().startswith(("http://", "https://")):
            return url
        url = inner
    return url


def as_web_link(url: str) -> str:
    """An app link as the web link it stands for ("" when it stands for none); a web link as it is."""
    lower = url.lower()
    if lower.startswith("zoommtg://"):
        return "https://" + url[len("zoommtg://"):]
    if lower.startswith("msteams:"):
        rest = url[len("msteams:"):].lstrip("/")
        return f"https://teams.microsoft.com/{rest}" if rest.lower().startswith("l/") else ""
    return url


def normalised(url: str, how: str) -> str:
    """``url`` rewritten as a service's row says (``how``: one of NORMALISATIONS)."""
    parts = urlsplit(url)
    query = parse_qs(parts.query, keep_blank_values=True)
    if how == "zoom-join" and (query.get("confno") or [""])[0].isdigit():
        password = {"pwd": query["pwd"][0]} if query.get("pwd") else {}
        return urlunsplit((parts.scheme, parts.netloc, f"/j/{query['confno'][0]}", urlencode(password), ""))
    if how == "no-tracking" and any(key.startswith("utm_") for key in query):
        kept = [(key, value) for key, values in query.items() if not key.startswith("utm_") for value in values]
        return urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(kept), parts.fragment))
    return url


def links(text: str) -> Iterable[str]:
    """The links in ``text``, unwrapped and as web links."""
    for match in _URL.finditer(text or ""):
        link = as_web_link(unwrapped(match.group(0).rstrip(".,;:!?")))
        if link:
            yield link


def _joining(link: str, own: tuple[Service, ...] = (), shipped: bool = True) -> str | None:
    """``link`` as its service would have it opened, or None when it is no service's."""
    service = service_of(link, own, shipped)
    return None if service is None else normalised(link, service.normalise)


@functools.lru_cache(maxsize=8)
def _table(own: tuple[Service, ...], shipped: bool) -> tuple[tuple[Service, ...], re.Pattern[str]]:
    """The services tried (the user's own first, then the ``shipped`` ones), and one pattern for all
    their hosts: most links in an invite are no meeting's, and are told so by one match instead of
    one per service."""
    services = (*own, *builtin_services()) if shipped else own
    return services, re.compile("|".join(f"(?:{s.host.pattern})" for s in services), re.IGNORECASE)


def service_of(url: str, own: Iterable[Service] = (), shipped: bool = True) -> Service | None:
    """The service whose link ``url`` is (the user's ``own`` first, then the shipped ones unless
    ``shipped`` is false), or None."""
    services, any_host = _table(tuple(own), shipped)
    parts = urlsplit(url)
    host = parts.hostname or ""
    if not services or parts.scheme.lower() not in ("http", "https") or not any_host.fullmatch(host):
        return None
    where = (parts.path + (f"?{parts.query}" if parts.query else "")) or "/"
    return next((s for s in services if s.host.fullmatch(host) and s.path.match(where)), None)


def own_link(join_url: str | None, texts: Iterable[str], own: Iterable[Service]) -> str | None:
    """The link of one of the user's ``own`` services in ``join_url`` or ``texts`` (a call's
    location and description), else ``join_url``: own services are added after calendars are read,
    and count at once for calls read before."""
    own = tuple(own)
    if own:
        for text in (join_url or "", *texts):
            for link in links(text):
                if (joining := _joining(link, own, shipped=False)) is not None:
                    return joining
    return join_url


def find_join_url(conference: Iterable[str], url: str, location: str, description: str) -> str | None:
    """The best join link among an event's texts (with the shipped services), or None."""
    for value in conference:
        for link in links(value):
            return link
    for text in (url, location, description):
        for link in links(text):
            if (joining := _joining(link)) is not None:
                return joining
    for text in (url, location):
        for link in links(text):
            return link
    return None
