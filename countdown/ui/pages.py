"""The main window's pages: the launches table and the timeline in its scroll area (the empty
state is welcome.py).

Each is a plain widget the main window stacks; they own only their look and local behaviour
(column widths, zooming around the middle of the view).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QScrollArea,
    QTableView,
    QWidget,
)

from countdown.core.clock import Clock
from countdown.ui.models import COUNTDOWN, NAME, STATUS, WHEN
from countdown.ui.timeline import TimelineView

TODAY_MARGIN_PX = 120


def launches_table(model: QAbstractItemModel) -> QTableView:
    """A read-only, row-selecting, sortable table over the launches model."""
    table = QTableView()
    table.setAccessibleName(QCoreApplication.translate("LaunchTable", "Launches"))
    table.setAccessibleDescription(
        QCoreApplication.translate("LaunchTable", "F2 edits the selected launch, Delete removes it")
    )
    table.setModel(model)
    table.setSortingEnabled(True)
    table.sortByColumn(WHEN, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setStretchLastSection(True)  # tags take what is left; the name keeps its width
    header.setMinimumSectionSize(60)
    for column, width_px in ((NAME, 190), (WHEN, 170), (STATUS, 90), (COUNTDOWN, 170)):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        table.setColumnWidth(column, width_px)
    return table


class TimelinePage(QScrollArea):
    """The timeline in a scroll area: zooming keeps the date in the middle of the view."""

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = TimelineView(clock)
        self.setWidget(self.view)
        self.setWidgetResizable(True)  # fills the page; grows past it to scroll
        self.setAccessibleName(self.tr("Timeline"))
        # Edge labels of off-screen launches move with the view: repaint on scroll.
        self.horizontalScrollBar().valueChanged.connect(self.view.update)
        self.view.zoom_about_to_change.connect(self._keep_centre)

    def _keep_centre(self) -> None:
        bar = self.horizontalScrollBar()
        centre = self.view.date_at(bar.value() + self.viewport().width() / 2)
        QTimer.singleShot(0, lambda: self.centre_on(centre))

    def centre_on(self, day: date) -> None:
        bar = self.horizontalScrollBar()
        bar.setValue(int(self.view.x_of(day) - self.viewport().width() / 2))

    def scroll_to_today(self) -> None:
        self.horizontalScrollBar().setValue(int(self.view.today_x()) - TODAY_MARGIN_PX)
