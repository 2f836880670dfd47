"""The main window's central area: the pages (table, timeline, empty state) beside the detail pane,
with the undo bar below.

It owns the layout only (splitter proportions, which page is showing); the main window connects
the signals and decides what to show.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QSplitter, QStackedWidget, QVBoxLayout, QWidget

from countdown.core.clock import Clock
from countdown.core.model import Revision
from countdown.ui.detail import DetailPane
from countdown.ui.pages import TimelinePage, launches_table
from countdown.ui.undo import UndoBar
from countdown.ui.welcome import EmptyState

SPLIT_PX = (740, 280)  # table or timeline : detail pane, at the default window size


class MainPanes(QWidget):
    def __init__(
        self,
        model: QAbstractItemModel,
        undo_stack: QUndoStack,
        history: Callable[[int], list[Revision]],
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.table = launches_table(model)
        self.timeline_scroll = TimelinePage(clock)
        self.timeline = self.timeline_scroll.view
        self.empty = EmptyState()
        self.pages = QStackedWidget()
        for page in (self.table, self.timeline_scroll, self.empty):
            self.pages.addWidget(page)
        self.detail = DetailPane(history, clock)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.pages)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes(list(SPLIT_PX))
        self.undo_bar = UndoBar(undo_stack)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.undo_bar)

    def show_page(self, *, has_launches: bool, timeline: bool) -> None:
        """The empty state without launches, else the table or the timeline."""
        self.detail.setVisible(has_launches)  # nothing to detail beside the welcome text
        if not has_launches:
            self.pages.setCurrentWidget(self.empty)
        elif timeline:
            self.pages.setCurrentWidget(self.timeline_scroll)
        else:
            self.pages.setCurrentWidget(self.table)
