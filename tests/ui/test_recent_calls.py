"""A follow-up for any call that ended in the last seven days: the list, read by a real
``timeward agenda`` child process, and the draft it leads to."""

from __future__ import annotations

import datetime as dt

from timeward.domain.demo import demo_recent_calls
from timeward.domain.model import Occurrence, Person, Status
from timeward.storage.paths import AppPaths
from timeward.ui.recent_calls import RecentCallsDialog, ended_calls

from .conftest import HOSTILE

NOW = dt.datetime(2026, 11, 23, 12, tzinfo=dt.UTC)
HOUR = dt.timedelta(hours=1)
ANNA = Person("anna@client.example", "Anna")


def call(uid: str, start: dt.datetime, **kwargs) -> Occurrence:
    kwargs.setdefault("attendees", (ANNA,))
    return Occurrence(uid, start, start + HOUR, f"Call {uid}", **kwargs)


def test_only_guarded_calls_that_ended_in_the_last_seven_days_are_listed_newest_first():
    day = dt.timedelta(days=1)
    kept = [call("yesterday", NOW - day), call("six-days", NOW - 6 * day), call("just-ended", NOW - HOUR)]
    left_out = [call("running", NOW - HOUR / 2), call("tomorrow", NOW + day), call("eight-days", NOW - 8 * day),
                call("cancelled", NOW - day, status=Status.CANCELLED), call("declined", NOW - day, declined=True),
                call("unguarded", NOW - day, guarded=False),
                Occurrence("all-day", (NOW - day).date(), NOW.date(), "Holiday", all_day=True)]
    assert [o.uid for o in ended_calls(kept + left_out, NOW)] == ["just-ended", "yesterday", "six-days"]


def ics_event(uid: str, summary: str, start: dt.datetime, description: str = "") -> str:
    text = description.replace("\n", "\\n")
    return (f"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20260101T000000Z\r\nSUMMARY:{summary}\r\n"
            f"DTSTART:{start:%Y%m%dT%H%M%SZ}\r\nDTEND:{start + HOUR:%Y%m%dT%H%M%SZ}\r\n"
            f"DESCRIPTION:{text}\r\nORGANIZER;CN=Me:mailto:me@example.com\r\n"
            f"ATTENDEE;CN=Anna:mailto:anna@client.example\r\nEND:VEVENT\r\n")


def test_the_dialog_lists_the_past_week_read_by_timeward_agenda(qtbot):
    now = dt.datetime.now(dt.UTC).replace(microsecond=0)
    paths = AppPaths.from_environment()
    paths.data.mkdir(parents=True, exist_ok=True)
    events = [ics_event("gala", HOSTILE, now - 2 * dt.timedelta(days=1), "Agenda:\n- Venue\n- Catering"),
              ics_event("old", "Too old", now - 9 * dt.timedelta(days=1)),
              ics_event("later", "Not yet", now + dt.timedelta(days=1))]
    (paths.data / "calendar.ics").write_text("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
                                             + "".join(events) + "END:VCALENDAR\r\n", newline="")
    dialog = RecentCallsDialog(lambda: now, dt.UTC)
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.calls.count() == 1 or "could not" in dialog.message.text(), timeout=30000)
    assert dialog.message.text() == "Calls that ended in the last seven days:"
    shown = dialog.calls.item(0).text()
    assert "<b>Bold</b> <img src=" in shown and "\u2068" in shown  # literal, isolated text
    with qtbot.waitSignal(dialog.chosen) as chosen:
        dialog.draft_button.click()
    occurrence = chosen.args[0]
    assert occurrence.uid == "gala" and occurrence.attendees[-1].email == "anna@client.example"
    assert "- Catering" in occurrence.description


def test_the_app_drafts_a_follow_up_for_a_chosen_recent_call_and_keeps_edits(qtbot, qapp):
    from timeward.ui.app import TimewardApp

    app = TimewardApp(qapp, AppPaths.from_environment(), demo=True)
    try:
        app.open_recent_calls()
        dialog = app.recent_calls
        assert dialog is not None and dialog.calls.count() == 3
        dialog.calls.setCurrentRow(1)
        dialog.draft_button.click()
        [draft] = app.drafts
        assert draft.subject.text().startswith("Follow-up: Accessibility audit findings — ")
        assert draft.to.text() == "dana@acme.example"
        assert "Keyboard traps in the menu" in draft.body.toPlainText()
        draft.body.setPlainText("Edited by hand.")
        draft.keep()
        draft.close()
        assert app.agenda.waiting_count() == 1
        chosen = app.agenda.journal.waiting_drafts()[0]
        app.follow_up(next(o for o in demo_recent_calls(app.clock.now()) if o.key == chosen.call))
        assert app.drafts[-1].body.toPlainText() == "Edited by hand."  # the waiting draft, not a new one
        assert app.agenda.waiting_count() == 1
    finally:
        app.ticker.stop()
        app.controller.timer and app.controller.timer.close()
        for dialog in list(app.drafts):
            dialog.close()
        app.agenda.close()


def test_without_a_tray_the_timer_window_offers_what_the_tray_menu_would(qtbot, qapp):
    from timeward.ui.app import TimewardApp

    app = TimewardApp(qapp, AppPaths.from_environment(), demo=True)  # offscreen: no system tray
    try:
        assert app.tray is None
        timer = app.controller.timer
        assert timer is not None and not timer.menu_button.isHidden()
        menu = timer.menu_button.menu()

        def shown() -> list[str]:
            menu.aboutToShow.emit()
            return [a.text() for a in menu.actions() if a.isVisible() and not a.isSeparator()]

        assert shown() == ["Follow up on a recent call…", "Meeting log and report…", "Calendars…", "Settings…",
                           "Quit"]
        next(a for a in menu.actions() if a.text() == "Follow up on a recent call…").trigger()
        assert app.recent_calls is not None and app.recent_calls.calls.count() == 3
        app.recent_calls.draft_button.click()
        assert shown()[0] == "Follow-up drafts waiting: 1…"
    finally:
        app.ticker.stop()
        for dialog in list(app.drafts):
            dialog.close()
        app.controller.timer and app.controller.timer.close()
        app.agenda.close()
