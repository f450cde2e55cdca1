"""Benchmark: the tray app against a bare PySide6 tray app, started the same way, in one run.

For each app, measured in a child process on an Xvfb display with icewm as the tray host:
- start-up: from process start to a visible tray icon (each app prints a line right after showing
  it, before its event loop starts), the median of RUNS starts; for Timeward also the moment its
  calendar is read and shown;
- peak memory (VmHWM of the child);
- CPU time over WINDOW seconds between calls and during a call (utime + stime from /proc), and the
  guard's ticks in that window.
Timeward starts the way `timeward` does (argument parsing, single-instance lock, the tray app),
"between calls" on a local calendar file, "in a call" on the demo calendar.
Prints each figure and its ratio to the bare app. Needs xvfb and icewm (Debian).
Run: `make bench` (BENCH_WINDOW and BENCH_RUNS shorten it).
"""

from __future__ import annotations

import compileall
import datetime as dt
import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WINDOW = float(os.environ.get("BENCH_WINDOW", "60"))
RUNS = int(os.environ.get("BENCH_RUNS", "5"))
DISPLAY = ":96"

sys.path[:0] = [str(ROOT / "src"), str(ROOT / "bench")]
from display import tray_display  # noqa: E402
from timeward.storage.paths import LOCAL_CALENDAR, AppPaths  # noqa: E402

#: Both apps quit when a line arrives on stdin, so the bench can read their last words.
QUIT_ON_STDIN = r"""
import sys
from PySide6.QtCore import QSocketNotifier
def on_stdin():
    print("TICKS", globals().get("ticks", lambda: 0)(), flush=True)
    app.quit()
notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
notifier.activated.connect(on_stdin)
"""

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
assert tray.isVisible() and QSystemTrayIcon.isSystemTrayAvailable()
print("READY 0", flush=True)
""" + QUIT_ON_STDIN + "app.exec()\n"

#: The path `timeward` takes (the command-line parser first, then the tray app), with a READY line.
#: "between": a local calendar whose only call is three hours ahead; "during": the demo calendar,
#: whose first call is joined as soon as it is loaded.
TIMEWARD = r"""
import sys
from timeward.cli.grammar import build_parser
build_parser().parse_args([])
from PySide6.QtCore import QTimer
from timeward.storage.paths import AppPaths
from timeward.ui.app import create_application, launch
mode = sys.argv[1]
app = create_application()
def join(occurrences):
    timeward.controller.joined(occurrences[0].key)
timeward = launch(app, AppPaths.from_environment(), demo=mode == "during")
if mode == "during":
    timeward.loader.loaded.connect(join)
ticks = lambda: timeward.ticker.ticks
timeward.loader.loaded.connect(lambda _: print("SHOWN", ticks(), flush=True))
assert timeward.tray is not None and timeward.tray.icon.isVisible()
print("READY", ticks(), flush=True)
""" + QUIT_ON_STDIN + "app.exec()\n"

CALENDAR = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Timeward//bench//EN
BEGIN:VEVENT
UID:bench-call@timeward
DTSTAMP:{stamp}
DTSTART:{start}
DTEND:{end}
SUMMARY:Call three hours ahead
ATTENDEE;CN=Client:mailto:client@example.com
END:VEVENT
END:VCALENDAR
"""


