"""End to end: with no system tray the app shows its main window instead (and quits with it)."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.app_process import ROOT, AppProcess
from tests.e2e.desktop import DesktopSession, missing_binaries

pytestmark = pytest.mark.e2e


@pytest.fixture
def bare_desktop() -> Iterator[DesktopSession]:
    """Xvfb and a session bus, but no tray host and no notification server."""
    missing = missing_binaries(tray=False, notifier=False)
    if missing:
        pytest.skip(f"desktop e2e needs {', '.join(missing)}")
    with DesktopSession(tray=False, notifier=False) as session:
        yield session


def test_without_a_tray_the_main_window_is_shown(
    bare_desktop: DesktopSession, tmp_path: Path
) -> None:
    env = bare_desktop.child_env(
        COUNTDOWN_HOME=str(tmp_path / "home"), PYTHONPATH=str(ROOT), COUNTDOWN_TRACE_STARTUP="1"
    )
    app = AppProcess(env)
    try:
        app.wait_for("-shown")  # "window-shown", or "tray-shown" if a tray turned up after all
        assert any(line.startswith("window-shown") for line in app.lines), app.lines
        deadline = time.monotonic() + 10
        found = False
        while time.monotonic() < deadline and not found:
            tree = bare_desktop.window_tree()
            found = re.search(r'"Launch Countdown"', tree) is not None
            time.sleep(0.1)
        assert found, "no top-level window titled Launch Countdown"
    finally:
        app.stop()
