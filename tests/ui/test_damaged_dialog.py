"""Damaged launches from the app itself: the message leads to a dialog that repairs (the edit
dialog, filled with what still reads) or deletes them; the table follows through the change path."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from countdown.app import STARTUP_STAGES, CountdownApp
from countdown.core.model import Status
from countdown.core.store import Store
from countdown.ui.damaged_dialog import DamagedLaunchesDialog
from countdown.ui.launch_dialog import LaunchDialog
from tests.conftest import FrozenClock
from tests.ui.conftest import day_window, launch


@pytest.fixture
def app(store: Store, clock: FrozenClock, home: Path) -> Iterator[CountdownApp]:
    made = CountdownApp(store, clock, home, tray=False)
    made.start([s for s in STARTUP_STAGES if s.name not in ("alerts", "sources")])
    yield made
    made.shutdown()


@pytest.fixture
def damaged_dialog(
    qtbot: QtBot, app: CountdownApp, store: Store, home: Path
) -> Iterator[DamagedLaunchesDialog]:
    """One good and one damaged launch; the dialog the app's message opens when clicked."""
    store.add(launch("Good", day_window(date(2027, 1, 5))))
    bad = store.add(launch("Bad phone", day_window(date(2027, 1, 6))).with_changes(notes="kept"))
    with sqlite3.connect(home / "launches.sqlite3") as raw:
        raw.execute("UPDATE launches SET status = 'exploded' WHERE id = ?", (bad.id,))
    clicks: list[Callable[[], object]] = []
    app.shell.tell = lambda text, on_click=None: clicks.append(on_click)  # type: ignore[method-assign, assignment, misc]
    app.refresh()
    (open_it,) = clicks
    dialog = open_it()
    assert isinstance(dialog, DamagedLaunchesDialog)
    yield dialog
    dialog.close()  # window-modal: left open it would hold the next test's main window


def shown_names(app: CountdownApp) -> list[str]:
    assert app.shell.window is not None
    return sorted(x.name for x in app.shell.window.model.launches())


def test_clicking_the_message_opens_a_repair_that_brings_the_launch_back(
    qtbot: QtBot, app: CountdownApp, store: Store, damaged_dialog: DamagedLaunchesDialog
) -> None:
    dialog = damaged_dialog
    assert dialog.list.count() == 1 and "Bad phone" in dialog.list.item(0).text()
    assert "status" in dialog.list.item(0).text() and dialog.repair_button.isEnabled()
    edit = dialog.repair()
    assert isinstance(edit, LaunchDialog) and edit.windowTitle() == "Repair launch"
    assert edit.form.name_edit.text() == "Bad phone"  # what still reads is filled in
    assert edit.form.notes_edit.toPlainText() == "kept"
    edit.form.status_box.setCurrentIndex(edit.form.status_box.findData("announced"))
    edit.accept()
    repaired = next(x for x in store.list_launches() if x.name == "Bad phone")
    assert repaired.status is Status.ANNOUNCED and store.damaged == {}
    assert dialog.list.item(0).text() == "Nothing is damaged any more."
    assert not dialog.repair_button.isEnabled() and not dialog.delete_button.isEnabled()
    qtbot.waitUntil(lambda: shown_names(app) == ["Bad phone", "Good"], timeout=3000)


def test_delete_asks_then_removes_only_the_damaged_row(
    qtbot: QtBot, app: CountdownApp, store: Store, damaged_dialog: DamagedLaunchesDialog
) -> None:
    dialog = damaged_dialog

    def answer_yes() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox) and "cannot be undone" in box.text()
        box.button(QMessageBox.StandardButton.Yes).click()

    QTimer.singleShot(0, answer_yes)
    dialog.delete()
    assert [x.name for x in store.list_launches()] == ["Good"] and store.damaged == {}
    assert dialog.list.item(0).text() == "Nothing is damaged any more."
    qtbot.waitUntil(lambda: shown_names(app) == ["Good"], timeout=3000)
