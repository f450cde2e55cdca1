"""Failures the sync, the keyring and the commands write in English reach the user in the
interface's language: the reason is found in the message and translated, its blanks kept."""

from __future__ import annotations

import socket

import pytest

from timeward.calendars.remote import RemoteFailure, describe_network_error
from timeward.domain import reasons
from timeward.ui.i18n import install_translators
from timeward.ui.reason_text import translated


@pytest.fixture(params=["vi", "th", "id"])
def language(qapp, request):
    translators = install_translators(qapp, request.param)
    yield request.param
    for translator in translators:
        qapp.removeTranslator(translator)


def sample(reason: str) -> dict[str, str]:
    return {name: f"<{name}-1>" for name in reasons.blanks(reason)}


def test_every_reason_is_translated_with_its_blanks_and_prefix_kept(language):
    for reason in reasons.ALL:
        blanks = sample(reason)
        shown = translated(reasons.about("cal.example.org", reason, **blanks))
        assert shown.startswith("cal.example.org: "), (reason, shown)
        assert shown != reasons.about("cal.example.org", reason, **blanks), (language, reason)
        assert all(value in shown for value in blanks.values()), (language, reason, shown)


def test_a_reason_inside_another_is_translated_too(language):
    message = reasons.about("dav.example.org", reasons.NOT_TRUSTED, reason=reasons.NOT_THE_TRUSTED_ONE)
    shown = translated(message)
    assert "dav.example.org: " in shown and "trusted" not in shown


def test_a_message_with_no_known_reason_is_shown_as_it_came(language):
    assert translated("Work: something only the server says") == "Work: something only the server says"
    assert translated("") == ""


def test_each_line_is_translated_and_its_indent_kept(language):
    message = reasons.say(reasons.CONNECTED, label="dav", user="me", count=0) + "\n  " + reasons.NO_CALENDARS
    first, second = translated(message).split("\n")
    assert "dav" in first and "me" in first and "0" in first and "found" not in first
    assert second.startswith("  ") and "events" not in second


def test_a_real_network_failure_reads_in_vietnamese(qapp):
    translators = install_translators(qapp, "vi")
    try:
        with socket.socket() as free:
            free.bind(("127.0.0.1", 0))
            port = free.getsockname()[1]
        try:
            socket.create_connection(("127.0.0.1", port), timeout=2)
        except OSError as error:
            failure = describe_network_error(f"127.0.0.1:{port}", error)
        assert isinstance(failure, RemoteFailure)
        assert translated(str(failure)).startswith(f"127.0.0.1:{port}: không kết nối được với máy chủ (")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_a_config_file_line_reads_in_vietnamese_down_to_its_rule(qapp, tmp_path):
    from timeward.storage import settings

    translators = install_translators(qapp, "vi")
    try:
        path = tmp_path / "config.toml"
        path.write_text("[guard]\nwait_limit_minutes = 'ten'\nwait_limt = 3\n[[sources]]\nid = 'x'\nkind = 'ftp'\n"
                        "url = 'a'\n", encoding="utf-8")
        shown = [translated(problem) for problem in settings.load(path).problems]
        assert f"{path}: guard.wait_limit_minutes phải là số phút từ 0 đến 1440, không phải 'ten'; dùng 10" in shown
        assert any("(có phải ý bạn là 'wait_limit_minutes'?)" in line for line in shown)
        assert any("lịch đó bị bỏ ra cho đến khi được sửa" in line and "phải là một trong" in line for line in shown)
        assert not any("must be" in line or "ignored" in line for line in shown), shown
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
