"""The per-client report: figures from log entries, the 30-day flag, the monthly budget."""

from __future__ import annotations

import datetime as dt

from tests.conftest import utc
from timeward.domain.clients import ClientProfile
from timeward.domain.meeting_log import Correction, LogEntry, Outcome
from timeward.domain.report import budget_left, build_report, flag_of

MIN = dt.timedelta(minutes=1)


def entry(day: int, client: str = "Acme", late: int | None = 0, over: int = 0, outcome: Outcome | None = None,
          extension: int = 0, **more) -> LogEntry:
    start = utc(2026, 11, day, 9)
    joined = None if late is None else start + late * MIN
    ended = None if late is None else start + (60 + extension + over) * MIN
    return LogEntry(f"u{day}|{start.isoformat()}", f"u{day}", None, "Call", client, start, start + 60 * MIN,
                    joined_at=joined, ended_at=ended, recorded=outcome or (Outcome.HELD if joined else None),
                    extension=extension * MIN, **more)


def test_figures_for_one_client():
    entries = [entry(2, late=5, over=10), entry(3, late=0, over=0, extension=15), entry(4, late=None,
               outcome=Outcome.NO_SHOW), entry(5, late=None, outcome=Outcome.LATE_CANCELLATION),
               entry(6, late=None, outcome=Outcome.CANCELLED), entry(9, late=None), entry(10, late=0, out_of_hours="x")]
    [acme] = build_report(entries, utc(2026, 11, 1), utc(2026, 12, 1), (), dt.UTC)
    # Held: 2 (9:05–10:10, 65), 3 (9:00–10:15, 75), 10 (60) = 200 minutes; 9 nobody answered: missed.
    assert (acme.calls, acme.minutes, acme.late_arrivals, acme.lateness_minutes, acme.overruns, acme.overrun_minutes,
            acme.no_shows, acme.late_cancellations, acme.cancellations, acme.out_of_hours) == (
        3, 200, 1, 5, 1, 10, 1, 1, 1, 1)
    assert acme.average_lateness == 5.0 and not acme.flagged


def test_a_client_is_flagged_by_its_last_30_days():
    late = [entry(d, late=6) for d in (1, 20, 25)]
    [row] = build_report(late, utc(2026, 11, 15), utc(2026, 12, 1), (), dt.UTC)
    assert row.flag == "late_arrivals" and row.late_arrivals == 2  # the period shows two; the 30 days three
    [row] = build_report(late, utc(2026, 11, 1), utc(2026, 12, 15), (), dt.UTC)
    assert not row.flagged  # the 30 days before 15 December hold only two of them
    cancelled = [entry(d, late=None, outcome=Outcome.LATE_CANCELLATION) for d in (3, 4)]
    assert flag_of(cancelled) == "late_cancellations"
    assert flag_of([entry(3, late=0), entry(4, late=0), entry(5, late=0)]) == ""  # on time is not late


def test_the_profile_brings_its_budget_and_rate():
    profile = ClientProfile("Acme", ("acme.example",), hourly_rate=90, monthly_budget=dt.timedelta(hours=6))
    entries = [entry(2, late=0), entry(3, late=0, over=20), entry(30, client="Other", late=0)]
    acme, other = build_report(entries, utc(2026, 11, 1), utc(2026, 12, 1), (profile,), dt.UTC)
    assert (acme.budget_minutes, acme.budget_used_minutes, acme.worth) == (360, 140, 210.0)
    assert (other.budget_minutes, other.worth) == (None, None)
    assert budget_left(profile, entries, utc(2026, 11, 20), dt.UTC) == dt.timedelta(minutes=220)
    assert budget_left(profile, entries, utc(2026, 12, 2), dt.UTC) == dt.timedelta(hours=6)  # a new month


def test_corrections_count_and_the_record_stays():
    wrong = entry(2, late=12)
    moved = Correction("joined_at", utc(2026, 11, 2, 9, 1).isoformat(), utc(2026, 11, 3))
    fixed = LogEntry(**{**{f: getattr(wrong, f) for f in wrong.__slots__}, "corrections": (moved,)})
    [row] = build_report([fixed], utc(2026, 11, 1), utc(2026, 12, 1), (), dt.UTC)
    assert row.lateness_minutes == 1 and fixed.joined_at == utc(2026, 11, 2, 9, 12)
    no_show = LogEntry(**{**{f: getattr(wrong, f) for f in wrong.__slots__},
                          "corrections": (Correction("outcome", "no_show", utc(2026, 11, 3)),)})
    [row] = build_report([no_show], utc(2026, 11, 1), utc(2026, 12, 1), (), dt.UTC)
    assert (row.calls, row.no_shows, row.late_arrivals) == (0, 1, 0)
