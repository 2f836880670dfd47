"""The one change path: every commit to the store, this process's or another's, becomes one
`changed` signal, debounced, that the app hands to every view.

- **Our own commits.** The store announces them (`Store.on_commit`); SQLite's data_version does
  not report a connection's own writes, so this is the only way to hear them.
- **Other processes' commits** (the CLI, a second window) change `PRAGMA data_version`. Asking it
  costs a query, so we ask only when there is a reason: inotify (QFileSystemWatcher) says the
  database or its WAL file changed, or — while a window shows the data (`set_polling`) — every
  2 s as a safety net (some file systems do not report changes). Otherwise the app sleeps.
  A file event arrives while the other process is still writing: its commit becomes visible only
  when it updates the WAL index (the -shm file, written through mmap, which inotify never
  reports), so after an event we ask a moment later, and again a few times if nothing shows yet.
- **The file replaced.** When another process moved the file aside (quarantine) or put a
  restored copy in its place, the store reopens the new file before anything else is read or
  written (no split brain); that counts as a change.
- **Debounced.** Everything within `DEBOUNCE_MS` becomes one `changed`: an import of fifty
  launches, or an edit that writes the launch and a setting, reloads the views once.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from countdown.core.store import LaunchStore

DEBOUNCE_MS = 30
POLL_MS = 2000
SETTLE_MS = (150, 400, 1000, 2500)  # after a file event: ask again until the commit shows


class StoreChanges(QObject):
    """Emits `changed` once after any burst of commits to the store, from any process."""

    changed = Signal()

    def __init__(self, store: LaunchStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._version = store.data_version()
        self._db = Path(store.path)
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.changed)
        self._files = QFileSystemWatcher(self)
        self._files.fileChanged.connect(self._on_file_changed)
        self._files.directoryChanged.connect(self._on_file_changed)
        self._files.addPath(str(self._db.parent))
        self._watch_files()
        self._poll = QTimer(self, interval=POLL_MS)
        self._poll.timeout.connect(self.check)
        self._settle = QTimer(self, singleShot=True)
        self._settle.timeout.connect(self._settled)
        self._settle_step = 0
        store.on_commit(self._on_own_commit)

    def _on_own_commit(self) -> None:
        if not self._debounce.isActive():
            self._debounce.start()

    def _watch_files(self) -> None:
        wanted = [
            str(p) for p in (self._db, self._db.with_name(self._db.name + "-wal")) if p.exists()
        ]
        missing = [p for p in wanted if p not in self._files.files()]
        if missing:
            self._files.addPaths(missing)

    def _on_file_changed(self, _path: str) -> None:
        self._watch_files()  # a replaced or newly created file must be watched again
        self._settle_step = 0
        self._settle.start(SETTLE_MS[0])

    def _settled(self) -> None:
        if self.check():
            return
        self._settle_step += 1
        if self._settle_step < len(SETTLE_MS):
            self._settle.start(SETTLE_MS[self._settle_step] - SETTLE_MS[self._settle_step - 1])

    def set_polling(self, enabled: bool) -> None:
        """Poll every 2 s (while a window shows the data) or not at all."""
        if enabled:
            self._poll.start()
        else:
            self._poll.stop()

    def stop(self) -> None:
        """Stop watching (before the store closes)."""
        self._store.on_commit(self._on_own_commit, remove=True)
        for timer in (self._poll, self._settle, self._debounce):
            timer.stop()
        self._files.blockSignals(True)

    def check(self) -> bool:
        """Announce (debounced) whether another connection committed (or replaced the file)
        since the last check."""
        if self._store.reopen_if_replaced():  # the store announces the reopen itself
            self._version = self._store.data_version()
            self._watch_files()
            return True
        version = self._store.data_version()
        if version == self._version:
            return False
        self._version = version
        self._on_own_commit()
        return True
