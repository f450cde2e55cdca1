"""Benchmark: the tray app against a bare PySide6 tray app, started the same way, in one run.

For each app, measured in a child process on an Xvfb display with icewm as the tray host:
- start-up: from process start to a visible tray icon (the app prints a line when it is);
- peak memory (ru_maxrss of the child);
- CPU time over WINDOW seconds between calls and during a call (utime + stime from /proc).
Prints each figure and its ratio to the bare app. Needs xvfb and icewm (Debian).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOW = float(os.environ.get("BENCH_WINDOW", "60"))
RUNS = int(os.environ.get("BENCH_RUNS", "3"))
DISPLAY = ":96"

BARE = r"""
import sys, time
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QMenu
from PySide6.QtGui import QIcon, QPixmap, QColor
from PySide6.QtCore import QTimer
app = QApplication(sys.argv[:1])
tray = QSystemTrayIcon()
pixmap = QPixmap(64, 64); pixmap.fill(QColor("#009e73"))
tray.setIcon(QIcon(pixmap)); menu = QMenu(); menu.addAction("Quit"); tray.setContextMenu(menu)
tray.show()
timer = QTimer(); timer.setInterval(1000)
timer.timeout.connect(lambda: tray.setToolTip(str(time.time()))); timer.start()
def ready():
    if tray.isVisible() and QSystemTrayIcon.isSystemTrayAvailable():
        print("READY", flush=True)
    else:
        QTimer.singleShot(5, ready)
QTimer.singleShot(0, ready)
app.exec()
"""

TIMEWARD = r"""
import sys, datetime as dt
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from timeward.domain.clock import SystemClock
from timeward.domain.demo import demo_occurrences
from timeward.storage.paths import AppPaths
from timeward.ui.app import TimewardApp
mode = sys.argv[1]
app = QApplication(sys.argv[:1]); app.setQuitOnLastWindowClosed(False)
class Clock(SystemClock):
    pass
timeward = TimewardApp(app, AppPaths.from_environment(), demo=True, clock=Clock())
if mode == "between":  # the demo calls moved three hours ahead: nothing to guard for now
    timeward.controller.set_occurrences(demo_occurrences(Clock().now() + dt.timedelta(hours=3)))
if mode == "during":
    def join(occurrences):
        timeward.controller.joined(occurrences[0].key)
    timeward.loader.loaded.connect(join)
    timeward.loader.load(Clock().now())
def ready():
    if timeward.tray is not None and timeward.tray.icon.isVisible():
        print("READY", flush=True)
    else:
        QTimer.singleShot(5, ready)
QTimer.singleShot(0, ready)
app.aboutToQuit.connect(lambda: print("TICKS", timeward.ticker.ticks, flush=True))
app.exec()
"""


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run(code: str, args: list[str], window: float) -> dict[str, float]:
    env = {**os.environ, "DISPLAY": DISPLAY, "QT_QPA_PLATFORM": "xcb",
           "TIMEWARD_HOME": str(ROOT / "build" / "bench-home")}
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE, text=True, env=env)
    assert child.stdout is not None
    line = child.stdout.readline()
    startup = time.perf_counter() - started
    if not line.startswith("READY"):
        child.kill()
        raise RuntimeError(f"the app did not show a tray icon: {line!r}")
    cpu_before = cpu_seconds(child.pid)
    time.sleep(window)
    cpu = cpu_seconds(child.pid) - cpu_before
    peak = peak_rss_mib(child.pid)
    child.terminate()
    out, _ = child.communicate(timeout=10)
    ticks = next((float(x.split()[1]) for x in out.splitlines() if x.startswith("TICKS")), float("nan"))
    return {"startup_s": startup, "peak_mib": peak, "cpu_pct": 100 * cpu / window, "ticks": ticks}


def median(results: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in results)


def main() -> None:
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1024x640x24", "-nolisten", "tcp"])
    time.sleep(1)
    wm = subprocess.Popen(["icewm"], env={**os.environ, "DISPLAY": DISPLAY},
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2)
    try:
        startup_window = 2.0
        bare = [run(BARE, [], startup_window) for _ in range(RUNS)]
        between = [run(TIMEWARD, ["between"], startup_window) for _ in range(RUNS)]
        bare_cpu = run(BARE, [], WINDOW)
        idle = run(TIMEWARD, ["between"], WINDOW)
        during = run(TIMEWARD, ["during"], WINDOW)
    finally:
        wm.terminate()
        xvfb.terminate()
    b_start, t_start = median(bare, "startup_s"), median(between, "startup_s")
    b_mem, t_mem = median(bare, "peak_mib"), max(median(between, "peak_mib"), during["peak_mib"])
    print(f"start-up to visible tray: bare {b_start:.3f} s, timeward {t_start:.3f} s, ratio {t_start / b_start:.2f}")
    print(f"peak memory: bare {b_mem:.1f} MiB, timeward {t_mem:.1f} MiB, ratio {t_mem / b_mem:.2f}")
    print(f"CPU over {WINDOW:.0f} s: bare tray with 1 s timer {bare_cpu['cpu_pct']:.3f}% of a core")
    print(f"  timeward between calls {idle['cpu_pct']:.3f}% ({idle['ticks']:.0f} ticks in all, "
          f"ratio {idle['cpu_pct'] / max(bare_cpu['cpu_pct'], 1e-9):.2f})")
    print(f"  timeward during a call {during['cpu_pct']:.3f}% ({during['ticks']:.0f} ticks, "
          f"ratio {during['cpu_pct'] / max(bare_cpu['cpu_pct'], 1e-9):.2f})")


if __name__ == "__main__":
    main()