def prepare_home(mode: str) -> Path:
    """A fresh TIMEWARD_HOME: empty for the demo, one local calendar for "between"."""
    home = ROOT / "build" / f"bench-home-{mode}"
    shutil.rmtree(home, ignore_errors=True)
    if mode == "between":
        data = AppPaths.from_home(home).data
        data.mkdir(parents=True)
        start = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(hours=3)
        fmt = "%Y%m%dT%H%M%SZ"
        (data / LOCAL_CALENDAR).write_text(CALENDAR.format(
            stamp=start.strftime(fmt), start=start.strftime(fmt), end=(start + dt.timedelta(minutes=30)).strftime(fmt)))
    return home


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def peak_rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def run(code: str, mode: str, window: float) -> dict[str, float]:
    env = {**os.environ, "DISPLAY": DISPLAY, "QT_QPA_PLATFORM": "xcb", "TIMEWARD_HOME": str(prepare_home(mode))}
    started = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, mode], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             text=True, env=env)
    assert child.stdin is not None and child.stdout is not None
    line = child.stdout.readline()
    startup = time.perf_counter() - started
    if not line.startswith("READY"):
        child.kill()
        raise RuntimeError(f"the app did not show a tray icon: {line!r}")
    shown = startup
    if code is TIMEWARD:
        line = child.stdout.readline()
        if not line.startswith("SHOWN"):
            child.kill()
            raise RuntimeError("the app did not show its calendar")
        shown = time.perf_counter() - started
    cpu_before = cpu_seconds(child.pid)
    time.sleep(window)
    cpu = cpu_seconds(child.pid) - cpu_before
    peak = peak_rss_mib(child.pid)
    child.stdin.write("quit\n")
    child.stdin.flush()
    try:
        out, _ = child.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        child.kill()
        raise RuntimeError("the app did not quit when asked") from None
    ticks = next((float(x.split()[1]) for x in out.splitlines() if x.startswith("TICKS")), float("nan"))
    ticks -= float(line.split()[1])  # those of the measured window only, not the first look at the calendar
    return {"startup_s": startup, "shown_s": shown, "peak_mib": peak, "cpu_pct": 100 * cpu / window, "ticks": ticks}


def median(results: list[dict[str, float]], key: str) -> float:
    return statistics.median(r[key] for r in results)


def compile_bytecode() -> None:
    """Byte-compile what the apps import, as a second launch would find it (this machine may set
    PYTHONDONTWRITEBYTECODE, which would otherwise make every run compile from source)."""
    import platformdirs
    import PySide6
    import shiboken6

    folders = [ROOT / "src"] + [Path(m.__file__).parent for m in (PySide6, shiboken6, platformdirs)]
    for folder in folders:
        compileall.compile_dir(folder, quiet=2)


def main() -> None:
    compile_bytecode()
    with tray_display(DISPLAY):
        startup_window = 2.0
        starts: dict[str, list[dict[str, float]]] = {"bare": [], "between": [], "during": []}
        for _ in range(RUNS):  # interleaved, so that a busy moment of the machine hits all three alike
            for name, code in (("bare", BARE), ("between", TIMEWARD), ("during", TIMEWARD)):
                starts[name].append(run(code, name, startup_window))
        bare_cpu = run(BARE, "bare", WINDOW)
        idle = run(TIMEWARD, "between", WINDOW)
        during = run(TIMEWARD, "during", WINDOW)
    b_start, b_mem = median(starts["bare"], "startup_s"), median(starts["bare"], "peak_mib")
    print(f"bare tray app: start-up to visible tray {b_start:.3f} s, peak memory {b_mem:.1f} MiB")
    for name, label in (("between", "a local calendar, between calls"), ("during", "the demo calendar, in a call")):
        t_start, t_shown = median(starts[name], "startup_s"), median(starts[name], "shown_s")
        t_mem = max(median(starts[name], "peak_mib"), (idle if name == "between" else during)["peak_mib"])
        print(f"timeward on {label}: start-up {t_start:.3f} s (ratio {t_start / b_start:.2f}), "
              f"calendar shown at {t_shown:.3f} s, peak memory {t_mem:.1f} MiB (ratio {t_mem / b_mem:.2f})")
    print(f"CPU over {WINDOW:.0f} s: bare tray with 1 s timer {bare_cpu['cpu_pct']:.3f}% of a core")
    for label, figures in (("between calls", idle), ("during a call", during)):
        ratio = f"ratio {figures['cpu_pct'] / bare_cpu['cpu_pct']:.2f}" if bare_cpu["cpu_pct"] else "bare measured 0"
        print(f"  timeward {label} {figures['cpu_pct']:.3f}% ({figures['ticks']:.0f} ticks; {ratio})")


if __name__ == "__main__":
    main()
