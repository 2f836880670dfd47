"""UI settings (window geometry, splitter, column widths, view and zoom) in COUNTDOWN_HOME.

An INI file beside the database (`ui.ini`), so a portable or test home keeps everything in one
folder and nothing leaks into the user's real configuration during tests.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings

SETTINGS_FILE = "ui.ini"


def ui_settings(home: Path) -> QSettings:
    return QSettings(str(home / SETTINGS_FILE), QSettings.Format.IniFormat)


def save_window_state(window: Any, settings: QSettings) -> None:
    """Geometry, splitter, columns, table/timeline choice and zoom of the main window."""
    settings.setValue("main/geometry", window.saveGeometry())
    settings.setValue("main/splitter", window.splitter.saveState())
    settings.setValue("main/header", window.table.horizontalHeader().saveState())
    settings.setValue("main/timeline", window.toolbar.view_action.isChecked())
    settings.setValue("main/zoom", window.timeline.zoom_index)
    settings.sync()


def restore_window_state(window: Any, settings: QSettings) -> None:
    if geometry := settings.value("main/geometry"):
        window.restoreGeometry(geometry)
    if splitter := settings.value("main/splitter"):
        window.splitter.restoreState(splitter)
    if header := settings.value("main/header"):
        window.table.horizontalHeader().restoreState(header)
    window.toolbar.view_action.setChecked(
        str(settings.value("main/timeline", "false")).lower() == "true"
    )
    window.timeline.set_zoom(int(str(settings.value("main/zoom", 1))))
