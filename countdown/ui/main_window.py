"""The main window: launches table (or timeline), search, status filter, detail pane, undo bar.

It edits through the store only: the store announces the commit and the app hands every view
the new state (`set_launches`), so the window never reloads itself after an edit. Countdown cells refresh on a single-shot timer aligned to the next minute
(every second while a launch is less than an hour away: see ticker), only while it is shown.
The parts live beside it: main_panes (layout), toolbar (actions and shortcuts), selection
(filtering that keeps the selection), settings (remembered geometry), settings_dialog.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QHideEvent, QKeySequence, QShortcut, QShowEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow

from countdown import APP_NAME
from countdown.core.clock import Clock
from countdown.core.model import Launch
from countdown.core.store import LaunchStore
from countdown.ui.launch_actions import LaunchActions
from countdown.ui.launch_dialog import LaunchDialog, Parser, default_parser
from countdown.ui.main_panes import MainPanes
from countdown.ui.models import LaunchFilterProxy, LaunchTableModel
from countdown.ui.paste import paste_available
from countdown.ui.selection import FilteredSelection
from countdown.ui.settings import restore_window_state, save_window_state
from countdown.ui.settings_dialog import PreferencesDialog
from countdown.ui.spoken_names import name_plainly
from countdown.ui.ticker import next_tick_ms
from countdown.ui.toolbar import MainToolBar


class MainWindow(QMainWindow):
    paste_requested = Signal()
    inbox_requested = Signal()
    visibility_changed = Signal(bool)

    def __init__(
        self,
        store: LaunchStore,
        clock: Clock,
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
        self._select_when_shown: int | None = None  # just saved: selected when the store says
        self.commands = LaunchActions(store, clock, self, parser)
        self._build()
        self.restore_settings()

    def _build(self) -> None:
        panes = MainPanes(self.proxy, self.undo_stack, self._store.history, self._clock)
        self.table, self.pages, self.detail = panes.table, panes.pages, panes.detail
        self.timeline_scroll, self.timeline = panes.timeline_scroll, panes.timeline
        self.empty, self.splitter, self.undo_bar = panes.empty, panes.splitter, panes.undo_bar
        self._panes = panes
        self.setCentralWidget(panes)
        self._build_toolbar()
        self.selection = FilteredSelection(self.table, self.proxy, self.search, self.status_box)
        self.table.activated.connect(lambda index: self.edit_launch(self._id_at(index)))
        self.table.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.timeline.launch_activated.connect(self.edit_launch)
        self.timeline.launch_selected.connect(self.select_launch)
        self.empty.add_requested.connect(self.add_launch)
        self.empty.paste_requested.connect(lambda: self.paste_requested.emit())
        self.resize(1020, 540)
        name_plainly(self)  # no "(N)" Alt+key hints for screen readers

    def _build_toolbar(self) -> None:
        self.toolbar = bar = MainToolBar(self, self.undo_stack, self._slots())
        bar.paste_action.setVisible(paste_available())
        self.empty.paste_button.setVisible(paste_available())
        self.status_box, self.search = bar.status_box, bar.search
        self.status_box.currentIndexChanged.connect(
            lambda _i: self.set_status_filter(self.status_box.currentData())
        )
        self.search.textChanged.connect(self.set_search)
        self.addToolBar(bar)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.focus_search)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self).activated.connect(self.escape)
        self.toolbar.update_actions(has_launches=self.model.total() > 0)

    def _slots(self) -> dict[str, Callable[[], object]]:
        return {
            "add": self.add_launch,
            "edit": lambda: self.edit_launch(self.selected_id()),
            "remove": self.remove_selected,
            "paste": lambda: self.paste_requested.emit(),
            "inbox": lambda: self.inbox_requested.emit(),
            "view": self.toggle_view,
            "zoom_in": self.timeline.zoom_in,
            "zoom_out": self.timeline.zoom_out,
            "preferences": self.open_preferences,
        }

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- data and selection ------------------------------------------------------------------

    def set_inbox_count(self, count: int) -> None:
        self.toolbar.set_inbox_count(count)

    def set_launches(self, launches: Sequence[Launch]) -> None:
        """Show these launches (from the store), keeping the selection."""
        if not self.selection.keeping(lambda: self.model.set_launches(launches)):
            self.detail.show_launch(self.selected_launch())
        self._update_page()
        if self._select_when_shown is not None and self.model.contains(self._select_when_shown):
            self.select_launch(self._select_when_shown)

    def reload(self) -> None:
        self.set_launches(self._store.list_launches())

    def selected_id(self) -> int | None:
        return self.selection.launch_id()

    def selected_launch(self) -> Launch | None:
        return self.selection.launch()

    def select_launch(self, launch_id: int) -> None:
        """Select it now, or as soon as the store's change brings it (a launch just saved)."""
        shown = self.model.contains(launch_id)
        self._select_when_shown = None if shown else launch_id
        self.selection.select(launch_id)

    def _id_at(self, index: QModelIndex) -> int | None:
        return self.proxy.launch_at(index.row()).id

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
        if not self.selection.keeping(change):
            self.detail.show_launch(None)
        self._update_page()

    def _update_page(self) -> None:
        timeline = self.toolbar.view_action.isChecked()
        self._panes.show_page(has_launches=self.model.total() > 0, timeline=timeline)
        if timeline:  # the timeline shows what the table would (same search and filter)
            rows = range(self.proxy.rowCount())
            self.timeline.set_launches([self.proxy.launch_at(row) for row in rows])
        self.toolbar.update_actions(has_launches=self.model.total() > 0)

    def toggle_view(self) -> None:
        self._update_page()
        if self.toolbar.view_action.isChecked():
            self.timeline_scroll.scroll_to_today()

    # -- actions -------------------------------------------------------------------------------

    def add_launch(self) -> LaunchDialog:
        return self.commands.add()

    def edit_launch(self, launch_id: int | None) -> LaunchDialog | None:
        return self.commands.edit(launch_id)

    def remove_selected(self) -> None:
        self.commands.remove(self.selected_id(), self.undo_stack, self.undo_bar)

    def open_preferences(self) -> PreferencesDialog:
        return self.commands.preferences()

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
        return next_tick_ms(self.model.launches(), self._clock())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.tick()
        self.visibility_changed.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        self._tick_timer.stop()
        self.save_settings()
        super().hideEvent(event)
        self.visibility_changed.emit(False)

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
