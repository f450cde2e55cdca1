"""The timings that guard a call, with the overrides of the call's client profile (the first
profile that matches it: see ``domain.clients``)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from timeward.domain.clients import ClientProfile, profile_for
from timeward.domain.model import Occurrence, Person

MINUTE = dt.timedelta(minutes=1)


@dataclass(frozen=True, slots=True)
class Timings:
    reminder_lead: dt.timedelta = 2 * MINUTE
    wait_limit: dt.timedelta = 10 * MINUTE
    warning_lead: dt.timedelta = 10 * MINUTE
    advance_lead: dt.timedelta | None = None  # when to send the client a reminder ahead; None: never


@dataclass(frozen=True, slots=True)
class GuardPolicy:
    defaults: Timings = field(default_factory=Timings)
    clients: tuple[ClientProfile, ...] = ()
    me: tuple[str, ...] = ()

    def others(self, occurrence: Occurrence) -> list[Person]:
        """The people on the call who are not the user: attendees, else the organizer."""
        mine = {m.lower() for m in self.me}
        people = [p for p in occurrence.attendees if p.email not in mine]
        if not people and occurrence.organizer and occurrence.organizer.email not in mine:
            people = [occurrence.organizer]
        return people

    def profile_for(self, occurrence: Occurrence) -> ClientProfile | None:
        return profile_for(occurrence, self.clients, self.me)

    def timings_for(self, occurrence: Occurrence) -> Timings:
        profile = self.profile_for(occurrence)
        if profile is None:
            return self.defaults
        changes = {k: v for k in ("reminder_lead", "wait_limit", "warning_lead", "advance_lead")
                   if (v := getattr(profile, k)) is not None}
        return replace(self.defaults, **changes)
