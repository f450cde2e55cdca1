"""Cards stay out of the taskbar: on a real X display (Xvfb, started here), a card's window carries
_NET_WM_STATE_SKIP_TASKBAR, which the window manager reads when it maps the window."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time

import pytest

CHILD = """
import subprocess, sys, time
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from timeward.ui.alert_card import AlertCard
card = AlertCard("Call starting soon", ["Kickoff at 10:00"], [("dismiss", "Dismiss")])
card.show()
for _ in range(10):
    app.processEvents()
    time.sleep(0.05)
print(subprocess.run(["xprop", "-id", hex(int(card.winId())), "_NET_WM_STATE"], capture_output=True,
                     text=True).stdout)
"""


@pytest.mark.display
def test_a_card_tells_the_window_manager_to_keep_it_out_of_the_taskbar(tmp_path):
    if not (shutil.which("Xvfb") and shutil.which("xprop")):
        pytest.skip("Xvfb and xprop are needed (Debian: xvfb, x11-utils)")
    display = f":{150 + os.getpid() % 100}"
    server = subprocess.Popen(["Xvfb", display, "-screen", "0", "800x600x24", "-nolisten", "tcp"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while subprocess.run(["xprop", "-display", display, "-root", "_NET_SUPPORTED"], capture_output=True,
                             timeout=10).returncode != 0:
            if server.poll() is not None or time.monotonic() > deadline:
                pytest.skip("Xvfb did not start")
            time.sleep(0.1)
        env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
        done = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=60)
        assert "_NET_WM_STATE_SKIP_TASKBAR" in done.stdout and "_NET_WM_STATE_SKIP_PAGER" in done.stdout, done
    finally:
        server.terminate()
        server.wait(timeout=10)
