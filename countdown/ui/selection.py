"""The launch selected in the table, kept across filtering: search text and status filter.

The table shows the filtering proxy, so rows move and vanish as the user types; this keeps track
by launch id. Selecting a launch the filter hides clears the filter first (a launch opened from
the tray or the popup must be visible).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, QModelIndex
from PySide6.QtWidgets import QComboBox, QLineEdit, QTableView

from countdown.core.model import Launch
from countdown.ui.models import LaunchFilterProxy, LaunchTableModel


class FilteredSelection:
    def __init__(
        self,
        table: QTableView,
        proxy: LaunchFilterProxy,
        search: QLineEdit,
        status_box: QComboBox,
    ) -> None:
        self._table, self._proxy, self._search, self._status_box = table, proxy, search, status_box

    @property
    def _model(self) -> LaunchTableModel:
        return self._proxy.source()

    def launch(self) -> Launch | None:
        """The selected launch (None when the current row is not selected)."""
        index = self._table.currentIndex()
        if not index.isValid() or not self._table.selectionModel().isRowSelected(
            index.row(), QModelIndex()
        ):
            return None
        return self._proxy.launch_at(index.row())

    def launch_id(self) -> int | None:
        launch = self.launch()
        return launch.id if launch else None

    def select(self, launch_id: int) -> None:
        """Select and show this launch, clearing the filters if they hide it."""
        if not self._model.contains(launch_id):
            return
        if self._model.row_of(launch_id) < 0:  # filtered out: show everything
            self._search.clear()
            self._status_box.setCurrentIndex(self._status_box.findData(LaunchFilterProxy.ALL))
        index = self._proxy.mapFromSource(self._model.index(self._model.row_of(launch_id), 0))
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self._table.selectionModel().setCurrentIndex(index, flags)
        self._table.scrollTo(index)

    def keeping(self, change: Callable[[], None]) -> bool:
        """Run `change` (a filter change); True if the selected launch is still shown after it."""
        keep = self.launch_id()
        change()
        if keep is not None and self._model.row_of(keep) >= 0:
            self.select(keep)
            return True
        return False
