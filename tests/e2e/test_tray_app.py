"""End to end: the real app in a real (headless) desktop draws its countdown into the tray.

The app runs as `python -m countdown gui` with a private COUNTDOWN_HOME; launches are added with
the real CLI. We find trayer's window, grab the screen and look for the icon's badge inside it,
then add a launch for today from the CLI and watch the icon change to the launch-day state.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage

from countdown.ui.tray_icon import BADGE_COLOURS, IconState
from tests.e2e.app_process import ROOT, AppProcess
from tests.e2e.desktop import DesktopSession

pytestmark = pytest.mark.e2e


def cli(env: dict[str, str], *args: str) -> None:
    subprocess.run(
        [sys.executable, "-m", "countdown", *args],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=60,
    )


@pytest.fixture
def running(app_env: dict[str, str]) -> Iterator[AppProcess]:
    app = AppProcess(app_env)
    yield app
    if app.proc.poll() is None:
        app.stop()


def digit_pixels(desktop: DesktopSession, path: Path, state: IconState) -> int:
    """White (digit) pixels inside the bounding box of the badge drawn in trayer's window."""
    geometry = desktop.tray_geometry()
    assert geometry is not None
    x0, y0, w, h = geometry
    image = QImage(str(desktop.screenshot(path)))
    want = BADGE_COLOURS[state]
    badge = [
        (x, y)
        for y in range(y0, y0 + h)
        for x in range(x0, x0 + w)
        if _close(QColor(image.pixel(x, y)), want)
    ]
    xs, ys = [x for x, _ in badge], [y for _, y in badge]
    box = [(x, y) for y in range(min(ys), max(ys) + 1) for x in range(min(xs), max(xs) + 1)]
    return sum(1 for x, y in box if QColor(image.pixel(x, y)).lightness() > 230)


def _close(colour: QColor, want: QColor) -> bool:
    return (
        max(
            abs(colour.red() - want.red()),
            abs(colour.green() - want.green()),
            abs(colour.blue() - want.blue()),
        )
        <= 16
    )


def badge_pixels(desktop: DesktopSession, path: Path, state: IconState) -> int:
    """How many pixels of the state's badge colour lie inside trayer's window."""
    geometry = desktop.tray_geometry()
    assert geometry is not None
    x0, y0, w, h = geometry
    image = QImage(str(desktop.screenshot(path)))
    want = BADGE_COLOURS[state]
    count = 0
    for y in range(y0, y0 + h):
        for x in range(x0, x0 + w):
            c = QColor(image.pixel(x, y))
            if (
                max(
                    abs(c.red() - want.red()),
                    abs(c.green() - want.green()),
                    abs(c.blue() - want.blue()),
                )
                <= 16
            ):
                count += 1
    return count


def wait_for_badge(
    desktop: DesktopSession, tmp_path: Path, state: IconState, timeout_s: float = 15.0
) -> int:
    deadline = time.monotonic() + timeout_s
    found = 0
    while time.monotonic() < deadline:
        found = badge_pixels(desktop, tmp_path / f"screen-{state.value}.png", state)
        if found >= 100:  # most of a 22-24 px badge (the digits are white)
            return found
        time.sleep(0.3)
    return found


def test_tray_icon_is_drawn_and_follows_cli_changes(
    qapp: object, desktop: DesktopSession, app_env: dict[str, str], tmp_path: Path
) -> None:
    cli(app_env, "add", "Switch 3", "in 5 days")
    cli(app_env, "add", "Pixel 11", "Q3 2027")
    app = AppProcess(app_env)
    try:
        app.wait_for("tray-shown")
        assert wait_for_badge(desktop, tmp_path, IconState.COUNTING) >= 100
        # The white "5" (~100 px measured at trayer's 22 px); the badge's rounded corners add
        # at most a couple of dozen light pixels, so this needs the digit to be there.
        assert digit_pixels(desktop, tmp_path / "digits.png", IconState.COUNTING) >= 50
        assert badge_pixels(desktop, tmp_path / "check.png", IconState.TODAY) == 0
        cli(app_env, "add", "Rocket", "today")  # another process writes the database
        assert wait_for_badge(desktop, tmp_path, IconState.TODAY) >= 100
    finally:
        assert app.stop() == 0  # SIGTERM quits cleanly


def test_second_start_leaves_the_running_app_alone(
    desktop: DesktopSession, running: AppProcess, app_env: dict[str, str]
) -> None:
    running.wait_for("tray-shown")
    second = subprocess.run(
        [sys.executable, "-m", "countdown", "gui"],
        env=app_env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert second.returncode == 0 and "already running" in second.stderr
    assert running.proc.poll() is None
