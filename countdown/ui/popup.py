"""The launch-day popup: one alert in a small always-on-top window, or a digest of several.

Snooze and Mark launched go to an `AlertActions` object (see popup_actions), Open source opens
the launch's URL with the desktop's browser, Dismiss just closes. Several alerts arriving at
once (say after the machine slept) become one digest: "3 alerts while you were away"; a long
digest scrolls so its buttons stay on the screen. The window sizes itself to its content and
sits in the bottom-right corner of the screen's available area (see popup_fit): all of it is
visible even on a 1024×768 screen and with very long launch names.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QRect, QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLayout,
    QMenu,
    QPushButton,
    QScrollArea,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from countdown import APP_NAME
from countdown.services.scheduler import emit
from countdown.ui.popup_actions import (
    MORNING,
    AlertActions,
    AlertLike,
    StoreAlertActions,
    is_url,
    snooze_choices,
)
from countdown.ui.popup_fit import corner_position, fitted_label

__all__ = ["MORNING", "AlertPopup", "StoreAlertActions", "is_url", "snooze_choices"]

MARGIN_PX = 16
HEADING_SCALE = 1.2
TEXT_WIDTH_PX = 380  # single alert: title and body
DIGEST_TEXT_WIDTH_PX = 250  # digest row: beside its two buttons
CHROME_PX = 48  # layout margins and frame around the text
BUTTONS_ROW_PX = 120  # heading + button row + margins, kept clear of a scrolling digest


class AlertPopup(QWidget):
    """Shows alerts; asks the app (through signals) to open a launch or the main window."""

    open_launch_requested = Signal(int)
    closed = Signal()

    def __init__(
        self,
        store: Any,
        actions: AlertActions,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(f"{APP_NAME} alert")
        self.setAccessibleName("Launch alert")
        self._store, self._actions, self._clock = store, actions, clock
        self.alerts: list[AlertLike] = []
        self._outer = QVBoxLayout(self)
        self._outer.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # size = content
        self._content: QWidget | None = None
        self._body = QVBoxLayout()

    def set_actions(self, actions: AlertActions) -> None:
        self._actions = actions

    def show_alerts(self, alerts: Sequence[AlertLike]) -> None:
        """Show these alerts (added to the ones already shown, as a digest if more than one)."""
        known = {a.key for a in self.alerts}
        self.alerts += [a for a in alerts if a.key not in known]
        self._rebuild()
        self.show()
        self.raise_()

    def _rebuild(self) -> None:
        if self._content is not None:
            self._content.hide()  # gone now, not at the next turn of the event loop
            self._content.setParent(None)
            self._content.deleteLater()
        self._content = QWidget()
        self._body = QVBoxLayout(self._content)
        self._body.setContentsMargins(0, 0, 0, 0)
        if len(self.alerts) == 1:
            self._build_single(self.alerts[0])
        else:
            self._build_digest(self.alerts)
        self._outer.addWidget(self._content)
        # Shown now: a widget added to a visible window otherwise shows at the next turn of the
        # event loop, and the size (and so the corner position) below would leave it out.
        self._content.show()
        self._outer.activate()
        self.adjustSize()
        self._place()

    def _area(self) -> QRect:
        screen = self.screen() or QGuiApplication.primaryScreen()
        area: QRect = screen.availableGeometry()
        return area

    def _text_width_px(self, wanted_px: int) -> int:
        """`wanted_px`, or less on a screen too narrow for it."""
        return max(120, min(wanted_px, self._area().width() - 2 * MARGIN_PX - CHROME_PX))

    def _build_single(self, alert: AlertLike) -> None:
        width_px = self._text_width_px(TEXT_WIDTH_PX)
        self._body.addWidget(fitted_label(alert.title, width_px, 3, bold=True, scale=HEADING_SCALE))
        if alert.body:
            self._body.addWidget(fitted_label(alert.body, width_px, 4))
        if getattr(alert, "missed", False):
            self._body.addWidget(_italic("While you were away"))
        row = QHBoxLayout()
        row.addWidget(self._snooze_button([alert]))
        row.addWidget(self._button("Mark launched", lambda: self._mark_launched(alert)))
        source = self._source(alert.launch_id)
        if is_url(source):
            row.addWidget(self._button("Open source", lambda: self._open_url(source)))
        row.addStretch(1)
        row.addWidget(self._button("Dismiss", self.dismiss, default=True))
        self._body.addLayout(row)

    def _build_digest(self, alerts: Sequence[AlertLike]) -> None:
        away = all(getattr(a, "missed", False) for a in alerts)
        tail = " while you were away" if away else ""
        heading = f"{len(alerts)} alerts{tail}"
        width_px = self._text_width_px(TEXT_WIDTH_PX)
        self._body.addWidget(fitted_label(heading, width_px, 2, bold=True, scale=HEADING_SCALE))
        rows = QWidget()
        column = QVBoxLayout(rows)
        column.setContentsMargins(0, 0, 0, 0)
        for alert in alerts:
            column.addWidget(self._digest_row(alert))
        self._body.addWidget(self._scrolling(rows))
        row = QHBoxLayout()
        row.addWidget(self._snooze_button(alerts, "Snooze all"))
        row.addStretch(1)
        row.addWidget(self._button("Dismiss all", self.dismiss, default=True))
        self._body.addLayout(row)

    def _scrolling(self, rows: QWidget) -> QScrollArea:
        """The digest rows, scrolling when they are taller than the screen has room for."""
        scroll = QScrollArea()
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setWidget(rows)
        scroll.setWidgetResizable(True)
        wanted = rows.sizeHint()
        room_px = self._area().height() - 2 * MARGIN_PX - BUTTONS_ROW_PX
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
        open_launch = lambda: emit(self.open_launch_requested, alert.launch_id)  # noqa: E731
        row.addWidget(self._button("Open", open_launch, name=f"Open {alert.title}"))
        mark = lambda: self._mark_launched(alert, close=False)  # noqa: E731
        row.addWidget(self._button("Mark launched", mark, name=f"Mark launched: {alert.title}"))
        return frame

    def _button(
        self, text: str, slot: Callable[[], None], *, default: bool = False, name: str | None = None
    ) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(name or text)
        button.setDefault(default)
        button.clicked.connect(lambda _=False: slot())
        return button

    def _snooze_button(self, alerts: Sequence[AlertLike], text: str = "Snooze") -> QToolButton:
        button = QToolButton()
        button.setText(text)
        button.setAccessibleName(text)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(button)
        for label, until in snooze_choices(self._clock()):
            action = menu.addAction(label)
            action.triggered.connect(lambda _=False, u=until: self.snooze(alerts, u))
        button.setMenu(menu)
        return button

    def snooze(self, alerts: Sequence[AlertLike], until: datetime) -> None:
        for alert in alerts:
            self._actions.snooze(alert.key, until)
        self._drop(alerts)

    def _mark_launched(self, alert: AlertLike, *, close: bool = True) -> None:
        self._actions.mark_launched(alert.launch_id)
        self._drop([a for a in self.alerts if a.launch_id == alert.launch_id] if close else [alert])

    def _source(self, launch_id: int) -> str:
        try:
            return str(self._store.get(launch_id).source)
        except KeyError:
            return ""

    def _open_url(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url.strip()))

    def _drop(self, alerts: Sequence[AlertLike]) -> None:
        gone = {a.key for a in alerts}
        self.alerts = [a for a in self.alerts if a.key not in gone]
        if self.alerts:
            self._rebuild()
        else:
            self.dismiss()

    def dismiss(self) -> None:
        self.alerts = []
        self.hide()
        emit(self.closed)

    def _place(self) -> None:
        """Bottom-right corner of the available screen area, where notifications appear."""
        decoration = self.frameGeometry().size() - self.geometry().size()  # once shown with a WM
        self.move(corner_position(self._area(), self.size() + decoration, MARGIN_PX))


def _italic(text: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    font = label.font()
    font.setItalic(True)
    label.setFont(font)
    return label
