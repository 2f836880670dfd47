"""The "Sources" part of Preferences: subscriptions with their last fetch and status; add, remove.

Adding asks for an address (and whether to track new launches without review); the kind and
name are guessed from the answer, which needs the network, so the add runs off the GUI thread
and the box shows "Adding…" meanwhile. A refresh follows (the app's SourceRefresher). Removing
keeps the launches a source brought. Names and errors are shown literally.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from countdown.core.source import Source, SourceKind
from countdown.ui.plain_text import plain_label, plain_tooltip

# What users read for a source's kind and its last fetch's status (stored as English keys).
KIND_NAMES = {
    SourceKind.RSS: QT_TRANSLATE_NOOP("SourcesBox", "news feed"),
    SourceKind.ICS: QT_TRANSLATE_NOOP("SourcesBox", "calendar"),
    SourceKind.LL2: QT_TRANSLATE_NOOP("SourcesBox", "Launch Library 2"),
}
FETCH_STATUS_NAMES = {
    "new": QT_TRANSLATE_NOOP("SourcesBox", "new"),
    "ok": QT_TRANSLATE_NOOP("SourcesBox", "ok"),
    "unchanged": QT_TRANSLATE_NOOP("SourcesBox", "unchanged"),
    "error": QT_TRANSLATE_NOOP("SourcesBox", "error"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SourcesBox", text)


def source_row(source: Source) -> list[str]:
    fetched = (
        source.last_fetched.astimezone().strftime("%Y-%m-%d %H:%M")
        if source.last_fetched
        else QCoreApplication.translate("SourcesBox", "never")
    )
    status = _tr(str(FETCH_STATUS_NAMES.get(source.status, source.status)))
    status = f"{status}: {source.error}" if source.error else status
    kind = _tr(str(KIND_NAMES[source.kind]))
    auto = QCoreApplication.translate("SourcesBox", "auto") if source.auto else ""
    return [source.name, f"{kind} · {auto}" if auto else kind, fetched, status]


class SourcesBox(QGroupBox):
    """The source list with Add / Remove; `changed` after either (the app refreshes)."""

    changed = Signal()
    _added = Signal(str)  # from the worker: "" or what went wrong

    def __init__(self, store: Any, clock: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Sources"))
        self._store, self._clock = store, clock
        self.table = QTreeWidget()
        self.table.setHeaderLabels(
            [self.tr("Name"), self.tr("Kind"), self.tr("Last fetched"), self.tr("Status")]
        )
        self.table.setAccessibleName(self.tr("Sources"))
        self.table.setRootIsDecorated(False)
        self.table.setMinimumHeight(120)
        self.setMinimumWidth(540)
        self.url = QLineEdit()
        self.url.setPlaceholderText(
            self.tr("https://… feed, .ics calendar or Launch Library 2 address")
        )
        self.url.setAccessibleName(self.tr("Address of a new source"))
        self.auto = QCheckBox(self.tr("&Track its new launches without asking"))
        self.add_button = QPushButton(self.tr("&Add"))
        self.remove_button = QPushButton(self.tr("&Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove the selected source"))
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.add_button.clicked.connect(self.add)
        self.url.returnPressed.connect(self.add)
        self.remove_button.clicked.connect(self.remove)
        self._added.connect(self._on_added, Qt.ConnectionType.QueuedConnection)
        self._layout()
        self.reload()

    def _layout(self) -> None:
        adding = QHBoxLayout()
        adding.addWidget(self.url, 1)
        adding.addWidget(self.add_button)
        below = QHBoxLayout()
        below.addWidget(self.auto)
        below.addStretch(1)
        below.addWidget(self.remove_button)
        column = QVBoxLayout(self)
        column.addWidget(self.table)
        column.addLayout(adding)
        column.addLayout(below)
        column.addWidget(self.status)

    def reload(self) -> None:
        self.table.clear()
        for source in self._store.list_sources():
            row = QTreeWidgetItem(source_row(source))
            row.setData(0, Qt.ItemDataRole.UserRole, source.id)
            row.setToolTip(0, plain_tooltip(source.url))
            row.setToolTip(3, plain_tooltip(row.text(3)))
            self.table.addTopLevelItem(row)
        for column in range(3):
            self.table.resizeColumnToContents(column)
        self.remove_button.setEnabled(self.table.topLevelItemCount() > 0)

    def add(self) -> None:
        url = self.url.text().strip()
        if not url or not self.add_button.isEnabled():
            return
        self.add_button.setEnabled(False)
        self.status.setText(self.tr("Adding…"))
        path, auto = Path(self._store.path), self.auto.isChecked()
        threading.Thread(target=self._add_in_thread, args=(path, url, auto), daemon=True).start()

    def _add_in_thread(self, path: Path, url: str, auto: bool) -> None:
        from countdown.core.store import Store, StoreError
        from countdown.integrations.sources.http_get import FetchError
        from countdown.integrations.sources.refresh import subscribe

        try:
            store = Store(path, clock=self._clock)
            try:
                subscribe(store, url, auto=auto)
            finally:
                store.close()
        except (FetchError, StoreError) as error:
            self._added.emit(str(error))
            return
        self._added.emit("")

    def _on_added(self, problem: str) -> None:
        self.add_button.setEnabled(True)
        self.status.setText(problem or self.tr("Added; fetching it now."))
        if not problem:
            self.url.clear()
            self.reload()
            self.changed.emit()

    def remove(self) -> None:
        row = self.table.currentItem() or self.table.topLevelItem(0)
        if row is None:
            return
        gone = self._store.remove_source(int(row.data(0, Qt.ItemDataRole.UserRole)))
        self.status.setText(self.tr("Removed %1; its launches stay.").replace("%1", gone.name))
        self.reload()
        self.changed.emit()
