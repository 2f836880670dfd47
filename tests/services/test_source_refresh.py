"""The app's source refresher: off the GUI thread, on an interval job, moves told once."""

from __future__ import annotations

import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from pytestqt.qtbot import QtBot

from countdown.core.source import InboxKind, Source, SourceKind
from countdown.core.store import Store
from countdown.core.wording import wording_for
from countdown.services.notifier import desktop_channels
from countdown.services.source_refresh import JOB_ID, SourceRefresher, notifier_sender
from tests.cli.test_cli import run
from tests.conftest import FrozenClock
from tests.e2e.desktop import DesktopSession
from tests.integrations.sources.conftest import FeedServer, feed_server  # noqa: F401


def test_refresh_returns_at_once_and_reports_in_the_gui_thread(
    qtbot: QtBot,
    store: Store,
    clock: FrozenClock,
    feed_server: FeedServer,  # noqa: F811
) -> None:
    store.add_source(Source(f"{feed_server.base}/slow", SourceKind.ICS, "Slow"))
    url = feed_server.serve_fixture("cal.ics", "launches.ics", "text/calendar")
    store.add_source(Source(url, SourceKind.ICS, "Cal", auto=True))
    refresher = SourceRefresher(store, clock)
    with qtbot.waitSignal(refresher.finished, timeout=20_000) as done:
        refresher.refresh()
        assert refresher.running  # the slow server holds the worker, not the event loop
    assert [r.status for r in done.args[0]] == ["error", "ok"]
    assert not refresher.running
    assert len(store.list_launches()) == 2  # committed by the worker's own connection


def test_the_interval_job_follows_the_most_frequent_source(
    qtbot: QtBot, store: Store, clock: FrozenClock
) -> None:
    refresher = SourceRefresher(store, clock)
    refresher.start()
    try:
        assert refresher._scheduler is None  # no source: nothing ticks, APScheduler unloaded
        store.add_source(Source("https://example.org/y.ics", SourceKind.ICS, "Y", every_hours=24))
        refresher.reschedule()
        job = refresher._scheduler.get_job(JOB_ID)
        assert job.trigger.interval == timedelta(hours=3)
        assert job.trigger.jitter == 1080  # a tenth: users never hit a server together
        store.add_source(Source("https://example.org/x.ics", SourceKind.ICS, "X", every_hours=1))
        refresher.reschedule()
        assert refresher._scheduler.get_job(JOB_ID).trigger.interval == timedelta(hours=1)
        for source in store.list_sources():
            assert source.id is not None
            store.remove_source(source.id)
        refresher.reschedule()
        assert refresher._scheduler.get_job(JOB_ID) is None  # the last one removed: no tick
    finally:
        refresher.stop()


