"""Fixtures for end-to-end tests: a real headless desktop per test (see desktop.py).

`desktop` has a tray host (trayer) and a notification server (dunst) on a private D-Bus;
`desktop_no_notifier` has the tray but nothing owns org.freedesktop.Notifications.
Both skip with the missing program named when the desktop tools are not installed
(CI installs them through packaging/bootstrap.sh).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.e2e.app_process import AppProcess
from tests.e2e.desktop import DesktopSession, missing_binaries

ROOT = Path(__file__).resolve().parents[2]


def _session(*, notifier: bool) -> Iterator[DesktopSession]:
    missing = missing_binaries(tray=True, notifier=notifier)
    if missing:
        pytest.skip(f"desktop e2e needs {', '.join(missing)} (apt, see packaging/bootstrap.sh)")
    with DesktopSession(notifier=notifier) as session:
        yield session


@pytest.fixture
def desktop() -> Iterator[DesktopSession]:
    """Xvfb + private D-Bus + trayer + dunst, stopped after the test."""
    yield from _session(notifier=True)


@pytest.fixture
def desktop_no_notifier() -> Iterator[DesktopSession]:
    """Xvfb + private D-Bus + trayer, with no notification server on the bus."""
    yield from _session(notifier=False)


@pytest.fixture
def app_env(desktop: DesktopSession, tmp_path: Path) -> dict[str, str]:
    """The environment of an app started on the test desktop, with its own COUNTDOWN_HOME."""
    return desktop.child_env(
        COUNTDOWN_HOME=str(tmp_path / "home"), COUNTDOWN_TRACE_STARTUP="1", PYTHONPATH=str(ROOT)
    )


@pytest.fixture
def apps() -> Iterator[list[AppProcess]]:
    """App processes a test starts (append them); each is stopped after the test."""
    started: list[AppProcess] = []
    yield started
    for app in started:
        app.stop()
