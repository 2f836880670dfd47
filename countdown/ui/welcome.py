"""The empty main window, which is also the first start's welcome: what the app is for, how to
begin (Add launch, Paste news) and where the app lives when the window is closed.

A tray app that starts with nothing to count shows only a small grey icon somewhere on the
screen; a first-time user would not know where it went. So while the store has no launch at all
the app opens this window at start (the shell's welcome stage asks `store.is_empty()`), and the
page names the corner of the screen where the tray host put the icon when it tells us (X11 trays
do), or the system tray in general. Without a tray the window is the app, and the page says
closing it quits.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

WELCOME_TEXT = QT_TRANSLATE_NOOP(
    "EmptyState",
    "<h2>No launches yet</h2>"
    "<p>Launch Countdown counts down to the launches you are waiting for — a phone, a game, a "
    "rocket — with the date the way the news puts it: <i>“Q3 2026”, “mid-July”, “early next "
    "year”, “Dec 3 at 10am PT”</i>. A vague date stays a window, never a guessed day, and you "
    "get a reminder when it opens and when the day comes.</p>"
    "<p>Add a launch by hand, or paste a news paragraph and pick the launches it mentions.</p>",
)
NO_TRAY_HINT = QT_TRANSLATE_NOOP(
    "EmptyState", "No system tray was found here, so this window is the app: closing it quits."
)
TEXT_WIDTH_PX = 540
HINT_RECHECK_MS = 300


def screen_corner(icon: QRect, screen: QRect) -> str:
    """ "top right", "bottom left", …: where `icon` sits on `screen` (both in global pixels)."""
    centre = icon.center()
    vertical = "top" if centre.y() - screen.top() < screen.height() / 2 else "bottom"
    horizontal = "left" if centre.x() - screen.left() < screen.width() / 2 else "right"
    return f"{vertical} {horizontal}"


def tray_hint(tray: QSystemTrayIcon | None) -> str:
    """Where the app goes when its window closes, as precisely as the tray host lets us say."""
    if tray is None:
        return _tr(str(NO_TRAY_HINT))
    icon = tray.geometry()
    placed = icon.isValid() and not icon.topLeft().isNull()  # (0, 0) until the host embeds it
    screen = QGuiApplication.screenAt(icon.center()) if placed else None
    if screen is None:
        return QCoreApplication.translate(
            "EmptyState",
            "Launch Countdown lives in the system tray: its icon shows the days to the next "
            "launch. Closing this window keeps it running there; click the icon to open the "
            "window again.",
        )
    corner = _tr(screen_corner(icon, screen.geometry()))
    return QCoreApplication.translate(
        "EmptyState",
        "Launch Countdown lives in the system tray at the %1 of your screen: its icon shows the "
        "days to the next launch. Closing this window keeps it running there; click the icon to "
        "open the window again.",
    ).replace("%1", corner)


def _tr(text: str) -> str:
    return QCoreApplication.translate("EmptyState", text)


# The corners screen_corner names, for lupdate (translated in tray_hint).
CORNERS = (
    QT_TRANSLATE_NOOP("EmptyState", "top left"),
    QT_TRANSLATE_NOOP("EmptyState", "top right"),
    QT_TRANSLATE_NOOP("EmptyState", "bottom left"),
    QT_TRANSLATE_NOOP("EmptyState", "bottom right"),
)


class EmptyState(QWidget):
    """What a new user sees: what this app is for, two ways to start, and where it lives."""

    add_requested = Signal()
    paste_requested = Signal()

    def __init__(self, parent: QWidget | None = None, *, can_paste: bool = True) -> None:
        super().__init__(parent)
        self._tray: QSystemTrayIcon | None = None
        self._tray_known = False  # until the app says, no claim about a tray
        self.label = _wrapped(self.tr(str(WELCOME_TEXT)))
        self.hint = _wrapped("")
        self.hint.hide()
        self.button = QPushButton(self.tr("&Add a launch…"))
        self.button.clicked.connect(lambda: self.add_requested.emit())
        self.paste_button = QPushButton(self.tr("&Paste news…"))
        self.paste_button.clicked.connect(lambda: self.paste_requested.emit())
        self.paste_button.setVisible(can_paste)
        self._lay_out()

    def _lay_out(self) -> None:
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.button)
        buttons.addWidget(self.paste_button)
        buttons.addStretch(1)
        column = QVBoxLayout(self)
        column.addStretch(1)
        column.addLayout(_centred(self.label))
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addSpacing(18)
        column.addLayout(_centred(self.hint))
        column.addStretch(2)

    def set_tray(self, tray: QSystemTrayIcon | None) -> None:
        """The app's tray icon (None: there is no tray); the hint is written when shown."""
        self._tray, self._tray_known = tray, True
        self._update_hint()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_hint()
        # On a first start the tray host embeds the icon a few milliseconds after the window
        # shows: ask again for the corner then.
        QTimer.singleShot(HINT_RECHECK_MS, self._update_hint)

    def _update_hint(self) -> None:
        if self._tray_known:
            self.hint.setText(tray_hint(self._tray))
            self.hint.show()


def _wrapped(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMaximumWidth(TEXT_WIDTH_PX)
    return label


def _centred(label: QLabel) -> QHBoxLayout:
    # Centred by stretches, not an alignment flag: an aligned item gets its size hint, and a
    # word-wrapped label's hint is too short for its text (the last lines were cut off).
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(label, 4)
    row.addStretch(1)
    return row
