"""Cancellations seen by `timeward sync` against a real Radicale: logged once, late or not by the
notice given; a move is not a cancellation; a calendar that fails or is gone cancels nothing."""

from __future__ import annotations

import datetime as dt
import io
import json

import pytest

from tests.sync.conftest import PASSWORD, USER, event
from timeward.cli import main as cli
from timeward.storage.journal import Journal
from timeward.storage.paths import AppPaths

NOW = dt.datetime.now(dt.UTC).replace(second=0, microsecond=0)
PERSON = "ORGANIZER:mailto:ana@acme.example\r\n"
MIN = dt.timedelta(minutes=1)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def put(radicale, uid: str, start: dt.datetime, extra: str = "", minutes: int = 30) -> None:
    radicale.http("PUT", f"/{USER}/work/{uid}.ics", event(uid, start, minutes, summary=uid, extra=PERSON + extra))


def log(capsys) -> dict[str, dict]:
    code, out, _ = run(capsys, "log", "--from", (NOW - dt.timedelta(days=1)).isoformat(),
                       "--to", (NOW + dt.timedelta(days=30)).isoformat(), "--json")
    assert code == 0
    return {row["uid"]: row for row in json.loads(out)}


@pytest.fixture
def account(radicale, capsys, monkeypatch):
    radicale.calendar("work", "Work")
    paths = AppPaths.from_environment()
    paths.ensure(paths.config)
    paths.settings_file.write_text('[[clients]]\nname = "Acme"\nmatch = ["acme.example"]\nnotice_hours = 48\n'
                                   'fee_line = "Sessions cancelled with less than 48 hours\' notice are charged."\n',
                                   encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code, _, err = run(capsys, "calendars", "add", "caldav", radicale.url, "--user", USER, "--password-stdin")
    assert code == 0, err
    return radicale


def test_removed_and_cancelled_calls_are_logged_once_by_the_notice_given(account, capsys):
    put(account, "soon", NOW + dt.timedelta(hours=5))
    put(account, "later", NOW + dt.timedelta(days=4))
    put(account, "marked", NOW + dt.timedelta(hours=30))
    put(account, "moved", NOW + dt.timedelta(hours=3))
    assert run(capsys, "sync")[0] == 0
    assert log(capsys) == {}  # nothing happened yet

    account.http("DELETE", f"/{USER}/work/soon.ics")
    account.http("DELETE", f"/{USER}/work/later.ics")
    put(account, "marked", NOW + dt.timedelta(hours=30), extra="STATUS:CANCELLED\r\n")
    put(account, "moved", NOW + dt.timedelta(hours=6))
    before = dt.datetime.now(dt.UTC)
    code, out, _ = run(capsys, "sync")
    after = dt.datetime.now(dt.UTC)
    assert code == 0 and "soon was cancelled (late cancellation)" in out
    entries = log(capsys)
    assert set(entries) == {"soon", "later", "marked"}  # a move is not a cancellation
    assert entries["soon"]["outcome"] == "late_cancellation" and entries["soon"]["client"] == "Acme"
    soon = NOW + dt.timedelta(hours=5)  # its notice: from the moment the sync saw it gone
    assert (soon - after).total_seconds() // 60 <= entries["soon"]["notice_minutes"] <= (soon - before) / MIN
    assert entries["marked"]["outcome"] == "late_cancellation"  # 30 h < the profile's 48 h
    assert entries["later"]["outcome"] == "cancelled"  # four days' notice is enough

    with Journal.open(AppPaths.from_environment().data) as journal:
        notes = {d.meeting: d.draft for d in journal.waiting_drafts() if d.kind == "late_cancellation"}
    assert set(notes) == {"soon", "marked"}  # a note to send for each late one, none for "later"
    assert notes["soon"].to == ("ana@acme.example",)
    assert "less than 48 hours' notice are charged" in notes["soon"].body

    put(account, "marked", NOW + dt.timedelta(hours=30), extra="STATUS:CANCELLED\r\nDESCRIPTION:again\r\n")
    run(capsys, "sync")
    assert len(log(capsys)) == 3  # once each, whatever later syncs bring


def test_an_instance_taken_out_of_a_series_is_a_cancellation(account, capsys):
    start = NOW + dt.timedelta(hours=2)
    put(account, "daily", start, extra="RRULE:FREQ=DAILY;COUNT=5\r\n")
    run(capsys, "sync")
    second = start + dt.timedelta(days=1)
    put(account, "daily", start, extra=f"RRULE:FREQ=DAILY;COUNT=5\r\nEXDATE:{second:%Y%m%dT%H%M%SZ}\r\n")
    run(capsys, "sync")
    [entry] = log(capsys).values()
    assert entry["recurrence_id"] is not None and entry["outcome"] == "late_cancellation"
    assert dt.datetime.fromisoformat(entry["scheduled_start"]) == second


def test_a_calendar_gone_from_the_server_or_failing_cancels_nothing(account, capsys):
    put(account, "soon", NOW + dt.timedelta(hours=5))
    run(capsys, "sync")
    account.stop()  # the server is down: the sync fails and the cache keeps the calendar
    assert run(capsys, "sync")[0] == 1
    assert log(capsys) == {}


def test_a_deleted_calendar_is_not_a_cancellation_and_keeps_its_log(account, capsys):
    put(account, "soon", NOW + dt.timedelta(hours=5))
    put(account, "earlier", NOW - dt.timedelta(minutes=20), minutes=60)
    run(capsys, "sync")
    assert run(capsys, "call", "joined", "earlier", "--at", (NOW - dt.timedelta(minutes=18)).isoformat())[0] == 0
    account.http("DELETE", f"/{USER}/work/")
    run(capsys, "sync")  # its changes are asked for: 404
    assert {uid: e["outcome"] for uid, e in log(capsys).items()} == {"earlier": "held"}
    run(capsys, "sync", "--relist")  # the account no longer lists it
    entries = log(capsys)
    assert list(entries) == ["earlier"] and entries["earlier"]["lateness_minutes"] == 2  # its log stays


def test_a_call_booked_out_of_hours_or_past_the_budget_is_told_once(account, capsys):
    from timeward.storage.settings import load

    paths = AppPaths.from_environment()
    paths.settings_file.write_text(paths.settings_file.read_text(encoding="utf-8").replace(
        "[[clients]]", "[hours]\nmonday = \"00:00-00:01\"\ntuesday = \"00:00-00:01\"\nwednesday = \"00:00-00:01\"\n"
        "thursday = \"00:00-00:01\"\nfriday = \"00:00-00:01\"\n\n[[clients]]\nmonthly_budget_hours = 1", 1),
        encoding="utf-8")
    assert not load(paths.settings_file).problems
    run(capsys, "sync")
    start = NOW + dt.timedelta(days=1, hours=1)
    if start.month != (start + dt.timedelta(hours=2)).month:
        start += dt.timedelta(hours=3)  # both calls in one month
    put(account, "first", start, minutes=45)
    put(account, "second", start + dt.timedelta(hours=1), minutes=45)
    code, out, _ = run(capsys, "sync", "--json")
    notices = json.loads(out)["notices"]
    assert {n["key"].split("|")[0] for n in notices if n["kind"] == "out_of_hours"} == {"first", "second"}
    [over] = [n for n in notices if n["kind"] == "over_budget"]
    assert (over["client"], over["used"], over["budget"]) == ("Acme", 90, 60)
    put(account, "second", start + dt.timedelta(hours=1), minutes=45, extra="DESCRIPTION:changed\r\n")
    code, out, _ = run(capsys, "sync", "--json")
    assert json.loads(out)["notices"] == []  # told once
