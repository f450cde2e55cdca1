"""A real Xandikos CalDAV server on 127.0.0.1 in a subprocess (anonymous, its default calendar),
for the tests and ``bench/sync.py`` that must hold on a second server: its change list
(sync-collection) carries no object data, unlike Radicale's."""

from __future__ import annotations

import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

from tests.support.radicale import free_port, http

CALENDAR = "/user/calendars/calendar/"


@dataclass
class Xandikos:
    url: str
    root: Path
    process: subprocess.Popen

    def http(self, method: str, path: str, text: str = "") -> int:
        """A change made through the server, as another client would make it."""
        return http(self.url, method, path, text)

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


def start_xandikos(folder: Path, python: str = sys.executable) -> Xandikos:
    root = folder / "xandikos"
    port = free_port()
    executable = str(Path(python).with_name("xandikos"))
    process = subprocess.Popen([executable, "serve", "--defaults", "-d", str(root), "-l", "127.0.0.1", "-p", str(port),
                                "--state-dir", str(folder / "xandikos-state"), "--no-detect-systemd"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/"
    deadline = time.monotonic() + 30
    while True:
        try:
            urllib.request.urlopen(url + "user/", timeout=2).close()
            return Xandikos(url, root, process)
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("Xandikos did not start") from None
            time.sleep(0.1)
