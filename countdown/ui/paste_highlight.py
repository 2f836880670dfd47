"""The "Paste news…" dialog's evidence highlight: which words of the pasted text gave the current
proposal its name, its date and its status (core/news/evidence.py finds them).

The words are marked with ExtraSelections on the text box — formats laid over the document,
never HTML built from the pasted text (it is hostile input) — and the sentence they come from
gets a faint tint. Each part has its own colour, drawn from the Okabe–Ito colour-blind-safe
set as a light tint in a light palette and a deep shade in a dark one (the text colour stays
the palette's), and its own underline too (name solid, date dashed, status dotted: a text
box draws underlines of extra selections, not bold or italic), so colour is never the only
sign. `EvidenceLegend` draws the same three formats and says which parts have no words in the
text. Extra selections keep the formats they were made with, so `follow_palette` remakes them
when the box's palette changes (light ↔ dark). The Inbox (ui/inbox_quote.py) uses all of this.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPaintEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextLayout,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QTextEdit, QWidget

from countdown.core.literal import one_line
from countdown.core.news.proposal import Evidence, Span

NAME, WHEN, STATUS = "name", "when", "status"
# (light palette, dark palette) backgrounds: Okabe–Ito sky blue, orange, reddish purple.
_TINTS = {
    NAME: ("#cfe8f8", "#124a6b"),
    WHEN: ("#fbe0ad", "#6b4700"),
    STATUS: ("#f3d3e6", "#6e2d55"),
}
_UNDERLINES = {
    NAME: QTextCharFormat.UnderlineStyle.SingleUnderline,
    WHEN: QTextCharFormat.UnderlineStyle.DashUnderline,
    STATUS: QTextCharFormat.UnderlineStyle.DotLine,
}
_QUOTE_MIX = 0.1  # the sentence's tint: this much of the text colour over the base
_SAID_CHARS = 80  # of each part's words, in the accessible description
_CHIP_MARGIN = 3  # pixels of tint around a legend word
_MARGIN_LINES = 2  # lines kept visible around scrolled-to evidence


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def part_format(part: str, palette: QPalette) -> QTextCharFormat:
    """How one part's words are drawn: its tint, the palette's text colour, its type style."""
    fmt = QTextCharFormat()
    fmt.setBackground(QColor(_TINTS[part][1 if is_dark(palette) else 0]))
    fmt.setForeground(palette.color(QPalette.ColorRole.Text))
    fmt.setUnderlineStyle(_UNDERLINES[part])
    return fmt


def _quote_format(palette: QPalette) -> QTextCharFormat:
    base, text = (palette.color(r) for r in (QPalette.ColorRole.Base, QPalette.ColorRole.Text))
    mixed = QColor.fromRgbF(
        base.redF() + (text.redF() - base.redF()) * _QUOTE_MIX,
        base.greenF() + (text.greenF() - base.greenF()) * _QUOTE_MIX,
        base.blueF() + (text.blueF() - base.blueF()) * _QUOTE_MIX,
    )
    fmt = QTextCharFormat()
    fmt.setBackground(mixed)
    return fmt


class _PaletteFollower(QObject):
    """Remakes a box's highlight formats for its new palette."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(watched, QPlainTextEdit) and event.type() == QEvent.Type.PaletteChange:
            restyle(watched)
        return False


def follow_palette(edit: QPlainTextEdit) -> None:
    """Keep `edit`'s highlight in the tints of its current palette (light ↔ dark)."""
    edit.installEventFilter(_PaletteFollower(edit))


def restyle(edit: QPlainTextEdit) -> None:
    """The box's highlight, same words, in formats made for its palette now."""
    parts = {style: part for part, style in _UNDERLINES.items()}
    palette, selections = edit.palette(), edit.extraSelections()
    for selection in selections:
        part = parts.get(selection.format.underlineStyle())
        selection.format = part_format(part, palette) if part else _quote_format(palette)
    edit.setExtraSelections(selections)


def qt_position(text: str, index: int) -> int:
    """A Python string index as a Qt document position (Qt counts UTF-16 units: a character
    beyond the basic plane, such as most emoji, takes two)."""
    return index + sum(1 for c in text[:index] if ord(c) > 0xFFFF)


def python_index(text: str, position: int) -> int:
    """A Qt document position back as a Python string index."""
    units = 0
    for index, char in enumerate(text):
        if units >= position:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def _selection(
    edit: QPlainTextEdit, text: str, span: Span, fmt: QTextCharFormat
) -> QTextEdit.ExtraSelection:
    cursor = QTextCursor(edit.document())
    end = min(qt_position(text, span.end), edit.document().characterCount() - 1)
    cursor.setPosition(min(qt_position(text, span.start), end))
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    selection = QTextEdit.ExtraSelection()
    selection.cursor, selection.format = cursor, fmt
    return selection


