"""The dialogs that add a source: "Add account…" (CalDAV, with "Test connection") and
"Add subscription…" (an https/webcal address, a local .ics file or a folder of them).

Both run ``timeward calendars add …`` in a child process (ChildCommand), so the tray never waits
on the network and never imports the calendar stack; the password goes to the child's standard
input, never on its command line. What the command says is shown as plain text.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from timeward.ui.child_command import ChildCommand
from timeward.ui.reason_text import translated

_FINGERPRINT = re.compile(r"SHA-256 fingerprint is ((?:[0-9A-F]{2}:){31}[0-9A-F]{2})")


def offered_fingerprint(failure: str) -> str:
    """The certificate fingerprint a failed connection or sync names, or ""."""
    found = _FINGERPRINT.search(failure)
    return found[1] if found else ""


class _SourceDialog(QDialog):
    """A form, a result line, and a child command that checks or adds the source."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox()  # Qt ships no translations of its own buttons for vi, th or id
        self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.add_button = self.buttons.addButton(self.tr("Add"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.trust_button = self.buttons.addButton(self.tr("Trust this certificate…"),
                                                   QDialogButtonBox.ButtonRole.ActionRole)
        self.trust_button.hide()
        self.trust_button.clicked.connect(self._trust)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.command = ChildCommand(self)
        self.command.done.connect(self._done)
        self._adding = False
        self._offered = ""  # the fingerprint of the certificate the last failure showed
        self.trusted = ""  # the fingerprint the user chose to trust: sent with --trust-certificate
        self.confirm_trust: Callable[[QWidget, str], bool] = confirm_trust

    def trust_args(self) -> list[str]:
        return ["--trust-certificate", self.trusted] if self.trusted else []

    def _trust(self) -> None:
        if self._offered and self.confirm_trust(self, self._offered):
            self.trusted = self._offered
            self.trust_button.hide()
            self.message.setText(self.tr("This certificate will be trusted. Test or add again."))

    def _run(self, args: list[str], adding: bool, stdin: bytes = b"") -> None:
        self._adding = adding
        self.message.setText(self.tr("Adding…") if adding else self.tr("Connecting…"))
        self.setEnabled(False)
        self.command.run(lambda: args, stdin)

    def _done(self, code: int, output: bytes, error: str) -> None:
        self.setEnabled(True)
        text = output.decode("utf-8", "replace").strip()
        if code == 0 and self._adding:
            self.accept()
            return
        failure = translated(error.removeprefix("timeward: ")) or self.tr("It failed.")
        self.message.setText(translated(text) if code == 0 else failure)
        offered = offered_fingerprint(error) if code != 0 else ""
        self._offered = offered if offered != self.trusted else ""
        self.trust_button.setVisible(bool(self._offered))

    def done(self, result: int) -> None:
        """Closing also ends a check still running."""
        self.command.stop()
        super().done(result)


class AccountDialog(_SourceDialog):
    """URL or host name, user, password; "Test connection" reports what it found.

    Where no keyring works (a headless Linux), adding says so and offers to keep the password
    for this session only: the account is added without it, and ``session_password``
    hands it to the app, which keeps it in memory for its syncs. Nothing goes to a file.
    """

    session_password = Signal(str, str)  # source id, password

    def __init__(self, parent: QWidget | None = None,
                 ask_session_only: Callable[[QWidget, str], bool] | None = None) -> None:
        super().__init__(self.tr("Add a CalDAV account"), parent)
        self._ask_session_only = ask_session_only or ask_keep_for_session
        self._session_only = False
        self.url = QLineEdit()
        self.url.setPlaceholderText("cloud.example.com  or  https://dav.example.com/")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.form.addRow(self.tr("Server or host name"), self.url)
        self.form.addRow(self.tr("User name"), self.user)
        self.form.addRow(self.tr("Password"), self.password)
        self.test_button = self.buttons.addButton(self.tr("Test connection"), QDialogButtonBox.ButtonRole.ActionRole)
        self.test_button.clicked.connect(lambda: self._submit(check=True))
        self.add_button.clicked.connect(lambda: self._submit(check=False))
        self.message.setText(self.tr("The password is kept in the system keyring, never in a file."))

    def _submit(self, check: bool) -> None:
        url, user = self.url.text().strip(), self.user.text().strip()
        if not (url and user and self.password.text()):
            self.message.setText(self.tr("Fill in the server, the user name and the password."))
            return
        args = ["calendars", "add", "caldav", url, "--user", user, "--password-stdin"] + (["--check"] if check else [])
        args += ["--session-only"] if self._session_only and not check else []
        args += self.trust_args()
        self._run(args, adding=not check, stdin=(self.password.text() + "\n").encode())

    def _done(self, code: int, output: bytes, error: str) -> None:
        if code != 0 and self._adding and not self._session_only and "keyring" in error:
            self.setEnabled(True)
            if self._ask_session_only(self, translated(error.removeprefix("timeward: "))):
                self._session_only = True
                self._submit(check=False)
                return
        if code == 0 and self._adding and self._session_only:
            added = re.match(r"(?:added|updated the password of) ([^:\s]+):", output.decode("utf-8", "replace"))
            if added:
                self.session_password.emit(added[1], self.password.text())
        super()._done(code, output, error)


def ask_keep_for_session(parent: QWidget, reason: str) -> bool:
    return _warning_question(
        parent, parent.tr("No keyring"),
        parent.tr("The password cannot be kept safely: %1.\n\nKeep it for this session only? It is held "
                  "in memory, never written to a file, and asked again after Timeward restarts.")
        .replace("%1", reason.split(";")[0]),
        parent.tr("Keep for this session"))


def confirm_trust(parent: QWidget, fingerprint: str) -> bool:
    """Trusting a certificate is an explicit choice, made on its fingerprint."""
    return _warning_question(
        parent, parent.tr("Trust this certificate?"),
        parent.tr("The server shows a certificate that no authority vouches for. Trust it only if its "
                  "fingerprint is the one your server's administrator gave you:\n\n%1\n\nFrom then on, "
                  "Timeward accepts this exact certificate from this server, and no other.")
        .replace("%1", fingerprint),
        parent.tr("Trust"))


def _warning_question(parent: QWidget, title: str, text: str, accept: str) -> bool:
    """A warning in plain text with one button to go ahead and Cancel; True when the user went ahead."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    go_ahead = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("SourceDialogs", "Cancel"), QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return box.clickedButton() is go_ahead


class SubscriptionDialog(_SourceDialog):
    """An https or webcal address (Google's or Outlook's published calendar), or a local .ics file."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Add a calendar subscription"), parent)
        self.url = QLineEdit()
        self.url.setPlaceholderText("webcal://…  https://…/basic.ics  a file or a folder")
        choose = QPushButton(self.tr("File…"))
        choose.clicked.connect(self._choose)
        folder = QPushButton(self.tr("Folder…"))
        folder.setToolTip(self.tr("Every .ics file in a folder, as one calendar"))
        folder.clicked.connect(self._choose_folder)
        row = QHBoxLayout()
        row.addWidget(self.url, 1)
        row.addWidget(choose)
        row.addWidget(folder)
        self.name = QLineEdit()
        self.form.addRow(self.tr("Address or file"), row)
        self.form.addRow(self.tr("Name (optional)"), self.name)
        self.message.setText(self.tr("Secret addresses are shown shortened, never in full."))
        self.add_button.clicked.connect(self._add)

    def _choose(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a calendar file"), "",
                                              self.tr("Calendars (*.ics);;All files (*)"))
        if path:
            self.url.setText(path)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of calendar files"))
        if path:
            self.url.setText(path)

    def _add(self) -> None:
        url = self.url.text().strip()
        if not url:
            self.message.setText(self.tr("Give an address or choose a file."))
            return
        name = self.name.text().strip()
        self._run(["calendars", "add", "ics", url] + (["--name", name] if name else []) + self.trust_args(),
                  adding=True)
