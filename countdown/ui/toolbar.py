"""The main window's toolbar: actions with their shortcuts, the status filter and the search box.

The toolbar only builds the controls and tells its owner through the slots it is given; it keeps
no state of its own beyond the widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import QComboBox, QLineEdit, QSizePolicy, QToolBar, QWidget

from countdown.core.model import Status
from countdown.ui.models import LaunchFilterProxy

PREFERENCES_KEY = "Ctrl+,"  # StandardKey.Preferences is empty on most Linux desktops
STATUS_CHOICES = [
    (QT_TRANSLATE_NOOP("MainToolBar", "Active"), LaunchFilterProxy.ACTIVE),
    (QT_TRANSLATE_NOOP("MainToolBar", "All"), LaunchFilterProxy.ALL),
    (QT_TRANSLATE_NOOP("MainToolBar", "Rumored"), Status.RUMORED.value),
    (QT_TRANSLATE_NOOP("MainToolBar", "Announced"), Status.ANNOUNCED.value),
    (QT_TRANSLATE_NOOP("MainToolBar", "Confirmed"), Status.CONFIRMED.value),
    (QT_TRANSLATE_NOOP("MainToolBar", "Delayed"), Status.DELAYED.value),
    (QT_TRANSLATE_NOOP("MainToolBar", "Launched"), Status.LAUNCHED.value),
    (QT_TRANSLATE_NOOP("MainToolBar", "Cancelled"), Status.CANCELLED.value),
]


def key_text(shortcut: Any) -> str:
    """A shortcut as this language writes it ("Ctrl+F", German "Strg+F")."""
    return QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)


def make_action(
    owner: QWidget, text: str, slot: Callable[[], object], shortcut: Any = None
) -> QAction:
    """An action on `owner` (so its shortcut works anywhere in the window)."""
    action = QAction(text, owner)
    action.triggered.connect(lambda _=False: slot())
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
        action.setToolTip(f"{text} ({key_text(shortcut)})")
    owner.addAction(action)
    return action


class MainToolBar(QToolBar):
    def __init__(
        self, owner: QWidget, undo_stack: QUndoStack, slots: dict[str, Callable[[], object]]
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Main toolbar"))
        self.setObjectName("main-toolbar")
        self.setMovable(False)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        keys = QKeySequence.StandardKey
        self.add_action = make_action(owner, self.tr("Add…"), slots["add"], keys.New)
        self.edit_action = make_action(owner, self.tr("Edit…"), slots["edit"], "F2")
        self.remove_action = make_action(owner, self.tr("Remove"), slots["remove"], keys.Delete)
        self.paste_action = make_action(
            owner, self.tr("Paste news…"), slots["paste"], "Ctrl+Shift+V"
        )
        self.inbox_action = make_action(owner, self.tr("Inbox"), slots["inbox"], "Ctrl+I")
        self.inbox_action.setToolTip(
            self.tr("What your sources propose (Preferences → Sources)")
            + f" ({key_text('Ctrl+I')})"
        )
        self.undo_action = undo_stack.createUndoAction(owner, self.tr("Undo"))
        self.undo_action.setShortcut(keys.Undo)
        owner.addAction(self.undo_action)
        self.view_action = make_action(owner, self.tr("Timeline"), slots["view"], "Ctrl+T")
        self.view_action.setCheckable(True)
        self.zoom_in_action = make_action(owner, self.tr("Zoom in"), slots["zoom_in"], keys.ZoomIn)
        self.zoom_out_action = make_action(
            owner, self.tr("Zoom out"), slots["zoom_out"], keys.ZoomOut
        )
        self.preferences_action = make_action(
            owner, self.tr("Preferences…"), slots["preferences"], PREFERENCES_KEY
        )
        for action in (self.add_action, self.edit_action, self.remove_action, self.paste_action):
            self.addAction(action)
        self.addAction(self.inbox_action)
        self.addSeparator()
        for action in (self.view_action, self.zoom_in_action, self.zoom_out_action):
            self.addAction(action)
        self.addSeparator()
        self.addAction(self.preferences_action)
        self._add_filters()

    def update_actions(self, *, has_launches: bool) -> None:
        """Zoom only in the timeline; edit and remove only with something to act on."""
        timeline = self.view_action.isChecked()
        self.zoom_in_action.setVisible(timeline)
        self.zoom_out_action.setVisible(timeline)
        self.edit_action.setEnabled(has_launches)
        self.remove_action.setEnabled(has_launches)

    def set_inbox_count(self, count: int) -> None:
        self.inbox_action.setText(
            self.tr("Inbox (%1)").replace("%1", str(count)) if count else self.tr("Inbox")
        )

    def _add_filters(self) -> None:
        spacer = QWidget()
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.addWidget(spacer)
        self.status_box = QComboBox()
        self.status_box.setAccessibleName(self.tr("Status filter"))
        for text, key in STATUS_CHOICES:
            self.status_box.addItem(self.tr(str(text)), key)
        self.addWidget(self.status_box)
        self.search = QLineEdit()
        self.search.setAccessibleName(self.tr("Search launches"))
        self.search.setPlaceholderText(self.tr("Search") + f" ({key_text('Ctrl+F')})")
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(240)
        self.addWidget(self.search)
