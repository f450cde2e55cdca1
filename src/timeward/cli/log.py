"""``timeward log`` (the meeting log, its notes and corrections) and ``timeward report`` (the
per-client report), read from the journal in the data folder."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from timeward.cli import config as cli_config
from timeward.cli.reading import CommandFailed
from timeward.cli.when import parse_when
from timeward.storage.paths import AppPaths
from timeward.system_zone import local_zone

if TYPE_CHECKING:
    from timeward.storage.meeting_log import MeetingLog

#: The period a listing or a report covers when none is given: the last 30 days.
DEFAULT_PERIOD = dt.timedelta(days=30)


@contextmanager
def _log(create: bool) -> Iterator[MeetingLog | None]:
    """The meeting log (None when there is none yet and ``create`` is false)."""
    from timeward.storage.journal import FILE_NAME, Journal, JournalError
    from timeward.storage.meeting_log import MeetingLog

    paths = AppPaths.from_environment()
    if not create and not (paths.data / FILE_NAME).exists():
        yield None
        return
    try:
        with Journal.open(paths.data) as journal:
            if journal.notice:
                print(f"timeward: {journal.notice}", file=sys.stderr)
            yield MeetingLog(journal)
    except JournalError as error:
        raise CommandFailed(str(error)) from None


def _period(args: argparse.Namespace, now: dt.datetime, zone: dt.tzinfo) -> tuple[dt.datetime, dt.datetime]:
    end = parse_when(args.end, zone) if args.end else now
    start = parse_when(args.start, zone) if args.start else end - DEFAULT_PERIOD
    if start >= end:
        raise argparse.ArgumentTypeError("--from must come before --to")
    return start, end


def run_log(args: argparse.Namespace, now: dt.datetime) -> int:
    if args.log_action == "note":
        return _note(args, now)
    if args.log_action == "correct":
        return _correct(args, now)
    from timeward.storage.meeting_log import entries_csv, entry_json

    zone = local_zone()
    start, end = _period(args, now, zone)
    with _log(create=False) as log:
        entries = log.entries(start, end, args.client) if log is not None else []
    rows = [entry_json(e, zone) for e in entries]
    if args.json:
        json.dump(rows, sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif args.csv:
        sys.stdout.write(entries_csv(rows))
    else:
        for row in rows:
            print(_line(row))
        if not rows:
            print(f"nothing logged from {start.astimezone(zone):%Y-%m-%d} to {end.astimezone(zone):%Y-%m-%d}")
    return 0


def _line(row: dict) -> str:
    when = dt.datetime.fromisoformat(row["scheduled_start"])
    parts = [f"{when:%Y-%m-%d %H:%M}", row["client"], row["summary"], row["outcome"].replace("_", " ")]
    if row["lateness_minutes"]:
        parts.append(f"{row['lateness_minutes']} min late")
    if row["overrun_minutes"]:
        parts.append(f"overran {row['overrun_minutes']} min")
    if row["out_of_hours"]:
        parts.append("out of hours")
    if row["corrections"]:
        parts.append("corrected")
    return "  ".join(parts)


def _key(log: MeetingLog, args: argparse.Namespace, zone: dt.tzinfo) -> str:
    try:
        return log.find(args.uid, parse_when(args.occurrence, zone) if args.occurrence else None)
    except KeyError:
        raise CommandFailed(f"the log has no call {args.uid!r}"
                            + (f" at {args.occurrence}" if args.occurrence else "")) from None


def _note(args: argparse.Namespace, now: dt.datetime) -> int:
    with _log(create=True) as log:
        assert log is not None
        key = _key(log, args, local_zone())
        log.add_note(key, " ".join(args.text.split()), now)
    print(f"note added to {args.uid}")
    return 0


def _correct(args: argparse.Namespace, now: dt.datetime) -> int:
    zone = local_zone()
    if args.joined_at is not None:
        field, value = "joined_at", parse_when(args.joined_at, zone).isoformat()
    elif args.ended_at is not None:
        field, value = "ended_at", parse_when(args.ended_at, zone).isoformat()
    else:
        field, value = "outcome", args.outcome
    with _log(create=True) as log:
        assert log is not None
        key = _key(log, args, zone)
        log.correct(key, field, value, now)
    shown = dt.datetime.fromisoformat(value).astimezone(zone).isoformat() if field != "outcome" else value
    print(f"{field.replace('_', ' ')} of {args.uid} corrected to {shown} (what was recorded is kept)")
    return 0


def run_report(args: argparse.Namespace, now: dt.datetime) -> int:
    from timeward.domain.report import build_report, reach
    from timeward.storage.meeting_log import entries_csv

    zone = local_zone()
    start, end = _period(args, now, zone)
    config = cli_config.load(AppPaths.from_environment())
    with _log(create=False) as log:
        entries = log.entries(reach(start, end, zone), end, agenda=False) if log is not None else []
    rows = [f.as_json() for f in build_report(entries, start, end, config.policy.clients, zone)]
    if args.json:
        json.dump({"from": start.astimezone(zone).isoformat(), "to": end.astimezone(zone).isoformat(),
                   "clients": rows}, sys.stdout, ensure_ascii=False, indent=2)
        print()
    elif args.csv:
        sys.stdout.write(entries_csv(rows))
    else:
        print(f"{start.astimezone(zone):%Y-%m-%d} to {end.astimezone(zone):%Y-%m-%d}")
        for row in rows:
            flag = "  FLAGGED: " + str(row["flag"]).replace("_", " ") if row["flagged"] else ""
            print(f"{row['client']}: {row['calls']} calls, {row['minutes']} min, {row['late_arrivals']} late "
                  f"({row['lateness_minutes']} min), {row['overruns']} overruns ({row['overrun_minutes']} min), "
                  f"{row['no_shows']} no-shows, {row['late_cancellations']} late cancellations{flag}")
        if not rows:
            print("nothing logged in this period")
    return 0
