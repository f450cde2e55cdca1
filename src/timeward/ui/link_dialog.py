"""LinkDialog: a meeting link to copy, where no browser opened it (a bare desktop, a kiosk)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget


class LinkDialog(QDialog):
    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join call"))
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        message = QLabel(self.tr("No browser opened the link. Copy it and open it where you join calls:"))
        message.setTextFormat(Qt.TextFormat.PlainText)
        message.setWordWrap(True)
        self.link = QLineEdit(url)
        self.link.setReadOnly(True)
        self.link.setMinimumWidth(380)
        self.link.selectAll()
        buttons = QDialogButtonBox()  # Qt ships no translations of its own buttons for vi, th or id
        buttons.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        self.copy_button = buttons.addButton(self.tr("Copy link"), QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (message, self.link, buttons):
            layout.addWidget(widget)

    def copy(self) -> None:
        QApplication.clipboard().setText(self.link.text())
        self.copy_button.setText(self.tr("Copied"))
