"""A wall-clock alarm with no idle wake-ups: a Linux timerfd on CLOCK_REALTIME.

`RealtimeAlarm.arm(at)` sets an ABSOLUTE expiry on the real-time clock with
TFD_TIMER_CANCEL_ON_SET, and a QSocketNotifier watches the descriptor, so the process sleeps
until one of these happens:

- the wall clock reaches `at` → `fired`. An absolute real-time timer whose time passed while the
  machine was suspended fires right after the resume;
- the wall clock is set (by hand, an NTP step) or the machine resumes from suspend (the kernel
  treats a resume as a clock change: timerfd_resume → timerfd_clock_was_set) → the read fails
  with ECANCELED → `clock_set`, after the alarm re-armed itself.

After firing, the alarm stays armed a year ahead only to keep hearing about clock changes (a
timer that is not armed is never cancelled); the owner re-arms it when it replans.

Python 3.11 has no os.timerfd_* (added in 3.13), so libc is called through ctypes.
`realtime_alarm()` returns None where this cannot work (not Linux, no timerfd, a kernel or
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

    EXPIRED = "expired"
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


class RealtimeAlarm(QObject):
    """One absolute wall-clock alarm; reports its time coming and clock changes."""

    fired = Signal()
    clock_set = Signal()

    def __init__(
        self,
        *,
        clock: Callable[[], datetime],
        read: Callable[[int], Outcome] = read_outcome,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock, self._read = clock, read
        self._libc = _Libc()
        self._fd = self._libc.create()
        self.armed_at: datetime | None = None  # None: armed a year ahead, for clock changes only
        try:
            self._arm_idle()  # EINVAL here: a kernel or sandbox without TFD_TIMER_CANCEL_ON_SET
        except OSError:
            os.close(self._fd)
            raise
        self._notifier = QSocketNotifier(self._fd, QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._on_ready)

    def arm(self, at: datetime | None) -> None:
        """Fire at `at` on the wall clock (at once if it passed); None: only hear clock changes."""
        if at is None:
            self._arm_idle()
        else:
            self._libc.set_absolute(self._fd, at)
            self.armed_at = at

    def arm_ahead(self, at: datetime | None) -> None:
        """`arm(at)` if `at` is still to come, else only hear clock changes."""
        self.arm(at if at is not None and at > self._clock() else None)

    def close(self) -> None:
        if self._fd >= 0:
            self._notifier.setEnabled(False)
            os.close(self._fd)
            self._fd = -1

    def _arm_idle(self) -> None:
        self._libc.set_absolute(self._fd, self._clock() + IDLE_ARM)
        self.armed_at = None

    def _on_ready(self) -> None:
        outcome = self._read(self._fd)
        if outcome is Outcome.EXPIRED:
            self._arm_idle()  # before the signal: its handlers may arm the next time
            self.fired.emit()
        elif outcome is Outcome.CLOCK_SET:
            self.arm(self.armed_at)  # a cancelled timer hears nothing more until re-armed
            self.clock_set.emit()


def realtime_alarm(
    clock: Callable[[], datetime], parent: QObject | None = None
) -> RealtimeAlarm | None:
    """A working RealtimeAlarm, or None where timerfd (with cancel-on-set) is unavailable."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        return RealtimeAlarm(clock=clock, parent=parent)
    except (OSError, AttributeError):  # AttributeError: a libc without timerfd_create
        return None
