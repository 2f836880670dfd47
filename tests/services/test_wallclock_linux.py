"""ClockChangeAlarm: a real timerfd on the wall clock that wakes the process only when the clock
is set or the machine resumes, and the ClockWatcher check it triggers.

Setting the system clock is not done here (it would disturb every other process on the machine),
so the clock-change path (read() fails with ECANCELED) is tested through its read handling: the
reader is given an ECANCELED error, and the alarm's reaction to a CLOCK_SET outcome is checked on
a real timerfd made readable by a clock that runs a year behind.
"""

from __future__ import annotations

import errno
import sys
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from countdown.services.clock import ClockWatcher
from countdown.services.wallclock_linux import (
    IDLE_ARM,
    ClockChangeAlarm,
    Outcome,
    clock_change_alarm,
    read_outcome,
)
from tests.conftest import FrozenClock

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="timerfd is Linux")


def wall_now() -> datetime:
    return datetime.now(UTC)


@pytest.fixture
def alarm(qtbot: QtBot) -> Iterator[ClockChangeAlarm]:
    made = clock_change_alarm(wall_now)
    if made is None:
        pytest.skip("this kernel or sandbox has no timerfd with TFD_TIMER_CANCEL_ON_SET")
    yield made
    made.close()


def test_an_idle_alarm_stays_quiet(qtbot: QtBot, alarm: ClockChangeAlarm) -> None:
    heard: list[bool] = []
    alarm.clock_set.connect(lambda: heard.append(True))
    qtbot.wait(300)
    assert heard == []


def test_read_says_clock_set_on_ecanceled_and_expired_otherwise() -> None:
    def cancelled(_fd: int, _size: int) -> bytes:
        raise OSError(errno.ECANCELED, "cancelled")

    def again(_fd: int, _size: int) -> bytes:
        raise OSError(errno.EAGAIN, "again")

    assert read_outcome(0, cancelled) is Outcome.CLOCK_SET
    assert read_outcome(0, again) is Outcome.NOTHING
    assert read_outcome(0, lambda _fd, _size: b"\x01" + bytes(7)) is Outcome.EXPIRED


def test_a_clock_change_is_reported_once_and_the_alarm_re_armed(qtbot: QtBot) -> None:
    outcomes = [Outcome.CLOCK_SET]
    readable_soon = lambda: wall_now() - IDLE_ARM + timedelta(milliseconds=200)  # noqa: E731

    def read(fd: int) -> Outcome:
        read_outcome(fd)  # drain the real descriptor
        return outcomes.pop(0) if outcomes else Outcome.EXPIRED

    try:
        alarm = ClockChangeAlarm(clock=readable_soon, read=read)
    except OSError:
        pytest.skip("no timerfd here")
    heard: list[bool] = []
    alarm.clock_set.connect(lambda: heard.append(True))
    try:
        qtbot.waitUntil(lambda: bool(heard), timeout=2000)
        qtbot.wait(600)  # re-armed, it expires again: an expiry is not a clock change
        assert heard == [True]
    finally:
        alarm.close()


def test_the_watcher_reports_a_jump_when_the_alarm_hears_a_clock_change(
    qtbot: QtBot, alarm: ClockChangeAlarm, clock: FrozenClock
) -> None:
    monotonic = [100.0]
    watcher = ClockWatcher(clock, monotonic=lambda: monotonic[0], alarm=alarm)
    jumps: list[float] = []
    watcher.jumped.connect(jumps.append)
    watcher.start()
    clock.advance(minutes=1)
    monotonic[0] += 60  # an ordinary minute: no jump
    alarm.clock_set.emit()
    clock.advance(hours=3)  # slept three hours: the wall clock moved, the monotonic one did not
    alarm.clock_set.emit()
    assert jumps == [3 * 3600.0]
    watcher.stop()
