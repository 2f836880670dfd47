"""The Inbox: what sources propose, waiting for the user's yes (DESIGN §2, §7).

One row per waiting proposal — a new launch to track, a slip of a tracked one ("moved from
Q2 2027 to Q3 2027") or a launch gone from its calendar — with the source it came from; the
selected row's quote (its name, date and status words highlighted), link and name show below
(ui/inbox_quote.py), where a wrong name is fixed before Track. Accept does what the row says
(track, apply the slip as a revision, remove), Dismiss ignores it (the same item is not
proposed again unless it changes). Several rows can be decided at once. Names and quotes are
shown literally.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from countdown.core.dates.labels import localized_label
from countdown.core.model import Launch
from countdown.core.news.slip import inbox_change
from countdown.core.source import InboxItem, InboxKind
from countdown.ui.i18n import wording
from countdown.ui.inbox_quote import InboxQuote
from countdown.ui.plain_text import plain_label, plain_tooltip
from countdown.ui.spoken_names import name_plainly
from countdown.ui.status_text import status_word

_VERBS = {
    InboxKind.NEW: QT_TRANSLATE_NOOP("InboxDialog", "&Track"),
    InboxKind.SLIP: QT_TRANSLATE_NOOP("InboxDialog", "&Apply"),
    InboxKind.REMOVED: QT_TRANSLATE_NOOP("InboxDialog", "&Remove"),
}
_WHAT = {
    InboxKind.NEW: QT_TRANSLATE_NOOP("InboxDialog", "New"),
    InboxKind.SLIP: QT_TRANSLATE_NOOP("InboxDialog", "Moved"),
    InboxKind.REMOVED: QT_TRANSLATE_NOOP("InboxDialog", "Gone"),
}


def row_texts(item: InboxItem, launch: Launch | None = None) -> list[str]:
    """What, launch, when (or the change to `launch` as it is now), source — one row's columns."""
    when = (f"{localized_label(item.item.window, wording())} ({status_word(item.item.status)})"
            if item.kind is InboxKind.NEW else inbox_change(item, launch, wording()))  # fmt: skip
    return [
        QCoreApplication.translate("InboxDialog", str(_WHAT[item.kind])),
        item.item.name,
        when,
        item.source_name,
    ]


class InboxDialog(QDialog):
    """The waiting proposals with Accept / Dismiss / Refresh sources."""

    refresh_requested = Signal()
    decided = Signal()

    def __init__(self, store: Any, parent: Any = None) -> None:
        super().__init__(parent)
        self._store = store
        self.setWindowTitle(self.tr("Inbox"))
        self.table = QTreeWidget()
        self.table.setHeaderLabels(
            ["", self.tr("Launch"), self.tr("When / change"), self.tr("Source")]
        )
        self.table.setAccessibleName(self.tr("Proposals from sources"))
        self.table.setRootIsDecorated(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self.quote = InboxQuote()
        self.quote.name_fixed.connect(self._name_fixed)
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.accept_button = self._button(
            self.tr("&Accept"), self.tr("Do what the selected proposals say")
        )
        self.dismiss_button = self._button(
            self.tr("&Dismiss"), self.tr("Ignore the selected proposals")
        )
        self.refresh_button = self._button(
            self.tr("Re&fresh sources"), self.tr("Fetch every source now")
        )
        self.accept_button.clicked.connect(lambda: self._decide(self._accept))
        self.dismiss_button.clicked.connect(lambda: self._decide(self._store.dismiss_inbox))
        self.refresh_button.clicked.connect(self.refresh_requested)
        self._layout()
        self.resize(720, 480)
        self.reload()
        name_plainly(self)  # no "(N)" Alt+key hints for screen readers

    def _button(self, text: str, accessible: str) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(accessible)
        return button

    def _layout(self) -> None:
        buttons = QHBoxLayout()
        for button in (self.accept_button, self.dismiss_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.refresh_button)
        column = QVBoxLayout(self)
        column.addWidget(self.table, 1)
        column.addWidget(self.quote)
        column.addWidget(self.message)
        column.addLayout(buttons)

    def reload(self) -> None:
        """Show what waits now (after a refresh, a decision, another process's change)."""
        self.table.clear()
        for proposal in self._store.inbox():
            row = QTreeWidgetItem(row_texts(proposal, self._launch(proposal.launch_id)))
            fixed = self.quote.fixed_name(proposal.id or 0)
            row.setText(1, proposal.item.name if fixed is None else fixed)
            row.setData(0, Qt.ItemDataRole.UserRole, proposal.id)
            row.setToolTip(1, plain_tooltip(proposal.item.quote))
            self.table.addTopLevelItem(row)
        for column in range(3):
            self.table.resizeColumnToContents(column)
        first = self.table.topLevelItem(0)
        if first is not None:
            self.table.setCurrentItem(first)
        self._selection_changed()

    def _launch(self, launch_id: int | None) -> Launch | None:
        """The launch a slip or removal is about, as it is now (None when gone or damaged)."""
        from countdown.core.store import StoreError

        try:
            return self._store.get(launch_id) if launch_id is not None else None
        except StoreError:
            return None

    def _selected(self) -> list[InboxItem]:
        ids = [row.data(0, Qt.ItemDataRole.UserRole) for row in self.table.selectedItems()]
        return [p for p in self._store.inbox() if p.id in ids]

    def _selection_changed(self) -> None:
        chosen = self._selected()
        self.accept_button.setEnabled(bool(chosen))
        self.dismiss_button.setEnabled(bool(chosen))
        verbs = {_VERBS[p.kind] for p in chosen}
        self.accept_button.setText(
            self.tr(str(verbs.pop())) if len(verbs) == 1 else self.tr("&Accept")
        )
        self.quote.show_item(chosen[0] if len(chosen) == 1 else None)
        self.quote.setVisible(len(chosen) == 1)
        empty = self.table.topLevelItemCount() == 0
        self.message.setText(
            self.tr("Nothing waiting. Sources are in Preferences.") if empty else ""
        )
        self.message.setVisible(empty)

    def _accept(self, inbox_id: int) -> Any:
        """Track (under the name the user fixed, if any), apply or remove."""
        return self._store.accept_inbox(inbox_id, self.quote.fixed_name(inbox_id))

    def _name_fixed(self, inbox_id: int, name: str) -> None:
        """The row shows the name it will be tracked under."""
        for index in range(self.table.topLevelItemCount()):
            row = self.table.topLevelItem(index)
            if row is not None and row.data(0, Qt.ItemDataRole.UserRole) == inbox_id:
                row.setText(1, name)

    def _decide(self, action: Callable[[int], Any]) -> None:
        from countdown.core.store import StoreError

        problems = []
        for proposal in self._selected():
            try:
                action(proposal.id or 0)
            except StoreError as error:  # e.g. its launch was removed meanwhile
                problems.append(str(error))
        self.reload()
        if problems:
            self.message.setText("\n".join(problems))
            self.message.setVisible(True)
        self.decided.emit()