def highlight(edit: QPlainTextEdit, text: str, evidence: Evidence | None) -> None:
    """Mark `evidence` (offsets into `text`, the box's plain text) in the box; None clears."""
    selections = []
    if evidence is not None and text == edit.toPlainText():
        palette = edit.palette()
        if evidence.quote is not None:
            selections.append(_selection(edit, text, evidence.quote, _quote_format(palette)))
        for part in (NAME, WHEN, STATUS):
            span = getattr(evidence, part)
            if span is not None:
                selections.append(_selection(edit, text, span, part_format(part, palette)))
    edit.setExtraSelections(selections)


def scroll_into_view(edit: QPlainTextEdit, text: str, evidence: Evidence) -> None:
    """Scroll the box (without moving its cursor or selection) so the evidence shows."""
    spans = [s for s in (evidence.quote, evidence.name, evidence.when) if s is not None]
    if not spans:
        return
    first = min(spans, key=lambda s: s.start)
    cursor = QTextCursor(edit.document())
    cursor.setPosition(qt_position(text, first.start))
    bar, height = edit.verticalScrollBar(), edit.viewport().height()
    line = edit.fontMetrics().lineSpacing()
    for _ in range(bar.maximum() + 1):  # bounded: one step per line at most
        top = edit.cursorRect(cursor).top()
        if top < _MARGIN_LINES * line and bar.value() > bar.minimum():
            bar.setValue(bar.value() - 1)
        elif top > height - (_MARGIN_LINES + 1) * line and bar.value() < bar.maximum():
            bar.setValue(bar.value() + 1)
        else:
            return


class _Chip(QLabel):
    """A legend word drawn in a part's own text format (tint, colour and underline)."""

    def __init__(self, text: str, part: str) -> None:
        super().__init__(text)
        self.part = part
        self.setMargin(_CHIP_MARGIN)

    def paintEvent(self, _event: QPaintEvent) -> None:
        layout = QTextLayout(self.text(), self.font())
        fmt = part_format(self.part, self.palette())
        layout.setFormats([_whole(len(self.text()), fmt)])
        layout.beginLayout()
        layout.createLine()
        layout.endLayout()
        painter = QPainter(self)
        painter.fillRect(self.rect(), fmt.background())
        top = (self.height() - layout.boundingRect().height()) / 2
        layout.draw(painter, QPointF(self.margin(), top))
        painter.end()


def _whole(length: int, fmt: QTextCharFormat) -> QTextLayout.FormatRange:
    whole = QTextLayout.FormatRange()
    whole.start, whole.length, whole.format = 0, length, fmt
    return whole


class EvidenceLegend(QWidget):
    """ "Highlighted: [Name] [Date] [Status]" in the text's own styles, and which of them the
    current proposal has no words for."""

    def __init__(self) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        caption = QLabel(self.tr("In the text:"))
        caption.setEnabled(False)  # drawn muted, like the other hints in the dialog
        layout.addWidget(caption)
        self.chips = {
            NAME: _Chip(self.tr("Name"), NAME),
            WHEN: _Chip(self.tr("Date"), WHEN),
            STATUS: _Chip(self.tr("Status"), STATUS),
        }
        for chip in self.chips.values():
            layout.addWidget(chip)
        self.missing = QLabel()
        self.missing.setEnabled(False)
        layout.addWidget(self.missing, 1)

    def show_evidence(self, evidence: Evidence | None, text: str = "") -> None:
        """Say which parts of `evidence` are not in the text; None: nothing selected. The
        words themselves go in the accessible description: a screen reader does not tell
        tints and underlines."""
        names = {NAME: self.tr("name"), WHEN: self.tr("date"), STATUS: self.tr("status")}
        spans = {p: getattr(evidence, p) for p in names} if evidence is not None else {}
        absent = [names[p] for p, span in spans.items() if span is None]
        missing = self.tr("(no words in the text for: %1)").replace("%1", ", ".join(absent))
        self.missing.setText(missing if absent else "")
        found = [
            f"{names[p]} “{one_line(text[span.start : span.end])[:_SAID_CHARS]}”"
            for p, span in spans.items()
            if span is not None
        ]
        self.setAccessibleDescription("; ".join([*found, self.missing.text()]).strip("; "))
