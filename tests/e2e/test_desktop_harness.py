"""Smoke test of the e2e desktop harness itself: tray host, notification server, monitor."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from tests.e2e.desktop import DesktopSession

pytestmark = pytest.mark.e2e


def test_desktop_has_tray_and_notification_server(desktop: DesktopSession, tmp_path: Path) -> None:
    x, y, width, height = desktop.tray_geometry() or (0, 0, 0, 0)
    assert (width, height) == (200, 32) and y == 0 and x + width == 1024
    assert desktop.bus_name_owner("org.freedesktop.Notifications")

    with desktop.monitor_notifications() as monitor:
        desktop.run("notify-send", "Harness <check> & co", 'a "quoted"\nbody')
        note = monitor.wait_for("Harness")
    assert note.summary == "Harness <check> & co"
    assert note.body == 'a "quoted"\nbody'
    assert desktop.notifications_displayed() == 1
    assert desktop.screenshot(tmp_path / "screen.png").stat().st_size > 0


def test_desktop_without_notifier_has_nobody_to_notify(desktop_no_notifier: DesktopSession) -> None:
    assert desktop_no_notifier.bus_name_owner("org.freedesktop.Notifications") is None
    result = desktop_no_notifier.run("notify-send", "nobody listens")
    assert result.returncode != 0


def test_two_desktops_run_side_by_side() -> None:
    with DesktopSession(notifier=False) as one, DesktopSession(notifier=False) as two:
        assert one.display != two.display
        assert one.bus_address != two.bus_address
        assert one.tray_geometry() and two.tray_geometry()


def test_stop_kills_everything_it_started() -> None:
    session = DesktopSession().start()
    display = session.display
    session.stop()
    probe = subprocess.run(["xwininfo", "-root", "-display", display], capture_output=True)
    assert probe.returncode != 0
