"""`timeward calendars add|list|remove`, `sync` and `agenda` from the cache, end to end."""

from __future__ import annotations

import datetime as dt
import io
import json

import keyring

from tests.sync.conftest import PASSWORD, USER, event
from timeward import KEYRING_SERVICE
from timeward.cli import main as cli
from timeward.storage import settings
from timeward.storage.paths import AppPaths

SOON = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(hours=3)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_caldav_account_from_add_to_agenda_and_remove(radicale, capsys, monkeypatch):
    radicale.calendar("work", "Work")
    radicale.http("PUT", f"/{USER}/work/a.ics", event("a", SOON, summary="Client call"))
    monkeypatch.setattr("sys.stdin", io.StringIO(PASSWORD + "\n"))
    code, out, _ = run(capsys, "calendars", "add", "caldav", radicale.url, "--user", USER, "--password-stdin")
    assert code == 0 and "1 calendar(s) found" in out and "Work" in out
    source = settings.load(AppPaths.from_environment().settings_file).sources[0]
    assert keyring.get_password(KEYRING_SERVICE, source.id) == PASSWORD
    assert PASSWORD not in AppPaths.from_environment().settings_file.read_text()  # secrets only in the keyring

    code, out, _ = run(capsys, "sync", "--json")
    assert code == 0 and json.loads(out)["sources"][0]["changed"] == 1
    code, out, _ = run(capsys, "agenda", "--json")
    [item] = json.loads(out)
    assert (item["summary"], item["is_call"], item["calendar"]) == ("Client call", True, "Work")

    code, out, _ = run(capsys, "calendars", "list", "--json")
    [listed] = json.loads(out)
    assert listed["status"] == "ok" and listed["calendars"][0]["name"] == "Work"

    code, out, _ = run(capsys, "calendars", "remove", source.id)
    assert code == 0
    assert keyring.get_password(KEYRING_SERVICE, source.id) is None
    assert json.loads(run(capsys, "agenda", "--json")[1]) == []


def test_a_wrong_password_is_not_stored(radicale, capsys, monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("wrong\n"))
    code, _, err = run(capsys, "calendars", "add", "caldav", radicale.url, "--user", USER, "--password-stdin")
    assert code == 1 and "not accepted" in err
    assert settings.load(AppPaths.from_environment().settings_file).sources == ()


def test_a_file_subscription_syncs_and_a_refused_url_is_explained(tmp_path, capsys):
    calendar = tmp_path / "team.ics"
    calendar.write_text(event("t", SOON, summary="Team sync"))
    assert run(capsys, "calendars", "add", "ics", str(calendar), "--name", "Team")[0] == 0
    assert run(capsys, "sync")[0] == 0
    assert "Team sync" in run(capsys, "agenda")[1]
    code, _, err = run(capsys, "calendars", "add", "ics", "file:///etc/passwd")
    assert code == 1 and "only https" in err


def test_adding_a_calendar_reads_it_once_and_refuses_what_is_not_one(tmp_path, capsys):
    import pytest

    from tests.support.feed_server import FeedServer

    text = tmp_path / "notes.ics"
    text.write_text("Dear diary, today I…\n")
    code, _, err = run(capsys, "calendars", "add", "ics", str(text))
    assert code == 1 and "nothing was added" in err
    server = FeedServer((200, {"Content-Type": "text/html"}, b"<html><body>Sign in</body></html>")).start()
    try:
        code, _, err = run(capsys, "calendars", "add", "ics", server.url)
        assert code == 1 and "nothing was added" in err and "s3cr3tvalue" not in err
        server.answer = (200, {"Content-Type": "text/calendar"}, event("f", SOON, summary="Feed call").encode())
        code, out, _ = run(capsys, "calendars", "add", "ics", server.url)
        assert code == 0 and out.startswith("added 127-0-0-1: http://127.0.0.1")  # named by its host
        code, _, err = run(capsys, "calendars", "add", "ics", f" {server.url} ")
        assert code == 1 and "already a calendar here: 127-0-0-1" in err and len(server.requests) == 2
    finally:
        server.stop()
    for bad in ("http://[::1", "https://example.com:99999/cal.ics"):
        code, _, err = run(capsys, "calendars", "add", "ics", bad)
        assert code == 1 and "not a valid address" in err and "Traceback" not in err
    with pytest.raises(SystemExit):
        run(capsys, "calendars", "add", "ics", "")
    assert [s.id for s in settings.load(AppPaths.from_environment().settings_file).sources] == ["127-0-0-1"]


def test_the_same_file_is_not_added_twice_and_list_shows_local_times(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("TZ", "Asia/Bangkok")
    calendar = tmp_path / "team.ics"
    calendar.write_text(event("t", SOON, summary="Team sync"))
    assert run(capsys, "calendars", "add", "ics", str(calendar), "--name", "Team")[1] == 'added team "Team": team.ics\n'
    code, _, err = run(capsys, "calendars", "add", "ics", str(tmp_path / "." / "team.ics"))
    assert code == 1 and "already a calendar here: team (Team)" in err
    assert run(capsys, "sync")[0] == 0
    listed = run(capsys, "calendars", "list")[1]
    synced = json.loads(run(capsys, "calendars", "list", "--json")[1])[0]["synced_at"]
    local = dt.datetime.fromisoformat(synced).astimezone(dt.timezone(dt.timedelta(hours=7)))
    assert f"synced {local:%Y-%m-%d %H:%M}" in listed and synced not in listed


def test_status_json_tells_a_status_bar_how_the_sync_is(tmp_path, capsys):
    assert json.loads(run(capsys, "status", "--json")[1])["sync"] is None  # nothing synced: nothing to say
    calendar = tmp_path / "team.ics"
    calendar.write_text(event("t", SOON, summary="Team sync"))
    assert run(capsys, "calendars", "add", "ics", str(calendar))[0] == 0
    assert run(capsys, "sync")[0] == 0
    health = json.loads(run(capsys, "status", "--json")[1])["sync"]
    assert health["last_good"] and health["stale"] is False and health["failing"] == []
    calendar.unlink()
    assert run(capsys, "sync")[0] == 1
    health = json.loads(run(capsys, "status", "--json")[1])["sync"]
    assert health["failing"] and "team.ics" in health["failing"][0]
