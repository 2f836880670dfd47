"""What the alert popup shows: one alert with its buttons, or a digest of several.

Built fresh for each change of the alerts shown (it is small). Text is fitted to the screen it
will be shown on (popup_fit); a digest taller than the screen scrolls, so the Snooze all and
Dismiss all buttons always stay in view. The buttons call back into the popup (`Host`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from countdown.ui.plain_text import plain_label, spoken_text
from countdown.ui.popup_actions import AlertLike, is_url, snooze_choices
from countdown.ui.popup_fit import fitted_label

MARGIN_PX = 16  # between the popup and the screen's edges
HEADING_SCALE = 1.2
TEXT_WIDTH_PX = 380  # single alert: title and body
DIGEST_TEXT_WIDTH_PX = 250  # digest row: beside its two buttons
CHROME_PX = 48  # layout margins and frame around the text
BUTTONS_ROW_PX = 120  # heading + button row + margins, kept clear of a scrolling digest


class Host(Protocol):
    """The popup, as its buttons see it."""

    def snooze(self, alerts: Sequence[AlertLike], until: datetime) -> None: ...
    def mark_launched(self, alert: AlertLike, *, close: bool = True) -> None: ...
    def open_launch(self, launch_id: int) -> None: ...
    def open_url(self, url: str) -> None: ...
    def dismiss(self) -> None: ...


class AlertContent(QWidget):
    def __init__(
        self,
        alerts: Sequence[AlertLike],
        host: Host,
        *,
        now: datetime,
        area: QRect,
        source: Callable[[int], str],
    ) -> None:
        super().__init__()
        self._host, self._now, self._area = host, now, area
        self._column = QVBoxLayout(self)
        self._column.setContentsMargins(0, 0, 0, 0)
        if len(alerts) == 1:
            self._single(alerts[0], source(alerts[0].launch_id))
        else:
            self._digest(alerts)

    def _text_width_px(self, wanted_px: int) -> int:
        """`wanted_px`, or less on a screen too narrow for it."""
        return max(120, min(wanted_px, self._area.width() - 2 * MARGIN_PX - CHROME_PX))

    def _single(self, alert: AlertLike, source: str) -> None:
        width_px = self._text_width_px(TEXT_WIDTH_PX)
        heading = fitted_label(alert.title, width_px, 3, bold=True, scale=HEADING_SCALE)
        self._column.addWidget(heading)
        if alert.body:
            self._column.addWidget(fitted_label(alert.body, width_px, 4))
        if getattr(alert, "missed", False):
            away = plain_label(self.tr("While you were away"))
            font = away.font()
            font.setItalic(True)
            away.setFont(font)
            self._column.addWidget(away)
        row = QHBoxLayout()
        row.addWidget(self._snooze_button([alert], self.tr("&Snooze")))
        row.addWidget(button(self.tr("&Mark launched"), lambda: self._host.mark_launched(alert)))
        if is_url(source):
            row.addWidget(button(self.tr("&Open source"), lambda: self._host.open_url(source)))
        row.addStretch(1)
        row.addWidget(button(self.tr("&Dismiss"), self._host.dismiss, default=True))
        self._column.addLayout(row)

    def _digest(self, alerts: Sequence[AlertLike]) -> None:
        away = all(getattr(a, "missed", False) for a in alerts)
        heading = (
            self.tr("%n alerts while you were away", "", len(alerts))
            if away
            else self.tr("%n alerts", "", len(alerts))
        )
        width_px = self._text_width_px(TEXT_WIDTH_PX)
        self._column.addWidget(fitted_label(heading, width_px, 2, bold=True, scale=HEADING_SCALE))
        rows = QWidget()
        column = QVBoxLayout(rows)
        column.setContentsMargins(0, 0, 0, 0)
        for alert in alerts:
            column.addWidget(self._digest_row(alert))
        self._column.addWidget(self._scrolling(rows))
        row = QHBoxLayout()
        row.addWidget(self._snooze_button(alerts, self.tr("&Snooze all")))
        row.addStretch(1)
        row.addWidget(button(self.tr("&Dismiss all"), self._host.dismiss, default=True))
        self._column.addLayout(row)

    def _scrolling(self, rows: QWidget) -> QScrollArea:
        """The digest rows, scrolling when they are taller than the screen has room for."""
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(rows)
        scroll.setWidgetResizable(True)
        wanted = rows.sizeHint()
        room_px = self._area.height() - 2 * MARGIN_PX - BUTTONS_ROW_PX
        bar_px = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent)
        extra_px = bar_px if wanted.height() > room_px else 0
        scroll.setFixedSize(QSize(wanted.width() + extra_px, min(wanted.height(), room_px)))
        return scroll

    def _digest_row(self, alert: AlertLike) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(frame)
        text = QVBoxLayout()
        width_px = self._text_width_px(DIGEST_TEXT_WIDTH_PX)
        text.addWidget(fitted_label(alert.title, width_px, 2, bold=True))
        if alert.body:
            text.addWidget(fitted_label(alert.body, width_px, 2))
        row.addLayout(text, 1)
        open_launch = lambda: self._host.open_launch(alert.launch_id)  # noqa: E731
        row.addWidget(
            button(self.tr("Open"), open_launch, name=self.tr("Open %1").replace("%1", alert.title))
        )
        mark = lambda: self._host.mark_launched(alert, close=False)  # noqa: E731
        row.addWidget(
            button(
                self.tr("Mark launched"),
                mark,
                name=self.tr("Mark launched: %1").replace("%1", alert.title),
            )
        )
        return frame

    def _snooze_button(self, alerts: Sequence[AlertLike], text: str = "Snooze") -> QPushButton:
        # A push button with a menu, like its neighbours: the style leaves room for the arrow
        # (a tool button drew it over the end of the text).
        snooze = QPushButton(text)
        snooze.setAccessibleName(spoken_text(text))
        menu = QMenu(snooze)
        for label, until in snooze_choices(self._now):
            action = menu.addAction(label)
            action.triggered.connect(lambda _=False, u=until: self._host.snooze(alerts, u))
        snooze.setMenu(menu)
        return snooze


def button(
    text: str, slot: Callable[[], None], *, default: bool = False, name: str | None = None
) -> QPushButton:
    push = QPushButton(text)
    push.setAccessibleName(name or spoken_text(text))  # "&" marks the Alt+key
    push.setDefault(default)
    push.clicked.connect(lambda _=False: slot())
    return push
