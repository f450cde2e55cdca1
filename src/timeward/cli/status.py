"""``timeward status``: the current phase, the current call and the next one, and how the sync
is, for status bars (which run it every few seconds: it loads neither Qt nor the calendar stack)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from typing import TYPE_CHECKING, Any

from timeward.cli import config as cli_config
from timeward.cli.agenda import line
from timeward.cli.reading import live_facts, read
from timeward.cli.when import parse_when
from timeward.storage.paths import AppPaths
from timeward.system_zone import local_zone

if TYPE_CHECKING:
    from timeward.domain.guard import CallView


def _call_json(view: CallView, zone: dt.tzinfo) -> dict[str, Any]:
    from timeward.domain.occurrence_json import to_json

    return {**to_json(view.occurrence, zone), "phase": view.phase.value,
            "seconds_left": int(view.remaining.total_seconds()),
            "seconds_waited": int(view.waited.total_seconds()) if view.joined_at is None else None,
            "next_appointment": view.next_appointment.summary if view.next_appointment else None}


def _sync_health(paths: AppPaths, now: dt.datetime, zone: dt.tzinfo) -> dict[str, Any] | None:
    """What the tray shows of the sync, for a status bar: the last good sync (the oldest of the
    sources'), whether it is stale, and what fails; None with no synced sources."""
    from timeward.sync.status import is_stale, last_good_sync, problems, read_rows

    if not cli_config.load(paths).sources:
        return None
    rows, problem = read_rows(paths)
    good = last_good_sync(rows)
    return {"last_good": good.astimezone(zone).isoformat() if good else None,
            "stale": is_stale(rows, now), "failing": [*([problem] if problem else []), *problems(rows)]}


def run_status(args: argparse.Namespace, now: dt.datetime) -> int:
    from timeward.domain.guard import CallGuard
    from timeward.domain.occurrence_json import to_json

    zone = local_zone()
    at = parse_when(args.at, zone) if args.at else now
    occurrences = read(args, (at - dt.timedelta(hours=9), at + dt.timedelta(days=2)))
    paths = AppPaths.from_environment()
    guard = CallGuard(cli_config.load(paths).policy)
    if not args.ics:
        guard.restore_facts(live_facts(paths, at))
    guard.set_occurrences(occurrences, at)
    state = guard.state(at)
    focus = state.focus
    if args.json:
        json.dump({"at": at.astimezone(zone).isoformat(), "phase": focus.phase.value if focus else "idle",
                   "call": _call_json(focus, zone) if focus else None,
                   "next": to_json(state.next_call, zone) if state.next_call else None,
                   "sync": None if args.ics else _sync_health(paths, now, zone)},
                  sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    if focus:
        minutes = int(focus.remaining.total_seconds() // 60)
        print(f"{focus.phase.value}: {focus.occurrence.summary} ({minutes} min to the end)")
    else:
        print("idle")
    if state.next_call:
        print(f"next: {line(state.next_call, zone)}")
    return 0
