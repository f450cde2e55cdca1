"""An account's password never shows in its repr (log lines, tracebacks' locals, debuggers)."""

from __future__ import annotations

from timeward.calendars.caldav_source import Account


def test_the_password_is_left_out_of_the_repr():
    account = Account("https://dav.example/", "ann", "s3cret-Pa55")
    assert "s3cret" not in repr(account) and "ann" in repr(account)
