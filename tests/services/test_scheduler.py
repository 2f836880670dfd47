"""AlertScheduler: APScheduler jobs that only signal, in the GUI thread, once; lazy import."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import QCoreApplication, QThread
from pytestqt.qtbot import QtBot

from countdown.services.scheduler import AlertScheduler


@pytest.fixture
def scheduler(qtbot: QtBot) -> Iterator[AlertScheduler]:
    item = AlertScheduler()
    yield item
    item.shutdown()


def soon(seconds: float) -> datetime:
    return datetime.now(UTC) + timedelta(seconds=seconds)


def collect(scheduler: AlertScheduler) -> list[tuple[str, bool]]:
    """(key, arrived in the GUI thread) for every alert_due."""
    seen: list[tuple[str, bool]] = []
    app = QCoreApplication.instance()
    assert app is not None
    scheduler.alert_due.connect(
        lambda key: seen.append((key, QThread.currentThread() is app.thread()))
    )
    return seen


def test_job_fires_once_in_the_gui_thread(qtbot: QtBot, scheduler: AlertScheduler) -> None:
    seen = collect(scheduler)
    scheduler.set_jobs({"1:now:abc": soon(0.3)})
    scheduler.start()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    qtbot.wait(500)
    assert seen == [("1:now:abc", True)]
    assert scheduler.jobs() == {}


def test_replan_moves_and_drops_jobs(qtbot: QtBot, scheduler: AlertScheduler) -> None:
    seen = collect(scheduler)
    scheduler.start()
    scheduler.set_jobs({"a": soon(0.2), "b": soon(0.3), "c": soon(60)})
    scheduler.set_jobs({"a": soon(0.6), "c": soon(60)})  # a slips, b is gone
    qtbot.wait(400)
    assert seen == []
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    assert [key for key, _ in seen] == ["a"]
    assert set(scheduler.jobs()) == {"c"}


def test_a_job_already_late_at_start_still_fires_once(
    qtbot: QtBot, scheduler: AlertScheduler
) -> None:
    seen = collect(scheduler)
    scheduler.set_jobs({"late": datetime.now(UTC) - timedelta(hours=3)})
    scheduler.start()
    qtbot.waitUntil(lambda: bool(seen), timeout=3000)
    qtbot.wait(300)
    assert [key for key, _ in seen] == ["late"]


def test_apscheduler_is_imported_only_on_start() -> None:
    probe = (
        "import sys\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "from countdown.services.scheduler import AlertScheduler\n"
        "app = QCoreApplication([])\n"
        "s = AlertScheduler(); s.set_jobs({})\n"
        "before = any(m.startswith('apscheduler') for m in sys.modules)\n"
        "s.start(); s.shutdown()\n"
        "print(before, any(m.startswith('apscheduler') for m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=60
    )
    assert result.stdout.split() == ["False", "True"], result.stderr
