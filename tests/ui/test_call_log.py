"""The tray and `timeward call` write one meeting log: the tray logs a call as it begins and each
answer at once; an answer given on the command line reaches the running tray through its stamp."""

from __future__ import annotations

import datetime as dt

from tests.conftest import utc
from tests.sync.conftest import event
from timeward.cli import main as cli
from timeward.domain.clock import FakeClock
from timeward.storage.journal import Journal
from timeward.storage.meeting_log import MeetingLog
from timeward.storage.paths import AppPaths
from timeward.ui.app import TimewardApp

T0 = utc(2026, 11, 23, 10)
MIN = dt.timedelta(minutes=1)


def entries(paths: AppPaths) -> dict:
    with Journal.open(paths.data) as journal:
        return {e.uid: e for e in MeetingLog(journal).entries()}


def test_the_tray_logs_a_call_and_hears_answers_given_on_the_command_line(qtbot, qapp, capsys):
    paths = AppPaths.from_environment()
    paths.ensure(paths.data)
    (paths.data / "calendar.ics").write_text(
        event("client", T0, 60, summary="Client call", extra="ORGANIZER:mailto:ana@acme.example\r\n"), newline="")
    clock = FakeClock(T0 + MIN)
    app = TimewardApp(qapp, paths, demo=False, clock=clock)
    try:
        qtbot.waitUntil(lambda: app.guard.state(clock.now()).focus is not None, timeout=10000)
        qtbot.waitUntil(lambda: "client" in entries(paths), timeout=5000)  # logged as it began
        assert entries(paths)["client"].outcome.value == "missed"

        assert cli.main(["call", "joined", "--at", (T0 + 4 * MIN).isoformat()]) == 0
        capsys.readouterr()
        qtbot.waitUntil(lambda: app.guard.view("client|" + T0.isoformat(), clock.now()).joined_at is not None,
                        timeout=5000)
        assert app.guard.view("client|" + T0.isoformat(), clock.now()).joined_at == T0 + 4 * MIN

        clock.advance(T0 + 65 * MIN - clock.now())
        app.controller.end_call("client|" + T0.isoformat())  # the tray's own button
        entry = entries(paths)["client"]
        assert (entry.outcome.value, entry.lateness, entry.overrun) == ("held", 4 * MIN, 5 * MIN)
        qtbot.waitUntil(lambda: app.agenda.waiting_count() == 1, timeout=5000)  # and its follow-up is drafted
    finally:
        app.loader.stop()
        app.ticker.stop()
        if app.controller.has_timer:
            app.controller.timer.close()


def test_an_answer_the_journal_refuses_is_kept_and_written_later(qtbot, qapp, monkeypatch):
    from tests.ui.conftest import make_call
    from timeward.domain.guard import CallGuard
    from timeward.storage.journal import JournalError
    from timeward.storage.settings import Settings
    from timeward.ui.call_agenda import CallAgenda
    from timeward.ui.call_log import CallLog

    paths = AppPaths.from_environment()
    call = make_call(start=T0)
    guard = CallGuard()
    guard.set_occurrences([call], T0)
    log = CallLog(guard, CallAgenda(paths.data), FakeClock(T0 + 5 * MIN), paths.runtime, Settings, lambda: True)
    guard.joined(call.key, T0 + 5 * MIN)

    def full(*_args, **_kwargs):
        raise JournalError("journal.sqlite3: database or disk is full")

    with monkeypatch.context() as patched:
        patched.setattr(MeetingLog, "save_guard", full)
        assert not log.save() and "disk is full" in log.unsaved
    assert guard.view(call.key, T0 + 5 * MIN).joined_at == T0 + 5 * MIN  # the call goes on in memory
    log.state_changed(guard.state(T0 + 6 * MIN))  # the next change of state writes it
    assert not log.unsaved and entries(paths)["a"].joined_at == T0 + 5 * MIN


def test_a_booking_out_of_hours_is_a_card_with_the_reply_to_copy(qtbot, qapp):
    from PySide6.QtGui import QGuiApplication

    app = TimewardApp(qapp, AppPaths.from_environment(), demo=True)
    try:
        app._tell_bookings([{"kind": "out_of_hours", "key": "late|x", "summary": "Late call", "client": "Acme",
                             "start": "2026-11-27T11:00:00+00:00", "why": "outside_hours"},
                            {"kind": "over_budget", "key": "big|x", "summary": "Big call", "client": "Acme",
                             "start": "2026-11-28T03:00:00+00:00", "used": 400, "budget": 360}])
        [name] = app.controller.cards
        card = app.controller.cards[name]
        assert card.title_label.text() == "Booked outside your working hours"
        assert any("Late call" in label.text() for label in card.line_labels)
        card.buttons["copy"].click()
        assert QGuiApplication.clipboard().text() == ("I'm available for calls Monday to Friday, 9:00 to 17:00. "
                                                      "Could we find a time within those hours?")
        [name] = app.controller.cards  # the budget's card comes next
        card = app.controller.cards[name]
        assert card.title_label.text().replace("\u2068", "").replace("\u2069", "") == "Over Acme's monthly budget"
        card.buttons["copy"].click()
        assert QGuiApplication.clipboard().text().startswith("We have used 6 h 40 min of the 6 h we planned")
    finally:
        app.loader.stop()
        app.ticker.stop()


