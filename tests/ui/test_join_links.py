"""The tray's *Join* names the meeting service, and the user's own services count at once, for
calls read before they were added."""

from __future__ import annotations

import pytest

from tests.ui.conftest import make_call
from timeward.calendars.joinlinks import Service
from timeward.domain.guard import CallGuard
from timeward.ui import join_links
from timeward.ui.join_links import join_button_text, join_call_text, join_link


@pytest.fixture
def own_services():
    services: list[Service] = []
    join_links.use_own_services(lambda: tuple(services))
    yield services
    join_links.use_own_services(tuple)


def test_the_join_words_name_the_service():
    assert join_call_text("https://acme.zoom.us/j/123") == "Join Zoom call"
    assert join_button_text("https://teams.microsoft.com/l/meetup-join/19%3ax") == "Join Microsoft Teams"
    assert join_call_text("https://rooms.acme.example/4") == "Join call"
    assert join_button_text("https://rooms.acme.example/4") == "Join"


def test_an_own_service_in_the_description_is_used_for_a_call_read_before(own_services):
    call = make_call(join_url="https://docs.acme.example/agenda", description="Room: https://rooms.acme.example/r/7")
    assert join_link(call) == "https://docs.acme.example/agenda"
    own_services.append(Service.from_row({"name": "Acme Rooms", "host": r"rooms\.acme\.example", "path": "/r/"}))
    assert join_link(call) == "https://rooms.acme.example/r/7"
    assert join_call_text(join_link(call)) == "Join Acme Rooms call"


def test_the_tray_menu_and_the_reminder_card_say_which_service(qtbot):
    import datetime as dt

    from timeward.domain.phases import AlertKind
    from timeward.ui.alerts import reminder_card
    from timeward.ui.tray import TrayIcon

    call = make_call(join_url="https://us02web.zoom.us/j/85234567890?pwd=x")
    now = call.start - dt.timedelta(minutes=1)
    guard = CallGuard()
    guard.set_occurrences([call], now)
    tray = TrayIcon()
    tray.show_state(guard.state(now))
    assert "Join Zoom call" in [a.text() for a in tray.menu.actions()]
    alert = next(a for a in guard.step(now).alerts if a.kind is AlertKind.REMINDER)
    card = reminder_card(alert)
    qtbot.addWidget(card)
    assert card.buttons["join"].text() == "Join Zoom"
