"""Benchmark: Timeward's sync against vdirsyncer's, on the same Radicale, in one run.

A generated calendar of COUNT events (bench/calendar_data.py: a third recurring, several zones,
from a year back to six months ahead) is written into a Radicale server on 127.0.0.1. Then, each
as a whole process:
- first sync: vdirsyncer (CalDAV → a folder; its discovery is run before and not counted) and
  ``timeward sync``; the median of RUNS fresh first syncs each, interleaved;
- no-change re-sync: both again, RUNS times each, interleaved; Timeward's HTTP requests counted;
- one change: one event edited on the server, then ``timeward sync``: requests and objects fetched;
  then a second change, and the no-change re-sync again (Radicale is asked its ctag first, every
  other server its change list alone, from the first sync on);
- the 90-day agenda read from the cache (in process, the median of 20 reads), and ``timeward
  agenda`` for the same window as a whole process;
- ``timeward status --json`` against ``python -c pass`` (same interpreter, 15 runs each, medians);
- peak memory (max RSS) of the first ``timeward sync`` process;
- the floors under both syncs: the server's own time for the requests each one needs, plus the
  import of the libraries a CalDAV sync cannot do without (keyring, caldav with its HTTP stack);
- the tray: peak memory of ``timeward`` on this account while its start-up sync runs, against a
  bare PySide6 tray app (both on Xvfb with icewm hosting the tray: offscreen Qt has no tray, and
  the app would show its timer window in its place); when a call of the generated calendar
  happens to show its card, the bare tray shows a window of text too.
Run: ``make bench-sync`` (COUNT and RUNS shorten it); ``SERVER=xandikos`` runs it all against
Xandikos instead of Radicale (a second server, whose change list carries no object data).
"""

from __future__ import annotations

import compileall
import datetime as dt
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNT = int(os.environ.get("COUNT", "5000"))
RUNS = int(os.environ.get("RUNS", "3"))
SERVER = os.environ.get("SERVER", "radicale")
sys.path[:0] = [str(ROOT), str(ROOT / "src"), str(ROOT / "bench")]

from tests.support.radicale import PASSWORD, USER, start_radicale  # noqa: E402
from tests.support.xandikos import CALENDAR as XANDIKOS_CALENDAR  # noqa: E402
from tests.support.xandikos import start_xandikos  # noqa: E402

from calendar_data import events  # noqa: E402

PYTHON = sys.executable
VDIRSYNCER = str(Path(PYTHON).with_name("vdirsyncer"))
#: The bench's password is handed to Timeward by a keyring backend that reads it from the environment.
KEYRING = "bench_keyring.EnvironmentKeyring"


#: Runs a module as `python -m` would, then prints its own peak memory (VmHWM) to stderr. The
#: kernel's rusage is no use here: a forked child inherits the bench's own high-water mark.
PEAK_FUNCTION = ("import sys\n"
                 "def peak():\n"
                 "    for line in open('/proc/self/status'):\n"
                 "        if line.startswith('VmHWM'): print('PEAK', line.split()[1], file=sys.stderr)\n")
PEAK = PEAK_FUNCTION + ("import atexit, runpy\n"
                        "atexit.register(peak)\n"
                        "sys.argv = sys.argv[1:]\n"
                        "runpy.run_module(sys.argv[0], run_name='__main__', alter_sys=True)\n")


def run(command: list[str], env: dict[str, str] | None = None, stdin: str = "") -> tuple[float, int, str]:
    """Run a command to its end: (seconds, peak memory in KiB or 0, stdout); fails loudly on an error."""
    began = time.perf_counter()
    process = subprocess.run(command, env=env, input=stdin, capture_output=True, text=True)
    seconds = time.perf_counter() - began
    if process.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({process.returncode}):\n{process.stderr[-2000:]}")
    peaks = [int(line.split()[1]) for line in process.stderr.splitlines() if line.startswith("PEAK ")]
    return seconds, (peaks[-1] if peaks else 0), process.stdout


