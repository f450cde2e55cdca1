"""Servers that misbehave on purpose: loopback servers that record what
reaches them, so the tests see which headers really travel."""

from __future__ import annotations

import base64
import datetime as dt
import logging
import random

from timeward.storage.cache import Cache
from timeward.storage.sources import Source
from timeward.sync.syncer import Syncer

NOW = dt.datetime(2026, 11, 23, 9, tzinfo=dt.UTC)
PASSWORD = "s3cret-Pa55"
CREDENTIALS = base64.b64encode(f"ann:{PASSWORD}".encode()).decode()
BOMBS = (b'<!DOCTYPE d [<!ENTITY secret SYSTEM "file:///etc/passwd"><!ENTITY a "aaaaaaaaaa">'
         b'<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">'
         b'<!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]>')


def multistatus(path: str, name: str, doctype: bytes = b"") -> bytes:
    def response(href: str) -> str:
        return (f"<d:response><d:href>{href}</d:href><d:propstat><d:prop>"
                "<d:current-user-principal><d:href>/p/</d:href></d:current-user-principal>"
                "<c:calendar-home-set><d:href>/home/</d:href></c:calendar-home-set>"
                "<d:resourcetype><d:collection/><c:calendar/></d:resourcetype>"
                f"<d:displayname>{name}</d:displayname>"
                '<c:supported-calendar-component-set><c:comp name="VEVENT"/></c:supported-calendar-component-set>'
                "</d:prop><d:status>HTTP/1.1 200 OK</d:status></d:propstat></d:response>")

    items = response(path) + (response("/home/cal/") if path == "/home/" else "")
    return (b'<?xml version="1.0"?>' + doctype + b'<d:multistatus xmlns:d="DAV:" '
            b'xmlns:c="urn:ietf:params:xml:ns:caldav">' + items.encode() + b"</d:multistatus>")


def sync(tmp_path, url: str):
    with Cache.open(tmp_path / "cache") as cache:
        syncer = Syncer(cache, dt.UTC, (), lambda _s: PASSWORD, rng=random.Random(1))
        report = syncer.sync_source(Source("acct", "caldav", url, user="ann", name="Acct"), NOW)
        return report, cache.calendars("acct")


def test_a_redirect_to_another_host_never_carries_the_password(tmp_path, servers):
    elsewhere = servers(lambda method, path, body: (207, {}, multistatus(path, "Stolen")))
    servers_url = f"http://localhost:{elsewhere.port}"  # another host name than 127.0.0.1
    origin = servers(lambda method, path, body: (301, {"Location": f"{servers_url}{path}"}, b""))
    report, _ = sync(tmp_path, f"http://127.0.0.1:{origin.port}/home/")
    assert report.status == "refused" and "redirects to another host" in report.message
    assert elsewhere.seen == []  # not even a request without credentials
    assert origin.seen[0].headers.get("Authorization") == f"Basic {CREDENTIALS}"


def test_a_redirect_to_another_path_on_the_same_host_is_followed(tmp_path, servers):
    def answer(method: str, path: str, body: bytes):
        if path.startswith("/old/"):
            return 308, {"Location": "/home/"}, b""
        return 207, {"Content-Type": "application/xml"}, multistatus(path, "Work")

    server = servers(answer)
    report, calendars = sync(tmp_path, f"http://127.0.0.1:{server.port}/old/")
    assert report.status in ("ok", "unchanged"), report.message
    assert "Work" in {c.name for c in calendars}
    followed = [s for s in server.seen if s.path == "/home/"]
    assert followed and followed[0].method == "PROPFIND"  # the method (and its body) kept


def test_entities_in_a_dav_answer_are_never_expanded(tmp_path, servers):
    server = servers(lambda method, path, body: (207, {"Content-Type": "application/xml"},
                                                 multistatus(path, "&secret;&d;", BOMBS)))
    report, calendars = sync(tmp_path, f"http://127.0.0.1:{server.port}/home/")
    names = " ".join(c.name for c in calendars) + report.message
    assert "root:" not in names and "aaaaaaaaaa" not in names  # no file read, no billion laughs
    assert all(len(c.name) < 200 for c in calendars)


def test_debug_logs_of_a_failed_sync_hold_no_secret(tmp_path, servers, caplog):
    server = servers(lambda method, path, body: (401, {"WWW-Authenticate": 'Basic realm="x"',
                                                       "Set-Cookie": "session=c00k1e"}, b"no"))
    with caplog.at_level(logging.DEBUG):
        report, _ = sync(tmp_path, f"http://ann:{PASSWORD}@127.0.0.1:{server.port}/home/")
    assert report.status == "auth"
    logged = caplog.text + report.message
    for secret in (PASSWORD, CREDENTIALS, "c00k1e", "Authorization"):
        assert secret not in logged
    assert server.seen and caplog.records  # the request reached the server, and DEBUG lines were written
