"""Hear the wall clock being set or the machine resuming, with no idle wake-ups: a Linux timerfd
on CLOCK_REALTIME armed with TFD_TIMER_CANCEL_ON_SET.

The alarm is armed a year ahead only so that the kernel can cancel it: when the wall clock is set
(by hand, an NTP step) or the machine resumes from suspend (the kernel treats a resume as a clock
change: timerfd_resume → timerfd_clock_was_set), reading the descriptor fails with ECANCELED and
`clock_set` is emitted; the alarm then re-arms itself. It never wakes the process at an alert's
time: APScheduler owns that (services/scheduler); this only says "the clock moved, re-plan".

Python 3.11 has no os.timerfd_* (added in 3.13), so libc is called through ctypes.
`clock_change_alarm()` returns None where this cannot work (not Linux, no timerfd, a kernel or
sandbox that refuses TFD_TIMER_CANCEL_ON_SET); the caller then polls the clock instead.
"""

from __future__ import annotations

import ctypes
import enum
import errno
import os
import sys
from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from countdown.core.clock import Clock

CLOCK_REALTIME = 0
TFD_NONBLOCK = 0o4000
TFD_CLOEXEC = 0o2000000
TFD_TIMER_ABSTIME = 1
TFD_TIMER_CANCEL_ON_SET = 2
IDLE_ARM = timedelta(days=365)  # armed only to be cancelled by a clock change


class _Timespec(ctypes.Structure):
    _fields_ = [("tv_sec", ctypes.c_long), ("tv_nsec", ctypes.c_long)]


class _Itimerspec(ctypes.Structure):
    _fields_ = [("it_interval", _Timespec), ("it_value", _Timespec)]


class Outcome(enum.Enum):
    """What reading the timerfd told us."""

    EXPIRED = "expired"  # a year went by without a clock change
    CLOCK_SET = "clock-set"  # ECANCELED: the wall clock jumped or the machine resumed
    NOTHING = "nothing"  # EAGAIN: woken for nothing


def read_outcome(fd: int, read: Callable[[int, int], bytes] = os.read) -> Outcome:
    """Drain the timerfd and say why it was readable."""
    try:
        read(fd, 8)  # the expiration count; its value does not matter here
    except OSError as error:
        if error.errno == errno.ECANCELED:
            return Outcome.CLOCK_SET
        if error.errno in (errno.EAGAIN, errno.EWOULDBLOCK):
            return Outcome.NOTHING
        raise
    return Outcome.EXPIRED


class _Libc:
    """timerfd_create / timerfd_settime from the C library, errors as OSError."""

    def __init__(self) -> None:
        libc = ctypes.CDLL(None, use_errno=True)
        self._create = libc.timerfd_create
        self._create.argtypes = [ctypes.c_int, ctypes.c_int]
        self._settime = libc.timerfd_settime
        self._settime.argtypes = [
            ctypes.c_int,
            ctypes.c_int,
            ctypes.POINTER(_Itimerspec),
            ctypes.POINTER(_Itimerspec),
        ]

    def create(self) -> int:
        fd = int(self._create(CLOCK_REALTIME, TFD_NONBLOCK | TFD_CLOEXEC))
        if fd < 0:
            raise _errno_error("timerfd_create")
        return fd

    def set_absolute(self, fd: int, at: datetime) -> None:
        seconds = at.timestamp()
        spec = _Itimerspec()
        spec.it_value.tv_sec = int(seconds)
        spec.it_value.tv_nsec = max(1, int((seconds - int(seconds)) * 1e9))  # 0.0 would disarm
        flags = TFD_TIMER_ABSTIME | TFD_TIMER_CANCEL_ON_SET
        if self._settime(fd, flags, ctypes.byref(spec), None) != 0:
            raise _errno_error("timerfd_settime")


def _errno_error(call: str) -> OSError:
    number = ctypes.get_errno()
    return OSError(number, f"{call}: {os.strerror(number)}")


class ClockChangeAlarm(QObject):
    """Emits `clock_set` when the wall clock is set or the machine resumes; otherwise asleep."""

    clock_set = Signal()

    def __init__(
        self,
        *,
        clock: Clock,
        read: Callable[[int], Outcome] = read_outcome,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock, self._read = clock, read
        self._libc = _Libc()
        self._fd = self._libc.create()
        try:
            self._arm()  # EINVAL here: a kernel or sandbox without TFD_TIMER_CANCEL_ON_SET
        except OSError:
            os.close(self._fd)
            raise
        self._notifier = QSocketNotifier(self._fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_ready)

    def close(self) -> None:
        if self._fd >= 0:
            self._notifier.setEnabled(False)
            os.close(self._fd)
            self._fd = -1

    def _arm(self) -> None:
        self._libc.set_absolute(self._fd, self._clock() + IDLE_ARM)

    def _on_ready(self) -> None:
        outcome = self._read(self._fd)
        if outcome is Outcome.NOTHING:
            return
        self._arm()  # a cancelled (or expired) timer hears nothing more until re-armed
        if outcome is Outcome.CLOCK_SET:
            self.clock_set.emit()


def clock_change_alarm(clock: Clock, parent: QObject | None = None) -> ClockChangeAlarm | None:
    """A working ClockChangeAlarm, or None where timerfd (with cancel-on-set) is unavailable."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return ClockChangeAlarm(clock=clock, parent=parent)
    except (OSError, AttributeError):  # AttributeError: a libc without timerfd_create
        return None
