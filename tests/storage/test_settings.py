"""Settings: round trip, defaults, validation, atomic private writes; folders."""

from __future__ import annotations

import datetime as dt
import stat

import pytest

from timeward.domain.policy import ClientRule, GuardPolicy, Timings
from timeward.storage import settings
from timeward.storage.paths import AppPaths


def test_defaults_when_missing(tmp_path):
    loaded = settings.load(tmp_path / "config.toml")
    assert loaded.policy.defaults == Timings()
    assert loaded.policy.defaults.warning_lead == dt.timedelta(minutes=10)


def test_round_trip_and_private_file(tmp_path):
    path = tmp_path / "config.toml"
    value = settings.Settings(GuardPolicy(Timings(wait_limit=dt.timedelta(minutes=7)),
                                          (ClientRule("acme.example", warning_lead=dt.timedelta(minutes=5)),),
                                          ("me@example.com",)), language="vi")
    settings.save(path, value)
    assert settings.load(path) == value
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


@pytest.mark.parametrize(("text", "message"), [
    ("guard = { wait_limit_minutes = -3 }", "between 0 and 1440"),
    ("language = 'klingon'", "language must be one of"),
    ("[[clients]]\nwait_limit_minutes = 3", "needs a 'client'"),
    ("schema = 99", "schema 99"),
    ("this is not toml", "config.toml"),
])
def test_broken_settings_give_a_clear_error(tmp_path, text, message):
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(settings.SettingsError, match=message):
        settings.load(path)


def test_timeward_home_holds_every_folder(_private_home):
    paths = AppPaths.from_environment()
    assert all(str(p).startswith(str(_private_home)) for p in (paths.config, paths.data, paths.cache, paths.log))
