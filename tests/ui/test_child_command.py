"""What a window shows of a failed command: its "timeward: " error line, not a log line before it
or the command-line guidance after it."""

from __future__ import annotations

from timeward.ui.child_command import error_line


def test_the_error_line_is_the_commands_own_not_what_surrounds_it():
    errors = ("WARNING a log line\ntimeward: example.org: the certificate is not trusted\n"
              "    to trust it: add it again with --trust-certificate AB:CD")
    assert error_line(errors) == "timeward: example.org: the certificate is not trusted"


def test_without_an_error_line_the_last_line_is_shown():
    assert error_line("Traceback (most recent call last):\nKeyError: 'x'") == "KeyError: 'x'"
    assert error_line("") == ""