def test_an_app_without_sources_loads_no_reader_at_start(tmp_path: Path) -> None:
    """Starting the refresher and catching up with no source reads nothing: no worker thread,
    no APScheduler, no feed or calendar reader, no TLS in the process."""
    code = (
        "import sys, threading\nfrom pathlib import Path\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from countdown.core.store import Store\n"
        "from countdown.integrations.system_clock import system_clock\n"
        "from countdown.services.source_refresh import SourceRefresher\n"
        "app = QCoreApplication([])\n"
        f"store = Store.open(Path({str(tmp_path)!r}), clock=system_clock)\n"
        "refresher = SourceRefresher(store, system_clock)\n"
        "refresher.start()\n"
        "refresher.catch_up()\n"
        "loaded = ('apscheduler', 'feedparser', 'icalendar', 'ssl', 'multiprocessing')\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & set(loaded)),"
        " refresher.running, threading.active_count())\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["[]", "False", "1"]


def test_a_move_is_notified_once_through_the_ledger(
    qtbot: QtBot, store: Store, clock: FrozenClock, feed_server: FeedServer,  # noqa: F811
    notification_bus: DesktopSession,
) -> None:  # fmt: skip
    url = feed_server.serve_fixture("cal.ics", "launches.ics", "text/calendar")
    store.add_source(Source(url, SourceKind.ICS, "Northwind", auto=True))
    refresher = SourceRefresher(store, clock, notify=notifier_sender(desktop_channels(None)))
    with qtbot.waitSignal(refresher.finished, timeout=20_000):
        refresher.refresh()
    feed_server.serve_fixture("cal.ics", "launches_changed.ics", "text/calendar")
    with notification_bus.monitor_notifications() as monitor:
        with qtbot.waitSignal(refresher.finished, timeout=20_000):
            refresher.refresh()
        note = monitor.wait_for("Kestrel")
        assert note.summary == "Kestrel tablet moved from Apr 15, 2027 to May 20, 2027"
        assert note.body == "— per Northwind"
        qtbot.waitUntil(lambda: store.is_delivered(_move_key(store)), timeout=5000)
        with qtbot.waitSignal(refresher.finished, timeout=20_000):
            refresher.refresh()  # nothing new: 304, and the ledger says it was told
        qtbot.wait(300)
    assert sum("Kestrel" in summary for summary in monitor.summaries()) == 1


def _move_key(store: Store) -> str:
    kestrel = next(x for x in store.list_launches() if x.name == "Kestrel tablet")
    return f"source-move:{kestrel.id}:2"


def move_kestrel_from_a_terminal(store: Store, home: Path, feed_server: FeedServer,  # noqa: F811
                                 *, auto: bool = True) -> str:  # fmt: skip
    """`countdown refresh` (another process) reads a calendar, then its changed version, which
    moves the Kestrel tablet; returns that refresh's output (English, whatever the app speaks).
    Without `auto` the Kestrel is tracked from the Inbox first and the move waits there."""
    url = feed_server.serve_fixture("cal.ics", "launches.ics", "text/calendar")
    store.add_source(Source(url, SourceKind.ICS, "Northwind", auto=auto))
    assert run(home, "refresh").returncode == 0
    if not auto:
        kestrel = next(p for p in store.inbox() if p.item.name == "Kestrel tablet")
        store.accept_inbox(kestrel.id or 0)
    feed_server.serve_fixture("cal.ics", "launches_changed.ics", "text/calendar")
    moved = run(home, "refresh")
    assert moved.returncode == 0, moved.stderr
    return moved.stdout


def test_a_move_made_by_countdown_refresh_in_a_terminal_is_told_once_by_the_app(
    qtbot: QtBot, store: Store, home: Path, clock: FrozenClock, feed_server: FeedServer,  # noqa: F811
    notification_bus: DesktopSession,
) -> None:  # fmt: skip
    refresher = SourceRefresher(store, clock, notify=notifier_sender(desktop_channels(None)))
    with notification_bus.monitor_notifications() as monitor:
        move_kestrel_from_a_terminal(store, home, feed_server)  # the app only sees its commit
        refresher.store_changed()
        refresher.store_changed()  # a second change before the server answered the first
        qtbot.waitUntil(lambda: store.is_delivered(_move_key(store)), timeout=5000)
        note = monitor.wait_for("Kestrel")
        assert note.summary == "Kestrel tablet moved from Apr 15, 2027 to May 20, 2027"
        refresher.store_changed()  # e.g. after a restart: the ledger says it was told
        qtbot.wait(300)
    assert sum("Kestrel" in summary for summary in monitor.summaries()) == 1


def test_a_move_from_a_terminal_is_told_in_the_apps_language(
    qtbot: QtBot, store: Store, home: Path, clock: FrozenClock, feed_server: FeedServer,  # noqa: F811
    notification_bus: DesktopSession,
) -> None:  # fmt: skip
    moved = move_kestrel_from_a_terminal(store, home, feed_server)
    assert "Kestrel tablet moved from Apr 15, 2027 to May 20, 2027" in moved
    send = notifier_sender(desktop_channels(None))
    refresher = SourceRefresher(store, clock, notify=send, wording=wording_for("de"))
    with notification_bus.monitor_notifications() as monitor:
        refresher.store_changed()
        qtbot.waitUntil(lambda: store.is_delivered(_move_key(store)), timeout=5000)
        note = monitor.wait_for("Kestrel")
    assert note.summary == "Kestrel tablet verschoben von 15. Apr. 2027 auf 20. Mai 2027"
    assert note.body == "– laut Northwind"


def test_a_slip_waiting_in_the_inbox_is_told_in_chinese(
    qtbot: QtBot, store: Store, home: Path, clock: FrozenClock, feed_server: FeedServer,  # noqa: F811
    notification_bus: DesktopSession,
) -> None:  # fmt: skip
    move_kestrel_from_a_terminal(store, home, feed_server, auto=False)  # the Inbox asks
    (slip,) = store.inbox(kind=InboxKind.SLIP)
    listed = run(home, "inbox").stdout  # the CLI stays English
    assert "Kestrel tablet: moved from Apr 15, 2027 to May 20, 2027 — per Northwind" in listed
    send = notifier_sender(desktop_channels(None))
    refresher = SourceRefresher(store, clock, notify=send, wording=wording_for("zh_CN"))
    with notification_bus.monitor_notifications() as monitor:
        refresher.store_changed()  # the server answers in this event loop: wait for it here
        qtbot.waitUntil(lambda: store.is_delivered(f"source-slip:{slip.id}"), timeout=5000)
        note = monitor.wait_for("Kestrel")
    assert note.summary == "Kestrel tablet：从2027年4月15日推迟到2027年5月20日"
    assert note.body == "—— 来源：Northwind（在收件箱中）"
