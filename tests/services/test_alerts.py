"""AlertService with a real store on disk and a frozen clock: once, missed, digest, jumps, snooze."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from countdown.core.model import Grain, Launch, Status, Window
from countdown.core.plan import Alert, AlertKind
from countdown.core.settings import PAUSE_UNTIL
from countdown.core.store import Store
from countdown.integrations.system_clock import system_clock
from countdown.services.alerts import HORIZON_JOB, AlertService
from countdown.services.changes import StoreChanges
from countdown.services.clock import ClockWatcher
from countdown.services.notifier import Notifier
from countdown.services.scheduler import AlertScheduler
from countdown.services.wallclock_linux import clock_change_alarm
from tests.conftest import FrozenClock

BERLIN = ZoneInfo("Europe/Berlin")


class Monotonic:
    """A monotonic clock the test moves by hand (a wall-clock jump does not move it)."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


class Harness:
    """A store + service + popup recorder, restartable like the real app."""

    def __init__(self, home: Path, clock: FrozenClock) -> None:
        self.home, self.clock = home, clock
        self.monotonic = Monotonic()
        self.popups: list[list[Alert]] = []
        self.store = Store.open(home, clock=clock)
        self.service = self._service()

    def _service(self) -> AlertService:
        notifier = Notifier([])  # no desktop here: the in-app popup is the channel
        notifier.popup_requested.connect(self.popups.append)
        watcher = ClockWatcher(self.clock, monotonic=self.monotonic)
        return AlertService(
            self.store,
            notifier,
            AlertScheduler(),
            clock=self.clock,
            local_tz=BERLIN,
            watcher=watcher,
        )

    def restart(self) -> None:
        self.service.stop()
        self.store.close()
        self.store = Store.open(self.home, clock=self.clock)
        self.service = self._service()
        self.boot()

    def boot(self) -> None:
        """What start() does, minus the timers: plan and deliver what was missed."""
        self.service.replan(reload_ledger=True)
        self.service.check()

    def add(self, name: str, window: Window) -> Launch:
        launch = self.store.add(
            Launch(name, window.label, datetime(2026, 11, 24), window, Status.ANNOUNCED)
        )
        self.service.replan()
        return launch

    def shown(self) -> list[list[tuple[str, bool]]]:
        return [[(a.title, a.missed) for a in batch] for batch in self.popups]


@pytest.fixture
def harness(qtbot: QtBot, home: Path, clock: FrozenClock) -> Iterator[Harness]:
    item = Harness(home, clock)
    item.boot()
    yield item
    item.service.stop()
    item.store.close()


def instant(at: datetime) -> Window:
    return Window(at, at, Grain.MINUTE, f"{at:%b %d %H:%M} UTC")


def test_an_alert_is_delivered_once_and_recorded(harness: Harness, clock: FrozenClock) -> None:
    launch = harness.add("Rocket", instant(clock.now + timedelta(minutes=10)))
    harness.service.check()
    assert harness.popups == []
    clock.advance(minutes=10)
    harness.service.check()
    harness.service.check()
    assert harness.shown() == [[("Rocket is launching now", False)]]
    (alert,) = harness.popups[0]
    assert alert.kind is AlertKind.LAUNCHING_NOW and alert.launch_id == launch.id
    assert harness.store.is_delivered(alert.key)
    harness.restart()
    assert len(harness.popups) == 1


def test_alerts_missed_while_closed_come_once_as_a_digest(
    harness: Harness, clock: FrozenClock
) -> None:
    harness.add("Rocket", instant(clock.now + timedelta(minutes=20)))
    harness.add("Phone", instant(clock.now + timedelta(minutes=40)))
    harness.service.stop()
    clock.advance(hours=3)
    harness.restart()
    assert harness.shown() == [
        [("Rocket is launching now", True), ("Phone is launching now", True)]
    ]
    harness.restart()
    assert len(harness.popups) == 1


