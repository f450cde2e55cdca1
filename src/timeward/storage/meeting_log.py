"""The meeting log in the journal: one row per guarded call occurrence, written the moment
something happens (the call began, they joined, it ended or was extended, a no-show, a
cancellation the sync saw), by the tray and the command line alike through ``save_guard``.

Corrections and notes are rows of their own: the recorded facts are never rewritten by them. A
cancellation seen later never changes a row whose call already has an outcome (a series cancelled
today leaves last month's calls as they were). Instants are stored in UTC.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from timeward.domain.clients import client_name
from timeward.domain.meeting_log import CORRECTABLE, Correction, Followup, LogEntry, Outcome, cancellation_outcome
from timeward.domain.model import Occurrence
from timeward.domain.phases import Phase
from timeward.storage.journal import Journal
from timeward.storage.settings import Settings
from timeward.storage.sqlite_file import no_cycle_collection

if TYPE_CHECKING:
    from timeward.domain.guard import CallGuard

_COLUMNS = ("call", "uid", "recurrence_id", "summary", "client", "calendar", "scheduled_start", "scheduled_end",
            "agenda", "joined_at", "ended_at", "outcome", "auto_ended", "extension_minutes", "extra_wait_minutes",
            "notice_minutes", "out_of_hours", "note")
#: A call's live facts are restored for calls that ended at most this long ago.
LIVE_WINDOW = dt.timedelta(hours=12)


def _iso(instant: dt.datetime | dt.date | None) -> str | None:
    if instant is None:
        return None
    if isinstance(instant, dt.datetime):
        return instant.astimezone(dt.UTC).isoformat(timespec="seconds")
    return instant.isoformat()


def _instant(text: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(text) if text else None


def _outcome_of(phase: Phase | None, given: dt.timedelta | None, required: dt.timedelta) -> str | None:
    """The log's outcome for the guard's final phase; a cancellation by the ``given`` notice."""
    if phase is Phase.ENDED:
        return Outcome.HELD.value
    if phase is Phase.NO_SHOW:
        return Outcome.NO_SHOW.value
    if phase is Phase.CANCELLED:
        return cancellation_outcome(given or dt.timedelta(0), required).value
    return None


@dataclass(frozen=True, slots=True)
class LogRules:
    """What the settings say of a call for its log entry: its client, the notice it must give for
    a cancellation, and whether it falls outside working hours (in the user's ``zone``)."""

    settings: Settings
    zone: dt.tzinfo

    def client(self, occurrence: Occurrence) -> str:
        policy = self.settings.policy
        return client_name(occurrence, policy.clients, policy.me)

    def notice(self, occurrence: Occurrence) -> dt.timedelta:
        return self.settings.notice_for(self.settings.policy.profile_for(occurrence))

    def out_of_hours(self, occurrence: Occurrence) -> str:
        start, end = occurrence.start, occurrence.end
        if not isinstance(start, dt.datetime) or not isinstance(end, dt.datetime):
            return ""
        why = self.settings.hours.conflict(start, end, self.zone)
        return why.value if why else ""


class MeetingLog:
    """The log's rows of one open journal."""

    def __init__(self, journal: Journal) -> None:
        self.journal = journal

    # -- writing -------------------------------------------------------------------------------
    def save_guard(self, guard: CallGuard, now: dt.datetime, rules: LogRules) -> int:
        """Write every call the guard holds that has begun or has an answer: its facts as the guard
        has them now. The number of rows written."""
        written = 0
        with self.journal.transaction() as db:
            for occurrence, facts in guard.records_facts():
                start = occurrence.start
                if facts is None and (not isinstance(start, dt.datetime) or start > now):
                    continue
                written += self._save(db, occurrence, facts, now, rules)
        return written

    def _save(self, db: Any, occurrence: Occurrence, facts: dict[str, Any] | None, now: dt.datetime,
              rules: LogRules) -> int:
        row = db.execute("SELECT outcome FROM log WHERE call = ?", (occurrence.key,)).fetchone()
        if row is None:
            self._insert(db, occurrence, now, rules.client(occurrence), rules.out_of_hours(occurrence))
        if facts is None:
            # Nothing recorded now: a no-show that was undone. A cancellation the sync saw stays.
            if row is not None and row[0] == Outcome.NO_SHOW:
                db.execute("UPDATE log SET outcome = NULL, ended_at = NULL, updated_at = ? WHERE call = ?",
                           (_iso(now), occurrence.key))
            return 1
        phase = Phase(facts["outcome"]) if facts.get("outcome") else None
        ended = _instant(facts.get("ended_at"))
        given = None  # the notice a cancellation gave: from when the guard saw it to the start
        if phase is Phase.CANCELLED and isinstance(occurrence.start, dt.datetime) and ended is not None:
            given = occurrence.start - ended
        outcome = _outcome_of(phase, given, rules.notice(occurrence))
        if outcome is None and row is not None and row[0] in (Outcome.CANCELLED, Outcome.LATE_CANCELLATION):
            outcome = row[0]  # the sync saw it cancelled; the guard had no word on it
        notice = None if given is None else given.total_seconds() / 60
        db.execute("UPDATE log SET joined_at = ?, ended_at = ?, outcome = ?, auto_ended = ?, extension_minutes = ?, "
                   "extra_wait_minutes = ?, notice_minutes = coalesce(?, notice_minutes), summary = ?, "
                   "updated_at = ? WHERE call = ?",
                   (_iso(_instant(facts.get("joined_at"))), _iso(ended), outcome, int(bool(facts.get("auto_ended"))),
                    float(facts.get("extension_minutes") or 0), float(facts.get("extra_wait_minutes") or 0),
                    notice, occurrence.summary, _iso(now), occurrence.key))
        return 1

    @staticmethod
    def _insert(db: Any, occurrence: Occurrence, now: dt.datetime, client: str, out_of_hours: str) -> None:
        from timeward.domain.agenda import parse_agenda

        db.execute("INSERT INTO log (call, uid, recurrence_id, summary, client, calendar, scheduled_start, "
                   "scheduled_end, agenda, out_of_hours, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                   "?, ?)",
                   (occurrence.key, occurrence.uid, _iso(occurrence.recurrence_id), occurrence.summary, client,
                    occurrence.calendar, _iso(occurrence.start), _iso(occurrence.end),
                    json.dumps(list(parse_agenda(occurrence.description)), ensure_ascii=False), out_of_hours,
                    _iso(now), _iso(now)))

    def record_cancellation(self, occurrence: Occurrence, seen_at: dt.datetime, rules: LogRules) -> Outcome | None:
        """A guarded call cancelled (or removed) in its calendar, as a sync saw it at ``seen_at``:
        logged once, as late when it gave less notice than ``required``. None when its row already
        had an outcome (it was held, or this cancellation is known), which then stays as it was."""
        assert isinstance(occurrence.start, dt.datetime)
        notice = occurrence.start - seen_at
        outcome = cancellation_outcome(notice, rules.notice(occurrence))
        with self.journal.transaction() as db:
            row = db.execute("SELECT outcome, joined_at FROM log WHERE call = ?", (occurrence.key,)).fetchone()
            if row is not None and (row[0] is not None or row[1] is not None):
                return None
            if row is None:
                self._insert(db, occurrence, seen_at, rules.client(occurrence), rules.out_of_hours(occurrence))
            db.execute("UPDATE log SET outcome = ?, notice_minutes = ?, ended_at = ?, updated_at = ? WHERE call = ?",
                       (outcome.value, notice.total_seconds() / 60, _iso(seen_at), _iso(seen_at), occurrence.key))
        return outcome

    def tell_once(self, what: str, key: str, now: dt.datetime) -> bool:
        """True the first time ``what`` is to be told about call ``key`` (an out-of-hours booking,
        a budget gone over), False ever after: the user is told once, across restarts."""
        with self.journal.transaction() as db:
            return db.execute("INSERT OR IGNORE INTO told (what, call, at) VALUES (?, ?, ?)",
                              (what, key, _iso(now))).rowcount > 0

    def add_note(self, key: str, text: str, now: dt.datetime) -> None:
        self._correct(key, "note", text, now)

    def correct(self, key: str, field: str, value: str | None, now: dt.datetime) -> None:
        """A correction of a recorded fact (``joined_at``/``ended_at``: an instant or None;
        ``outcome``: an Outcome value), kept beside it."""
        if field not in CORRECTABLE:
            raise ValueError(f"only {', '.join(CORRECTABLE)} can be corrected, not {field!r}")
        if field == "outcome":
            Outcome(value or "")
        elif value is not None:
            value = _iso(dt.datetime.fromisoformat(value))
        self._correct(key, field, value, now)

    def _correct(self, key: str, field: str, value: str | None, now: dt.datetime) -> None:
        with self.journal.transaction() as db:
            if db.execute("SELECT 1 FROM log WHERE call = ?", (key,)).fetchone() is None:
                raise KeyError(key)
            db.execute("INSERT INTO corrections (call, field, value, at) VALUES (?, ?, ?, ?)",
                       (key, field, value, _iso(now)))

    # -- reading -------------------------------------------------------------------------------
    def live_facts(self, now: dt.datetime) -> dict[str, dict[str, Any]]:
        """The facts of the calls under way or just over, as the guard restores them: every row
        in the window, so that an answer taken back elsewhere is taken back here too."""
        since = _iso(now - LIVE_WINDOW)
        rows = self.journal.rows("SELECT call, joined_at, ended_at, outcome, auto_ended, extension_minutes, "
                                 "extra_wait_minutes FROM log WHERE scheduled_end >= ?", (since,))
        facts = {}
        for call, joined, ended, outcome, auto, extension, extra in rows:
            phase = {Outcome.HELD: Phase.ENDED, Outcome.NO_SHOW: Phase.NO_SHOW}.get(outcome)
            if outcome in (Outcome.CANCELLED, Outcome.LATE_CANCELLATION):
                phase = Phase.CANCELLED
            facts[call] = {"joined_at": joined, "ended_at": ended if phase else None,
                           "outcome": phase.value if phase else None, "auto_ended": bool(auto),
                           "extension_minutes": extension, "extra_wait_minutes": extra}
        return facts

    def entries(self, start: dt.datetime | None = None, end: dt.datetime | None = None,
                client: str | None = None, agenda: bool = True) -> list[LogEntry]:
        """The entries whose call was scheduled to begin in [start, end), oldest first (without
        ``agenda``, their covered and open items are left out: the report has no use for them)."""
        where, parameters = ["1"], []
        if start is not None:
            where.append("scheduled_start >= ?")
            parameters.append(_iso(start))
        if end is not None:
            where.append("scheduled_start < ?")
            parameters.append(_iso(end))
        if client is not None:
            where.append("lower(client) = lower(?)")
            parameters.append(client)
        clause = " AND ".join(where)
        rows = self.journal.rows(f"SELECT {', '.join(_COLUMNS)} FROM log WHERE {clause} "
                                 "ORDER BY scheduled_start, call", tuple(parameters))
        keys = [row[0] for row in rows]
        corrections = self._corrections(clause, tuple(parameters))
        checklists: dict[str, str] = {}
        if agenda:
            checklists = dict(self.journal.rows(f"SELECT call, items FROM checklists WHERE call IN "
                                                f"(SELECT call FROM log WHERE {clause})", tuple(parameters)))
        followups = dict(self.journal.rows(
            f"SELECT call, state FROM drafts WHERE kind = 'followup' AND call IN (SELECT call FROM log WHERE "
            f"{clause}) ORDER BY id", tuple(parameters)))
        with no_cycle_collection():  # thousands of acyclic values: nothing for it to find
            return [_entry(row, corrections.get(key, ()), checklists.get(key), followups.get(key), agenda)
                    for key, row in zip(keys, rows, strict=True)]

    def _corrections(self, clause: str, parameters: tuple) -> dict[str, tuple[Correction, ...]]:
        found: dict[str, list[Correction]] = {}
        for call, field, value, at in self.journal.rows(
                f"SELECT call, field, value, at FROM corrections WHERE call IN (SELECT call FROM log WHERE {clause}) "
                "ORDER BY id", parameters):
            found.setdefault(call, []).append(Correction(field, value, dt.datetime.fromisoformat(at)))
        return {k: tuple(v) for k, v in found.items()}

    def find(self, uid: str, occurrence: dt.datetime | None = None) -> str:
        """The key of the entry of event ``uid`` (the one scheduled at ``occurrence``, else the
        latest begun); KeyError when there is none."""
        rows = self.journal.rows("SELECT call, scheduled_start FROM log WHERE uid = ? ORDER BY scheduled_start", (uid,))
        if occurrence is not None:
            wanted = _iso(occurrence)
            rows = [r for r in rows if r[1] == wanted or r[0].endswith("|" + str(wanted))]
        if not rows:
            raise KeyError(uid)
        return str(rows[-1][0])


