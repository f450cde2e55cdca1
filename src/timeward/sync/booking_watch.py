"""What a sync changed about the calls ahead, for the log and the user: the calls it cancelled
(logged, and a note drafted for a late one), and the calls it booked or moved outside working
hours or past a client's monthly budget (told once, with the polite reply to send).

The calls of the days ahead are read from the cache before the sync and after it
(``sync.cancellations``); nothing here runs when the sync changed nothing.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING

from timeward.domain.calls import is_call
from timeward.sync.cancellations import HORIZON, Snapshot, cancelled_calls, upcoming_calls
from timeward.sync.window import ExpansionWindow

if TYPE_CHECKING:  # the rest is imported by a review that has something to do: most syncs change nothing
    from timeward.domain.model import Occurrence
    from timeward.storage.cache import Cache
    from timeward.storage.journal import Journal
    from timeward.storage.meeting_log import LogRules, MeetingLog
    from timeward.storage.paths import AppPaths
    from timeward.storage.settings import Settings

logger = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class BookingNotice:
    """A call the user should hear about once: booked outside working hours (``why`` says how),
    or past its client's monthly budget (``used`` and ``budget``, in minutes, with the call)."""

    kind: str  # out_of_hours | over_budget
    key: str
    summary: str
    start: dt.datetime
    client: str
    why: str = ""
    used: int = 0
    budget: int = 0

    def as_json(self) -> dict[str, object]:
        return {"kind": self.kind, "key": self.key, "summary": self.summary, "start": self.start.isoformat(),
                "client": self.client, "why": self.why, "used": self.used, "budget": self.budget}

    @classmethod
    def from_json(cls, row: dict) -> BookingNotice:
        return cls(str(row["kind"]), str(row["key"]), str(row["summary"]), dt.datetime.fromisoformat(row["start"]),
                   str(row.get("client", "")), str(row.get("why", "")), int(row.get("used") or 0),
                   int(row.get("budget") or 0))


@dataclass(slots=True)
class Review:
    lines: list[str]
    notices: list[BookingNotice]


class BookingWatch:
    """The guarded calls ahead before a sync wrote anything, to review what it changed once it is
    done. ``before_write`` is the syncer's hook: the calls are read at the first write, so a sync
    that changes nothing costs nothing here."""

    def __init__(self, cache: Cache, config: Settings, now: dt.datetime, zone: dt.tzinfo) -> None:
        notices = [config.notice, *(p.notice for p in config.policy.clients if p.notice is not None)]
        self.cache, self.config, self.now, self.zone = cache, config, now, zone
        self.horizon = max(HORIZON, max(notices) + dt.timedelta(days=1))
        self.before: Snapshot | None = None
        # The days watched are held in the cache, before the sync reads its window (a sync reads its
        # objects into the window it found; one widened meanwhile would lack their new occurrences).
        ExpansionWindow(cache, zone, config.policy.me).widen(now + self.horizon, margin=True)

    def before_write(self) -> None:
        if self.before is None:
            self.before = upcoming_calls(self.cache, self.config.sources, self.now, self.horizon)

    def review(self, paths: AppPaths) -> Review:
        """Log what the sync cancelled and tell what it booked out of bounds. The sync went well
        whatever happens here: a journal that cannot be written is one line more."""
        review = Review([], [])
        if self.before is None:  # nothing was written
            return review
        after = upcoming_calls(self.cache, self.config.sources, self.now, self.horizon)
        cancelled = cancelled_calls(self.before, after, self.cache, self.now, self.horizon)
        booked = _booked(self.before, after)
        if not (cancelled or booked):
            return review
        from timeward.domain.meeting_log import Outcome
        from timeward.storage.journal import Journal, JournalError
        from timeward.storage.meeting_log import LogRules, MeetingLog

        try:
            with Journal.open(paths.data) as journal:
                log, rules = MeetingLog(journal), LogRules(self.config, self.zone)
                for occurrence in cancelled:
                    outcome = log.record_cancellation(occurrence, self.now, rules)
                    if outcome is None:
                        continue
                    review.lines.append(f"{occurrence.summary} was cancelled ({outcome.value.replace('_', ' ')})")
                    if outcome is Outcome.LATE_CANCELLATION:
                        self._draft_note(journal, occurrence, paths)
                review.notices.extend(self._notices(log, rules, booked, after))
        except JournalError as error:
            review.lines.append(f"the calls the sync changed could not be logged: {error}")
        return review

    def _notices(self, log: MeetingLog, rules: LogRules, booked: list[Occurrence],
                 after: Snapshot) -> list[BookingNotice]:
        from timeward.domain.report import budget_used, month_of

        found = []
        ahead = [o for calls in after.calls.values() for o in calls.values() if is_call(o)]
        profiles = {o.key: self.config.policy.profile_for(o) for o in ahead}  # matched once, not per booking
        for occurrence in booked:
            assert isinstance(occurrence.start, dt.datetime)
            client = rules.client(occurrence)
            why = rules.out_of_hours(occurrence)
            if why and log.tell_once("out_of_hours", occurrence.key, self.now):
                found.append(BookingNotice("out_of_hours", occurrence.key, occurrence.summary, occurrence.start,
                                           client, why=why))
            profile = profiles.get(occurrence.key)
            if profile is None or profile.monthly_budget is None:
                continue
            first, following = month_of(occurrence.start, self.zone)
            entries = log.entries(first, following, profile.name)
            logged = {e.key for e in entries}
            # The calls of the month up to this one: the one that goes over is told, not those before it.
            planned = sum((o.duration for o in ahead if o.key not in logged and first <= o.start <= occurrence.start
                           and profiles[o.key] == profile), dt.timedelta(0))
            used = budget_used(profile, entries, occurrence.start, self.zone) + planned
            if used > profile.monthly_budget and log.tell_once("over_budget", occurrence.key, self.now):
                found.append(BookingNotice("over_budget", occurrence.key, occurrence.summary, occurrence.start,
                                           client, used=int(used.total_seconds() // 60),
                                           budget=int(profile.monthly_budget.total_seconds() // 60)))
        return found

    def _draft_note(self, journal: Journal, occurrence: Occurrence, paths: AppPaths) -> None:
        """The note to send about a late cancellation, with the client's fee line, waiting in the
        journal as the tray's drafts do (in the client's mail language)."""
        from timeward.domain.followup import late_cancellation_note, recipients
        from timeward.storage.templates import load_followup

        me = self.config.policy.me
        if not recipients(occurrence, me):
            return
        profile = self.config.policy.profile_for(occurrence)
        book, problem = load_followup(self.config.mail_language_for(profile), paths.config,
                                      profile.templates if profile else "")
        if problem:
            logger.warning("%s", problem)
        draft = late_cancellation_note(occurrence, book, self.zone, me, self.config.fee_line_for(profile))
        journal.save_draft(occurrence.key, "late_cancellation", occurrence.summary, occurrence.start.isoformat(),
                           draft, self.now)


def _booked(before: Snapshot, after: Snapshot) -> list[Occurrence]:
    """The calls of ``after`` that are new, or that moved, since ``before``."""
    found = []
    for calendar, calls in after.calls.items():
        known = before.calls.get(calendar, {})
        for ident, occurrence in calls.items():
            old = known.get(ident)
            if is_call(occurrence) and (old is None or (old.start, old.end) != (occurrence.start, occurrence.end)):
                found.append(occurrence)
    return found
