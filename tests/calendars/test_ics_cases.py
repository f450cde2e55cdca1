"""Parsing and time semantics: the calendars that break calendar apps in the field, one fixture each."""

from __future__ import annotations

import datetime as dt
import time

import pytest

from tests.conftest import BERLIN, UTC, utc
from timeward.calendars.errors import CalendarDataError
from timeward.calendars.expand import Limits
from timeward.calendars.ics import read_calendar
from timeward.domain.calls import is_call
from timeward.domain.model import Status

WINDOW = (utc(2026, 1, 1), utc(2027, 1, 1))


def read(data: bytes, zone: dt.tzinfo = BERLIN, me=(), window=WINDOW, **kwargs):
    return read_calendar(data, window, zone, calendar="test", me=me, **kwargs)


def by_uid(result):
    found: dict[str, list] = {}
    for occurrence in result.occurrences:
        found.setdefault(occurrence.uid, []).append(occurrence)
    return found


def starts(result, uid):
    return [o.start for o in by_uid(result)[uid]]


def test_case01_exchange_windows_zone_across_dst(calendar_bytes):
    result = read(calendar_bytes("case01_exchange_windows_tzid"))
    [uid] = by_uid(result)
    assert " " not in uid and uid.endswith("8F90")  # the folded UID was unfolded
    assert starts(result, uid) == [utc(2026, 10, 19, 8), utc(2026, 10, 26, 9), utc(2026, 11, 2, 9)]
    assert all(o.duration == dt.timedelta(hours=1) for o in result.occurrences)


def test_case02_windows_names_without_vtimezone(calendar_bytes):
    result = read(calendar_bytes("case02_windows_tzid_without_vtimezone"))
    found = by_uid(result)
    assert found["eastern"][0].start == utc(2026, 11, 10, 15)
    assert found["romance"][0].start == utc(2026, 11, 10, 9)
    olympus = found["unmappable"][0]
    assert olympus.start == utc(2026, 11, 10, 10)  # kept, read as UTC
    assert any("unknown time zone 'Olympus Mons Standard Time'" in n for n in olympus.notes)
    assert not found["eastern"][0].notes


def test_case03_display_name_tzid_folded_inside_the_parameter(calendar_bytes):
    result = read(calendar_bytes("case03_display_name_tzid_folded"))
    [occurrence] = result.occurrences
    assert occurrence.start == utc(2026, 11, 3, 13)
    assert occurrence.end == utc(2026, 11, 3, 14)


def test_case04_x_wr_timezone_applies_to_floating_only(calendar_bytes):
    found = by_uid(read(calendar_bytes("case04_google_x_wr_timezone")))
    assert found["utc-event@google.com"][0].start == utc(2026, 11, 10, 3)
    assert found["floating-event@google.com"][0].start == utc(2026, 11, 10, 7)  # 14:00 in Jakarta


def test_case05_floating_keeps_wall_clock_across_dst_and_zone_change(calendar_bytes):
    result = read(calendar_bytes("case05_floating_series_across_dst"))
    assert [o.start.astimezone(BERLIN).hour for o in result.occurrences] == [9, 9, 9]
    assert [o.start for o in result.occurrences] == [utc(2026, 10, 24, 7), utc(2026, 10, 25, 8),
                                                      utc(2026, 10, 26, 8)]
    assert all(o.floating for o in result.occurrences)
    tokyo = dt.timezone(dt.timedelta(hours=9))
    moved = [o.moved_to_zone(BERLIN, tokyo) for o in result.occurrences]
    assert [o.start.astimezone(tokyo).hour for o in moved] == [9, 9, 9]
    assert all(o.duration == dt.timedelta(minutes=15) for o in moved)


