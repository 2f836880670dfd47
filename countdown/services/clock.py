"""A watcher that notices the wall clock jumping.

`ClockWatcher` runs a round (`check`) and compares how far the wall clock moved with how far the
monotonic clock moved. A difference beyond `threshold_s` is a jump: the machine slept (Linux's
monotonic clock stops during suspend), NTP stepped the time, or the user changed it. It emits
`tick` on every round and `jumped(seconds)` (+ forward, − back) first when the clock jumped, so
the alert service can replan the precise timers and deliver whatever came due. A jump back needs
no care here: the delivery ledger never repeats an alert.

When does a round run? Given a `RealtimeAlarm` (wallclock_linux.py, a timerfd), only when the
alarm says so: at the wall-clock time set by `wake_at` (the next due alert), and at once after
any clock change or resume — no idle wake-ups at all. Without one (other systems, tests) it
polls every `interval_ms` (30 s: a due alert is at most 30 s late after a jump forward).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from countdown.core.clock import Clock

if TYPE_CHECKING:
    from countdown.services.wallclock_linux import RealtimeAlarm

TICK_MS = 30_000
JUMP_THRESHOLD_S = 5.0


class ClockWatcher(QObject):
    """Ticks on its alarm or every `interval_ms`; reports wall-clock jumps (suspend, time set)."""

    tick = Signal()
    jumped = Signal(float)

    def __init__(
        self,
        clock: Clock,
        *,
        interval_ms: int = TICK_MS,
        threshold_s: float = JUMP_THRESHOLD_S,
        monotonic: Callable[[], float] = time.monotonic,
        alarm: RealtimeAlarm | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock, self._monotonic, self.threshold_s = clock, monotonic, threshold_s
        self.alarm = alarm
        self.wake_time: datetime | None = None  # when the next round is wanted (`wake_at`)
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.check)
        if alarm is not None:
            alarm.fired.connect(self._on_alarm)
            alarm.clock_set.connect(self.check)
        self._running = False
        self._mark()

    def start(self) -> None:
        self._mark()
        self._running = True
        if self.alarm is None:
            self._timer.start()
        else:
            self.alarm.arm(self.wake_time)

    def stop(self) -> None:
        self._running = False
        self._timer.stop()
        if self.alarm is not None:
            self.alarm.close()
            self.alarm = None

    def wake_at(self, when: datetime | None) -> None:
        """Run a round at `when` (the next due alert; None: only on clock changes). Polling
        watchers run rounds anyway and just note it."""
        self.wake_time = when
        if self.alarm is not None and self._running:
            self.alarm.arm(when)

    def _on_alarm(self) -> None:
        self.check()
        if self.alarm is not None and self.alarm.armed_at is None:  # fired, nothing re-armed it
            self.alarm.arm_ahead(self.wake_time)  # e.g. the scheduler delivered, then this fired

    def check(self) -> None:
        """One round: emit `jumped` if the wall clock drifted from the monotonic one, then `tick`."""
        wall_s = (self._clock() - self._wall).total_seconds()
        mono_s = self._monotonic() - self._mono
        self._mark()
        if abs(wall_s - mono_s) > self.threshold_s:
            self.jumped.emit(wall_s - mono_s)
        self.tick.emit()

    def _mark(self) -> None:
        self._wall, self._mono = self._clock(), self._monotonic()
