"""The alert service: plan from the store, wake on time, deliver exactly once (DESIGN §3).

Wiring: Store (launches, delivery ledger, snoozes, settings) → plan_alerts → AlertScheduler (the
one owner of time: a job per alert, for the pause's end and for the planning horizon, one
wake-up each) → Notifier → ledger. The ClockWatcher only reports jumps (suspend, the clock set):
then the service re-plans, has the scheduler re-read the wall clock and delivers what came due.

- **Exactly once.** An alert is marked delivered (`store.mark_delivered`) only when the notifier
  reports a channel that showed it; the ledger survives restarts, so a restart, a replan or a
  clock jumping back never repeats one. Alerts being shown are "in flight" and not sent twice.
- **Missed.** Whatever is due and undelivered at start, after a sleep or a forward jump is sent at
  once; an alert more than `missed_after` (2 min) late is flagged `missed` ("while you were
  away"). Everything due at the same moment goes out as one notification/popup (a digest); of
  several due alerts of one launch only the latest is shown, the older ones are folded into it
  and marked delivered with it.
- **Snooze** stores `until` for the alert's key; the alert comes back at `until` under the key
  `"{key}@{until}"`, which gets its own ledger entry. **Pause** (`pause_until`) holds everything
  back until then; held alerts are delivered when the pause ends.
- **Replans** after every change: the app calls `replan()` when the store announces a commit
  (its own or another process's: services/changes); a clock jump replans too. Only
  alerts up to a 36 h horizon are kept and armed (launches further out are skipped by a date
  test), plans are cached per launch version, so a replan costs little beyond reading the store.
- APScheduler starts on the event loop's next turn after `start()` (off the first tray paint).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QObject, QTimer

from countdown.core.clock import Clock
from countdown.core.model import AlertPrefs, Launch, Status
from countdown.core.plan import Alert, plan_alerts
from countdown.core.settings import ALERT_PREFS, PAUSE_UNTIL
from countdown.core.store import LaunchStore
from countdown.core.wording import ENGLISH, Wording
from countdown.services.clock import ClockWatcher
from countdown.services.notifier import Notifier, TrayLike
from countdown.services.scheduler import AlertScheduler

log = logging.getLogger(__name__)

MISSED_AFTER = timedelta(minutes=2)
HORIZON = timedelta(hours=36)
PAUSE_JOB = "pause-ends"
HORIZON_JOB = "horizon"  # an hour before the planned horizon runs out: plan further
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class AlertService(QObject):
    """Keeps the scheduler in step with the store and delivers due alerts once."""

    def __init__(
        self,
        store: LaunchStore,
        notifier: Notifier,
        scheduler: AlertScheduler,
        *,
        clock: Clock,
        local_tz: tzinfo,
        watcher: ClockWatcher | None = None,
        wording: Wording = ENGLISH,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.notifier, self.scheduler = store, notifier, scheduler
        self.clock, self.local_tz, self.wording = clock, local_tz, wording
        self.watcher = watcher or ClockWatcher(clock, parent=self)
        self._pending: list[Alert] = []  # undelivered, sorted by due
        self._delivered: set[str] = set()
        self._inflight: dict[str, list[Alert]] = {}  # shown key -> the alerts it stands for
        self._horizon_end: datetime | None = None
        self._launches: list[Launch] | None = None
        self._prefs = AlertPrefs()
        self._plans: dict[tuple[Any, ...], list[Alert]] = {}
        self._pause_until: datetime | None = None
        scheduler.alert_due.connect(lambda _key: self.check())
        notifier.delivered.connect(self._on_delivered)
        notifier.failed.connect(self._on_failed)
        self.watcher.jumped.connect(self._on_jump)

    # -- lifecycle -----------------------------------------------------------------------------

    def start(self) -> None:
        """Plan, deliver what was missed while the app was closed, then keep watching."""
        self.replan(reload_ledger=True)
        self.check()
        self.watcher.start()
        QTimer.singleShot(0, self.scheduler.start)

    def stop(self) -> None:
        self.watcher.stop()
        self.scheduler.shutdown()
        self.notifier.stop()

    # -- planning ------------------------------------------------------------------------------

    def replan(self, *, reload: bool = True, reload_ledger: bool = False) -> None:
        """Recompute the alerts due up to the horizon and re-arm the scheduler.

        `reload` re-reads launches and settings from the store (after a change to them); the
        service's own replans (jumps, horizon, snooze) reuse what it read last. The ledger is
        kept in memory and re-read only with `reload_ledger` (start, another process wrote)."""
        now = self.clock()
        self._horizon_end = now + HORIZON
        if reload_ledger:
            self._delivered = set(self.store.delivered_keys())
        if reload or self._launches is None:
            self._launches = self.store.list_launches(include_inactive=False)
            self._prefs = self._global_prefs()
        self._pause_until = self._read_pause()
        launches, prefs = self._launches, self._prefs
        skip = self._delivered | {a.key for group in self._inflight.values() for a in group}
        alerts = [a for a in self._plan_all(launches, prefs, now) if a.key not in skip]
        alerts += [a for a in self._snoozed(launches, prefs, now) if a.key not in skip]
        self._pending = sorted(alerts, key=lambda a: a.due)
        self._arm(now)

    def upcoming(self) -> list[Alert]:
        """Undelivered alerts due before the planning horizon (36 h ahead), soonest first."""
        return list(self._pending)

    def _plan_all(
        self, launches: Sequence[Launch], prefs: AlertPrefs, now: datetime
    ) -> list[Alert]:
        """Alerts due up to the horizon; plans are cached per launch version (id, updated, ...)."""
        plans: dict[tuple[Any, ...], list[Alert]] = {}
        horizon = self._horizon_end or now
        due: list[Alert] = []
        last_day = horizon.date() + timedelta(days=2)  # slack for zones
        for launch in launches:
            if not _may_alert_by(launch, prefs, last_day):
                continue
            # The store stamps `updated` on every change, so the window need not be hashed.
            key = (launch.id, launch.updated, launch.status, launch.name, prefs)
            cached = self._plans.get(key)
            if cached is None:
                cached = self._plan(launch, now, prefs)
            plans[key] = cached
            for alert in cached:  # sorted by due
                if alert.due > horizon:
                    break
                due.append(alert)
        self._plans = plans
        return due

    def set_wording(self, wording: Wording) -> None:
        """Alerts from now on in this language (plans made in the old one are dropped)."""
        self.wording, self._plans = wording, {}

    def _plan(
        self, launch: Launch, now: datetime, prefs: AlertPrefs, since: datetime | None = None
    ) -> list[Alert]:
        return plan_alerts(
            launch, now=now, prefs=prefs, local_tz=self.local_tz, since=since, wording=self.wording
        )

    def _snoozed(self, launches: Sequence[Launch], prefs: AlertPrefs, now: datetime) -> list[Alert]:
        snoozes = self.store.snoozes()
        if not snoozes:
            return []
        by_id = {launch.id: launch for launch in launches}
        back: list[Alert] = []
        for key, until in snoozes.items():
            launch = by_id.get(_launch_id(key))
            if launch is None:
                continue
            every = self._plan(launch, now, prefs, since=EPOCH)
            for alert in every:
                if alert.key == key:
                    back.append(replace(alert, key=f"{key}@{until.isoformat()}", due=until))
        return back

    def _arm(self, now: datetime) -> None:
        """One scheduler job per moment a check is needed: each alert, the pause's end, and the
        horizon running out (check() then plans further)."""
        jobs = {a.key: a.due for a in self._pending if a.due > now}
        if self._pause_until and self._pause_until > now:
            jobs[PAUSE_JOB] = self._pause_until
        if self._horizon_end:
            jobs[HORIZON_JOB] = self._horizon_end - timedelta(hours=1)
        self.scheduler.set_jobs(jobs)

    # -- delivery ------------------------------------------------------------------------------

    def check(self) -> None:
        """Send every due, undelivered alert now, as one batch."""
        now = self.clock()
        if self._horizon_end and now >= self._horizon_end - timedelta(hours=1):
            self.replan(reload=False)
        if self._pause_until and now < self._pause_until:
            return
        due = [a for a in self._pending if a.due <= now]
        if not due:
            return
        self._pending = [a for a in self._pending if a.due > now]
        self._arm(now)  # the jobs of what goes out now are dropped (no second wake-up)
        batch = self._fold(due, now)
        self.notifier.notify(batch)

    def _fold(self, due: list[Alert], now: datetime) -> list[Alert]:
        """One alert per launch (its latest), flagged missed when late; remember what it covers."""
        latest: dict[int, Alert] = {}
        covers: dict[int, list[Alert]] = {}
        for alert in due:
            covers.setdefault(alert.launch_id, []).append(alert)
            latest[alert.launch_id] = alert
        batch = []
        for launch_id, alert in latest.items():
            shown = replace(alert, missed=now - alert.due > MISSED_AFTER)
            self._inflight[shown.key] = covers[launch_id]
            batch.append(shown)
        return batch

    def _on_delivered(self, batch: list[Alert], channel: str) -> None:
        at = self.clock()
        for shown in batch:
            for alert in self._inflight.pop(shown.key, [shown]):
                self.store.mark_delivered(alert.key, at=at, channel=channel)
                self._delivered.add(alert.key)
                if "@" in alert.key:
                    self.store.clear_snooze(alert.key.split("@", 1)[0])
        log.info("delivered %d alert(s) via %s", len(batch), channel)

    def _on_failed(self, batch: list[Alert]) -> None:
        back = [a for shown in batch for a in self._inflight.pop(shown.key, [shown])]
        self._pending = sorted([*back, *self._pending], key=lambda a: a.due)  # next tick retries

    # -- user actions (the popup's AlertActions; a notification's buttons reach them through it) ----------------------------------------------

    def snooze(self, key: str, until: datetime) -> None:
        self.store.set_snooze(key.split("@", 1)[0], until.astimezone(UTC))
        self.notifier.withdraw(lambda alert: alert.key == key)  # its buttons would act twice
        self.replan(reload=False)

    def mark_launched(self, launch_id: int) -> None:
        self.store.update(launch_id, status=Status.LAUNCHED)
        self.notifier.withdraw(lambda alert: alert.launch_id == launch_id)
        self.replan()

    # -- watching --------------------------------------------------------------------------------

    def _on_jump(self, seconds: float) -> None:
        """The machine slept or the clock was set: re-plan, re-time the scheduler (its timer
        counts monotonic time), deliver what came due meanwhile."""
        log.info("wall clock jumped by %+.0f s; replanning", seconds)
        self.replan(reload=False)
        self.scheduler.recompute()
        self.check()

    def _read_pause(self) -> datetime | None:
        return PAUSE_UNTIL.read(self.store)

    def _global_prefs(self) -> AlertPrefs:
        return ALERT_PREFS.read(self.store)


def _may_alert_by(launch: Launch, prefs: AlertPrefs, day: date) -> bool:
    """False when the launch's earliest alert (its longest lead before the window) is after `day`.

    Most launches are months away: skipping them keeps a replan of 10,000 launches cheap."""
    lead = max((*prefs.lead_days, *(launch.prefs.lead_days if launch.prefs else ()), 0))
    return launch.window.first_day() - timedelta(days=lead) <= day


def _launch_id(key: str) -> int | None:
    head = key.split(":", 1)[0]
    return int(head) if head.isdigit() else None


def desktop_alerts(
    store: LaunchStore, clock: Clock, tray: TrayLike | None, *, icon: str, parent: QObject,
    wording: Wording = ENGLISH,
) -> AlertService:  # fmt: skip
    """The app's alert service: desktop notifications (the tray's balloon as fallback),
    APScheduler for time, and a clock watcher for jumps only (suspend, the time set): a timerfd
    on Linux, elsewhere a 30 s poll."""
    from countdown.integrations.system_clock import local_zone
    from countdown.services.wallclock_linux import clock_change_alarm

    notifier = Notifier.for_desktop(tray, icon=icon)
    notifier.setParent(parent)
    watcher = ClockWatcher(clock, alarm=clock_change_alarm(clock, parent), parent=parent)
    scheduler = AlertScheduler(parent)
    return AlertService(
        store,
        notifier,
        scheduler,
        clock=clock,
        local_tz=local_zone(),
        watcher=watcher,
        wording=wording,
        parent=parent,
    )