@pytest.mark.parametrize("zone", [BERLIN, dt.timezone(dt.timedelta(hours=-10)), dt.timezone(dt.timedelta(hours=14))])
def test_case06_all_day_events_stay_on_their_dates(calendar_bytes, zone):
    found = by_uid(read(calendar_bytes("case06_all_day_variants"), zone=zone))
    day = dt.date
    assert [(o.start, o.end) for o in found["single-day"]] == [(day(2026, 11, 10), day(2026, 11, 11))]
    assert [(o.start, o.end) for o in found["three-days"]] == [(day(2026, 11, 11), day(2026, 11, 14))]
    assert [(o.start, o.end) for o in found["no-end"]] == [(day(2026, 11, 15), day(2026, 11, 16))]
    assert [(o.start, o.end) for o in found["end-equals-start"]] == [(day(2026, 11, 16), day(2026, 11, 17))]
    assert [o.start for o in found["no-value-date"]] == [day(2026, 11, 17)]
    assert [o.start for o in found["all-day-series"]] == [day(2026, 11, 18), day(2026, 11, 20)]
    assert all(o.all_day and not is_call(o) for v in found.values() for o in v)


def test_case07_durations_nominal_and_exact(calendar_bytes):
    found = by_uid(read(calendar_bytes("case07_durations")))
    assert found["pt45m"][0].duration == dt.timedelta(minutes=45)
    assert [o.duration for o in found["recurring-duration"]] == [dt.timedelta(minutes=30)] * 2
    # 25 October 2026 is the end of summer time in Berlin: the day has 25 hours.
    assert found["p1d"][0].end == utc(2026, 10, 25, 11)  # same wall-clock time next day
    assert found["pt24h"][0].end == utc(2026, 10, 25, 10)  # exactly 24 hours later
    zero = found["no-end"][0]
    assert zero.duration == dt.timedelta(0)
    assert not is_call(zero)  # so it gets no end-of-call warning


def test_case08_spring_forward_gap(calendar_bytes):
    result = read(calendar_bytes("case08_spring_forward_gap"))
    gap_day = [o for o in result.occurrences if o.start.date() == dt.date(2026, 3, 29)]
    assert gap_day[0].start == utc(2026, 3, 29, 1, 30)
    assert all(o.duration == dt.timedelta(hours=1) for o in result.occurrences)
    assert all(o.end > o.start for o in result.occurrences)


def test_case09_new_york_meeting_seen_from_berlin(calendar_bytes):
    found = by_uid(read(calendar_bytes("case09_new_york_weekly_and_mixed_zones")))
    hours = [o.start.astimezone(BERLIN).hour for o in found["ny-weekly"]]
    # 8 and 15 March: New York is already on summer time, Berlin not yet.
    assert hours == [16, 15, 15, 15, 16, 16]
    assert found["two-zones"][0].duration == dt.timedelta(hours=1)


def test_case10_until_forms(calendar_bytes):
    found = by_uid(read(calendar_bytes("case10_until_forms")))
    # 06:00 in Bangkok is 23:00Z the day before: UNTIL 3 Nov 22:00Z excludes the 4 Nov instance.
    assert [o.start for o in found["until-utc"]] == [utc(2026, 10, 31, 23), utc(2026, 11, 1, 23),
                                                     utc(2026, 11, 2, 23)]
    assert len(found["until-date"]) == 3  # kept, not dropped by an exception
    assert len(found["until-floating"]) == 3
    assert any("UNTIL is a date" in n for n in found["until-date"][0].notes)  # the ambiguity is logged


def test_case11_exdate_rdate_count(calendar_bytes):
    found = by_uid(read(calendar_bytes("case11_exdate_rdate_count")))
    assert [o.start.day for o in found["exdates"]] == [2, 6, 7]  # COUNT counts the excluded ones
    rdates = found["rdates"]
    assert [o.start for o in rdates] == [utc(2026, 11, 10, 9), utc(2026, 11, 12, 14), utc(2026, 11, 14, 8)]
    assert rdates[2].duration == dt.timedelta(hours=2)  # the PERIOD's own length


