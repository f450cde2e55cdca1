"""The command line's dispatch (a contract: scripts and status bars rely on it): each command
group's module runs its command; exit codes are 0 on success, 1 on a runtime failure (one-line
reason on stderr), 2 on bad usage. What a terminal is shown is made inert (``cli.terminal``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from timeward.cli import config as cli_config
from timeward.cli.grammar import build_parser
from timeward.cli.reading import CommandFailed
from timeward.domain.clock import SystemClock


def main(argv: Sequence[str] | None = None, parsed: argparse.Namespace | None = None) -> int:
    parser = build_parser()
    args = parsed if parsed is not None else parser.parse_args(argv)
    if args.command in ("calendars", "sync"):
        from timeward.cli import sources as cli_sources

        run = cli_sources.run_calendars if args.command == "calendars" else cli_sources.run_sync
        failures: tuple[type[Exception], ...] = (CommandFailed, cli_sources.SourceCommandFailed,
                                                 cli_sources.CacheError)
    elif args.command == "followup":
        from timeward.cli import followup as cli_followup

        run, failures = cli_followup.run_followup, (CommandFailed, cli_followup.FollowupFailed)
    elif args.command == "call":
        from timeward.cli.calls import run_call

        run, failures = run_call, (CommandFailed,)
    elif args.command == "phrase":
        from timeward.cli.phrase import run_phrase

        run, failures = run_phrase, (CommandFailed,)
    elif args.command in ("log", "report"):
        from timeward.cli import log as cli_log

        run, failures = cli_log.run_log if args.command == "log" else cli_log.run_report, (CommandFailed,)
    elif args.command == "agenda":
        from timeward.cli.agenda import run_agenda

        run, failures = run_agenda, (CommandFailed,)
    else:
        from timeward.cli.status import run_status

        run, failures = run_status, (CommandFailed,)
    failures = (*failures, cli_config.ConfigFailed)
    from timeward.cli.terminal import VisibleStream

    # What a terminal shows is made inert; JSON and CSV are left whole (their readers are programs).
    streams = sys.stdout, sys.stderr
    if not (getattr(args, "json", False) or getattr(args, "csv", False)):
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
