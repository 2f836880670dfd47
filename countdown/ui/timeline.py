"""The timeline: every launch window as a bar on a time axis, instants as diamonds, a today line.

A plain QWidget painted with QPainter (hundreds of bars are cheap; only the exposed rectangle is
drawn), meant to sit in a QScrollArea; the axis ticks come from timeline_axis. Zoom runs from weeks to years (Ctrl+wheel, or
`zoom_in`/`zoom_out`); the widget grows or shrinks to the span it shows. Colours come from the
palette, so it follows light and dark themes.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPolygonF,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from countdown.core.clock import Clock
from countdown.core.countdown import span_text
from countdown.core.dates.labels import localized_label
from countdown.core.model import Launch
from countdown.ui.i18n import wording
from countdown.ui.plain_text import plain_tooltip
from countdown.ui.timeline_axis import axis_ticks, month_start

ZOOMS = (("Weeks", 36.0), ("Months", 7.0), ("Quarters", 2.4), ("Years", 0.7))  # px per day
AXIS_PX, ROW_PX, BAR_PX, SIDE_PX = 34, 26, 16, 40
MIN_BAR_PX = 4.0


def _day_offset(value: date | datetime, origin: date) -> float:
    if isinstance(value, datetime):
        return (value.date() - origin).days + (value.hour * 60 + value.minute) / 1440
    return float((value - origin).days)


class TimelineView(QWidget):
    launch_activated = Signal(int)  # double click
    launch_selected = Signal(int)
    zoom_changed = Signal(str)
    zoom_about_to_change = Signal()

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock = clock
        self._launches: list[Launch] = []
        self.zoom_index = 1
        self.selected_id: int | None = None
        self.origin = clock().astimezone().date()
        self._days = 365
        self.setAccessibleName(self.tr("Timeline"))
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    # -- data and geometry -------------------------------------------------------------------

    def set_launches(self, launches: Sequence[Launch]) -> None:
        self._launches = sorted(launches, key=lambda la: (la.window.first_day(), la.window.days()))
        today = self._clock().astimezone().date()
        firsts = [la.window.first_day() for la in self._launches] + [today]
        lasts = [la.window.last_day() for la in self._launches] + [today]
        self.origin = month_start(min(firsts)) - timedelta(days=14)
        self._days = (max(lasts) - self.origin).days + 60
        self._resize()

    def px_per_day(self) -> float:
        return ZOOMS[self.zoom_index][1]

    def zoom_name(self) -> str:
        return ZOOMS[self.zoom_index][0]

    def x_of(self, value: date | datetime) -> float:
        return SIDE_PX + _day_offset(value, self.origin) * self.px_per_day()

    def today_x(self) -> float:
        return self.x_of(self._clock().astimezone().replace(tzinfo=None))

    def bar_rect(self, row: int) -> QRectF:
        window = self._launches[row].window
        left = self.x_of(window.start)
        right = self.x_of(window.last_day() + timedelta(days=1)) if not window.is_instant else left
        top = AXIS_PX + row * ROW_PX + (ROW_PX - BAR_PX) / 2
        width = max(right - left, MIN_BAR_PX)
        return QRectF(left, top, width, BAR_PX)

    def _resize(self) -> None:
        self.setMinimumSize(self.sizeHint())
        self.resize(self.sizeHint())
        self.update()

    def sizeHint(self) -> QSize:
        width = int(2 * SIDE_PX + self._days * self.px_per_day()) + 200
        return QSize(width, AXIS_PX + max(len(self._launches), 3) * ROW_PX + 10)

    def date_at(self, x: float) -> date:
        return self.origin + timedelta(days=int((x - SIDE_PX) / self.px_per_day()))

    def set_zoom(self, index: int) -> None:
        self.zoom_about_to_change.emit()
        self.zoom_index = max(0, min(index, len(ZOOMS) - 1))
        self._resize()
        self.zoom_changed.emit(self.zoom_name())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom_index - 1)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom_index + 1)

    # -- painting ------------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(event.rect(), palette.color(QPalette.ColorRole.Base))
        self._paint_axis(painter, palette, event.rect().left(), event.rect().right())
        self._paint_selection(painter, palette)
        self._paint_today(painter, palette)  # under the labels, which are drawn on a backing
        for row in range(len(self._launches)):
            self._paint_launch(painter, palette, row)
        painter.end()

    def _paint_axis(self, painter: QPainter, palette: QPalette, left: int, right: int) -> None:
        text = palette.color(QPalette.ColorRole.Text)
        grid = QColor(text)
        grid.setAlpha(40)
        painter.setPen(text)
        painter.drawLine(0, AXIS_PX - 1, self.width(), AXIS_PX - 1)
        for day, label, major in axis_ticks(self.origin, self._days, self.zoom_index, wording()):
            x = self.x_of(day)
            if x < left - 120 or x > right + 10:
                continue
            grid.setAlpha(70 if major else 30)
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(x, AXIS_PX - (10 if major else 5)), QPointF(x, self.height()))
            if label:
                painter.setPen(text)
                painter.drawText(QPointF(x + 3, AXIS_PX - 12), label)

    def _paint_selection(self, painter: QPainter, palette: QPalette) -> None:
        for row, launch in enumerate(self._launches):
            if launch.id == self.selected_id:
                top = self.bar_rect(row).top() - 4
                painter.fillRect(QRectF(0, top, self.width(), ROW_PX), palette.alternateBase())

    def _paint_launch(self, painter: QPainter, palette: QPalette, row: int) -> None:
        launch = self._launches[row]
        rect = self.bar_rect(row)
        colour = palette.color(QPalette.ColorRole.Highlight)
        if not launch.status.is_active:
            colour = palette.color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        if launch.window.is_instant:
            c = rect.center()
            half = BAR_PX / 2
            diamond = [
                QPointF(c.x(), c.y() - half),
                QPointF(c.x() + half, c.y()),
                QPointF(c.x(), c.y() + half),
                QPointF(c.x() - half, c.y()),
            ]
            painter.drawPolygon(QPolygonF(diamond))
            rect = rect.adjusted(-half, 0, half, 0)
        else:
            painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        label = f"{launch.name}  ·  {localized_label(launch.window, wording())}"
        if self._paint_offscreen_label(painter, palette, rect, label):
            return
        width = painter.fontMetrics().horizontalAdvance(label)
        x = rect.right() + 6
        visible = self.visibleRegion().boundingRect()
        if x + width > visible.right() and rect.left() - 6 - width >= visible.left():
            x = rect.left() - 6 - width  # no room right of the bar: put the name before it
        self._label(painter, x, rect.center().y() + painter.fontMetrics().ascent() / 2 - 1, label)

    def _label(self, painter: QPainter, x: float, baseline: float, text: str) -> None:
        """Text on a backing of the row's colour, so the today line and grid do not cross it."""
        metrics = painter.fontMetrics()
        box = QRectF(x - 3, baseline - metrics.ascent(), metrics.horizontalAdvance(text) + 6, 0)
        box.setHeight(metrics.height())
        row = self.row_at(QPointF(x, box.center().y()))
        selected = row >= 0 and self._launches[row].id == self.selected_id
        palette = self.palette()
        painter.fillRect(box, palette.alternateBase() if selected else palette.base())
        painter.drawText(QPointF(x, baseline), text)

    def _paint_offscreen_label(
        self, painter: QPainter, palette: QPalette, rect: QRectF, label: str
    ) -> bool:
        """A launch outside the visible part gets its label at that edge, with an arrow."""
        visible = self.visibleRegion().boundingRect()
        if visible.isEmpty():
            return False
        metrics = painter.fontMetrics()
        baseline = rect.center().y() + metrics.ascent() / 2 - 1
        faint = palette.color(QPalette.ColorRole.PlaceholderText)
        if rect.left() > visible.right():
            painter.setPen(faint)
            text = f"{label}  →"
            x = visible.right() - metrics.horizontalAdvance(text) - 6
            self._label(painter, x, baseline, text)
            return True
        if rect.right() < visible.left():
            painter.setPen(faint)
            self._label(painter, visible.left() + 6, baseline, f"←  {label}")
            return True
        return False

    def _paint_today(self, painter: QPainter, palette: QPalette) -> None:
        x = self.today_x()
        pen = QPen(palette.color(QPalette.ColorRole.Link), 2)
        painter.setPen(pen)
        painter.drawLine(QPointF(x, AXIS_PX - 8), QPointF(x, self.height()))
        painter.drawText(QPointF(x + 4, self.height() - 6), self.tr("Today"))

    # -- interaction ---------------------------------------------------------------------------

    def row_at(self, point: QPointF) -> int:
        row = int((point.y() - AXIS_PX) // ROW_PX)
        return row if 0 <= row < len(self._launches) and point.y() >= AXIS_PX else -1

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_in() if event.angleDelta().y() > 0 else self.zoom_out()
            event.accept()
        else:
            event.ignore()  # the scroll area scrolls

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position())
        if row >= 0:
            launch = self._launches[row]
            say = wording()
            label = localized_label(launch.window, say)
            tip = f"{launch.name}\n{label}: {span_text(launch.window, say)}"
            QToolTip.showText(event.globalPosition().toPoint(), plain_tooltip(tip), self)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position())
        if row >= 0 and self._launches[row].id is not None:
            self.selected_id = self._launches[row].id
            self.launch_selected.emit(self.selected_id)
            self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        row = self.row_at(event.position())
        if row >= 0 and self._launches[row].id is not None:
            self.launch_activated.emit(self._launches[row].id)