def test_several_due_alerts_of_one_launch_fold_into_the_latest(
    harness: Harness, clock: FrozenClock
) -> None:
    day = date(2026, 11, 27)
    harness.add("Console", Window(day, day, Grain.DAY, "Nov 27, 2026"))
    clock.now = datetime(2026, 11, 27, 12, 0, tzinfo=UTC)  # reminder-1d and launch day both due
    harness.restart()
    assert harness.shown() == [[("Console launches today", True)]]
    assert len(harness.store.delivered_keys()) == 2


def test_clock_jumps_forward_deliver_and_back_never_repeat(
    harness: Harness, clock: FrozenClock
) -> None:
    harness.add("Rocket", instant(clock.now + timedelta(hours=1)))
    watcher = harness.service.watcher
    clock.advance(hours=2)  # the machine slept; the monotonic clock did not move
    jumps: list[float] = []
    watcher.jumped.connect(jumps.append)
    watcher.check()
    assert harness.shown() == [[("Rocket is launching now", True)]]  # an hour late: missed
    clock.advance(hours=-1)
    watcher.check()
    assert jumps == [7200.0, -3600.0]
    clock.advance(hours=1)
    watcher.check()
    assert len(harness.popups) == 1


def test_snooze_rearms_the_alert_once(harness: Harness, clock: FrozenClock) -> None:
    harness.add("Rocket", instant(clock.now + timedelta(minutes=5)))
    clock.advance(minutes=5)
    harness.service.check()
    (alert,) = harness.popups[0]
    harness.service.snooze(alert.key, clock.now + timedelta(hours=1))
    clock.advance(minutes=59)
    harness.service.check()
    assert len(harness.popups) == 1
    clock.advance(minutes=1)
    harness.service.check()
    assert harness.shown()[1] == [("Rocket is launching now", False)]
    assert harness.store.snoozes() == {}
    harness.restart()
    assert len(harness.popups) == 2


def test_pause_holds_alerts_until_it_ends(harness: Harness, clock: FrozenClock) -> None:
    harness.add("Rocket", instant(clock.now + timedelta(hours=1)))
    PAUSE_UNTIL.write(harness.store, clock.now + timedelta(hours=2))  # what the tray's menu does
    harness.service.replan()  # what the change feed then has the app do
    assert "pause-ends" in harness.service.scheduler.jobs()
    clock.advance(hours=1, minutes=30)
    harness.service.check()
    assert harness.popups == []
    clock.advance(minutes=30)
    harness.service.check()
    assert harness.shown() == [[("Rocket is launching now", True)]]


def test_nothing_recorded_when_nothing_could_show_it(
    qtbot: QtBot, home: Path, clock: FrozenClock
) -> None:
    store = Store.open(home, clock=clock)
    at = clock.now + timedelta(minutes=1)
    store.add(Launch("Rocket", "soon", datetime(2026, 11, 24), instant(at), Status.ANNOUNCED))
    notifier = Notifier([])
    service = AlertService(store, notifier, AlertScheduler(), clock=clock, local_tz=BERLIN)
    service.replan()
    clock.advance(minutes=1)
    with qtbot.waitSignal(notifier.failed, timeout=1000):
        service.check()
    assert store.delivered_keys() == set()
    shown: list[list[Alert]] = []
    notifier.popup_requested.connect(shown.append)
    service.check()
    assert [a.title for a in shown[0]] == ["Rocket is launching now"]
    assert len(store.delivered_keys()) == 1
    service.stop()
    store.close()


def test_a_change_by_another_process_replans_through_the_change_feed(
    qtbot: QtBot, harness: Harness, clock: FrozenClock, home: Path
) -> None:
    changes = StoreChanges(harness.store)  # as the app wires it: changed → replan
    changes.changed.connect(lambda: harness.service.replan(reload_ledger=True))
    cli = Store.open(home, clock=clock)  # what `countdown add` does
    added = cli.add(
        Launch(
            "Phone",
            "soon",
            datetime(2026, 11, 24),
            instant(clock.now + timedelta(minutes=5)),
            Status.RUMORED,
        )
    )
    cli.close()
    qtbot.waitUntil(
        lambda: any(a.launch_id == added.id for a in harness.service.upcoming()), timeout=2000
    )
    assert harness.service.scheduler.jobs()  # armed for the precise moment
    changes.stop()


