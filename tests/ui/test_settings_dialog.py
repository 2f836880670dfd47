"""Preferences: start at login (the real XDG autostart file), default reminders (the store
setting the alert service reads), the applications-menu entry (real files in XDG_DATA_HOME)."""

from __future__ import annotations

import json
from datetime import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from countdown import APP_ID
from countdown.core.model import AlertPrefs
from countdown.core.settings import ALERT_PREFS
from countdown.core.store import Store
from countdown.services.changes import StoreChanges
from countdown.ui.main_window import MainWindow
from countdown.ui.reminders import parse_lead_days
from countdown.ui.settings_dialog import PreferencesDialog


@pytest.fixture
def xdg(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    dirs = {"config": tmp_path / "config", "data": tmp_path / "data"}
    monkeypatch.setenv("XDG_CONFIG_HOME", str(dirs["config"]))
    monkeypatch.setenv("XDG_DATA_HOME", str(dirs["data"]))
    return dirs


def open_preferences(qtbot: QtBot, window: MainWindow) -> PreferencesDialog:
    window.activateWindow()  # the shortcut needs the active window (a dialog may just have closed)
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    shown = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, PreferencesDialog) and w.isVisible()
    ]
    assert len(shown) == 1
    return shown[0]


def test_start_at_login_is_the_autostart_file(
    qtbot: QtBot, window: MainWindow, xdg: dict[str, Path]
) -> None:
    entry = xdg["config"] / "autostart" / f"{APP_ID}.desktop"
    dialog = open_preferences(qtbot, window)
    assert not dialog.autostart_box.isChecked()
    dialog.autostart_box.setChecked(True)
    dialog.accept()
    assert entry.is_file() and "Exec=" in entry.read_text(encoding="utf-8")
    again = open_preferences(qtbot, window)
    assert again.autostart_box.isChecked()
    again.autostart_box.setChecked(False)
    again.accept()
    assert not entry.exists()


def test_default_reminders_go_to_the_setting_the_alert_service_reads(
    qtbot: QtBot, window: MainWindow, store: Store, xdg: dict[str, Path], changes: StoreChanges
) -> None:
    dialog = open_preferences(qtbot, window)
    assert dialog.lead_edit.text() == "7, 1" and dialog.morning_edit.time() == QTime(9, 0)
    dialog.morning_edit.setTime(QTime(7, 30))
    dialog.lead_edit.setText("14, 3,1")
    with qtbot.waitSignal(changes.changed):  # the store announces it: the alerts replan
        dialog.accept()
    saved = json.loads(store.get_setting("alert_prefs") or "{}")
    assert AlertPrefs.from_dict(saved) == AlertPrefs(morning=time(7, 30), lead_days=(14, 3, 1))
    again = open_preferences(qtbot, window)
    assert again.lead_edit.text() == "14, 3, 1" and again.morning_edit.time() == QTime(7, 30)
    again.reject()


def test_ok_without_changes_leaves_the_defaults_unset(
    qtbot: QtBot, window: MainWindow, store: Store, xdg: dict[str, Path]
) -> None:
    open_preferences(qtbot, window).accept()
    assert store.get_setting("alert_prefs") is None  # later default changes still apply


def test_unreadable_days_block_ok_and_cancel_changes_nothing(
    qtbot: QtBot, window: MainWindow, store: Store, xdg: dict[str, Path]
) -> None:
    dialog = open_preferences(qtbot, window)
    dialog.lead_edit.setText("next week")
    assert not dialog.ok_button.isEnabled()
    assert dialog.lead_error.isVisibleTo(dialog) and "Whole days" in dialog.lead_error.text()
    dialog.lead_edit.setText("")  # no early reminders: only on the day
    assert dialog.ok_button.isEnabled() and dialog.prefs().lead_days == ()
    dialog.autostart_box.setChecked(True)
    dialog.reject()
    assert store.get_setting("alert_prefs") is None
    assert not (xdg["config"] / "autostart").exists()


def test_add_to_applications_menu_writes_the_entry_and_icons(
    qtbot: QtBot, window: MainWindow, xdg: dict[str, Path]
) -> None:
    dialog = open_preferences(qtbot, window)
    qtbot.mouseClick(dialog.menu_button, Qt.MouseButton.LeftButton)
    entry = xdg["data"] / "applications" / f"{APP_ID}.desktop"
    assert entry.is_file()
    assert list((xdg["data"] / "icons" / "hicolor").glob(f"*/apps/{APP_ID}.*"))
    assert str(entry) in dialog.menu_status.text()
    dialog.reject()
    assert entry.is_file()  # the button acts at once, Cancel does not undo it
    again = open_preferences(qtbot, window)
    assert again.menu_button.text() == "Update applications menu entry"
    again.reject()


def test_lead_days_parsing_and_an_unreadable_setting(store: Store) -> None:
    assert parse_lead_days("7, 1") == (7, 1)
    assert parse_lead_days("1;7, 7") == (7, 1)
    assert parse_lead_days("") == ()
    assert parse_lead_days("0") is None and parse_lead_days("x") is None
    store.set_setting("alert_prefs", "{not json")
    assert ALERT_PREFS.read(store) == AlertPrefs()
