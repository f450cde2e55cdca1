"""A simulated week through `timeward call … --at`, then `log` and `report` as their contract
promises: every figure checked against values worked out by hand."""

from __future__ import annotations

import json
import shutil

import pytest

from tests.conftest import CALENDARS
from timeward.cli import main as cli
from timeward.storage.paths import AppPaths

CONFIG = """me = ["me@me.example"]
[[clients]]
name = "Acme"
match = ["acme.example"]
monthly_budget_hours = 6
hourly_rate = 100
"""
WEEK = ["--from", "2026-11-23", "--to", "2026-11-30"]


def run(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def week(capsys, monkeypatch):
    """Mon–Fri of calls (Asia/Ho_Chi_Minh), answered as a user would from a status bar."""
    monkeypatch.setenv("TZ", "Asia/Ho_Chi_Minh")
    paths = AppPaths.from_environment()
    shutil.copy(CALENDARS / "week_of_calls.ics", paths.ensure(paths.data) / "calendar.ics")
    paths.ensure(paths.config)
    paths.settings_file.write_text(CONFIG, encoding="utf-8")
    for answer in (["joined", "--at", "2026-11-23T10:07"], ["end", "--at", "2026-11-23T11:12"],
                   ["joined", "--at", "2026-11-24T10:00"], ["extend", "15", "--at", "2026-11-24T10:20"],
                   ["end", "--at", "2026-11-24T10:50"],
                   ["no-show", "--at", "2026-11-25T14:10"], ["undo", "--at", "2026-11-25T14:12"],
                   ["joined", "--at", "2026-11-25T14:20"], ["end", "--at", "2026-11-25T15:00"],
                   ["no-show", "--at", "2026-11-26T09:10"],
                   ["joined", "--at", "2026-11-27T18:03"], ["end", "--at", "2026-11-27T19:00"]):
        code, _out, err = run(capsys, "call", *answer)
        assert code == 0, (answer, err)
    return paths


def entries(capsys, *args: str) -> dict[str, dict]:
    code, out, _ = run(capsys, "log", *WEEK, "--json", *args)
    assert code == 0
    return {row["uid"]: row for row in json.loads(out)}


def test_the_log_has_one_entry_per_call_with_what_happened(week, capsys):
    log = entries(capsys)
    assert list(log) == ["acme-mon", "acme-tue", "globex-wed", "globex-thu", "acme-fri"]
    mon = log["acme-mon"]
    assert {k: mon[k] for k in ("client", "scheduled_start", "joined_at", "ended_at", "outcome", "lateness_minutes",
                                "overrun_minutes", "open", "followup")} == {
        "client": "Acme", "scheduled_start": "2026-11-23T10:00:00+07:00", "joined_at": "2026-11-23T10:07:00+07:00",
        "ended_at": "2026-11-23T11:12:00+07:00", "outcome": "held", "lateness_minutes": 7, "overrun_minutes": 12,
        "open": ["Budget", "Timeline"], "followup": "none"}
    tue = log["acme-tue"]
    assert (tue["extended_minutes"], tue["overrun_minutes"], tue["lateness_minutes"]) == (15, 5, 0)
    wed = log["globex-wed"]  # a no-show taken back, then they came
    assert (wed["outcome"], wed["lateness_minutes"], wed["client"]) == ("held", 20, "globex.example")
    assert log["globex-thu"]["outcome"] == "no_show" and log["globex-thu"]["joined_at"] is None
    assert log["acme-fri"]["out_of_hours"] is True and log["acme-mon"]["out_of_hours"] is False
    assert list(entries(capsys, "--client", "globex.example")) == ["globex-wed", "globex-thu"]


def test_the_report_matches_the_figures_worked_out_by_hand(week, capsys):
    code, out, _ = run(capsys, "report", *WEEK, "--json")
    assert code == 0
    report = json.loads(out)
    assert (report["from"], report["to"]) == ("2026-11-23T00:00:00+07:00", "2026-11-30T00:00:00+07:00")
    acme, globex = report["clients"]
    # Acme: 10:07–11:12 (65) + 10:00–10:50 (50) + 18:03–19:00 (57) = 172 min; late 7 + 3; over 12 + 5.
    assert acme == {"client": "Acme", "calls": 3, "minutes": 172, "late_arrivals": 2, "lateness_minutes": 10,
                    "overruns": 2, "overrun_minutes": 17, "no_shows": 0, "late_cancellations": 0, "cancellations": 0,
                    "out_of_hours": 1, "followups_sent": 0, "budget_minutes": 360, "budget_used_minutes": 172,
                    "worth": 286.67, "flagged": False, "flag": None}
    assert (globex["client"], globex["calls"], globex["minutes"], globex["late_arrivals"], globex["no_shows"]) == (
        "globex.example", 1, 40, 1, 1)
    code, out, _ = run(capsys, "report", *WEEK, "--csv")
    assert out.splitlines()[0].startswith("client,calls,minutes,late_arrivals") and "Acme,3,172" in out


def test_a_correction_and_a_note_are_kept_beside_what_was_recorded(week, capsys):
    code, out, _ = run(capsys, "log", "correct", "acme-mon", "--joined-at", "2026-11-23T10:02")
    assert code == 0, out
    assert run(capsys, "log", "note", "acme-mon", "They said the invite had the wrong time")[0] == 0
    mon = entries(capsys)["acme-mon"]
    assert (mon["joined_at"], mon["lateness_minutes"]) == ("2026-11-23T10:02:00+07:00", 2)
    assert mon["recorded"]["joined_at"] == "2026-11-23T10:07:00+07:00"  # the evidence stays
    assert [c["field"] for c in mon["corrections"]] == ["joined_at"]
    assert mon["note"] == "They said the invite had the wrong time"
    assert run(capsys, "log", "correct", "globex-thu", "--outcome", "held")[0] == 0
    assert entries(capsys)["globex-thu"]["outcome"] == "held"


def test_the_log_as_csv_keeps_formulas_inert(week, capsys):
    code, out, _ = run(capsys, "log", *WEEK, "--csv")
    assert code == 0
    header, *rows = out.splitlines()
    assert header.split(",")[:4] == ["uid", "recurrence_id", "summary", "client"] and len(rows) == 5
    assert "Budget; Timeline" in rows[0]


@pytest.mark.parametrize("args", [["call", "joined"], ["call", "end", "nope"], ["log", "note", "nope", "x"]])
def test_an_answer_without_a_call_is_one_line(capsys, args):
    code, _out, err = run(capsys, *args)
    assert code == 1 and err.count("\n") == 1 and err.startswith("timeward: ")


def test_bad_usage_exits_2(capsys):
    with pytest.raises(SystemExit) as stopped:
        cli.main(["call", "extend", "many"])
    assert stopped.value.code == 2
    with pytest.raises(SystemExit) as stopped:
        cli.main(["log", "correct", "x", "--outcome", "maybe"])
    assert stopped.value.code == 2


def test_without_a_journal_the_log_and_report_are_empty(capsys):
    assert json.loads(run(capsys, "log", "--json")[1]) == []
    assert json.loads(run(capsys, "report", "--json")[1])["clients"] == []
    assert not (AppPaths.from_environment().data / "journal.sqlite3").exists()


def test_a_clients_mails_are_in_its_language_with_its_own_templates(week, capsys):
    week.settings_file.write_text(CONFIG + 'language = "vi"\ntemplates = "acme"\n', encoding="utf-8")
    own = week.config / "templates" / "clients" / "acme" / "vi"
    own.mkdir(parents=True)
    (own / "followup.toml").write_text('signoff = "Trân trọng, Lan (Acme)"\n', encoding="utf-8")
    code, out, err = run(capsys, "followup", "acme-mon", "--covered", "1")
    assert code == 0, err
    assert "Subject: Theo dõi: Acme weekly" in out  # Vietnamese, the profile's language
    assert out.rstrip().endswith("Trân trọng, Lan (Acme)")
    code, out, _ = run(capsys, "followup", "globex-wed")
    assert code == 0 and "Lan (Acme)" not in out and "Thank you" in out  # no profile: the app's language


def test_a_template_folder_must_be_a_plain_name(week):
    from timeward.storage.settings import load

    week.settings_file.write_text(CONFIG + 'templates = "../../etc"\n', encoding="utf-8")
    loaded = load(week.settings_file)
    assert any("templates must be a folder name" in p for p in loaded.problems)
    assert loaded.policy.clients[0].templates == ""


@pytest.mark.parametrize(("moment", "uid", "expected"), [
    ("start", "acme-mon", "We have 60 minutes today; let's make the most of them."),
    ("waiting", "acme-fri", "I'm in the call and can wait until 18:10; after that, let's find another time."),
    ("out-of-hours", "acme-fri", "I'm available for calls Monday to Friday, 9:00 to 17:00. Could we find a time "
                                 "within those hours?"),
    ("budget", "acme-fri", "We have used 2 h 52 min of the 6 h we planned for this month."),
])
def test_the_phrase_for_each_moment_of_a_call(week, capsys, moment, uid, expected):
    code, out, err = run(capsys, "phrase", moment, uid)
    assert code == 0, err
    assert out.startswith(expected)


def test_the_reminder_ahead_on_the_command_line_and_a_clients_own_phrases(week, capsys):
    code, out, _ = run(capsys, "phrase", "before", "acme-mon")
    assert code == 0 and "Subject: Reminder: Acme weekly — Monday 23 November 2026" in out
    assert "- Budget\n- Timeline" in out and "at least 24 hours ahead" in out
    week.settings_file.write_text(CONFIG + 'templates = "acme"\n', encoding="utf-8")
    own = week.config / "templates" / "clients" / "acme" / "en"
    own.mkdir(parents=True)
    (own / "phrases.toml").write_text('start = "Lovely to see you: we have $minutes minutes."\n', encoding="utf-8")
    assert run(capsys, "phrase", "start", "acme-mon")[1] == "Lovely to see you: we have 60 minutes.\n"
    assert run(capsys, "phrase", "start", "globex-wed")[1].startswith("We have 60 minutes today")  # not Acme's
    (own / "phrases.toml").write_text('start = "Broken $"\n', encoding="utf-8")
    code, out, err = run(capsys, "phrase", "start", "acme-mon")
    assert code == 0 and out.startswith("We have 60 minutes today") and "broken placeholder" in err


def test_a_phrase_without_a_call_or_budget_is_one_line(week, capsys):
    code, _out, err = run(capsys, "phrase", "budget", "globex-wed")
    assert code == 1 and "has no monthly budget" in err and err.count("\n") == 1
    code, _out, err = run(capsys, "phrase", "start")
    assert code == 1 and "no call is under way" in err


def test_the_invitations_zone_is_read_kept_and_printed(week, capsys):
    code, out, _ = run(capsys, "agenda", "--ics", str(CALENDARS / "week_of_calls.ics"), "--from", "2026-11-23",
                       "--to", "2026-11-24", "--json")
    assert code == 0 and json.loads(out)[0]["zone"] == "Asia/Ho_Chi_Minh"


def test_a_clients_language_chooses_the_sentence(week, capsys):
    week.settings_file.write_text(CONFIG + 'language = "th"\n', encoding="utf-8")
    assert run(capsys, "phrase", "start", "acme-mon")[1] == "วันนี้เรามีเวลา 60 นาที มาใช้เวลาให้คุ้มค่ากัน\n"
    assert run(capsys, "phrase", "start", "acme-mon", "--lang", "id")[1].startswith("Kita punya waktu 60 menit")
    assert run(capsys, "phrase", "start", "globex-wed")[1].startswith("We have 60 minutes")  # the app's language
