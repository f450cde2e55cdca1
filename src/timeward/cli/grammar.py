"""The command line's grammar (the command line is a contract: scripts and status bars rely on it).

Kept apart from the commands so that parsing the arguments of the tray app imports nothing else.
"""

from __future__ import annotations

import argparse

from timeward import __version__


def covered_numbers(text: str) -> set[int]:
    """``--covered 1,3`` as {1, 3}; ArgumentTypeError for anything but positive whole numbers."""
    try:
        numbers = {int(part) for part in text.split(",") if part.strip()}
    except ValueError:
        raise argparse.ArgumentTypeError(f"item numbers such as 1,3, not {text!r}") from None
    if any(n < 1 for n in numbers):
        raise argparse.ArgumentTypeError("item numbers start at 1")
    return numbers


def minutes(text: str) -> int:
    """A whole number of minutes, from 1 to 480."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"a whole number of minutes, not {text!r}") from None
    if not 1 <= value <= 480:
        raise argparse.ArgumentTypeError("from 1 to 480 minutes")
    return value


def given(text: str) -> str:
    """A value that must say something: an empty one is bad usage, not "not given"."""
    if not text.strip():
        raise argparse.ArgumentTypeError("an empty value is not allowed here")
    return text


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeward", description="A tray timer that guards your time on calls. "
                                     "With no command, the tray app starts.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true", help="start the tray app on a generated demo calendar")
    parser.add_argument("--background", action="store_true",
                        help="start the tray app without showing a window (as at login)")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def sources(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--ics", nargs="+", action="extend", default=[], metavar="FILE_OR_URL",
                         help="read these .ics files or https/webcal URLs instead of your calendars")
        sub.add_argument("--me", nargs="+", action="extend", default=[], metavar="ADDRESS",
                         help="your own e-mail addresses, to recognise invitations you declined "
                              "(default: the configured ones)")
        sub.add_argument("--json", action="store_true", help="print JSON")

    def period(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--from", dest="start", metavar="D", type=given, help="from this date or date-time")
        sub.add_argument("--to", dest="end", metavar="D", type=given, help="up to this date or date-time")
        formats = sub.add_mutually_exclusive_group()
        formats.add_argument("--json", action="store_true", help="print JSON")
        formats.add_argument("--csv", action="store_true", help="print CSV")

    agenda = commands.add_parser("agenda", help="list occurrences in a window (default: now to 7 days ahead)")
    agenda.add_argument("--from", dest="start", metavar="D", type=given, help="start of the window (date or date-time)")
    agenda.add_argument("--to", dest="end", metavar="D", type=given, help="end of the window (date or date-time)")
    agenda.add_argument("--all", action="store_true", help="include cancelled and declined occurrences")
    sources(agenda)
    status = commands.add_parser("status", help="the current phase, the current call and the next one")
    status.add_argument("--at", metavar="DATETIME", type=given, help="as if it were this moment")
    sources(status)

    followup = commands.add_parser("followup", help="the follow-up mail draft for a call: printed, or saved as .eml")
    followup.add_argument("uid", metavar="UID", help="the event's UID (as `agenda --json` prints it)")
    followup.add_argument("--occurrence", metavar="START", type=given,
                          help="which occurrence of a recurring event: its start (default: the latest begun)")
    followup.add_argument("--ics", nargs="+", action="extend", default=[], metavar="FILE_OR_URL",
                          help="read the call from these .ics files or https/webcal URLs instead of your calendars")
    followup.add_argument("--me", nargs="+", action="extend", default=[], metavar="ADDRESS",
                          help="your own e-mail addresses, left out of the recipients (default: the configured ones)")
    followup.add_argument("--covered", type=covered_numbers, metavar="N,...",
                          help="the agenda items (numbered from 1) that were covered; the others are listed as open")
    followup.add_argument("--lang", choices=("en", "vi", "th", "id"),
                          help="the language of the mail (default: the app's)")
    followup.add_argument("--eml", metavar="FILE", type=given,
                          help="save the draft as an .eml file that mail apps open as a draft")

    phrase = commands.add_parser("phrase", help="the sentence to say or send at a moment of a call: the reminder "
                                                "before it, what to say at the start, while waiting, for a booking "
                                                "outside your hours or past a budget")
    phrase.add_argument("moment", choices=("before", "start", "waiting", "out-of-hours", "budget"))
    phrase.add_argument("uid", metavar="UID", nargs="?", help="the event's UID (default: the current or next call)")
    phrase.add_argument("--occurrence", metavar="START", type=given, help="which occurrence of a recurring event")
    phrase.add_argument("--ics", nargs="+", action="extend", default=[], metavar="FILE_OR_URL",
                        help="read the call from these .ics files or https/webcal URLs instead of your calendars")
    phrase.add_argument("--me", nargs="+", action="extend", default=[], metavar="ADDRESS",
                        help="your own e-mail addresses (default: the configured ones)")
    phrase.add_argument("--lang", choices=("en", "vi", "th", "id"),
                        help="the language of the sentence (default: the client's, else the app's)")
    phrase.set_defaults(json=False)

    calendars = commands.add_parser("calendars", help="add, list or remove calendar accounts and subscriptions")
    actions = calendars.add_subparsers(dest="action", metavar="ACTION", required=True)
    add = actions.add_parser("add", help="add a CalDAV account or an ICS subscription")
    kinds = add.add_subparsers(dest="kind", metavar="KIND", required=True)
    caldav = kinds.add_parser("caldav", help="a CalDAV account (Nextcloud, Fastmail, iCloud, Radicale…)")
    caldav.add_argument("url", metavar="URL", type=given, help="the server's address, or just its host name")
    caldav.add_argument("--user", required=True, metavar="NAME", help="the user name")
    caldav.add_argument("--password-stdin", action="store_true", help="read the password from standard input")
    caldav.add_argument("--name", default="", help="a name for the account (default: the host name)")
    caldav.add_argument("--auth", choices=("basic", "digest", "bearer"), default="basic",
                        help="how to log in (default: basic; bearer sends the password as a token)")
    caldav.add_argument("--check", action="store_true",
                        help="only test the connection and list the calendars found; nothing is saved")
    caldav.add_argument("--trust-certificate", default="", metavar="SHA256",
                        help="trust the server's own (self-signed) certificate with this SHA-256 fingerprint, "
                             "as a failed connection showed it")
    caldav.add_argument("--session-only", action="store_true",
                        help="do not keep the password (where no keyring works): whoever runs `sync` "
                             "hands it over with --passwords-stdin")
    ics = kinds.add_parser("ics", help="an ICS subscription (webcal/https), a local .ics file or a folder of them")
    ics.add_argument("url", metavar="URL_OR_FILE", type=given)
    ics.add_argument("--name", default="", help="a name for the calendar")
    ics.add_argument("--trust-certificate", default="", metavar="SHA256",
                     help="trust the server's own (self-signed) certificate with this SHA-256 fingerprint")
    listing = actions.add_parser("list", help="the sources, their calendars and how their last sync went")
    listing.add_argument("--json", action="store_true", help="print JSON")
    remove = actions.add_parser("remove", help="remove a source, its cached events and its password")
    remove.add_argument("id", metavar="ID")
    trust = actions.add_parser("trust", help="trust the (self-signed) certificate a source's server shows now, "
                                             "by the SHA-256 fingerprint its failed sync named")
    trust.add_argument("id", metavar="ID")
    trust.add_argument("fingerprint", metavar="SHA256")

    call = commands.add_parser("call", help="answer for the current call (or the one named) as the tray's "
                                            "buttons do: joined, end, extend MINUTES, no-show, undo")
    call_actions = call.add_subparsers(dest="action", metavar="ACTION", required=True)
    for name, text in (("joined", "the other side joined"), ("end", "the call ended"),
                       ("extend", "move the call's end later by MINUTES"),
                       ("no-show", "cancel the call and record that the other side did not come"),
                       ("undo", "take back a no-show")):
        action = call_actions.add_parser(name, help=text)
        if name == "extend":
            action.add_argument("minutes", metavar="MINUTES", type=minutes)
        action.add_argument("uid", metavar="UID", nargs="?", help="the event's UID (default: the current call)")
        action.add_argument("--occurrence", metavar="START", type=given,
                            help="which occurrence of a recurring event: its start")
        action.add_argument("--at", metavar="DATETIME", type=given, help="record this moment instead of now")
        action.set_defaults(ics=[], me=[], json=False)

    log = commands.add_parser("log", help="the meeting log: one row per call (default: the last 30 days); "
                                          "`log note` and `log correct` add to an entry")
    period(log)
    log.add_argument("--client", metavar="NAME", help="only this client's calls")
    log_actions = log.add_subparsers(dest="log_action", metavar="ACTION")
    note = log_actions.add_parser("note", help="add a note to a call's entry")
    note.add_argument("uid", metavar="UID")
    note.add_argument("text", metavar="TEXT", type=given)
    note.add_argument("--occurrence", metavar="START", type=given, help="which occurrence: its start")
    correct = log_actions.add_parser("correct", help="correct what was recorded (kept as a correction)")
    correct.add_argument("uid", metavar="UID")
    correct.add_argument("--occurrence", metavar="START", type=given, help="which occurrence: its start")
    fields = correct.add_mutually_exclusive_group(required=True)
    fields.add_argument("--joined-at", metavar="T", type=given, help="when the other side really joined")
    fields.add_argument("--ended-at", metavar="T", type=given, help="when the call really ended")
    fields.add_argument("--outcome", choices=("held", "no_show", "cancelled", "late_cancellation", "missed"))

    report = commands.add_parser("report", help="per-client figures (default: the last 30 days)")
    period(report)

    sync = commands.add_parser("sync", help="one sync of every source; prints what changed and any errors")
    sync.add_argument("--json", action="store_true", help="print JSON")
    sync.add_argument("--scheduled", action="store_true",
                      help="a periodic sync: sources that are backing off, wait for a password or were "
                           "synced less than their interval_minutes ago are skipped")
    sync.add_argument("--network-back", action="store_true",
                      help="with --scheduled: the network came back, so sources backing off after a failure "
                           "are tried now (a publisher's refresh interval and a missing password still hold)")
    sync.add_argument("--relist", action="store_true",
                      help="also read each account's list of calendars again (otherwise once an hour)")
    sync.add_argument("--passwords-stdin", action="store_true",
                      help='read {"SOURCE_ID": "password", …} as JSON from standard input (passwords kept '
                           "for a session only); others come from the keyring")
    return parser
