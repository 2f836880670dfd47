"""Fixtures for service tests: a private D-Bus session with (or without) a notification server.

The services run in this process (Qt offscreen); only the desktop's bus is real, so
DBUS_SESSION_BUS_ADDRESS is pointed at it for the test.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.e2e.desktop import DesktopSession, missing_binaries


def _bus(monkeypatch: pytest.MonkeyPatch, *, notifier: bool) -> Iterator[DesktopSession]:
    missing = missing_binaries(tray=False, notifier=notifier)
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (apt, see packaging/bootstrap.sh)")
    with DesktopSession(tray=False, notifier=notifier) as session:
        monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", session.bus_address)
        yield session


@pytest.fixture
def notification_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[DesktopSession]:
    """A private session bus where dunst owns org.freedesktop.Notifications."""
    yield from _bus(monkeypatch, notifier=True)


@pytest.fixture
def silent_bus(monkeypatch: pytest.MonkeyPatch) -> Iterator[DesktopSession]:
    """A private session bus with no notification server."""
    yield from _bus(monkeypatch, notifier=False)