def test_a_slip_rearms_and_launched_silences(harness: Harness, clock: FrozenClock) -> None:
    launch = harness.add("Rocket", instant(clock.now + timedelta(minutes=5)))
    clock.advance(minutes=5)
    harness.service.check()
    assert launch.id is not None
    harness.store.update(launch.id, window=instant(clock.now + timedelta(days=2)), when_text="+2d")
    harness.service.replan()
    clock.advance(days=2)
    harness.service.check()
    assert harness.shown() == [[("Rocket is launching now", False)]] * 2  # the slipped date too
    harness.store.update(launch.id, window=instant(clock.now + timedelta(hours=3)), when_text="+3h")
    harness.service.mark_launched(launch.id)
    assert harness.service.upcoming() == []
    clock.advance(hours=3)
    harness.service.check()
    assert len(harness.popups) == 2


def test_the_watchers_own_timer_catches_a_jump(
    qtbot: QtBot, home: Path, clock: FrozenClock
) -> None:
    store = Store.open(home, clock=clock)
    store.add(
        Launch(
            "Rocket",
            "soon",
            datetime(2026, 11, 24),
            instant(clock.now + timedelta(minutes=90)),
            Status.ANNOUNCED,
        )
    )
    notifier = Notifier([])
    shown: list[list[Alert]] = []
    notifier.popup_requested.connect(shown.append)
    watcher = ClockWatcher(clock, interval_ms=50, monotonic=Monotonic())
    service = AlertService(
        store, notifier, AlertScheduler(), clock=clock, local_tz=BERLIN, watcher=watcher
    )
    service.start()
    qtbot.wait(200)
    assert shown == []
    clock.advance(hours=2)  # resumed from sleep: only the wall clock moved
    qtbot.waitUntil(lambda: bool(shown), timeout=2000)
    qtbot.wait(200)
    assert [[a.title for a in batch] for batch in shown] == [["Rocket is launching now"]]
    service.stop()
    store.close()


def test_the_scheduler_holds_the_next_alerts_and_the_horizon(
    harness: Harness, clock: FrozenClock
) -> None:
    """The scheduler owns time: one job per alert and one to plan further, none elsewhere."""
    jobs = harness.service.scheduler.jobs
    assert jobs() == {HORIZON_JOB: clock.now + timedelta(hours=35)}  # nothing due: plan in time
    rocket = harness.add("Rocket", instant(clock.now + timedelta(minutes=10)))
    harness.add("Phone", instant(clock.now + timedelta(minutes=40)))
    assert sorted(jobs().values())[:2] == [
        clock.now + timedelta(minutes=10),
        clock.now + timedelta(minutes=40),
    ]
    clock.advance(minutes=10)
    harness.service.check()
    assert harness.shown() == [[("Rocket is launching now", False)]]
    assert not any(key.startswith(f"{rocket.id}:") for key in jobs())


def test_an_alert_wakes_the_process_once(qtbot: QtBot, home: Path) -> None:
    """One owner of time: the scheduler fires once for the alert; the clock watcher's alarm
    (Linux: a timerfd that hears only clock changes) does not wake the process for it."""
    store = Store.open(home, clock=system_clock)
    due = (system_clock() + timedelta(seconds=1.5)).astimezone(UTC)
    window = Window(due, due, Grain.SECOND, "in a moment")
    store.add(Launch("Rocket", "soon", datetime(2026, 11, 24), window, Status.ANNOUNCED))
    notifier = Notifier([])
    shown: list[list[Alert]] = []
    notifier.popup_requested.connect(shown.append)
    watcher = ClockWatcher(system_clock, alarm=clock_change_alarm(system_clock))
    jumps: list[float] = []
    watcher.jumped.connect(jumps.append)
    scheduler = AlertScheduler()
    fired: list[str] = []
    scheduler.alert_due.connect(fired.append)
    service = AlertService(
        store, notifier, scheduler, clock=system_clock, local_tz=UTC, watcher=watcher
    )
    service.start()
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    qtbot.wait(500)  # anything else that would wake for it has had its chance
    assert [[a.title for a in batch] for batch in shown] == [["Rocket is launching now"]]
    assert fired == [shown[0][0].key] and jumps == []
    service.stop()
    store.close()
