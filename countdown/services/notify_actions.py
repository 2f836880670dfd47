"""Notifications with buttons (Open / Snooze / Mark launched) where the server has `actions`.

Chosen on Linux when the notification server lists `actions` in GetCapabilities. The server
reports a click with the `ActionInvoked` signal, addressed to the D-Bus connection that sent the
notification (dunst sends it to that sender only), so that connection must stay open until the
user acts. We let `notify-send --action=KEY=Label --print-id` (libnotify ≥ 0.8) hold it: it
prints the notification id as soon as the server accepted it (that is `done(True)`; run under
`stdbuf -oL`, as its stdout to a pipe is otherwise flushed only at exit), then waits and prints
the key of the action invoked, or exits when the notification is closed
(`NotificationClosed`: expired, dismissed, or closed by us).

Why not QtDBus itself: PySide6 turns every Python int into a D-Bus int32, and Notify's
`replaces_id` is a uint32, so GDBus-based servers (dunst, GNOME Shell) refuse the call
("Type of message (sisssasa{sv}i) does not match expected type (susssasa{sv}i)"). QtDBus is
used for CloseNotification, whose uint32 argument Qt's own meta-call marshals correctly.

`send(title, body, done, actions=..., tag=...)`; a click emits `action_invoked(tag, key)`;
`withdraw(test)` closes the notifications whose tag passes `test` (acted on in the popup, so
their buttons would only act twice); `stop()` ends the waiting processes at quit.
"""

from __future__ import annotations

import html
import logging
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Q_ARG, QMetaObject, QObject, QProcess, Qt, QTimer, Signal

from countdown import APP_NAME

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
ACCEPT_TIMEOUT_MS = 5_000  # no id by then: the server is not answering
STOP_WAIT_MS = 1_000
Done = Callable[[bool], None]


@dataclass
class Shown:
    """One notification on screen, with its notify-send process waiting for the click."""

    process: QProcess
    tag: object
    notification_id: int = 0


