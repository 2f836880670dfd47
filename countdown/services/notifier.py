"""Showing due alerts to the user: a desktop notification, else a tray balloon; the popup always.

`Notifier.notify(alerts)` emits `popup_requested(alerts)` (the in-app popup, always) and tries
the notification channels in order until one reports success, then emits
`delivered(alerts, channel_name)`; only then may the caller mark them delivered. When every
channel fails, the popup counts as the channel if something is connected to it ("popup"),
otherwise `failed(alerts)` is emitted and the caller retries later.

Channels are chosen once, by `Notifier.for_desktop()`, and logged:

1. **plyer** — on Windows/macOS plyer's own backend. On Linux plyer would use dbus-python when
   importable, else notify-send, and the Flatpak portal whenever a `/app` directory exists
   (common in containers, and its gdbus call breaks on quotes). So on Linux we pick the backend
   ourselves: plyer's `NotifyDbus` when dbus-python is importable, otherwise `notify-send` run
   through QProcess — plyer's notify-send route uses `subprocess.call` and ignores the exit
   status (plyer/platforms/linux/notification.py), so a missing notification server would look
   like success; QProcess also keeps the GUI thread free (measured: notify-send 6 ms, plyer's
   route 26 ms blocking). Used only when `org.freedesktop.Notifications` is on the session bus.
   dbus-python is not a dependency: it needs a C toolchain and dev headers to build.
2. **balloon** — `QSystemTrayIcon.showMessage` on the tray icon the app passes in (may be None).

Where the server advertises `actions`, the Linux channel is notify_actions' `ActionNotifyChannel`
instead: each alert notification carries Open / Snooze / Mark launched; a click is re-emitted as
`action_requested(alerts, key)` (the app hands it to the popup, which acts through the alert
service like its own buttons), and `withdraw()` closes a notification acted on in the popup.

Title/summary is plain text; the body is HTML-escaped when the server renders markup.
Services use no widgets: the tray icon is only called through the `TrayLike` protocol.
"""

from __future__ import annotations

import html
import logging
import shutil
import sys
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QMetaMethod, QObject, QProcess, QTimer, Signal

from countdown import APP_NAME
from countdown.core.plan import Alert
from countdown.services.notify_actions import (
    ActionNotifyChannel,
    first_call_only,
    notification_server_capabilities,
    session_bus_address,
)

__all__ = ["notification_server_capabilities", "session_bus_address"]

log = logging.getLogger(__name__)

NOTIFY_TIMEOUT_MS = 10_000
PROCESS_TIMEOUT_MS = 5_000
DIGEST_LINES = 5
Done = Callable[[bool], None]


class Channel(Protocol):
    name: str

    def send(self, title: str, body: str, done: Done) -> None:
        """Show it; call `done(True)` once the system accepted it, `done(False)` if not."""


class TrayLike(Protocol):
    def showMessage(self, title: str, msg: str) -> None: ...
    def supportsMessages(self) -> bool: ...
    def isSystemTrayAvailable(self) -> bool: ...


class NotifySendChannel:
    """`notify-send` in a QProcess: asynchronous, and its exit status is the verdict."""

    name = "notify-send"

    def __init__(self, *, markup: bool, icon: str = "", program: str = "notify-send") -> None:
        self.markup, self.icon, self.program = markup, icon, program
        self._running: set[QProcess] = set()

    def send(self, title: str, body: str, done: Done) -> None:
        text = html.escape(body, quote=False) if self.markup else body
        args = ["--app-name", APP_NAME, "--expire-time", str(NOTIFY_TIMEOUT_MS)]
        args += ["--icon", self.icon] if self.icon else []
        process = QProcess()
        self._running.add(process)

        def report(ok: bool) -> None:
            self._running.discard(process)
            process.deleteLater()
            done(ok)

        finished = first_call_only(report)
        normal = QProcess.ExitStatus.NormalExit
        process.finished.connect(lambda code, status: finished(code == 0 and status == normal))
        process.errorOccurred.connect(lambda _error: finished(False))
        QTimer.singleShot(PROCESS_TIMEOUT_MS, process, process.kill)  # dies with the process
        process.start(self.program, [*args, "--", title, text])


class PlyerChannel:
    """A plyer notification backend; success means it did not raise."""

    name = "plyer"

    def __init__(self, backend: Any, *, markup: bool, icon: str = "") -> None:
        self.backend, self.markup, self.icon = backend, markup, icon

    def send(self, title: str, body: str, done: Done) -> None:
        text = html.escape(body, quote=False) if self.markup else body
        try:
            self.backend.notify(
                title=title,
                message=text,
                app_name=APP_NAME,
                app_icon=self.icon,
                timeout=NOTIFY_TIMEOUT_MS // 1000,
            )
        except (
            Exception
        ) as error:  # plyer raises anything from NotImplementedError to DBusException
            log.warning("plyer notification failed: %s", error)
            done(False)
            return
        done(True)


class BalloonChannel:
    """The tray icon's own balloon (drawn by Qt on XEmbed trays, no D-Bus involved)."""

    name = "balloon"

    def __init__(self, tray: TrayLike) -> None:
        self.tray = tray

    def send(self, title: str, body: str, done: Done) -> None:
        if not (self.tray.isSystemTrayAvailable() and self.tray.supportsMessages()):
            done(False)
            return
        self.tray.showMessage(title, body)
        done(True)


