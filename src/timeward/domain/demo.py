"""The built-in demo calendar, generated around ``now`` so that a new user sees every phase.

A call that began a minute ago (with an agenda), a back-to-back call right after it, and a call
later on whose guest will be late. Times are rounded to whole minutes. Calls of the past days
(``demo_recent_calls``) let the demo offer follow-ups.
"""

from __future__ import annotations

import datetime as dt

from timeward.domain.model import Occurrence, Person, Status

DEMO_CALENDAR = "Demo"
ME = Person("you@example.com", "You")


def demo_occurrences(now: dt.datetime) -> list[Occurrence]:
    base = now.astimezone(dt.UTC).replace(second=0, microsecond=0)
    first_start = base - dt.timedelta(minutes=1)
    first_end = first_start + dt.timedelta(minutes=16)
    second_end = first_end + dt.timedelta(minutes=25)
    third_start = second_end + dt.timedelta(minutes=15)
    day = base.strftime("%Y%m%d")
    return [
        Occurrence(
            uid=f"demo-kickoff-{day}@timeward",
            start=first_start,
            end=first_end,
            summary="Website redesign kickoff with Acme",
            calendar=DEMO_CALENDAR,
            status=Status.CONFIRMED,
            join_url="https://meet.jit.si/timeward-demo-kickoff",
            description=(
                "Agenda:\n"
                "1. Goals and audience for the new site\n"
                "2. Budget projection for phase one\n"
                "3. Timeline and milestones\n"
                "4. Who signs off on the designs\n"
            ),
            organizer=ME,
            attendees=(ME, Person("dana@acme.example", "Dana Reyes")),
        ),
        Occurrence(
            uid=f"demo-review-{day}@timeward",
            start=first_end,
            end=second_end,
            summary="Weekly review with Minh (back to back)",
            calendar=DEMO_CALENDAR,
            status=Status.CONFIRMED,
            join_url="https://meet.jit.si/timeward-demo-review",
            description="- Invoice for October\n- Next sprint scope\n- Open questions on the API",
            organizer=Person("minh@studio.example", "Minh Tran"),
            attendees=(ME, Person("minh@studio.example", "Minh Tran")),
        ),
        Occurrence(
            uid=f"demo-intro-{day}@timeward",
            start=third_start,
            end=third_start + dt.timedelta(minutes=30),
            summary="Intro call with a new client (often late)",
            calendar=DEMO_CALENDAR,
            status=Status.CONFIRMED,
            join_url="https://meet.jit.si/timeward-demo-intro",
            description="Agenda:\nWhat they need\nBudget and timing\nNext steps",
            organizer=ME,
            attendees=(ME, Person("putri@nusantara.example", "Putri Wulandari")),
        ),
    ]


def demo_recent_calls(now: dt.datetime) -> list[Occurrence]:
    """The demo's calls of the past days (for "Follow up on a recent call"), with agendas."""
    day = now.astimezone(dt.UTC).replace(hour=0, minute=0, second=0, microsecond=0)

    def call(days_ago: int, hour: int, minutes: int, slug: str, summary: str, description: str,
             guest: Person) -> Occurrence:
        start = day - dt.timedelta(days=days_ago) + dt.timedelta(hours=hour)
        return Occurrence(uid=f"demo-{slug}-{start:%Y%m%d}@timeward", start=start,
                          end=start + dt.timedelta(minutes=minutes), summary=summary, calendar=DEMO_CALENDAR,
                          status=Status.CONFIRMED, description=description, organizer=ME, attendees=(ME, guest))

    return [
        call(1, 9, 45, "gala", "October awards gala planning",
             "Agenda:\n- Venue shortlist\n- Catering budget\n- Guest list deadline\n- Sponsor slides",
             Person("anna@events.example", "Anna Novak")),
        call(2, 14, 30, "audit", "Accessibility audit findings",
             "1. Colour contrast on the checkout\n2. Keyboard traps in the menu\n3. Fix schedule",
             Person("dana@acme.example", "Dana Reyes")),
        call(4, 3, 60, "retainer", "Retainer renewal with Minh",
             "- Hours used in October\n- New rate from January", Person("minh@studio.example", "Minh Tran")),
    ]
