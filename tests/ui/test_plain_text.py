"""User text that looks like HTML is shown literally: table, detail pane, timeline, dialog."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextDocument
from PySide6.QtWidgets import QApplication, QToolTip
from pytestqt.qtbot import QtBot

from countdown.core.model import Launch, Window
from countdown.core.store import Store
from countdown.ui.launch_dialog import LaunchDialog
from countdown.ui.main_window import MainWindow
from countdown.ui.models import NAME
from countdown.ui.timeline import AXIS_PX, ROW_PX
from tests.conftest import FrozenClock
from tests.ui.conftest import day_window, launch, shown_main_window

HTML_NAME = '<b>Bold</b> & "quotes"'


@pytest.fixture
def saved(store: Store) -> Launch:
    window = day_window(date(2026, 12, 1))
    return store.add(launch(HTML_NAME, window, notes="<i>not italic</i>", tags=("<u>x</u>",)))


@pytest.fixture
def window(qtbot: QtBot, store: Store, clock: FrozenClock, saved: Launch) -> MainWindow:
    return shown_main_window(qtbot, store, clock)


def rendered(html_text: str) -> str:
    """What a user reads when Qt renders this rich text."""
    document = QTextDocument()
    document.setHtml(html_text)
    return document.toPlainText()


def test_table_and_detail_pane_show_the_name_literally(window: MainWindow, saved: Launch) -> None:
    assert window.proxy.index(0, NAME).data() == HTML_NAME
    assert saved.id is not None
    window.select_launch(saved.id)
    shown = window.detail.toPlainText()
    assert HTML_NAME in shown
    assert "<i>not italic</i>" in shown and "<u>x</u>" in shown


def test_timeline_tooltip_shows_the_name_literally(
    qtbot: QtBot, window: MainWindow, saved: Launch
) -> None:
    window.toolbar.view_action.trigger()
    timeline = window.timeline
    point = QPointF(20, AXIS_PX + ROW_PX / 2)
    move = QMouseEvent(
        QMouseEvent.Type.MouseMove,
        point,
        timeline.mapToGlobal(point),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(timeline, move)
    qtbot.waitUntil(lambda: bool(QToolTip.text()), timeout=2000)
    assert rendered(QToolTip.text()).splitlines()[0] == HTML_NAME
    QToolTip.hideText()


def failing_parser(text: str, *, base: datetime, tz: str | None = None) -> Window:
    raise ValueError(f"cannot read “{text}”")


def test_dialog_preview_and_error_show_user_text_literally(
    qtbot: QtBot, store: Store, clock: FrozenClock, saved: Launch
) -> None:
    dialog = LaunchDialog(store, clock, launch=saved, parser=failing_parser)
    qtbot.addWidget(dialog)
    dialog.form.when_edit.setText("<b>soon</b>")
    dialog.preview_now()
    assert dialog.error_text() == "⚠ cannot read “<b>soon</b>”"
    for label in (dialog.form.error_label, dialog.form.preview_label, dialog.form.countdown_label):
        assert label.textFormat() is Qt.TextFormat.PlainText
    assert dialog.form.name_edit.text() == HTML_NAME


def test_table_tooltips_and_undo_bar_show_the_name_literally(
    window: MainWindow, saved: Launch
) -> None:
    tip = window.proxy.index(0, NAME).data(Qt.ItemDataRole.ToolTipRole)
    assert rendered(tip) == HTML_NAME
    from countdown.ui.undo import UndoBar

    assert window.findChild(UndoBar).label.textFormat() == Qt.TextFormat.PlainText
