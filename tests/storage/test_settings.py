"""Settings: round trip, defaults, validation, atomic private writes; folders."""

from __future__ import annotations

import dataclasses
import datetime as dt
import stat

import pytest

from timeward.domain.clients import ClientProfile
from timeward.domain.policy import GuardPolicy, Timings
from timeward.storage import settings
from timeward.storage.paths import AppPaths


def test_defaults_when_missing(tmp_path):
    loaded = settings.load(tmp_path / "config.toml")
    assert loaded.policy.defaults == Timings()
    assert loaded.policy.defaults.warning_lead == dt.timedelta(minutes=10)


def test_round_trip_and_private_file(tmp_path):
    path = tmp_path / "config.toml"
    acme = ClientProfile("acme.example", ("acme.example",), warning_lead=dt.timedelta(minutes=5))
    value = settings.Settings(GuardPolicy(Timings(wait_limit=dt.timedelta(minutes=7)), (acme,),
                                          ("me@example.com",)), language="vi")
    settings.save(path, value)
    assert settings.load(path) == value
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


SOURCE = "[[sources]]\nid = 'work'\nkind = 'ics'\nurl = 'https://example.com/a.ics'\n"


@pytest.mark.parametrize(("text", "message"), [
    ("guard = { wait_limit_minutes = -3 }", "between 0 and 1440, not -3; using 10"),
    ("[guard]\nwait_limit_minutes = 'ten'", "not 'ten'; using 10"),
    ("language = 'xx'", "language must be one of"),
    ("[[clients]]\nwait_limit_minutes = 3", "needs a 'name' and something to recognise"),
    ("clients = 'acme'", "'clients' must be a list"),
    ("guard = 5", "'guard' must be a table"),
    ("me = 'me@example.com'", "'me' must be a list"),
    ("schema = 99", "schema 99"),
    ("[guard]\nwait_limit = 5", "unknown setting 'guard.wait_limit' (did you mean 'wait_limit_minutes'?)"),
    ("langauge = 'vi'", "unknown setting 'langauge' (did you mean 'language'?)"),
    ("[[sources]]\nid = 'x'\nkind = 'ftp'\nurl = 'a'", "sources[1].kind must be one of"),
    ("start_at_login = 'yes'", "'start_at_login' must be true or false"),
    ("[[meeting_services]]\nname = 'Acme'\nhost = '('", "meeting_services[0] not a regular expression"),
    ("[[meeting_services]]\nhost = 'x'", "meeting_services[0] needs a 'name'"),
    ("[[meeting_services]]\nname = 'A'\nhost = 'x'\nhots = 'y'", "unknown setting 'meeting_services[0].hots'"),
])
def test_one_bad_value_falls_back_alone_and_is_named(tmp_path, text, message):
    path = tmp_path / "config.toml"
    path.write_text(f"{text}\n{SOURCE}" if not text.startswith("[[sources]]") else f"{SOURCE}{text}",
                    encoding="utf-8")
    loaded = settings.load(path)
    assert any(message in p and str(path) in p for p in loaded.problems), loaded.problems
    assert [s.id for s in loaded.sources] == ["work"]  # the calendars never vanish with a bad value
    assert not loaded.unreadable


