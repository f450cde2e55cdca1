"""Join links for each meeting service of the table, wrapped links and app links; lookalike hosts
are no meeting, and only http(s) links are ever offered."""

from __future__ import annotations

from urllib.parse import quote

import pytest

from tests.conftest import BERLIN, utc
from timeward.calendars.ics import read_calendar
from timeward.calendars.joinlinks import Service, builtin_services, find_join_url, own_link, service_of, unwrapped


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


# One real link shape (or more) per service in the table, as invites carry them.
LINKS = {
    "Zoom": ["https://us02web.zoom.us/j/85234567890?pwd=aBcD1234", "https://zoom.us/my/dana.tran",
             "https://acme.zoom.us/w/91234567890?tk=x", "https://zoom.us/webinar/register/WN_abc123",
             "https://zoom.com/j/1234567890", "https://zoom.com.cn/j/1234567890", "https://zoom.de/j/1234567890"],
    "ZoomGov": ["https://agency.zoomgov.com/j/1612345678?pwd=x"],
    "Zoom Events": ["https://events.zoom.us/ev/AbCdEf123"],
    "Google Meet": ["https://meet.google.com/abc-defg-hij", "https://meet.google.com/lookup/abcdefgh"],
    "Google Meet stream": ["https://stream.meet.google.com/stream/abcd-1234"],
    "Google Hangouts": ["https://hangouts.google.com/hangouts/_/acme.com/dana"],
    "Microsoft Teams": ["https://teams.microsoft.com/l/meetup-join/19%3ameeting_N2Q%40thread.v2/0?context=x",
                        "https://teams.microsoft.com/meet/31234567890?p=AbCd", "https://teams.live.com/meet/9312345678"],
    "Microsoft Teams (GCC)": ["https://gov.teams.microsoft.us/l/meetup-join/19%3ameeting_x%40thread.v2/0",
                              "https://dod.teams.microsoft.us/l/meetup-join/19%3ameeting_y"],
    "Webex": ["https://acme.webex.com/meet/dana", "https://acme.webex.com/acme/j.php?MTID=m123",
              "https://acme.my.webex.com/join/dana"],
    "Jitsi Meet": ["https://meet.jit.si/AcmeWeekly", "https://jitsi.acme.example/standup"],
    "8x8 Meet": ["https://8x8.vc/acme/weekly"],
    "GoTo Meeting": ["https://global.gotomeeting.com/join/123456789", "https://meet.goto.com/123456789",
                     "https://gotomeet.me/dana"],
    "GoTo Webinar": ["https://attendee.gotowebinar.com/register/1234567890123"],
    "Amazon Chime": ["https://chime.aws/1234567890", "https://app.chime.aws/meetings/?attendee=x"],
    "RingCentral": ["https://meetings.ringcentral.com/j/1234567890", "https://v.ringcentral.com/join/123456789"],
    "BlueJeans": ["https://bluejeans.com/123456789"],
    "Whereby": ["https://whereby.com/acme-room", "https://acme.whereby.com/weekly"],
    "Slack huddle": ["https://app.slack.com/huddle/T0123ABC/C0456DEF"],
    "Discord": ["https://discord.gg/AbCd123", "https://discord.com/channels/1234/5678"],
    "Skype": ["https://join.skype.com/AbCdEfGhIjK"],
    "Skype for Business": ["https://meet.lync.com/acme/dana/ABC123"],
    "Zoho Meeting": ["https://meeting.zoho.com/meeting/login/embedmeeting.jsp?key=123456",
                     "https://meeting.zoho.eu/meeting/join?key=1"],
    "Zoho Cliq": ["https://cliq.zoho.com/meetings/123456"],
    "Lark": ["https://vc.larksuite.com/j/123456789"],
    "Feishu": ["https://vc.feishu.cn/j/123456789"],
    "VooV Meeting": ["https://voovmeeting.com/dm/AbCdEf123"],
    "Tencent Meeting": ["https://meeting.tencent.com/dm/AbCdEf123"],
    "Cal Video": ["https://app.cal.com/video/abcDEF123"],
    "Livestorm": ["https://app.livestorm.co/acme/weekly-demo"],
    "Gather": ["https://app.gather.town/app/AbCd/acme-office"],
    "Around": ["https://meet.around.co/r/acme"],
    "Tuple": ["https://tuple.app/c/AbCd123"],
    "Pop": ["https://pop.com/j/123-456-789"],
    "Chorus": ["https://go.chorus.ai/AbC123"],
    "Gong": ["https://acme.join.gong.io/my/dana"],
    "Vowel": ["https://acme.vowel.com/#/g/abc123"],
    "Zhumu": ["https://welink.zhumu.com/j/123456789"],
    "Lifesize": ["https://call.lifesizecloud.com/1234567"],
    "YouTube": ["https://www.youtube.com/watch?v=AbCdEfGhIjK", "https://youtu.be/AbCdEfGhIjK"],
    "Vonage Meetings": ["https://meetings.vonage.com/123456789"],
    "Demio": ["https://event.demio.com/ref/AbCd123"],
    "join.me": ["https://join.me/acme-dana"],
    "UberConference": ["https://uberconference.com/acme"],
    "Dialpad Meetings": ["https://meetings.dialpad.com/dana"],
    "TeamViewer Meeting": ["https://go.teamviewer.com/m12345678"],
    "VSee": ["https://vsee.com/u/dana"],
    "StarLeaf": ["https://meet.starleaf.com/4012345678"],
    "Google Duo": ["https://duo.app.goo.gl/AbCdEf"],
    "FaceTime": ["https://facetime.apple.com/join#v=1&p=AbCd"],
    "Jam": ["https://jam.systems/acme-room"],
    "Blackboard Collaborate": ["https://us.bbcollab.com/guest/abc123"],
    "CoScreen": ["https://join.coscreen.co/AbCd123"],
    "Vimeo": ["https://vimeo.com/event/1234567"],
    "oVice": ["https://acme.ovice.in/@room"],
    "Workplace from Meta": ["https://acme.workplace.com/groupcall/ABC123/"],
    "Preply": ["https://preply.com/en/classroom/123456"],
    "UserZoom": ["https://go.userzoom.com/m/MTIzNDU2"],
    "Venue": ["https://app.venue.live/acme/weekly"],
    "Teemyco": ["https://app.teemyco.com/room/AbCd"],
    "Demodesk": ["https://demodesk.com/acme/dana"],
    "Reclaim": ["https://reclaim.ai/z/AbCd"],
    "Pumble": ["https://meet.pumble.com/abc-defg-hij"],
    "Doxy.me": ["https://doxy.me/drtran"],
    "LiveKit Meet": ["https://meet.livekit.io/rooms/acme"],
    "Meetecho": ["https://meetings.conf.meetecho.com/ietf120/?group=abc"],
    "StreamYard": ["https://streamyard.com/AbCd123"],
    "WebinarGeek": ["https://acme.webinargeek.com/weekly-demo"],
    "BigBlueButton": ["https://bbb.acme.example/b/dan-abc-123"],
    "Riverside": ["https://riverside.fm/studio/acme-podcast"],
    "Butter": ["https://butter.us/acme/weekly"],
    "Luma": ["https://lu.ma/join/g-AbCd"],
    "mmhmm": ["https://app.mmhmm.app/join/AbCd"],
    "Daily": ["https://acme.daily.co/weekly"],
    "Element Call": ["https://call.element.io/acme-weekly"],
}


