"""Notifier: real notify-send against a real dunst; fall-through; escaping; digests."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from countdown.core.plan import Alert, AlertKind
from countdown.services.notifier import (
    BalloonChannel,
    Notifier,
    NotifySendChannel,
    alert_actions,
    compose,
    desktop_channels,
    notification_server_capabilities,
)
from tests.e2e.desktop import DesktopSession

DUE = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


def alert(
    n: int = 1,
    *,
    title: str = 'Rocket <X> & "Y" launches today',
    missed: bool = False,
    body: str = "Launches today at <10:00> & later.",
) -> Alert:
    return Alert(f"{n}:launch-day:abc", n, AlertKind.LAUNCH_DAY, DUE, title, body, missed)


class FakeTray:
    """Stands in for QSystemTrayIcon (the offscreen platform has no tray): records balloons."""

    def __init__(self, *, available: bool = True) -> None:
        self.available = available
        self.shown: list[tuple[str, str]] = []

    def showMessage(self, title: str, msg: str) -> None:
        self.shown.append((title, msg))

    def supportsMessages(self) -> bool:
        return self.available

    def isSystemTrayAvailable(self) -> bool:
        return self.available


def test_compose_single_missed_and_digest() -> None:
    assert compose([alert()]) == (alert().title, alert().body)
    assert compose([alert(missed=True)])[1].endswith("(while you were away)")
    many = [alert(n, title=f"Launch {n} launches today", missed=True) for n in range(1, 8)]
    title, body = compose(many)
    assert title == "7 launch alerts while you were away"
    assert body.splitlines() == [f"Launch {n} launches today" for n in range(1, 6)] + [
        "… and 2 more"
    ]


def test_notify_send_reaches_dunst_with_summary_literal_and_body_escaped(
    qtbot: QtBot, notification_bus: DesktopSession
) -> None:
    capabilities = notification_server_capabilities()
    assert capabilities is not None and "body-markup" in capabilities
    notifier = Notifier(desktop_channels(None))
    assert [c.name for c in notifier.channels] == ["notify-send"]
    popups: list[list[Alert]] = []
    notifier.popup_requested.connect(popups.append)
    with notification_bus.monitor_notifications() as monitor:
        with qtbot.waitSignal(notifier.delivered, timeout=5000) as delivered:
            notifier.notify([alert()])
        note = monitor.wait_for("Rocket")
    assert delivered.args[1] == "notify-send"
    assert popups == [[alert()]]
    assert note.summary == 'Rocket <X> & "Y" launches today'
    assert note.body == "Launches today at &lt;10:00&gt; &amp; later."
    assert note.app_name == "Launch Countdown"
    notifier.stop()  # dunst has `actions`: notify-send waits for a click until stopped


def test_without_a_server_notify_send_fails_and_the_balloon_takes_over(
    qtbot: QtBot, silent_bus: DesktopSession
) -> None:
    assert notification_server_capabilities() is None
    tray = FakeTray()
    notifier = Notifier([NotifySendChannel(markup=False), BalloonChannel(tray)])
    with qtbot.waitSignal(notifier.delivered, timeout=5000) as delivered:
        notifier.notify([alert()])
    assert delivered.args[1] == "balloon"
    assert tray.shown == [(alert().title, alert().body)]


def test_desktop_channels_skip_a_missing_server(silent_bus: DesktopSession) -> None:
    assert [c.name for c in desktop_channels(FakeTray())] == ["balloon"]
    assert desktop_channels(None) == []


def test_popup_is_the_last_resort_and_failure_is_reported(qtbot: QtBot) -> None:
    notifier = Notifier([BalloonChannel(FakeTray(available=False))])
    with qtbot.waitSignal(notifier.failed, timeout=1000):
        notifier.notify([alert()])
    shown: list[list[Alert]] = []
    notifier.popup_requested.connect(shown.append)
    with qtbot.waitSignal(notifier.delivered, timeout=1000) as delivered:
        notifier.notify([alert(2)])
    assert delivered.args == [[alert(2)], "popup"]
    assert shown == [[alert(2)]]


def test_the_per_user_bus_socket_is_found_without_the_variable(
    notification_bus: DesktopSession, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    socket = notification_bus.bus_address.split("unix:path=", 1)[1].split(",", 1)[0]
    (tmp_path / "bus").symlink_to(socket)
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    capabilities = notification_server_capabilities()
    assert capabilities is not None and "body" in capabilities


def test_a_digest_offers_no_mark_launched() -> None:
    """Which launch would a digest's "Mark launched" mark? It offers Open and Snooze all."""
    assert list(alert_actions([alert()]).values()) == ["Open", "Snooze 1 hour", "Mark launched"]
    assert list(alert_actions([alert(1), alert(2)]).values()) == ["Open", "Snooze all 1 hour"]
