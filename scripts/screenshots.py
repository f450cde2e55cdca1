"""Screenshots of the tray menu, the timer window and the cards in each phase, and of the sync
window, for the README.

Starts Xvfb and icewm (a window manager with a system tray), drives the app's parts with a fake
clock on the demo calendar, and saves whole-screen PNGs with ImageMagick's ``import`` into
docs/screenshots/. Needs the Debian packages xvfb, icewm and imagemagick.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import QPoint

ROOT = Path(__file__).resolve().parent.parent
#: SHOT_LANGUAGE=vi takes the same screenshots in that language, into docs/screenshots/vi/.
LANGUAGE = os.environ.get("SHOT_LANGUAGE", "en")
OUT = ROOT / "docs" / "screenshots" / ("" if LANGUAGE == "en" else LANGUAGE)
DISPLAY = ":97"


def start_display() -> list[subprocess.Popen]:
    xvfb = subprocess.Popen(["Xvfb", DISPLAY, "-screen", "0", "1024x640x24", "-nolisten", "tcp"])
    time.sleep(1.0)
    os.environ["DISPLAY"] = DISPLAY
    wm = subprocess.Popen(["icewm"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(2.0)
    return [wm, xvfb]


def main() -> None:
    processes = start_display()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    os.environ["TIMEWARD_HOME"] = str(ROOT / "build" / "screenshot-home")
    try:
        shoot()
    finally:
        for process in processes:
            process.terminate()


def shoot() -> None:
    from PySide6.QtWidgets import QApplication

    from timeward.domain.clock import FakeClock
    from timeward.domain.demo import demo_occurrences
    from timeward.domain.guard import Alert, CallGuard
    from timeward.domain.phases import AlertKind
    from timeward.storage.templates import load_phrases
    from timeward.ui.controller import CallController
    from timeward.ui.i18n import install_translators
    from timeward.ui.taskbar import keep_out_of_taskbar
    from timeward.ui.ticker import GuardTicker
    from timeward.ui.timer_window import TimerWindow
    from timeward.ui.tray import TrayIcon, demo_text

    app = QApplication(sys.argv[:1])
    app.setApplicationName("Timeward")
    install_translators(app, LANGUAGE)
    start = dt.datetime(2026, 11, 23, 9, 0, 20, tzinfo=dt.UTC)
    clock = FakeClock(start)
    guard = CallGuard()
    ticker = GuardTicker(guard, clock)
    tray = TrayIcon()
    tray.icon.show()
    timer = TimerWindow()
    timer.set_demo(demo_text())  # as the app says it on the demo calendar
    keep_out_of_taskbar(timer)  # as the app does where a tray icon opens it
    tray.demo = True
    controller = CallController(guard, ticker, tray, lambda: timer, lambda: load_phrases(LANGUAGE)[0], lambda _: None,
                                confirm_no_show=lambda *_: True)
    occurrences = demo_occurrences(start, LANGUAGE)
    controller.set_occurrences(occurrences)
    first = occurrences[0]
    OUT.mkdir(parents=True, exist_ok=True)

    def settle() -> None:
        for _ in range(20):
            app.processEvents()
            time.sleep(0.05)

    def clear_cards() -> None:
        """Close the cards on screen as an answer would, so that the next ones come."""
        for name, card in list(controller.cards.items()):
            card.close()
            controller._card_answered(name, card)

    def capture(name: str, menu: bool = True) -> None:
        controller.show_timer()
        timer.move(560, 60)
        settle()
        if menu:
            tray.menu.popup(QPoint(40, 60))
        settle()
        subprocess.run(["import", "-window", "root", str(OUT / f"{name}.png")], check=True)
        tray.menu.hide()
        settle()

    clock.jump(first.start - dt.timedelta(seconds=70))
    guard.set_occurrences(occurrences, clock.now())
    ticker.tick()
    capture("upcoming")
    # The start reminder's card (the guard raised it before the jump back in time: raised here again).
    controller._remind(Alert(AlertKind.REMINDER, guard.view(first.key, clock.now()), clock.now(), "shot"))
    capture("reminder", menu=False)
    clear_cards()
    clock.jump(first.start + dt.timedelta(minutes=3, seconds=12))
    ticker.tick()
    capture("waiting")
    guard.joined(first.key, first.start + dt.timedelta(minutes=4))
    clock.jump(first.start + dt.timedelta(minutes=5, seconds=30))
    ticker.tick()
    capture("in_call")
    notice = "1 setting in config.toml could not be used…"
    tray.set_notice(notice)
    timer.set_notice(notice)
    capture("settings_notice")
    tray.set_notice("")
    timer.set_notice("")
    clock.jump(first.end - dt.timedelta(minutes=9, seconds=40))
    ticker.tick()
    capture("wrap_up", menu=False)
    clear_cards()
    clock.jump(first.end + dt.timedelta(minutes=3, seconds=5))
    ticker.tick()
    capture("overrun")
    controller.answer(first.key, "extend_15")  # into the back-to-back call after it
    capture("runs_into_next", menu=False)
    clear_cards()
    guard.end_call(first.key, clock.now())
    third = occurrences[2]
    clock.jump(third.start + dt.timedelta(minutes=10, seconds=2))
    ticker.tick()
    capture("wait_limit", menu=False)
    clear_cards()
    timer.hide()
    tray.set_drafts_waiting(1)
    shoot_draft(first, clock.now(), settle)
    shoot_recent_calls(clock.now(), settle)
    shoot_calendars(app, tray, clock.now(), settle)
    shoot_report(clock.now(), settle)
    shoot_settings(settle)
    shoot_booking(controller, settle)


#: The sample practice of the report's screenshot: clients, how their calls went over four weeks.
SAMPLE_CLIENTS = (
    ("Acme", "ana@acme.example", [(0, 60, 0), (9, 65, 12), (6, 60, 5), (12, 45, 0), (0, 60, 0), (8, 60, 0)]),
    ("Globex", "bo@globex.example", [(0, 30, 0), (0, 30, 3), (None, 30, 0), (2, 30, 0)]),
    ("Initech", "peter@initech.example", [(0, 90, 20), (0, 90, 0), (1, 90, 15)]),
    ("Hooli", "gavin@hooli.example", [(0, 45, 0), ("late", 45, 0), ("late", 45, 0)]),
)


def sample_settings():
    from timeward.domain.clients import ClientProfile
    from timeward.domain.policy import GuardPolicy
    from timeward.storage.settings import Settings

    hour = dt.timedelta(hours=1)
    profiles = (ClientProfile("Acme", ("acme.example",), hourly_rate=80, monthly_budget=6 * hour,
                              fee_line="A session cancelled with less than 24 hours' notice is charged $50."),
                ClientProfile("Globex", ("globex.example",), wait_limit=dt.timedelta(minutes=5), language="vi"),
                ClientProfile("Initech", ("initech.example",), titles=("Initech *",), hourly_rate=95),
                ClientProfile("Hooli", ("hooli.example",), notice=48 * hour, monthly_budget=4 * hour,
                              fee_line="A session cancelled with less than 48 hours' notice is charged in full."))
    return Settings(policy=GuardPolicy(clients=profiles, me=("you@example.com",)),
                    late_cancellation_policy="Sessions cancelled with less than 24 hours' notice are charged in full.")


def fill_sample_log(journal, now: dt.datetime) -> None:
    """The sample practice's calls, answered through the log's own writer."""
    from timeward.domain.guard import CallGuard
    from timeward.domain.model import Occurrence, Person
    from timeward.storage.meeting_log import LogRules, MeetingLog

    log, rules = MeetingLog(journal), LogRules(sample_settings(), dt.UTC)
    for index, (name, address, calls) in enumerate(SAMPLE_CLIENTS):
        for number, (late, minutes, over) in enumerate(calls):
            start = (now - dt.timedelta(days=26 - number * 4 - index)).replace(hour=9 + index, minute=0, second=0)
            call = Occurrence(f"{name}-{number}", start, start + dt.timedelta(minutes=minutes), f"{name} weekly",
                              "Work", organizer=Person(address))
            if late == "late":
                log.record_cancellation(call, start - dt.timedelta(hours=3), rules)
                continue
            guard = CallGuard(rules.settings.policy)
            guard.set_occurrences([call], start)
            if late is None:
                guard.record_no_show(call.key, start + dt.timedelta(minutes=10))
            else:
                guard.joined(call.key, start + dt.timedelta(minutes=late))
                guard.end_call(call.key, call.end + dt.timedelta(minutes=over))
            log.save_guard(guard, start + dt.timedelta(hours=2), rules)


def shoot_report(now: dt.datetime, settle) -> None:
    """The report window over the sample practice, its flagged client chosen."""
    import tempfile

    from PySide6.QtCore import Qt

    from timeward.storage.journal import Journal
    from timeward.storage.templates import load_phrases
    from timeward.ui.report_window import ReportWindow

    journal = Journal.open(Path(tempfile.mkdtemp()))
    fill_sample_log(journal, now)
    window = ReportWindow(journal, sample_settings, lambda _s: True, lambda: load_phrases(LANGUAGE)[0], lambda: now,
                          dt.UTC)
    window.period.setCurrentIndex(1)  # the last 30 days
    window.resize(1000, 590)
    window.move(10, 10)
    window.show()
    row = next(r for r in range(window.table.rowCount())
               if window.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == "Hooli")
    window.table.selectRow(row)
    settle()
    subprocess.run(["import", "-window", "root", str(OUT / "report.png")], check=True)
    window.tabs.setCurrentIndex(1)
    window.log_table.selectRow(2)
    settle()
    subprocess.run(["import", "-window", "root", str(OUT / "meeting_log.png")], check=True)
    window.close()
    journal.close()


def shoot_settings(settle) -> None:
    """The settings window's calls (with starting at login), working hours and client profiles."""
    from timeward.ui.settings_dialog import SettingsDialog

    dialog = SettingsDialog(sample_settings())
    dialog.move(160, 40)
    dialog.show()
    for tab, name in ((0, "settings_calls"), (1, "settings_hours"), (3, "settings_clients")):
        dialog.tabs.setCurrentIndex(tab)
        dialog.adjustSize()
        settle()
        subprocess.run(["import", "-window", "root", str(OUT / f"{name}.png")], check=True)
    dialog.close()


