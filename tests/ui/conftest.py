"""Helpers for widget tests: launches built directly from windows (no parser needed), and the
main window wired to the store's change feed as the app wires it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from countdown.core.model import Grain, Launch, Status, Window
from countdown.core.store import Store
from countdown.services.changes import StoreChanges
from countdown.ui import i18n
from countdown.ui.main_window import MainWindow
from countdown.ui.paste_dialog import PasteDialog
from tests.conftest import FrozenClock


def day_window(
    start: date, end: date | None = None, *, grain: Grain = Grain.DAY, label: str = ""
) -> Window:
    end = end or start
    return Window(
        start=start, end=end, grain=grain, label=label or f"{start:%b} {start.day}, {start.year}"
    )


def instant_window(at: datetime, label: str = "") -> Window:
    return Window(start=at, end=at, grain=Grain.MINUTE, label=label or f"{at:%b %d %H:%M}")


def launch(
    name: str,
    window: Window,
    *,
    status: Status = Status.ANNOUNCED,
    launch_id: int | None = None,
    tags: tuple[str, ...] = (),
    notes: str = "",
    source: str = "",
) -> Launch:
    return Launch(
        name=name,
        when_text=window.label,
        base=datetime(2026, 11, 24, 12, 0),
        window=window,
        status=status,
        id=launch_id,
        tags=tags,
        notes=notes,
        source=source,
    )


def shown_main_window(qtbot: QtBot, store: Store, clock: FrozenClock) -> MainWindow:
    """The main window over `store`, loaded and exposed."""
    win = MainWindow(store, clock)
    qtbot.addWidget(win)
    win.reload()
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def changes(store: Store) -> Iterator[StoreChanges]:
    """The store's change feed (services/changes), stopped before the store closes."""
    feed = StoreChanges(store)
    yield feed
    feed.stop()


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: FrozenClock, changes: StoreChanges) -> MainWindow:
    """The shown main window, redrawn from the store on every change as in the app."""
    win = shown_main_window(qtbot, store, clock)
    changes.changed.connect(win.reload)
    return win


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], None]]:
    """`language(code)` installs that translation (and Qt's own); all are removed after the test."""
    installed = []
    default = QLocale()

    def choose(code: str) -> None:
        translator = i18n.install(qapp, code)
        assert translator is not None, f"no translation for {code}"
        installed.append(translator)

    yield choose
    for translator in installed:
        i18n.remove(qapp, translator)
    QLocale.setDefault(default)


@pytest.fixture
def paste_dialog(qtbot: QtBot, store: Store, clock: FrozenClock) -> Iterator[PasteDialog]:
    """The Paste dialog, shown, on the real store, its text written on May 1, 2026."""
    widget = PasteDialog(store, clock)
    qtbot.addWidget(widget)
    widget.date_edit.setDate(QDate(2026, 5, 1))
    widget.show()
    yield widget
    # Closed before the store is: a re-read still pending must not reach a closed database.
    widget.close()


def paste(qtbot: QtBot, dialog: PasteDialog, text: str) -> None:
    """Paste `text` and wait until the dialog has read it."""
    dialog.text_edit.setPlainText(text)
    qtbot.waitUntil(lambda: not dialog._timer.isActive(), timeout=2000)


@pytest.fixture
def q3_2027() -> Window:
    return day_window(date(2027, 7, 1), date(2027, 9, 30), grain=Grain.QUARTER, label="Q3 2027")


# The offscreen platform warns whenever a top-level widget's size constraints change; it has no
# window manager to tell, so the warning says nothing about our code (xcb does not emit it).
OFFSCREEN_NOISE = (
    r"This plugin does not support (propagateSizeHints|raise)\(\)"
    r"|No such signal QPlatformNativeInterface::systemTrayWindowChanged"  # no tray offscreen
)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/ui/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.qt_log_ignore(OFFSCREEN_NOISE))
