"""Process-level helpers of the desktop app: its clock, the startup trace, the app icon, clean
quit on signals, and a guarded PySide6 6.12.0 workaround. `countdown/app.py` wires them in.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QSocketNotifier
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication


def pin_singletons() -> None:
    """Workaround: make None, True and False effectively immortal (as CPython 3.12 does, PEP 683).

    PySide6 6.12.0 on CPython 3.11 drops one reference to None on every call of a void Qt method
    from Python (and to True on every `signal.emit()`): measured, a fresh app aborts with
    "none_dealloc: deallocating None" after ~5,000 such calls, i.e. minutes to hours into a
    session. Adding 2**40 references to each singleton keeps them alive for any session length;
    they are never freed anyway. Skipped on CPython 3.12+ and on other PySide6 versions.
    """
    import PySide6

    # pyproject excludes 6.12.0; this only guards an environment that forced it anyway.
    if sys.version_info >= (3, 12) or PySide6.__version__ != "6.12.0":
        return
    import ctypes

    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += 1 << 40


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
