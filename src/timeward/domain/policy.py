"""The timings that guard a call, with per-client overrides.

A client is recognised by an e-mail address or a domain of the call's organizer or attendees
(other than the user's own addresses); a rule for an exact address wins over one for a domain.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from timeward.domain.model import Occurrence, Person

MINUTE = dt.timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class Timings:
    reminder_lead: dt.timedelta = 2 * MINUTE
    wait_limit: dt.timedelta = 10 * MINUTE
    warning_lead: dt.timedelta = 10 * MINUTE


@dataclass(frozen=True, slots=True)
class ClientRule:
    """Overrides for one client, matched by ``client`` (an address, or a domain such as ``acme.com``)."""

    client: str
    reminder_lead: dt.timedelta | None = None
    wait_limit: dt.timedelta | None = None
    warning_lead: dt.timedelta | None = None

    def apply(self, timings: Timings) -> Timings:
        changes = {k: v for k in ("reminder_lead", "wait_limit", "warning_lead")
                   if (v := getattr(self, k)) is not None}
        return replace(timings, **changes)


@dataclass(frozen=True, slots=True)
class GuardPolicy:
    defaults: Timings = field(default_factory=Timings)
    clients: tuple[ClientRule, ...] = ()
    me: tuple[str, ...] = ()

    def others(self, occurrence: Occurrence) -> list[Person]:
        """The people on the call who are not the user: attendees, else the organizer."""
        mine = {m.lower() for m in self.me}
        people = [p for p in occurrence.attendees if p.email not in mine]
        if not people and occurrence.organizer and occurrence.organizer.email not in mine:
            people = [occurrence.organizer]
        return people

    def rule_for(self, occurrence: Occurrence) -> ClientRule | None:
        others = self.others(occurrence)
        if occurrence.organizer and occurrence.organizer not in others:
            others.append(occurrence.organizer)
        mine = {m.lower() for m in self.me}
        emails = [p.email for p in others if p.email not in mine]
        rules = {r.client.lower(): r for r in self.clients}
        for email in emails:
            if email in rules:
                return rules[email]
        for email in emails:
            domain = email.rpartition("@")[2]
            if domain in rules:
                return rules[domain]
        return None

    def timings_for(self, occurrence: Occurrence) -> Timings:
        rule = self.rule_for(occurrence)
        return rule.apply(self.defaults) if rule else self.defaults