def test_case12_overrides(calendar_bytes):
    result = read(calendar_bytes("case12_overrides"))
    series = by_uid(result)["series"]
    summaries = [(o.start, o.summary) for o in series]
    assert (utc(2026, 11, 5, 15), "Moved to Thursday") in summaries
    assert (utc(2026, 11, 4, 10, 30), "Override with a UTC recurrence id") in summaries
    assert utc(2026, 11, 3, 9) not in [s for s, _ in summaries]  # no ghost at the original slot
    assert utc(2026, 11, 4, 9) not in [s for s, _ in summaries]
    assert utc(2026, 11, 5, 9) not in [s for s, _ in summaries]  # moved out of the window
    assert len({o.key for o in series}) == len(series)  # no duplicates
    assert [s for s, t in summaries if t == "Daily"] == [utc(2026, 11, 2, 9), utc(2026, 11, 6, 9)]


def test_case13_this_and_future(calendar_bytes):
    series = by_uid(read(calendar_bytes("case13_this_and_future")))["weekly"]
    view = [(o.start.astimezone(BERLIN).strftime("%d %H:%M"), o.summary) for o in series]
    assert view == [
        ("02 10:00", "Planning"),
        ("03 10:00", "Planning"),
        ("04 14:00", "Planning (afternoons from now on)"),
        ("05 14:00", "Planning (afternoons from now on)"),
        ("06 09:00", "Planning (own override)"),
        ("07 14:00", "Planning (afternoons from now on)"),
    ]
    assert len({o.key for o in series}) == 6
    assert series[3].recurrence_id == utc(2026, 11, 5, 9)  # each keeps its original slot


def test_case14_only_overrides(calendar_bytes):
    result = read(calendar_bytes("case14_only_overrides"))
    assert [o.summary for o in result.occurrences] == ["Instance one", "Instance two"]
    assert not [p for p in result.problems if p.skipped]


def test_case15_cancelled(calendar_bytes):
    found = by_uid(read(calendar_bytes("case15_cancelled")))
    assert found["single-cancelled"][0].status is Status.CANCELLED
    assert [o.cancelled for o in found["series-one-cancelled"]] == [False, True, False]
    assert all(o.cancelled for o in found["series-cancelled"])
    assert not any(is_call(o) for o in found["single-cancelled"] + found["series-cancelled"])
    [called_off] = read(calendar_bytes("case15_method_cancel")).occurrences
    assert called_off.cancelled


def test_case16_declined(calendar_bytes):
    found = by_uid(read(calendar_bytes("case16_declined"), me=["me@example.com"]))
    assert found["i-declined"][0].declined  # MAILTO in capitals, address in mixed case
    assert [o.declined for o in found["declined-once"]] == [False, True]
    assert not found["others-declined"][0].declined
    assert not found["i-organize"][0].declined
    assert not is_call(found["i-declined"][0])


def _calendar(*body_lines: bytes, newline: bytes = b"\r\n") -> bytes:
    head = [b"BEGIN:VCALENDAR", b"VERSION:2.0"]
    return newline.join([*head, *body_lines, b"END:VCALENDAR"]) + newline


def test_case17_folding_inside_utf8_and_scripts():
    title = "Họp dự án กับลูกค้า 🎉".encode()
    cut = title.index("ự".encode()) + 1  # inside the three bytes of "ự"
    description = "Chương trình:\\n- Ngân sách quý 4\\n- งบประมาณ\\n- Anggaran 🚀".encode()
    data = _calendar(b"BEGIN:VEVENT", b"UID:utf8", b"DTSTART:20261110T100000Z", b"DTEND:20261110T110000Z",
                     b"SUMMARY:" + title[:cut], b" " + title[cut:],
                     b"DESCRIPTION:" + description[:40], b"\t" + description[40:], b"END:VEVENT")
    [occurrence] = read(data).occurrences
    assert occurrence.summary == "Họp dự án กับลูกค้า 🎉"
    from timeward.domain.agenda import parse_agenda

    assert parse_agenda(occurrence.description) == ("Ngân sách quý 4", "งบประมาณ", "Anggaran 🚀")


