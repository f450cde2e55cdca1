"""CallController: wires the guard, the ticker and the visible surfaces together.

User answers (from the tray, the timer window or a card) become guard actions; alerts become
cards or notices; every answer is saved at once so a restart loses nothing.

The timer window is built when first shown and the card modules are imported at the first alert:
between calls the app holds only the tray (start-up time and memory are benchmarked). For the same
reason the start path never touches PySide's ``Qt`` namespace, whose enums take ~15 ms to build.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer, QUrl, Signal
from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from timeward.domain.guard import Alert, CallGuard, CallView, GuardState
from timeward.domain.model import Occurrence
from timeward.domain.phases import AlertKind, Phase
from timeward.ui.join_links import join_link
from timeward.ui.notify import show_notification
from timeward.ui.plain import inert
from timeward.ui.ticker import GuardTicker
from timeward.ui.tray import TrayIcon

#: How long "Snooze 1 min" puts the start reminder away.
SNOOZE_MS = 60_000
#: The sentence that sets the end is shown this long after the call begins.
SAY_THE_END_FOR = dt.timedelta(minutes=10)

if TYPE_CHECKING:
    from timeward.domain.checklist import Checklist
    from timeward.domain.mail import Draft
    from timeward.domain.phrases import PhraseBook
    from timeward.sync.booking_watch import BookingNotice
    from timeward.ui.alert_card import AlertCard
    from timeward.ui.timer_window import TimerWindow


class CallController(QObject):
    call_finished = Signal(object)  # CallOutcome: the seam for the meeting log and follow-up
    no_show_undone = Signal(str)  # call key: the no-show was a mistake, and its note must go

    def __init__(
        self,
        guard: CallGuard,
        ticker: GuardTicker,
        tray: TrayIcon | None,
        make_timer: Callable[[], TimerWindow],
        phrases: Callable[[], PhraseBook],
        save_facts: Callable[[dict], object],
        confirm_no_show: Callable[[QWidget | None, str], bool] | None = None,
        parent: QObject | None = None,
        checklists: Callable[[Occurrence], Checklist] | None = None,
        out_of_hours: Callable[[Occurrence], bool] | None = None,
        notifications: Callable[[], bool] = lambda: True,
        phrases_for: Callable[[Occurrence], PhraseBook] | None = None,
        buffer: Callable[[], dt.timedelta] = lambda: dt.timedelta(minutes=30),
    ) -> None:
        super().__init__(parent)
        self.guard, self.ticker, self.tray = guard, ticker, tray
        self._make_timer = make_timer
        self._timer: TimerWindow | None = None
        self._link_dialog: QWidget | None = None  # a link to copy, where no browser opened it
        self._phrases = phrases  # read at the first warning
        self._save_facts = save_facts
        self._confirm = confirm_no_show or ask_no_show
        self._checklists = checklists
        self._out_of_hours = out_of_hours or (lambda _occurrence: False)
        self._notifications = notifications  # the user's choice: desktop notifications or not
        self._phrases_for = phrases_for or (lambda _occurrence: self._phrases())  # in the client's language
        self._buffer = buffer
        self.advance_due: Callable[[Occurrence], None] = lambda _occurrence: None  # the reminder to send ahead
        self.cards: dict[str, AlertCard] = {}  # the card shown (one at a time)
        self._waiting: dict[str, Callable[[], AlertCard]] = {}  # builders of the cards queued behind it
        ticker.state_changed.connect(self._show_state)
        ticker.alerts_due.connect(self._on_alerts)
        ticker.calls_finished.connect(self._calls_finished)
        if tray is not None:
            tray.joined_requested.connect(self.joined)
            tray.end_requested.connect(self.end_call)
            tray.link_requested.connect(self.join)
            tray.open_timer_requested.connect(self.show_timer)

    @property
    def has_timer(self) -> bool:
        return self._timer is not None

    @property
    def timer(self) -> TimerWindow:
        """The timer window, built on first use."""
        if self._timer is None:
            self._timer = self._make_timer()
            self._timer.joined_clicked.connect(self.joined)
            self._timer.end_clicked.connect(self.end_call)
        return self._timer

    def now(self) -> dt.datetime:
        return self.ticker.clock.now()

    def set_occurrences(self, occurrences: list[Occurrence]) -> None:
        now = self.now()
        self.guard.set_occurrences(occurrences, now)
        if self.tray is not None:
            from timeward.system_zone import local_zone

            local_day_end = now.astimezone(local_zone()).replace(hour=23, minute=59, second=59)
            self.tray.set_today(self.guard.occurrences_between(now, local_day_end.astimezone(dt.UTC)))
        self.ticker.tick()

    def _calls_finished(self, outcomes: list[object]) -> None:
        for outcome in outcomes:
            self.call_finished.emit(outcome)

    def _show_state(self, state: GuardState) -> None:
        if self.tray is not None:
            self.tray.show_state(state)
        if self._timer is not None and self._timer.isVisible():
            self._show_in_timer(state)

    def _show_in_timer(self, state: GuardState) -> None:
        self.timer.show_state(state)
        focus = state.focus
        outside = focus is not None and self._out_of_hours(focus.occurrence)
        self.timer.set_hours_line(self.tr("Outside your working hours") if outside else "")
        self.timer.set_sentence(self.sentence(focus) if focus is not None else "")

    def sentence(self, view: CallView) -> str:
        """What to say or send now, in the client's language: while waiting, until when the user
        waits; as the call begins (and until its first ten minutes are gone), when it ends."""
        from timeward.domain.boundary import start_sentence, waiting_sentence
        from timeward.system_zone import local_zone

        book, zone = self._phrases_for(view.occurrence), local_zone()
        if view.phase is Phase.WAITING:
            return waiting_sentence(book, view.wait_limit_at, view.now, zone)
        began = view.joined_at or view.start
        if view.phase is Phase.UPCOMING or (view.phase is Phase.IN_CALL and view.now - began < SAY_THE_END_FOR):
            return start_sentence(book, view.start, view.end, view.next_appointment, zone, self._buffer())
        return ""

    def show_timer(self) -> None:
        self._show_in_timer(self.guard.state(self.now()))
        if not self.timer.isVisible():  # it stays on top: raising it again only makes the window
            self.timer.show()           # manager flag it as demanding attention (in the taskbar)
            self.timer.raise_()

    # -- answers ---------------------------------------------------------------------------
    def _changed(self) -> None:
        self._save_facts(self.guard.facts())
        self.ticker.tick()

    def joined(self, key: str) -> None:
        self.guard.joined(key, self.now())
        self._close_card(key, AlertKind.WAIT_LIMIT)
        self._close_card(key, AlertKind.REMINDER)
        self._changed()

    def end_call(self, key: str) -> None:
        self.guard.end_call(key, self.now())
        self._close_card(key, AlertKind.WARNING)
        self._changed()

    def answer(self, key: str, action: str) -> None:
        """An answer from a card (a ``CardAction``; an unknown one is ignored)."""
        from timeward.ui.alerts import CardAction

        try:
            chosen = CardAction(action)
        except ValueError:
            return
        if chosen is CardAction.JOINED:
            self.joined(key)
        elif chosen is CardAction.WAIT_MORE:
            self.guard.wait_more(key, 5)
            self._changed()
        elif chosen is CardAction.NO_SHOW:
            self._no_show(key)
        elif (minutes := chosen.extension_minutes) is not None:
            self.guard.extend(key, minutes)
            self._changed()
            self._warn_of_clash(key)
        elif chosen is CardAction.WRAP_UP:
            self.show_timer()

    def _no_show(self, key: str) -> None:
        view = self.guard.view(key, self.now())
        if not self._confirm(None, view.occurrence.summary):
            self._raise_card(Alert(AlertKind.WAIT_LIMIT, view, view.wait_limit_at, f"{key}|ask-again"))
            return
        self.guard.record_no_show(key, self.now())
        self._changed()

        def build() -> AlertCard:
            from timeward.ui.alert_card import AlertCard

            card = AlertCard(self.tr("No-show recorded"), [inert(view.occurrence.summary)],
                             [("undo", self.tr("Undo")), ("ok", self.tr("OK"))], accent="#5f6b7a")
            card.answered.connect(lambda action: self._undo(key) if action == "undo" else None)
            return card

        self._show_card(key, "no_show_done", build)

    def offer_draft(self, occurrence: Occurrence, kind: str, open_draft: Callable[[], None]) -> None:
        """A card offering the draft just written for an ended (or missed) call."""

        def build() -> AlertCard:
            from timeward.ui.alert_card import AlertCard

            title = self.tr("Follow-up draft ready") if kind == "followup" else self.tr("A note to send")
            card = AlertCard(title, [inert(occurrence.summary),
                                     self.tr("It waits in the tray menu until you send or dismiss it.")],
                             [("open", self.tr("Open draft")), ("later", self.tr("Later"))], accent="#0072b2")
            card.answered.connect(lambda action: open_draft() if action == "open" else None)
            return card

        self._show_card(occurrence.key, f"draft_{kind}", build)

    def tell_bookings(self, notices: list[BookingNotice], reply: Callable[[list[BookingNotice]], str]) -> None:
        """A card for the calls a sync booked out of bounds (one card a kind), with ``reply(notices)``
        to copy for the client."""
        for kind in ("out_of_hours", "over_budget"):
            chosen = [n for n in notices if n.kind == kind]
            if not chosen:
                continue
            text = reply(chosen)

            def build(chosen: list[BookingNotice] = chosen, text: str = text) -> AlertCard:
                from timeward.ui.alerts import CardAction, booking_card

                card = booking_card(chosen, text)
                card.answered.connect(lambda action: copy_text(text) if action == CardAction.COPY else None)
                return card

            self._show_card(chosen[0].key, f"booking_{kind}", build)

    def offer_reminder(self, occurrence: Occurrence, draft: Draft, answered: Callable[[str], None]) -> None:
        """A card with the reminder to send the client ahead of a call: *Open in mail app*, *Copy*,
        *Dismiss*; it waits in the tray menu's drafts too."""

        def build() -> AlertCard:
            from timeward.ui.alert_card import AlertCard

            card = AlertCard(self.tr("A reminder to send"), [inert(occurrence.summary), inert(draft.subject, 120)],
                             [("open", self.tr("Open in mail app")), ("copy", self.tr("Copy")),
                              ("dismiss", self.tr("Dismiss"))], accent="#009e73")
            card.answered.connect(answered)
            return card

        self._show_card(occurrence.key, "advance", build)

    def _warn_of_clash(self, key: str) -> None:
        """An extension that takes the call past the next one's start says so on a card."""
        from timeward.ui import presenter

        view = self.guard.view(key, self.now())
        line = presenter.runs_into_line(view)
        if line is None:
            return

        def build() -> AlertCard:
            from timeward.ui.alert_card import AlertCard

            return AlertCard(line, [inert(view.occurrence.summary)], [("ok", self.tr("OK"))], accent="#d55e00")

        self._show_card(key, "runs_into_next", build)

    def _undo(self, key: str) -> None:
        """Undo a no-show, all of it: the note drafted for it goes (``no_show_undone``), and the
        question comes back when the wait limit has passed."""
        self.guard.undo_no_show(key)
        self._close_card(key, "draft_no_show")
        self.no_show_undone.emit(key)
        self._changed()
        view = self.guard.view(key, self.now())
        if view.wait_limit_reached:
            self._raise_card(Alert(AlertKind.WAIT_LIMIT, view, view.wait_limit_at, f"{key}|wait|undone"))

    # -- alerts ----------------------------------------------------------------------------
    def join(self, url: str) -> None:
        """Open a call's link; where nothing opens it (no browser), show it to copy."""
        if not open_link(url):
            from timeward.ui.link_dialog import LinkDialog

            self._link_dialog = LinkDialog(url)
            self._link_dialog.show()

    def _remind(self, alert: Alert) -> None:
        """The start reminder: a card that stays until answered (a balloon is gone in seconds):
        *Join* where the call has a link, *Snooze 1 min*, *Dismiss*."""
        key = alert.call.key

        def build() -> AlertCard:
            from timeward.ui.alerts import CardAction, reminder_card

            sentence = self.sentence(alert.call)
            card = reminder_card(alert, sentence)
            url = join_link(alert.call.occurrence)

            def answered(action: str) -> None:
                if action == CardAction.COPY:
                    copy_text(sentence)
                elif action == CardAction.JOIN and url:
                    self.join(url)
                elif action == CardAction.SNOOZE:
                    QTimer.singleShot(SNOOZE_MS, lambda: self._remind_again(key))

            card.answered.connect(answered)
            return card

        self._show_card(key, AlertKind.REMINDER.value, build)

    def _remind_again(self, key: str) -> None:
        try:
            view = self.guard.view(key, self.now())
        except KeyError:  # the calendar changed: the call is gone
            return
        if view.phase in (Phase.UPCOMING, Phase.WAITING):
            self._remind(Alert(AlertKind.REMINDER, view, self.now(), f"{key}|reminder|snoozed"))

    def _on_alerts(self, due: list[Alert]) -> None:
        for alert in due:
            if alert.kind is AlertKind.ADVANCE:
                self.advance_due(alert.call.occurrence)
            elif alert.kind in (AlertKind.WARNING, AlertKind.WAIT_LIMIT):
                self._raise_card(alert)
            elif alert.kind is AlertKind.REMINDER:
                self._remind(alert)
            else:
                from timeward.ui.alerts import notice_text

                title, text = notice_text(alert)
                if self._notifications():
                    show_notification(self.tray.icon if self.tray else None, title, text)
                if self.tray is None or not QSystemTrayIcon.isSystemTrayAvailable():
                    self.show_timer()
            if alert.kind is AlertKind.TIME_UP:
                self._close_card(alert.call.key, AlertKind.WARNING)

    def _raise_card(self, alert: Alert) -> None:
        key = alert.call.key

        def build() -> AlertCard:
            from timeward.ui import alerts as cards

            checklist = self._checklists(alert.call.occurrence) if self._checklists else None
            card = cards.warning_card(alert, self._phrases(), checklist) if alert.kind is AlertKind.WARNING \
                else cards.wait_limit_card(alert)
            card.answered.connect(lambda action: self.answer(key, action))
            return card

        self._show_card(key, alert.kind.value, build)

    def _show_card(self, key: str, kind: str, build: Callable[[], AlertCard]) -> None:
        """Show a card, or queue it: cards come one at a time, oldest first (two calls at once
        would otherwise stack their cards on the same spot). A waiting card is built when shown."""
        self._close_card(key, kind)
        self._waiting[f"{key}|{kind}"] = build
        self._show_next_card()

    def _show_next_card(self) -> None:
        if self.cards or not self._waiting:
            return
        name = next(iter(self._waiting))
        card = self._waiting.pop(name)()
        card.answered.connect(lambda action: None if action in card.stays else self._card_answered(name, card))
        self.cards[name] = card
        timer = self._timer.frameGeometry() if self._timer is not None and self._timer.isVisible() else None
        card.place_near_tray(self.tray.icon.geometry() if self.tray else None, avoid=timer)
        card.show()

    def _card_answered(self, name: str, card: AlertCard) -> None:
        if self.cards.get(name) is card:
            del self.cards[name]
            card.deleteLater()
        self._show_next_card()

    def _close_card(self, key: str, kind: AlertKind | str) -> None:
        name = f"{key}|{kind.value if isinstance(kind, AlertKind) else kind}"
        self._waiting.pop(name, None)
        card = self.cards.pop(name, None)
        if card is not None:
            card.close()
            card.deleteLater()
            self._show_next_card()


def ask_no_show(parent: QWidget | None, summary: str) -> bool:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("CallController", "Record a no-show?"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(
        QCoreApplication.translate(
            "CallController", "Cancel “%1” and record that they did not come? You can undo this."
        ).replace("%1", inert(summary, 80))
    )
    yes = box.addButton(
        QCoreApplication.translate("CallController", "Record no-show"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("CallController", "Keep waiting"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is yes


def copy_text(text: str) -> None:
    from PySide6.QtGui import QGuiApplication

    QGuiApplication.clipboard().setText(text)


def open_link(url: str) -> bool:
    """Open a meeting link, only on the user's click and only for http(s); False when nothing
    opened it."""
    from PySide6.QtGui import QDesktopServices

    qurl = QUrl(url)
    return qurl.scheme().lower() in ("http", "https") and QDesktopServices.openUrl(qurl)
