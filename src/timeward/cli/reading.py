"""What the commands share: reading occurrences for a window (from ``--ics``, else the synced cache
and the local calendar files), their one start order, and the failure that is one line on stderr.

It never imports PySide6, and imports the calendar stack only when it must parse ICS, so that
``timeward status`` stays fast for status bars.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from typing import TYPE_CHECKING

from timeward.cli import config as cli_config
from timeward.storage import settings
from timeward.storage.paths import AppPaths
from timeward.system_zone import local_zone

if TYPE_CHECKING:
    from timeward.domain.guard import CallGuard, CallView
    from timeward.domain.model import Occurrence


class CommandFailed(Exception):
    """A runtime failure: printed as one line on stderr, exit code 1."""


def read(args: argparse.Namespace, window: tuple[dt.datetime, dt.datetime], uid: str | None = None
          ) -> list[Occurrence]:
    """Occurrences from ``--ics``, else the synced cache and the local calendar files (with
    ``uid``, only that event's: a wide window is then cheap); problems go to stderr."""
    paths = AppPaths.from_environment()
    config = cli_config.load(paths)
    me = args.me or list(config.policy.me)
    found = [] if args.ics else _cached(paths, config, window, me, uid)
    files = args.ics or [str(p) for p in paths.local_calendar_files()]
    if not files:
        return _with_own_links(found, config)
    from timeward.calendars.ics_sources import read_sources  # the calendar stack, only when needed

    read, failures = read_sources(files, window, local_zone(), me)
    for problem in read.problems:
        if uid is None or problem.uid == uid:
            print(f"timeward: {problem}", file=sys.stderr)
    if failures:
        raise CommandFailed("; ".join(failures))
    from timeward.domain.model import start_order

    chosen = (o for o in read.occurrences if uid is None or o.uid == uid)
    return _with_own_links(sorted([*found, *chosen], key=start_order(local_zone())), config)


def _with_own_links(occurrences: list[Occurrence], config: settings.Settings) -> list[Occurrence]:
    """Each call's link of the user's own meeting services ([[meeting_services]]), where it has one."""
    if not config.meeting_services:
        return occurrences
    import dataclasses

    from timeward.calendars.joinlinks import own_link

    return [dataclasses.replace(o, join_url=own_link(o.join_url, (o.location, o.description),
                                                     config.meeting_services)) for o in occurrences]


def live_facts(paths: AppPaths, at: dt.datetime) -> dict[str, dict]:
    """The answers the meeting log holds for the calls under way, as the tray restores them; none
    when there is no journal (a problem reading it is one line on stderr: the phase is still shown,
    as if nothing were answered)."""
    from timeward.storage.journal import Journal, JournalError
    from timeward.storage.meeting_log import MeetingLog

    journal = Journal.open_for_reading(paths.data)
    if journal is None:
        return {}
    with journal:
        try:
            return MeetingLog(journal).live_facts(at)
        except JournalError as error:
            print(f"timeward: {error}", file=sys.stderr)
            return {}


def named_calls(guard: CallGuard, uid: str, occurrence: str | None, at: dt.datetime, zone: dt.tzinfo,
                searched: str) -> list[CallView]:
    """The calls of event ``uid`` the guard follows (the one starting at ``occurrence`` when given),
    by start; CommandFailed naming where they were ``searched`` when there is none."""
    from timeward.cli.when import parse_when

    wanted = parse_when(occurrence, zone) if occurrence else None
    views = sorted((guard.view(o.key, at) for o, _facts in guard.records_facts()), key=lambda v: v.start)
    found = [v for v in views if v.occurrence.uid == uid and (wanted is None or v.start == wanted)]
    if not found:
        raise CommandFailed(f"no call {uid!r}" + (f" at {occurrence}" if wanted else "") + f" {searched}")
    return found


def _cached(paths: AppPaths, config: settings.Settings, window: tuple[dt.datetime, dt.datetime],
            me: list[str], uid: str | None = None) -> list[Occurrence]:
    """The synced sources' occurrences overlapping ``window``, from the cache."""
    if not config.sources:
        return []
    from timeward.storage.cache import CacheError
    from timeward.sync.agenda import read_window

    try:
        occurrences, problems = read_window(paths, config.sources, window, local_zone(), me, uid)
    except CacheError as error:  # not even its readable copy: nothing can be shown from it
        raise CommandFailed(str(error)) from None
    for problem in problems:
        print(f"timeward: {problem}", file=sys.stderr)
    return occurrences