def timeward(*args: str) -> list[str]:
    """`timeward ARGS` as a whole process that reports its peak memory."""
    return [PYTHON, "-c", PEAK, "timeward", *args]


def seed(folder: Path, today: dt.date) -> None:
    for name, text in events(today, COUNT):
        (folder / name).write_text(text, newline="")


def start_server(work: Path, today: dt.date) -> tuple[object, str, str]:
    """(the server, the account's address, the calendar's path), seeded with COUNT events by
    writing its files (Xandikos keeps each calendar as a git tree: the files are committed)."""
    if SERVER == "xandikos":
        server = start_xandikos(work)
        folder = server.root / XANDIKOS_CALENDAR.strip("/")
        seed(folder, today)
        for command in (["add", "-A"], ["commit", "-q", "-m", "seed"]):
            subprocess.run(["git", "-c", "user.name=bench", "-c", "user.email=bench@timeward.test", "-C", str(folder),
                            *command], check=True)
        return server, server.url, XANDIKOS_CALENDAR
    server = start_radicale(work)
    seed(server.calendar("work", "Work", "#0072b2"), today)
    return server, server.url, f"/{USER}/work/"


def vdirsyncer_config(work: Path, url: str) -> Path:
    config = work / "vdirsyncer.conf"
    (work / "vdir").mkdir(exist_ok=True)
    config.write_text(
        f'[general]\nstatus_path = "{work / "vdir-status"}"\n\n'
        '[pair bench]\na = "bench_remote"\nb = "bench_local"\ncollections = ["from a"]\n\n'
        f'[storage bench_remote]\ntype = "caldav"\nurl = "{url}"\nusername = "{USER}"\npassword = "{PASSWORD}"\n\n'
        f'[storage bench_local]\ntype = "filesystem"\npath = "{work / "vdir"}"\nfileext = ".ics"\n'
    )
    return config


def fresh_vdirsyncer(work: Path, url: str) -> Path:
    for name in ("vdir", "vdir-status"):
        shutil.rmtree(work / name, ignore_errors=True)
    config = vdirsyncer_config(work, url)
    run([VDIRSYNCER, "-c", str(config), "discover"], stdin="y\n" * 10)
    return config


def fresh_timeward(work: Path, url: str, env: dict[str, str]) -> None:
    shutil.rmtree(work / "home", ignore_errors=True)
    run([PYTHON, "-m", "timeward", "calendars", "add", "caldav", url, "--user", USER, "--password-stdin"],
        env, stdin=PASSWORD + "\n")


def sync_report(out: str) -> dict:
    return json.loads(out)["sources"][0]


def no_change_syncs(config: Path, env: dict[str, str]) -> tuple[list[float], list[float], list[int]]:
    """RUNS syncs of both, interleaved, with nothing changed: (vdirsyncer's seconds, Timeward's
    seconds, Timeward's requests)."""
    vdir, tw, requests = [], [], []
    for _ in range(RUNS):
        vdir.append(run([VDIRSYNCER, "-c", str(config), "sync"])[0])
        seconds, _peak, out = run(timeward("sync", "--json"), env)
        tw.append(seconds)
        requests.append(sync_report(out)["requests"])
    return vdir, tw, requests


def median(values: list[float]) -> float:
    return statistics.median(values)


