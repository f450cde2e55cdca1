"""Timeward starts its children and its login entry the same way from source and frozen: in a
bundle ``sys.executable`` is the bundle's program, which takes the same arguments."""

from __future__ import annotations

import subprocess
import sys

from timeward import launch


def test_from_source_the_children_are_this_python_with_the_module():
    assert launch.timeward_command("sync", "--json") == [sys.executable, "-m", "timeward", "sync", "--json"]
    assert launch.helper_command() == [sys.executable, "-m", "timeward.sync.helper"]


def test_frozen_the_children_are_the_bundles_own_program(monkeypatch):
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/timeward/timeward")
    assert launch.timeward_command("sync") == ["/opt/timeward/timeward", "sync"]
    assert launch.helper_command() == ["/opt/timeward/timeward", launch.HELPER_FLAG]
    assert launch.tray_command() == ["/opt/timeward/timeward", launch.BACKGROUND_FLAG]


def test_the_login_command_prefers_the_installed_launcher(tmp_path, monkeypatch):
    python = tmp_path / "bin" / "python"
    python.parent.mkdir()
    python.write_text("")
    monkeypatch.setattr(sys, "executable", str(python))
    assert launch.tray_command("linux") == [str(python), "-m", "timeward", launch.BACKGROUND_FLAG]
    (tmp_path / "bin" / "timeward").write_text("")
    assert launch.tray_command("linux") == [str(tmp_path / "bin" / "timeward"), launch.BACKGROUND_FLAG]
    (tmp_path / "bin" / "timeward-tray.exe").write_text("")
    assert launch.tray_command("win32") == [str(tmp_path / "bin" / "timeward-tray.exe"), launch.BACKGROUND_FLAG]


def test_the_hidden_helper_flag_serves_the_reading_helper():
    """What a frozen sync starts: the program with the flag answers as the helper does (it ends
    at the end of its input)."""
    done = subprocess.run([sys.executable, "-m", "timeward", launch.HELPER_FLAG], input=b"", capture_output=True,
                          timeout=60)
    assert done.returncode == 0 and done.stdout == b""
