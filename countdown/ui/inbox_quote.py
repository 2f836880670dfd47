"""The Inbox's view of the selected proposal: its quote with the words that gave the name, the
date and the status highlighted (the paste dialog's formats and legend, ui/paste_highlight.py),
its link, and the name it will be tracked under — editable, or picked from the quote with "Use
selection as name" (ui/paste_name_pick.py) — so a wrong name is fixed before Track.

The spans come stored with the item (offsets into its quote, core/news/quote_evidence.py). A
fixed name is kept per proposal while the dialog lives, so choosing another row and coming back
keeps it; the name highlight follows the name: the picked words, else the words that read it.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from countdown.core.news.proposal import Evidence, Span
from countdown.core.source import InboxItem, InboxKind
from countdown.ui.paste_highlight import EvidenceLegend, follow_palette, highlight
from countdown.ui.paste_name_pick import NamePicker
from countdown.ui.plain_text import plain_label

_QUOTE_LINES = 4  # the quote box's height: a sentence or two, scrolling beyond


class InboxQuote(QWidget):
    """Quote, legend, link and "Track as" name of one proposal; `name_fixed` (inbox id, name)
    fires when the user changes the name."""

    name_fixed = Signal(int, str)

    def __init__(self) -> None:
        super().__init__()
        self._item: InboxItem | None = None
        self._evidence = Evidence()
        self._fixed: dict[int, tuple[str, Span | None]] = {}
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        # Words the paste dialog and the launch form have already, translated as there.
        self.text.setAccessibleName(QCoreApplication.translate("ProposalTable", "Quote"))
        follow_palette(self.text)
        self.text.setFixedHeight(self.text.fontMetrics().lineSpacing() * (_QUOTE_LINES + 1))
        self.legend = EvidenceLegend()
        self.link = plain_label()
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.name_edit = QLineEdit()
        self.name_edit.setAccessibleName(QCoreApplication.translate("LaunchForm", "Name"))
        self.name_edit.textEdited.connect(self._typed)
        self.picker = NamePicker(self.text)
        self.picker.picked.connect(self.use_as_name)
        self._layout()
        self.show_item(None)

    def _layout(self) -> None:
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.text, 0, 0, 1, 3)
        grid.addWidget(self.legend, 1, 0, 1, 3)
        grid.addWidget(self.link, 2, 0, 1, 3)
        label = QLabel(QCoreApplication.translate("LaunchForm", "&Name"))
        label.setBuddy(self.name_edit)
        grid.addWidget(label, 3, 0)
        grid.addWidget(self.name_edit, 3, 1)
        grid.addWidget(self.picker.button, 3, 2)
        grid.setColumnStretch(1, 1)

    def show_item(self, item: InboxItem | None) -> None:
        """Show `item`'s quote, highlight, link and name (its fixed one if any); None: none."""
        self._item = item
        quote = item.item.quote if item is not None else ""
        self.text.setPlainText(quote)
        self.link.setText(item.item.link if item is not None else "")
        self.link.setVisible(bool(self.link.text()))
        self._evidence = item.item.evidence if item is not None else Evidence()
        name = item.item.name if item is not None else ""
        if item is not None and item.id in self._fixed:
            name, span = self._fixed[item.id]
            self._evidence = replace(self._evidence, name=span)
        self.name_edit.setText(name)
        nameable = item is not None and item.kind is InboxKind.NEW
        self.name_edit.setEnabled(nameable)
        self.picker.set_available(nameable)
        self.legend.setVisible(item is not None)
        self._highlight()

    def fixed_name(self, inbox_id: int) -> str | None:
        """The name the user gave proposal `inbox_id`, or None when it was not changed."""
        fixed = self._fixed.get(inbox_id)
        return None if fixed is None else fixed[0]

    def use_as_name(self, span: Span) -> None:
        """The quote's words at `span` become the name (and its highlighted evidence)."""
        words = " ".join(self.text.toPlainText()[span.start : span.end].split())
        self.name_edit.setText(words)
        self._fix(words, span)

    def _typed(self, name: str) -> None:
        self._fix(name, self._name_span(name))

    def _name_span(self, name: str) -> Span | None:
        """Where the quote reads `name`: the highlighted words still, else its first mention."""
        quote, span = self.text.toPlainText(), self._evidence.name
        if span is not None and quote[span.start : span.end] == name:
            return span
        at = quote.find(name) if name.strip() else -1
        return Span(at, at + len(name)) if at >= 0 else None

    def _fix(self, name: str, span: Span | None) -> None:
        if self._item is None or self._item.id is None:
            return
        self._fixed[self._item.id] = (name, span)
        self._evidence = replace(self._evidence, name=span)
        self._highlight()
        self.name_fixed.emit(self._item.id, name)

    def _highlight(self) -> None:
        shown = self._evidence if self._item is not None else None
        highlight(self.text, self.text.toPlainText(), shown)
        self.legend.show_evidence(shown, self.text.toPlainText())
