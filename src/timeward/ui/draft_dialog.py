"""DraftDialog: a follow-up or no-show draft to check and send — editable To, Subject and Body.

"Open in mail app" hands a ``mailto:`` URL to the system, or, when the draft is too long for one,
an .eml file the mail app opens as a draft. "Save as .eml…" writes one where the user says;
"Copy" puts the whole mail on the clipboard; "Dismiss" drops it. Until one of these, the draft
waits in the journal with the user's edits (saved as they type, after a short pause), so a crash
or a restart loses nothing. Addresses are checked before the draft leaves.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from timeward.domain.mail import Draft, eml_bytes, mailto_url
from timeward.storage.journal import Journal, JournalError, StoredDraft
from timeward.ui.reason_text import translated

logger = logging.getLogger(__name__)
SAVE_AFTER_MS = 700


def open_url(url: QUrl) -> bool:
    return QDesktopServices.openUrl(url)


class DraftDialog(QDialog):
    finished_draft = Signal(int, str)  # draft id, "sent" | "dismissed"

    def __init__(self, stored: StoredDraft, journal: Journal, drafts_folder: Path,
                 now: Callable[[], dt.datetime], parent: QWidget | None = None,
                 opener: Callable[[QUrl], bool] = open_url,
                 choose_file: Callable[[QWidget, str], str] | None = None) -> None:
        super().__init__(parent)
        self.stored, self.journal, self._folder, self._now = stored, journal, drafts_folder, now
        self._opener = opener
        self._choose_file = choose_file or _choose_eml_file
        titles = {"followup": self.tr("Follow-up: %1"), "late_cancellation": self.tr("Note on a late cancellation: %1"),
                  "before": self.tr("Reminder to send: %1")}
        self.setWindowTitle(titles.get(stored.kind, self.tr("Note after a missed call: %1"))
                            .replace("%1", stored.meeting[:80]))
        self.setMinimumSize(560, 460)
        draft = stored.draft
        self.to = QLineEdit(", ".join(draft.to))
        self.to.setPlaceholderText(self.tr("name@example.com, …"))
        self.subject = QLineEdit(draft.subject)
        self.body = QPlainTextEdit(draft.body)
        self.body.setTabChangesFocus(True)
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("To"), self.to)
        form.addRow(self.tr("Subject"), self.subject)
        buttons = QDialogButtonBox()
        self.open_button = buttons.addButton(self.tr("Open in mail app"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button = buttons.addButton(self.tr("Save as .eml…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button = buttons.addButton(self.tr("Copy"), QDialogButtonBox.ButtonRole.ActionRole)
        self.dismiss_button = buttons.addButton(self.tr("Dismiss"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.open_in_mail_app)
        self.save_button.clicked.connect(self.save_eml)
        self.copy_button.clicked.connect(self.copy)
        self.dismiss_button.clicked.connect(self.dismiss)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self._saving = QTimer(self)
        self._saving.setSingleShot(True)
        self._saving.setInterval(SAVE_AFTER_MS)
        self._saving.timeout.connect(self.keep)
        for edit in (self.to, self.subject):
            edit.textEdited.connect(self._edited)
        self.body.textChanged.connect(self._edited)

    @property
    def draft(self) -> Draft:
        return self.stored.draft.edited(self.to.text(), self.subject.text(), self.body.toPlainText())

    def _edited(self, *_args: object) -> None:
        self.message.clear()
        self._saving.start()

    def keep(self) -> bool:
        """Save the edits in the journal (the draft keeps waiting); False, with the reason shown,
        when the journal cannot be written (a full disk): the edits stay here, and are tried again."""
        self._saving.stop()
        try:
            self.journal.save_draft(self.stored.call, self.stored.kind, self.stored.meeting, self.stored.starts,
                                    self.draft, self._now())
        except JournalError as error:
            self.message.setText(self.tr("Your edits could not be saved (%1). Copy the draft before you close this.")
                                 .replace("%1", translated(str(error))))
            return False
        return True

    def _checked(self) -> Draft | None:
        draft = self.draft
        if not draft.to:
            self.message.setText(self.tr("Add at least one address to send to."))
            return None
        if draft.invalid_addresses:
            self.message.setText(self.tr("Not an e-mail address: %1").replace("%1", ", ".join(draft.invalid_addresses)))
            return None
        return draft

    def open_in_mail_app(self) -> None:
        draft = self._checked()
        if draft is None:
            return
        url = mailto_url(draft)
        if url is not None:
            opened = self._opener(QUrl(url, QUrl.ParsingMode.StrictMode))
        else:  # too long for a mailto URL: an .eml draft the mail app opens
            from timeward.storage.atomic import write_atomic

            file = self._folder / f"followup-{self.stored.id}.eml"
            write_atomic(file, eml_bytes(draft), mode=0o600)
            opened = self._opener(QUrl.fromLocalFile(str(file)))
        if not opened:
            self.message.setText(self.tr("No mail app answered. Save the draft as .eml or copy it instead."))
            return
        self._finish("sent")

    def save_eml(self) -> None:
        draft = self._checked()
        if draft is None:
            return
        path = self._choose_file(self, f"{_file_name(draft.subject)}.eml")
        if not path:
            return
        from timeward.storage.atomic import write_atomic

        try:
            write_atomic(Path(path), eml_bytes(draft), mode=0o600)  # a mail is private
        except OSError as error:
            reason = translated(error.strerror or str(error))
            self.message.setText(self.tr("It could not be saved: %1").replace("%1", reason))
            return
        self._finish("sent")

    def copy(self) -> None:
        draft = self.draft
        QGuiApplication.clipboard().setText(f"To: {', '.join(draft.to)}\nSubject: {draft.subject}\n\n{draft.body}")
        self.message.setText(self.tr("Copied. Paste it into your mail app."))
        self._finish("sent")

    def dismiss(self) -> None:
        self._finish("dismissed")

    def _finish(self, state: str) -> None:
        """The draft is done with (sent or dismissed). Should the journal refuse to record that, the
        draft simply waits on: it is offered again rather than lost."""
        self.keep()  # the text as it went out
        try:
            self.journal.finish_draft(self.stored.id, state, self._now())
        except JournalError as error:
            logger.warning("the draft could not be marked %s: %s", state, error)
        self.finished_draft.emit(self.stored.id, state)
        self.accept()

    def reject(self) -> None:
        """Closing keeps the draft waiting, with its edits; while they cannot be saved, it stays open."""
        if self._saving.isActive() and not self.keep():
            return
        super().reject()


def _file_name(subject: str) -> str:
    safe = "".join(c if c.isalnum() or c in " -_" else " " for c in subject)
    return " ".join(safe.split())[:80] or "follow-up"


def _choose_eml_file(parent: QWidget, suggested: str) -> str:
    path, _ = QFileDialog.getSaveFileName(parent, parent.tr("Save the draft"), suggested,
                                          parent.tr("Mail drafts (*.eml)"))
    return path
