"""The table of proposed launches in the "Paste news…" dialog (countdown/ui/paste_dialog.py).

One row per proposal: a checkbox labelled with what tracking does ("Add"; "Update" when the
launch is already tracked and the news has a new date or a firmer status; "Tracked", unchecked,
when nothing is new), an editable name and "When" (re-read as typed; an unreadable date shows
its error in the row and blocks that row), the window it reads as, a status and the quote.
The table keeps each row's current proposal (edits applied) for the dialog to save.
"""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget
from PySide6.QtWidgets import QTableWidgetItem as Item

from countdown.core.countdown import span_text
from countdown.core.dates.labels import localized_label
from countdown.core.dates.window import UnparseableDate
from countdown.core.model import Launch, Status, Window
from countdown.core.news.extract import Proposal, read_when
from countdown.core.news.track import describe_update, for_tracked, tracked_as, update_for
from countdown.ui.i18n import wording
from countdown.ui.plain_text import plain_tooltip
from countdown.ui.status_text import status_name

CHECK, NAME, WHEN, WINDOW, STATUS, QUOTE = range(6)
HEADERS = (
    "",
    QT_TRANSLATE_NOOP("ProposalTable", "Name"),
    QT_TRANSLATE_NOOP("ProposalTable", "When"),
    QT_TRANSLATE_NOOP("ProposalTable", "Reads as"),
    QT_TRANSLATE_NOOP("ProposalTable", "Status"),
    QT_TRANSLATE_NOOP("ProposalTable", "Quote"),
)
_PLAIN_LABEL = re.compile(r"(?:[A-Z][a-z]+ )?\d{4}")  # "July 2026", "2027"