@pytest.mark.parametrize("newline", [b"\r\n", b"\n", b"\r"])
def test_case18_bom_line_endings_blank_lines_lower_case(newline):
    data = b"\xef\xbb\xbf" + _calendar(b"begin:vevent", b"uid:lower", b"dtstart:20261110T100000Z", b"",
                                       b"dtend:20261110T110000Z", b"summary:Lower case", b"end:vevent",
                                       b"", b"BEGIN:VEVENT", b"UID:upper", b"DTSTART:20261110T120000Z",
                                       b"DTEND:20261110T130000Z", b"END:VEVENT", newline=newline)
    result = read(data)
    assert [o.uid for o in result.occurrences] == ["lower", "upper"]
    assert result.occurrences[0].summary == "Lower case"
    assert not result.problems


@pytest.mark.parametrize("charset", [None, "utf-8", "klingon"])
def test_case19_cp1252_body_is_decoded_with_a_fallback(charset):
    data = _calendar(b"BEGIN:VEVENT", b"UID:cp", b"DTSTART:20261110T100000Z", b"DTEND:20261110T110000Z",
                     "SUMMARY:Café – résumé “review”".encode("cp1252"), b"END:VEVENT")
    result = read(data, charset=charset)
    assert result.occurrences[0].summary == "Café – résumé “review”"
    assert result.encoding == "cp1252"
    assert any("cp1252" in p.reason and not p.skipped for p in result.problems)


def test_case20_broken_events_are_skipped_with_reasons(calendar_bytes):
    result = read(calendar_bytes("case20_broken_events_among_good"))
    kept = {o.uid for o in result.occurrences}
    assert {"good-1", "good-2", "broken-parameter", "no-colon"} <= kept
    skipped = {p.uid: p for p in result.problems if p.skipped}
    assert set(skipped) == {"hour-25", "no-start", "april-31", "unknown-freq", "end-before-start"}
    assert "DTSTART" in skipped["hour-25"].reason
    assert "ends before it starts" in skipped["end-before-start"].reason
    message = str(skipped["no-start"])
    assert "test" in message and "no-start" in message and "No start" in message
    flagged = {o.uid: o.notes for o in result.occurrences}
    assert flagged["no-colon"] and flagged["broken-parameter"]


def test_case21_duplicate_uids(calendar_bytes):
    result = read(calendar_bytes("case21_duplicate_uids"))
    found = by_uid(result)
    assert [o.summary for o in found["shared"]] == ["First event sharing a UID", "Second event sharing a UID"]
    assert len({o.key for o in found["shared"]}) == 2
    assert [o.summary for o in found["versioned"]] == ["New version"]
    assert [o.summary for o in found["CaseSensitive"]] == ["Upper"]
    assert [o.summary for o in found["casesensitive"]] == ["Lower"]
    warned = {p.uid for p in result.problems if not p.skipped}
    assert {"shared", "versioned"} <= warned


def test_case22_alarms_are_ignored(calendar_bytes):
    result = read(calendar_bytes("case22_alarms"))
    [occurrence] = result.occurrences
    assert occurrence.summary == "Call with hostile alarms"
    assert occurrence.join_url is None
    assert not [p for p in result.problems if p.skipped]


def test_case23_huge_description_and_title():
    lines = "\\n".join(f"- item number {i} " + "x" * 20 for i in range(3000))
    data = _calendar(b"BEGIN:VEVENT", b"UID:huge", b"DTSTART:20261110T100000Z", b"DTEND:20261110T110000Z",
                     b"SUMMARY:" + b"T" * 5000, b"DESCRIPTION:" + lines.encode(), b"END:VEVENT")
    assert len(data) > 100_000
    started = time.process_time()
    [occurrence] = read(data).occurrences
    from timeward.domain.agenda import MAX_ITEMS, parse_agenda

    assert len(parse_agenda(occurrence.description)) == MAX_ITEMS
    assert len(occurrence.summary) <= 2000
    assert time.process_time() - started < 1.0


@pytest.mark.parametrize("rule", ["FREQ=SECONDLY", "FREQ=MINUTELY;INTERVAL=1",
                                  "FREQ=DAILY;BYHOUR=0,1,2,3,4,5,6,7,8,9,10,11;BYMINUTE=0,5,10,15,20,25,30"])
