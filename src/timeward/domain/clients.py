"""Client profiles: who a call is with, and the rules and figures that go with that client.

A profile is matched by an address or a domain of the call's other side (attendees and
organizer, not the user's own addresses), by the calendar's name, or by a title pattern. The
first profile that matches wins, in the order the user keeps them (the order of ``config.toml``),
so a broad rule ("every call in the Work calendar") goes below the narrow ones it should not hide.
A call no profile matches is still counted under the domain of its other side.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from timeward.domain.model import Occurrence, Person

#: The notice a cancellation must give when a profile says nothing else.
DEFAULT_NOTICE = dt.timedelta(hours=24)
#: What a call with nobody else on it, and no profile, is counted under.
NO_CLIENT = "(no client)"


@dataclass(frozen=True, slots=True)
class ClientProfile:
    """A named client: how to recognise its calls and what holds for them. A ``None`` timing falls
    back to the general one."""

    name: str
    match: tuple[str, ...] = ()  # lower-cased addresses ("ana@acme.com") and domains ("acme.com")
    calendars: tuple[str, ...] = ()  # calendar names, compared without regard to case
    titles: tuple[str, ...] = ()  # shell-style patterns on the title ("Acme *"), without regard to case
    reminder_lead: dt.timedelta | None = None
    wait_limit: dt.timedelta | None = None
    warning_lead: dt.timedelta | None = None
    advance_lead: dt.timedelta | None = None  # a reminder to send it ahead of each call (the day before: 24 h)
    notice: dt.timedelta | None = None  # the cancellation notice it must give
    fee_line: str = ""  # "A session cancelled with less than 24 hours' notice is charged $50."
    language: str = ""  # of the mails sent to it; "" for the app's
    hourly_rate: float | None = None
    monthly_budget: dt.timedelta | None = None
    templates: str = ""  # its own template folder's name (the mails and phrases written for it)

    def matches(self, occurrence: Occurrence, others: Iterable[Person]) -> bool:
        wanted = set(self.match)
        for person in others:
            if person.email in wanted or any(person.domain == d or person.domain.endswith("." + d)
                                             for d in wanted if "@" not in d):
                return True
        if occurrence.calendar.casefold() in {c.casefold() for c in self.calendars}:
            return True
        if not self.titles:
            return False
        import fnmatch  # patterns are rare: not loaded for every command

        title = occurrence.summary.casefold()
        return any(fnmatch.fnmatchcase(title, pattern.casefold()) for pattern in self.titles)


def other_side(occurrence: Occurrence, me: Iterable[str]) -> list[Person]:
    """Everyone on the call but the user: the attendees, and the organizer."""
    mine = {m.lower() for m in me}
    people = [p for p in occurrence.attendees if p.email not in mine]
    if occurrence.organizer and occurrence.organizer.email not in mine and occurrence.organizer not in people:
        people.append(occurrence.organizer)
    return people


def profile_for(occurrence: Occurrence, profiles: Iterable[ClientProfile], me: Iterable[str]
                ) -> ClientProfile | None:
    """The first profile that matches the call, or None."""
    others = other_side(occurrence, me)
    return next((p for p in profiles if p.matches(occurrence, others)), None)


def client_name(occurrence: Occurrence, profiles: Iterable[ClientProfile], me: Iterable[str]) -> str:
    """The name a call is logged and reported under: its profile's, else the other side's domain."""
    profile = profile_for(occurrence, profiles, me)
    if profile is not None:
        return profile.name
    others = other_side(occurrence, me)
    return others[0].domain if others and others[0].domain else NO_CLIENT
