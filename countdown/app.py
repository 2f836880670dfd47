"""The one wiring file: Store → Clock → Scheduler → Notifier → UI, connected top to bottom.

`main()` is `countdown gui`. Startup is ordered for a fast first tray paint: before the tray icon
shows we import only QtCore/QtGui/QtWidgets, the store, the clock's zone lookup and the tray, take
the instance lock (a file lock: QtNetwork is not loaded), read the few nearest active launches
(`store.next_active`), not all of them, and load the icon from the PNGs tray_icon_cache.py keeps
rather than paint it. Everything else runs on the event loop's next turns after the first paint:
the single-instance socket (a second start retries until it listens), the store watcher and the
full launch list, the alert service (APScheduler is imported when its scheduler starts) and
tomorrow's tray face; the main window is built when first opened. The date grammar is warmed
when the user first opens the tray menu or the window (dateparser stays cold until a phrase
needs it).

With no system tray the main window is shown instead and closing it quits; with a tray, closing
the window hides it to the tray. Other processes' changes (the CLI) reach every view through
`StoreWatcher` (inotify, no polling while hidden). `COUNTDOWN_TRACE_STARTUP=1` prints
"<stage> <monotonic ns>" lines to stderr, ending with "tray-shown" (or "window-shown"), for
bench/startup.py.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from countdown import APP_ID, APP_NAME
from countdown.core.store import Store, StoreError, default_home
from countdown.integrations.system_clock import local_zone, system_clock

# isort: split
# PySide6 after the pure-Python modules, on purpose: its import hook (shibokensupport's
# __feature__ check) reads the source of every module that imports something after PySide6 is
# loaded; importing the store and its stdlib first spares that (~3 ms before the first paint).
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from countdown.services.single import SingleInstance
from countdown.ui.app_process import (
    app_icon,
    icon_name,
    pin_singletons,
    quit_on_signals,
    trace,
)
from countdown.ui.tray import TrayCountdown
from countdown.ui.tray_icon_cache import IconCache, tomorrows_face

WARM_UP_DELAY_MS = 1500
BACKUP_DELAY_MS = 5000  # a backup this long after the last change (several edits → one copy)
FIRST_PAINT_LAUNCHES = 64  # per part of store.next_active: enough for the icon and tooltip
STORE_SAFETY_POLL_MS = 600_000
Clock = Callable[[], datetime]


def warm_dateparser(clock: Clock) -> None:
    """Parse "July 5" once, after the tray is up, so the dialog's first preview is instant.

    This loads the window grammar (~40 ms). dateparser itself is the grammar's fallback and
    stays unloaded until a phrase needs it (~140 ms the first time, measured, off the key press
    path thanks to the dialog's debounce): loading it up front would cost ~15 MiB of RSS for
    every user, most of whom never type a phrase the grammar does not know.
    """
    from countdown.ui.launch_dialog import default_parser

    try:
        default_parser("July 5", base=clock().replace(tzinfo=None))
    except Exception:  # only a warm-up: a missing parser shows up again in the dialog
        return


class CountdownApp(QObject):
    """Owns the parts and the wiring between them; every view reloads from the store in `refresh`."""

    def __init__(self, store: Store, clock: Clock, home: Path, *, tray: bool) -> None:
        super().__init__()
        self.store, self.clock, self.home = store, clock, home
        self.alerts: Any = None  # the AlertService, started after the first tray paint
        self.actions: Any = None  # AlertActions for the popup: the alert service once started
        self.watcher: Any = None  # StoreWatcher, started after the first paint
        self.icon_cache = IconCache.in_home(home)
        self.tray = TrayCountdown(clock, self, icons=self.icon_cache.icon) if tray else None
        self.window: Any = None  # MainWindow, built on first open
        self.popup: Any = None  # AlertPopup, built when the first alert comes
        self.parser_warm = False
        self._damage_told: set[int] = set()
        # Backups hold the latest committed state: taken a little after changes settle.
        self._backup_soon = QTimer(self, singleShot=True, interval=BACKUP_DELAY_MS)
        self._backup_soon.timeout.connect(self.back_up)
        if self.tray is not None:
            self._connect_tray(self.tray)

    def _connect_tray(self, tray: TrayCountdown) -> None:
        tray.toggle_requested.connect(self.toggle_window)
        tray.open_requested.connect(self.show_window)
        tray.add_requested.connect(lambda: self.show_window().add_launch())
        tray.paste_requested.connect(self.paste_news)
        tray.launch_requested.connect(lambda launch_id: self.show_window().select_launch(launch_id))
        tray.pause_requested.connect(self.pause_alerts)
        tray.quit_requested.connect(self.quit)
        # Opening the menu is the first sign the user may add a launch: warm the parser then.
        tray.menu.aboutToShow.connect(self.warm_parser)

    # -- start -----------------------------------------------------------------------------------

    def start(self) -> None:
        """Show the tray from the nearest launches (or the window); the rest after the paint."""
        if self.tray is None:
            self.show_window()
        else:
            self.tray.paused_until = self._paused_until()
            since = self.clock().date() - timedelta(days=2)  # ISO-text bounds: zone slack
            self.tray.set_launches(self.store.next_active(FIRST_PAINT_LAUNCHES, since=since))
            trace("launches-read")
            self.tray.show()
        QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        trace("tray-shown" if self.tray else "window-shown")
        if self.tray is not None and self.store.is_empty():
            self.show_window()  # first start: say what the app is for and where it lives (welcome)
        self.watch_store()
        self._start_services()

    def _start_services(self) -> None:
        self._start_alerts()
        self._tell_store_messages()
        QTimer.singleShot(WARM_UP_DELAY_MS, self._warm_up)

    def warm_parser(self) -> None:
        """Load the date grammar and the dialog once the user reaches for them (menu, window).

        Not at start: an app that only sits in the tray never parses, and the grammar with the
        dialog's modules costs ~2 MiB of RSS. The first preview comes ~40 ms later instead.
        """
        if not self.parser_warm:
            self.parser_warm = True
            QTimer.singleShot(0, lambda: warm_dateparser(self.clock))

    def _warm_up(self) -> None:
        """Idle-time work for later: tomorrow's tray face."""
        tomorrow = tomorrows_face(self.tray.face()) if self.tray is not None else None
        if tomorrow is not None:
            self.icon_cache.prepare([tomorrow])

    def watch_store(self) -> None:
        """Follow other processes' commits, then hand every view the full list (once)."""
        if self.watcher is not None:
            return
        from countdown.ui.store_watch import StoreWatcher

        self.watcher = StoreWatcher(self.store, self)  # notes data_version before the read
        self.watcher.changed.connect(self.refresh)
        if self.window is not None:
            self.window.visibility_changed.connect(self.watcher.set_polling)
            self.watcher.set_polling(self.window.isVisible())
        if self.tray is not None:
            self.tray.set_launches(self.store.list_launches())

    def _start_alerts(self) -> None:
        """Scheduler → notifier → popup (APScheduler loads here, after the first tray paint)."""
        from countdown.services.alerts import AlertService
        from countdown.services.clock import ClockWatcher
        from countdown.services.notifier import Notifier
        from countdown.services.scheduler import AlertScheduler
        from countdown.services.wallclock_linux import realtime_alarm

        notifier = Notifier.for_desktop(self.tray.tray if self.tray else None, icon=icon_name())
        notifier.setParent(self)
        notifier.popup_requested.connect(self.show_alerts)
        scheduler = AlertScheduler(self)
        # Idle budget (≤ 1 wake-up a minute with the window hidden): the StoreWatcher reports
        # other processes' changes at once (see refresh), so the service's own store poll is
        # only a slow safety net. The suspend/clock-jump check sleeps on a wall-clock timerfd
        # (Linux: no idle wake-ups); elsewhere it polls every 30 s.
        alarm = realtime_alarm(self.clock, self)
        watcher = ClockWatcher(self.clock, alarm=alarm, parent=self)
        watcher.jumped.connect(lambda _seconds: self.refresh())  # woke from sleep: redraw
        self.alerts = AlertService(
            self.store,
            notifier,
            scheduler,
            clock=self.clock,
            local_tz=local_zone(),
            watcher=watcher,
            watch_ms=STORE_SAFETY_POLL_MS,
            parent=self,
        )
        self.actions = self.alerts  # snooze / mark launched go through the service
        if self.popup is not None:
            self.popup.set_actions(self.actions)
        self.alerts.start()

    def back_up(self) -> None:
        message = self.store.backup_if_changed()
        if message:
            self._tell(message)

    def _tell_damage(self) -> None:
        """Say once per launch when its row does not read (it is left out of every view)."""
        new = [d for i, d in self.store.damaged.items() if i not in self._damage_told]
        if new:
            self._damage_told.update(d.launch_id for d in new)
            fix = "Repair with `countdown edit ID …` or delete with `countdown remove ID`."
            self._tell("\n".join([*(str(d) for d in new), fix]))

    def _tell_store_messages(self) -> None:
        self._tell_damage()
        if self.store.messages:
            self._tell("\n".join(self.store.messages))

    def _tell(self, text: str) -> None:
        if self.tray is not None:
            self.tray.tray.showMessage(APP_NAME, text, QSystemTrayIcon.MessageIcon.Warning)
        else:
            from PySide6.QtWidgets import QMessageBox  # ~2 ms of class setup, rarely needed

            QMessageBox.warning(self.window, APP_NAME, text)

    # -- the views -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """The store changed (here or in another process): every view reloads from it."""
        launches = self.store.list_launches()
        self._backup_soon.start()
        self._tell_damage()
        if self.tray is not None:
            self.tray.set_launches(launches)
        if self.window is not None:
            self.window.set_launches(launches)
        if self.alerts is not None:
            self.alerts.replan(reload_ledger=True)  # another process may have delivered some
            self.alerts.check()

    def main_window(self) -> Any:
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
            self.window.store_changed.connect(self.refresh)
            self.window.paste_requested.connect(self.paste_news)
            if self.watcher is not None:
                self.window.visibility_changed.connect(self.watcher.set_polling)
            self.window.set_launches(self.store.list_launches())
        return self.window

    def show_window(self) -> Any:
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

        dialog = open_paste_dialog(self.store, self.clock, self.window)
        if dialog is not None:
            self._paste_dialog = dialog  # a parentless dialog lives only as long as a reference
            dialog.finished.connect(lambda _result: self.refresh())

    def show_alerts(self, alerts: Sequence[Any]) -> None:
        if self.popup is None:
            from countdown.ui.popup import AlertPopup, StoreAlertActions

            actions = self.actions or StoreAlertActions(self.store)
            self.popup = AlertPopup(self.store, actions, self.clock)
            self.popup.open_launch_requested.connect(
                lambda launch_id: self.show_window().select_launch(launch_id)
            )
            self.popup.closed.connect(self.refresh)
        self.popup.show_alerts(alerts)

    # -- alerts pause and quit -------------------------------------------------------------------

    def _paused_until(self) -> datetime | None:
        text = self.store.get_setting("pause_until")
        return datetime.fromisoformat(text) if text else None

    def pause_alerts(self, until: datetime | None) -> None:
        if self.alerts is not None:
            self.alerts.pause(until)
        else:
            self.store.set_setting("pause_until", until.isoformat() if until else None)
        if self.tray is not None:
            self.tray.paused_until = until

    def shutdown(self) -> None:
        """Stop every timer and watcher that uses the store (before it is closed)."""
        if self.watcher is not None:
            self.watcher.stop()
        if self.alerts is not None:
            self.alerts.stop()
        if self.window is not None:
            self.window.save_settings()
            self.window.hide()
        if self.tray is not None:
            self.tray.hide()

    def quit(self) -> None:
        self.shutdown()
        QApplication.quit()


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app (or show the one already running); returns the exit status."""
    pin_singletons()
    trace("imported")
    app = QApplication([sys.argv[0], *(argv or [])])
    trace("qapplication")
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName(APP_ID)
    home = default_home()
    single = SingleInstance(home)
    if not single.acquire(listen=False):
        print(f"{APP_NAME} is already running; showing its window.", file=sys.stderr)
        return 0
    try:
        store = Store.open(home, clock=system_clock)
    except StoreError as error:  # e.g. a database from a newer version: say so, change nothing
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, str(error))
        single.release()
        return 1
    trace("store-open")
    has_tray = QSystemTrayIcon.isSystemTrayAvailable()
    app.setQuitOnLastWindowClosed(not has_tray)
    countdown_app = CountdownApp(store, system_clock, home, tray=has_tray)
    single.activated.connect(countdown_app.show_window)
    countdown_app.start()
    QTimer.singleShot(0, single.listen)  # after the first paint; a second start retries until then
    quit_on_signals(app)
    try:
        return app.exec()
    finally:
        countdown_app.shutdown()
        single.release()
        store.close()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