def compose(alerts: Sequence[Alert]) -> tuple[str, str]:
    """Summary and body of one notification for these alerts (a digest when several)."""
    away = " (while you were away)"
    if len(alerts) == 1:
        alert = alerts[0]
        return alert.title, alert.body + (away if alert.missed else "")
    title = f"{len(alerts)} launch alerts" + (
        " while you were away" if any(a.missed for a in alerts) else ""
    )
    lines = [a.title for a in alerts[:DIGEST_LINES]]
    if len(alerts) > DIGEST_LINES:
        lines.append(f"… and {len(alerts) - DIGEST_LINES} more")
    return title, "\n".join(lines)


class Notifier(QObject):
    """Delivers alerts through the first channel that works; the popup always sees them."""

    popup_requested = Signal(object)  # list[Alert]
    delivered = Signal(object, str)  # (list[Alert], channel name)
    failed = Signal(object)  # list[Alert]: nothing showed them
    action_requested = Signal(object, str)  # (list[Alert], "open" | "snooze" | "launched")

    def __init__(self, channels: Sequence[Channel], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.channels = list(channels)
        for channel in self._actionable():
            channel.setParent(self)
            channel.action_invoked.connect(self.action_requested)

    def _actionable(self) -> list[ActionNotifyChannel]:
        return [c for c in self.channels if isinstance(c, ActionNotifyChannel)]

    def withdraw(self, test: Callable[[Alert], bool]) -> None:
        """Close shown notifications holding an alert that passes `test` (acted on elsewhere)."""

        def holds(tag: object) -> bool:  # the tag is the batch the notification shows
            return isinstance(tag, list) and any(test(alert) for alert in tag)

        for channel in self._actionable():
            channel.withdraw(holds)

    def stop(self) -> None:
        for channel in self._actionable():
            channel.stop()

    @classmethod
    def for_desktop(cls, tray: TrayLike | None = None, *, icon: str = "") -> Notifier:
        """Probe this desktop once and log the channels chosen."""
        channels = desktop_channels(tray, icon=icon)
        names = [c.name for c in channels] + ["popup"]
        log.info("alerts go to: %s", " → ".join(names))
        return cls(channels)

    def notify(self, alerts: Sequence[Alert]) -> None:
        batch = list(alerts)
        if not batch:
            return
        self.popup_requested.emit(batch)
        title, body = compose(batch)
        self._try(0, batch, title, body)

    def _try(self, index: int, batch: list[Alert], title: str, body: str) -> None:
        if index >= len(self.channels):
            self._fallback(batch)
            return
        channel = self.channels[index]

        def done(ok: bool) -> None:
            if ok:
                self.delivered.emit(batch, channel.name)
            else:
                log.warning("%s could not show %r; trying the next channel", channel.name, title)
                self._try(index + 1, batch, title, body)

        if isinstance(channel, ActionNotifyChannel):
            channel.send(
                title, body, first_call_only(done), actions=alert_actions(batch), tag=batch
            )
        else:
            channel.send(title, body, first_call_only(done))

    def _fallback(self, batch: list[Alert]) -> None:
        if self.isSignalConnected(QMetaMethod.fromSignal(self.popup_requested)):
            self.delivered.emit(batch, "popup")
        else:
            log.warning("no channel could show %d alert(s)", len(batch))
            self.failed.emit(batch)


def alert_actions(batch: Sequence[Alert]) -> dict[str, str]:
    """The buttons of a notification: a digest has no "Mark launched" (which launch?)."""
    opening = QCoreApplication.translate("Notifications", "Open")
    if len(batch) == 1:
        return {
            "open": opening,
            "snooze": QCoreApplication.translate("Notifications", "Snooze 1 hour"),
            "launched": QCoreApplication.translate("Notifications", "Mark launched"),
        }
    return {
        "open": opening,
        "snooze": QCoreApplication.translate("Notifications", "Snooze all 1 hour"),
    }


def desktop_channels(tray: TrayLike | None, *, icon: str = "") -> list[Channel]:
    channels: list[Channel] = []
    primary = _linux_channel(icon) if sys.platform.startswith("linux") else _plyer_channel(icon)
    if primary is not None:
        channels.append(primary)
    if tray is not None:
        channels.append(BalloonChannel(tray))
    return channels


def _plyer_channel(icon: str) -> Channel | None:
    try:
        from plyer import notification
    except ImportError:
        return None
    return PlyerChannel(notification, markup=False, icon=icon)


def _linux_channel(icon: str) -> Channel | None:
    capabilities = notification_server_capabilities()
    if capabilities is None:
        log.warning("no notification server on the session bus; alerts fall back to the tray")
        return None
    markup = "body-markup" in capabilities
    if "actions" in capabilities and shutil.which("notify-send") and shutil.which("stdbuf"):
        return ActionNotifyChannel(markup=markup, icon=icon)
    try:
        import dbus  # type: ignore[import-not-found]  # noqa: F401  (plyer's fast path)
        from plyer.platforms.linux.notification import NotifyDbus
    except ImportError:
        if shutil.which("notify-send") is None:
            log.warning("neither dbus-python nor notify-send is installed; alerts use the tray")
            return None
        return NotifySendChannel(markup=markup, icon=icon)
    return PlyerChannel(NotifyDbus(), markup=markup, icon=icon)
