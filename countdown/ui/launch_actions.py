"""What the main window's commands do: add and edit launches in the dialog, remove with undo,
open the preferences.

Every change goes to the store, which announces it; the app then hands the window the new state.
The window (a `Host`) is told only `reload` (a launch vanished meanwhile) and `select_launch`
(the launch just saved).
"""

from __future__ import annotations

from typing import Protocol, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget

from countdown.core.clock import Clock
from countdown.core.model import Launch
from countdown.core.store import LaunchNotFound, LaunchStore
from countdown.ui.launch_dialog import LaunchDialog, Parser
from countdown.ui.settings_dialog import PreferencesDialog
from countdown.ui.undo import RemoveLaunches, UndoBar


class Host(Protocol):
    """The main window, as these actions see it."""

    def reload(self) -> None: ...
    def select_launch(self, launch_id: int) -> None: ...


class LaunchActions:
    def __init__(self, store: LaunchStore, clock: Clock, window: QWidget, parser: Parser) -> None:
        self._store, self._clock, self._window, self._parser = store, clock, window, parser

    @property
    def _host(self) -> Host:
        return cast(Host, self._window)

    def add(self) -> LaunchDialog:
        return self._open_dialog(None)

    def edit(self, launch_id: int | None) -> LaunchDialog | None:
        if launch_id is None:
            return None
        try:
            launch = self._store.get(launch_id)
        except LaunchNotFound:  # removed elsewhere (the command line) since the last reload
            self._host.reload()
            return None
        return self._open_dialog(launch)

    def _open_dialog(self, launch: Launch | None) -> LaunchDialog:
        dialog = LaunchDialog(
            self._store, self._clock, self._window, launch=launch, parser=self._parser
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(self._on_saved)
        dialog.open()
        return dialog

    def _on_saved(self, stored: Launch) -> None:
        if stored.id is not None:
            self._host.select_launch(stored.id)

    def remove(self, launch_id: int | None, undo_stack: QUndoStack, undo_bar: UndoBar) -> None:
        if launch_id is None:
            return
        command = RemoveLaunches(self._store, [launch_id])
        undo_stack.push(command)
        undo_bar.offer(command)

    def preferences(self) -> PreferencesDialog:
        """Start at login, default reminders, menu entry; a change replans the alerts."""
        dialog = PreferencesDialog.for_this_machine(self._store, self._window, self._clock)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
