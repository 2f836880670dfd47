"""The one wiring file, read top to bottom: `main()` is `countdown gui`.

`main` refuses an excluded PySide6, makes the QApplication, takes the single-instance lock, opens
the store and composes `CountdownApp` (store, clock, the window shell ui/shell.py; once started
the change feed, alerts and sources). `STARTUP_STAGES` run in order: only the first before the
tray is painted, the rest on the event loop's next turns. Every change reaches the views one way:
store commits, this process's or another's (services/changes) → `refresh`.
`COUNTDOWN_TRACE_STARTUP=1` prints "<stage> <monotonic ns>" to stderr for bench/startup.py.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from countdown import APP_ID, APP_NAME
from countdown.core.clock import Clock
from countdown.core.settings import UI_LANGUAGE
from countdown.core.store import Store, StoreError, default_home
from countdown.integrations.system_clock import system_clock

# isort: split
# PySide6 after the pure-Python modules, on purpose: its import hook (shibokensupport's
# __feature__ check) reads the source of every module that imports something after PySide6 is
# loaded; importing the store and its stdlib first spares that (~3 ms before the first paint).
import PySide6
from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from countdown.services.single import SingleInstance
from countdown.ui.app_process import check_qt_binding, icon_name, quit_on_signals, trace
from countdown.ui.i18n import UiLanguage, wording
from countdown.ui.relanguage import speak_again
from countdown.ui.shell import Shell

if TYPE_CHECKING:
    from countdown.services.alerts import AlertService
    from countdown.services.changes import StoreChanges
    from countdown.services.source_refresh import SourceRefresher

FIRST_PAINT_LAUNCHES = 64  # per part of store.next_active: enough for the icon and tooltip
WARM_UP_DELAY_MS = 1500
SOURCES_DELAY_MS = 3000  # the first refresh: well after the paint and the alerts
BACKUP_DELAY_MS = 5000
LANGUAGE_RETRY_MS = 200  # a new language waits until no modal dialog is open  # a backup this long after the last change (several edits → one copy)


class CountdownApp(QObject):
    """The parts and the one connection between them: store changes → `refresh`."""

    def __init__(self, store: Store, clock: Clock, home: Path, *, tray: bool) -> None:
        super().__init__()
        self.store, self.clock = store, clock
        self.shell = Shell(store, clock, home, tray=tray, parent=self)
        self.shell.quit_requested.connect(self.quit)
        self.changes: StoreChanges | None = None  # started after the first paint
        self.alerts: AlertService | None = None  # started after the first paint
        self.sources: SourceRefresher | None = None  # started a little after the alerts
        self.closed = False
        # Backups hold the latest committed state: taken a little after changes settle.
        self.backup_soon = QTimer(self, singleShot=True, interval=BACKUP_DELAY_MS)
        self.backup_soon.timeout.connect(self.back_up)
        self.language: UiLanguage | None = None  # set by main(): tests run in one language

    def start(self, stages: Sequence[Stage] | None = None) -> None:
        """Run the startup stages: the first now (the paint), the others from the event loop
        (timers of equal delay fire in order; a stage due after shutdown is skipped)."""
        first, *later = STARTUP_STAGES if stages is None else stages
        first.run(self)
        for stage in later:
            QTimer.singleShot(stage.delay_ms, lambda s=stage: self.closed or s.run(self))

    def paint(self) -> None:
        since = self.clock().date() - timedelta(days=2)  # ISO-text bounds: zone slack
        self.shell.show_first(self.store.next_active(FIRST_PAINT_LAUNCHES, since=since))
        trace("launches-read")

    def follow_changes(self) -> None:
        """The one change path; then every view gets the full list (once)."""
        from countdown.services.changes import StoreChanges

        self.changes = StoreChanges(self.store, self)  # notes data_version before the read
        self.changes.changed.connect(self.refresh)
        self.shell.window_visible.connect(self.changes.set_polling)
        self.changes.set_polling(self.shell.window_shown())
        self.shell.refresh()

    def start_alerts(self) -> None:
        """Scheduler → notifier → popup (APScheduler loads here, after the first tray paint)."""
        from countdown.services.alerts import desktop_alerts

        tray = self.shell.tray.tray if self.shell.tray else None
        self.alerts = desktop_alerts(
            self.store, self.clock, tray, icon=icon_name(), parent=self, wording=wording()
        )  # notifications in the UI's language
        self.alerts.notifier.popup_requested.connect(self.shell.show_alerts)
        self.alerts.notifier.action_requested.connect(self.shell.act_on_alerts)  # its buttons
        self.alerts.watcher.jumped.connect(lambda _s: self.shell.refresh())  # woke up: redraw
        self.shell.set_actions(self.alerts)  # snooze / mark launched go through the service
        self.alerts.start()

    def start_sources(self) -> None:
        """Refresh the due sources now, then on their interval, off the GUI thread; a tracked
        launch that moved is told through the alerts' notification channels."""
        from countdown.services.source_refresh import SourceRefresher, notifier_sender

        send = notifier_sender(self.alerts.notifier.channels if self.alerts else [])
        self.sources = SourceRefresher(
            self.store, self.clock, notify=send, parent=self, wording=wording()
        )  # what moved, told in the UI's language
        self.shell.refresh_sources_requested.connect(self.sources.refresh)
        self.sources.start()
        self.sources.catch_up()

    def refresh(self) -> None:
        """The store changed (here or in another process): views and alerts follow it."""
        self.backup_soon.start()
        if self.language is not None and UI_LANGUAGE.read(self.store) != self.language.choice:
            QTimer.singleShot(0, self.follow_language)  # after the dialog that chose it closed
        self.shell.refresh()
        self.shell.tell_damage()
        if self.alerts is not None:
            self.alerts.replan(reload_ledger=True)  # another process may have delivered some
            self.alerts.check()
        if self.sources is not None:
            self.sources.store_changed()

    def follow_language(self) -> None:
        """Speak the language chosen in Preferences now: translators, windows, alerts."""
        modal, window = QApplication.activeModalWidget(), self.shell.window
        if modal is not None and window is not None and window.isAncestorOf(modal):
            QTimer.singleShot(LANGUAGE_RETRY_MS, self.follow_language)  # not under a dialog
            return
        if self.language is None or not self.language.switch(UI_LANGUAGE.read(self.store)):
            return
        speak_again(self.shell)
        if self.alerts is not None:
            self.alerts.set_wording(wording())
            self.alerts.replan()
        if self.sources is not None:
            self.sources.wording = wording()

    def back_up(self) -> None:
        if message := self.store.backup_if_changed():
            self.shell.tell(message)

    def shutdown(self) -> None:
        """Stop every timer and watcher that uses the store (before it is closed)."""
        self.closed = True
        if self.changes is not None:
            self.changes.stop()
        if self.alerts is not None:
            self.alerts.stop()
        if self.sources is not None:
            self.sources.stop()
        self.shell.close()

    def quit(self) -> None:
        self.shutdown()
        QApplication.quit()