class ProposalTable(QTableWidget):
    """Proposals to review; `edited` (row) fires after any change a user makes to a row."""

    edited = Signal(int)

    def __init__(self) -> None:
        super().__init__(0, len(HEADERS))
        self.proposals: list[Proposal] = []
        self.errors: dict[int, str] = {}  # row → why its edited "When" cannot be read
        self.tracked: list[Launch] = []  # active launches: news about them is an update
        self.setAccessibleName(self.tr("Proposed launches"))
        self.setAccessibleDescription(
            self.tr("Space ticks or unticks a launch; Ctrl+Enter tracks the ticked ones")
        )
        self.setHorizontalHeaderLabels([self.tr(str(h)) if h else "" for h in HEADERS])
        self.verticalHeader().setVisible(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setWordWrap(False)
        header = self.horizontalHeader()
        for column in (CHECK, STATUS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(QUOTE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((NAME, 160), (WHEN, 150), (WINDOW, 300)):
            self.setColumnWidth(column, width)
        self.itemChanged.connect(self._item_changed)

    def show_proposals(self, proposals: list[Proposal], tracked: list[Launch]) -> None:
        self.blockSignals(True)
        self.tracked = tracked
        self.proposals = [self._as_news(p) for p in proposals]
        self.errors = {}
        self.setRowCount(len(proposals))
        for row, proposal in enumerate(self.proposals):
            self._fill_row(row, proposal)
            self._show_action(row, initial=True)
        self.blockSignals(False)
        if proposals:
            self.setCurrentCell(0, NAME)

    def note(self, row: int) -> str:
        """For under the table: the row's quote and what tracking it does, or its date error."""
        if row in self.errors:
            return f"⚠ {self.errors[row]}"
        if not 0 <= row < len(self.proposals):
            return ""
        proposal = self.proposals[row]
        match = tracked_as(proposal, self.tracked)
        action = f"\n{describe_update(proposal, match, wording())}" if match else ""
        return f"“{proposal.quote}”{action}"

    def rows_to_track(self) -> list[int]:
        return [
            row
            for row in range(self.rowCount())
            if self._item(row, CHECK).checkState() == Qt.CheckState.Checked
            and row not in self.errors
            and self.proposals[row].name
        ]

    def _fill_row(self, row: int, proposal: Proposal) -> None:
        check = Item()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked)
        check.setData(Qt.ItemDataRole.AccessibleTextRole, self.tr("Track"))
        self.setItem(row, CHECK, check)
        self.setItem(row, NAME, Item(proposal.name))
        self._item(row, NAME).setToolTip(
            self.tr("Type the name here, or select it in the text above and press Alt+U")
        )
        self.setItem(row, WHEN, Item(proposal.when_text))
        self.setItem(row, WINDOW, _read_only(_window_text(proposal.window)))
        self._item(row, WINDOW).setToolTip(span_text(proposal.window, wording()))
        self.setItem(row, QUOTE, _read_only(proposal.quote))
        self._item(row, QUOTE).setToolTip(plain_tooltip(proposal.quote))
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Status"))
        for status in (s for s in Status if s.is_active):  # shown translated, kept as the key
            combo.addItem(status_name(status), status.value)
        combo.setCurrentIndex(combo.findData(proposal.status.value))
        combo.currentIndexChanged.connect(
            lambda index, row=row, box=combo: self._set_status(row, str(box.itemData(index)))
        )
        self.setCellWidget(row, STATUS, combo)

    def _item(self, row: int, column: int) -> Item:
        item = self.item(row, column)
        assert item is not None  # every cell but STATUS holds an item from _fill_row
        return item

    def _item_changed(self, item: Item) -> None:
        row = item.row()
        if item.column() == NAME:
            self.proposals[row] = replace(self.proposals[row], name=item.text().strip())
        elif item.column() == WHEN:
            self._reparse(row, item.text())
        if item.column() in (NAME, WHEN):
            self._show_action(row)
        self.edited.emit(row)

    def _set_status(self, row: int, value: str) -> None:
        self.proposals[row] = replace(self.proposals[row], status=Status(value))
        self._show_action(row)
        self.edited.emit(row)

    def _as_news(self, proposal: Proposal) -> Proposal:
        match = tracked_as(proposal, self.tracked)
        return for_tracked(proposal, match) if match else proposal

    def _show_action(self, row: int, *, initial: bool = False) -> None:
        proposal, check = self.proposals[row], self._item(row, CHECK)
        match = tracked_as(proposal, self.tracked)
        new = match is None or bool(update_for(proposal, match))
        check.setText(
            self.tr("Add") if match is None else (self.tr("Update") if new else self.tr("Tracked"))
        )
        if initial and not new:
            check.setCheckState(Qt.CheckState.Unchecked)

    def _reparse(self, row: int, when_text: str) -> None:
        proposal, cell, palette = self.proposals[row], self._item(row, WINDOW), self.palette()
        try:
            english, window = read_when(when_text, base=proposal.base)
        except UnparseableDate as exc:
            self.errors[row] = exc.worded(wording()) or self.tr("Not a date I can read.")
            cell.setText(f"⚠ {self.errors[row]}")
            cell.setToolTip(plain_tooltip(self.errors[row]))
            cell.setForeground(palette.brush(palette.ColorRole.Highlight))
            return
        self.errors.pop(row, None)
        self.proposals[row] = replace(proposal, when_text=english, window=window)
        cell.setText(_window_text(window))
        cell.setToolTip(span_text(window, wording()))
        cell.setForeground(palette.brush(palette.ColorRole.Text))


def _read_only(text: str) -> Item:
    item = Item(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _window_text(window: Window) -> str:
    """ "early October 2026 · Oct 1 – Oct 10, 2026"; just the label when it already says
    exactly which days ("March 18, 2027", "July 2026", "2027", a range, an instant)."""
    say = wording()
    plain = window.is_instant or window.is_single_day or "–" in window.label
    if plain or _PLAIN_LABEL.fullmatch(window.label):
        return localized_label(window, say)
    return f"{localized_label(window, say)} · {span_text(window, say)}"
