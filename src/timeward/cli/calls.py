"""``timeward call joined|end|extend N|no-show|undo``: the tray's buttons on the command line.

The answer goes through the same guard and the same log writer as the tray's, at the moment
given (``--at``, else now), and the tray is told to read the facts again. Without a UID it acts
on the call the tray shows first (the most urgent one under way), else on the next one to begin.
"""

from __future__ import annotations

import argparse
import datetime as dt

from timeward.cli import config as cli_config
from timeward.cli.reading import CommandFailed, named_calls, read
from timeward.cli.when import parse_when
from timeward.domain.guard import CallGuard, CallView
from timeward.domain.phases import Phase
from timeward.storage.paths import AppPaths
from timeward.system_zone import local_zone

#: The calls an answer may be about: begun up to this long ago, or beginning within the day.
BEFORE, AFTER = dt.timedelta(hours=12), dt.timedelta(days=1)
#: "They joined" before the start is about a call that begins this soon.
SOON = dt.timedelta(minutes=15)


def _chosen(guard: CallGuard, args: argparse.Namespace, at: dt.datetime, zone: dt.tzinfo) -> CallView:
    if args.uid is None:
        return _current(guard, args.action, at)
    found = named_calls(guard, args.uid, args.occurrence, at, zone, "around this time")
    begun = [v for v in found if v.start <= at]
    return begun[-1] if begun else found[0]


def _current(guard: CallGuard, action: str, at: dt.datetime) -> CallView:
    """The call an answer without a UID is about: for *undo*, the latest no-show; else the one
    the tray shows first, or for *joined* one that begins within SOON."""
    if action == "undo":
        views = sorted((guard.view(o.key, at) for o, _facts in guard.records_facts()), key=lambda v: v.start)
        undone = [v for v in views if v.phase is Phase.NO_SHOW]
        if undone:
            return undone[-1]
        raise CommandFailed("no no-show to undo; name the call by its UID")
    state = guard.state(at)
    if state.focus is not None:
        return state.focus
    following = state.next_call
    if following is not None and action == "joined" and following.start - at <= SOON:
        return guard.view(following.key, at)
    raise CommandFailed("no call is under way; name one by its UID")


def _act(guard: CallGuard, view: CallView, args: argparse.Namespace, at: dt.datetime) -> str:
    key, summary = view.key, view.occurrence.summary
    if args.action == "joined":
        guard.joined(key, at)
        late = int(max(at - view.start, dt.timedelta(0)).total_seconds() // 60)
        return f"joined: {summary}" + (f" ({late} min late)" if late else "")
    if args.action == "end":
        if at < view.start:
            raise CommandFailed(f"{summary!r} has not begun yet")
        guard.end_call(key, at)
        return f"ended: {summary}"
    if args.action == "extend":
        guard.extend(key, args.minutes)
        return f"extended: {summary} by {args.minutes} min, to {guard.view(key, at).end.astimezone(local_zone()):%H:%M}"
    if args.action == "no-show":
        if at < view.start:
            raise CommandFailed(f"{summary!r} has not begun yet: a call is a no-show only once it should have")
        try:
            guard.record_no_show(key, at)
        except ValueError as error:
            raise CommandFailed(f"{summary!r}: {error}") from None
        return f"no-show recorded: {summary}"
    if view.phase is not Phase.NO_SHOW:
        raise CommandFailed(f"{summary!r} has no no-show to undo")
    guard.undo_no_show(key)
    return f"no-show undone: {summary}"


def run_call(args: argparse.Namespace, now: dt.datetime) -> int:
    from timeward.storage import live_state
    from timeward.storage.journal import Journal, JournalError
    from timeward.storage.meeting_log import LogRules, MeetingLog

    zone = local_zone()
    at = parse_when(args.at, zone) if args.at else now
    paths = AppPaths.from_environment()
    config = cli_config.load(paths)
    occurrences = read(args, (at - BEFORE, at + AFTER))
    guard = CallGuard(config.policy)
    try:
        with Journal.open(paths.data) as journal:
            log = MeetingLog(journal)
            guard.restore_facts(log.live_facts(at))
            guard.set_occurrences(occurrences, at)
            view = _chosen(guard, args, at, zone)
            said = _act(guard, view, args, at)
            guard.step(at)
            log.save_guard(guard, at, LogRules(config, zone))
            if args.action == "undo":
                journal.discard_draft(view.key, "no_show")
    except JournalError as error:
        raise CommandFailed(str(error)) from None
    live_state.announce(paths.ensure(paths.runtime), now)
    print(said)
    return 0
