"""A generated calendar shaped like a real working calendar, for the sync benchmark.

``count`` events from a year before ``today`` to six months after it: a third of them recurring
(weekly, fortnightly and daily series ending by COUNT or UNTIL, a few dozen open-ended standing
meetings, some with an EXDATE and a moved occurrence), several time zones with their VTIMEZONE
(as calendar clients write them), all-day events, attendees, agendas and join links. The same
seed gives the same calendar.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

ZONES = ("Europe/Berlin", "America/New_York", "Asia/Ho_Chi_Minh", "Asia/Bangkok", "Asia/Jakarta", "UTC")
TITLES = ("Design review", "Weekly sync", "Client call", "Sprint planning", "Retro", "Budget check-in",
          "Onboarding", "Interview", "Kick-off", "Steering committee", "Office hours", "1:1")
AGENDA = ("Status of the milestones", "Open questions on the contract", "Next steps", "Budget for Q3",
          "Hand-over of the designs", "Risks and blockers", "Timeline")


def _vtimezone(zone: str, today: dt.date) -> str:
    import icalendar

    first, last = today - dt.timedelta(days=400), today + dt.timedelta(days=800)
    return icalendar.Timezone.from_tzid(zone, first_date=first, last_date=last).to_ical().decode()


def events(today: dt.date, count: int = 5000, seed: int = 7) -> Iterator[tuple[str, str]]:
    """(file name, iCalendar text) of each event."""
    rng = random.Random(seed)
    timezones = {zone: _vtimezone(zone, today) for zone in ZONES if zone != "UTC"}
    stamp = "20250101T000000Z"
    for number in range(count):
        uid = f"bench-{number:05d}@timeward.test"
        zone = ZONES[number % len(ZONES)]
        day = today + dt.timedelta(days=rng.randint(-365, 180))
        start = dt.datetime.combine(day, dt.time(rng.randint(7, 17), rng.choice((0, 15, 30))))
        minutes = rng.choice((30, 45, 60, 90))
        all_day = number % 10 == 9
        lines = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", f"SEQUENCE:{rng.randint(0, 3)}"]
        if all_day:
            lines += [f"DTSTART;VALUE=DATE:{day:%Y%m%d}", f"DTEND;VALUE=DATE:{day + dt.timedelta(days=1):%Y%m%d}"]
        else:
            lines += [_when("DTSTART", start, zone), _when("DTEND", start + dt.timedelta(minutes=minutes), zone)]
        title = rng.choice(TITLES)
        lines += [f"SUMMARY:{title} #{number}",
                  "DESCRIPTION:Agenda:\\n" + "\\n".join(f"- {item}" for item in rng.sample(AGENDA, 3)),
                  f"LOCATION:https://meet.example.com/{uid[:11]}",
                  "ORGANIZER;CN=Alice Example:mailto:alice@example.com",
                  f"ATTENDEE;CN=Client {number % 40};PARTSTAT=ACCEPTED:mailto:client{number % 40}@example.org",
                  "ATTENDEE;CN=Alice Example;PARTSTAT=ACCEPTED:mailto:alice@example.com",
                  "STATUS:CONFIRMED", "TRANSP:OPAQUE"]
        overrides: list[str] = []
        if number % 3 == 0:
            rule, occurrences = _rule(rng, start, all_day)
            lines.append(f"RRULE:{rule}")
            if number % 5 == 0 and not all_day and occurrences > 3:
                skipped = start + dt.timedelta(weeks=1) if "WEEKLY" in rule else start + dt.timedelta(days=1)
                moved = start + dt.timedelta(weeks=2) if "WEEKLY" in rule else start + dt.timedelta(days=2)
                lines.append(_when("EXDATE", skipped, zone))
                overrides = ["BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}", _when("RECURRENCE-ID", moved, zone),
                             _when("DTSTART", moved + dt.timedelta(hours=1), zone),
                             _when("DTEND", moved + dt.timedelta(hours=1, minutes=minutes), zone),
                             f"SUMMARY:{title} #{number} (moved)", "END:VEVENT"]
        lines.append("END:VEVENT")
        body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Timeward bench//EN"]
        if zone in timezones and not all_day:
            body.append(timezones[zone].strip())
        text = "\r\n".join(body + lines + overrides + ["END:VCALENDAR", ""])
        yield f"{uid.split('@')[0]}.ics", text


def _when(name: str, moment: dt.datetime, zone: str) -> str:
    if zone == "UTC":
        from zoneinfo import ZoneInfo

        return f"{name}:{moment.replace(tzinfo=ZoneInfo('UTC')):%Y%m%dT%H%M%SZ}"
    return f"{name};TZID={zone}:{moment:%Y%m%dT%H%M%S}"


def _rule(rng: random.Random, start: dt.datetime, all_day: bool) -> tuple[str, int]:
    """A recurrence rule and about how many occurrences it has."""
    kind = rng.random()
    if kind < 0.5:
        count = rng.randint(4, 52)
        return f"FREQ=WEEKLY;COUNT={count}", count
    if kind < 0.75:
        weeks = rng.randint(8, 60)
        until = (start + dt.timedelta(weeks=weeks)).date() if all_day else start + dt.timedelta(weeks=weeks)
        text = f"{until:%Y%m%d}" if all_day else f"{until:%Y%m%dT%H%M%S}Z"
        return f"FREQ=WEEKLY;INTERVAL=2;UNTIL={text}", weeks // 2
    if kind < 0.97:
        count = rng.randint(3, 20)
        return f"FREQ=DAILY;COUNT={count}", count
    return "FREQ=WEEKLY;BYDAY=MO,WE", 100  # open-ended standing meetings: a few dozen series