def main() -> None:
    # This machine may set PYTHONDONTWRITEBYTECODE: compile once, so that no run pays for it.
    import sysconfig

    for folder in (ROOT / "src", Path(sysconfig.get_paths()["purelib"])):
        compileall.compile_dir(str(folder), quiet=2, workers=2)
    today = dt.datetime.now().astimezone().date()
    work = Path(tempfile.mkdtemp(prefix="timeward-bench-"))
    try:
        server, url, calendar_path = start_server(work, today)
        env = {**os.environ, "TIMEWARD_HOME": str(work / "home"), "PYTHON_KEYRING_BACKEND": KEYRING,
               "BENCH_PASSWORD": PASSWORD, "PYTHONPATH": str(ROOT / "bench")}
        print(f"{COUNT} events in {SERVER.capitalize()} at {url}; {RUNS} runs each", flush=True)
        # Radicale builds its own caches on the first full read; give neither client that cost.
        run([PYTHON, "-c", "pass"])
        fresh_vdirsyncer(work, url)
        run([VDIRSYNCER, "-c", str(work / "vdirsyncer.conf"), "sync"])

        first_vdir, first_tw, first_peak, first_requests = [], [], [], 0
        for _ in range(RUNS):
            config = fresh_vdirsyncer(work, url)
            first_vdir.append(run([VDIRSYNCER, "-c", str(config), "sync"])[0])
            fresh_timeward(work, url, env)
            seconds, peak, out = run(timeward("sync", "--json"), env)
            first_tw.append(seconds)
            first_peak.append(peak)
            report = sync_report(out)
            first_requests = report["requests"]
            if report["changed"] != COUNT:
                raise SystemExit(f"the first sync stored {report['changed']} of {COUNT} objects: {report}")
            copied = len(list((work / "vdir").rglob("*.ics")))
            if copied != COUNT:
                raise SystemExit(f"vdirsyncer copied {copied} of {COUNT} objects")
        # The first re-sync after a first sync also learns the calendar's ctag (Radicale): on its own.
        learning_seconds, _peak, out = run(timeward("sync", "--json"), env)
        learning_requests = sync_report(out)["requests"]
        again_vdir, again_tw, again_requests = no_change_syncs(config, env)

        name, text = next(events(today, 1, seed=99))
        changed_text = text.replace("bench-00000@", "bench-00001@").replace("SUMMARY:", "SUMMARY:Changed ", 1)
        server.http("PUT", f"{calendar_path}bench-00001.ics", changed_text)
        seconds_one, _peak, out = run(timeward("sync", "--json"), env)
        one = sync_report(out)
        # A second change costs what the first did.
        server.http("PUT", f"{calendar_path}bench-00002.ics", changed_text.replace("bench-00001@", "bench-00002@"))
        _seconds, _peak, out = run(timeward("sync", "--json"), env)
        second_requests = sync_report(out)["requests"]
        # Nothing changed again, once changes showed the kind of change list the server has.
        known_vdir, known_tw, known_requests = no_change_syncs(config, env)

        widen_ms, agenda_ms, agenda_count = agenda_read(work / "home", today)
        start, end = today.isoformat(), (today + dt.timedelta(days=90)).isoformat()
        agenda_process = median([run([PYTHON, "-m", "timeward", "agenda", "--json", "--all", "--from", start,
                                      "--to", end], env)[0] for _ in range(5)])

        floor_first, floor_again = floors(work / "home", url)

        status, bare = [], []
        for _ in range(15):
            status.append(run([PYTHON, "-m", "timeward", "status", "--json"], env)[0])
            bare.append(run([PYTHON, "-c", "pass"], env)[0])
        tray_peak, bare_peak, card = tray_memory(env)
        server.stop()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    vd1, tw1, vd2, tw2 = median(first_vdir), median(first_tw), median(again_vdir), median(again_tw)
    print(f"first sync: vdirsyncer {vd1:.2f} s, timeward {tw1:.2f} s → ratio {tw1 / vd1:.2f} (target ≤ 0.5); "
          f"{first_requests} requests; peak memory {median(first_peak) / 1024:.0f} MiB")
    print(f"no-change re-sync: vdirsyncer {vd2:.2f} s, timeward {tw2:.2f} s → ratio {tw2 / vd2:.2f} "
          f"(target ≤ 0.35); requests: {', '.join(map(str, again_requests))} (target 1). The first re-sync after "
          f"the first sync (on Radicale it learns the ctag): {learning_requests} requests, {learning_seconds:.2f} s")
    vd3, tw3 = median(known_vdir), median(known_tw)
    print(f"no-change re-sync after the changes: "
          f"vdirsyncer {vd3:.2f} s, timeward {tw3:.2f} s → ratio {tw3 / vd3:.2f}; requests: "
          f"{', '.join(map(str, known_requests))}")
    print(f"floors (server's time for the same requests + importing keyring and caldav): first sync "
          f"{floor_first:.2f} s → ratio {floor_first / vd1:.2f}; no-change {floor_again:.2f} s → ratio "
          f"{floor_again / vd2:.2f}")
    print(f"one change: timeward {seconds_one:.2f} s, {one['requests']} requests (target ≤ 2), "
          f"{one['changed']} object(s) fetched, {one['deleted']} deleted; the next change: {second_requests} "
          "requests")
    print(f"agenda, 90 days from the cache: {agenda_ms:.1f} ms for {agenda_count} occurrences (target < 50 ms); "
          f"the first such read widens the cached window (a sync keeps four days): {widen_ms:.0f} ms; "
          f"`timeward agenda --json` process {agenda_process * 1000:.0f} ms")
    st, py = median(status), median(bare)
    print(f"status --json: {st * 1000:.0f} ms vs python -c pass {py * 1000:.0f} ms → ratio {st / py:.2f} "
          f"(target ≤ 4)")
    both = " (a call's card was shown: so was a window of text by the bare tray)" if card else ""
    print(f"tray peak memory with its sync: {tray_peak / 1024:.1f} MiB vs bare tray {bare_peak / 1024:.1f} MiB "
          f"→ ratio {tray_peak / bare_peak:.2f} (target ≤ 1.4){both}")


