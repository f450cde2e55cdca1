"""The checklist in the timer window and the follow-up draft dialog (pytest-qt)."""

from __future__ import annotations

import datetime as dt
import email
import email.policy
import sqlite3
from pathlib import Path
from urllib.parse import unquote

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from timeward.domain.agenda import AgendaItem
from timeward.domain.checklist import Checklist
from timeward.domain.mail import Draft
from timeward.domain.model import Occurrence, Person
from timeward.storage.journal import Journal
from timeward.ui.call_agenda import CallAgenda
from timeward.ui.checklist_view import ChecklistView
from timeward.ui.draft_dialog import DraftDialog

NOW = dt.datetime(2026, 11, 23, 10, tzinfo=dt.UTC)
CALL = Occurrence("gala", NOW - dt.timedelta(minutes=50), NOW + dt.timedelta(minutes=10), "<b>Gala</b> planning",
                  description="Agenda:\n1. Venue\n2. Budget projection\n3. Catering",
                  attendees=(Person("anna@client.example", "Anna"),))


def test_the_checklist_ticks_adds_edits_and_is_kept_in_the_journal(qtbot, tmp_path):
    agenda = CallAgenda(tmp_path)
    view = ChecklistView()
    qtbot.addWidget(view)
    view.changed.connect(lambda checklist: agenda.save(CALL.key, checklist, NOW))
    view.set_checklist(agenda.checklist(CALL))
    assert [view.list.item(i).text() for i in range(view.list.count())] == ["Venue", "Budget projection", "Catering"]
    view.list.item(0).setCheckState(Qt.CheckState.Checked)  # one click on the box
    view.show()
    view.activateWindow()
    view.toggle(2)  # what Ctrl+3 does
    view.new_item.setText("Next steps")
    qtbot.keyClick(view.new_item, Qt.Key.Key_Return)
    view.list.item(1).setText("Budget projection 2027")  # edited in place
    assert agenda.checklist(CALL) == Checklist((AgendaItem("Venue", True), AgendaItem("Budget projection 2027"),
                                                AgendaItem("Catering", True), AgendaItem("Next steps")))
    agenda.close()
    restarted = CallAgenda(tmp_path)  # a restart: the edits come back from the journal
    assert restarted.checklist(CALL).top_uncovered == "Budget projection 2027"
    restarted.close()


def test_the_warning_highlights_open_items_and_names_the_top_one(qtbot, tmp_path):
    from timeward.domain.guard import Alert, CallView
    from timeward.domain.phases import AlertKind, Phase
    from timeward.storage.templates import load_phrases
    from timeward.ui.alerts import warning_card

    view = ChecklistView()
    qtbot.addWidget(view)
    checklist = Checklist.from_description(CALL.description).toggled(0)
    view.set_checklist(checklist, highlight=True)
    assert view.list.item(1).font().bold() and not view.list.item(0).font().bold()
    assert view.list.item(0).font().strikeOut()
    call = CallView(CALL, Phase.WRAP_UP, NOW, CALL.start, CALL.end, CALL.start, CALL.start + dt.timedelta(minutes=10),
                    CALL.end - dt.timedelta(minutes=10), dt.timedelta(0), None)
    card = warning_card(Alert(AlertKind.WARNING, call, NOW, "k"), load_phrases("en")[0], checklist)
    qtbot.addWidget(card)
    texts = " ".join(label.text() for label in card.findChildren(QLabel))
    assert "Shall we focus on Budget projection?" in texts
    assert "Still open: \u2068Budget projection; Catering" in texts
    assert all(label.textFormat() != Qt.TextFormat.RichText for label in card.findChildren(QLabel))


def stored_draft(tmp_path, body: str = "Hello Anna,\n\n- Budget &cc=evil@x.example"):
    journal = Journal.open(tmp_path)
    draft = Draft(("anna@client.example",), "Follow-up: Gala — 23 November 2026", body, ("Anna",))
    journal.save_draft(CALL.key, "followup", CALL.summary, CALL.start.isoformat(), draft, NOW)
    return journal, journal.waiting_drafts()[0]


def dialog_for(qtbot, tmp_path, journal, stored, **kwargs) -> DraftDialog:
    dialog = DraftDialog(stored, journal, tmp_path / "drafts", lambda: NOW, **kwargs)
    qtbot.addWidget(dialog)
    return dialog


def test_open_in_mail_app_hands_over_a_mailto_and_the_draft_is_sent(qtbot, tmp_path):
    journal, stored = stored_draft(tmp_path)
    opened = []
    dialog = dialog_for(qtbot, tmp_path, journal, stored, opener=lambda url: opened.append(url.toString()) or True)
    assert dialog.windowTitle().startswith("Follow-up: <b>Gala</b>")  # a window title is never rich text
    dialog.subject.setText("Follow-up: Gala\nBcc: evil@x.example")
    dialog.open_button.click()
    [url] = opened
    assert url.startswith("mailto:anna@client.example?subject=") and "cc=evil" not in url.split("&body=")[0]
    assert "%26cc%3Devil" in url or "&cc=" not in unquote(url.split("&body=")[0])
    assert journal.waiting_count() == 0


