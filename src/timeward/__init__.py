"""Timeward: a system-tray timer that guards a freelancer's time on calls."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "Timeward"
APP_ID = "io.github.timeward.Timeward"
#: Service name under which secrets live in the OS keyring.
KEYRING_SERVICE = "timeward"
