"""The headless commands (DESIGN.md: the command line is a contract).

Exit codes: 0 on success, 1 on a runtime failure (one-line reason on stderr), 2 on bad usage.
This module never imports PySide6, and imports the calendar stack only when it must parse ICS,
so that ``timeward status`` stays fast for status bars.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from timeward import cli_config
from timeward.cli_args import build_parser
from timeward.cli_time import parse_when
from timeward.domain.clock import SystemClock
from timeward.storage import settings
from timeward.storage.paths import AppPaths
from timeward.system_zone import local_zone

if TYPE_CHECKING:  # each command imports what it needs itself: `sync` has no use for the guard
    from timeward.domain.guard import CallView
    from timeward.domain.model import Occurrence


class CommandFailed(Exception):
    """A runtime failure: printed as one line on stderr, exit code 1."""


def _read(args: argparse.Namespace, window: tuple[dt.datetime, dt.datetime], uid: str | None = None
          ) -> list[Occurrence]:
    """Occurrences from ``--ics``, else the synced cache and the local calendar files (with
    ``uid``, only that event's: a wide window is then cheap); problems go to stderr."""
    paths = AppPaths.from_environment()
    config = cli_config.load(paths)
    me = args.me or list(config.policy.me)
    found = [] if args.ics else _cached(paths, config, window, me, uid)
    files = args.ics or [str(p) for p in paths.local_calendar_files()]
    if not files:
        return found
    from timeward.calendars.ics_sources import read_sources  # the calendar stack, only when needed

    read, failures = read_sources(files, window, local_zone(), me)
    for problem in read.problems:
        if uid is None or problem.uid == uid:
            print(f"timeward: {problem}", file=sys.stderr)
    if failures:
        raise CommandFailed("; ".join(failures))
    return sorted([*found, *(o for o in read.occurrences if uid is None or o.uid == uid)], key=_start_order)


def _start_order(occurrence: Occurrence) -> tuple[dt.datetime, str]:
    start = occurrence.start
    if not isinstance(start, dt.datetime):
        start = dt.datetime.combine(start, dt.time(), local_zone())
    return start.astimezone(dt.UTC), occurrence.key


def _cached(paths: AppPaths, config: settings.Settings, window: tuple[dt.datetime, dt.datetime],
            me: list[str], uid: str | None = None) -> list[Occurrence]:
    """The synced sources' occurrences overlapping ``window``, from the cache."""
    if not config.sources:
        return []
    from timeward.storage.cache import CacheError
    from timeward.synced_agenda import read_window

    try:
        occurrences, problems = read_window(paths, config.sources, window, local_zone(), me, uid)
    except CacheError as error:  # not even its readable copy: nothing can be shown from it
        raise CommandFailed(str(error)) from None
    for problem in problems:
        print(f"timeward: {problem}", file=sys.stderr)
    return occurrences


def run_agenda(args: argparse.Namespace, now: dt.datetime) -> int:
    zone = local_zone()
    start = parse_when(args.start, zone) if args.start else now
    end = parse_when(args.end, zone) if args.end else start + dt.timedelta(days=7)
    if end <= start:
        raise argparse.ArgumentTypeError("--to must be later than --from")  # bad usage: exit 2
    occurrences = [o for o in _read(args, (start, end)) if args.all or not (o.cancelled or o.declined)]
    if args.json:
        from timeward.domain.occurrence_json import to_json

        json.dump([to_json(o, zone) for o in occurrences], sys.stdout, ensure_ascii=False, indent=2)
        print()
        return 0
    for occurrence in occurrences:
        print(_line(occurrence, zone))
    return 0


def _line(occurrence: Occurrence, zone: dt.tzinfo) -> str:
    if isinstance(occurrence.start, dt.datetime) and isinstance(occurrence.end, dt.datetime):
        start, end = occurrence.start.astimezone(zone), occurrence.end.astimezone(zone)
        when = f"{start:%a %Y-%m-%d %H:%M}–{end:%H:%M}"
    else:
        when = f"{occurrence.start:%a %Y-%m-%d} (all day)"
    flags = [f for f, on in (("cancelled", occurrence.cancelled), ("declined", occurrence.declined)) if on]
    flags.extend(occurrence.notes)
    extra = f"  [{'; '.join(flags)}]" if flags else ""
    link = f"  {occurrence.join_url}" if occurrence.join_url else ""
    return f"{when}  {occurrence.summary or '(no title)'}{extra}{link}"


def _call_json(view: CallView, zone: dt.tzinfo) -> dict[str, Any]:
    from timeward.domain.occurrence_json import to_json

    return {**to_json(view.occurrence, zone), "phase": view.phase.value,
            "seconds_left": int(view.remaining.total_seconds()),
            "seconds_waited": int(view.waited.total_seconds()) if view.joined_at is None else None,
            "next_appointment": view.next_appointment.summary if view.next_appointment else None}


def _sync_health(paths: AppPaths, now: dt.datetime, zone: dt.tzinfo) -> dict[str, Any] | None:
    """What the tray shows of the sync, for a status bar: the last good sync (the oldest of the
    sources'), whether it is stale, and what fails; None with no synced sources."""
    from timeward.source_status import is_stale, last_good_sync, problems, read_rows

    if not cli_config.load(paths).sources:
        return None
    rows, problem = read_rows(paths)
    good = last_good_sync(rows)
    return {"last_good": good.astimezone(zone).isoformat() if good else None,
            "stale": is_stale(rows, now), "failing": [*([problem] if problem else []), *problems(rows)]}


def run_status(args: argparse.Namespace, now: dt.datetime) -> int:
    from timeward.domain.guard import CallGuard
    from timeward.domain.occurrence_json import to_json
    from timeward.storage import live_state

    zone = local_zone()
    at = parse_when(args.at, zone) if args.at else now
    occurrences = _read(args, (at - dt.timedelta(hours=9), at + dt.timedelta(days=2)))
    paths = AppPaths.from_environment()
    guard = CallGuard(cli_config.load(paths).policy)
    if not args.ics:
        guard.restore_facts(live_state.load_facts(paths.runtime))
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
        print(f"next: {_line(state.next_call, zone)}")
    return 0


def main(argv: Sequence[str] | None = None, parsed: argparse.Namespace | None = None) -> int:
    parser = build_parser()
    args = parsed if parsed is not None else parser.parse_args(argv)
    if args.command in ("calendars", "sync"):
        from timeward import cli_sources

        run = cli_sources.run_calendars if args.command == "calendars" else cli_sources.run_sync
        failures: tuple[type[Exception], ...] = (CommandFailed, cli_sources.SourceCommandFailed,
                                                 cli_sources.CacheError)
    elif args.command == "followup":
        from timeward import cli_followup

        run, failures = cli_followup.run_followup, (CommandFailed, cli_followup.FollowupFailed)
    else:
        run = {"agenda": run_agenda, "status": run_status}[args.command]
        failures = (CommandFailed,)
    failures = (*failures, cli_config.ConfigFailed)
    from timeward.cli_text import VisibleStream

    # What a terminal shows is made inert; JSON is left whole (its readers are programs).
    streams = sys.stdout, sys.stderr
    if not getattr(args, "json", False):
        sys.stdout = VisibleStream(sys.stdout)
    sys.stderr = VisibleStream(sys.stderr)
    try:
        return run(args, SystemClock().now())
    except argparse.ArgumentTypeError as error:
        parser.error(str(error))
    except failures as error:
        print(f"timeward: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:  # Ctrl-C: one line; every write so far was whole or undone
        print("timeward: interrupted", file=sys.stderr)
        return 130
    finally:
        sys.stdout, sys.stderr = streams
    return 0
