"""Answers that are not what was asked for: a sign-in page instead of DAV XML, an answer sent a
byte at a time, a calendar name that breaks the XML, answers too large to read."""

from __future__ import annotations

import datetime as dt
import random
import socket
import threading
import time

import pytest

from tests.sync.test_hostile_servers import multistatus
from timeward.calendars import caldav_source, deadline
from timeward.cli import main as cli
from timeward.storage.cache import Cache
from timeward.storage.sources import Source
from timeward.sync.syncer import Syncer

NOW = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)
PAGE = b"<!DOCTYPE html><html><body><form>Sign in to the hotel Wi-Fi</form></body></html>"


def sync(tmp_path, url: str):
    with Cache.open(tmp_path / "cache") as cache:
        syncer = Syncer(cache, dt.UTC, (), lambda _s: "pw", rng=random.Random(1))
        return syncer.sync_source(Source("acct", "caldav", url, user="ann"), NOW, relist=True), cache.calendars("acct")


@pytest.mark.parametrize("status", [200, 207])
def test_a_web_page_for_an_answer_is_a_failed_request(tmp_path, servers, capsys, monkeypatch, status):
    portal = servers(lambda method, path, body: (status, {"Content-Type": "text/html"}, PAGE))
    report, calendars = sync(tmp_path, f"http://127.0.0.1:{portal.port}/home/")
    assert report.status == "error" and "web page, not calendar data" in report.message
    assert calendars == []
    monkeypatch.setattr("sys.stdin", __import__("io").StringIO("pw\n"))
    code = cli.main(["calendars", "add", "caldav", f"http://127.0.0.1:{portal.port}/home/", "--user", "ann",
                     "--password-stdin", "--check"])
    assert code == 1 and "web page" in capsys.readouterr().err  # not "0 calendar(s) found"


def test_one_calendars_name_with_a_control_character_does_not_sink_the_account(tmp_path, servers):
    def answer(method: str, path: str, body: bytes):  # names come in PROPFIND answers, events in REPORTs
        name = "Team\x01 &#1;board" if method == "PROPFIND" else "Events"
        return 207, {"Content-Type": "application/xml"}, multistatus(path, name)

    report, calendars = sync(tmp_path, f"http://127.0.0.1:{servers(answer).port}/home/")
    assert report.status in ("ok", "unchanged"), report.message
    assert "Team board" in {c.name for c in calendars}


def test_an_answer_too_large_to_read_is_refused_before_it_is_parsed(tmp_path, servers, monkeypatch):
    monkeypatch.setattr(caldav_source, "MAX_ANSWER_BYTES", 50_000)
    huge = servers(lambda method, path, body: (207, {"Content-Type": "application/xml"},
                                              multistatus(path, "x" * 200_000)))
    report, _ = sync(tmp_path, f"http://127.0.0.1:{huge.port}/home/")
    assert report.status == "error" and "larger than" in report.message


class DripServer:
    """Sends its headers at once, then its body one byte every 0.2 s: never a read timeout."""

    def __init__(self) -> None:
        self.socket = socket.create_server(("127.0.0.1", 0))
        self.port = self.socket.getsockname()[1]
        self.stopped = threading.Event()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                client, _ = self.socket.accept()
            except OSError:
                return
            threading.Thread(target=self._drip, args=(client,), daemon=True).start()

    def _drip(self, client: socket.socket) -> None:
        with client:
            try:
                client.recv(65536)
                client.sendall(b"HTTP/1.1 207 Multi-Status\r\nContent-Type: application/xml\r\n"
                               b"Content-Length: 100000\r\n\r\n<")
                for _ in range(200):  # bounded: 40 s at most, and stopped with the test
                    if self.stopped.wait(0.2):
                        return
                    client.sendall(b" ")
            except OSError:
                return

    def stop(self) -> None:
        self.stopped.set()
        self.socket.close()


def test_an_answer_sent_a_byte_at_a_time_meets_a_deadline(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(deadline, "REQUEST_SECONDS", 1.5)
    monkeypatch.setattr(deadline, "LARGE_ANSWER_SECONDS", 1.5)
    drip = DripServer()
    try:
        started = time.monotonic()
        report, _ = sync(tmp_path, f"http://127.0.0.1:{drip.port}/home/")
        assert report.status == "error" and "no whole answer within 2 s" in report.message
        code = cli.main(["agenda", "--ics", f"http://127.0.0.1:{drip.port}/cal.ics"])
        assert code == 1 and "no whole answer" in capsys.readouterr().err
        assert time.monotonic() - started < 30  # bounded, where it hung for good
    finally:
        drip.stop()


def test_agenda_reads_no_file_beyond_a_calendars_size(capsys):
    code = cli.main(["agenda", "--ics", "/dev/zero"])
    assert code == 1 and "larger than" in capsys.readouterr().err


def test_an_inner_deadline_keeps_the_outer_one():
    import signal

    with deadline.deadline(30):
        with deadline.deadline(5):
            assert 0 < signal.getitimer(signal.ITIMER_REAL)[0] <= 5
        assert 5 < signal.getitimer(signal.ITIMER_REAL)[0] <= 30  # the outer one is armed again
        with deadline.deadline(60):  # a longer inner one leaves the outer in force
            assert signal.getitimer(signal.ITIMER_REAL)[0] <= 30
    assert signal.getitimer(signal.ITIMER_REAL)[0] == 0


def test_a_source_that_fails_in_an_unforeseen_way_prints_no_traceback(tmp_path, capsys, monkeypatch):
    from timeward.storage import settings
    from timeward.storage.paths import AppPaths

    monkeypatch.setattr(Syncer, "_sync_calendars", lambda *_args: (_ for _ in ()).throw(KeyError("a bug of ours")))
    calendar = tmp_path / "team.ics"
    calendar.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nEND:VCALENDAR\r\n")
    settings.save(AppPaths.from_environment().settings_file,
                  settings.Settings(sources=(Source("team", "ics", str(calendar)),)))
    assert cli.main(["sync"]) == 1
    captured = capsys.readouterr()
    assert "Traceback" not in captured.err and "KeyError" in captured.out + captured.err
