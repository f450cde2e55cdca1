"""The interface in Vietnamese, Thai and Indonesian: the tray menu, the settings window and the
report speak it, down to the buttons Qt would otherwise leave in English, and counted texts use
each language's one form."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton

from timeward.storage.settings import Settings
from timeward.ui.i18n import install_translators


@pytest.fixture
def vietnamese(qapp):
    translators = install_translators(qapp, "vi")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


def test_the_tray_menu_and_counts_in_vietnamese(qtbot, vietnamese):
    from timeward.ui.plurals import plurals
    from timeward.ui.tray import TrayIcon

    tray = TrayIcon()
    texts = [a.text() for a in tray.menu.actions() if a.isVisible() and not a.isSeparator()]
    assert texts[-5:] == ["Theo dõi một cuộc gọi gần đây…", "Nhật ký cuộc gọi và báo cáo…", "Lịch…", "Cài đặt…",
                          "Thoát"]
    assert plurals().minutes_left(1) == "Còn 1 phút" and plurals().minutes_left(5) == "Còn 5 phút"


def test_the_settings_and_report_windows_in_vietnamese(qtbot, vietnamese):
    import datetime as dt

    from timeward.storage.templates import load_phrases
    from timeward.ui.report_window import ReportWindow
    from timeward.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    assert [dialog.tabs.tabText(i) for i in range(4)] == ["Cuộc gọi", "Giờ làm việc", "Hủy lịch", "Khách hàng"]
    assert dialog.save_button.text() == "Lưu"
    window = ReportWindow(None, Settings, lambda _s: True, lambda: load_phrases("vi")[0],
                          lambda: dt.datetime(2026, 11, 30, tzinfo=dt.UTC), dt.UTC)
    qtbot.addWidget(window)
    buttons = [b.text() for b in window.findChildren(QPushButton)]
    assert "Đóng" in buttons and "Close" not in buttons
    assert window.message.text() == "Không đọc được nhật ký cuộc gọi: không mở được tệp nhật ký."


@pytest.mark.parametrize(("language", "settings", "quit_text", "left"), [
    ("th", "การตั้งค่า…", "ออก", "เหลืออีก 5 นาที"),
    ("id", "Pengaturan…", "Keluar", "Sisa 5 menit"),
])
def test_the_tray_menu_in_thai_and_indonesian(qtbot, qapp, language, settings, quit_text, left):
    from timeward.ui.plurals import plurals
    from timeward.ui.tray import TrayIcon

    translators = install_translators(qapp, language)
    try:
        tray = TrayIcon()
        texts = [a.text() for a in tray.menu.actions() if a.isVisible() and not a.isSeparator()]
        assert texts[-2:] == [settings, quit_text] and plurals().minutes_left(5) == left
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


@pytest.mark.parametrize("language", ["en", "vi", "th", "id"])
def test_the_countdown_keeps_a_fixed_width_face_in_every_locale(qtbot, qapp, language):
    from PySide6.QtCore import QLocale

    from timeward.ui.timer_window import countdown_font

    previous = QLocale()
    QLocale.setDefault(QLocale(language))
    try:
        font = countdown_font()
        assert font.fixedPitch() and font.styleHint() == font.StyleHint.Monospace
    finally:
        QLocale.setDefault(previous)


def test_a_message_box_has_its_ok_in_the_users_language(qtbot, qapp, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from timeward.ui.notify import tell

    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append([b.text() for b in box.buttons()]) or 0)
    translators = install_translators(qapp, "th")
    try:
        tell(None, "Timeward", "<b>not bold</b>")
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
    assert shown == [["ตกลง"]]


@pytest.mark.parametrize(("language", "title"), [("vi", "Khởi động dự án thiết kế lại website với Acme"),
                                                  ("th", "ประชุมเริ่มโครงการปรับโฉมเว็บไซต์กับ Acme"),
                                                  ("id", "Rapat awal desain ulang situs web dengan Acme")])
def test_the_demo_calendar_speaks_the_apps_language(qtbot, qapp, language, title):
    import datetime as dt

    from timeward.domain.demo import TEXTS, demo_occurrences, demo_recent_calls
    from timeward.storage.paths import AppPaths
    from timeward.ui.app import TimewardApp

    assert set(TEXTS[language]) == set(TEXTS["en"])
    paths = AppPaths.from_environment()
    paths.ensure(paths.config)
    paths.settings_file.write_text(f'language = "{language}"\n', encoding="utf-8")
    app = TimewardApp(qapp, paths, demo=True)
    try:
        with qtbot.waitSignal(app.loader.loaded) as loaded:
            app.loader.load(app.clock.now())
        assert loaded.args[0][0].summary == title
    finally:
        app.loader.stop()
        app.ticker.stop()
        for translator in app.translators:  # the next tests speak English again
            qapp.removeTranslator(translator)
    now = dt.datetime.now(dt.UTC)
    assert demo_occurrences(now)[0].summary == "Website redesign kickoff with Acme"  # English by default
    assert demo_recent_calls(now, language)[1].summary == TEXTS[language]["audit"]


@pytest.mark.parametrize(("language", "expected"), [("en", "Mon 23 Nov 2026"), ("th", "2569")])
def test_days_are_written_in_the_chosen_language_with_the_thai_year(qapp, language, expected):
    import datetime as dt

    from PySide6.QtCore import QLocale

    from timeward.ui.presenter import local_day

    translators = install_translators(qapp, language)
    try:
        assert QLocale().language() == QLocale(language).language()  # the language chosen, not the system's
        written = local_day(dt.date(2026, 11, 23), year=True)
        assert written.endswith(expected) and ("2026" not in written) == (language == "th")
        assert local_day(dt.date(2026, 11, 23)) != local_day(dt.date(2026, 11, 24))
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        QLocale.setDefault(QLocale("en"))


def test_the_report_writes_dates_as_the_language_does(qtbot, vietnamese):
    import datetime as dt

    from timeward.storage.templates import load_phrases
    from timeward.ui.report_window import ReportWindow

    window = ReportWindow(None, Settings, lambda _s: True, lambda: load_phrases("vi")[0],
                          lambda: dt.datetime(2026, 11, 30, tzinfo=dt.UTC), dt.UTC)
    qtbot.addWidget(window)
    assert window.start_edit.displayFormat() == "d/M/yyyy"
    assert window.start_edit.text() == "1/11/2026"


def test_qts_own_words_speak_vietnamese_in_text_fields_and_the_file_dialog(qtbot, vietnamese):
    from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLineEdit

    field = QLineEdit("a")
    qtbot.addWidget(field)
    menu = field.createStandardContextMenu()
    texts = [action.text().split("\t")[0] for action in menu.actions() if not action.isSeparator()]
    assert "&Sao chép" in texts and "&Dán" in texts and not any("Copy" in t or "Paste" in t for t in texts)
    dialog = QFileDialog(None, "Chọn tệp lịch")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    qtbot.addWidget(dialog)
    buttons = [b.text() for b in dialog.findChild(QDialogButtonBox).buttons()]
    assert "Hủy" in buttons and "Cancel" not in buttons
    assert dialog.labelText(QFileDialog.DialogLabel.FileName) == "&Tên tệp:"
