"""How Timeward starts itself again: its commands as child processes, its helper, the tray at login.

From a source checkout or an installed package the running Python starts ``-m timeward``. In a
frozen bundle (PyInstaller) ``sys.executable`` is the bundle's own program, which has no ``-m``
but takes the same arguments; the sync's reading helper is asked for with ``HELPER_FLAG``.
"""

from __future__ import annotations

import sys
from pathlib import Path

#: The hidden first argument that makes the program the sync's reading helper (``sync/helper.py``).
HELPER_FLAG = "--reading-helper"
#: Given to the tray at login: no window of its own, and no other instance asked to show itself.
BACKGROUND_FLAG = "--background"


def frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def timeward_command(*args: str) -> list[str]:
    """The command line of ``timeward ARGS`` run by this same installation."""
    if frozen():
        return [sys.executable, *args]
    return [sys.executable, "-m", "timeward", *args]


def helper_command() -> list[str]:
    """The command line of the sync's reading helper (the bare module from source: fewer imports)."""
    if frozen():
        return [sys.executable, HELPER_FLAG]
    return [sys.executable, "-m", "timeward.sync.helper"]


def tray_command(platform: str = sys.platform) -> list[str]:
    """What starts the tray at login: the bundle's program, else the installed launcher beside this
    Python (the windowed ``timeward-tray`` on Windows, which opens no console), else this Python."""
    if frozen():
        return [sys.executable, BACKGROUND_FLAG]
    scripts = Path(sys.executable).parent
    launcher = scripts / ("timeward-tray.exe" if platform == "win32" else "timeward")
    if launcher.is_file():
        return [str(launcher), BACKGROUND_FLAG]
    python = scripts / "pythonw.exe" if platform == "win32" else Path(sys.executable)
    return [str(python if python.is_file() else sys.executable), "-m", "timeward", BACKGROUND_FLAG]
