"""The launch-day popup: one alert in a small always-on-top window, or a digest of several.

Snooze and Mark launched go to an `AlertActions` object (see popup_actions), Open source opens
the launch's URL with the desktop's browser, Dismiss (or Escape) just closes; every button has
an Alt+letter; what is shown is built by
popup_content. Several alerts arriving at
once (say after the machine slept) become one digest: "3 alerts while you were away"; a long
digest scrolls so its buttons stay on the screen. The window sizes itself to its content and
sits in the bottom-right corner of the screen's available area (see popup_fit): all of it is
visible even on a 1024×768 screen and with very long launch names.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QRect, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QLayout,
    QVBoxLayout,
    QWidget,
)

from countdown import APP_NAME
from countdown.core.clock import Clock
from countdown.core.store import LaunchStore
from countdown.ui.popup_actions import (
    MORNING,
    AlertActions,
    AlertLike,
    StoreAlertActions,
    is_url,
    snooze_choices,
)
from countdown.ui.popup_content import MARGIN_PX, AlertContent
from countdown.ui.popup_fit import corner_position

__all__ = ["MORNING", "AlertPopup", "StoreAlertActions", "is_url", "snooze_choices"]


class AlertPopup(QWidget):
    """Shows alerts; asks the app (through signals) to open a launch or the main window."""

    open_launch_requested = Signal(int)
    closed = Signal()

    def __init__(
        self,
        store: LaunchStore,
        actions: AlertActions,
        clock: Clock,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Tool | Qt.WindowType.WindowStaysOnTopHint)
        self.setWindowTitle(self.tr("%1 alert").replace("%1", APP_NAME))
        self.setAccessibleName(self.tr("Launch alert"))
        self.setAccessibleDescription(self.tr("Alt+S snooze, Alt+M mark launched, Escape dismiss"))
        self._store, self._actions, self._clock = store, actions, clock
        self.alerts: list[AlertLike] = []
        self._outer = QVBoxLayout(self)
        self._outer.setSizeConstraint(QLayout.SizeConstraint.SetFixedSize)  # size = content
        self._content: QWidget | None = None

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
        now, area = self._clock(), self._area()
        self._content = AlertContent(self.alerts, self, now=now, area=area, source=self._source)
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

    def snooze(self, alerts: Sequence[AlertLike], until: datetime) -> None:
        for alert in alerts:
            self._actions.snooze(alert.key, until)
        self._drop(alerts)

    def mark_launched(self, alert: AlertLike, *, close: bool = True) -> None:
        """Mark the launch launched; `close` drops all its alerts, else only this one."""
        self._actions.mark_launched(alert.launch_id)
        self._drop([a for a in self.alerts if a.launch_id == alert.launch_id] if close else [alert])

    def _source(self, launch_id: int) -> str:
        try:
            return str(self._store.get(launch_id).source)
        except KeyError:
            return ""

    def open_url(self, url: str) -> None:
        QDesktopServices.openUrl(QUrl(url.strip()))

    def open_launch(self, launch_id: int) -> None:
        self.open_launch_requested.emit(launch_id)

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
        self.closed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Escape dismisses, as the Dismiss button (Alt+D) does."""
        if event.key() == Qt.Key.Key_Escape:
            self.dismiss()
            return
        super().keyPressEvent(event)

    def _place(self) -> None:
        """Bottom-right corner of the available screen area, where notifications appear."""
        decoration = self.frameGeometry().size() - self.geometry().size()  # once shown with a WM
        self.move(corner_position(self._area(), self.size() + decoration, MARGIN_PX))
