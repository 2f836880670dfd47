"""End to end: a notification's buttons act like the popup's, through the same ledger.

The real app runs in a real headless desktop whose dunst advertises `actions`; the test presses
a button as a user would (dunst's context menu, driven by `dunstctl context`) and reads the
result where the user would notice it: the store, the popup window, the notification gone.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from countdown.core.model import Grain, Launch, Status, Window
from countdown.core.store import Store
from countdown.ui.tray_icon import IconState
from tests.e2e.app_process import ROOT, AppProcess
from tests.e2e.desktop import DesktopSession
from tests.e2e.test_alerts_e2e import (
    NOW_TITLE,
    add_launch,
    delivered,
    local_in,
    start_app,
    wait_until,
)
from tests.e2e.test_tray_app import badge_pixels, wait_for_badge

pytestmark = pytest.mark.e2e
POPUP_TITLE = "Launch Countdown alert"


def status_of(home: Path, name: str) -> Status:
    with Store.open(home, clock=lambda: datetime.now(UTC)) as store:
        (launch,) = [x for x in store.list_launches(include_inactive=True) if x.name == name]
        return launch.status


def popup_viewable(desk: DesktopSession) -> bool:
    result = desk.run("xwininfo", "-name", POPUP_TITLE)
    return result.returncode == 0 and "IsViewable" in result.stdout


def midday_zone() -> str:
    """A fixed-offset zone where it is about noon now, so "today" lasts the whole test."""
    offset_h = 12 - datetime.now(UTC).hour
    return f"Etc/GMT{'-' if offset_h > 0 else '+'}{abs(offset_h)}"  # POSIX sign: inverted


def add_instant(home: Path, name: str, zone: str, in_s: float) -> None:
    local = (datetime.now(ZoneInfo(zone)) + timedelta(seconds=in_s)).replace(microsecond=0)
    at = local.replace(tzinfo=None)
    with Store.open(home, clock=lambda: datetime.now(UTC)) as store:
        window = Window(at, at, Grain.MINUTE, f"{at:%b %d %H:%M:%S}")
        store.add(Launch(name, window.label, at, window, Status.CONFIRMED))


def test_mark_launched_from_the_notification(
    qapp: object, desktop: DesktopSession, tmp_path: Path, apps: list[AppProcess]
) -> None:
    """Launching in an hour (the "in 1 hour" alert comes in 6 s, the tray shows "today"):
    "Mark launched" pressed in the notification marks it in the store, closes the popup and
    the notification, and the tray stops showing it; a restart repeats nothing."""
    home, zone = tmp_path / "home", midday_zone()
    add_instant(home, "Rocket", zone, 3600 + 6)
    env = desktop.child_env(COUNTDOWN_HOME=str(home), TZ=zone, PYTHONPATH=str(ROOT))
    with desktop.monitor_notifications() as monitor:
        apps.append(AppProcess(env))
        note = monitor.wait_for("Rocket in 1 hour", timeout_s=25)
        wait_until(lambda: bool(note.reply_id), 5, lambda: "dunst did not accept it")
        wait_until(lambda: popup_viewable(desktop), 10, lambda: "no popup")
        assert wait_for_badge(desktop, tmp_path, IconState.TODAY) >= 100  # the tray: today
        menu = desktop.invoke_action("Mark launched")
        labels = {line.split(" (")[0].lstrip("#") for line in menu.splitlines()}
        assert {"Open", "Snooze 1 hour", "Mark launched"} <= labels, menu
        wait_until(lambda: status_of(home, "Rocket") == Status.LAUNCHED, 10, lambda: "not marked")
        wait_until(lambda: not popup_viewable(desktop), 10, lambda: "the popup stayed")
        wait_until(lambda: desktop.notifications_displayed() == 0, 10, lambda: "still shown")
        wait_until(
            lambda: badge_pixels(desktop, tmp_path / "after.png", IconState.TODAY) == 0,
            10,
            lambda: "the tray still shows the launch as today's",
        )
        assert len(delivered(home)) == 1
        apps[0].stop()
        again = AppProcess(env | {"COUNTDOWN_TRACE_STARTUP": "1"})
        apps.append(again)
        again.wait_for("tray-shown")
        time.sleep(3)  # a repeat would arrive now
        assert [n.summary for n in monitor.snapshot()] == ["Rocket in 1 hour"]


def test_snooze_from_the_popup_closes_the_notification(
    desktop: DesktopSession, tmp_path: Path, apps: list[AppProcess]
) -> None:
    """Acted on in one place, gone from the other: the popup's Snooze closes the notification
    (its buttons would snooze twice); the snooze is in the store."""
    home = tmp_path / "home"
    add_launch(home, "Glasses", local_in(6))
    with desktop.monitor_notifications() as monitor:
        app = start_app(desktop, home)
        apps.append(app)
        monitor.wait_for(NOW_TITLE, timeout_s=25)
        wait_until(lambda: desktop.notifications_displayed() == 1, 10, lambda: "not shown")
        desktop.invoke_action("Snooze 1 hour")
        wait_until(lambda: bool(snoozes(home)), 10, app.lines.__str__)
        wait_until(lambda: desktop.notifications_displayed() == 0, 10, lambda: "still shown")
        wait_until(lambda: not popup_viewable(desktop), 10, lambda: "the popup stayed")
    assert status_of(home, "Glasses") == Status.CONFIRMED


def snoozes(home: Path) -> dict[str, datetime]:
    with Store.open(home, clock=lambda: datetime.now(UTC)) as store:
        return dict(store.snoozes())
