"""RealtimeAlarm: a real timerfd on the wall clock, and the ClockWatcher rounds it drives.

Setting the system clock is not done here (it would disturb every other process on the machine),
so the clock-change path (read() fails with ECANCELED) is tested through its read handling: the
reader is given an ECANCELED error, and the alarm's reaction to a CLOCK_SET outcome is checked on
a real, readable timerfd.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from countdown.services.clock import ClockWatcher
from countdown.services.wallclock_linux import (
    Outcome,
    RealtimeAlarm,
    read_outcome,
    realtime_alarm,
)
from tests.conftest import FrozenClock

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="timerfd is Linux")


def wall_now() -> datetime:
    return datetime.now(UTC)


@pytest.fixture
def alarm(qtbot: QtBot) -> Iterator[RealtimeAlarm]:
    made = realtime_alarm(wall_now)
    if made is None:
        pytest.skip("this kernel or sandbox has no timerfd with TFD_TIMER_CANCEL_ON_SET")
    yield made
    made.close()


def test_an_alarm_a_second_ahead_fires_on_time(qtbot: QtBot, alarm: RealtimeAlarm) -> None:
    started = time.monotonic()
    alarm.arm(wall_now() + timedelta(seconds=1))
    with qtbot.waitSignal(alarm.fired, timeout=3000):
        pass
    assert 0.9 <= time.monotonic() - started < 2.5
    assert alarm.armed_at is None  # after firing it only listens for clock changes


def test_an_alarm_whose_time_passed_fires_at_once(qtbot: QtBot, alarm: RealtimeAlarm) -> None:
    # What happens after a resume: the due time went by while the machine slept.
    with qtbot.waitSignal(alarm.fired, timeout=1000):
        alarm.arm(wall_now() - timedelta(minutes=5))


def test_an_idle_alarm_stays_quiet(qtbot: QtBot, alarm: RealtimeAlarm) -> None:
    fired: list[bool] = []
    alarm.fired.connect(lambda: fired.append(True))
    alarm.arm(wall_now() + timedelta(seconds=1))
    alarm.arm(None)  # replanned: nothing due any more
    qtbot.wait(1300)
    assert fired == []


def test_read_says_clock_set_on_ecanceled_and_expired_otherwise() -> None:
    def cancelled(_fd: int, _size: int) -> bytes:
        raise OSError(errno.ECANCELED, os.strerror(errno.ECANCELED))

    def nothing(_fd: int, _size: int) -> bytes:
        raise BlockingIOError(errno.EAGAIN, os.strerror(errno.EAGAIN))

    assert read_outcome(3, cancelled) is Outcome.CLOCK_SET
    assert read_outcome(3, nothing) is Outcome.NOTHING
    assert read_outcome(3, lambda _fd, _size: (1).to_bytes(8, "little")) is Outcome.EXPIRED
    with pytest.raises(OSError, match="Bad file descriptor"):
        read_outcome(-1)


def test_a_clock_change_re_arms_the_alarm_and_is_reported(qtbot: QtBot) -> None:
    outcomes = [Outcome.CLOCK_SET]

    def read(fd: int) -> Outcome:
        read_outcome(fd)  # drain the real descriptor
        return outcomes.pop(0) if outcomes else Outcome.EXPIRED

    try:
        alarm = RealtimeAlarm(clock=wall_now, read=read)
    except OSError:
        pytest.skip("no timerfd here")
    try:
        due = wall_now() + timedelta(milliseconds=200)
        with qtbot.waitSignal(alarm.clock_set, timeout=2000):
            alarm.arm(due)
        assert alarm.armed_at == due  # re-armed: the alert's time still counts
        with qtbot.waitSignal(alarm.fired, timeout=2000):
            pass
    finally:
        alarm.close()


def test_the_watcher_runs_a_round_when_its_alarm_fires_or_the_clock_changes(
    qtbot: QtBot, alarm: RealtimeAlarm, clock: FrozenClock
) -> None:
    monotonic = [100.0]
    watcher = ClockWatcher(clock, monotonic=lambda: monotonic[0], alarm=alarm)
    ticks: list[bool] = []
    jumps: list[float] = []
    watcher.tick.connect(lambda: ticks.append(True))
    watcher.jumped.connect(jumps.append)
    watcher.start()
    clock.advance(hours=3)  # slept three hours: the wall clock moved, the monotonic one did not
    alarm.clock_set.emit()
    assert jumps == [3 * 3600.0] and len(ticks) == 1
    with qtbot.waitSignal(watcher.tick, timeout=2000):
        watcher.wake_at(wall_now() + timedelta(milliseconds=300))
    assert watcher.wake_time is not None
    watcher.stop()


def test_after_a_round_the_watcher_keeps_its_next_wake_armed(
    qtbot: QtBot, alarm: RealtimeAlarm
) -> None:
    watcher = ClockWatcher(wall_now, alarm=alarm)
    watcher.start()
    later = wall_now() + timedelta(hours=2)
    watcher.wake_at(later)
    alarm.arm(wall_now() + timedelta(milliseconds=200))  # e.g. armed for an alert now delivered
    with qtbot.waitSignal(watcher.tick, timeout=2000):
        pass
    assert alarm.armed_at == later  # not left idle: the next alert still wakes us
    watcher.wake_at(wall_now() - timedelta(seconds=1))
    with qtbot.waitSignal(watcher.tick, timeout=2000):
        pass
    assert alarm.armed_at is None  # a time already gone is not re-armed (no busy loop)
    watcher.stop()
