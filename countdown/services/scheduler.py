"""Wakes the app at the exact moment an alert is due: APScheduler's QtScheduler, jobs in memory.

The store is the only truth: `set_jobs({key: due})` replaces the job set with what the alert
service computed from it (a diff, so a replan with nothing changed costs almost nothing). A job
does one thing, from APScheduler's worker thread: emit a signal of a QObject that lives in the GUI
thread, relayed with a queued connection, so `alert_due(key)` always arrives in the GUI thread.
Whether and how the alert is shown is the service's business (delivery ledger, digest).

- `misfire_grace_time=None`, `coalesce=True`: a late job still fires, once.
- APScheduler is imported (as published) in `start()` only, so it stays off the path to the first
  tray paint; jobs set before `start()` are kept and added then.
- The scheduler is a custom one on one QTimer, the way APScheduler documents extending it
  (subclass BaseScheduler, implement `wakeup` and `shutdown`, run `_process_jobs` when due). Its
  own QtScheduler keeps `QTimer.singleShot(...)`'s return value to stop it later, but PySide6
  returns None there, so every wakeup would leave a live timer chain behind (200 `add_job`s →
  200 extra `_process_jobs` runs per due time). One timer means one wake-up per due time.
- The timer counts monotonic time, which stops while the machine sleeps: after a resume or a
  clock change (services/clock) the owner calls `recompute()`, which re-reads the wall clock.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from contextlib import suppress
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)

MAX_TIMER_MS = 2_147_483_647  # a QTimer interval is a C int (≈ 24.8 days)


class _Relay(QObject):
    """Lives in the GUI thread; emitted from worker threads, delivered queued."""

    fire = Signal(str)


class AlertScheduler(QObject):
    """One APScheduler date job per upcoming alert; emits `alert_due(key)` in the GUI thread."""

    alert_due = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        # Qt's namespace is imported here, not at the top: its ~90 enums cost ~13 ms to create.
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self._relay = _Relay(self)
        self._relay.fire.connect(self._on_fire, Qt.ConnectionType.QueuedConnection)
        self._jobs: dict[str, datetime] = {}
        self._scheduler: Any = None

    @property
    def running(self) -> bool:
        return self._scheduler is not None

    def jobs(self) -> dict[str, datetime]:
        return dict(self._jobs)

    def start(self) -> None:
        if self._scheduler is not None:
            return
        self._scheduler = _make_scheduler()
        self._scheduler.start()
        for key, due in self._jobs.items():
            self._add(key, due)
        log.info("scheduler started with %d job(s)", len(self._jobs))

    def recompute(self) -> None:
        """Re-read the wall clock for the next due time (after a resume or the clock being set)."""
        if self._scheduler is not None:
            self._scheduler.wakeup()

    def shutdown(self) -> None:
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None

    def set_jobs(self, jobs: Mapping[str, datetime]) -> None:
        """Make the scheduled jobs exactly `jobs` (key → aware due time)."""
        wanted = dict(jobs)
        for key in [k for k in self._jobs if wanted.get(k) != self._jobs[k]]:
            del self._jobs[key]
            if self._scheduler is not None:
                self._remove(key)
        for key, due in wanted.items():
            if key not in self._jobs:
                self._jobs[key] = due
                if self._scheduler is not None:
                    self._add(key, due)

    def _add(self, key: str, due: datetime) -> None:
        from apscheduler.triggers.date import DateTrigger

        self._scheduler.add_job(
            self._relay.fire.emit,
            DateTrigger(run_date=due.astimezone(UTC), timezone=UTC),
            args=(key,),
            id=key,
            replace_existing=True,
        )

    def _remove(self, key: str) -> None:
        from apscheduler.jobstores.base import JobLookupError

        with suppress(JobLookupError):  # it already ran
            self._scheduler.remove_job(key)

    @Slot(str)
    def _on_fire(self, key: str) -> None:
        self._jobs.pop(key, None)
        self.alert_due.emit(key)


def _make_scheduler() -> Any:
    from apscheduler.schedulers.base import BaseScheduler
    from PySide6.QtCore import Qt

    class QtTimerScheduler(BaseScheduler):  # type: ignore[misc]
        """APScheduler on one precise QTimer in the GUI thread's event loop."""

        def __init__(self, **options: Any) -> None:
            super().__init__(**options)
            self._qtimer = QTimer()
            self._qtimer.setSingleShot(True)
            self._qtimer.setTimerType(Qt.TimerType.PreciseTimer)
            self._qtimer.timeout.connect(self._run_due)

        def shutdown(self, wait: bool = True) -> None:
            super().shutdown(wait)
            self._qtimer.stop()

        def wakeup(self) -> None:
            self._qtimer.start(0)

        def _run_due(self) -> None:
            wait_seconds = self._process_jobs()
            if wait_seconds is not None:
                self._qtimer.start(min(int(wait_seconds * 1000), MAX_TIMER_MS))

    return QtTimerScheduler(
        timezone=UTC, job_defaults={"misfire_grace_time": None, "coalesce": True}
    )
