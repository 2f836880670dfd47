"""Smoke test of the e2e desktop harness itself: tray host, notification server, monitor."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
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


# A test process that starts a desktop and is then killed (CI timeout) must not leave it behind.
KILLED_TEST = """
import sys, time
from tests.e2e.desktop import DesktopSession
desk = DesktopSession(tray=False, notifier=False).start()
print(desk._procs["xvfb"].pid, desk._procs["dbus"].pid, flush=True)
time.sleep(60)
"""


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in {"Z", "X"}  # a zombie nobody reaped yet is dead too


def test_a_killed_test_process_takes_its_desktop_with_it() -> None:
    root = Path(__file__).resolve().parents[2]
    test = subprocess.Popen(
        [sys.executable, "-c", KILLED_TEST], cwd=root, stdout=subprocess.PIPE, text=True
    )
    assert test.stdout is not None
    pids = [int(pid) for pid in test.stdout.readline().split()]
    assert len(pids) == 2 and not any(_gone(pid) for pid in pids)
    test.send_signal(signal.SIGKILL)
    test.wait(timeout=10)
    deadline = time.monotonic() + 10
    while not all(_gone(pid) for pid in pids) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert all(_gone(pid) for pid in pids), "Xvfb or the bus outlived the killed test"
