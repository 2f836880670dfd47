"""Process-level helpers of the desktop app: the check of the Qt binding, the startup trace, the
app and notification icons, clean quit on signals. `countdown/app.py` wires them in.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QSocketNotifier
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

# 6.12.0 drops a reference to True on every signal emit (and to None on every void call) on
# CPython 3.11: a session aborts after a few thousand calls. pyproject excludes it too.
EXCLUDED_PYSIDE6 = frozenset({"6.12.0"})


def check_qt_binding(version: str) -> str | None:
    """Why this PySide6 cannot run the app, or None when it can."""
    if version in EXCLUDED_PYSIDE6:
        return (
            f"PySide6 {version} is not supported: it loses object references on every signal"
            " and crashes within hours. Install another version, e.g."
            " pip install 'PySide6-Essentials!=6.12.0'."
        )
    return None


def trace(event: str) -> None:
    if os.environ.get("COUNTDOWN_TRACE_STARTUP"):
        print(f"{event} {time.monotonic_ns()}", file=sys.stderr, flush=True)


def icon_name() -> str:
    """The icon file notifications show (empty when the resources are missing)."""
    from countdown._resources import ResourceMissing, icon_png

    try:
        return str(icon_png(64))
    except ResourceMissing:
        return ""


def app_icon() -> QIcon:
    """The application icon from resources/ (the idle tray badge if the files are missing)."""
    from countdown._resources import ICON_SIZES_PX, ResourceMissing, icon_png

    icon = QIcon()
    try:
        for size_px in ICON_SIZES_PX:
            icon.addFile(str(icon_png(size_px)))
    except ResourceMissing:
        from countdown.ui.tray import window_icon

        return window_icon()
    return icon


_signal_pipe: list[int] = []


def quit_on_signals(app: QApplication) -> None:
    """Ctrl+C and SIGTERM (logout) quit cleanly: settings saved, database closed.

    Python runs signal handlers only when the interpreter gets control, which the Qt event loop
    rarely gives it; instead of a polling timer (idle wake-ups), the signal number is written to
    a pipe (`signal.set_wakeup_fd`) that a QSocketNotifier watches. A pipe, not a socketpair:
    the socket module costs ~3 ms before the first tray paint.
    """
    import signal

    read_fd, write_fd = os.pipe()
    for fd in (read_fd, write_fd):
        os.set_blocking(fd, False)
    signal.set_wakeup_fd(write_fd)
    for number in (signal.SIGINT, signal.SIGTERM):
        signal.signal(number, lambda _number, _frame: None)  # the wakeup byte does the work
    notifier = QSocketNotifier(read_fd, QSocketNotifier.Type.Read, app)
    notifier.activated.connect(lambda: (os.read(read_fd, 64), app.quit()))
    _signal_pipe[:] = [read_fd, write_fd]  # signals are process-wide: keep both ends open
