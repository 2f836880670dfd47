"""The main window: launches table (or timeline), search, status filter, detail pane, undo bar.

It edits through the store and then emits `store_changed`; the app reloads every view from the
store in one place. Countdown cells refresh on a single-shot timer aligned to the next minute
(every second only while a launch is less than an hour away), and only while the window is shown.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QHideEvent,
    QKeySequence,
    QShortcut,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from countdown import APP_NAME
from countdown.core.countdown import instant_utc
from countdown.core.model import Launch
from countdown.core.store import LaunchNotFound
from countdown.services.scheduler import emit
from countdown.ui.detail import DetailPane
from countdown.ui.launch_dialog import LaunchDialog, Parser, default_parser
from countdown.ui.models import (
    LaunchFilterProxy,
    LaunchTableModel,
)
from countdown.ui.pages import EmptyState, TimelinePage, launches_table
from countdown.ui.paste import paste_available
from countdown.ui.settings import restore_window_state, save_window_state
from countdown.ui.toolbar import MainToolBar
from countdown.ui.undo import RemoveLaunches, UndoBar


class MainWindow(QMainWindow):
    store_changed = Signal()
    paste_requested = Signal()
    visibility_changed = Signal(bool)

    def __init__(
        self,
        store: Any,
        clock: Callable[[], datetime],
        *,
        settings: QSettings | None = None,
        parser: Parser = default_parser,
        hide_on_escape: bool = True,
    ) -> None:
        super().__init__()
        self._store, self._clock, self._parser = store, clock, parser
        self._settings, self._hide_on_escape = settings, hide_on_escape
        self.setWindowTitle(APP_NAME)
        self.undo_stack = QUndoStack(self)
        self.model = LaunchTableModel(clock, self)
        self.proxy = LaunchFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self._tick_timer = QTimer(self, singleShot=True)
        self._tick_timer.timeout.connect(self.tick)
        self._build()
        self._shortcuts()
        self.restore_settings()

    # -- building ------------------------------------------------------------------------------

    def _build(self) -> None:
        self.table = launches_table(self.proxy)
        self.table.activated.connect(
            lambda index: self.edit_launch(self.proxy.launch_at(index.row()).id)
        )
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.timeline_scroll = TimelinePage(self._clock)
        self.timeline = self.timeline_scroll.view
        self.timeline.launch_activated.connect(self.edit_launch)
        self.timeline.launch_selected.connect(self.select_launch)
        self.empty = EmptyState()
        self.empty.add_requested.connect(self.add_launch)
        self.empty_label, self.empty_button = self.empty.label, self.empty.button
        self.pages = QStackedWidget()
        for page in (self.table, self.timeline_scroll, self.empty):
            self.pages.addWidget(page)
        self.detail = DetailPane(self._store.history, self._clock)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([740, 280])
        self.undo_bar = UndoBar(self.undo_stack)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.undo_bar)
        self.setCentralWidget(central)
        self._build_toolbar()
        self.resize(1020, 540)

    def _build_toolbar(self) -> None:
        bar = MainToolBar(
            self,
            self.undo_stack,
            {
                "add": self.add_launch,
                "edit": lambda: self.edit_launch(self.selected_id()),
                "remove": self.remove_selected,
                "paste": lambda: emit(self.paste_requested),
                "view": self.toggle_view,
                "zoom_in": self.timeline.zoom_in,
                "zoom_out": self.timeline.zoom_out,
            },
        )
        self.add_action, self.edit_action = bar.add_action, bar.edit_action
        self.remove_action, self.paste_action = bar.remove_action, bar.paste_action
        self.paste_action.setVisible(paste_available())
        self.view_action, self.undo_action = bar.view_action, bar.undo_action
        self.zoom_in_action, self.zoom_out_action = bar.zoom_in_action, bar.zoom_out_action
        self.status_box, self.search = bar.status_box, bar.search
        self.status_box.currentIndexChanged.connect(
            lambda _i: self.set_status_filter(self.status_box.currentData())
        )
        self.search.textChanged.connect(self.set_search)
        self.addToolBar(bar)
        self._update_view_actions()

    def _shortcuts(self) -> None:
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_search)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        escape.activated.connect(self.escape)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- data ----------------------------------------------------------------------------------

    def set_launches(self, launches: Sequence[Launch]) -> None:
        """Show these launches (from the store), keeping the selection."""
        keep = self.selected_id()
        self.model.set_launches(launches)
        self._update_page()
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_launch(keep)
        else:
            self.detail.show_launch(self.selected_launch())

    def reload(self) -> None:
        self.set_launches(self._store.list_launches())

    def _changed(self) -> None:
        self.reload()
        emit(self.store_changed)

    def selected_id(self) -> int | None:
        launch = self.selected_launch()
        return launch.id if launch else None

    def selected_launch(self) -> Launch | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return self.proxy.launch_at(index.row())

    def select_launch(self, launch_id: int) -> None:
        if not self.model.contains(launch_id):
            return
        if self.model.row_of(launch_id) < 0:  # filtered out: show everything
            self.search.clear()
            self.status_box.setCurrentIndex(self.status_box.findData(LaunchFilterProxy.ALL))
        index = self.proxy.mapFromSource(self.model.index(self.model.row_of(launch_id), 0))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        launch = self.proxy.launch_at(current.row()) if current.isValid() else None
        self.detail.show_launch(launch)
        self.timeline.selected_id = launch.id if launch else None
        self.timeline.update()

    def set_search(self, text: str) -> None:
        self._refilter(lambda: self.proxy.set_search(text))

    def set_status_filter(self, key: str) -> None:
        self._refilter(lambda: self.proxy.set_status_filter(key))

    def _refilter(self, change: Callable[[], None]) -> None:
        """Apply a filter change, keeping the selected launch selected while it stays shown."""
        keep = self.selected_id()
        change()
        self._update_page()
        if keep is not None and self.model.row_of(keep) >= 0:
            self.select_launch(keep)
        else:
            self.detail.show_launch(None)

    def _update_timeline(self) -> None:
        """The timeline shows what the table would show (same search and status filter)."""
        self.timeline.set_launches(
            [self.proxy.launch_at(row) for row in range(self.proxy.rowCount())]
        )

    def _update_page(self) -> None:
        has_launches = self.model.total() > 0
        if not has_launches:
            self.pages.setCurrentWidget(self.empty)
        elif self.view_action.isChecked():
            self.pages.setCurrentWidget(self.timeline_scroll)
            self._update_timeline()
        else:
            self.pages.setCurrentWidget(self.table)
        self._update_view_actions()

    def _update_view_actions(self) -> None:
        timeline = self.view_action.isChecked()
        self.zoom_in_action.setVisible(timeline)
        self.zoom_out_action.setVisible(timeline)
        self.edit_action.setEnabled(self.model.total() > 0)
        self.remove_action.setEnabled(self.model.total() > 0)

    def toggle_view(self) -> None:
        self._update_page()
        if self.view_action.isChecked():
            self.timeline_scroll.scroll_to_today()

    # -- actions -------------------------------------------------------------------------------

    def add_launch(self) -> LaunchDialog:
        return self._open_dialog(None)

    def edit_launch(self, launch_id: int | None) -> LaunchDialog | None:
        if launch_id is None:
            return None
        try:
            launch = self._store.get(launch_id)
        except LaunchNotFound:  # removed elsewhere (the command line) since the last reload
            self.reload()
            return None
        return self._open_dialog(launch)

    def _open_dialog(self, launch: Launch | None) -> LaunchDialog:
        dialog = LaunchDialog(self._store, self._clock, self, launch=launch, parser=self._parser)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)
        dialog.open()
        return dialog

    def _on_saved(self, stored: Launch) -> None:
        self._changed()
        if stored.id is not None:
            self.select_launch(stored.id)

    def remove_selected(self) -> None:
        launch_id = self.selected_id()
        if launch_id is None:
            return
        command = RemoveLaunches(self._store, [launch_id], self._changed)
        self.undo_stack.push(command)
        self.undo_bar.offer(command)

    def escape(self) -> None:
        if self.search.text():
            self.search.clear()
            self.table.setFocus()
        elif self._hide_on_escape:
            self.hide()

    # -- live countdowns -------------------------------------------------------------------------

    def tick(self) -> None:
        self.model.seconds = True
        self.model.refresh_countdowns()
        self.timeline.update()
        self._tick_timer.start(self.next_tick_ms())

    def next_tick_ms(self) -> int:
        """1 s while a launch is less than an hour away, else at the start of the next minute."""
        now = self._clock()
        for launch in self.model.launches():
            if (
                launch.window.is_instant
                and 0 < (instant_utc(launch.window, now) - now).total_seconds() < 3600
            ):
                return 1000 - now.microsecond // 1000
        return (60 - now.second) * 1000 - now.microsecond // 1000

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tick()
        emit(self.visibility_changed, True)

    def hideEvent(self, event: QHideEvent) -> None:
        self._tick_timer.stop()
        self.save_settings()
        super().hideEvent(event)
        emit(self.visibility_changed, False)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_settings()
        super().closeEvent(event)

    # -- settings ------------------------------------------------------------------------------

    def save_settings(self) -> None:
        if self._settings is not None:
            save_window_state(self, self._settings)

    def restore_settings(self) -> None:
        if self._settings is not None:
            restore_window_state(self, self._settings)
