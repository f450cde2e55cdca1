"""A real Radicale CalDAV server on 127.0.0.1 (subprocess), seeded by writing its files."""

from __future__ import annotations

import datetime as dt
import socket
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

USER, PASSWORD = "alice", "correct horse"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def event(uid: str, start: dt.datetime, minutes: int = 30, summary: str = "", extra: str = "") -> str:
    fmt = "%Y%m%dT%H%M%SZ"
    return (f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//EN\r\nBEGIN:VEVENT\r\nUID:{uid}\r\n"
            f"DTSTAMP:{start:{fmt}}\r\nDTSTART:{start:{fmt}}\r\n"
            f"DTEND:{start + dt.timedelta(minutes=minutes):{fmt}}\r\nSUMMARY:{summary or uid}\r\n{extra}"
            "END:VEVENT\r\nEND:VCALENDAR\r\n")


@dataclass
class Radicale:
    url: str
    root: Path
    process: subprocess.Popen

    def calendar(self, name: str, display: str = "", colour: str = "") -> Path:
        folder = self.root / "collection-root" / USER / name
        folder.mkdir(parents=True, exist_ok=True)
        props = {"tag": "VCALENDAR", "D:displayname": display or name, "C:supported-calendar-component-set": "VEVENT"}
        if colour:
            props["ICAL:calendar-color"] = colour
        import json

        (folder / ".Radicale.props").write_text(json.dumps(props))
        return folder

    def put(self, calendar: str, href: str, text: str) -> None:
        (self.root / "collection-root" / USER / calendar / href).write_text(text)

    def http(self, method: str, path: str, text: str = "") -> int:
        """A change made through the server, as another client would make it."""
        import base64
        import urllib.request

        request = urllib.request.Request(self.url.rstrip("/") + path, data=text.encode() if text else None,
                                         method=method)
        request.add_header("Authorization", "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode())
        if text:
            request.add_header("Content-Type", "text/calendar")
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def radicale(tmp_path: Path):
    root = tmp_path / "radicale"
    (root / "collection-root" / USER).mkdir(parents=True)
    users = tmp_path / "users"
    users.write_text(f"{USER}:{PASSWORD}\n")
    port = free_port()
    config = tmp_path / "radicale.conf"
    config.write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n"
        f"[auth]\ntype = htpasswd\nhtpasswd_filename = {users}\nhtpasswd_encryption = plain\ndelay = 0\n"
        f"[rights]\ntype = owner_only\n[storage]\nfilesystem_folder = {root}\n[logging]\nlevel = warning\n"
    )
    process = subprocess.Popen([sys.executable, "-m", "radicale", "--config", str(config)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError("Radicale did not start") from None
            time.sleep(0.05)
    server = Radicale(f"http://127.0.0.1:{port}/", root, process)
    yield server
    if process.poll() is None:
        server.stop()
