"""``timeward followup UID``: the follow-up draft of a call, printed or saved as an .eml file.

The call comes from the cache (or straight from ``--ics``); its agenda is the checklist kept in the
journal when the user ticked or edited it during the call, else the one in its description.
``--covered 1,3`` says which items were covered instead.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from timeward.cli import config as cli_config
from timeward.cli.when import parse_when
from timeward.storage.paths import AppPaths
from timeward.system_zone import local_zone

if TYPE_CHECKING:
    from timeward.domain.model import Occurrence

#: Without --occurrence, the call is looked for in these spans back from now, nearest first: a
#: recurring call's latest occurrence is near, a one-off may be years old (and each span stays
#: small enough for a daily series to be expanded).
LOOK_BACK = (dt.timedelta(days=30), dt.timedelta(days=730), dt.timedelta(days=20 * 365))
#: How far ahead a call is looked for, to say that it has not happened yet.
LOOK_AHEAD = dt.timedelta(days=400)


class FollowupFailed(Exception):
    """A runtime failure of ``followup`` (exit code 1)."""


def find_call(args: argparse.Namespace, now: dt.datetime) -> Occurrence:
    """The occurrence of UID that started at --occurrence, else the latest that has begun, however
    long ago. A call that has not begun yet has nothing to follow up: FollowupFailed."""
    from timeward.cli.reading import read

    zone = local_zone()
    if args.occurrence:
        at = parse_when(args.occurrence, zone)
        found = [o for o in read(args, (at - dt.timedelta(days=1), at + dt.timedelta(days=1)), args.uid)
                 if o.starts_at(zone) == at or o.start == at.astimezone(zone).date()]
        if not found:
            raise FollowupFailed(f"{args.uid}: no occurrence starts at {args.occurrence}")
        if at > now:
            raise FollowupFailed(f"{args.uid}: that occurrence has not happened yet; follow it up after the call")
        return found[0]
    nearer = now + dt.timedelta(minutes=1)
    for back in LOOK_BACK:
        begun = [o for o in read(args, (now - back, nearer), args.uid) if o.starts_at(zone) <= now]
        if begun:
            return begun[-1]
        nearer = now - back
    ahead = read(args, (now, now + LOOK_AHEAD), args.uid)
    if ahead:
        starts = ahead[0].starts_at(zone).astimezone(zone)
        raise FollowupFailed(f"{args.uid}: this call has not happened yet (it starts {starts:%Y-%m-%d %H:%M}); "
                             "its follow-up is drafted after it")
    raise FollowupFailed(f"{args.uid}: no such call")


def run_followup(args: argparse.Namespace, now: dt.datetime) -> int:
    from timeward.domain.checklist import Checklist
    from timeward.domain.followup import followup_draft
    from timeward.domain.mail import eml_bytes
    from timeward.storage.journal import Journal, JournalError
    from timeward.storage.templates import load_followup

    paths = AppPaths.from_environment()
    config = cli_config.load(paths)
    occurrence = find_call(args, now)
    checklist = None
    if not args.ics:
        try:
            with Journal.open(paths.data) as journal:
                if journal.notice:
                    print(f"timeward: {journal.notice}", file=sys.stderr)
                checklist = journal.checklist(occurrence.key)
        except JournalError as error:
            print(f"timeward: {error}; the agenda is read from the event", file=sys.stderr)
    checklist = checklist or Checklist.from_description(occurrence.description)
    if args.covered is not None:
        beyond = sorted(n for n in args.covered if n > len(checklist.items))
        if beyond:
            raise FollowupFailed(f"--covered {beyond[0]}: the call has {len(checklist.items)} agenda item(s)")
        checklist = checklist.with_covered(args.covered)
    profile = config.policy.profile_for(occurrence)  # the client's language and templates
    book, problem = load_followup(args.lang or config.mail_language_for(profile), paths.config,
                                  profile.templates if profile else "")
    if problem:
        print(f"timeward: {problem}", file=sys.stderr)
    draft = followup_draft(occurrence, checklist, book, local_zone(), args.me or config.policy.me,
                           today=now.astimezone(local_zone()).date())
    if args.eml:
        from timeward.storage.atomic import write_atomic

        target = Path(args.eml).expanduser()
        try:
            write_atomic(target, eml_bytes(draft), mode=0o600, make_folders=False)  # a mail is private
        except OSError as error:
            raise FollowupFailed(f"{target}: {error.strerror or error}") from None
        print(f"wrote {target}")
        return 0
    print(f"To: {', '.join(draft.to)}")
    print(f"Subject: {draft.subject}")
    print()
    print(draft.body)
    return 0
