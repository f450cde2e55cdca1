"""The follow-up drafts in the tray: written to the journal when a call ends (the domain decides
which draft a call is worth), offered on a card, opened in their dialog, counted in the menu,
and removed when a no-show is undone.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from timeward.ui.reason_text import translated
from timeward.ui.tray import drafts_text

if TYPE_CHECKING:
    from timeward.domain.clock import Clock
    from timeward.domain.guard import CallOutcome
    from timeward.domain.model import Occurrence
    from timeward.domain.phrases import PhraseBook
    from timeward.storage.paths import AppPaths
    from timeward.storage.settings import Settings
    from timeward.ui.call_agenda import CallAgenda
    from timeward.ui.controller import CallController
    from timeward.ui.draft_dialog import DraftDialog
    from timeward.ui.tray import TrayIcon

logger = logging.getLogger(__name__)


class DraftFlow:
    """The drafts of one running app. ``settings`` and ``me`` are read when a draft is written
    (they change with Settings); ``notice_changed`` is called when the journal had to be read back."""

    def __init__(self, agenda: CallAgenda, paths: AppPaths, clock: Clock, controller: CallController,
                 tray: TrayIcon | None, settings: Callable[[], Settings], me: Callable[[], tuple[str, ...]],
                 notice_changed: Callable[[], None], present: Callable[[QWidget], None],
                 phrases_for: Callable[[Occurrence], PhraseBook]) -> None:
        self.agenda = agenda
        self.paths = paths
        self.clock = clock
        self.controller = controller
        self.tray = tray
        self._settings = settings
        self._me = me
        self._notice_changed = notice_changed
        self._present = present
        self._phrases_for = phrases_for  # the phrases in the call's client's language
        self.dialogs: list[DraftDialog] = []
        self.menu_action: QAction | None = None  # the timer window's drafts line, where no tray exists

    def call_finished(self, outcome: CallOutcome) -> None:
        """A call ended: its follow-up (or, after a no-show, the polite note) waits in the journal,
        and a card offers it."""
        from timeward.domain.followup import draft_for

        if self.agenda.journal is None:
            return
        occurrence = outcome.occurrence
        chosen = draft_for(outcome, self.agenda.checklist(occurrence), self._me(), self.clock.now())
        if chosen is None:
            return
        kind, waited = chosen
        if self.write(occurrence, kind, waited):
            self.controller.offer_draft(occurrence, kind, lambda: self.open(occurrence.key, kind))

    def no_show_undone(self, key: str) -> None:
        """The note drafted for a no-show that was undone goes, with any dialog open on it."""
        from timeward.storage.journal import JournalError

        for dialog in [d for d in self.dialogs if (d.stored.call, d.stored.kind) == (key, "no_show")]:
            dialog.close()
        if self.agenda.journal is not None:
            try:
                self.agenda.journal.discard_draft(key, "no_show")
            except JournalError as error:
                logger.warning("the no-show note could not be removed: %s", error)
        self.update()

    def write(self, occurrence: Occurrence, kind: str, waited: dt.timedelta | None = None) -> bool:
        """Draft the follow-up (or the no-show note, after ``waited``) of ``occurrence`` into the
        journal, in the user's mail language and templates; False when the journal refused it."""
        from timeward.domain.followup import followup_draft, no_show_note
        from timeward.storage.journal import JournalError
        from timeward.storage.templates import load_followup
        from timeward.system_zone import local_zone

        assert self.agenda.journal is not None
        settings, me, zone = self._settings(), self._me(), local_zone()
        profile = settings.policy.profile_for(occurrence)  # the client's language, templates and terms
        book, problem = load_followup(settings.mail_language_for(profile), self.paths.config,
                                      profile.templates if profile else "")
        if problem:
            logger.warning("%s", problem)
        if kind == "no_show":
            draft = no_show_note(occurrence, waited or dt.timedelta(0), book, zone, me, settings.fee_line_for(profile))
        else:
            draft = followup_draft(occurrence, self.agenda.checklist(occurrence), book, zone, me,
                                   today=self.clock.now().astimezone(zone).date())
        try:
            self.agenda.journal.save_draft(occurrence.key, kind, occurrence.summary, occurrence.start.isoformat(),
                                           draft, self.clock.now())
        except JournalError as error:  # a full disk, say: said plainly, and the app goes on
            from timeward.ui.notify import show_notification

            logger.warning("the draft could not be saved: %s", error)
            title = QCoreApplication.translate("TimewardApp", "The draft could not be saved")
            show_notification(self.tray.icon if self.tray else None, title, translated(str(error)))
            return False
        self.update()
        return True

    def remind_ahead(self, occurrence: Occurrence) -> None:
        """The reminder to send the client ahead of a call (its lead has come): drafted once into the
        journal, in the client's language, and offered on a card: *Open in mail app*, *Copy*, *Dismiss*.
        A restart does not draft it again."""
        from timeward.domain.boundary import Terms, before_reminder
        from timeward.storage.journal import JournalError
        from timeward.storage.meeting_log import MeetingLog
        from timeward.storage.templates import load_followup
        from timeward.system_zone import local_zone

        journal = self.agenda.journal
        if journal is None:
            return
        settings = self._settings()
        profile = settings.policy.profile_for(occurrence)
        phrases = self._phrases_for(occurrence)
        mail, _problem = load_followup(phrases.language, self.paths.config, profile.templates if profile else "")
        items = [i.text for i in self.agenda.checklist(occurrence).items if not i.covered]
        terms = Terms(settings.notice_for(profile), settings.fee_line_for(profile))
        draft = before_reminder(occurrence, items, phrases, mail, local_zone(), self._me(), terms)
        if not draft.to:
            return  # nobody to remind
        try:
            if not MeetingLog(journal).tell_once("before", occurrence.key, self.clock.now()):
                return
            journal.save_draft(occurrence.key, "before", occurrence.summary, occurrence.start.isoformat(), draft,
                               self.clock.now())
        except JournalError as error:
            logger.warning("the reminder to send could not be kept: %s", error)
            return
        self.update()
        self.controller.offer_reminder(occurrence, draft, lambda action: self._reminder_answered(occurrence, action))

    def _reminder_answered(self, occurrence: Occurrence, action: str) -> None:
        """*Open in mail app*, *Copy* or *Dismiss* on the reminder's card, done as its dialog does them
        (where no mail app answers, the dialog is shown with the way out)."""
        from timeward.ui.draft_dialog import DraftDialog

        journal = self.agenda.journal
        stored = journal.waiting_draft(occurrence.key, "before") if journal is not None else None
        if journal is None or stored is None:
            return
        dialog = DraftDialog(stored, journal, self.paths.ensure(self.paths.data / "drafts"), self.clock.now)
        if action == "open":
            dialog.open_in_mail_app()
            if dialog.result() != dialog.DialogCode.Accepted:
                self.dialogs.append(dialog)
                dialog.finished.connect(lambda _result: self._closed(dialog))
                self._present(dialog)
                return
        elif action == "copy":
            dialog.copy()
        else:
            dialog.dismiss()
        dialog.deleteLater()
        self.update()

    def follow_up(self, occurrence: Occurrence) -> None:
        """Open the follow-up of ``occurrence``: the one already waiting (with the user's edits),
        else a new draft."""
        journal = self.agenda.journal
        if journal is None:
            return
        if journal.waiting_draft(occurrence.key, "followup") is None and not self.write(occurrence, "followup"):
            return
        self.open(occurrence.key, "followup")

    def update(self) -> None:
        """The count of waiting drafts, in the tray menu (or the timer window's menu)."""
        waiting = self.agenda.waiting_count()
        if self.tray is not None:
            self.tray.set_drafts_waiting(waiting)
        if self.menu_action is not None:
            self.menu_action.setText(drafts_text(waiting))
            self.menu_action.setVisible(waiting > 0)
        if self.agenda.notice:  # the journal, opened for this count, was damaged and read back
            self._notice_changed()

    def open(self, call: str | None = None, kind: str | None = None) -> None:
        """Open a waiting draft (that of ``call``, else the newest) in its dialog."""
        journal = self.agenda.journal
        if journal is None:
            return
        waiting = journal.waiting_drafts()
        stored = next((d for d in waiting if call is None or (d.call, d.kind) == (call, kind)), None)
        if stored is None:
            return
        from timeward.ui.draft_dialog import DraftDialog

        dialog = DraftDialog(stored, journal, self.paths.ensure(self.paths.data / "drafts"), self.clock.now)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _result: self._closed(dialog))
        self.dialogs.append(dialog)
        self._present(dialog)

    def _closed(self, dialog: DraftDialog) -> None:
        self.dialogs.remove(dialog)
        self.update()
