"""The agenda and status commands, as their contract promises scripts and status bars."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import CALENDARS
from timeward.cli import main as cli

DUPLICATES = str(CALENDARS / "case21_duplicate_uids.ics")
BROKEN = str(CALENDARS / "case20_broken_events_among_good.ics")
DECLINED = str(CALENDARS / "case16_declined.ics")


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_agenda_json_has_the_contract_fields(capsys, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    code, out, _ = run(capsys, "agenda", "--ics", DUPLICATES, "--from", "2026-11-01", "--to", "2026-12-01",
                       "--json")
    assert code == 0
    items = json.loads(out)
    assert {"uid", "recurrence_id", "calendar", "summary", "start", "end", "all_day", "status", "declined",
            "is_call", "join_url", "agenda"} <= set(items[0])
    assert items[0]["start"] == "2026-11-10T17:00:00+07:00"
    assert items[0]["calendar"] == "case21_duplicate_uids.ics"


def test_agenda_reports_broken_events_and_lists_the_rest(capsys):
    code, out, err = run(capsys, "agenda", "--ics", BROKEN, "--from", "2026-11-10", "--to", "2026-11-11")
    assert code == 0
    assert "Good one" in out and "Good two" in out
    assert "case20_broken_events_among_good.ics" in err and "'hour-25'" in err


def test_declined_and_cancelled_only_with_all(capsys):
    args = ["agenda", "--ics", DECLINED, "--me", "me@example.com", "--from", "2026-11-10T00:00Z",
            "--to", "2026-11-11T00:00Z", "--json"]
    _, out, _ = run(capsys, *args)
    assert "I declined" not in [i["summary"] for i in json.loads(out)]
    _, out, _ = run(capsys, *args, "--all")
    declined = [i for i in json.loads(out) if i["summary"] == "I declined"]
    assert declined and declined[0]["declined"] is True


def test_status_at_a_moment(capsys):
    code, out, _ = run(capsys, "status", "--ics", DUPLICATES, "--at", "2026-11-10T10:05:00Z", "--json")
    assert code == 0
    status = json.loads(out)
    assert status["phase"] == "waiting"
    assert status["call"]["summary"] == "First event sharing a UID"
    assert status["call"]["seconds_waited"] == 300
    assert status["next"]["summary"] == "New version"


def test_status_reads_the_local_calendar_file(capsys, _private_home: Path):
    (_private_home / "data").mkdir(parents=True)
    (_private_home / "data" / "calendar.ics").write_bytes(Path(DUPLICATES).read_bytes())
    code, out, _ = run(capsys, "status", "--at", "2026-11-10T09:59:00Z")
    assert code == 0 and out.startswith("upcoming: First event sharing a UID")


def test_missing_file_is_a_runtime_failure(capsys, tmp_path):
    code, _, err = run(capsys, "agenda", "--ics", str(tmp_path / "nope.ics"))
    assert code == 1 and err.count("\n") == 1 and "nope.ics" in err


@pytest.mark.parametrize("url", ["file:///etc/passwd", "ftp://example.com/cal.ics"])
def test_only_web_addresses_are_fetched(capsys, url):
    code, _, err = run(capsys, "agenda", "--ics", url)
    assert code == 1 and "only https, http and webcal" in err


def test_bad_usage_exits_2():
    result = subprocess.run([sys.executable, "-m", "timeward", "agenda", "--from", "yesterday-ish"],
                            capture_output=True, text=True, check=False)
    assert result.returncode == 2
    assert "not a date" in result.stderr


def test_status_imports_neither_qt_nor_the_calendar_stack():
    code = ("import sys; from timeward.cli import main as cli; cli.main(['status']); "
            "bad = [m for m in ('PySide6', 'icalendar', 'recurring_ical_events', 'caldav') if m in sys.modules]; "
            "print(bad)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip().endswith("[]")


GALA_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:gala-1\r\nDTSTAMP:20261014T000000Z\r\n"
    "DTSTART:20261014T020000Z\r\nDTEND:20261014T030000Z\r\nSUMMARY:October awards gala planning\r\n"
    "ORGANIZER;CN=Me:mailto:me@example.com\r\nATTENDEE;CN=Anna Lee:mailto:anna@client.example\r\n"
    "ATTENDEE;CN=Me:mailto:me@example.com\r\n"
    "DESCRIPTION:Agenda:\\n1. Venue\\n2. Budget projection\\n3. Catering\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n"
)


def test_followup_prints_the_draft_and_saves_an_eml(tmp_path, capsys):
    import email
    import email.policy

    calendar = tmp_path / "gala.ics"
    calendar.write_text(GALA_ICS)
    base = ["followup", "gala-1", "--ics", str(calendar), "--me", "me@example.com", "--occurrence", "2026-10-14T02:00Z"]
    assert cli.main([*base, "--covered", "1", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("To: anna@client.example\nSubject: Follow-up: October awards gala planning — 14 October 2026")
    assert "- Venue\n" in out and "- Budget projection\n" in out
    assert cli.main([*base, "--lang", "id", "--eml", str(tmp_path / "draft.eml")]) == 0
    message = email.message_from_bytes((tmp_path / "draft.eml").read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1" and message["Subject"].startswith("Tindak lanjut: October")
    assert cli.main([*base, "--covered", "7"]) == 1
    assert "the call has 3 agenda item(s)" in capsys.readouterr().err
    assert cli.main(["followup", "nope", "--ics", str(calendar)]) == 1
    with pytest.raises(SystemExit) as usage:
        cli.main([*base, "--covered", "one"])
    assert usage.value.code == 2


def test_a_bad_setting_is_named_once_and_the_calendars_still_count(capsys, tmp_path):
    from timeward.storage.paths import AppPaths

    paths = AppPaths.from_environment()
    paths.config.mkdir(parents=True)
    feed = tmp_path / "mine.ics"
    feed.write_bytes((CALENDARS / "case21_duplicate_uids.ics").read_bytes())
    paths.settings_file.write_text(f"[guard]\nwait_limit_minutes = 'ten'\n[[sources]]\nid = 'mine'\nkind = 'ics'\n"
                                   f"url = '{feed}'\n", encoding="utf-8")
    code, out, err = run(capsys, "calendars", "list")
    assert code == 0 and "mine" in out
    assert err.count("wait_limit_minutes") == 1 and "using 10" in err
    code, _, err = run(capsys, "calendars", "remove", "mine")
    assert code == 0 and "is kept as" in err
    assert list(paths.config.glob("config.toml.broken-*"))[0].read_text(encoding="utf-8").count("'ten'") == 1


def test_a_settings_file_that_cannot_be_written_is_one_line(capsys, tmp_path):
    from timeward.storage.paths import AppPaths

    paths = AppPaths.from_environment()
    paths.settings_file.mkdir(parents=True)  # a folder where the file should be: it cannot be read or replaced
    code, _, err = run(capsys, "calendars", "add", "ics", str(CALENDARS / "case21_duplicate_uids.ics"))
    assert code == 1 and err.count("\n") == 2 and "not overwritten" in err  # the problem, then the failure


def test_an_eml_goes_only_into_a_folder_that_exists_privately_and_leaves_nothing_else(tmp_path, capsys):
    import stat

    calendar = tmp_path / "gala.ics"
    calendar.write_text(GALA_ICS)
    base = ["followup", "gala-1", "--ics", str(calendar), "--occurrence", "2026-10-14T02:00Z"]
    assert cli.main([*base, "--eml", str(tmp_path / "no" / "such" / "draft.eml")]) == 1
    assert "no such folder" in capsys.readouterr().err and not (tmp_path / "no").exists()
    out = tmp_path / "out"
    out.mkdir()
    (out / "taken.eml").mkdir()  # cannot be replaced: the write fails after the copy was made
    assert cli.main([*base, "--eml", str(out / "taken.eml")]) == 1
    assert cli.main([*base, "--eml", str(out / "draft.eml")]) == 0
    assert sorted(p.name for p in out.iterdir()) == ["draft.eml", "taken.eml"]  # no tmp*.tmp left
    assert stat.S_IMODE((out / "draft.eml").stat().st_mode) == 0o600


@pytest.mark.parametrize("args", [
    ["agenda", "--from", "2026-11-10", "--to", "2026-11-09"],
    ["agenda", "--from", ""],
    ["status", "--at", " "],
    ["followup", "x", "--eml", ""],
    ["calendars", "add", "ics", ""],
])
def test_empty_values_and_a_window_that_ends_before_it_starts_are_bad_usage(capsys, args):
    with pytest.raises(SystemExit) as usage:
        cli.main(args)
    assert usage.value.code == 2
    assert "Traceback" not in capsys.readouterr().err


def test_a_password_with_no_terminal_to_ask_on_is_one_line(capsys, monkeypatch):
    import io
    import warnings

    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # getpass warns that it cannot hide the echo
        code = cli.main(["calendars", "add", "caldav", "https://127.0.0.1:9/", "--user", "u", "--session-only"])
    err = capsys.readouterr().err
    assert code == 1 and "--password-stdin" in err and "Traceback" not in err


HOSTILE_ICS = (
    "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\nBEGIN:VEVENT\r\nUID:hostile\r\nDTSTAMP:20261014T000000Z\r\n"
    "DTSTART:20261014T020000Z\r\nDTEND:20261014T030000Z\r\n"
    "SUMMARY:Call \x1b[2J\x1b]0;pwned\x07 \u202egnp.exe \u200bhidden\r\n"
    "ATTENDEE:mailto:anna@client.example\r\n"
    "DESCRIPTION:Agenda:\\n1. Budget \x1b[31mred\x1b[0m\r\nEND:VEVENT\r\n"
    "BEGIN:VEVENT\r\nUID:broken\r\nDTSTAMP:20261014T000000Z\r\nDTSTART:2026-bad\x1b[5m\r\nSUMMARY:x\r\n"
    "END:VEVENT\r\nEND:VCALENDAR\r\n")


def test_calendar_text_reaches_the_terminal_inert(tmp_path, capsys):
    calendar = tmp_path / "hostile.ics"
    calendar.write_bytes(HOSTILE_ICS.encode())
    window = ["--ics", str(calendar), "--from", "2026-10-14", "--to", "2026-10-15"]
    runs = [run(capsys, "agenda", *window), run(capsys, "status", "--ics", str(calendar), "--at", "2026-10-14T02:10Z"),
            run(capsys, "followup", "hostile", "--ics", str(calendar), "--occurrence", "2026-10-14T02:00Z")]
    for code, out, err in runs:
        assert code == 0, err
        for hidden in ("\x1b", "\x07", "\u202e", "\u200b"):
            assert hidden not in out and hidden not in err
    assert "Call ␛[2J␛]0;pwned␇ ⟨U+202E⟩gnp.exe ⟨U+200B⟩hidden" in runs[0][1]
    assert "Budget ␛[31mred␛[0m" in runs[2][1] and "\n" in runs[2][1]
    _, out, _ = run(capsys, "agenda", *window, "--json")  # JSON is for programs: the text is kept whole
    assert json.loads(out)[0]["summary"].startswith("Call \x1b[2J")


def _one_off(uid: str, start: dt.datetime, rule: str = "") -> str:
    fmt = "%Y%m%dT%H%M%SZ"
    return (f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nDTSTART:{start:{fmt}}\r\n"
            f"DTEND:{start + dt.timedelta(hours=1):{fmt}}\r\nSUMMARY:{uid}\r\n{rule}"
            "ATTENDEE:mailto:anna@client.example\r\nEND:VEVENT\r\n")


def test_followup_finds_a_call_of_any_date_and_refuses_one_yet_to_come(tmp_path, capsys):
    now = dt.datetime.now(dt.UTC).replace(minute=0, second=0, microsecond=0)
    calendar = tmp_path / "calls.ics"
    calendar.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
                        + _one_off("six-weeks-ago", now - dt.timedelta(weeks=6))
                        + _one_off("three-years-ago", now - dt.timedelta(days=3 * 365))
                        + _one_off("weekly", now - dt.timedelta(days=400, hours=2), "RRULE:FREQ=WEEKLY\r\n")
                        + _one_off("next-week", now + dt.timedelta(days=7)) + "END:VCALENDAR\r\n")
    for uid in ("six-weeks-ago", "three-years-ago"):
        code, out, err = run(capsys, "followup", uid, "--ics", str(calendar))
        assert code == 0, err
        assert "Thank you for your time on" in out and "today" not in out.split("\n")[3]
    code, out, _ = run(capsys, "followup", "weekly", "--ics", str(calendar), "--lang", "en")
    latest = (now - dt.timedelta(days=400, hours=2))
    while latest + dt.timedelta(weeks=1) <= now:
        latest += dt.timedelta(weeks=1)
    assert code == 0 and f"{latest.day} " in out.split("\n")[1]  # the latest begun occurrence
    code, _, err = run(capsys, "followup", "next-week", "--ics", str(calendar))
    assert code == 1 and "has not happened yet" in err
    code, _, err = run(capsys, "followup", "next-week", "--ics", str(calendar), "--occurrence",
                       (now + dt.timedelta(days=7)).isoformat())
    assert code == 1 and "has not happened yet" in err


def test_agenda_names_the_link_of_your_own_meeting_service(capsys, tmp_path):
    from timeward.storage.paths import AppPaths

    calendar = tmp_path / "rooms.ics"
    calendar.write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//t//EN\r\nBEGIN:VEVENT\r\nUID:r@x\r\n"
                        "DTSTAMP:20261101T000000Z\r\nDTSTART:20261110T100000Z\r\nDTEND:20261110T110000Z\r\n"
                        "SUMMARY:Review\r\nURL:https://docs.acme.example/agenda\r\n"
                        "DESCRIPTION:Room: https://rooms.acme.example/r/7\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n",
                        encoding="utf-8")
    window = ("--from", "2026-11-10", "--to", "2026-11-11", "--json")
    [before] = json.loads(run(capsys, "agenda", "--ics", str(calendar), *window)[1])
    assert before["join_url"] == "https://docs.acme.example/agenda"
    settings_file = AppPaths.from_environment().settings_file
    settings_file.parent.mkdir(parents=True, exist_ok=True)
    settings_file.write_text("[[meeting_services]]\nname = 'Acme Rooms'\nhost = 'rooms\\.acme\\.example'\n"
                             "path = '/r/'\n", encoding="utf-8")
    [after] = json.loads(run(capsys, "agenda", "--ics", str(calendar), *window)[1])
    assert after["join_url"] == "https://rooms.acme.example/r/7"
