"""``timeward phrase MOMENT [UID]``: the sentence to say or send at a moment of a call, as the tray
shows it — the current call, else the next one, unless a UID names another — in the language
of the call's client (``--lang`` chooses another). ``before`` prints the reminder mail to send."""

from __future__ import annotations

import argparse
import datetime as dt
import sys

from timeward.cli import config as cli_config
from timeward.cli.reading import CommandFailed, live_facts, named_calls, read
from timeward.domain.guard import CallGuard, CallView
from timeward.storage.paths import AppPaths
from timeward.storage.settings import Settings
from timeward.system_zone import local_zone

#: The calls a sentence may be about: begun up to this long ago, or beginning within two weeks.
BEFORE, AFTER = dt.timedelta(hours=12), dt.timedelta(days=14)
#: A call named by its UID is looked for this far either way.
NAMED = dt.timedelta(days=90)


def _call(guard: CallGuard, args: argparse.Namespace, now: dt.datetime, zone: dt.tzinfo) -> CallView:
    if args.uid is None:
        state = guard.state(now)
        if state.focus is not None:
            return state.focus
        if state.next_call is not None:
            return guard.view(state.next_call.key, now)
        raise CommandFailed("no call is under way or ahead in the next two weeks; name one by its UID")
    found = named_calls(guard, args.uid, args.occurrence, now, zone, "in the 90 days either side of now")
    ahead = [v for v in found if v.end > now]
    return ahead[0] if ahead else found[-1]


def run_phrase(args: argparse.Namespace, now: dt.datetime) -> int:
    from timeward.domain import boundary, phrases
    from timeward.storage.templates import load_followup, load_phrases

    zone = local_zone()
    paths = AppPaths.from_environment()
    config = cli_config.load(paths)
    guard = CallGuard(config.policy)
    if not args.ics:
        guard.restore_facts(live_facts(paths, now))
    if args.uid is None:
        occurrences = read(args, (now - BEFORE, now + AFTER))
    else:  # one event's: a wide window is cheap
        occurrences = read(args, (now - NAMED, now + NAMED), uid=args.uid)
    guard.set_occurrences(occurrences, now)
    view = _call(guard, args, now, zone)
    profile = config.policy.profile_for(view.occurrence)
    templates = profile.templates if profile else ""
    book, problem = load_phrases(args.lang or config.mail_language_for(profile), paths.config, templates)
    if problem:
        print(f"timeward: {problem}", file=sys.stderr)
    if args.moment == "start":
        print(boundary.start_sentence(book, view.start, view.end, view.next_appointment, zone, config.buffer))
    elif args.moment == "waiting":
        print(boundary.waiting_sentence(book, view.wait_limit_at, max(now, view.start), zone))
    elif args.moment == "out-of-hours":
        print(phrases.out_of_hours_reply(book, config.hours.ranges()))
    elif args.moment == "budget":
        print(phrases.over_budget_reply(book, *_budget(paths, config, view, zone)))
    else:
        mail, _problem = load_followup(book.language, paths.config, templates)
        terms = boundary.Terms(config.notice_for(profile), config.fee_line_for(profile))
        from timeward.domain.agenda import parse_agenda

        draft = boundary.before_reminder(view.occurrence, parse_agenda(view.occurrence.description), book, mail,
                                         zone, args.me or config.policy.me, terms)
        print(f"To: {', '.join(draft.to)}")
        print(f"Subject: {draft.subject}")
        print()
        print(draft.body)
    return 0


def _budget(paths: AppPaths, config: Settings, view: CallView, zone: dt.tzinfo) -> tuple[dt.timedelta, dt.timedelta]:
    """(used this month, with this call; the budget) of the call's client."""
    from timeward.domain.report import budget_used, month_of
    from timeward.storage.journal import Journal
    from timeward.storage.meeting_log import MeetingLog

    profile = config.policy.profile_for(view.occurrence)
    if profile is None or profile.monthly_budget is None:
        raise CommandFailed(f"{view.occurrence.summary!r}: its client has no monthly budget (monthly_budget_hours "
                            "in its [[clients]] profile)")
    journal = Journal.open_for_reading(paths.data)
    entries = []
    if journal is not None:
        with journal:
            entries = MeetingLog(journal).entries(*month_of(view.start, zone), profile.name, agenda=False)
    logged = any(e.key == view.key for e in entries)
    used = budget_used(profile, entries, view.start, zone) + (dt.timedelta(0) if logged else view.end - view.start)
    return used, profile.monthly_budget
