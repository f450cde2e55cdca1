"""The cache's occurrence rows: every field comes back as stored, and a series shares its details."""

from __future__ import annotations

import datetime as dt

from timeward.domain.model import Occurrence, Person, Status
from timeward.storage.cache import Cache, StoredObject
from timeward.storage.occurrence_rows import OccurrenceBuilder, details_text, instant_value, rows_for

UTC = dt.UTC


def full(start: dt.datetime) -> Occurrence:
    return Occurrence(
        uid="u-1@example.com", start=start, end=start + dt.timedelta(minutes=45), summary="Họp ngân sách · ประชุม",
        calendar="Work", recurrence_id=start, status=Status.TENTATIVE, transparent=True, declined=True,
        join_url="https://meet.example.com/x", description="Agenda:\n- Budget\n- วาระ", location="Hà Nội",
        organizer=Person("boss@example.com", "Bà Boss"), attendees=(Person("a@example.org", "Ánh"), Person("b@x.y")),
        floating=True, notes=("a note",), guarded=False, zone="Asia/Bangkok")


def test_every_field_round_trips() -> None:
    original = full(dt.datetime(2026, 11, 23, 9, 30, tzinfo=UTC))
    texts, rows = rows_for([original])
    (index, begins, ends, recurrence), = rows
    built = OccurrenceBuilder({7: ("s", "/c/", texts[index])}).build(7, begins, ends, recurrence)
    assert built == ("s", "/c/", original)


def test_all_day_occurrences_keep_dates() -> None:
    day = Occurrence(uid="d", start=dt.date(2026, 11, 23), end=dt.date(2026, 11, 24), all_day=True)
    texts, [(index, begins, ends, recurrence)] = rows_for([day])
    assert (begins, ends, recurrence) == ("2026-11-23", "2026-11-24", None)
    assert OccurrenceBuilder({1: ("s", "/c/", texts[index])}).build(1, begins, ends, recurrence)[2] == day


def test_instances_of_a_series_share_one_details_text() -> None:
    first = dt.datetime(2026, 11, 2, 9, tzinfo=UTC)
    series = [full(first + dt.timedelta(weeks=n)) for n in range(10)]
    texts, rows = rows_for(series)
    assert len(texts) == 1 and {row[0] for row in rows} == {0}
    assert instant_value(series[3].start) == int(series[3].start.timestamp())
    assert details_text(series[0]) == texts[0]


def test_the_cache_reads_back_what_a_sync_stored(tmp_path) -> None:
    first = dt.datetime(2026, 11, 2, 9, tzinfo=UTC)
    series = tuple(full(first + dt.timedelta(weeks=n)) for n in range(6))
    moved = Occurrence(uid="u-1@example.com", start=first + dt.timedelta(weeks=6, hours=2),
                       end=first + dt.timedelta(weeks=6, hours=3), summary="moved", recurrence_id=first)
    with Cache.open(tmp_path) as cache:
        cache.apply_changes("s", "/cal/", [StoredObject("a.ics", '"1"', b"x", (*series, moved))], [], first)
        read = [o for _s, _c, o in cache.occurrences(first, first + dt.timedelta(weeks=8))]
        assert sorted(read, key=lambda o: o.start) == [*series, moved]
        cache.apply_changes("s", "/cal/", [StoredObject("a.ics", '"2"', b"x", (moved,))], [], first)
        assert [o for _s, _c, o in cache.occurrences(first, first + dt.timedelta(weeks=8))] == [moved]
        assert cache._db.execute("SELECT COUNT(*) FROM details").fetchone()[0] == 1
        cache.apply_changes("s", "/cal/", [], ["a.ics"], first)
        assert cache.occurrences(first, first + dt.timedelta(weeks=8)) == []
        assert cache._db.execute("SELECT COUNT(*) FROM details").fetchone()[0] == 0
