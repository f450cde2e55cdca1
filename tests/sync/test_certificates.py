"""Self-signed and expired certificates: a clear error with the host, the reason and the
SHA-256 fingerprint; trust only as an explicit, exact pin; a changed certificate is refused again."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import json

import pytest

from tests.support.certificates import issue, self_signed
from tests.support.feed_server import FeedServer
from tests.support.radicale import start_radicale
from tests.sync.conftest import PASSWORD, USER, event
from timeward.calendars.certificates import FingerprintError, normalised, shown
from timeward.calendars.feed import fetch_feed
from timeward.calendars.remote import RemoteFailure
from timeward.cli import main as cli
from timeward.storage import settings
from timeward.storage.paths import AppPaths

SOON = dt.datetime.now(dt.UTC).replace(microsecond=0) + dt.timedelta(hours=3)


@pytest.fixture
def tls_radicale(tmp_path):
    cert, key, fingerprint = self_signed(tmp_path)
    server = start_radicale(tmp_path, tls=(cert, key))
    server.calendar("work", "Work")
    server.put("work", "a.ics", event("a", SOON, summary="Client call"))
    yield server, fingerprint
    server.stop()


def run(capsys, monkeypatch, *argv: str, stdin: str = PASSWORD + "\n") -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_a_self_signed_server_is_refused_with_host_reason_and_fingerprint(tls_radicale, capsys, monkeypatch):
    server, fingerprint = tls_radicale
    code, _, err = run(capsys, monkeypatch, "calendars", "add", "caldav", server.url, "--user", USER,
                       "--password-stdin")
    assert code == 1
    assert "127.0.0.1" in err and "self-signed certificate" in err and shown(fingerprint) in err
    assert f"to trust it: add it again with --trust-certificate {shown(fingerprint)}" in err
    assert settings.load(AppPaths.from_environment().settings_file).sources == ()


def test_trusting_the_fingerprint_adds_and_syncs_and_a_new_certificate_is_refused(tls_radicale, tmp_path,
                                                                                   capsys, monkeypatch):
    server, fingerprint = tls_radicale
    code, out, err = run(capsys, monkeypatch, "calendars", "add", "caldav", server.url, "--user", USER,
                         "--password-stdin", "--trust-certificate", shown(fingerprint).lower())
    assert code == 0, err
    [source] = settings.load(AppPaths.from_environment().settings_file).sources
    assert source.pinned_sha256 == fingerprint
    code, out, _ = run(capsys, monkeypatch, "sync", "--json")
    assert code == 0 and json.loads(out)["sources"][0]["changed"] == 1

    # The server's certificate is replaced (by someone else's, say): the pin no longer holds.
    other = tmp_path / "other"
    other.mkdir()
    cert, key, new_fingerprint = self_signed(other, "other")
    server.stop()
    moved = start_radicale(tmp_path, tls=(cert, key))
    try:
        file = AppPaths.from_environment().settings_file
        config = settings.load(file)
        moved_source = dataclasses.replace(source, url=source.url.replace(server.url, moved.url))
        settings.save(file, dataclasses.replace(config, sources=(moved_source,)))
        code, out, _ = run(capsys, monkeypatch, "sync", "--json")
        [report] = json.loads(out)["sources"]
        assert "not the certificate you trusted" in report["message"], (str(report), new_fingerprint)
        assert shown(new_fingerprint) in report["message"] and "--trust-certificate" not in report["message"]
        code, _, err = run(capsys, monkeypatch, "sync")
        assert f"to trust it: timeward calendars trust {source.id} {shown(new_fingerprint)}" in err
        code, out, _ = run(capsys, monkeypatch, "agenda", "--json")
        assert [item["summary"] for item in json.loads(out)] == ["Client call"]  # the cache is kept

        # The user trusts the new certificate: only the one the server shows now is accepted.
        code, _, err = run(capsys, monkeypatch, "calendars", "trust", source.id, "AB" * 32)
        assert code == 1 and "nothing was changed" in err and shown(new_fingerprint) in err
        assert settings.load(file).sources[0].pinned_sha256 == fingerprint
        code, out, err = run(capsys, monkeypatch, "calendars", "trust", source.id, shown(new_fingerprint))
        assert code == 0 and shown(new_fingerprint) in out, err
        assert settings.load(file).sources[0].pinned_sha256 == new_fingerprint
        code, out, _ = run(capsys, monkeypatch, "sync", "--json")
        assert code == 0 and json.loads(out)["sources"][0]["status"] in ("ok", "unchanged")
    finally:
        moved.stop()


def test_a_wrong_fingerprint_is_refused_and_nothing_is_added(tls_radicale, capsys, monkeypatch):
    server, _ = tls_radicale
    code, _, err = run(capsys, monkeypatch, "calendars", "add", "caldav", server.url, "--user", USER,
                       "--password-stdin", "--trust-certificate", "AB" * 32)
    assert code == 1 and "not the certificate you trusted" in err
    code, _, err = run(capsys, monkeypatch, "calendars", "add", "caldav", server.url, "--user", USER,
                       "--password-stdin", "--trust-certificate", "not-a-fingerprint")
    assert code == 1 and "64 hexadecimal digits" in err
    assert settings.load(AppPaths.from_environment().settings_file).sources == ()


@pytest.fixture
def tls_feed(tmp_path, monkeypatch):
    def serve(expired: bool = False) -> tuple[str, str]:
        """A feed over https; an expired certificate is signed by an authority made the trusted
        one (as a company's is, through the CA bundle variable the HTTP stack reads)."""
        if expired:
            authority = issue(tmp_path, "authority", is_authority=True)[:2]
            monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(authority[0]))
            cert, key, fingerprint = issue(tmp_path, "expired", expired=True, authority=authority)
        else:
            cert, key, fingerprint = self_signed(tmp_path, "feed")
        server = FeedServer((200, {}, event("f", SOON, summary="Feed call").encode()))
        server.serve_tls(cert, key)
        servers.append(server.start())
        return server.url, fingerprint

    servers: list[FeedServer] = []
    yield serve
    for server in servers:
        server.stop()


def test_an_expired_feed_certificate_says_so_and_a_pin_is_exact(tls_feed):
    url, fingerprint = tls_feed(expired=True)
    with pytest.raises(RemoteFailure) as failure:
        fetch_feed(url)
    assert failure.value.kind == "tls" and "expired" in str(failure.value)
    assert failure.value.fingerprint == fingerprint and shown(fingerprint) in str(failure.value)
    assert b"Feed call" in fetch_feed(url, pinned=fingerprint).body
    with pytest.raises(RemoteFailure, match="not the certificate you trusted"):
        fetch_feed(url, pinned="00" * 32)


def test_a_feed_subscription_with_a_pin_is_checked_before_it_is_added(tls_feed, capsys, monkeypatch):
    url, fingerprint = tls_feed()
    code, _, err = run(capsys, monkeypatch, "calendars", "add", "ics", url, "--trust-certificate", "11" * 32)
    assert code == 1 and shown(fingerprint) in err
    code, _, err = run(capsys, monkeypatch, "calendars", "add", "ics", url, "--trust-certificate", fingerprint)
    assert code == 0, err
    code, out, _ = run(capsys, monkeypatch, "sync", "--json")
    assert json.loads(out)["sources"][0]["changed"] == 1


def test_fingerprints_are_read_in_any_common_spelling():
    digits = "0123456789ABCDEF" * 4
    assert normalised(shown(digits).lower()) == digits == normalised(f"sha256_{digits.lower()}")
    with pytest.raises(FingerprintError):
        normalised("12:34")
