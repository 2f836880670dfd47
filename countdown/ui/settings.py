"""UI settings (window geometry, splitter, column widths, view and zoom) in COUNTDOWN_HOME.

An INI file beside the database (`ui.ini`), so a portable or test home keeps everything in one
folder and nothing leaks into the user's real configuration during tests.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

SETTINGS_FILE = "ui.ini"


def ui_settings(home: Path) -> QSettings:
    return QSettings(str(home / SETTINGS_FILE), QSettings.Format.IniFormat)
