"""One desktop app per data directory: a QLockFile decides, a QLocalServer lets a second start
ask the running one to show its window.

`SingleInstance(home).acquire()`:
- **True** — we hold `home/instance.lock` and listen on a local socket; when another start sends
  "show", `activated` is emitted (the app raises its main window). Only this process schedules
  alerts. With `acquire(listen=False)` only the lock is taken (QtNetwork is not even imported,
  ~10 ms off the first tray paint); `listen()` follows once the tray shows, and a second start
  made meanwhile keeps retrying for a few seconds.
- **False** — another process holds the lock; we told it "show" (retrying while it is still
  starting up) and the caller should exit 0 with a message.

A lock left behind by a killed process (kill -9) holds a dead PID: QLockFile treats it as stale
and takes it over at once (the age limit is switched off, so a long-running app's lock is never
stolen); the dead server's socket file is removed before listening. Later the dead PID may be
reused by another process, and QLockFile only compares the program name — "python3" for every
Python program — so it would keep the lock. The instance socket decides then: a running Launch
Countdown answers it (retried for a few seconds while one starts up); when nothing answers, the
lock's owner is not a running Launch Countdown and the lock is taken over. Names derive from the
resolved home path, so tests with different COUNTDOWN_HOMEs never meet. The CLI never calls this.
"""

from __future__ import annotations

import logging
import time
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

SHOW = b"show\n"
CONNECT_TIMEOUT_MS = 500
RETRY_FOR_S = 3.0


def socket_name(home: Path) -> str:
    """A local-socket name unique to this user and data directory."""
    import getpass
    import zlib  # two checksums, 64 bits: hashlib would load OpenSSL (≈ 3.5 MiB) just for a name

    key = f"{getpass.getuser()}:{home.resolve()}".encode()
    return f"launch-countdown-{zlib.crc32(key):08x}{zlib.adler32(key):08x}"


class SingleInstance(QObject):
    """Holds the app's instance lock; `activated` fires when a second start asks to be shown."""

    activated = Signal()

    def __init__(self, home: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        home.mkdir(parents=True, exist_ok=True)
        self._home = home
        self._lock = QLockFile(str(home / "instance.lock"))
        self._lock.setStaleLockTime(0)  # stale only when its PID is gone, never by age
        self._server: QLocalServer | None = None

    @cached_property
    def name(self) -> str:
        return socket_name(self._home)

    @property
    def is_primary(self) -> bool:
        return self._lock.isLocked()

    def acquire(self, *, listen: bool = True) -> bool:
        """Become the running instance (listening now or at `listen()`), or wake the one that is
        (then False)."""
        if self._lock.tryLock(100) or self._take_over_silent_lock():
            if listen:
                self.listen()
            return True
        return False

    def _take_over_silent_lock(self) -> bool:
        """Wake the lock's owner; when nothing answers, it is not a running Launch Countdown."""
        owner = self._lock.getLockInfo()
        log.info("another instance holds the lock; asking it to show itself")
        if self._send_show():
            return False
        if self._lock.getLockInfo() != owner:  # someone else got there first
            return False
        log.warning("the lock's owner (pid %s) does not answer; taking the lock over", owner[0])
        self._lock.removeStaleLockFile()
        return self._lock.tryLock(100)

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        self._lock.unlock()

    def listen(self) -> None:
        """Answer second starts (call once the lock is ours)."""
        from PySide6.QtNetwork import QLocalServer

        if self._server is not None or not self._lock.isLocked():
            return
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)  # a socket file left by a killed instance
        if not server.listen(self.name):
            log.warning("cannot listen on %s: %s", self.name, server.errorString())
        server.newConnection.connect(lambda: self._accept(server))
        self._server = server

    def _accept(self, server: QLocalServer) -> None:
        while (client := server.nextPendingConnection()) is not None:
            client.readyRead.connect(lambda c=client: self._read(c))
            client.disconnected.connect(client.deleteLater)
            if client.bytesAvailable():
                self._read(client)

    def _read(self, client: QLocalSocket) -> None:
        if SHOW.strip() in bytes(client.readAll().data()):
            self.activated.emit()

    def _send_show(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        deadline = time.monotonic() + RETRY_FOR_S
        while time.monotonic() < deadline:  # the primary may still be starting its server
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(CONNECT_TIMEOUT_MS):
                socket.write(SHOW)
                socket.waitForBytesWritten(CONNECT_TIMEOUT_MS)
                socket.disconnectFromServer()
                return True
            time.sleep(0.05)
        log.warning("the running instance did not answer on %s", self.name)
        return False
