"""The viewer's zone: by name from TZ or the /etc/localtime link without a library, else by the
system's settings through tzlocal, else the current offset; never frozen for good."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from timeward import system_zone

ZONES = Path("/usr/share/zoneinfo")


@pytest.fixture(autouse=True)
def _fresh(monkeypatch):
    monkeypatch.delenv("TZ", raising=False)
    monkeypatch.setattr(system_zone, "_system_answer", None)


def test_tz_names_the_zone(monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    assert system_zone.local_zone() == ZoneInfo("Asia/Ho_Chi_Minh")
    monkeypatch.setenv("TZ", ":Asia/Bangkok")
    assert system_zone.local_zone() == ZoneInfo("Asia/Bangkok")


@pytest.mark.skipif(not (ZONES / "Asia/Jakarta").exists(), reason="no system zone files")
def test_a_localtime_link_names_the_zone_and_a_change_of_it_is_seen(tmp_path, monkeypatch):
    link = tmp_path / "localtime"
    link.symlink_to(ZONES / "Asia/Jakarta")
    monkeypatch.setattr(system_zone, "LOCALTIME", link)
    assert str(system_zone.local_zone()) == "Asia/Jakarta"
    link.unlink()
    link.symlink_to(ZONES / "Europe/Berlin")  # the traveller's laptop changed zone
    assert str(system_zone.local_zone()) == "Europe/Berlin"


@pytest.mark.skipif(not (ZONES / "Asia/Jakarta").exists(), reason="no system zone files")
def test_elsewhere_the_system_settings_are_read_through_tzlocal_and_kept_a_minute(tmp_path, monkeypatch):
    import tzlocal

    copy = tmp_path / "localtime"
    shutil.copy(ZONES / "Asia/Jakarta", copy)  # a copy, not a link: no name to read from it
    monkeypatch.setattr(system_zone, "LOCALTIME", copy)
    answers = iter([ZoneInfo("Asia/Jakarta"), ZoneInfo("Europe/Berlin")])
    monkeypatch.setattr(tzlocal, "reload_localzone", lambda: next(answers))
    assert system_zone.local_zone() == ZoneInfo("Asia/Jakarta")
    assert system_zone.local_zone() == ZoneInfo("Asia/Jakarta")  # kept, not read again
    monkeypatch.setattr(system_zone, "_system_answer", (-1e9, ZoneInfo("Asia/Jakarta")))  # a minute later
    assert system_zone.local_zone() == ZoneInfo("Europe/Berlin")


def test_without_any_setting_the_current_offset_is_used(tmp_path, monkeypatch):
    import tzlocal

    monkeypatch.setattr(system_zone, "LOCALTIME", tmp_path / "missing")

    def unreadable():
        raise LookupError("no time zone configuration")

    monkeypatch.setattr(tzlocal, "reload_localzone", unreadable)
    zone = system_zone.local_zone()
    now = dt.datetime.now(dt.UTC)
    assert zone.utcoffset(now) == now.astimezone().utcoffset()
