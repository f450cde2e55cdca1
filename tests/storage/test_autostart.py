"""Starting at login: the XDG entry written and removed for real in a temporary config folder,
the LaunchAgent and the Windows Run value checked for what they hold."""

from __future__ import annotations

import configparser
import plistlib
import shlex
import shutil
import subprocess

import pytest

from timeward import APP_ID
from timeward.launch import BACKGROUND_FLAG
from timeward.storage import autostart

COMMAND = ["/opt/time ward/timeward", BACKGROUND_FLAG]


def test_the_xdg_entry_is_written_read_back_and_removed(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    assert not autostart.starts_at_login("linux")
    where = autostart.set_start_at_login(True, COMMAND, "linux")
    entry = tmp_path / "config" / "autostart" / f"{APP_ID}.desktop"
    assert where == str(entry) and autostart.starts_at_login("linux")
    parsed = configparser.ConfigParser(interpolation=None)
    parsed.read_string(entry.read_text(encoding="utf-8"))
    section = parsed["Desktop Entry"]
    assert section["Type"] == "Application" and section["Terminal"] == "false" and section["Icon"] == APP_ID
    assert shlex.split(section["Exec"]) == COMMAND  # the quoted path with its space comes back whole
    autostart.set_start_at_login(False, COMMAND, "linux")
    assert not entry.exists() and not autostart.starts_at_login("linux")
    autostart.set_start_at_login(False, COMMAND, "linux")  # removing twice is no error


def test_the_xdg_entry_is_valid_for_desktop_file_validate(tmp_path):
    validate = shutil.which("desktop-file-validate")
    if validate is None:
        pytest.skip("desktop-file-validate is not installed")
    autostart.set_start_at_login(True, COMMAND, "linux", environ={"XDG_CONFIG_HOME": str(tmp_path)})
    checked = subprocess.run([validate, str(tmp_path / "autostart" / f"{APP_ID}.desktop")],
                             capture_output=True, text=True)
    assert checked.returncode == 0 and "error" not in checked.stdout.lower(), checked.stdout


def test_exec_quotes_what_the_desktop_entry_spec_reserves():
    assert autostart.desktop_exec(["/usr/bin/timeward", "--background"]) == "/usr/bin/timeward --background"
    assert autostart.desktop_exec(['/a "b"/$x', "100%"]) == '"/a \\"b\\"/\\$x" 100%%'


def test_an_entry_that_names_an_old_place_is_rewritten_and_a_removed_one_stays_removed(tmp_path):
    environ = {"XDG_CONFIG_HOME": str(tmp_path)}
    assert not autostart.refresh(COMMAND, "linux", environ=environ)  # the user removed it: it stays so
    autostart.set_start_at_login(True, ["/old/timeward", BACKGROUND_FLAG], "linux", environ=environ)
    assert autostart.refresh(COMMAND, "linux", environ=environ)
    assert "time ward" in (tmp_path / "autostart" / f"{APP_ID}.desktop").read_text(encoding="utf-8")
    assert not autostart.refresh(COMMAND, "linux", environ=environ)  # already current: not written again


def test_a_folder_that_cannot_be_written_is_one_clear_error(tmp_path):
    (tmp_path / "autostart").write_text("a file where the folder should be", encoding="utf-8")
    with pytest.raises(autostart.AutostartError, match="could not be written"):
        autostart.set_start_at_login(True, COMMAND, "linux", environ={"XDG_CONFIG_HOME": str(tmp_path)})
    assert not list(tmp_path.glob("*.tmp"))


def test_the_launch_agent_runs_the_tray_at_login_and_is_removed(tmp_path):
    where = autostart.set_start_at_login(True, COMMAND, "darwin", home=tmp_path)
    agent = tmp_path / "Library" / "LaunchAgents" / f"{APP_ID}.plist"
    assert where == str(agent)
    held = plistlib.loads(agent.read_bytes())
    assert held == {"Label": APP_ID, "ProgramArguments": COMMAND, "RunAtLoad": True, "KeepAlive": False,
                    "ProcessType": "Interactive"}
    assert autostart.starts_at_login("darwin", home=tmp_path)
    autostart.set_start_at_login(False, COMMAND, "darwin", home=tmp_path)
    assert not agent.exists()


class FakeRegistry:
    """What winreg offers, over a dictionary: the values written under each key."""

    HKEY_CURRENT_USER = "HKCU"
    REG_SZ = 1

    def __init__(self) -> None:
        self.values: dict[tuple[str, str], tuple[int, str]] = {}

    class _Key:
        def __init__(self, path: str) -> None:
            self.path = path

        def __enter__(self):
            return self

        def __exit__(self, *_exc):
            return False

    def CreateKey(self, root, path):  # noqa: N802 - winreg's names
        return self._Key(f"{root}\\{path}")

    def OpenKey(self, root, path):  # noqa: N802
        if not any(key == f"{root}\\{path}" for key, _name in self.values):
            raise FileNotFoundError(path)
        return self._Key(f"{root}\\{path}")

    def SetValueEx(self, key, name, _reserved, kind, value):  # noqa: N802
        self.values[(key.path, name)] = (kind, value)

    def QueryValueEx(self, key, name):  # noqa: N802
        if (key.path, name) not in self.values:
            raise FileNotFoundError(name)
        kind, value = self.values[(key.path, name)]
        return value, kind

    def DeleteValue(self, key, name):  # noqa: N802
        if self.values.pop((key.path, name), None) is None:
            raise FileNotFoundError(name)


def test_the_windows_run_value_holds_one_quoted_command_line():
    registry = FakeRegistry()
    command = [r"C:\Program Files\Timeward\timeward-tray.exe", BACKGROUND_FLAG]
    where = autostart.set_start_at_login(True, command, "win32", registry=registry)
    assert where == r"HKEY_CURRENT_USER\Software\Microsoft\Windows\CurrentVersion\Run\Timeward"
    key = r"HKCU\Software\Microsoft\Windows\CurrentVersion\Run"
    assert registry.values == {(key, "Timeward"): (1, r'"C:\Program Files\Timeward\timeward-tray.exe" --background')}
    assert autostart.starts_at_login("win32", registry=registry)
    assert not autostart.refresh(command, "win32", registry=registry)
    autostart.set_start_at_login(False, command, "win32", registry=registry)
    autostart.set_start_at_login(False, command, "win32", registry=registry)
    assert registry.values == {} and not autostart.starts_at_login("win32", registry=registry)
