"""Fleeting notices (reminder, end of time) through the tray; one function to replace later."""

from __future__ import annotations

from PySide6.QtWidgets import QSystemTrayIcon

from timeward.ui.plain import escaped

TIMEOUT_MS = 8000


def show_notification(tray: QSystemTrayIcon | None, title: str, text: str) -> None:
    if tray is not None and QSystemTrayIcon.supportsMessages() and tray.isVisible():
        tray.showMessage(escaped(title), escaped(text), QSystemTrayIcon.MessageIcon.Information, TIMEOUT_MS)
