"""The report window over a simulated week: the table and chart, the flag with its message to
copy, a profile made in one click, corrections and notes in the log tab, and CSV export."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication

from tests.test_meeting_log_cli import week  # noqa: F401  (the fixture)
from timeward.storage import settings as settings_file
from timeward.storage.journal import Journal
from timeward.storage.templates import load_phrases
from timeward.ui.report_window import ReportWindow

SAIGON = ZoneInfo("Asia/Ho_Chi_Minh")


@pytest.fixture
def window(week, qtbot):  # noqa: F811
    saved = []
    current = [settings_file.load(week.settings_file)]

    def save(changed):
        saved.append(changed)
        current[0] = changed
        return True

    journal = Journal.open(week.data)
    shown = ReportWindow(journal, lambda: current[0], save, lambda: load_phrases("en")[0],
                         lambda: dt.datetime(2026, 11, 29, 12, tzinfo=SAIGON), SAIGON)
    qtbot.addWidget(shown)
    shown.start_edit.setDate(QDate(2026, 11, 23))
    shown.end_edit.setDate(QDate(2026, 11, 29))
    shown.saved = saved
    yield shown
    journal.close()


def column(table, name: str) -> int:
    return next(i for i in range(table.columnCount()) if table.horizontalHeaderItem(i).text() == name)


def cell(table, row: int, name: str) -> str:
    """A cell's text without the marks that keep calendar text apart from the app's own."""
    return table.item(row, column(table, name)).text().replace("\u2068", "").replace("\u2069", "")


def test_the_table_and_the_chart_show_each_client(window):
    table = window.table
    assert table.rowCount() == 2
    assert [cell(table, r, "Client") for r in range(2)] == ["Acme", "globex.example"]
    assert (cell(table, 0, "Calls"), cell(table, 0, "Hours"), cell(table, 0, "Late arrivals")) == ("3", "2.9", "2")
    assert cell(table, 0, "Worth") == "286.67" and cell(table, 0, "Budget used") == "2 h 52 min / 6 h"
    assert [b.label.strip("\u2068\u2069") for b in window.chart.bars] == ["Acme", "globex.example"]
    table.sortItems(column(table, "Late arrivals"), Qt.SortOrder.DescendingOrder)
    assert cell(table, 0, "Client") == "Acme"
    table.sortItems(column(table, "No-shows"), Qt.SortOrder.DescendingOrder)
    assert cell(table, 0, "Client") == "globex.example"  # sorted as numbers
    assert window.chart.sizeHint().height() > 0


def test_a_flagged_client_comes_with_the_message_to_send(window):
    window.tabs.setCurrentIndex(1)
    table = window.log_table
    row = next(r for r in range(table.rowCount()) if cell(table, r, "Call") == "Acme check-in")
    table.selectRow(row)
    window.correct("joined_at", "2026-11-24T10:05:00+07:00")  # a third late start in 30 days
    assert "(corrected)" in cell(window.log_table, row, "Outcome")
    window.tabs.setCurrentIndex(0)
    acme = next(r for r in range(2) if window.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "Acme")
    window.table.selectRow(acme)
    assert [f.flag for f in window.figures if f.client == "Acme"] == ["late_arrivals"]
    assert window.flag_label.isVisibleTo(window) and "late three times" in window.flag_label.text()
    window.copy_button.click()
    assert QGuiApplication.clipboard().text().startswith("I've noticed our last few calls started late")
    assert "After 10 minutes" in QGuiApplication.clipboard().text()


def test_a_profile_in_one_click_for_a_client_without_one(window):
    row = next(r for r in range(2) if window.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "globex.example")
    window.table.selectRow(row)
    assert window.profile_button.isEnabled()
    window.profile_button.click()
    [saved] = window.saved
    assert [(p.name, p.match) for p in saved.policy.clients][-1] == ("globex.example", ("globex.example",))
    assert not window.profile_button.isEnabled()  # it has one now


def test_a_note_and_the_export(window, tmp_path):
    window.log_table.selectRow(0)
    window.add_note("Client asked to move to Tuesdays")
    assert "Client asked to move" in " ".join(cell(window.log_table, r, "Note") for r in range(5))
    target = tmp_path / "report.csv"
    assert window.export([f.as_json() for f in window.figures], str(target))
    assert target.read_text(encoding="utf-8").startswith("client,calls,minutes")


def test_nothing_logged_says_so(window):
    window.start_edit.setDate(QDate(2025, 1, 1))
    window.end_edit.setDate(QDate(2025, 1, 31))
    assert window.table.rowCount() == 0 and window.message.text() == "Nothing was logged in this period."


def test_a_profile_in_one_click_from_a_call_in_the_log(window):
    window.tabs.setCurrentIndex(1)
    table = window.log_table
    acme = next(r for r in range(table.rowCount()) if cell(table, r, "Client") == "Acme")
    table.selectRow(acme)
    assert not window.call_profile_button.isEnabled()  # Acme has one
    globex = next(r for r in range(table.rowCount()) if cell(table, r, "Client") == "globex.example")
    table.selectRow(globex)
    window.call_profile_button.click()
    assert window.saved[-1].policy.clients[-1].name == "globex.example"
    assert not window.call_profile_button.isEnabled()
