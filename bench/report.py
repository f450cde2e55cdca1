"""Benchmark: ``timeward report --json`` and ``timeward log --json`` over a year of meeting log
(2,000 entries, 40 clients, with corrections and notes), each as a whole process, as a status
bar or a script runs them. The peer is ``timeward --version`` started the same way: what a
command costs before it reads anything. Target: the report in under 0.3 s.
Run: ``make bench-report`` (COUNT changes the number of entries, RUNS the runs).
"""

from __future__ import annotations

import datetime as dt
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNT = int(os.environ.get("COUNT", "2000"))
RUNS = int(os.environ.get("RUNS", "9"))
sys.path[:0] = [str(ROOT / "src")]

from timeward.domain.guard import CallGuard  # noqa: E402
from timeward.domain.model import Occurrence, Person  # noqa: E402
from timeward.storage.journal import Journal  # noqa: E402
from timeward.storage.meeting_log import LogRules, MeetingLog  # noqa: E402
from timeward.storage.settings import Settings  # noqa: E402

UTC = dt.UTC


def fill(folder: Path, now: dt.datetime) -> None:
    """COUNT calls over the year before ``now``, answered as the tray answers them."""
    rng = random.Random(7)
    rules = LogRules(Settings(), UTC)
    with Journal.open(folder) as journal:
        log = MeetingLog(journal)
        for n in range(COUNT):
            start = now - dt.timedelta(days=365) + dt.timedelta(hours=n * 365 * 24 / COUNT)
            start = start.replace(minute=0, second=0)
            occurrence = Occurrence(f"call-{n}", start, start + dt.timedelta(minutes=rng.choice((30, 45, 60))),
                                    f"Call {n}", "Work", description="- Budget\n- Scope\n- Next steps",
                                    organizer=Person(f"client@c{n % 40}.example"))
            guard = CallGuard()
            guard.set_occurrences([occurrence], start)
            roll = rng.random()
            if roll < 0.05:
                guard.record_no_show(occurrence.key, start + dt.timedelta(minutes=10))
            elif roll < 0.08:
                log.record_cancellation(occurrence, start - dt.timedelta(hours=rng.choice((2, 30))), rules)
                continue
            else:
                guard.joined(occurrence.key, start + dt.timedelta(minutes=rng.choice((0, 0, 0, 2, 7, 15))))
                guard.end_call(occurrence.key, occurrence.end + dt.timedelta(minutes=rng.choice((0, 0, 5, 12))))
            log.save_guard(guard, start + dt.timedelta(hours=2), rules)
            if n % 50 == 0:
                log.correct(occurrence.key, "outcome", "held", start + dt.timedelta(days=1))
                log.add_note(occurrence.key, "Settled by phone", start + dt.timedelta(days=1))


def seconds(args: list[str], env: dict[str, str]) -> float:
    began = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "timeward", *args], env=env, capture_output=True, check=False)
    took = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(f"timeward {' '.join(args)} failed: {done.stderr.decode()[-500:]}")
    return took


def main() -> None:
    now = dt.datetime.now(UTC)
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "TIMEWARD_HOME": home, "PYTHONPATH": str(ROOT / "src")}
        fill(Path(home) / "data", now)
        year = ["--from", (now - dt.timedelta(days=366)).date().isoformat()]
        seconds(["report", "--json", *year], env)  # the files in the page cache, as on a used machine
        peer, report, listing = [], [], []
        for _ in range(RUNS):  # interleaved: the machine's noise falls on all three alike
            peer.append(seconds(["--version"], env))
            report.append(seconds(["report", "--json", *year], env))
            listing.append(seconds(["log", "--json", *year], env))
    base, rep, lst = (statistics.median(v) for v in (peer, report, listing))
    print(f"{COUNT} log entries, median of {RUNS} runs")
    print(f"timeward --version (the peer): {base * 1000:.0f} ms")
    print(f"timeward report --json over a year: {rep * 1000:.0f} ms → {rep / base:.2f}× the peer (target < 300 ms)")
    print(f"timeward log --json over a year: {lst * 1000:.0f} ms → {lst / base:.2f}× the peer")


if __name__ == "__main__":
    main()