def _entry(row: tuple, corrections: Iterable[Correction], checklist: str | None, followup: str | None,
           agenda_wanted: bool = True) -> LogEntry:
    (key, uid, recurrence_id, summary, client, calendar, scheduled_start, scheduled_end, agenda, joined_at, ended_at,
     outcome, _auto, extension, extra_wait, notice, out_of_hours, note) = row
    if checklist:
        items = json.loads(checklist)
        covered = tuple(str(i["text"]) for i in items if i["covered"])
        still_open = tuple(str(i["text"]) for i in items if not i["covered"])
    else:
        covered, still_open = (), tuple(json.loads(agenda)) if agenda_wanted and agenda != "[]" else ()
    notes = [c.value or "" for c in corrections if c.field == "note"]
    moment = dt.datetime.fromisoformat
    return LogEntry(
        key, uid, recurrence_id, summary, client, moment(scheduled_start), moment(scheduled_end), calendar,
        moment(joined_at) if joined_at else None, moment(ended_at) if ended_at else None,
        Outcome(outcome) if outcome else None, dt.timedelta(minutes=extension) if extension else ZERO,
        dt.timedelta(minutes=extra_wait) if extra_wait else ZERO,
        None if notice is None else dt.timedelta(minutes=notice), out_of_hours,
        "\n".join(n for n in [note, *notes] if n) if notes else note, covered, still_open,
        _FOLLOWUPS.get(followup or "", Followup.NONE), tuple(c for c in corrections if c.field != "note"))