def server_seconds(url: str, method: str, body: str, depth: str) -> float:
    """The median time of three answers of the server to one request, on a warm connection."""
    import base64
    import http.client
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=60)
    headers = {"Authorization": "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode(),
               "Depth": depth, "Content-Type": "application/xml; charset=utf-8"}
    times = []
    for _ in range(3):
        began = time.perf_counter()
        connection.request(method, parts.path, body.encode(), headers)
        answer = connection.getresponse()
        answer.read()
        times.append(time.perf_counter() - began)
        if answer.status >= 300:
            raise SystemExit(f"{method} {url}: {answer.status}")
    connection.close()
    return median(times)


def floors(home: Path, server: str) -> tuple[float, float]:
    """Seconds no client can beat: (first sync, no-change sync). Each is the server's time for the
    requests that sync sends (first: the sync token, then every event with its data; no change:
    the calendar's ctag, one PROPFIND) plus the import of keyring and caldav."""
    import sqlite3

    database = sqlite3.connect(home / "cache" / "cache.sqlite")
    [href] = database.execute("SELECT href FROM calendars").fetchone()
    database.close()
    url = server.rstrip("/") + href
    dav = '<?xml version="1.0" encoding="utf-8"?>'
    token_query = f'{dav}<d:propfind xmlns:d="DAV:"><d:prop><d:sync-token/></d:prop></d:propfind>'
    everything = (f'{dav}<c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav"><d:prop>'
                  '<d:getetag/><c:calendar-data/></d:prop><c:filter><c:comp-filter name="VCALENDAR">'
                  '<c:comp-filter name="VEVENT"/></c:comp-filter></c:filter></c:calendar-query>')
    ctag = (f'{dav}<d:propfind xmlns:d="DAV:" xmlns:cs="http://calendarserver.org/ns/"><d:prop><cs:getctag/>'
            '</d:prop></d:propfind>')
    imports = median([run([PYTHON, "-c", "import keyring, caldav.davclient"])[0] for _ in range(5)])
    first = server_seconds(url, "PROPFIND", token_query, "0") + server_seconds(url, "REPORT", everything, "1")
    return imports + first, imports + server_seconds(url, "PROPFIND", ctag, "0")


