"""The main window with a real store: empty state, shortcuts, search, undo, detail, timeline."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from countdown.core.model import Grain, Launch, Status
from countdown.core.store import Store
from countdown.services.changes import StoreChanges
from countdown.ui.launch_dialog import LaunchDialog
from countdown.ui.main_window import MainWindow
from countdown.ui.settings import ui_settings
from tests.conftest import FrozenClock
from tests.ui.conftest import day_window, instant_window, launch


def add_samples(store: Store) -> list[Launch]:
    q3 = day_window(date(2027, 7, 1), date(2027, 9, 30), grain=Grain.QUARTER, label="Q3 2027")
    return [
        store.add(launch("Pixel 11", q3, tags=("phone",))),
        store.add(launch("Switch 3", day_window(date(2026, 12, 1)), tags=("console",))),
        store.add(launch("Old phone", day_window(date(2026, 10, 1)), status=Status.LAUNCHED)),
    ]


def names(win: MainWindow) -> list[str]:
    return [win.proxy.index(r, 0).data() for r in range(win.proxy.rowCount())]


def open_dialog(win: MainWindow) -> LaunchDialog | None:
    dialogs = [
        w for w in QApplication.topLevelWidgets() if isinstance(w, LaunchDialog) and w.isVisible()
    ]
    return dialogs[0] if dialogs else None


def test_empty_window_tells_a_new_user_what_to_do(qtbot: QtBot, window: MainWindow) -> None:
    assert window.pages.currentWidget() is window.empty
    assert "No launches yet" in window.empty.label.text()
    qtbot.mouseClick(window.empty.button, Qt.MouseButton.LeftButton)
    dialog = open_dialog(window)
    assert dialog is not None and dialog.windowTitle() == "Add launch"
    dialog.reject()


def test_ctrl_n_adds_and_the_table_shows_it(
    qtbot: QtBot, window: MainWindow, changes: StoreChanges
) -> None:
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = open_dialog(window)
    assert dialog is not None
    qtbot.keyClicks(dialog.form.name_edit, "Pixel 11")
    qtbot.keyClicks(dialog.form.when_edit, "Q3 2027")
    with qtbot.waitSignal(changes.changed):  # the store announced the commit: the views follow
        dialog.accept()
    assert names(window) == ["Pixel 11"]
    assert window.pages.currentWidget() is window.table
    assert window.selected_launch() is not None and window.selected_launch().name == "Pixel 11"


def test_search_filters_and_escape_clears_then_hides(
    qtbot: QtBot, window: MainWindow, store: Store
) -> None:
    add_samples(store)
    window.reload()
    assert names(window) == ["Switch 3", "Pixel 11"]  # launched ones hidden by "Active"
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    window.select_launch(window.model.launches()[-1].id)  # Pixel 11, the latest
    qtbot.keyClicks(window.search, "phone")
    assert names(window) == ["Pixel 11"]
    assert window.selected_launch() is not None and window.selected_launch().name == "Pixel 11"
    assert "Pixel 11" in window.detail.toPlainText()
    window.status_box.setCurrentIndex(window.status_box.findData("all"))
    assert names(window) == ["Old phone", "Pixel 11"]  # by date: Oct 1, 2026 before Q3 2027
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)
    assert window.search.text() == "" and window.isVisible()
    qtbot.keyClick(window.table, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_delete_removes_and_undo_brings_it_back_with_history(
    qtbot: QtBot, window: MainWindow, store: Store, changes: StoreChanges
) -> None:
    pixel, _, _ = add_samples(store)
    store.update(
        pixel.id,
        when_text="August 2027",
        window=day_window(
            date(2027, 8, 1), date(2027, 8, 31), grain=Grain.MONTH, label="August 2027"
        ),
    )
    window.reload()
    window.select_launch(pixel.id)
    window.table.setFocus()
    with qtbot.waitSignal(changes.changed):
        qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert "Pixel 11" not in names(window)
    assert window.undo_bar.isVisible() and "Pixel 11" in window.undo_bar.label.text()
    with qtbot.waitSignal(changes.changed):
        qtbot.mouseClick(window.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert "Pixel 11" in names(window)
    assert [r.window.label for r in store.history(pixel.id)] == ["Q3 2027", "August 2027"]
    assert not window.undo_bar.isVisible()
    window.select_launch(pixel.id)
    with qtbot.waitSignal(changes.changed):
        qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert "Pixel 11" not in names(window)
    with qtbot.waitSignal(changes.changed):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z too
    assert "Pixel 11" in names(window)


def test_enter_edits_the_selected_launch(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    _, switch, _ = add_samples(store)
    window.reload()
    window.select_launch(switch.id)
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    dialog = open_dialog(window)
    assert dialog is not None and dialog.windowTitle() == "Edit launch"
    assert dialog.form.name_edit.text() == "Switch 3"
    dialog.reject()


def test_detail_pane_shows_the_slip_history(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FrozenClock
) -> None:
    pixel, _, _ = add_samples(store)
    clock.advance(days=10)
    store.update(
        pixel.id,
        when_text="August 2027",
        window=day_window(
            date(2027, 8, 1), date(2027, 8, 31), grain=Grain.MONTH, label="August 2027"
        ),
        status=Status.DELAYED,
    )
    window.reload()
    window.select_launch(pixel.id)
    text = window.detail.toPlainText()
    assert "Pixel 11" in text
    assert "narrowed from Q3 2027 to August 2027" in text
    assert "announced → delayed" in text


def test_timeline_draws_and_zooms(qtbot: QtBot, window: MainWindow, store: Store) -> None:
    add_samples(store)
    window.reload()
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.timeline_scroll
    timeline = window.timeline
    width_months = timeline.width()
    start = timeline.px_per_day()
    wheel = QWheelEvent(
        QPointF(50, 50),
        QPointF(50, 50),
        QPoint(0, 0),
        QPoint(0, -120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.ControlModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(timeline, wheel)
    assert timeline.px_per_day() < start and timeline.width() < width_months
    window.toolbar.zoom_in_action.trigger()
    window.toolbar.zoom_in_action.trigger()
    assert timeline.zoom_name() == "Weeks"
    # Bars sit in date order; today's line lies left of every upcoming window.
    bars = [timeline.bar_rect(row) for row in range(2)]
    assert timeline.today_x() < bars[0].left() < bars[1].left()


def test_countdowns_tick_each_minute_and_each_second_in_the_last_hour(
    qtbot: QtBot, window: MainWindow, store: Store, clock: FrozenClock
) -> None:
    add_samples(store)
    window.reload()
    assert 0 < window.next_tick_ms() <= 60_000
    rocket = store.add(launch("Rocket", instant_window(clock() + timedelta(minutes=20))))
    window.reload()
    assert window.next_tick_ms() <= 1000
    window.tick()
    row = window.model.row_of(rocket.id)
    assert window.model.index(row, 3).data() == "in 00:20:00"
    window.hide()
    assert not window._tick_timer.isActive()  # no timers while hidden


def test_geometry_is_remembered(
    qtbot: QtBot, store: Store, clock: FrozenClock, tmp_path: Path
) -> None:
    settings = ui_settings(tmp_path)
    first = MainWindow(store, clock, settings=settings)
    qtbot.addWidget(first)
    first.resize(777, 444)
    first.show()
    first.close()
    second = MainWindow(store, clock, settings=ui_settings(tmp_path))
    qtbot.addWidget(second)
    assert (second.width(), second.height()) == (777, 444)


def test_a_removed_hostile_name_reads_literally_in_the_undo_bar_and_action(
    qtbot: QtBot, window: MainWindow, store: Store, changes: StoreChanges
) -> None:
    name = "R&D <b>phone</b>"
    added = store.add(launch(name, day_window(date(2026, 12, 1))))
    window.reload()
    window.select_launch(added.id)
    window.table.setFocus()
    with qtbot.waitSignal(changes.changed):
        qtbot.keyClick(window.table, Qt.Key.Key_Delete)
    assert window.undo_bar.label.text() == f"Removed “{name}”."
    assert window.undo_bar.label.textFormat() is Qt.TextFormat.PlainText
    assert window.toolbar.undo_action.iconText() == f"Undo remove “{name}”"  # "&&" shows as "&"
