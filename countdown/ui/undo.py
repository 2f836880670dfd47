"""Undo for removals: a QUndoStack command plus the "Removed “X” · Undo" bar under the table.

Removing asks the store for the launch back with its revisions (`store.remove` returns it), so
undo (`store.restore`) brings back the same id and its whole slip history. The bar hides itself
after a while; Ctrl+Z works as long as the stack holds the command.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from countdown.core.model import Launch
from countdown.core.store import LaunchStore
from countdown.ui.plain_text import menu_text

BAR_VISIBLE_MS = 12_000


class RemoveLaunches(QUndoCommand):
    def __init__(self, store: LaunchStore, launch_ids: Sequence[int]) -> None:
        super().__init__()
        self._store, self._ids = store, list(launch_ids)
        self.removed: list[Launch] = []

    def redo(self) -> None:
        self.removed = [self._store.remove(launch_id) for launch_id in self._ids]
        names = ", ".join(f"“{la.name}”" for la in self.removed)
        what = QCoreApplication.translate("UndoBar", "remove %1").replace("%1", names)
        self.setText(menu_text(what))  # shown in the Undo action: `&` is literal

    def undo(self) -> None:
        for launch in reversed(self.removed):
            self._store.restore(launch)


class UndoBar(QFrame):
    """A slim bar: what was just removed and an Undo button. Hidden when there is nothing to undo."""

    def __init__(self, stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._stack = stack
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAccessibleName(self.tr("Undo bar"))
        self.label = QLabel()
        self.label.setTextFormat(Qt.TextFormat.PlainText)  # launch names are user text
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setAccessibleName(self.tr("Undo remove"))
        self.undo_button.clicked.connect(self._undo)
        close = QToolButton()
        close.setText("✕")
        close.setAccessibleName(self.tr("Close undo bar"))
        close.setAutoRaise(True)
        close.clicked.connect(self.hide)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 2, 4, 2)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)
        row.addWidget(close)
        self._hide_timer = QTimer(self, singleShot=True, interval=BAR_VISIBLE_MS)
        self._hide_timer.timeout.connect(self.hide)
        self.hide()

    def offer(self, command: RemoveLaunches) -> None:
        count = len(command.removed)
        if count == 1:
            text = self.tr("Removed “%1”.").replace("%1", command.removed[0].name)
        else:
            text = self.tr("Removed %n launches.", "", count)
        self.label.setText(text)
        self.show()
        self._hide_timer.start()

    def _undo(self) -> None:
        if self._stack.canUndo():
            self._stack.undo()
        self.hide()

    def hideEvent(self, event: Any) -> None:
        self._hide_timer.stop()
        super().hideEvent(event)
