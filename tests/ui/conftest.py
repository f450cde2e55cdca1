"""UI test helpers: a guard on a fake clock, and a controller with no real dialogs."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import utc
from timeward.domain.clock import FakeClock
from timeward.domain.guard import CallGuard
from timeward.domain.model import Occurrence, Person
from timeward.storage.templates import load_phrases

T0 = utc(2026, 11, 23, 10)
MIN = dt.timedelta(minutes=1)
HOSTILE = '<b>Bold</b> <img src="file:///etc/hostname"> <a href="https://evil.example">x</a> \u202eevil'


def make_call(uid: str = "a", start: dt.datetime = T0, minutes: int = 60, **kwargs) -> Occurrence:
    kwargs.setdefault("summary", f"Call {uid}")
    kwargs.setdefault("description", "Agenda:\n- Budget projection\n- Timeline")
    kwargs.setdefault("attendees", (Person("dana@acme.example", "Dana"),))
    return Occurrence(uid=uid, start=start, end=start + minutes * MIN, **kwargs)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(T0 - 30 * MIN)


@pytest.fixture
def guard() -> CallGuard:
    return CallGuard()


@pytest.fixture
def phrases():
    return load_phrases("en")[0]


@pytest.fixture(autouse=True)
def _english_plurals(qapp):
    """The app installs its translators at start; UI tests do the same."""
    from timeward.ui.i18n import install_translators

    translators = install_translators(qapp, "en")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def make_ticker(guard, clock):
    """Tickers stopped at teardown, so no timer fires into the next test."""
    from timeward.ui.ticker import GuardTicker

    made: list[GuardTicker] = []

    def make() -> GuardTicker:
        made.append(GuardTicker(guard, clock))
        return made[-1]

    yield make
    for ticker in made:
        ticker.stop()
        ticker.deleteLater()
