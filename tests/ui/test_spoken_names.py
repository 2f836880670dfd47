"""Screen readers say a control's name without its Alt+key mark in Chinese and Japanese too:
Qt names a field after its buddy label and a button after its text with only the "&" taken out,
so "名称(&N)" was read "名称(N)". Every window's accessible tree (what the AT-SPI bridge hands a
screen reader) is walked in zh_CN and ja, and no name may carry a "(N)" hint."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from countdown.core.store import Store
from countdown.ui.damaged_dialog import DamagedLaunchesDialog
from countdown.ui.inbox_dialog import InboxDialog
from countdown.ui.launch_dialog import LaunchDialog, default_parser
from countdown.ui.main_window import MainWindow
from countdown.ui.paste_dialog import PasteDialog
from countdown.ui.popup import AlertPopup, StoreAlertActions
from tests.conftest import FrozenClock
from tests.ui.conftest import day_window, launch, paste
from tests.ui.test_inbox_and_sources import fill_inbox
from tests.ui.test_popup import alert_for
from tests.ui.test_problem_language import damage

HINT = re.compile(r"[(（]\s*&?[A-Za-z0-9]\s*[)）]")  # "(N)", "（N）" after the words


def spoken(interface: QAccessibleInterface | None, depth: int = 0) -> Iterator[str]:
    """Every name in the accessible tree under `interface`, as a screen reader gets them."""
    if interface is None or not interface.isValid() or depth > 30:
        return
    yield interface.text(QAccessible.Text.Name)
    for index in range(min(interface.childCount(), 200)):
        yield from spoken(interface.child(index), depth + 1)


def names_of(widget: QWidget) -> list[str]:
    return [name for name in spoken(QAccessible.queryAccessibleInterface(widget)) if name]


@pytest.mark.parametrize("code", ["zh_CN", "ja"])
def test_no_window_names_a_control_with_its_alt_key_hint(
    qtbot: QtBot, store: Store, clock: FrozenClock, language: Callable[[str], None], code: str
) -> None:
    language(code)
    saved = store.add(launch("Switch 3", day_window(date(2026, 11, 24)), source="https://x.org"))
    window = MainWindow(store, clock)
    edit = LaunchDialog(store, clock, launch=saved)
    paste_dialog = PasteDialog(store, clock)
    fill_inbox(store)
    inbox = InboxDialog(store)
    inbox.reload()
    popup = AlertPopup(store, StoreAlertActions(store), clock)
    damaged = DamagedLaunchesDialog(store, clock, default_parser)
    windows: list[QWidget] = [window, edit, paste_dialog, inbox, popup, damaged]
    for widget in windows:
        qtbot.addWidget(widget)
        widget.show()
    paste(qtbot, paste_dialog, "Blue Origin will launch New Glenn in Q3 2027, the company said.")
    inbox.table.setCurrentItem(inbox.table.topLevelItem(0))  # its quote and name field show
    popup.show_alerts([alert_for(saved)])
    preferences = window.open_preferences()
    named = {w.windowTitle(): names_of(w) for w in [*windows, window.empty, preferences]}
    preferences.reject()
    hinted = {title: [n for n in names if HINT.search(n)] for title, names in named.items()}
    assert not any(hinted.values()), hinted
    fields = named[edit.windowTitle()]
    assert {"名称", "名前"} & set(fields) and sum(map(len, named.values())) > 100


@pytest.mark.parametrize("code", ["zh_CN", "ja"])
def test_questions_name_their_buttons_without_the_hint(
    qtbot: QtBot, store: Store, clock: FrozenClock, home: Path,
    language: Callable[[str], None], code: str,
) -> None:  # fmt: skip
    language(code)
    damage(store, home)  # a row to delete: the question asks first
    damaged = DamagedLaunchesDialog(store, clock, default_parser)
    qtbot.addWidget(damaged)
    heard: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        heard.extend(names_of(box))
        box.done(QMessageBox.StandardButton.No)

    QTimer.singleShot(0, answer)
    damaged.delete()
    assert heard and not [name for name in heard if HINT.search(name)], heard
    assert {"是", "はい"} & set(heard), heard
