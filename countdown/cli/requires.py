"""Which pip package provides each third-party module we import, and the one-line message when one
is missing.

`pip install launch-countdown` brings the desktop app and every command but `sync`, whose CalDAV
client is the optional extra `launch-countdown[sync]`. A module can still be missing (an install
with --no-deps, a half-removed environment): then the user reads what to install, not a traceback.
"""

from __future__ import annotations

import importlib.util

# top-level module → the command that installs it
INSTALL_COMMANDS = {
    "PySide6": "pip install PySide6-Essentials",
    "shiboken6": "pip install PySide6-Essentials",
    "apscheduler": "pip install APScheduler",
    "plyer": "pip install plyer",
    "dateparser": "pip install dateparser",
    "icalendar": "pip install icalendar",
    "feedparser": "pip install feedparser",
    "platformdirs": "pip install platformdirs",
    "caldav": "pip install 'launch-countdown[sync]'",
}
# what the user was doing, for the message
PURPOSES = {
    "PySide6": "the desktop app",
    "shiboken6": "the desktop app",
    "caldav": "countdown sync",
}


def missing_module_message(error: ModuleNotFoundError) -> str | None:
    """The "X needs Y, which is not installed: <command>" line, or None when not one of ours."""
    top = (error.name or "").split(".")[0]
    command = INSTALL_COMMANDS.get(top)
    if command is None:
        return None
    purpose = PURPOSES.get(top, "Launch Countdown")
    return f"{purpose} needs the Python package {top!r}, which is not installed: {command}"


def require(module: str) -> None:
    """Raise ModuleNotFoundError now (before prompts or writes) when `module` cannot be imported.

    Only finds the module, never imports it: `require("PySide6")` keeps the CLI free of Qt.
    """
    if importlib.util.find_spec(module) is None:
        raise ModuleNotFoundError(f"No module named {module!r}", name=module)