def test_a_long_draft_goes_out_as_an_eml_file(qtbot, tmp_path):
    journal, stored = stored_draft(tmp_path, "x" * 5000)
    opened = []
    dialog = dialog_for(qtbot, tmp_path, journal, stored, opener=lambda url: opened.append(url) or True)
    dialog.open_button.click()
    [url] = opened
    message = email.message_from_bytes(Path(url.toLocalFile()).read_bytes(), policy=email.policy.default)
    assert message["X-Unsent"] == "1" and message["To"].addresses[0].addr_spec == "anna@client.example"


def test_save_as_eml_copy_dismiss_and_bad_addresses(qtbot, tmp_path):
    journal, stored = stored_draft(tmp_path)
    target = tmp_path / "out" / "draft.eml"
    dialog = dialog_for(qtbot, tmp_path, journal, stored, choose_file=lambda _parent, _name: str(target))
    dialog.to.setText("anna@client.example, not-an-address")
    dialog.save_button.click()
    assert "Not an e-mail address: not-an-address" in dialog.message.text() and not target.exists()
    dialog.to.setText("anna@client.example")
    dialog.save_button.click()
    assert email.message_from_bytes(target.read_bytes())["X-Unsent"] == "1" and journal.waiting_count() == 0
    assert target.stat().st_mode & 0o777 == 0o600  # a mail is private, as `followup --eml` writes it

    journal.save_draft("other", "no_show", "Other", "2026-11-23", Draft(("b@c.example",), "S", "Body"), NOW)
    copy = dialog_for(qtbot, tmp_path, journal, journal.waiting_drafts()[0])
    copy.copy_button.click()
    assert QGuiApplication.clipboard().text() == "To: b@c.example\nSubject: S\n\nBody"
    journal.save_draft("third", "followup", "Third", "2026-11-23", Draft(("b@c.example",), "S", "B"), NOW)
    dismissed = dialog_for(qtbot, tmp_path, journal, journal.waiting_drafts()[0])
    dismissed.dismiss_button.click()
    assert journal.waiting_count() == 0


def test_edits_wait_in_the_journal_when_the_dialog_is_closed(qtbot, tmp_path):
    journal, stored = stored_draft(tmp_path)
    dialog = dialog_for(qtbot, tmp_path, journal, stored)
    dialog.body.setPlainText("Hello Anna,\n\nEdited by hand.")
    dialog.reject()
    journal.close()
    with Journal.open(tmp_path) as again:
        [waiting] = again.waiting_drafts()
        assert waiting.draft.body == "Hello Anna,\n\nEdited by hand."


def test_an_ended_call_and_a_no_show_leave_drafts_waiting_in_the_app(qtbot, qapp):
    from timeward.domain.guard import CallOutcome
    from timeward.domain.phases import Phase
    from timeward.storage.paths import AppPaths
    from timeward.ui.app import TimewardApp

    app = TimewardApp(qapp, AppPaths.from_environment(), demo=True)
    try:
        app.agenda.save(CALL.key, app.agenda.checklist(CALL).toggled(0), NOW)
        app.draft_flow.call_finished(CallOutcome(CALL, Phase.ENDED, CALL.start, CALL.end, dt.timedelta(0),
                                                 dt.timedelta(0), False))
        missed = Occurrence("missed", NOW, NOW + dt.timedelta(hours=1), "Intro call",
                            organizer=Person("lead@prospect.example", "Lead"))
        app.draft_flow.call_finished(CallOutcome(missed, Phase.NO_SHOW, None, NOW + dt.timedelta(minutes=10),
                                       dt.timedelta(0), dt.timedelta(0), False))
        drafts = {d.kind: d for d in app.agenda.journal.waiting_drafts()}
        assert set(drafts) == {"followup", "no_show"} and app.agenda.waiting_count() == 2
        assert "- Venue" in drafts["followup"].draft.body and drafts["followup"].draft.to == ("anna@client.example",)
        assert "I waited 10 minutes" in drafts["no_show"].draft.body
        assert any(name.endswith("draft_followup") for name in [*app.controller.cards, *app.controller._waiting])
        app.open_draft(CALL.key, "followup")
        [dialog] = app.drafts
        assert dialog.subject.text().startswith("Follow-up: <b>Gala</b> planning")
        dialog.dismiss_button.click()
        assert app.agenda.waiting_count() == 1
    finally:
        app.ticker.stop()
        app.controller.timer.close()
        for card in [*app.controller.cards.values()]:
            card.close()
        app.agenda.close()


def test_dragging_an_item_reorders_the_checklist(qtbot):
    from PySide6.QtCore import QModelIndex

    view = ChecklistView()
    qtbot.addWidget(view)
    view.set_checklist(Checklist((AgendaItem("Same"), AgendaItem("Venue", True), AgendaItem("Same"))))
    with qtbot.waitSignal(view.changed, timeout=2000) as moved:
        assert view.list.model().moveRow(QModelIndex(), 1, QModelIndex(), 0)  # what a drop does
    assert moved.args[0] == Checklist((AgendaItem("Venue", True), AgendaItem("Same"), AgendaItem("Same")))
    assert [view.list.item(i).text() for i in range(3)] == ["Venue", "Same", "Same"]


