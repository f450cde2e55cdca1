"""A week lived on the fake clock: the guard steps through each day's calls as the tray does,
every answer and step is written to the log, and the report at the end has the figures worked
out by hand — including a focus-day call, an auto-ended overrun and a no-show taken back."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from timeward.domain.clients import ClientProfile
from timeward.domain.clock import FakeClock
from timeward.domain.guard import CallGuard
from timeward.domain.model import Occurrence, Person
from timeward.domain.policy import GuardPolicy
from timeward.domain.report import build_report
from timeward.domain.working_hours import WorkingHours
from timeward.storage.journal import Journal
from timeward.storage.meeting_log import LogRules, MeetingLog
from timeward.storage.settings import Settings

BANGKOK = ZoneInfo("Asia/Bangkok")
MIN = dt.timedelta(minutes=1)


def local(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2026, 11, day, hour, minute, tzinfo=BANGKOK).astimezone(dt.UTC)


def call(uid: str, start: dt.datetime, minutes: int, who: str) -> Occurrence:
    return Occurrence(uid, start, start + minutes * MIN, uid, "Work", organizer=Person(who))


def test_a_week_on_the_fake_clock(tmp_path):
    calls = [call("mon", local(23, 10), 60, "a@acme.example"), call("tue", local(24, 14), 30, "a@acme.example"),
             call("wed", local(25, 11), 45, "b@globex.example"), call("thu", local(26, 16), 60, "a@acme.example"),
             call("fri", local(27, 9), 30, "b@globex.example")]
    settings = Settings(policy=GuardPolicy(clients=(ClientProfile("Acme", ("acme.example",)),)),
                        hours=WorkingHours(focus_weekdays=frozenset({4})))  # Fridays are for focus
    rules = LogRules(settings, BANGKOK)
    clock = FakeClock(local(23, 8))
    guard = CallGuard(settings.policy)
    guard.set_occurrences(calls, clock.now())
    with Journal.open(tmp_path) as journal:
        log = MeetingLog(journal)

        def live_until(moment: dt.datetime) -> None:
            """The ticker's part: step at each minute until ``moment``, writing as the tray does."""
            while clock.now() < moment:
                clock.advance(MIN)
                guard.step(clock.now())
                log.save_guard(guard, clock.now(), rules)

        def answer(moment: dt.datetime, act) -> None:
            live_until(moment)
            act(clock.now())
            log.save_guard(guard, clock.now(), rules)

        mon, tue, wed, thu, fri = (c.key for c in calls)
        answer(local(23, 10, 6), lambda now: guard.joined(mon, now))  # 6 min late
        answer(local(23, 11, 9), lambda now: guard.end_call(mon, now))  # 9 min over
        answer(local(24, 14, 0), lambda now: guard.joined(tue, now))
        answer(local(24, 14, 20), lambda now: guard.extend(tue, 15))  # due at 14:45 now
        clock.sleep(dt.timedelta(hours=3))  # the lid closed mid-call: it ends unanswered, an hour after 14:45
        guard.step(clock.now())
        log.save_guard(guard, clock.now(), rules)
        answer(local(25, 11, 10), lambda now: guard.record_no_show(wed, now))
        answer(local(25, 11, 12), lambda now: guard.undo_no_show(wed))
        answer(local(25, 11, 14), lambda now: guard.joined(wed, now))  # 14 min late
        answer(local(25, 11, 45), lambda now: guard.end_call(wed, now))
        live_until(local(26, 18))  # Thursday's call: nobody answers
        answer(local(27, 9, 1), lambda now: guard.joined(fri, now))  # on a focus day
        answer(local(27, 9, 30), lambda now: guard.end_call(fri, now))
        entries = {e.uid: e for e in log.entries()}

    assert {u: e.outcome.value for u, e in entries.items()} == {
        "mon": "held", "tue": "held", "wed": "held", "thu": "missed", "fri": "held"}
    assert entries["tue"].ended_at == local(24, 15, 45) and entries["tue"].overrun == 60 * MIN  # from 14:45
    assert entries["fri"].out_of_hours == "focus_day" and not entries["mon"].out_of_hours
    acme, globex = build_report(entries.values(), local(23, 0), local(30, 0), settings.policy.clients, BANGKOK)
    # Acme: 10:06–11:09 (63) + 14:00–15:45 (105); late 6; over 9 + 60.  Globex: 11:14–11:45 (31) + 9:01–9:30 (29).
    assert (acme.client, acme.calls, acme.minutes, acme.late_arrivals, acme.lateness_minutes, acme.overruns,
            acme.overrun_minutes) == ("Acme", 2, 168, 1, 6, 2, 69)
    assert (globex.client, globex.calls, globex.minutes, globex.late_arrivals, globex.lateness_minutes,
            globex.no_shows, globex.out_of_hours) == ("globex.example", 2, 60, 2, 15, 0, 1)