class ActionNotifyChannel(QObject):
    """notify-send with action buttons; clicks come back as `action_invoked(tag, key)`."""

    name = "notify-send"
    action_invoked = Signal(object, str)  # (tag given to send, action key)

    def __init__(
        self,
        *,
        markup: bool,
        icon: str = "",
        expire_ms: int = 10_000,
        program: Sequence[str] = ("stdbuf", "-oL", "notify-send"),
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.markup, self.icon, self.expire_ms, self.program = markup, icon, expire_ms, program
        self._shown: list[Shown] = []

    def send(
        self,
        title: str,
        body: str,
        done: Done,
        *,
        actions: Mapping[str, str] | None = None,
        tag: object = None,
    ) -> None:
        """Show it; `actions` (key -> label) become buttons and keep it until the user acts."""
        text = html.escape(body, quote=False) if self.markup else body
        buttons = [f"--action={key}={label}" for key, label in (actions or {}).items()]
        expire_ms = 0 if buttons else self.expire_ms  # with buttons it stays, like the popup
        args = ["--app-name", APP_NAME, "--expire-time", str(expire_ms), "--print-id", *buttons]
        args += ["--icon", self.icon] if self.icon else []
        process = QProcess(self)
        shown = Shown(process, tag)
        self._shown.append(shown)
        accepted = first_call_only(done)
        process.readyReadStandardOutput.connect(lambda: self._read(shown, accepted))
        process.finished.connect(lambda code, status: self._finished(shown, accepted, code))
        process.errorOccurred.connect(lambda _error: accepted(False))
        QTimer.singleShot(ACCEPT_TIMEOUT_MS, process, lambda: self._give_up(shown))
        process.start(self.program[0], [*self.program[1:], *args, "--", title, text])

    def _read(self, shown: Shown, accepted: Done) -> None:
        while shown.process.canReadLine():
            line = bytes(shown.process.readLine().data()).decode(errors="replace").strip()
            if not shown.notification_id and line.isdigit():
                shown.notification_id = int(line)
                accepted(True)
            elif line and shown.tag is not None:
                log.info("notification action %r", line)
                self._forget(shown)
                self.action_invoked.emit(shown.tag, line)

    def _finished(self, shown: Shown, accepted: Done, code: int) -> None:
        self._read(shown, accepted)
        accepted(code == 0 and shown.notification_id > 0)
        self._forget(shown)
        shown.process.deleteLater()

    def _give_up(self, shown: Shown) -> None:
        if not shown.notification_id:  # never accepted; a waiting one may wait for days
            shown.process.kill()

    def _forget(self, shown: Shown) -> None:
        if shown in self._shown:
            self._shown.remove(shown)

    def withdraw(self, test: Callable[[object], bool]) -> None:
        """Close the notifications whose tag passes `test` (the user acted elsewhere)."""
        for shown in [s for s in self._shown if s.tag is not None and test(s.tag)]:
            self._forget(shown)
            if shown.notification_id:
                close_notification(shown.notification_id)  # its notify-send then exits

    def waiting(self) -> int:
        """How many notifications with buttons are on screen, waiting for a click."""
        return sum(1 for s in self._shown if s.tag is not None and s.notification_id)

    def stop(self) -> None:
        """At quit: end the waiting processes (their buttons can no longer reach us)."""
        for shown in list(self._shown):
            process = shown.process
            for signal in (process.readyReadStandardOutput, process.finished,
                           process.errorOccurred):  # fmt: skip
                signal.disconnect()  # nothing may call back into a channel being torn down
            process.kill()
            process.waitForFinished(STOP_WAIT_MS)
        self._shown.clear()


def close_notification(notification_id: int, timeout_ms: int = 2_000) -> bool:
    """org.freedesktop.Notifications.CloseNotification(uint32) on the session bus now."""
    from PySide6.QtDBus import QDBusConnection, QDBusInterface

    address = session_bus_address()
    if not address:
        return False
    name = f"countdown-close-{id(object())}"
    bus = QDBusConnection.connectToBus(address, name)
    try:
        interface = QDBusInterface(SERVICE, PATH, SERVICE, bus)
        interface.setTimeout(timeout_ms)
        if not interface.isValid():
            return False
        direct = Qt.ConnectionType.DirectConnection
        arg = Q_ARG("uint", notification_id)  # a real uint32: see the module docstring
        invoked = QMetaObject.invokeMethod(interface, "CloseNotification", direct, arg)
        return bool(invoked) and not interface.lastError().isValid()
    finally:
        QDBusConnection.disconnectFromBus(name)


def notification_server_capabilities(timeout_ms: int = 2_000) -> list[str] | None:
    """The session's notification server capabilities, or None when there is none.

    A private connection (not `sessionBus()`, which Qt caches per process) so the answer is
    about the bus in the environment now.
    """
    from PySide6.QtDBus import QDBus, QDBusConnection, QDBusMessage

    address = session_bus_address()
    if not address:
        return None
    name = f"countdown-probe-{id(object())}"
    bus = QDBusConnection.connectToBus(address, name)
    try:
        if not bus.isConnected():
            return None
        call = QDBusMessage.createMethodCall(SERVICE, PATH, SERVICE, "GetCapabilities")
        reply = bus.call(call, QDBus.CallMode.Block, timeout_ms)
    finally:
        QDBusConnection.disconnectFromBus(name)
    if reply.type() != QDBusMessage.MessageType.ReplyMessage:
        return None
    arguments = reply.arguments()
    return [str(c) for c in arguments[0]] if arguments else []


def session_bus_address() -> str | None:
    """$DBUS_SESSION_BUS_ADDRESS, else systemd's per-user bus socket (what libdbus/GDBus use)."""
    address = os.environ.get("DBUS_SESSION_BUS_ADDRESS")
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if not address and runtime and os.path.exists(os.path.join(runtime, "bus")):
        address = f"unix:path={os.path.join(runtime, 'bus')}"
    return address or None


def first_call_only(callback: Callable[[bool], object]) -> Done:
    """A wrapper that passes on only the first call (a process can fail and finish)."""
    called = False

    def wrapper(ok: bool) -> None:
        nonlocal called
        if not called:
            called = True
            callback(ok)

    return wrapper
