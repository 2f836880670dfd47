"""The "Backups" part of Preferences: the store's backups, newest first, and Restore.

Backups are made after changes (core/store/backup.py); restoring one asks first, backs up the
current state (so the restore can itself be undone from this same list), writes the backup into
the open file and reopens it (core/store/restore.py). `restored` then carries the message, and
the window reloads everything from the store.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
)

from countdown.core.clock import Clock
from countdown.core.store import LaunchStore
from countdown.ui.plain_text import plain_label
from countdown.ui.spoken_names import ask


class BackupsBox(QGroupBox):
    restored = Signal(str)

    def __init__(self, store: LaunchStore, clock: Clock, parent: Any = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Backups"))
        self._store, self._clock = store, clock
        self.choice = QComboBox()
        self.choice.setAccessibleName(self.tr("Backup to restore"))
        self.choice.setPlaceholderText(
            self.tr("No backup yet: one is made after your first change")
        )
        self.restore_button = QPushButton(self.tr("Rest&ore…"))
        self.restore_button.setAccessibleName(self.tr("Restore the chosen backup"))
        self.restore_button.clicked.connect(self.ask_and_restore)
        self.status = plain_label(
            self.tr("Made after every change; the newest 10 and one a day for a week.")
        )
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.choice, 1)
        row.addWidget(self.restore_button)
        column = QVBoxLayout(self)
        column.addLayout(row)
        column.addWidget(self.status)
        self.reload()

    def reload(self) -> None:
        from countdown.core.store.restore import describe_backups

        self.choice.clear()
        for info in describe_backups(self._store.path):
            local = info.taken.astimezone()
            if info.launches is None:
                count = self.tr("damaged")
            elif info.launches == 1:  # English has no plural file: its singular is its own text
                count = self.tr("1 launch")
            else:
                count = self.tr("%n launches", "", info.launches)
            self.choice.addItem(f"{local:%Y-%m-%d %H:%M:%S} · {count}", info.id)
        # With a placeholder Qt selects nothing by itself: the newest backup is the choice.
        self.choice.setCurrentIndex(0 if self.choice.count() else -1)
        self.restore_button.setEnabled(self.choice.count() > 0)

    def ask_and_restore(self) -> None:
        wanted = self.choice.currentData()
        if wanted is None:
            return
        if ask(
            self,
            self.tr("Restore backup"),
            self.tr(
                "Replace every launch with the backup from %1?\n"
                "The current state is backed up first, so you can come back to it."
            ).replace("%1", self.choice.currentText()),
        ):
            self.restore(str(wanted))

    def restore(self, wanted: str) -> None:
        """Restore without asking (the question is ask_and_restore's)."""
        from countdown.core.store.backup import BackupError
        from countdown.core.store.restore import restore_backup

        self._store.backup_if_changed()
        try:
            message = restore_backup(self._store.path, wanted, self._clock())
        except (BackupError, OSError) as error:
            self.status.setText(f"⚠ {error}")
            return
        self._store.reopen()  # the file may be new, or an older schema to migrate
        self.status.setText(message)
        self.reload()
        self.restored.emit(message)
