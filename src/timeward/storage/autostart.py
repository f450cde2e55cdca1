"""Starting the tray when the user logs in: an XDG autostart entry on Linux and the BSDs, a
LaunchAgent on macOS, a value under ``HKCU\\...\\Run`` on Windows. Each holds the command that
starts the tray in the background (``launch.tray_command``); turning it off removes only what
Timeward wrote there.
"""

from __future__ import annotations

import contextlib
import os
import plistlib
import subprocess
import sys
from pathlib import Path
from typing import Any

from timeward import APP_ID, APP_NAME
from timeward.storage.atomic import write_atomic

RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"


class AutostartError(OSError):
    """The login entry could not be written or removed; the message says where and why."""


def desktop_exec(command: list[str]) -> str:
    """``command`` as a desktop entry's Exec value: each argument quoted where it must be."""
    def quoted(argument: str) -> str:
        argument = argument.replace("%", "%%")
        if argument and not any(c in argument for c in " \t\n\"'\\><~|&;$*?#()`="):
            return argument
        return '"' + "".join("\\" + c if c in '"`$\\' else c for c in argument) + '"'

    return " ".join(quoted(argument) for argument in command)


def xdg_entry(command: list[str]) -> str:
    """The autostart entry: the tray, started in the background, with no terminal."""
    return "\n".join([
        "[Desktop Entry]",
        "Type=Application",
        f"Name={APP_NAME}",
        "Comment=Guards your time on calls",
        f"Exec={desktop_exec(command)}",
        f"Icon={APP_ID}",
        "Terminal=false",
        "X-GNOME-Autostart-enabled=true",
        "X-GNOME-Autostart-Delay=5",  # the panel's tray is up by then
        "",
    ])


def launch_agent(command: list[str]) -> bytes:
    """The LaunchAgent: run at load (login), never kept alive against the user's Quit."""
    return plistlib.dumps({"Label": APP_ID, "ProgramArguments": command, "RunAtLoad": True,
                           "KeepAlive": False, "ProcessType": "Interactive"})


def run_value(command: list[str]) -> str:
    """The ``Run`` value: one command line as Windows reads it."""
    return subprocess.list2cmdline(command)


def xdg_path(environ: dict[str, str] | None = None) -> Path:
    environ = dict(os.environ if environ is None else environ)
    base = environ.get("XDG_CONFIG_HOME") or str(Path(environ.get("HOME", str(Path.home()))) / ".config")
    return Path(base) / "autostart" / f"{APP_ID}.desktop"


def agent_path(home: Path | None = None) -> Path:
    return (home or Path.home()) / "Library" / "LaunchAgents" / f"{APP_ID}.plist"


def set_start_at_login(on: bool, command: list[str], platform: str = sys.platform,
                       registry: Any = None, environ: dict[str, str] | None = None,
                       home: Path | None = None) -> str:
    """Write (``on``) or remove the login entry; where it is, for the user to see. ``registry`` is
    the ``winreg`` module (given by tests)."""
    try:
        if platform == "win32":
            return _set_run_value(on, command, registry)
        path = _login_path(platform, environ, home)
        if on:
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, _login_file(command, platform))
        else:
            path.unlink(missing_ok=True)
        return str(path)
    except OSError as error:
        raise AutostartError(f"the login entry could not be {'written' if on else 'removed'}: {error}") from None


def starts_at_login(platform: str = sys.platform, registry: Any = None, environ: dict[str, str] | None = None,
                    home: Path | None = None) -> bool:
    """Is there a login entry of Timeward's?"""
    if platform == "win32":
        return _run_value_now(registry) is not None
    return _login_path(platform, environ, home).is_file()


def refresh(command: list[str], platform: str = sys.platform, registry: Any = None,
            environ: dict[str, str] | None = None, home: Path | None = None) -> bool:
    """Make an existing login entry start ``command`` (the app moved, or was updated into another
    folder); True when it had to be rewritten. One the user removed stays removed."""
    current: str | bytes | None
    wanted: str | bytes
    if platform == "win32":
        current, wanted = _run_value_now(registry), run_value(command)
    else:
        try:
            current = _login_path(platform, environ, home).read_bytes()
        except OSError:
            current = None
        wanted = _login_file(command, platform)
    if current is None or current == wanted:
        return False
    set_start_at_login(True, command, platform, registry, environ, home)
    return True


def _login_path(platform: str, environ: dict[str, str] | None, home: Path | None) -> Path:
    return agent_path(home) if platform == "darwin" else xdg_path(environ)


def _login_file(command: list[str], platform: str) -> bytes:
    """The login file that starts ``command``: a LaunchAgent on macOS, else an XDG entry."""
    return launch_agent(command) if platform == "darwin" else xdg_entry(command).encode()


def _run_value_now(registry: Any) -> str | None:
    """The ``Run`` value Timeward wrote, or None."""
    winreg = registry or _winreg()
    try:
        with winreg.OpenKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
            return str(winreg.QueryValueEx(key, APP_NAME)[0])
    except OSError:
        return None


def _set_run_value(on: bool, command: list[str], registry: Any) -> str:
    winreg = registry or _winreg()
    with winreg.CreateKey(winreg.HKEY_CURRENT_USER, RUN_KEY) as key:
        if on:
            winreg.SetValueEx(key, APP_NAME, 0, winreg.REG_SZ, run_value(command))
        else:
            with contextlib.suppress(FileNotFoundError):  # nothing to remove
                winreg.DeleteValue(key, APP_NAME)
    return f"HKEY_CURRENT_USER\\{RUN_KEY}\\{APP_NAME}"


def _winreg() -> Any:
    import winreg  # type: ignore[import-not-found,unused-ignore]  # Windows only

    return winreg
