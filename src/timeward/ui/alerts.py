"""Turning the guard's alerts into what the user sees: cards that wait for an answer, or notices."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from timeward.domain.checklist import Checklist
from timeward.domain.guard import Alert
from timeward.domain.phases import AlertKind
from timeward.domain.phrases import PhraseBook, warning_phrase
from timeward.ui import presenter
from timeward.ui.alert_card import AlertCard
from timeward.ui.join_links import join_button_text, join_link
from timeward.ui.plain import inert
from timeward.ui.plurals import plurals

if TYPE_CHECKING:
    from timeward.sync.booking_watch import BookingNotice


class CardAction(StrEnum):
    """What a card's button answers (its text is the card's, in the user's language)."""

    JOINED = "joined"
    NO_SHOW = "no_show"
    WAIT_MORE = "wait_more"
    WRAP_UP = "wrap_up"
    EXTEND_5 = "extend_5"
    EXTEND_10 = "extend_10"
    EXTEND_15 = "extend_15"
    DISMISS = "dismiss"
    JOIN = "join"
    SNOOZE = "snooze"
    COPY = "copy"

    @property
    def extension_minutes(self) -> int | None:
        """The minutes an Extend button gives, else None."""
        return int(self.value.removeprefix("extend_")) if self.value.startswith("extend_") else None


def warning_card(alert: Alert, phrases: PhraseBook, checklist: Checklist | None = None) -> AlertCard:
    """The ten-minute warning: the phrase to say names the top item not yet covered."""
    view = alert.call
    occurrence = view.occurrence
    checklist = checklist if checklist is not None else Checklist.from_description(occurrence.description)
    items = [item.text for item in checklist.uncovered]
    nxt = view.next_soon  # "before my next call" only when it follows soon
    minutes = presenter.minutes_up(view.remaining)
    next_start = nxt.start if nxt is not None and isinstance(nxt.start, dt.datetime) else None  # a call: timed
    phrase = warning_phrase(
        phrases,
        minutes,
        items[0] if items else None,
        nxt.summary if nxt else None,
        presenter.local_time(next_start) if next_start else None,
    )
    lines = [inert(occurrence.summary), QCoreApplication.translate("Alerts", "Say: “%1”").replace("%1", phrase)]
    if items:
        lines.append(QCoreApplication.translate("Alerts", "Still open: %1")
                     .replace("%1", inert("; ".join(items[:3]) + ("…" if len(items) > 3 else ""), 160)))
    if (line := presenter.runs_into_line(view) or presenter.next_line(view)) is not None:
        lines.append(line)
    if alert.late:
        lines.append(QCoreApplication.translate("Alerts", "(This came due while your computer was asleep.)"))
    title = plurals().minutes_left_in_call(minutes)
    actions = [
        (CardAction.WRAP_UP, QCoreApplication.translate("Alerts", "Wrap up")),
        (CardAction.EXTEND_5, QCoreApplication.translate("Alerts", "Extend +5")),
        (CardAction.EXTEND_10, QCoreApplication.translate("Alerts", "Extend +10")),
        (CardAction.EXTEND_15, QCoreApplication.translate("Alerts", "Extend +15")),
        (CardAction.DISMISS, QCoreApplication.translate("Alerts", "Dismiss")),
    ]
    return AlertCard(title, lines, actions, accent="#e69f00")


def reminder_card(alert: Alert, sentence: str = "") -> AlertCard:
    """The start reminder, which stays until answered: the call, when it starts, its link, and the
    sentence that sets the end (with *Copy*, which leaves the card open)."""
    view = alert.call
    title, text = notice_text(alert)
    lines = [text]
    if (line := presenter.next_line(view)) is not None:
        lines.append(line)
    if sentence:
        lines.append(f"“{sentence}”")
    url = join_link(view.occurrence)
    actions = [(CardAction.JOIN, join_button_text(url))] if url else []
    if sentence:
        actions.append((CardAction.COPY, QCoreApplication.translate("Alerts", "Copy")))
    actions += [(CardAction.SNOOZE, QCoreApplication.translate("Alerts", "Snooze 1 min")),
                (CardAction.DISMISS, QCoreApplication.translate("Alerts", "Dismiss"))]
    return AlertCard(title, lines, actions, accent="#009e73", stays=(CardAction.COPY,))


def wait_limit_card(alert: Alert) -> AlertCard:
    view = alert.call
    minutes = int(view.waited.total_seconds() // 60)
    title = plurals().not_joined_after(minutes)
    lines = [
        inert(view.occurrence.summary),
        QCoreApplication.translate("Alerts", "Cancel and record a no-show, or give them a little longer?"),
    ]
    actions = [
        (CardAction.JOINED, QCoreApplication.translate("Alerts", "They joined")),
        (CardAction.NO_SHOW, QCoreApplication.translate("Alerts", "Cancel and record a no-show…")),
        (CardAction.WAIT_MORE, QCoreApplication.translate("Alerts", "Wait 5 more minutes")),
    ]
    return AlertCard(title, lines, actions, accent="#0072b2")


def booking_card(notices: list[BookingNotice], reply: str) -> AlertCard:
    """The calls a sync booked outside working hours, or past a client's monthly budget (all of one
    kind), with the polite reply to copy: *Copy reply*, *Dismiss*."""
    first = notices[0]
    if first.kind == "out_of_hours":
        title = QCoreApplication.translate("Alerts", "Booked outside your working hours")
    else:
        title = QCoreApplication.translate("Alerts", "Over %1's monthly budget").replace("%1", inert(first.client, 40))
    lines = [f"{inert(n.summary, 60)} — {presenter.local_day_time(n.start)}" for n in notices[:3]]
    if len(notices) > 3:
        lines.append(QCoreApplication.translate("Alerts", "and %1 more").replace("%1", str(len(notices) - 3)))
    lines.append(f"“{reply}”")
    actions = [(CardAction.COPY, QCoreApplication.translate("Alerts", "Copy reply")),
               (CardAction.DISMISS, QCoreApplication.translate("Alerts", "Dismiss"))]
    return AlertCard(title, lines, actions, accent="#cc79a7")


def notice_text(alert: Alert) -> tuple[str, str]:
    """Title and text of a fleeting notice (reminder, end of time)."""
    summary = inert(alert.call.occurrence.summary, 80)
    if alert.kind is AlertKind.REMINDER:
        return QCoreApplication.translate("Alerts", "Call starting soon"), QCoreApplication.translate(
            "Alerts", "%1 starts at %2"
        ).replace("%1", summary).replace("%2", presenter.local_time(alert.call.start))
    return QCoreApplication.translate("Alerts", "Scheduled time is up"), summary
