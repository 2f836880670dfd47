"""A language chosen in Preferences is spoken at once: translators, window, countdowns, tray."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from countdown.app import STARTUP_STAGES, CountdownApp
from countdown.core.settings import UI_LANGUAGE
from countdown.core.store import Store
from countdown.ui.i18n import UiLanguage
from countdown.ui.models import COUNTDOWN
from countdown.ui.tray import tooltip_text
from tests.conftest import FrozenClock
from tests.ui.conftest import day_window, launch

VIEW_STAGES = tuple(stage for stage in STARTUP_STAGES if stage.name not in ("alerts", "sources"))


@pytest.fixture
def app(qapp: QApplication, store: Store, clock: FrozenClock, home: Path) -> Iterator[CountdownApp]:
    default = QLocale()
    made = CountdownApp(store, clock, home, tray=False)
    made.language = UiLanguage(qapp, "en")
    yield made
    made.shutdown()
    made.language.switch("en")  # takes the German translators out again
    QLocale.setDefault(default)


def toolbar_texts(app: CountdownApp) -> list[str]:
    window = app.shell.window
    assert window is not None
    return [a.text() for a in window.toolbar.actions() if a.text()]


def countdown_cell(app: CountdownApp) -> str:
    window = app.shell.window
    assert window is not None
    return str(window.table.model().index(0, COUNTDOWN).data())


def test_choosing_german_in_preferences_rebuilds_the_window_in_german(
    qtbot: QtBot, app: CountdownApp, store: Store, clock: FrozenClock
) -> None:
    store.add(launch("Pixel 12", day_window(date(2026, 12, 6))))
    app.start(VIEW_STAGES)
    qtbot.waitUntil(lambda: app.changes is not None, timeout=3000)
    app.shell.show_window()
    assert "Add…" in toolbar_texts(app) and countdown_cell(app) == "in 12 days"
    old = app.shell.window
    UI_LANGUAGE.write(store, "de")  # what Preferences' OK does
    qtbot.waitUntil(lambda: app.shell.window is not old and app.shell.window is not None)
    assert "Hinzufügen…" in toolbar_texts(app)
    assert countdown_cell(app) == "in 12 Tagen"
    assert app.shell.window is not None and app.shell.window.isVisible()
    assert "Pixel 12 — 6. Dez. 2026 · in 12 Tagen" in tooltip_text(store.list_launches(), clock())
    UI_LANGUAGE.write(store, None)  # back to the system's language (English here)
    qtbot.waitUntil(lambda: countdown_cell(app) == "in 12 days")
