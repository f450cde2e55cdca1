"""Words and numbers for a call's state: phase names, countdowns, icon text, tooltips.

All interface text goes through Qt's translation system (``QCoreApplication.translate`` with the
"Presenter" context, ``%n`` for plurals), so translating touches no code.
"""

from __future__ import annotations

import datetime as dt
import math

from PySide6.QtCore import QCoreApplication

from timeward.domain.guard import CallView, GuardState
from timeward.domain.phases import Phase
from timeward.ui.plain import inert
from timeward.ui.plurals import plurals


def phase_name(phase: Phase) -> str:
    names = {
        Phase.IDLE: QCoreApplication.translate("Presenter", "No call now"),
        Phase.UPCOMING: QCoreApplication.translate("Presenter", "Starting soon"),
        Phase.WAITING: QCoreApplication.translate("Presenter", "Waiting for them to join"),
        Phase.IN_CALL: QCoreApplication.translate("Presenter", "In call"),
        Phase.WRAP_UP: QCoreApplication.translate("Presenter", "Time to wrap up"),
        Phase.OVERRUN: QCoreApplication.translate("Presenter", "Over time"),
        Phase.ENDED: QCoreApplication.translate("Presenter", "Ended"),
        Phase.NO_SHOW: QCoreApplication.translate("Presenter", "No-show"),
        Phase.CANCELLED: QCoreApplication.translate("Presenter", "Cancelled"),
    }
    return names[phase]


def clock_text(delta: dt.timedelta) -> str:
    """``m:ss`` or ``h:mm:ss`` of a non-negative span (seconds rounded down)."""
    seconds = max(int(delta.total_seconds()), 0)
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def minutes_up(delta: dt.timedelta) -> int:
    """Whole minutes left, rounded up (a countdown says 1 until the last second)."""
    return max(math.ceil(delta.total_seconds() / 60), 0)


def big_time(view: CallView) -> str:
    """The large figure of the timer window."""
    if view.phase is Phase.UPCOMING:
        return clock_text(view.until_start)
    if view.phase is Phase.WAITING:
        return clock_text(view.waited)
    if view.phase is Phase.OVERRUN:
        return "+" + clock_text(-view.remaining)
    return clock_text(view.remaining)


def icon_text(view: CallView | None) -> str:
    """At most three characters for the tray icon: minutes, or seconds in the last minute."""
    if view is None:
        return ""
    if view.phase is Phase.WAITING:
        return str(min(int(view.waited.total_seconds() // 60), 99))
    if view.phase is Phase.UPCOMING:
        return str(minutes_up(view.until_start))
    if view.phase is Phase.OVERRUN:
        return "+" + str(min(int(-view.remaining.total_seconds() // 60), 99))
    left = view.remaining.total_seconds()
    if left < 60:
        return f"{int(left)}s" if left >= 10 else str(int(left))
    return str(min(minutes_up(view.remaining), 999))


def detail_line(view: CallView) -> str:
    """What the time means, in words: "12 minutes left", "waiting 3:12 / 10:00"."""
    if view.phase is Phase.UPCOMING:
        return QCoreApplication.translate("Presenter", "starts in %1").replace("%1", clock_text(view.until_start))
    if view.phase is Phase.WAITING:
        return (
            QCoreApplication.translate("Presenter", "waiting %1 / %2")
            .replace("%1", clock_text(view.waited))
            .replace("%2", clock_text(view.wait_limit))
        )
    if view.phase is Phase.OVERRUN:
        return QCoreApplication.translate("Presenter", "%1 over time").replace("%1", clock_text(-view.remaining))
    return plurals().minutes_left(minutes_up(view.remaining))


def local_time(instant: dt.datetime) -> str:
    """Hours and minutes in the system's zone as it is now (a zone change shows at once)."""
    from timeward.system_zone import local_zone

    return instant.astimezone(local_zone()).strftime("%H:%M")


def local_day_time(instant: dt.datetime) -> str:
    """The day and time in the system's zone, as the user's locale writes them ("Mon 30 Nov 18:00")."""
    from timeward.system_zone import local_zone

    local = instant.astimezone(local_zone())
    return f"{local_day(local.date())} {local:%H:%M}"


def local_day(day: dt.date, year: bool = False) -> str:
    """A day as the user's language writes it ("Mon 30 Nov", "T2 30 thg 11"); with ``year``, the
    year too, counted from the Buddhist era in Thai as Thai dates are."""
    from PySide6.QtCore import QDate, QLocale

    locale = QLocale()
    text = locale.toString(QDate(day.year, day.month, day.day), "ddd d MMM")
    if not year:
        return text
    thai = locale.language() == QLocale.Language.Thai
    return f"{text} {day.year + 543 if thai else day.year}"


def edit_format(time: bool = False) -> str:
    """How a date field writes its date (and time) in the user's locale ("d/M/yyyy HH:mm"), the year
    always in four digits so that a log reaching back decades reads the same. Qt has no Buddhist
    calendar to give the fields, so a Thai one counts years as the common era does."""
    import re

    from PySide6.QtCore import QLocale

    kind = QLocale.FormatType.ShortFormat
    written = QLocale().dateTimeFormat(kind) if time else QLocale().dateFormat(kind)
    return re.sub(r"(?<!y)y{1,2}(?!y)", "yyyy", written)


def next_line(view: CallView) -> str | None:
    nxt = view.next_appointment
    if nxt is None or not isinstance(nxt.start, dt.datetime):
        return None
    return (
        QCoreApplication.translate("Presenter", "Next: %1 at %2")
        .replace("%1", inert(nxt.summary, 60))
        .replace("%2", local_time(nxt.start))
    )


def runs_into_line(view: CallView) -> str | None:
    """"This runs into X at 11:00" once an extension takes the call past the next one's start."""
    nxt = view.runs_into_next
    if nxt is None:
        return None
    return (QCoreApplication.translate("Presenter", "This runs into %1 at %2")
            .replace("%1", inert(nxt.summary, 60)).replace("%2", local_time(nxt.start)))  # type: ignore[arg-type]


def tooltip_text(state: GuardState) -> str:
    view = state.focus
    if view is None:
        if state.next_call is not None and isinstance(state.next_call.start, dt.datetime):
            return (
                QCoreApplication.translate("Presenter", "Timeward — next call: %1 at %2")
                .replace("%1", inert(state.next_call.summary, 60))
                .replace("%2", local_time(state.next_call.start))
            )
        return QCoreApplication.translate("Presenter", "Timeward — no calls coming up")
    lines = [inert(view.occurrence.summary, 80), f"{phase_name(view.phase)} · {detail_line(view)}"]
    if (line := next_line(view)) is not None:
        lines.append(line)
    return "\n".join(lines)