def test_hostile_agenda_text_stays_inert_and_nothing_opens_by_itself(qtbot, qapp, monkeypatch):
    """Cases 49 and 57 for the checklist, the draft card and the draft: calendar text is shown
    literally, and the only URL ever opened is the mailto: of the user's own click."""
    from PySide6.QtGui import QDesktopServices

    from timeward.domain.guard import CallOutcome
    from timeward.domain.phases import Phase
    from timeward.storage.paths import AppPaths
    from timeward.ui.app import TimewardApp

    from .conftest import HOSTILE

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda url: opened.append(url.toString()) or True))
    description = (f"Agenda:\n- {HOSTILE}\n- javascript:alert(1)\n- file:///etc/passwd\n"
                   '- <img src="\\\\host\\share\\x.png" style="font-size:400px">'
                   + "".join(f"\n- further item {n}: " + "details " * 12 for n in range(8)))  # too long for mailto:
    call = Occurrence("hostile", NOW - dt.timedelta(minutes=60), NOW, HOSTILE, description=description,
                      attendees=(Person("anna@client.example", "Anna"),))
    app = TimewardApp(qapp, AppPaths.from_environment(), demo=True)
    try:
        view = ChecklistView()
        qtbot.addWidget(view)
        view.set_checklist(app.agenda.checklist(call), highlight=True)
        rows = [view.list.item(i).text() for i in range(view.list.count())]
        assert rows[0].startswith("<b>Bold</b> <img src=") and rows[1] == "javascript:alert(1)"
        assert max(view.list.visualItemRect(view.list.item(i)).height() for i in range(len(rows))) < 60
        app.draft_flow.call_finished(CallOutcome(call, Phase.ENDED, call.start, call.end, dt.timedelta(0),
                                                 dt.timedelta(0), False))
        [card] = [c for name, c in app.controller.cards.items() if name.endswith("draft_followup")]
        labels = card.findChildren(QLabel)
        assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
        assert any("<b>Bold</b>" in label.text() for label in labels)
        app.open_draft(call.key, "followup")
        [dialog] = app.drafts
        assert "\r" not in dialog.subject.text() and "\n" not in dialog.subject.text()
        body = dialog.body.toPlainText()
        assert "- javascript:alert(1)" in body and "file:///etc/passwd" in body
        assert opened == []  # nothing was opened or fetched by showing any of it
        dialog.open_button.click()
        [url] = opened  # the encoded hostile text is too long for a mailto: URL, so the .eml draft
        assert url.startswith("file://") and url.endswith("/drafts/followup-1.eml")
    finally:
        app.ticker.stop()
        for card in [*app.controller.cards.values()]:
            card.close()
        app.agenda.close()


def fill_up(journal: Journal) -> None:
    """No room for one more page, as on a full disk."""
    pages = journal._db.execute("PRAGMA page_count").fetchone()[0]
    journal._db.execute(f"PRAGMA max_page_count = {pages}")


def test_edits_that_cannot_be_saved_are_said_and_the_dialog_stays_open(qtbot, tmp_path):
    journal, stored = stored_draft(tmp_path)
    dialog = dialog_for(qtbot, tmp_path, journal, stored)
    dialog.show()
    fill_up(journal)
    dialog.body.setPlainText("Hello Anna,\n\n" + "A long reply. " * 5000)
    assert dialog.keep() is False
    assert dialog.message.text().startswith("Your edits could not be saved (") and "full" in dialog.message.text()
    dialog.body.setPlainText(dialog.body.toPlainText() + " And more.")
    dialog.reject()  # closing would lose the edits: it stays open
    assert dialog.isVisible()
    journal._db.execute("PRAGMA max_page_count = 1073741823")  # room again
    assert dialog.keep() is True
    assert journal.waiting_drafts()[0].draft.body.endswith("And more.")
    journal.close()


def test_an_ended_call_whose_draft_cannot_be_saved_is_said_and_the_app_goes_on(qtbot, qapp, caplog):
    from timeward.domain.guard import CallOutcome
    from timeward.domain.phases import Phase
    from timeward.storage.paths import AppPaths
    from timeward.ui.app import TimewardApp

    app = TimewardApp(qapp, AppPaths.from_environment(), demo=True)
    journal = app.agenda.journal
    journal._db.execute("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(journal.path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # a backup tool holds the journal
    try:
        app.draft_flow.call_finished(CallOutcome(CALL, Phase.ENDED, CALL.start, CALL.end, dt.timedelta(0),
                                                 dt.timedelta(0), False))
        assert "the draft could not be saved" in caplog.text and "locked" in caplog.text
        assert not any(name.endswith("draft_followup") for name in [*app.controller.cards, *app.controller._waiting])
    finally:
        other.execute("ROLLBACK")
        other.close()
        assert app.agenda.waiting_count() == 0
        app.ticker.stop()
        app.controller.timer and app.controller.timer.close()
        app.agenda.close()