def test_the_timer_says_when_a_call_is_outside_working_hours(qtbot, qapp, monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    saturday = utc(2026, 11, 28, 10)
    paths = AppPaths.from_environment()
    paths.ensure(paths.data)
    (paths.data / "calendar.ics").write_text(event("weekend", saturday, 60, summary="Weekend call"), newline="")
    clock = FakeClock(saturday + MIN)
    app = TimewardApp(qapp, paths, demo=False, clock=clock)
    try:
        qtbot.waitUntil(lambda: app.guard.state(clock.now()).focus is not None, timeout=10000)
        app.controller.show_timer()
        assert app.controller.timer.hours_label.text() == "Outside your working hours"
        assert app.controller.timer.hours_label.isVisible()
    finally:
        app.loader.stop()
        app.ticker.stop()
        app.controller.timer.close()


def test_the_reminder_ahead_is_drafted_once_and_kept_across_a_restart(qtbot, qapp, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    monkeypatch.setenv("TZ", "UTC")
    paths = AppPaths.from_environment()
    paths.ensure(paths.data)
    paths.ensure(paths.config)
    paths.settings_file.write_text('[[clients]]\nname = "Acme"\nmatch = ["acme.example"]\nadvance_reminder_hours = 24\n'
                                   'fee_line = "Late cancellations are charged $50."\n', encoding="utf-8")
    (paths.data / "calendar.ics").write_text(
        event("client", T0, 60, summary="Client call",
              extra="ORGANIZER;CN=Ana Lee:mailto:ana@acme.example\r\nDESCRIPTION:- Budget\\n- Scope\r\n"), newline="")
    clock = FakeClock(T0 - dt.timedelta(hours=24) + MIN)

    def started() -> TimewardApp:
        app = TimewardApp(qapp, paths, demo=False, clock=clock)
        qtbot.waitUntil(lambda: bool(app.guard.occurrences_between(T0, T0 + MIN)), timeout=10000)
        return app

    app = started()
    try:
        qtbot.waitUntil(lambda: any(n.endswith("|advance") for n in app.controller.cards), timeout=5000)
        name = next(n for n in app.controller.cards if n.endswith("|advance"))
        card = app.controller.cards[name]
        assert card.title_label.text() == "A reminder to send" and list(card.buttons) == ["open", "copy", "dismiss"]
        [stored] = [d for d in app.agenda.journal.waiting_drafts() if d.kind == "before"]
        assert stored.draft.to == ("ana@acme.example",) and "- Budget" in stored.draft.body
        assert "Late cancellations are charged $50." in stored.draft.body
        card.buttons["copy"].click()
        assert "Subject: Reminder: Client call" in QGuiApplication.clipboard().text()
        assert not [d for d in app.agenda.journal.waiting_drafts() if d.kind == "before"]  # sent
    finally:
        app.loader.stop()
        app.ticker.stop()
        app.agenda.close()
    again = started()  # a restart within the lead: told once, never drafted again
    try:
        qtbot.wait(50)
        assert not any(n.endswith("|advance") for n in again.controller.cards)
        assert not [d for d in again.agenda.journal.waiting_drafts() if d.kind == "before"]
    finally:
        again.loader.stop()
        again.ticker.stop()


def test_the_timer_shows_what_to_say_and_copies_it(qtbot, qapp, monkeypatch):
    from PySide6.QtGui import QGuiApplication

    monkeypatch.setenv("TZ", "UTC")
    paths = AppPaths.from_environment()
    paths.ensure(paths.data)
    (paths.data / "calendar.ics").write_text(event("client", T0, 60, summary="Client call"), newline="")
    (paths.ensure(paths.data / "calendars") / "next.ics").write_text(event("next", T0 + 70 * MIN, 30), newline="")
    clock = FakeClock(T0 + 3 * MIN)
    app = TimewardApp(qapp, paths, demo=False, clock=clock)
    try:
        qtbot.waitUntil(lambda: app.guard.state(clock.now()).focus is not None, timeout=10000)
        app.controller.show_timer()
        timer = app.controller.timer
        assert timer.sentence_label.text() == "“I'm in the call and can wait until 10:10; after that, let's find " \
                                              "another time.”"
        app.controller.joined("client|" + T0.isoformat())
        app.controller.show_timer()
        assert timer.sentence_label.text() == ("“We have until 11:00 today — I have another appointment right "
                                               "after.”")
        timer.copy_sentence_button.click()
        assert QGuiApplication.clipboard().text().startswith("We have until 11:00 today")
        clock.advance(15 * MIN)
        app.controller.show_timer()
        assert timer.sentence_row.isHidden()  # said at the start; not all call long
    finally:
        app.loader.stop()
        app.ticker.stop()
        app.controller.timer.close()


def test_each_kind_of_draft_has_its_own_title(qtbot, tmp_path):
    from timeward.domain.mail import Draft
    from timeward.ui.draft_dialog import DraftDialog

    with Journal.open(tmp_path) as journal:
        for kind, title in (("followup", "Follow-up: Call"), ("no_show", "Note after a missed call: Call"),
                            ("late_cancellation", "Note on a late cancellation: Call"),
                            ("before", "Reminder to send: Call")):
            journal.save_draft(f"c|{kind}", kind, "Call", T0.isoformat(), Draft(("a@b.example",), "S", "B"), T0)
            stored = journal.waiting_draft(f"c|{kind}", kind)
            dialog = DraftDialog(stored, journal, tmp_path, lambda: T0)
            qtbot.addWidget(dialog)
            assert dialog.windowTitle() == title
