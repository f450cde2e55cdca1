"""Notices: fleeting ones (the end of time) through the tray, and message boxes that wait."""

from __future__ import annotations

from PySide6.QtWidgets import QSystemTrayIcon, QWidget

from timeward.ui.plain import escaped

TIMEOUT_MS = 8000


def show_notification(tray: QSystemTrayIcon | None, title: str, text: str) -> None:
    if tray is not None and QSystemTrayIcon.supportsMessages() and tray.isVisible():
        tray.showMessage(escaped(title), escaped(text), QSystemTrayIcon.MessageIcon.Information, TIMEOUT_MS)


def tell(parent: QWidget | None, title: str, text: str, warning: bool = True) -> None:
    """A message box with our own, translated OK (Qt ships no vi, th or id for its standard
    buttons); the text is shown as plain text."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.addButton(QCoreApplication.translate("CallController", "OK"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
