"""What starts a sync besides the timer: the network coming back, a local source changing."""

from __future__ import annotations

import threading

from PySide6.QtNetwork import QNetworkInformation

from timeward.storage.sources import Source
from timeward.ui.sync_triggers import LocalSourceWatch, NetworkWatch, local_source_paths

Reach = QNetworkInformation.Reachability


def test_the_network_coming_back_asks_for_one_sync(qtbot):
    watch = NetworkWatch()
    watch._settle.setInterval(10)
    fired: list[bool] = []
    watch.back.connect(lambda: fired.append(True))
    watch.reachability_changed(Reach.Online)
    watch.reachability_changed(Reach.Disconnected)
    with qtbot.waitSignal(watch.back, timeout=2000):
        watch.reachability_changed(Reach.Online)
    watch.reachability_changed(Reach.Online)  # still online: nothing new
    qtbot.wait(50)
    assert fired == [True]
    watch.reachability_changed(Reach.Disconnected)
    watch.reachability_changed(Reach.Online)
    watch.reachability_changed(Reach.Disconnected)  # flapping: gone again before it settled
    qtbot.wait(50)
    assert fired == [True]


def test_a_change_in_a_local_folder_source_asks_for_a_sync(qtbot, tmp_path):
    folder = tmp_path / "calendars"
    (folder / "team").mkdir(parents=True)
    single = tmp_path / "one.ics"
    single.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    sources = (Source("f", "ics", str(folder)), Source("s", "ics", str(single)),
               Source("w", "ics", "https://example.com/x.ics"))
    assert local_source_paths(sources) == [folder, single]
    watch = LocalSourceWatch(local_source_paths(sources))
    watch._settle.setInterval(10)
    with qtbot.waitSignal(watch.watching, timeout=3000):
        pass  # the folders are walked off the UI thread
    with qtbot.waitSignal(watch.changed, timeout=3000):
        (folder / "team" / "new.ics").write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    with qtbot.waitSignal(watch.changed, timeout=3000):
        (folder / "team" / "new.ics").write_text("BEGIN:VCALENDAR\r\nX-CHANGED:1\r\nEND:VCALENDAR\r\n")
    with qtbot.waitSignal(watch.changed, timeout=3000):
        single.write_text("BEGIN:VCALENDAR\r\nX-CHANGED:1\r\nEND:VCALENDAR\r\n")


def test_folders_are_walked_off_the_ui_thread_and_only_the_latest_walk_counts(qtbot, tmp_path, monkeypatch):
    from timeward.ui import sync_triggers

    walkers: list[str] = []
    real = sync_triggers.watched_paths
    monkeypatch.setattr(sync_triggers, "watched_paths",
                        lambda paths: walkers.append(threading.current_thread().name) or real(paths))
    first, second = tmp_path / "first.ics", tmp_path / "second.ics"
    first.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    second.write_text("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")
    watch = LocalSourceWatch([first])
    with qtbot.waitSignal(watch.watching, timeout=3000):
        watch.watch([second])
    qtbot.wait(50)
    assert watch._watcher.files() == [str(second)]
    assert walkers and threading.main_thread().name not in walkers