def test_the_table_covers_more_than_sixty_services_each_with_a_link_shape_here():
    names = {service.name for service in builtin_services()}
    assert len(names) >= 60
    assert names == set(LINKS), "each service in the table has its link shapes in LINKS"


def test_each_services_links_are_recognised_as_that_service():
    for name, examples in LINKS.items():
        for link in examples:
            found = service_of(link)
            assert found is not None and found.name == name, (name, link, found and found.name)
            assert find_join_url([], "", "", f"Join here: {link} — see you") is not None, link


@pytest.mark.parametrize("link", [
    "https://zoom.us.evil.example/j/123456789", "https://evil-zoom.us/j/123", "https://notzoom.us/j/1",
    "https://meet.google.com.evil.example/abc-defg-hij", "https://teams.microsoft.com.evil.example/l/meetup-join/x",
    "https://evilwebex.com/meet/x", "https://zoom.us/", "https://meet.google.com/", "https://www.acme.example/agenda",
    "http://zoom.us@evil.example/j/1",
])
def test_lookalike_hosts_and_bare_sites_are_no_meeting(link):
    assert service_of(link) is None


def test_safelinks_and_google_redirects_are_unwrapped_before_matching():
    teams = "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x%40thread.v2/0"
    safe = ("https://nam12.safelinks.protection.outlook.com/?url=" + quote(teams, safe="")
            + "&data=05%7C01%7Cdana&sdata=AbC%3D&reserved=0")
    google = "https://www.google.com/url?q=" + quote("https://us02web.zoom.us/j/123?pwd=x", safe="") + "&sa=D&ust=1"
    both = "https://eur01.safelinks.protection.outlook.com/?url=" + quote(google, safe="") + "&data=x"
    assert find_join_url([], "", "", f"Join: {safe}") == teams
    assert find_join_url([], "", "", f"Join: {google}") == "https://us02web.zoom.us/j/123?pwd=x"
    assert find_join_url([], "", "", both) == "https://us02web.zoom.us/j/123?pwd=x"
    assert unwrapped("https://www.google.com/search?q=https://zoom.us/j/1") == \
        "https://www.google.com/search?q=https://zoom.us/j/1"  # a search, not a redirect
    assert unwrapped("https://x.safelinks.protection.outlook.com/?url=javascript%3Aalert(1)").startswith("https://x.")


