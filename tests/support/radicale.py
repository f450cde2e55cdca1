"""A real Radicale CalDAV server on 127.0.0.1 in a subprocess, seeded by writing its files.

Used by the sync tests' fixture and by ``bench/sync.py``: plain htpasswd authentication, owner-only
rights, no delay on failed logins, storage in a folder of the caller's.
"""

from __future__ import annotations

import base64
import json
import socket
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

USER, PASSWORD = "alice", "correct horse"


def http(url: str, method: str, path: str, text: str = "", credentials: str = "") -> int:
    """One request to a test server (``credentials``: "user:password" for basic auth); its status."""
    request = urllib.request.Request(url.rstrip("/") + path, data=text.encode() if text else None, method=method)
    if credentials:
        request.add_header("Authorization", "Basic " + base64.b64encode(credentials.encode()).decode())
    if text:
        request.add_header("Content-Type", "text/calendar")
    with urllib.request.urlopen(request, timeout=30) as response:
        return response.status


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


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
        (folder / ".Radicale.props").write_text(json.dumps(props))
        return folder

    def put(self, calendar: str, href: str, text: str) -> None:
        (self.root / "collection-root" / USER / calendar / href).write_text(text)

    def http(self, method: str, path: str, text: str = "") -> int:
        """A change made through the server, as another client would make it."""
        return http(self.url, method, path, text, f"{USER}:{PASSWORD}")

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)


def start_radicale(folder: Path, python: str = sys.executable, tls: tuple[Path, Path] | None = None,
                   port: int | None = None, extra: str = "") -> Radicale:
    """Start Radicale with its storage, users and configuration in ``folder``; wait until it listens.
    ``tls`` (a certificate and its key, PEM) makes it serve https; ``port`` restarts one where it was;
    ``extra`` is more configuration ("[reporting]\nmax_expand_occurrence = 50\n")."""
    root = folder / "radicale"
    (root / "collection-root" / USER).mkdir(parents=True, exist_ok=True)
    users = folder / "users"
    users.write_text(f"{USER}:{PASSWORD}\n")
    port = port or free_port()
    config = folder / "radicale.conf"
    config.write_text(
        f"[server]\nhosts = 127.0.0.1:{port}\n"
        + (f"ssl = True\ncertificate = {tls[0]}\nkey = {tls[1]}\n" if tls else "")
        + f"[auth]\ntype = htpasswd\nhtpasswd_filename = {users}\nhtpasswd_encryption = plain\ndelay = 0\n"
        f"[rights]\ntype = owner_only\n[storage]\nfilesystem_folder = {root}\n[logging]\nlevel = warning\n"
        + extra
    )
    process = subprocess.Popen([python, "-m", "radicale", "--config", str(config)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 20
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
            break
        except OSError:
            if process.poll() is not None or time.monotonic() > deadline:
                process.kill()
                raise RuntimeError("Radicale did not start") from None
            time.sleep(0.05)
    return Radicale(f"{'https' if tls else 'http'}://127.0.0.1:{port}/", root, process)
