"""Window coordination: the tray, the main window (built on first open), the alert popup (built
with the first alert) and the paste dialog; what the tray's and the window's requests open.

Views never reload themselves after an edit. Every commit, this process's or another's, reaches
them through the one change path (services/changes → the app → `refresh`), so an edit in a
dialog, "Mark launched" in one row of a digest popup and `countdown add` in a terminal all
redraw the tray and the table the same way. With no system tray the main window is shown
instead and closing it quits; with a tray, closing the window hides it to the tray.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QSystemTrayIcon

from countdown import APP_NAME
from countdown.core.clock import Clock
from countdown.core.model import Launch
from countdown.core.settings import PAUSE_UNTIL
from countdown.core.store import LaunchStore
from countdown.ui.app_process import app_icon
from countdown.ui.tray import TrayCountdown
from countdown.ui.tray_icon_cache import IconCache, tomorrows_face

if TYPE_CHECKING:
    from datetime import datetime

    from countdown.ui.inbox_dialog import InboxDialog
    from countdown.ui.main_window import MainWindow
    from countdown.ui.popup import AlertPopup
    from countdown.ui.popup_actions import AlertActions, AlertLike


class Shell(QObject):
    """Owns the windows; asks the app (signals) only to quit or to follow the window's visibility."""

    quit_requested = Signal()
    window_visible = Signal(bool)  # the main window shows or hides: poll for changes meanwhile
    refresh_sources_requested = Signal()  # "Refresh sources" in the inbox

    def __init__(
        self,
        store: LaunchStore,
        clock: Clock,
        home: Path,
        *,
        tray: bool,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.store, self.clock, self.home = store, clock, home
        self.icon_cache = IconCache.in_home(home)
        self.tray = TrayCountdown(clock, self, icons=self.icon_cache.icon) if tray else None
        self.window: MainWindow | None = None
        self.popup: AlertPopup | None = None
        self.actions: AlertActions | None = None  # the alert service, once it runs
        self.paste_dialog: QDialog | None = None  # a parentless dialog lives while referenced
        self.inbox: InboxDialog | None = None  # built when first opened
        self.parser_warm = False
        self._damage_told: set[int] = set()
        self._on_message_click: Callable[[], object] | None = None  # of the last message
        if self.tray is not None:
            self._connect_tray(self.tray)

    def _connect_tray(self, tray: TrayCountdown) -> None:
        tray.toggle_requested.connect(self.toggle_window)
        tray.open_requested.connect(self.show_window)
        tray.add_requested.connect(lambda: self.show_window().add_launch())
        tray.paste_requested.connect(self.paste_news)
        tray.inbox_requested.connect(self.show_inbox)
        tray.launch_requested.connect(lambda launch_id: self.show_window().select_launch(launch_id))
        tray.pause_requested.connect(self.pause_alerts)
        tray.tray.messageClicked.connect(self._message_clicked)
        tray.quit_requested.connect(self.quit_requested)
        # Opening the menu is the first sign the user may add a launch: warm the parser then.
        tray.menu.aboutToShow.connect(self.warm_parser)

    # -- what the views show -----------------------------------------------------------------

    def show_first(self, nearest: Sequence[Launch]) -> None:
        """The first paint: the tray from the nearest launches, or the window without a tray."""
        if self.tray is None:
            self.show_window()
            return
        self.tray.paused_until = self._paused_until()
        self.tray.set_launches(nearest)
        self.tray.show()

    def refresh(self) -> None:
        """The store changed: every view redraws from it (one read for all of them)."""
        launches = self.store.list_launches()
        if self.tray is not None:
            self.tray.paused_until = self._paused_until()
            self.tray.set_launches(launches)
        if self.window is not None:
            self.window.set_launches(launches)
        self._show_inbox_count()

    def _show_inbox_count(self) -> None:
        """The inbox's count on the toolbar and in the tray menu; an open inbox reloads."""
        count = self.store.inbox_count()
        if self.tray is not None:
            self.tray.inbox_count = count
        if self.window is not None:
            self.window.set_inbox_count(count)
        if self.inbox is not None and self.inbox.isVisible():
            self.inbox.reload()

    def _paused_until(self) -> datetime | None:
        until = PAUSE_UNTIL.read(self.store)
        return until.astimezone(self.clock().tzinfo) if until is not None else None

    def pause_alerts(self, until: datetime | None) -> None:
        """Written to the store; the alert service and the tray hear it as a change."""
        PAUSE_UNTIL.write(self.store, until)

    def tell_store_messages(self) -> None:
        """What the store had to repair at start, and rows it cannot read."""
        self.tell_damage()
        if self.store.messages:
            self.tell("\n".join(self.store.messages))

    def tell_damage(self) -> None:
        """Say once per launch when its row does not read (it is left out of every view); a
        click on the message opens the damaged launches, to repair or delete them."""
        new = [d for i, d in self.store.damaged.items() if i not in self._damage_told]
        if new:
            self._damage_told.update(d.launch_id for d in new)
            fix = self.tr("Click here to repair or delete it.")
            self.tell("\n".join([*(str(d) for d in new), fix]), on_click=self.show_damaged)

    def tell(self, text: str, on_click: Callable[[], object] | None = None) -> None:
        """A message for the user: in the tray's balloon (`on_click` runs when it is clicked),
        or a message box without a tray (`on_click` behind an Open button)."""
        self._on_message_click = on_click
        if self.tray is not None:
            self.tray.tray.showMessage(APP_NAME, text, QSystemTrayIcon.MessageIcon.Warning)
            return
        from PySide6.QtWidgets import QMessageBox  # ~2 ms of class setup, rarely needed

        from countdown.ui.spoken_names import message_box

        buttons = QMessageBox.StandardButton.Ok
        if on_click is not None:
            buttons |= QMessageBox.StandardButton.Open
        answer = message_box(QMessageBox.Icon.Warning, self.window, APP_NAME, text, buttons)
        if answer == QMessageBox.StandardButton.Open:
            self._message_clicked()

    def _message_clicked(self) -> None:
        on_click, self._on_message_click = self._on_message_click, None
        if on_click is not None:
            on_click()

    def show_damaged(self) -> QDialog:
        """The damaged launches (repair / delete), over the main window."""
        from countdown.ui.damaged_dialog import open_damaged_dialog

        return open_damaged_dialog(self.store, self.clock, self.show_window())

    # -- windows ---------------------------------------------------------------------------------

    def main_window(self) -> MainWindow:
        if self.window is None:
            from countdown.ui.main_window import MainWindow
            from countdown.ui.settings import ui_settings

            self.window = MainWindow(
                self.store,
                self.clock,
                settings=ui_settings(self.home),
                hide_on_escape=self.tray is not None,
            )
            self.window.setWindowIcon(app_icon())
            self.window.empty.set_tray(self.tray.tray if self.tray else None)
            self.window.paste_requested.connect(self.paste_news)
            self.window.inbox_requested.connect(self.show_inbox)
            self.window.set_inbox_count(self.store.inbox_count())
            self.window.visibility_changed.connect(self.window_visible)
            self.window.set_launches(self.store.list_launches())
        return self.window

    def welcome(self) -> None:
        """First start (no launch at all): open the window on its welcome page; later starts
        stay in the tray."""
        if self.tray is not None and self.store.is_empty():
            self.show_window()

    def window_shown(self) -> bool:
        return self.window is not None and self.window.isVisible()

    def show_window(self) -> MainWindow:
        window = self.main_window()
        self.warm_parser()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def toggle_window(self) -> None:
        if self.window is not None and self.window.isVisible():
            self.window.hide()
        else:
            self.show_window()

    def paste_news(self) -> None:
        from countdown.ui.paste import open_paste_dialog

        self.paste_dialog = open_paste_dialog(self.store, self.clock, self.window)

    def show_inbox(self) -> InboxDialog:
        if self.inbox is None:
            from countdown.ui.inbox_dialog import InboxDialog

            self.inbox = InboxDialog(self.store)
            self.inbox.setWindowIcon(app_icon())
            self.inbox.refresh_requested.connect(self.refresh_sources_requested)
        self.inbox.reload()
        self.inbox.show()
        self.inbox.raise_()
        self.inbox.activateWindow()
        return self.inbox

    def show_alerts(self, alerts: Sequence[AlertLike]) -> None:
        self.alert_popup().show_alerts(alerts)

    def alert_popup(self) -> AlertPopup:
        if self.popup is None:
            from countdown.ui.popup import AlertPopup, StoreAlertActions

            actions = self.actions or StoreAlertActions(self.store)
            self.popup = AlertPopup(self.store, actions, self.clock)
            self.popup.open_launch_requested.connect(
                lambda launch_id: self.show_window().select_launch(launch_id)
            )
        return self.popup

    def act_on_alerts(self, alerts: Sequence[AlertLike], key: str) -> None:
        """A notification's button: done as the popup's own button would (same service, same
        ledger), so the popup drops what was acted on and the views follow the store."""
        if key in ("open", "default"):
            launch_ids = {alert.launch_id for alert in alerts}
            window = self.show_window()
            if len(launch_ids) == 1:
                window.select_launch(launch_ids.pop())
        elif key == "snooze":
            from countdown.ui.popup_actions import snooze_choices

            self.alert_popup().snooze(alerts, snooze_choices(self.clock())[0][1])
        elif key == "launched" and len(alerts) == 1:
            self.alert_popup().mark_launched(alerts[0])

    def set_actions(self, actions: AlertActions) -> None:
        """Snooze and Mark launched go through the alert service once it runs."""
        self.actions = actions
        if self.popup is not None:
            self.popup.set_actions(actions)

    # -- idle time and the end -------------------------------------------------------------------

    def warm_parser(self) -> None:
        """Load the date grammar and the dialog once the user reaches for them (menu, window).

        Not at start: an app that only sits in the tray never parses, and the grammar with the
        dialog's modules costs ~2 MiB of RSS. The first preview comes ~40 ms later instead.
        """
        if not self.parser_warm:
            self.parser_warm = True
            QTimer.singleShot(0, self._warm_dateparser)

    def _warm_dateparser(self) -> None:
        """Parse "July 5" once so the dialog's first preview is instant. This loads the window
        grammar (~40 ms); dateparser itself, the grammar's fallback, stays unloaded until a
        phrase needs it (~15 MiB of RSS most users never need)."""
        from countdown.ui.launch_dialog import default_parser

        try:
            default_parser("July 5", base=self.clock().replace(tzinfo=None))
        except Exception:  # only a warm-up: a missing parser shows up again in the dialog
            return

    def prepare_tomorrow(self) -> None:
        """Idle-time work for later: tomorrow's tray face, cached as PNGs."""
        tomorrow = tomorrows_face(self.tray.face()) if self.tray is not None else None
        if tomorrow is not None:
            self.icon_cache.prepare([tomorrow])

    def close(self) -> None:
        if self.inbox is not None:
            self.inbox.hide()
        if self.window is not None:
            self.window.save_settings()
            self.window.hide()
        if self.tray is not None:
            self.tray.hide()
