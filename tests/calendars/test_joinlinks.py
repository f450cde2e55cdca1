"""Join links for each conference provider; only http(s) links are ever offered."""

from __future__ import annotations

from tests.conftest import BERLIN, utc
from timeward.calendars.ics import read_calendar


def test_join_links_by_provider(calendar_bytes):
    result = read_calendar(calendar_bytes("join_links"), (utc(2026, 11, 1), utc(2026, 12, 1)), BERLIN)
    links = {o.uid: o.join_url for o in result.occurrences}
    assert links == {
        "zoom": "https://acme.zoom.us/j/123456789?pwd=abc",
        "meet": "https://meet.google.com/abc-defg-hij",
        "teams": "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0",
        "webex": "https://acme.webex.com/meet/dana",
        "jitsi": "https://meet.jit.si/acme-weekly",
        "whereby": "https://whereby.com/acme",
        "javascript": None,
    }