def test_the_good_values_beside_a_bad_one_still_count(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("language = 'vi'\n[guard]\nwait_limit_minutes = 'ten'\nwarning_lead_minutes = 5\n",
                    encoding="utf-8")
    loaded = settings.load(path)
    assert loaded.language == "vi"
    assert loaded.policy.defaults == Timings(warning_lead=dt.timedelta(minutes=5))
    assert len(loaded.problems) == 1


@pytest.mark.parametrize("content", [b"this is not toml", b"language = '\xff'"])
def test_an_unreadable_file_gives_the_defaults_and_says_so(tmp_path, content):
    path = tmp_path / "config.toml"
    path.write_bytes(content)
    loaded = settings.load(path)
    assert loaded.unreadable and loaded == settings.Settings()
    assert len(loaded.problems) == 1 and str(path) in loaded.problems[0]


def test_saving_over_an_unreadable_file_keeps_it_aside(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(f"{SOURCE}this line is broken\n", encoding="utf-8")
    kept = settings.save(path, settings.Settings(language="vi"), now=dt.datetime(2026, 12, 1, tzinfo=dt.UTC))
    assert kept == tmp_path / "config.toml.broken-2026-12-01"
    assert kept.read_text(encoding="utf-8") == f"{SOURCE}this line is broken\n"
    assert settings.load(path).language == "vi"
    again = settings.save(path, settings.Settings(language="th"))  # the file is good now: no new copy
    assert again is None and sorted(p.name for p in tmp_path.iterdir()) == ["config.toml", kept.name]


def test_saving_a_file_with_a_bad_value_keeps_it_aside_and_keeps_the_calendars(tmp_path):
    path = tmp_path / "config.toml"
    text = f"[guard]\nwait_limit_minutes = 'ten'\n{SOURCE}"
    path.write_text(text, encoding="utf-8")
    loaded = settings.load(path)
    kept = settings.save(path, dataclasses.replace(loaded, language="id"))
    assert kept is not None and kept.read_text(encoding="utf-8") == text
    saved = settings.load(path)
    assert saved.language == "id" and [s.id for s in saved.sources] == ["work"] and not saved.problems


def test_a_source_that_cannot_be_read_survives_a_rewrite(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(f"{SOURCE}[[sources]]\nid = 'odd'\nkind = 'ftp'\nurl = 'ftp://x'\n", encoding="utf-8")
    loaded = settings.load(path)
    assert [s.id for s in loaded.sources] == ["work"]
    settings.save(path, dataclasses.replace(loaded, language="vi"))
    assert "kind = 'ftp'" in path.read_text(encoding="utf-8")  # not the app's to drop: the user fixes it


def test_a_rewrite_keeps_comments_order_and_unknown_keys(tmp_path):
    path = tmp_path / "config.toml"
    text = ("# my settings\nlanguage = 'en'  # English for now\n\n[guard]\n# be strict\nwait_limit_minutes = 5\n"
            "x_mine = 1\n\n# the work calendar\n" + SOURCE + "name = 'Work'  # shown in the tray\n")
    path.write_text(text, encoding="utf-8")
    loaded = settings.load(path)
    policy = dataclasses.replace(loaded.policy, defaults=Timings(wait_limit=dt.timedelta(minutes=7)))
    settings.save(path, dataclasses.replace(loaded, policy=policy))
    written = path.read_text(encoding="utf-8")
    for kept in ("# my settings", "# English for now", "# be strict", "x_mine = 1", "# the work calendar",
                 "# shown in the tray", "wait_limit_minutes = 7"):
        assert kept in written
    assert written.index("language") < written.index("[guard]") < written.index("[[sources]]")
    assert settings.load(path).policy.defaults.wait_limit == dt.timedelta(minutes=7)


def test_a_removed_source_and_a_cleared_value_leave_the_file(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(SOURCE + "[guard]\nlate_cancellation_policy = 'Billed in full.'\n", encoding="utf-8")
    loaded = settings.load(path)
    assert loaded.late_cancellation_policy == "Billed in full."
    settings.save(path, dataclasses.replace(loaded, sources=(), late_cancellation_policy=""))
    written = settings.load(path)
    assert written.sources == () and written.late_cancellation_policy == ""
    assert "url" not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("where", ["[guard]\n", ""])
def test_the_late_cancellation_policy_counts_where_the_readme_puts_it(tmp_path, where):
    path = tmp_path / "config.toml"
    path.write_text(f"{where}late_cancellation_policy = 'Calls cancelled late are billed.'\n", encoding="utf-8")
    loaded = settings.load(path)
    assert loaded.late_cancellation_policy == "Calls cancelled late are billed." and not loaded.problems
    settings.save(path, loaded)
    assert "[guard]" in path.read_text(encoding="utf-8")  # written in its documented place


def test_a_file_that_cannot_be_read_is_not_overwritten(tmp_path):
    path = tmp_path / "config.toml"
    path.mkdir()  # unreadable as a file, for root too
    (path / "inside").write_text("mine", encoding="utf-8")
    assert settings.load(path).unreadable
    with pytest.raises(settings.SettingsError, match="not overwritten"):
        settings.save(path, settings.Settings())
    assert (path / "inside").read_text(encoding="utf-8") == "mine"


def test_timeward_home_holds_every_folder(_private_home):
    paths = AppPaths.from_environment()
    assert all(str(p).startswith(str(_private_home)) for p in (paths.config, paths.data, paths.cache, paths.log))


def test_client_profiles_and_working_hours_round_trip_in_their_order(tmp_path):
    from timeward.domain.working_hours import WorkingHours

    path = tmp_path / "config.toml"
    path.write_text('# my clients\n[[clients]]\nclient = "old.example"  # an early entry\n\n'
                    '[[clients]]\nname = "Acme"\nmatch = ["acme.example", "ana@partner.example"]\n'
                    'calendars = ["Acme shared"]\ntitles = ["Acme *"]\nnotice_hours = 48\n'
                    'fee_line = "Late cancellations are charged $50."\nlanguage = "vi"\nhourly_rate = 80\n'
                    'monthly_budget_hours = 6\nwait_limit_minutes = 5\n\n'
                    '[hours]\nmonday = "08:00-12:00"\nsaturday = "10:00-12:00"\nfriday = ""\n'
                    'days_off = ["2026-12-24"]\nfocus_days = ["wednesday", "2026-12-30"]\n', encoding="utf-8")
    loaded = settings.load(path)
    assert not loaded.problems
    old, acme = loaded.policy.clients
    assert (old.name, old.match) == ("old.example", ("old.example",))
    assert (acme.match, acme.calendars, acme.titles, acme.notice, acme.language, acme.hourly_rate,
            acme.monthly_budget, acme.wait_limit) == (
        ("acme.example", "ana@partner.example"), ("Acme shared",), ("Acme *",), dt.timedelta(hours=48), "vi", 80.0,
        dt.timedelta(hours=6), dt.timedelta(minutes=5))
    hours = loaded.hours
    assert hours.days[0] == (dt.time(8), dt.time(12)) and hours.days[4] is None
    assert hours.days[1] == WorkingHours().days[1]
    assert hours.days[5] == (dt.time(10), dt.time(12))
    assert hours.days_off == {dt.date(2026, 12, 24)} and hours.focus_weekdays == {2}
    assert hours.focus_dates == {dt.date(2026, 12, 30)}

    reordered = dataclasses.replace(loaded, policy=dataclasses.replace(loaded.policy, clients=(acme, old)))
    settings.save(path, reordered)
    text = path.read_text(encoding="utf-8")
    assert text.index('name = "Acme"') < text.index("old.example")  # the order the user chose
    assert "# my clients" in text and "# an early entry" in text
    assert settings.load(path) == reordered


@pytest.mark.parametrize(("text", "message"), [
    ('[hours]\nmonday = "9 to 5"', "hours.monday must be like"),
    ('[hours]\nmonday = "17:00-09:00"', "hours.monday must be like"),
    ('[hours]\ndays_off = ["someday"]', "neither a date"),
    ('[hours]\nsundays = ""', "did you mean 'sunday'"),
    ('[guard]\nnotice_hours = -1', "guard.notice_hours must be a number"),
    ('[[clients]]\nname = "A"\nmatch = "a.example"\nhourly_rate = "lots"', "hourly_rate must be a number"),
    ('[[clients]]\nname = "A"\nmatch = "a.example"\nlanguage = "fr"', "language must be one of"),
    ('[[clients]]\nname = "A"', "something to recognise the client by"),
    ('[[clients]]\nname = "A"\nmatch = [1, 2]', "must be a list of text"),
])
def test_a_bad_profile_or_hours_value_is_named(tmp_path, text, message):
    path = tmp_path / "config.toml"
    path.write_text(text + "\n", encoding="utf-8")
    loaded = settings.load(path)
    assert any(message in p for p in loaded.problems), loaded.problems


def test_own_meeting_services_and_start_at_login_survive_a_rewrite(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("start_at_login = true\n\n# our video rooms\n[[meeting_services]]\nname = 'Acme Rooms'\n"
                    "host = 'rooms\\.acme\\.example'  # the only host\npath = '/r/'\n" + SOURCE, encoding="utf-8")
    loaded = settings.load(path)
    assert loaded.problems == () and loaded.start_at_login
    [service] = loaded.meeting_services
    assert service.name == "Acme Rooms" and service.host.fullmatch("rooms.acme.example")
    settings.save(path, dataclasses.replace(loaded, language="vi"))
    written = path.read_text(encoding="utf-8")
    assert "# our video rooms" in written and "# the only host" in written
    again = settings.load(path)
    assert again.start_at_login and [s.name for s in again.meeting_services] == ["Acme Rooms"]
    settings.save(path, dataclasses.replace(again, start_at_login=False))
    assert "start_at_login" not in path.read_text(encoding="utf-8")
