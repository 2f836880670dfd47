"""The desktop start before Qt loads: `countdown`, `countdown gui` and `launch-countdown`.

Two failures are cheap to see here and bad to meet inside Qt: no graphical session (the xcb
plugin aborts the process with a misleading message about xcb-cursor) and a missing PySide6 (a
raw traceback). Each becomes one line on stderr and exit status 1. Qt-free until the app starts.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping, Sequence

from countdown.cli.base import EXIT_ERROR, complain
from countdown.cli.requires import missing_module_message

NO_SESSION = (
    "no graphical session (DISPLAY/WAYLAND_DISPLAY not set): start Launch Countdown from your "
    "desktop session, or use the command line (countdown --help)"
)


def _session_variables(requested: str) -> set[str] | None:
    """The variables one of the requested Qt platforms needs, or None to trust the user's choice.

    QT_QPA_PLATFORM may list several ("wayland;xcb", arguments after ':'); an explicit platform
    that needs no display server (offscreen, vnc, eglfs, …) is not ours to judge.
    """
    names = [part.split(":")[0].strip() for part in requested.split(";") if part.strip()]
    if not names:
        return {"DISPLAY", "WAYLAND_DISPLAY"}
    if not all(name == "xcb" or name.startswith("wayland") for name in names):
        return None
    return {"DISPLAY" if name == "xcb" else "WAYLAND_DISPLAY" for name in names}


def missing_session(env: Mapping[str, str], platform: str = sys.platform) -> str | None:
    """Why the desktop app cannot show a window here (Linux only), or None when it can try."""
    if not platform.startswith("linux"):
        return None
    needed = _session_variables(env.get("QT_QPA_PLATFORM", ""))
    if needed is None or any(env.get(name) for name in needed):
        return None
    return NO_SESSION


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app after the two checks; returns the exit status."""
    problem = missing_session(os.environ)
    if problem is not None:
        complain(problem)
        return EXIT_ERROR
    try:
        from countdown.app import main as app_main
    except ModuleNotFoundError as error:
        message = missing_module_message(error)
        if message is None:
            raise
        complain(message)
        return EXIT_ERROR
    return app_main(argv)
