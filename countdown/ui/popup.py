"""The launch-day popup: one alert in a small always-on-top window, or a digest of several.

The popup does not decide anything itself: Snooze and Mark launched go to an `AlertActions`
object (the alert service in the app, which re-arms or silences the alert), Open source opens
the launch's URL with the desktop's browser, Dismiss just closes. Several alerts arriving at
once (say after the machine slept) become one digest: "3 alerts while you were away".
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime, time, timedelta
from typing import Any, Protocol

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from countdown import APP_NAME
from countdown.core.model import Status
from countdown.services.scheduler import emit

MORNING = time(9, 0)
MARGIN_PX = 16


class AlertLike(Protocol):
    key: str
    launch_id: int
    kind: str
    due: datetime
    title: str
    body: str


class AlertActions(Protocol):
    def snooze(self, key: str, until: datetime) -> None: ...
    def mark_launched(self, launch_id: int) -> None: ...


class StoreAlertActions:
    """AlertActions straight on the store, for when no alert service runs."""

    def __init__(self, store: Any) -> None:
        self._store = store

    def snooze(self, key: str, until: datetime) -> None:
        self._store.set_snooze(key, until)

    def mark_launched(self, launch_id: int) -> None:
        self._store.update(launch_id, status=Status.LAUNCHED)


def snooze_choices(now: datetime, morning: time = MORNING) -> list[tuple[str, datetime]]:
    """("1 hour", now + 1 h) and ("Tomorrow morning", tomorrow at the morning time)."""
    local = now.astimezone()
    tomorrow = datetime.combine(local.date() + timedelta(days=1), morning, local.tzinfo)
    return [("1 hour", now + timedelta(hours=1)), (f"Tomorrow {morning:%H:%M}", tomorrow)]


def is_url(text: str) -> bool:
    return text.strip().startswith(("http://", "https://"))


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
        self._body = QVBoxLayout(self)
        self.setMinimumWidth(360)

    def set_actions(self, actions: AlertActions) -> None:
        self._actions = actions

    def show_alerts(self, alerts: Sequence[AlertLike]) -> None:
        """Show these alerts (added to the ones already shown, as a digest if more than one)."""
        known = {a.key for a in self.alerts}
        self.alerts += [a for a in alerts if a.key not in known]
        self._rebuild()
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()

    def _rebuild(self) -> None:
        _clear(self._body)
        if len(self.alerts) == 1:
            self._build_single(self.alerts[0])
        else:
            self._build_digest(self.alerts)

    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        label.setFont(font)
        label.setWordWrap(True)
        return label

    def _build_single(self, alert: AlertLike) -> None:
        self._body.addWidget(self._heading(alert.title))
        body = QLabel(alert.body)
        body.setWordWrap(True)
        body.setMinimumWidth(300)
        self._body.addWidget(body)
        if getattr(alert, "missed", False):
            self._body.addWidget(QLabel("<i>While you were away</i>"))
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
        self._body.addWidget(self._heading(f"{len(alerts)} alerts{tail}"))
        for alert in alerts:
            self._body.addWidget(self._digest_row(alert))
        row = QHBoxLayout()
        row.addWidget(self._snooze_button(alerts, "Snooze all"))
        row.addStretch(1)
        row.addWidget(self._button("Dismiss all", self.dismiss, default=True))
        self._body.addLayout(row)

    def _digest_row(self, alert: AlertLike) -> QFrame:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        row = QHBoxLayout(frame)
        text = QLabel(f"<b>{_escape(alert.title)}</b><br>{_escape(alert.body)}")
        text.setWordWrap(True)
        text.setMinimumWidth(260)
        row.addWidget(text, 1)
        row.addWidget(
            self._button(
                "Open",
                lambda: emit(self.open_launch_requested, alert.launch_id),
                name=f"Open {alert.title}",
            )
        )
        row.addWidget(
            self._button(
                "Mark launched",
                lambda: self._mark_launched(alert, close=False),
                name=f"Mark launched: {alert.title}",
            )
        )
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
            self.adjustSize()
        else:
            self.dismiss()

    def dismiss(self) -> None:
        self.alerts = []
        self.hide()
        emit(self.closed)

    def _place(self) -> None:
        """Bottom-right corner of the screen, where notifications usually appear."""
        screen = self.screen() or QGuiApplication.primaryScreen()
        area = screen.availableGeometry()
        size = self.sizeHint().expandedTo(self.minimumSizeHint())
        self.move(
            area.right() - size.width() - MARGIN_PX, area.bottom() - size.height() - MARGIN_PX
        )


def _clear(layout: Any) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        if widget := item.widget():
            widget.hide()  # gone now, not at the next turn of the event loop
            widget.setParent(None)
            widget.deleteLater()
        elif child := item.layout():
            _clear(child)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