_FOLLOWUPS = {f.value: f for f in Followup}
ZERO = dt.timedelta(0)


def entry_json(entry: LogEntry, zone: dt.tzinfo) -> dict[str, Any]:
    """One entry as ``timeward log --json`` prints it (corrections applied, and listed)."""
    from timeward.domain.meeting_log import whole_minutes

    shown = entry.corrected()

    def local(instant: dt.datetime | None) -> str | None:
        return instant.astimezone(zone).isoformat() if instant else None

    return {"uid": entry.uid, "recurrence_id": entry.recurrence_id, "summary": entry.summary, "client": entry.client,
            "calendar": entry.calendar, "scheduled_start": local(entry.scheduled_start),
            "scheduled_end": local(entry.scheduled_end), "joined_at": local(shown.joined_at),
            "ended_at": local(shown.ended_at), "outcome": shown.outcome.value,
            "lateness_minutes": whole_minutes(shown.lateness), "overrun_minutes": whole_minutes(shown.overrun),
            "extended_minutes": whole_minutes(entry.extension),
            "notice_minutes": None if entry.notice is None else whole_minutes(entry.notice),
            "out_of_hours": bool(entry.out_of_hours), "covered": list(entry.covered), "open": list(entry.open),
            "followup": entry.followup.value, "note": entry.note,
            "corrections": [{"field": c.field, "value": _shown(c, zone), "at": local(c.at)} for c in entry.corrections],
            # What was recorded at the time, beside what the corrections made of it (None: uncorrected).
            "recorded": {"joined_at": local(entry.joined_at), "ended_at": local(entry.ended_at),
                         "outcome": entry.outcome.value} if entry.corrections else None}


def _shown(correction: Correction, zone: dt.tzinfo) -> str | None:
    if correction.field in ("joined_at", "ended_at") and correction.value:
        return dt.datetime.fromisoformat(correction.value).astimezone(zone).isoformat()
    return correction.value


def entries_csv(rows: list[dict[str, Any]]) -> str:
    """Rows of ``entry_json`` (or the report's) as CSV: lists joined by "; ", nulls empty."""
    import csv
    import io

    if not rows:
        return ""
    out = io.StringIO()
    columns = [k for k in rows[0] if k not in ("corrections", "recorded")]
    writer = csv.DictWriter(out, columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: _cell(v) for k, v in row.items() if k in columns})
    return out.getvalue()


def _cell(value: object) -> object:
    """A CSV cell; text a spreadsheet would run as a formula (a title "=HYPERLINK(…)") is quoted."""
    if value is None:
        return ""
    if isinstance(value, list):
        value = "; ".join(map(str, value))
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