def shoot_booking(controller, settle) -> None:
    """The card for a call booked outside working hours, with the reply to copy."""
    from timeward.domain.phrases import out_of_hours_reply
    from timeward.domain.working_hours import WorkingHours
    from timeward.storage.templates import load_phrases
    from timeward.sync.booking_watch import BookingNotice

    notice = BookingNotice("out_of_hours", "late|x", "Acme planning", dt.datetime(2026, 11, 27, 18, tzinfo=dt.UTC),
                           "Acme", why="outside_hours")
    reply = out_of_hours_reply(load_phrases(LANGUAGE)[0], WorkingHours().ranges())
    controller.tell_bookings([notice], lambda _chosen: reply)
    settle()
    subprocess.run(["import", "-window", "root", str(OUT / "booking_out_of_hours.png")], check=True)
    for name, card in list(controller.cards.items()):
        card.close()
        controller._card_answered(name, card)


def shoot_draft(call, now: dt.datetime, settle) -> None:
    """The follow-up draft dialog for the demo's first call, two of its three items covered."""
    import tempfile

    from timeward.domain.checklist import Checklist
    from timeward.domain.followup import followup_draft
    from timeward.storage.journal import Journal
    from timeward.storage.templates import load_followup
    from timeward.ui.draft_dialog import DraftDialog

    folder = Path(tempfile.mkdtemp())
    journal = Journal.open(folder)
    checklist = Checklist.from_description(call.description).toggled(0)
    draft = followup_draft(call, checklist, load_followup(LANGUAGE)[0], dt.UTC, ["you@example.com"])
    journal.save_draft(call.key, "followup", call.summary, call.start.isoformat(), draft, now)
    dialog = DraftDialog(journal.waiting_drafts()[0], journal, folder, lambda: now)
    dialog.resize(660, 470)
    dialog.move(120, 30)
    dialog.show()
    settle()
    subprocess.run(["import", "-window", "root", str(OUT / "followup_draft.png")], check=True)
    dialog.close()
    journal.close()


