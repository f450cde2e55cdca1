"""The calendar sources the user added (CalDAV accounts, ICS subscriptions), as kept in config.toml.

A source is configuration, not cache: it survives a rebuilt cache. Its password lives in the
keyring (storage/secrets.py) under the source's id, never here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from timeward.domain import reasons


class SourceKind(StrEnum):
    CALDAV = "caldav"  # an account: its calendars, synced by change lists
    ICS = "ics"  # a subscription URL, a local .ics file, or a folder of them


KINDS = tuple(kind.value for kind in SourceKind)
AUTH_TYPES = ("basic", "digest", "bearer")
DEFAULT_INTERVAL_MINUTES = 5


class SourceConfigError(ValueError):
    """A [[sources]] table in config.toml cannot be used."""


@dataclass(frozen=True, slots=True)
class Source:
    id: str  # short, unique, stable: the keyring user name and the cache key
    kind: SourceKind | str  # read as a SourceKind from config.toml
    url: str
    user: str = ""
    name: str = ""
    auth: str = "basic"
    interval_minutes: int = DEFAULT_INTERVAL_MINUTES
    unguarded: tuple[str, ...] = ()  # calendar hrefs whose events are not guarded
    pinned_sha256: str = ""  # a certificate the user chose to trust, by fingerprint

    @property
    def label(self) -> str:
        return self.name or self.id

    @property
    def is_local(self) -> bool:
        """An ICS source that is a file or folder on this machine, not a URL or a network share."""
        return self.kind == "ics" and "://" not in self.url and not self.url.startswith("\\\\")

    def guards(self, calendar_href: str) -> bool:
        return calendar_href not in self.unguarded


def sync_interval_minutes(sources: Iterable[Source]) -> int:
    """How often the tray's periodic sync runs: the shortest interval of the network sources
    (each is then synced when its own interval has passed); local ones follow their files."""
    return min((s.interval_minutes for s in sources if not s.is_local), default=DEFAULT_INTERVAL_MINUTES)


def new_id(label: str, taken: set[str]) -> str:
    """A readable id from a host or file name: ``fastmail``, ``fastmail-2``…"""
    base = re.sub(r"[^a-z0-9]+", "-", label.lower()).strip("-")[:24] or "source"
    candidate, number = base, 2
    while candidate in taken:
        candidate, number = f"{base}-{number}", number + 1
    return candidate


KEYS = ("id", "kind", "url", "user", "name", "auth", "interval_minutes", "unguarded", "pinned_sha256")


def from_toml(tables: Any) -> tuple[tuple[Source, ...], list[str]]:
    """The usable [[sources]] tables, and one line for each that is not (that calendar alone is left
    out until it is fixed, the others are synced)."""
    if not isinstance(tables, list):
        return (), [reasons.must_be("'sources'", reasons.say(reasons.RULE_TABLES, key="sources"), tables,
                                    reasons.NO_CALENDAR_SYNCED)]
    found: list[Source] = []
    problems: list[str] = []
    for index, table in enumerate(tables):
        try:
            source = _source(table, f"sources[{index}]")
        except SourceConfigError as error:
            problems.append(reasons.say(reasons.LEFT_OUT, error=error))
            continue
        if any(s.id == source.id for s in found):
            problems.append(reasons.say(reasons.SAME_ID, what=f"sources[{index}]", id=repr(source.id)))
            continue
        for key in table:
            if key not in KEYS:
                problems.append(reasons.say(reasons.UNKNOWN_SETTING, key=f"sources[{index}].{key}"))
        found.append(source)
    return tuple(found), problems


def _source(table: Any, where: str) -> Source:
    if not isinstance(table, dict):
        rule = reasons.say(reasons.RULE_TABLE, key="sources")
        raise SourceConfigError(reasons.say(reasons.MUST_BE_PLAIN, what=where, rule=rule))
    kind = table.get("kind")
    if kind not in KINDS:
        raise SourceConfigError(reasons.say(reasons.MUST_BE_NOT, what=f"{where}.kind", value=repr(kind),
                                            rule=reasons.say(reasons.RULE_ONE_OF, choices=", ".join(KINDS))))
    for key in ("id", "url"):
        if not isinstance(table.get(key), str) or not table[key].strip():
            raise SourceConfigError(reasons.say(reasons.NEEDS, what=where, key=key))
    auth = table.get("auth", "basic")
    if auth not in AUTH_TYPES:
        raise SourceConfigError(reasons.say(reasons.MUST_BE_NOT, what=f"{where}.auth", value=repr(auth),
                                            rule=reasons.say(reasons.RULE_ONE_OF, choices=", ".join(AUTH_TYPES))))
    interval = table.get("interval_minutes", DEFAULT_INTERVAL_MINUTES)
    if not isinstance(interval, int) or isinstance(interval, bool) or not 1 <= interval <= 24 * 60:
        raise SourceConfigError(reasons.say(reasons.MUST_BE_PLAIN, what=f"{where}.interval_minutes",
                                            rule=reasons.RULE_WHOLE_MINUTES))
    unguarded = table.get("unguarded", [])
    if not isinstance(unguarded, list) or not all(isinstance(h, str) for h in unguarded):
        raise SourceConfigError(reasons.say(reasons.MUST_BE_PLAIN, what=f"{where}.unguarded",
                                            rule=reasons.RULE_CALENDARS))
    for key in ("user", "name", "pinned_sha256"):
        if not isinstance(table.get(key, ""), str):
            raise SourceConfigError(reasons.say(reasons.MUST_BE_PLAIN, what=f"{where}.{key}", rule=reasons.RULE_TEXT))
    return Source(
        id=table["id"].strip(), kind=SourceKind(kind), url=table["url"].strip(), user=table.get("user", ""),
        name=table.get("name", ""), auth=auth, interval_minutes=interval, unguarded=tuple(unguarded),
        pinned_sha256=table.get("pinned_sha256", ""),
    )


def to_toml(sources: tuple[Source, ...]) -> list[dict[str, Any]]:
    out = []
    for source in sources:
        table: dict[str, Any] = {"id": source.id, "kind": source.kind, "url": source.url}
        for key in ("user", "name", "pinned_sha256"):
            if getattr(source, key):
                table[key] = getattr(source, key)
        if source.auth != "basic":
            table["auth"] = source.auth
        if source.interval_minutes != DEFAULT_INTERVAL_MINUTES:
            table["interval_minutes"] = source.interval_minutes
        if source.unguarded:
            table["unguarded"] = list(source.unguarded)
        out.append(table)
    return out
