"""Making the alert popup fit: user text wrapped and elided to a width, the window put in a corner.

Launch names are user text of any length, sometimes one long word (a URL, a model number run
together). A QLabel with word wrap cannot break such a word and grows past the screen, so the
popup wraps text itself here: whole words per line, a word wider than the line elided, at most
`max_lines` lines with "…" at the end when text is left over. The label then shows exactly these
lines (plain text) and its size hint is exact, so the popup's size is known before it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QLabel

from countdown.ui.plain_text import plain_label, plain_tooltip


def fit_lines(text: str, metrics: QFontMetrics, width_px: int, max_lines: int) -> list[str]:
    """`text` as at most `max_lines` lines no wider than `width_px` (whole words where possible)."""
    lines: list[str] = []
    words = text.split()
    while words and len(lines) < max_lines:
        line = _elide(words.pop(0), metrics, width_px)
        while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width_px:
            line = f"{line} {words.pop(0)}"
        lines.append(line)
    if words and lines:  # text left over: the last line says so
        lines[-1] = _elide(f"{lines[-1]} {' '.join(words)}", metrics, width_px)
    return lines


def _elide(text: str, metrics: QFontMetrics, width_px: int) -> str:
    return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width_px)


def fitted_label(
    text: str, width_px: int, max_lines: int, *, bold: bool = False, scale: float = 1.0
) -> QLabel:
    """A plain-text label showing `text` fitted to the width; the full text in its tooltip."""
    label = plain_label()  # user text: "<b>" is shown, not obeyed
    font = label.font()
    font.setBold(bold)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    shown = "\n".join(fit_lines(text, QFontMetrics(label.font()), width_px, max_lines))
    label.setText(shown)
    label.setAccessibleName(text)
    if shown.replace("\n", " ") != " ".join(text.split()):
        label.setToolTip(plain_tooltip(text))
    return label


def corner_position(area: QRect, frame: QSize, margin_px: int) -> QPoint:
    """Top-left of a window `frame` in the bottom-right corner of `area`, never past its edges."""
    x = area.x() + area.width() - frame.width() - margin_px
    y = area.y() + area.height() - frame.height() - margin_px
    return QPoint(max(area.x(), x), max(area.y(), y))