def test_app_links_become_the_web_links_they_stand_for():
    assert find_join_url([], "", "", "zoommtg://zoom.us/join?action=join&confno=98765&pwd=abc") == \
        "https://zoom.us/j/98765?pwd=abc"
    assert find_join_url([], "", "", "msteams:/l/meetup-join/19%3ameeting_x") == \
        "https://teams.microsoft.com/l/meetup-join/19%3ameeting_x"
    assert find_join_url([], "", "", "https://zoom.us/join?confno=123&pwd=p") == "https://zoom.us/j/123?pwd=p"
    assert find_join_url([], "", "https://meet.google.com/abc-defg-hij?utm_source=cal&authuser=0", "") == \
        "https://meet.google.com/abc-defg-hij?authuser=0"


def test_the_conference_property_wins_then_services_then_the_events_own_links():
    zoom, meet = "https://acme.zoom.us/j/1", "https://meet.google.com/abc-defg-hij"
    assert find_join_url([meet], "", zoom, "") == meet
    assert find_join_url([], "https://www.acme.example/agenda", "", f"docs https://docs.example/x then {zoom}") == zoom
    assert find_join_url([], "https://rooms.acme.example/42", "", "https://docs.example/x") == \
        "https://rooms.acme.example/42"
    assert find_join_url([], "", "Room 4, https://rooms.acme.example/4", "") == "https://rooms.acme.example/4"
    assert find_join_url([], "", "Room 4", "notes at https://docs.example/x") is None


def test_a_users_own_service_is_recognised_first():
    own = [Service.from_row({"name": "Acme Rooms", "host": r"rooms\.acme\.example", "path": "/r/"})]
    link = "https://rooms.acme.example/r/weekly"
    assert service_of(link) is None
    found = service_of(link, own)
    assert found is not None and found.name == "Acme Rooms"
    assert own_link(None, [f"see https://docs.example/x and {link}"], own) == link
    for bad, says in [({"host": "x"}, "name"), ({"name": "A", "host": "("}, "regular expression"),
                      ({"name": "A", "host": "x", "normalise": "shout"}, "normalise")]:
        with pytest.raises(ValueError, match=says):
            Service.from_row(bad)
