"""The "Paste news…" dialog: paste a paragraph or article, review the proposed launches, track them.

Extraction (countdown.core.news.extract) runs 250 ms after the last edit of the text or of the
"Written on" date; it takes milliseconds, so it runs on the GUI thread. The proposals show in
a ProposalTable (countdown/ui/paste_table.py: editable name and "When", status, quote, and
whether tracking adds a launch or updates one already tracked). The current row's evidence — the
words that gave its name, date and status — is highlighted in the text box and scrolled into
view (countdown/ui/paste_highlight.py); words selected in the box can become the row's name
("Use selection as name", Alt+U, also in the box's context menu), so a wrong name is fixed in
place before tracking. "Track selected" saves the checked rows — `store.add` for new launches,
`store.update` for news about tracked ones (the store records the slip) — and emits `tracked`
with the stored launches; the main window and tray pick them up from the store. A dateline in
the text overrides "Written on" (the hint under the date says so).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from countdown.core.clock import Clock
from countdown.core.news.evidence import relocated
from countdown.core.news.extract import NothingToTrack, Proposal, extract_launches
from countdown.core.news.proposal import Span
from countdown.core.news.track import tracked_as, update_for
from countdown.core.store import LaunchStore
from countdown.ui.day_edit import day_edit
from countdown.ui.i18n import wording
from countdown.ui.paste_highlight import (
    EvidenceLegend,
    follow_palette,
    highlight,
    scroll_into_view,
)
from countdown.ui.paste_name_pick import NamePicker
from countdown.ui.paste_table import CHECK, NAME, QUOTE, STATUS, WHEN, WINDOW, ProposalTable
from countdown.ui.plain_text import plain_label
from countdown.ui.spoken_names import name_plainly

__all__ = ["CHECK", "NAME", "QUOTE", "STATUS", "WHEN", "WINDOW", "PasteDialog"]

DEBOUNCE_MS = 250
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "PasteDialog",
    "Paste a news paragraph or a whole article above.\n"
    "Launches with a date — “goes on sale in late August”, “Q3 2027”, “fin juillet” —\n"
    "show up here to review before tracking.\n"
    "English, German, French, Spanish, Chinese and Japanese are understood.",
)


class PasteDialog(QDialog):
    """Paste news text, review the proposals, track the checked ones."""

    tracked = Signal(list)  # list[Launch] as stored

    def __init__(self, store: LaunchStore, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store, self._clock = store, clock
        self._read_text = ""  # the text the proposals (and their evidence offsets) come from
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self.setWindowTitle(self.tr("Paste news — Launch Countdown"))
        self._build()
        self.resize(960, 580)
        name_plainly(self)  # no "(N)" Alt+key hints for screen readers

    # -- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Paste a news paragraph or article; launches with a date are proposed below.")
        )
        intro.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setTabChangesFocus(True)  # Tab leaves the box: no keyboard trap
        follow_palette(self.text_edit)
        self.text_edit.setAccessibleName(self.tr("News text"))
        self.text_edit.setAccessibleDescription(
            self.tr("Paste a news paragraph; the launches it names are proposed below")
        )
        self.text_edit.setPlaceholderText(
            self.tr(
                "Paste a news paragraph…\n\ne.g. “Google’s Pixel 11 Pro goes on sale in late August, "
                "according to a report.”"
            )
        )
        self.text_edit.textChanged.connect(self._timer.start)
        layout.addWidget(intro)
        layout.addWidget(self.text_edit, 2)
        layout.addLayout(self._evidence_row())
        layout.addLayout(self._written_row())
        layout.addWidget(self._results(), 3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.track_button = self.buttons.addButton(
            self.tr("Track selected"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.track_button.setAccessibleName(self.tr("Track selected"))
        self.track_button.setDefault(True)
        self.track_button.setEnabled(False)
        self.buttons.accepted.connect(self.track_selected)
        # Enter belongs to the text box (new lines); Ctrl+Enter tracks from anywhere.
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.activated.connect(self.track_button.click)
        self.track_button.setToolTip(
            QKeySequence("Ctrl+Enter").toString(QKeySequence.SequenceFormat.NativeText)
        )
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def _evidence_row(self) -> QHBoxLayout:
        """The highlight's legend, and the button that makes the selected words the name."""
        self.legend = EvidenceLegend()
        self.legend.setVisible(False)
        self.name_picker = NamePicker(self.text_edit)
        self.name_picker.picked.connect(self.use_as_name)
        self.use_name_button = self.name_picker.button
        row = QHBoxLayout()
        policy = self.legend.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the button stays at the right meanwhile
        self.legend.setSizePolicy(policy)
        row.addWidget(self.legend, 1)
        row.addWidget(self.use_name_button)
        return row

    def _written_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(self.tr("&Written on:"))
        self.date_edit = day_edit(self.tr("Written on"), self._clock().astimezone().date())
        self.date_edit.dateChanged.connect(self._timer.start)
        label.setBuddy(self.date_edit)
        self.written_hint = QLabel(self.tr("the date “this year” or “next month” counts from"))
        self.written_hint.setEnabled(False)  # drawn in the palette's disabled (muted) colour
        row.addWidget(label)
        row.addWidget(self.date_edit)
        row.addWidget(self.written_hint, 1)
        return row

    def _results(self) -> QStackedWidget:
        self.stack = QStackedWidget()
        self.empty_label = QLabel(self.tr(str(EMPTY_TEXT)))
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.setWordWrap(True)
        self.empty_label.setEnabled(False)
        self.table = ProposalTable()
        self.table.edited.connect(self._row_edited)
        self.table.currentCellChanged.connect(self._show_quote)
        self.quote_label = plain_label()  # a quote from the news: "<b>" is shown, not obeyed
        self.quote_label.setAccessibleName(self.tr("Quote"))
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
        """Under the table: the current row's quote and what tracking it does, or its error;
        in the text box: the row's evidence, scrolled into view."""
        self.quote_label.setText(self.table.note(row))
        text = self._read_text  # a box edited since is re-read soon (debounced): no marks now
        fresh = text == self.text_edit.toPlainText() and 0 <= row < self.table.rowCount()
        evidence = self.table.proposals[row].evidence if fresh else None
        highlight(self.text_edit, text, evidence)
        self.legend.setVisible(evidence is not None)
        self.legend.show_evidence(evidence, text)
        if evidence is not None:
            scroll_into_view(self.text_edit, text, evidence)
        self.name_picker.set_available(evidence is not None)

    def _row_edited(self, row: int) -> None:
        self._relocate(row)
        if row == self.table.currentRow():
            self._show_quote(row)
        self._update_button()

    def _relocate(self, row: int, name_at: Span | None = None) -> None:
        proposal = self.table.proposals[row]
        evidence = relocated(self._read_text, proposal, name_at)
        self.table.proposals[row] = replace(proposal, evidence=evidence)

    def use_as_name(self, span: Span) -> None:
        """The words at `span` of the text become the current row's name (and its evidence)."""
        if self._read_text != self.text_edit.toPlainText():
            self.refresh()  # the text was edited a moment ago: read it first
        row = self.table.currentRow()
        if not 0 <= row < self.table.rowCount():
            return
        item = self.table.item(row, NAME)
        assert item is not None  # every row has a name cell
        item.setText(" ".join(self.text_edit.toPlainText()[span.start : span.end].split()))
        self._relocate(row, name_at=span)  # after the table's own update of the name
        self._show_quote(row)

    # -- extraction ----------------------------------------------------------------------------
    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()  # a closed dialog reads nothing more (its store may be closed too)
        super().hideEvent(event)

    def _nothing_found(self) -> str:
        """NothingToTrack's message for a text with no launch, in the UI's language."""
        return self.tr(
            "No launch found in the text: paste a sentence that names a product and when it "
            "launches, e.g. “The Pixel 11 goes on sale in late August.”"
        )

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
        text = self._read_text = self.text_edit.toPlainText()
        try:
            proposals = extract_launches(text, base=self.written_on(), now=self._clock())
        except NothingToTrack:
            proposals = []
            self.empty_label.setText(
                self._nothing_found() if text.strip() else self.tr(str(EMPTY_TEXT))
            )
        self._show_base(proposals)
        self.table.show_proposals(proposals, self._store.list_launches(include_inactive=False))
        for row, proposal in enumerate(proposals):
            if self.table.proposals[row].status is not proposal.status:
                self._relocate(row)  # the status was merged with the tracked launch's
        self.stack.setCurrentIndex(1 if proposals else 0)
        self._show_quote(0 if proposals else -1)
        self._update_button()

    def _show_base(self, proposals: list[Proposal]) -> None:
        dateline = next(
            (p.base.date() for p in proposals if p.base.date() != self.written_on().date()), None
        )
        self.written_hint.setText(
            self.tr("the text’s own dateline, %1, is used instead").replace("%1", _day(dateline))
            if dateline
            else self.tr("the date “this year” or “next month” counts from")
        )

    def _update_button(self) -> None:
        count = len(self.table.rows_to_track())
        self.track_button.setEnabled(count > 0)
        self.track_button.setText(
            self.tr("Track %n selected", "", count) if count > 1 else self.tr("Track selected")
        )

    def track_selected(self) -> None:
        """Add the checked, readable rows to the store (or update the launch they are news
        about, which records the slip), then close."""
        now, saved = self._clock(), []
        for row in self.table.rows_to_track():
            proposal = self.table.proposals[row]
            match = tracked_as(proposal, self.table.tracked)
            if match is None or match.id is None:  # stored launches always have an id
                saved.append(self._store.add(proposal.to_launch(now)))
            elif changes := update_for(proposal, match):
                saved.append(self._store.update(match.id, **changes))
        if saved:
            self.tracked.emit(saved)
        self.accept()


def _day(value: date) -> str:
    return wording().date(value)
