"""A watcher that notices the wall clock jumping, and nothing else: it never wakes the process for
an alert (APScheduler does, services/scheduler), it only asks for a re-plan.

`check` compares how far the wall clock moved with how far the monotonic clock moved since the
last check. A difference beyond `threshold_s` is a jump: the machine slept (Linux's monotonic
clock stops during suspend), NTP stepped the time, or the user changed it; `jumped(seconds)`
(+ forward, − back) is emitted so the alert service can re-plan and deliver whatever came due.
A jump back needs no care here: the delivery ledger never repeats an alert.

When does a check run? Given a `ClockChangeAlarm` (wallclock_linux.py, a timerfd), only when the
kernel reports a clock change or a resume — no idle wake-ups at all. Without one (other systems,
tests) it polls every `interval_ms` (30 s: a due alert is at most 30 s late after a jump).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from countdown.core.clock import Clock

if TYPE_CHECKING:
    from countdown.services.wallclock_linux import ClockChangeAlarm

POLL_MS = 30_000
JUMP_THRESHOLD_S = 5.0


class ClockWatcher(QObject):
    """Reports wall-clock jumps (suspend, time set) heard from its alarm or every `interval_ms`."""

    jumped = Signal(float)

    def __init__(
        self,
        clock: Clock,
        *,
        interval_ms: int = POLL_MS,
        threshold_s: float = JUMP_THRESHOLD_S,
        monotonic: Callable[[], float] = time.monotonic,
        alarm: ClockChangeAlarm | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock, self._monotonic, self.threshold_s = clock, monotonic, threshold_s
        self.alarm = alarm
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        if alarm is not None:
            alarm.clock_set.connect(self.check)
        self._mark()

    def start(self) -> None:
        self._mark()
        if self.alarm is None:
            self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        if self.alarm is not None:
            self.alarm.close()
            self.alarm = None

    def check(self) -> None:
        """Emit `jumped` if the wall clock drifted from the monotonic one since the last check."""
        wall_s = (self._clock() - self._wall).total_seconds()
        mono_s = self._monotonic() - self._mono
        self._mark()
        if abs(wall_s - mono_s) > self.threshold_s:
            self.jumped.emit(wall_s - mono_s)

    def _mark(self) -> None:
        self._wall, self._mono = self._clock(), self._monotonic()