@dataclass(frozen=True)
class Stage:
    """One step of the start: `run` on the app `delay_ms` after the first paint was asked for."""

    name: str
    run: Callable[[CountdownApp], None]
    delay_ms: int = 0


STARTUP_STAGES: tuple[Stage, ...] = (
    Stage("paint", CountdownApp.paint),  # before the event loop runs: the tray icon
    Stage("painted", lambda app: trace("tray-shown" if app.shell.tray else "window-shown")),
    Stage("welcome", lambda app: app.shell.welcome()),
    Stage("changes", CountdownApp.follow_changes),
    Stage("alerts", CountdownApp.start_alerts),
    Stage("store-messages", lambda app: app.shell.tell_store_messages()),
    Stage("warm-up", lambda app: app.shell.prepare_tomorrow(), delay_ms=WARM_UP_DELAY_MS),
    Stage("sources", CountdownApp.start_sources, delay_ms=SOURCES_DELAY_MS),
)


def main(argv: Sequence[str] | None = None) -> int:
    """Start the desktop app (or show the one already running); returns the exit status."""
    refusal = check_qt_binding(PySide6.__version__)
    if refusal is not None:
        print(f"{APP_NAME}: {refusal}", file=sys.stderr)
        return 1
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
    language = UiLanguage(app, UI_LANGUAGE.read(store))  # Preferences' choice, else the system's
    has_tray = QSystemTrayIcon.isSystemTrayAvailable()
    app.setQuitOnLastWindowClosed(not has_tray)
    countdown_app = CountdownApp(store, system_clock, home, tray=has_tray)
    countdown_app.language = language
    single.activated.connect(countdown_app.shell.show_window)
    countdown_app.start()
    QTimer.singleShot(0, single.listen)  # after the first paint; a second start retries until then
    quit_on_signals(app)
    try:
        return app.exec()
    finally:
        countdown_app.shutdown()
        single.release()
        store.close()