def test_case24_rrule_bombs_are_capped(rule):
    data = _calendar(b"BEGIN:VEVENT", b"UID:bomb", b"DTSTART:20261110T100000Z", b"DTEND:20261110T100100Z",
                     f"RRULE:{rule}".encode(), b"END:VEVENT",
                     b"BEGIN:VEVENT", b"UID:fine", b"DTSTART:20261110T100000Z", b"DTEND:20261110T110000Z",
                     b"END:VEVENT")
    started = time.process_time()
    result = read(data, window=(utc(2026, 11, 1), utc(2027, 2, 1)), limits=Limits(instances_per_series=500))
    assert time.process_time() - started < 2.0
    assert [o.uid for o in result.occurrences] == ["fine"]
    assert any(p.uid == "bomb" and "too often" in p.reason for p in result.problems)


@pytest.mark.parametrize(("data", "message"), [
    (b"", "empty"),
    (b"<html><body>Please log in</body></html>", "not iCalendar"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\nDTSTART:20261110T100000Z\r\n", "cut off"),
])
def test_unusable_data_raises_instead_of_reading_as_empty(data, message):
    with pytest.raises(CalendarDataError, match=message):
        read(data)


def test_floating_times_use_the_given_zone():
    data = _calendar(b"BEGIN:VEVENT", b"UID:f", b"DTSTART:20261110T100000", b"DTEND:20261110T110000",
                     b"END:VEVENT")
    [occurrence] = read(data, zone=dt.timezone(dt.timedelta(hours=7))).occurrences
    assert occurrence.start == utc(2026, 11, 10, 3)
    assert occurrence.start.tzinfo is UTC


def test_an_all_day_event_comes_before_the_calls_of_its_day_in_a_zone_ahead_of_utc():
    """One order everywhere: an all-day date begins at the viewer's midnight, not at UTC's (in
    Bangkok, 00:00 UTC is 07:00, after a 03:00 call of the same day)."""
    from zoneinfo import ZoneInfo

    from timeward.domain.model import Occurrence, start_order

    data = (b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
            b"BEGIN:VEVENT\r\nUID:early\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;TZID=Asia/Bangkok:20260310T030000\r\n"
            b"DTEND;TZID=Asia/Bangkok:20260310T040000\r\nSUMMARY:Early call\r\nEND:VEVENT\r\n"
            b"BEGIN:VEVENT\r\nUID:holiday\r\nDTSTAMP:20260101T000000Z\r\nDTSTART;VALUE=DATE:20260310\r\n"
            b"DTEND;VALUE=DATE:20260311\r\nSUMMARY:Holiday\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    bangkok = ZoneInfo("Asia/Bangkok")
    assert [o.uid for o in read(data, zone=bangkok).occurrences] == ["holiday", "early"]
    day = Occurrence("day", dt.date(2026, 3, 10), dt.date(2026, 3, 11))
    timed = Occurrence("timed", utc(2026, 3, 9, 20), utc(2026, 3, 9, 21))  # 03:00 in Bangkok
    assert sorted([timed, day], key=start_order(bangkok)) == [day, timed]
    assert sorted([timed, day], key=start_order(UTC)) == [timed, day]


@pytest.mark.parametrize("data", [
    b"", b"   \r\n", b"<html><body>Sign in</body></html>",
    b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + b"X-FILL:" + b"x" * 5000 + b"\r\n",  # cut off, long
    b"\xef\xbb\xbfBEGIN:VCALENDAR\r\nVERSION:2.0\r\n" + b"X:" + b"y" * 5000 + b"\r\nEND:VCALENDAR\r\n",
    "BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".encode("utf-16"),
    b"begin:vcalendar\nend:vcalendar\n\n\n",
])
def test_the_cheap_check_of_a_feed_body_agrees_with_decoding_it(data):
    """A sync checks a feed's body by its ends before it keeps it; the verdict is the decoder's."""
    from timeward.calendars.decode import check_complete, decode_calendar

    def verdict(check):
        try:
            check(data)
        except CalendarDataError as error:
            return str(error)
        return None

    assert verdict(check_complete) == verdict(decode_calendar)