def shoot_recent_calls(now: dt.datetime, settle) -> None:
    """The list of the demo's calls of the past days, to draft a follow-up for one."""
    from timeward.domain.demo import demo_recent_calls
    from timeward.ui.recent_calls import RecentCallsDialog

    dialog = RecentCallsDialog(lambda: now, dt.UTC, demo=lambda moment: demo_recent_calls(moment, LANGUAGE))
    dialog.move(160, 60)
    dialog.show()
    settle()
    subprocess.run(["import", "-window", "root", str(OUT / "recent_calls.png")], check=True)
    dialog.close()


def shoot_calendars(app, tray, now: dt.datetime, settle) -> None:
    """The sync window over an account and a subscription (one calendar failing, one gone), and
    the tray menu with the sync's health and the stale badge."""
    import shutil

    from timeward.storage import settings
    from timeward.storage.cache import Cache, SourceState
    from timeward.storage.paths import AppPaths
    from timeward.storage.sources import Source
    from timeward.ui.sync_runner import SyncRunner
    from timeward.ui.sync_window import SyncWindow

    paths = AppPaths.from_environment()
    shutil.rmtree(paths.cache, ignore_errors=True)
    account = Source("fastmail", "caldav", "https://caldav.fastmail.com/", user="lan@example.com", name="Fastmail",
                     unguarded=("/dav/calendars/user/lan/family/",))
    feed = Source("holidays", "ics", "https://calendar.google.com/calendar/ical/c_8f2a9d0b1e7c4a6f/public/basic.ics",
                  name="Team holidays")
    settings.save(paths.settings_file, settings.Settings(sources=(account, feed)))
    with Cache.open(paths.cache) as cache:
        cache.save_source_state(SourceState("fastmail", "ok", "", now, now - dt.timedelta(minutes=3)))
        for href, name, colour in (("/dav/calendars/user/lan/work/", "Work", "#0072b2"),
                                   ("/dav/calendars/user/lan/clients/", "Clients — Jakarta", "#009e73"),
                                   ("/dav/calendars/user/lan/family/", "Family", "#cc79a7")):
            cache.save_calendar_info("fastmail", href, name, colour)
            cache.apply_changes("fastmail", href, [], [], now - dt.timedelta(minutes=3))
        cache.save_calendar_info("fastmail", "/dav/calendars/user/lan/old/", "Old project", "#999999")
        cache.mark_calendar("fastmail", "/dav/calendars/user/lan/old/", "gone", "", now)
        cache.save_source_state(SourceState("holidays", "error", "calendar.google.com: the server did not answer in "
                                            "time", now, now - dt.timedelta(hours=2)))
        cache.save_calendar_info("holidays", "feed", "Team holidays", "")
    for widget in app.topLevelWidgets():  # the timer and the cards of the earlier shots
        if widget.isVisible() and widget is not tray.menu:
            widget.hide()
    window = SyncWindow(paths, SyncRunner, lambda: now)
    window.move(190, 60)
    window.show()
    settle()
    subprocess.run(["import", "-window", "root", str(OUT / "calendars.png")], check=True)
    # A home server whose self-signed certificate was renewed: the window offers to trust the new one.
    home = Source("nas", "caldav", "https://nas.home.arpa:5232/", user="lan", name="Home server",
                  pinned_sha256="AB" * 32)
    settings.save(paths.settings_file, settings.Settings(sources=(account, feed, home)))
    fingerprint = ":".join(["3F", "A1", "9C", "07"] * 8)
    with Cache.open(paths.cache) as cache:
        cache.save_source_state(SourceState(
            "nas", "error", f"nas.home.arpa/lan/calendar/: the server's certificate is not trusted (it is not "
            f"the certificate you trusted). Its SHA-256 fingerprint is {fingerprint}; trust it only if you "
            "know it is your server's", now, now - dt.timedelta(days=1)))
        cache.save_calendar_info("nas", "/lan/calendar/", "Calendar", "#e69f00")
    window.refresh()
    window.tree.setCurrentItem(window.tree.topLevelItem(window.tree.topLevelItemCount() - 1))
    settle()
    subprocess.run(["import", "-window", "root", str(OUT / "trust_certificate.png")], check=True)
    window.close()
    tray.set_sync_health("Team holidays: calendar.google.com: the server did not answer in time", stale=True)
    settle()
    tray.menu.popup(QPoint(40, 60))
    settle()
    subprocess.run(["import", "-window", "root", str(OUT / "sync_health.png")], check=True)
    tray.menu.hide()
    shoot_no_keyring(app, settle)


def shoot_no_keyring(app, settle) -> None:
    """The account dialog asking to keep a password for the session where no keyring works."""
    from PySide6.QtCore import QTimer

    from timeward.ui.source_dialogs import AccountDialog, ask_keep_for_session

    dialog = AccountDialog()
    dialog.url.setText("cloud.example.com")
    dialog.user.setText("lan@example.com")
    dialog.password.setText("correct horse")
    dialog.move(190, 60)
    dialog.show()
    settle()

    def capture_and_cancel() -> None:
        settle()
        subprocess.run(["import", "-window", "root", str(OUT / "no_keyring.png")], check=True)
        app.activeModalWidget().reject()

    QTimer.singleShot(500, capture_and_cancel)
    ask_keep_for_session(dialog, "no keyring is available on this system (install and unlock GNOME Keyring or "
                                 "KWallet); the account was not added")
    dialog.close()


if __name__ == "__main__":
    main()