def agenda_read(home: Path, today: dt.date) -> tuple[float, float, int]:
    """Milliseconds of the first 90-day read after the syncs (it widens the cached window), of
    later reads (median of 20), and how many occurrences they return."""
    from timeward.storage import settings
    from timeward.storage.paths import AppPaths
    from timeward.sync.agenda import read_window
    from timeward.system_zone import local_zone

    os.environ["TIMEWARD_HOME"] = str(home)
    paths = AppPaths.from_environment()
    sources = settings.load(paths.settings_file).sources
    zone = local_zone()  # the zone the syncs expanded in, as `timeward agenda` reads
    start = dt.datetime.combine(today, dt.time(), zone)
    window = (start, start + dt.timedelta(days=90))
    began = time.perf_counter()
    read_window(paths, sources, window, zone)  # widens the window a sync keeps (two weeks) to 90 days
    widening = (time.perf_counter() - began) * 1000
    times, found = [], 0
    for _ in range(20):
        began = time.perf_counter()
        found = len(read_window(paths, sources, window, zone)[0])
        times.append((time.perf_counter() - began) * 1000)
    return widening, median(times), found


TRAY = PEAK_FUNCTION + r"""
import sys
from timeward.cli.grammar import build_parser
build_parser().parse_args([])
from PySide6.QtCore import QTimer
from timeward.storage.paths import AppPaths
from timeward.ui.app import create_application, launch
app = create_application()
timeward = launch(app, AppPaths.from_environment(), demo=False)
def done(_report):
    QTimer.singleShot(1500, app.quit)  # the calendar is re-read after the sync
timeward.syncer.finished.connect(done)
QTimer.singleShot(120000, app.quit)
app.exec()
peak()
print("CARD", int("timeward.ui.alert_card" in sys.modules), file=sys.stderr)
"""

BARE = PEAK_FUNCTION + r"""
import sys
from PySide6.QtWidgets import QApplication, QSystemTrayIcon, QMenu
from PySide6.QtGui import QIcon, QPixmap, QColor
from PySide6.QtCore import QTimer
app = QApplication(sys.argv[:1])
tray = QSystemTrayIcon()
pixmap = QPixmap(64, 64); pixmap.fill(QColor("#009e73"))
tray.setIcon(QIcon(pixmap)); menu = QMenu(); menu.addAction("Quit"); tray.setContextMenu(menu)
tray.show()
if "--card" in sys.argv:  # the same work as a tray that showed a card: one window of text
    from PySide6.QtWidgets import QLabel
    card = QLabel("Client call starts in 2 minutes\nSay: We have about 10 minutes left"); card.resize(420, 160)
    card.show()
QTimer.singleShot(3000, app.quit)
app.exec()
peak()
"""


def tray_memory(env: dict[str, str]) -> tuple[int, int, bool]:
    """Peak memory (KiB) of the tray while its start-up sync runs, and of a bare tray app, both on
    a virtual display whose window manager hosts the tray (as users run them), and whether the
    tray showed a card. The generated calendar may have a call starting at the moment the bench
    runs; a card is a window of text, whose fonts and surface cost a bare tray about 5 MiB too,
    so the bare tray then shows one such window as well: like is compared with like."""
    from display import tray_display

    with tray_display(":95") as display:
        shown = {**env, **display}
        process = subprocess.run([PYTHON, "-c", TRAY], env=shown, capture_output=True, text=True)
        if process.returncode != 0:
            raise SystemExit(f"the tray failed ({process.returncode}):\n{process.stderr[-2000:]}")
        lines = process.stderr.splitlines()
        tray_peak = [int(line.split()[1]) for line in lines if line.startswith("PEAK ")][-1]
        card = any(line == "CARD 1" for line in lines)
        bare = run([PYTHON, "-c", BARE, *(["--card"] if card else [])], shown)[1]
        return tray_peak, bare, card


if __name__ == "__main__":
    main()
