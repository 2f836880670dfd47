"""The main window's pages: the launches table, the timeline in its scroll area, the empty state.

Each is a plain widget the main window stacks; they own only their look and local behaviour
(column widths, zooming around the middle of the view, the welcome text).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QAbstractItemModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from countdown.ui.models import COUNTDOWN, NAME, STATUS, WHEN
from countdown.ui.timeline import TimelineView

EMPTY_TEXT = (
    "<h2>No launches yet</h2>"
    "<p>Add the launches you are waiting for — a phone, a game, a rocket — with the date the way "
    "the news puts it:<br><i>“Q3 2026”, “mid-July”, “Dec 3 at 10am PT”, “NET March 2027”</i>.</p>"
    "<p>The tray icon then counts the days, and you get a reminder when the day comes.</p>"
)
TODAY_MARGIN_PX = 120


class EmptyState(QWidget):
    """What a new user sees: what this app is for, what to type, and a button to start."""

    add_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(EMPTY_TEXT)
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setMaximumWidth(520)
        self.button = QPushButton("Add your first launch…")
        self.button.clicked.connect(lambda: self.add_requested.emit())
        # Centred by stretches, not an alignment flag: an aligned item gets its size hint, and
        # a word-wrapped label's hint is too short for its text (the last lines were cut off).
        middle = QHBoxLayout()
        middle.addStretch(1)
        middle.addWidget(self.label, 4)
        middle.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addLayout(middle)
        column.addSpacing(12)
        column.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        column.addStretch(2)


def launches_table(model: QAbstractItemModel) -> QTableView:
    """A read-only, row-selecting, sortable table over the launches model."""
    table = QTableView()
    table.setAccessibleName("Launches")
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

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view = TimelineView(clock)
        self.setWidget(self.view)
        self.setWidgetResizable(True)  # fills the page; grows past it to scroll
        self.setAccessibleName("Timeline")
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
