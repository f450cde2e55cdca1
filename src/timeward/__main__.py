"""Entry point: a headless command goes to cli/ (its dispatch, cli.main); none starts the tray app."""

from __future__ import annotations

import gc
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    from timeward.launch import HELPER_FLAG

    if args[:1] == [HELPER_FLAG]:  # a frozen bundle's way to the sync's reading helper
        from timeward.sync.helper import main as helper

        helper()
        return 0
    # A command is a short process whose objects nearly all live to its end: the cyclic collector
    # would only walk them again and again while modules load and a sync reads thousands of events.
    gc.disable()
    from timeward.cli.grammar import build_parser

    parsed = build_parser().parse_args(args)
    if parsed.command:
        from timeward.cli import main as cli

        try:
            return cli.main(args, parsed)  # parsed once: status bars run this every few seconds
        finally:
            gc.freeze()  # nor walk them once more in the interpreter's final collection
    gc.enable()
    from timeward.ui.app import run_app  # PySide6 is imported only for the tray app

    return run_app(demo=parsed.demo, background=parsed.background)


def tray() -> int:
    """The windowed launcher's entry (``timeward-tray``): the tray, whatever the arguments."""
    return main([a for a in sys.argv[1:] if a in ("--demo", "--background")])


if __name__ == "__main__":
    sys.exit(main())
