"""A virtual X display with a window manager that hosts a system tray (Xvfb + icewm), for the
benchmarks that measure a tray app as users run it (offscreen Qt has no tray, so the app would
show its timer window instead)."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def tray_display(display: str) -> Iterator[dict[str, str]]:
    """Environment for Qt apps on ``display`` with a tray; stopped on leaving."""
    if not (shutil.which("Xvfb") and shutil.which("icewm")):
        raise SystemExit("Xvfb and icewm are needed (Debian: apt-get install xvfb icewm)")
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1024x640x24", "-nolisten", "tcp"])
    time.sleep(1)
    wm = subprocess.Popen(["icewm"], env={**os.environ, "DISPLAY": display},
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2)
    try:
        yield {"DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    finally:
        wm.terminate()
        xvfb.terminate()
        wm.wait(timeout=10)
        xvfb.wait(timeout=10)
