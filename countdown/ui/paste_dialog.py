"""The "Paste news…" dialog: paste a paragraph or article, review the proposed launches, track them.

Extraction (countdown.core.extract) runs 250 ms after the last edit of the text or of the
"Written on" date; it takes milliseconds, so it runs on the GUI thread. Each proposal is a row
with a checkbox, an editable name and "When" text (re-parsed as you type it, with the error
shown in the row), the window it reads as, a status and the quote. "Track selected" adds the
checked, valid rows with `store.add` and emits `tracked` with the stored launches; the main
window and tray pick them up from the store. A dateline in the text overrides "Written on"
(the hint under the date says so).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from countdown.core.countdown import span_text
from countdown.core.extract import NothingToTrack, Proposal, extract_launches, read_when
from countdown.core.extract_track import describe_update, for_tracked, tracked_as, update_for
from countdown.core.model import Launch, Status, Window
from countdown.core.window import UnparseableDate

DEBOUNCE_MS = 250
_PLAIN_LABEL = re.compile(r"(?:[A-Z][a-z]+ )?\d{4}")  # "July 2026", "2027"
CHECK, NAME, WHEN, WINDOW, STATUS, QUOTE = range(6)
HEADERS = ("", "Name", "When", "Reads as", "Status", "Quote")
EMPTY_TEXT = (
    "Paste a news paragraph or a whole article above.\n"
    "Launches with a date — “goes on sale in late August”, “Q3 2027”, “fin juillet” —\n"
    "show up here to review before tracking. English, French and Chinese are understood."
)


class PasteDialog(QDialog):
    """Paste news text, review the proposals, track the checked ones."""

    tracked = Signal(list)  # list[Launch] as stored

    def __init__(
        self, store: Any, clock: Callable[[], datetime], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._store, self._clock = store, clock
        self._proposals: list[Proposal] = []
        self._errors: dict[int, str] = {}  # row → why its edited "When" cannot be read
        self._tracked: list[Launch] = []  # active launches, to turn news about them into updates
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.setWindowTitle("Paste news — Launch Countdown")
        self._build()
        self.resize(960, 580)

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            "Paste a news paragraph or article; launches with a date are proposed below."
        )
        intro.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName("News text")
        self.text_edit.setPlaceholderText(
            "Paste a news paragraph…\n\ne.g. “Google’s Pixel 11 Pro goes on sale in late August, "
            "according to a report.”"
        )
        self.text_edit.textChanged.connect(self._timer.start)
        layout.addWidget(intro)
        layout.addWidget(self.text_edit, 2)
        layout.addLayout(self._written_row())
        layout.addWidget(self._results(), 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.track_button = self.buttons.addButton(
            "Track selected", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.track_button.setAccessibleName("Track selected")
        self.track_button.setDefault(True)
        self.track_button.setEnabled(False)
        self.buttons.accepted.connect(self.track_selected)
        # Enter belongs to the text box (new lines); Ctrl+Enter tracks from anywhere.
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.activated.connect(self.track_button.click)
        self.track_button.setToolTip("Ctrl+Enter")
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _written_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel("&Written on:")
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName("Written on")
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        today = self._clock().astimezone().date()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        self.date_edit.dateChanged.connect(self._timer.start)
        label.setBuddy(self.date_edit)
        self.written_hint = QLabel("the date “this year” or “next month” counts from")
        self.written_hint.setEnabled(False)  # drawn in the palette's disabled (muted) colour
        row.addWidget(label)
        row.addWidget(self.date_edit)
        row.addWidget(self.written_hint, 1)
        return row

    def _results(self) -> QStackedWidget:
        self.stack = QStackedWidget()
        self.empty_label = QLabel(EMPTY_TEXT)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setAccessibleName("Proposed launches")
        self.table.setHorizontalHeaderLabels(HEADERS)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, mode in (
            (CHECK, QHeaderView.ResizeMode.ResizeToContents),
            (STATUS, QHeaderView.ResizeMode.ResizeToContents),
            (QUOTE, QHeaderView.ResizeMode.Stretch),
        ):
            header.setSectionResizeMode(column, mode)
        for column, width in ((NAME, 160), (WHEN, 150), (WINDOW, 300)):
            self.table.setColumnWidth(column, width)
        self.table.itemChanged.connect(self._item_changed)
        self.table.currentCellChanged.connect(self._show_quote)
        self.quote_label = QLabel()
        self.quote_label.setAccessibleName("Quote")
        self.quote_label.setWordWrap(True)
        self.quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        page = QWidget()
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.table, 1)
        page_layout.addWidget(self.quote_label)
        self.stack.addWidget(self.empty_label)
        self.stack.addWidget(page)
        return self.stack

    def _show_quote(self, row: int, *_: int) -> None:
        """Under the table: the full sentence behind the current row, or why its date fails."""
        if row in self._errors:
            self.quote_label.setText(f"⚠ {self._errors[row]}")
            return
        if not 0 <= row < len(self._proposals):
            self.quote_label.setText("")
            return
        proposal = self._proposals[row]
        match = tracked_as(proposal, self._tracked)
        action = f"\n{describe_update(proposal, match)}" if match else ""
        self.quote_label.setText(f"“{proposal.quote}”{action}")

    # -- extraction ----------------------------------------------------------------------------
    def written_on(self) -> datetime:
        """The "Written on" date as a base; today means now, so "in 4 hours" counts from now."""
        day = self.date_edit.date()
        now = self._clock().astimezone().replace(tzinfo=None, microsecond=0)
        if (day.year(), day.month(), day.day()) == (now.year, now.month, now.day):
            return now
        return datetime(day.year(), day.month(), day.day())

    def refresh(self) -> None:
        """Extract proposals from the text now (the debounce timer calls this)."""
        self._timer.stop()
        text = self.text_edit.toPlainText()
        try:
            proposals = extract_launches(text, base=self.written_on(), now=self._clock())
        except NothingToTrack as exc:
            proposals = []
            self.empty_label.setText(str(exc) if text.strip() else EMPTY_TEXT)
        self._tracked = self._store.list_launches(include_inactive=False)
        self._show_base(proposals)
        self._fill(proposals)

    def _show_base(self, proposals: list[Proposal]) -> None:
        dateline = next(
            (p.base.date() for p in proposals if p.base.date() != self.written_on().date()), None
        )
        self.written_hint.setText(
            f"the text’s own dateline, {_day(dateline)}, is used instead"
            if dateline
            else "the date “this year” or “next month” counts from"
        )

    def _fill(self, proposals: list[Proposal]) -> None:
        self.table.blockSignals(True)
        self._proposals = [self._as_news(p) for p in proposals]
        self._errors = {}
        self.table.setRowCount(len(proposals))
        for row, proposal in enumerate(self._proposals):
            self._fill_row(row, proposal)
            self._show_action(row, initial=True)
        self.table.blockSignals(False)
        self.stack.setCurrentIndex(1 if proposals else 0)
        if proposals:
            self.table.setCurrentCell(0, NAME)
        self._show_quote(0 if proposals else -1)
        self._update_button()

    def _fill_row(self, row: int, proposal: Proposal) -> None:
        check = QTableWidgetItem()
        check.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        check.setCheckState(Qt.CheckState.Checked)
        check.setData(Qt.ItemDataRole.AccessibleTextRole, "Track")
        self.table.setItem(row, CHECK, check)
        self.table.setItem(row, NAME, QTableWidgetItem(proposal.name))
        self.table.setItem(row, WHEN, QTableWidgetItem(proposal.when_text))
        reads_as = _read_only(_window_text(proposal.window))
        reads_as.setToolTip(span_text(proposal.window))
        self.table.setItem(row, WINDOW, reads_as)
        quote = _read_only(proposal.quote)
        quote.setToolTip(proposal.quote)
        self.table.setItem(row, QUOTE, quote)
        combo = QComboBox()
        combo.setAccessibleName("Status")
        combo.addItems([s.value for s in Status if s.is_active])
        combo.setCurrentText(proposal.status.value)
        combo.currentTextChanged.connect(lambda text, row=row: self._set_status(row, text))
        self.table.setCellWidget(row, STATUS, combo)

    # -- editing -------------------------------------------------------------------------------
    def _item_changed(self, item: QTableWidgetItem) -> None:
        row = item.row()
        if item.column() == NAME:
            self._proposals[row] = replace(self._proposals[row], name=item.text().strip())
        elif item.column() == WHEN:
            self._reparse(row, item.text())
        if item.column() in (NAME, WHEN):
            self._show_action(row)
        self._update_button()

    def _set_status(self, row: int, value: str) -> None:
        self._proposals[row] = replace(self._proposals[row], status=Status(value))
        self._show_action(row)

    # -- news about launches already tracked ---------------------------------------------------
    def _as_news(self, proposal: Proposal) -> Proposal:
        match = tracked_as(proposal, self._tracked)
        return for_tracked(proposal, match) if match else proposal

    def _show_action(self, row: int, *, initial: bool = False) -> None:
        """ "Add", "Update" (the launch is tracked; the date or status is new) or "Tracked"
        (nothing new: unchecked when first shown)."""
        proposal, check = self._proposals[row], self._item(row, CHECK)
        match = tracked_as(proposal, self._tracked)
        new = match is None or bool(update_for(proposal, match))
        check.setText("Add" if match is None else ("Update" if new else "Tracked"))
        if initial and not new:
            check.setCheckState(Qt.CheckState.Unchecked)
        if row == self.table.currentRow():
            self._show_quote(row)

    def _reparse(self, row: int, when_text: str) -> None:
        proposal, cell = self._proposals[row], self._item(row, WINDOW)
        palette = self.palette()
        try:
            english, window = read_when(when_text, base=proposal.base)
        except UnparseableDate as exc:
            self._errors[row] = str(exc) or "Not a date I can read."
            cell.setText(f"⚠ {self._errors[row]}")
            cell.setToolTip(self._errors[row])
            cell.setForeground(palette.brush(palette.ColorRole.Highlight))
        else:
            self._errors.pop(row, None)
            self._proposals[row] = replace(proposal, when_text=english, window=window)
            cell.setText(_window_text(window))
            cell.setToolTip(span_text(window))
            cell.setForeground(palette.brush(palette.ColorRole.Text))
        self._show_quote(self.table.currentRow())

    def _item(self, row: int, column: int) -> QTableWidgetItem:
        item = self.table.item(row, column)
        assert item is not None  # every cell but STATUS holds an item from _fill_row
        return item

    def _rows_to_track(self) -> list[int]:
        return [
            row
            for row in range(self.table.rowCount())
            if self._item(row, CHECK).checkState() == Qt.CheckState.Checked
            and row not in self._errors
            and self._item(row, NAME).text().strip()
        ]

    def _update_button(self) -> None:
        count = len(self._rows_to_track())
        self.track_button.setEnabled(count > 0)
        self.track_button.setText(f"Track {count} selected" if count > 1 else "Track selected")

    def track_selected(self) -> None:
        """Add the checked, readable rows to the store (or update the launch they are news
        about, which records the slip), then close."""
        now, saved = self._clock(), []
        for row in self._rows_to_track():
            proposal = self._proposals[row]
            match = tracked_as(proposal, self._tracked)
            if match is None:
                saved.append(self._store.add(proposal.to_launch(now)))
            elif changes := update_for(proposal, match):
                saved.append(self._store.update(match.id, **changes))
        if saved:
            self.tracked.emit(saved)
        self.accept()


def _read_only(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    return item


def _day(value: date) -> str:
    return f"{value:%b} {value.day}, {value.year}"


def _window_text(window: Window) -> str:
    """ "early October 2026 · Oct 1 – Oct 10, 2026"; just the label when it already says
    exactly which days ("March 18, 2027", "July 2026", "2027", a range, an instant)."""
    plain = window.is_instant or window.is_single_day or "–" in window.label
    if plain or _PLAIN_LABEL.fullmatch(window.label):
        return window.label
    return f"{window.label} · {span_text(window)}"
