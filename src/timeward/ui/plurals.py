"""Interface texts with counts, as ``self.tr(text, "", n)`` calls: the form lupdate reads as plural.

(lupdate marks ``QCoreApplication.translate`` calls as plural-free, so counted texts live here.)
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QObject


class Plurals(QObject):
    def minutes_left(self, n: int) -> str:
        return self.tr("%n minute(s) left", "", n)

    def minutes_left_in_call(self, n: int) -> str:
        return self.tr("%n minute(s) left in this call", "", n)

    def not_joined_after(self, n: int) -> str:
        return self.tr("They have not joined after %n minute(s)", "", n)

    def settings_not_used(self, n: int) -> str:
        return self.tr("%n setting(s) in config.toml could not be used…", "", n)

    def synced_minutes_ago(self, n: int) -> str:
        return self.tr("synced %n min ago", "", n)

    def synced_hours_ago(self, n: int) -> str:
        return self.tr("synced %n h ago", "", n)

    def synced_days_ago(self, n: int) -> str:
        return self.tr("synced %n day(s) ago", "", n)


@cache
def plurals() -> Plurals:
    return Plurals()
