"""Agenda items, phrase templates and the demo calendar."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.conftest import utc
from timeward.domain.agenda import parse_agenda
from timeward.domain.calls import is_call
from timeward.domain.demo import demo_occurrences
from timeward.domain.guard import CallGuard
from timeward.domain.phases import Phase
from timeward.domain.phrases import TemplateProblem, validate, warning_phrase
from timeward.storage.templates import load_phrases


@pytest.mark.parametrize(("text", "items"), [
    ("- Budget\n* Timeline\n• Sign-off", ("Budget", "Timeline", "Sign-off")),
    ("1. Budget\n2) Timeline", ("Budget", "Timeline")),
    ("[ ] Budget\n[x] Timeline\n☐ Hiring\n☑ Done", ("Budget", "Timeline", "Hiring", "Done")),
    ("Hello!\nAgenda:\nBudget\nTimeline\n\nThanks, Dana", ("Budget", "Timeline")),
    ("Chương trình:\nNgân sách\nTiến độ", ("Ngân sách", "Tiến độ")),
    ("วาระ:\nงบประมาณ\nกำหนดการ", ("งบประมาณ", "กำหนดการ")),
    ("Just a note with no list", ()),
    ("", ()),
])
def test_agenda_items(text, items):
    assert parse_agenda(text) == items


def test_phrases_choose_the_form_that_fits():
    book, problem = load_phrases("en")
    assert problem is None
    text = warning_phrase(book, 10, "the budget projection", "Review with Minh", "11:00")
    assert text == ("We have about 10 minutes left before my next call. "
                    "Shall we focus on the budget projection?")
    assert "about a minute" in warning_phrase(book, 1, "budget", None, None)
    assert "10 minutes left." in warning_phrase(book, 10, None, None, None)


def test_a_broken_user_template_falls_back_with_a_clear_error(tmp_path):
    folder = tmp_path / "templates" / "en"
    folder.mkdir(parents=True)
    (folder / "phrases.toml").write_text('warning = "About $minuts left"\n', encoding="utf-8")
    book, problem = load_phrases("en", tmp_path)
    assert "unknown placeholders: minuts" in problem
    assert "$minutes" in book.templates["warning"]
    with pytest.raises(TemplateProblem, match="missing"):
        validate("en", {"warning": "x"})


def test_demo_shows_every_phase_within_minutes():
    now = utc(2026, 11, 23, 9, 0, 30)
    occurrences = demo_occurrences(now)
    assert all(is_call(o) for o in occurrences)
    first, second, third = occurrences
    assert first.start == now.replace(second=0) - dt.timedelta(minutes=1)
    assert second.start == first.end and parse_agenda(first.description)
    guard = CallGuard()
    guard.set_occurrences(occurrences, now)
    assert guard.state(now).focus.phase is Phase.WAITING
    guard.joined(first.key, now)
    assert guard.state(first.end - dt.timedelta(minutes=9)).focus.phase is Phase.WRAP_UP
    assert guard.state(third.start - dt.timedelta(minutes=1)).next_call == third
