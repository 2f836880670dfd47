"""The tray countdown: icon with days to the nearest launch, tooltip with the next three, menu.

The tray holds a snapshot of the launches (the app hands it over whenever the store changes) and
reads "now" from the injected clock. It never polls: one single-shot timer is armed for the next
moment the icon or tooltip text changes (midnight, a window opening, an instant passing), capped
at an hour so a suspended machine catches up soon after it wakes. The menu is rebuilt each time
it is about to show, so its countdowns are always current. The icon for a face comes from the
injected `icons` (the app passes tray_icon_cache's cached PNGs; painting is the default).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Sequence
from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, QTimer, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from countdown import APP_NAME
from countdown.core.clock import Clock
from countdown.core.countdown import Phase, days_to_start, describe, next_change, phase
from countdown.core.dates.labels import localized_label
from countdown.core.literal import one_line
from countdown.core.model import Launch
from countdown.ui.i18n import wording
from countdown.ui.plain_text import menu_text
from countdown.ui.spans import start_key
from countdown.ui.tray_face import IDLE_FACE, OPEN_FACE, IconFace

MENU_LAUNCHES = 5
TOOLTIP_LAUNCHES = 3
MAX_SLEEP = timedelta(hours=1)


def _not_passed(launch: Launch, now: datetime, today: date) -> bool:
    window = launch.window
    if isinstance(window.end, datetime) or window.tz:
        return phase(window, now) is not Phase.PASSED
    return window.end >= today  # the common case, without the general machinery


def watched(launches: Sequence[Launch], now: datetime) -> list[Launch]:
    """Active launches that have not passed yet, soonest first."""
    today = now.date()
    alive = [la for la in launches if la.status.is_active and _not_passed(la, now, today)]
    return sorted(alive, key=lambda la: start_key(la.window, now))


def icon_face(launches: Sequence[Launch], now: datetime) -> IconFace:
    """What the icon shows for watched launches (soonest first): today, an open window, or days.

    Only the launches that start today or earlier are looked at, so this is quick for 10,000."""
    if not launches:
        return IDLE_FACE
    started = list(itertools.takewhile(lambda la: days_to_start(la.window, now) <= 0, launches))
    if any(phase(la.window, now) is not Phase.OPEN for la in started):
        return IconFace.for_days(0)  # a launch day, or an instant later today
    if started:
        return OPEN_FACE
    return IconFace.for_days(days_to_start(launches[0].window, now))


def entry_text(launch: Launch, now: datetime) -> str:
    """One launch for the tooltip and menu: "Pixel 11 — Q3 2026 · window opens in 220 days"
    (one line; control characters made visible)."""
    say = wording()
    label = localized_label(launch.window, say) or launch.when_text
    countdown = describe(launch.window, now, long=True, wording=say)
    return one_line(f"{launch.name} — {label} · {countdown}")


def tooltip_text(launches: Sequence[Launch], now: datetime) -> str:
    """The app's name, then the next three launches. Plain text on every tray host: an XEmbed
    tray shows it in a QToolTip, which takes it as rich text when its *first line* holds a tag
    (so "<img src=…>" in a name would load); our first line never does. A StatusNotifierItem
    host gets it as the tooltip title, which the spec makes plain text."""
    if not launches:
        empty = QCoreApplication.translate(
            "TrayCountdown", "No upcoming launches — right-click to add one"
        )
        return f"{APP_NAME}\n{empty}"
    lines = [APP_NAME] + [entry_text(la, now) for la in launches[:TOOLTIP_LAUNCHES]]
    more = len(launches) - TOOLTIP_LAUNCHES
    if more > 0:
        lines.append(
            QCoreApplication.translate("TrayCountdown", "and %1 more").replace("%1", str(more))
        )
    return "\n".join(lines)


def next_refresh(launches: Sequence[Launch], now: datetime) -> datetime:
    """The next moment the icon or the tooltip may read differently."""
    moments = [now + MAX_SLEEP]
    moments += [next_change(la.window, now) for la in launches[:TOOLTIP_LAUNCHES]]
    midnight = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), now.tzinfo)
    moments.append(midnight)
    return min(moments)


class TrayCountdown(QObject):
    """The tray icon and its menu. It asks for things through signals; the app does them."""

    toggle_requested = Signal()
    open_requested = Signal()
    add_requested = Signal()
    paste_requested = Signal()
    inbox_requested = Signal()
    launch_requested = Signal(int)
    pause_requested = Signal(object)  # datetime until which alerts pause, or None to resume
    quit_requested = Signal()
    shown = Signal()

    def __init__(
        self,
        clock: Clock,
        parent: QObject | None = None,
        *,
        icons: Callable[[IconFace], QIcon] | None = None,
    ) -> None:
        super().__init__(parent)
        self._clock, self._icons = clock, icons or painted_icon  # the app's: cached PNGs
        self._launches: list[Launch] = []
        self._face: IconFace | None = None
        self.paused_until: datetime | None = None
        self.inbox_count = 0  # proposals from sources waiting (shown in the menu when any)
        self.tray = QSystemTrayIcon(self)
        self.menu = QMenu()
        self.menu.setAccessibleName(self.tr("%1 menu").replace("%1", APP_NAME))
        self.menu.aboutToShow.connect(self.rebuild_menu)
        self.tray.setContextMenu(self.menu)
        self.tray.activated.connect(self._on_activated)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.refresh)

    def set_launches(self, launches: Sequence[Launch]) -> None:
        self._launches = list(launches)
        self.refresh()

    def upcoming(self) -> list[Launch]:
        return watched(self._launches, self._clock())

    def face(self) -> IconFace:
        assert self._face is not None
        return self._face

    def refresh(self) -> None:
        """Redraw the icon if its face changed, reset the tooltip, arm the next refresh."""
        now = self._clock()
        upcoming = watched(self._launches, now)
        face = icon_face(upcoming, now)
        if face != self._face:
            self._face = face
            self.tray.setIcon(self._icons(face))
        self.tray.setToolTip(tooltip_text(upcoming, now))
        delay_ms = int((next_refresh(upcoming, now) - now).total_seconds() * 1000) + 50
        self._timer.start(max(delay_ms, 1000))

    def next_refresh_ms(self) -> int:
        return self._timer.remainingTime()

    def show(self) -> None:
        if self._face is None:
            self.refresh()
        self.tray.show()
        self.shown.emit()

    def hide(self) -> None:
        self._timer.stop()
        self.tray.hide()

    def _on_activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason == QSystemTrayIcon.ActivationReason.Trigger:
            self.toggle_requested.emit()

    def rebuild_menu(self) -> None:
        from countdown.ui.paste import paste_available  # off the first paint: the menu comes later

        self.menu.clear()
        now = self._clock()
        upcoming = watched(self._launches, now)
        for launch in upcoming[:MENU_LAUNCHES]:
            action = self.menu.addAction(menu_text(entry_text(launch, now)))
            launch_id = launch.id
            action.triggered.connect(lambda _=False, i=launch_id: self.launch_requested.emit(i))
        if not upcoming:
            self.menu.addAction(self.tr("No upcoming launches")).setEnabled(False)
        self.menu.addSeparator()
        self._add(self.menu, self.tr("Add launch…"), lambda: self.add_requested.emit())
        if paste_available():
            self._add(self.menu, self.tr("Paste news…"), lambda: self.paste_requested.emit())
        if self.inbox_count:
            inbox = self.tr("Inbox (%1)…").replace("%1", str(self.inbox_count))
            self._add(self.menu, inbox, self.inbox_requested.emit)
        opener = self._add(
            self.menu, self.tr("Open %1").replace("%1", APP_NAME), self.open_requested.emit
        )
        self.menu.setDefaultAction(opener)  # bold: what a left click does
        self._add_pause_menu(now)
        self.menu.addSeparator()
        self._add(self.menu, self.tr("Quit"), lambda: self.quit_requested.emit())

    def _add_pause_menu(self, now: datetime) -> None:
        paused = self.paused_until is not None and self.paused_until > now
        until = self.paused_until
        when = (
            QLocale().toString(QDateTime.fromSecsSinceEpoch(int(until.timestamp())), "ddd HH:mm")
            if until
            else ""
        )  # Tue / Di. / 周二
        title = (
            self.tr("Alerts paused until %1").replace("%1", when)
            if paused
            else self.tr("Pause alerts")
        )
        sub = self.menu.addMenu(title)
        sub.setAccessibleName(self.tr("Pause alerts"))
        tomorrow = datetime.combine(now.date() + timedelta(days=1), datetime.min.time(), now.tzinfo)
        self._add(
            sub, self.tr("For 1 hour"), lambda: self.pause_requested.emit(now + timedelta(hours=1))
        )
        self._add(sub, self.tr("Until tomorrow"), lambda: self.pause_requested.emit(tomorrow))
        resume = self._add(sub, self.tr("Resume alerts"), lambda: self.pause_requested.emit(None))
        resume.setEnabled(paused)

    @staticmethod
    def _add(menu: QMenu, text: str, slot: Callable[[], None]) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _=False: slot())
        return action


def painted_icon(face: IconFace) -> QIcon:
    """The face painted now (the painter, QPainter and fonts, loads with the first one)."""
    from countdown.ui.tray_icon import make_icon

    return make_icon(face)


def window_icon() -> QIcon:
    """The application icon for windows: the idle badge, so it never shows a stale count."""
    return painted_icon(IDLE_FACE)
