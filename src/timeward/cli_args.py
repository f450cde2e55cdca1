"""The command line's grammar (DESIGN.md: the command line is a contract).

Kept apart from the commands so that parsing the arguments of the tray app imports nothing else.
"""

from __future__ import annotations

import argparse

from timeward import __version__


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="timeward", description="A tray timer that guards your time on calls. "
                                     "With no command, the tray app starts.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument("--demo", action="store_true", help="start the tray app on a generated demo calendar")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def sources(sub: argparse.ArgumentParser) -> None:
        sub.add_argument("--ics", nargs="+", action="extend", default=[], metavar="FILE_OR_URL",
                         help="read these .ics files or https/webcal URLs instead of your calendars")
        sub.add_argument("--me", nargs="+", action="extend", default=[], metavar="ADDRESS",
                         help="your own e-mail addresses, to recognise invitations you declined "
                              "(default: the configured ones)")
        sub.add_argument("--json", action="store_true", help="print JSON")

    agenda = commands.add_parser("agenda", help="list occurrences in a window (default: now to 7 days ahead)")
    agenda.add_argument("--from", dest="start", metavar="D", help="start of the window (date or date-time)")
    agenda.add_argument("--to", dest="end", metavar="D", help="end of the window (date or date-time)")
    agenda.add_argument("--all", action="store_true", help="include cancelled and declined occurrences")
    sources(agenda)
    status = commands.add_parser("status", help="the current phase, the current call and the next one")
    status.add_argument("--at", metavar="DATETIME", help="as if it were this moment")
    sources(status)
    return parser
