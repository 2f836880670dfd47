"""Every window of the app at once, for an accessibility test: `python -m tests.e2e.a11y.show_windows HOME`.

Shows the main window (two launches), the launch dialog, the paste dialog, Preferences and an
alert popup over a store in HOME, prints "ready" and runs until killed. The test reads their
tree from the AT-SPI bus meanwhile (Qt answers those calls on this event loop).
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

from countdown.core.model import Grain, Launch, Status, Window
from countdown.core.plan import Alert, AlertKind
from countdown.core.store import Store

NOW = datetime.now(UTC).replace(microsecond=0)


def add_launches(store: Store) -> list[int]:
    day = date.today() + timedelta(days=12)
    ids = []
    for name, grain in (("Rocket", Grain.DAY), ("Glasses", Grain.MONTH)):
        window = Window(day, day, grain, f"{day:%b} {day.day}, {day.year}")
        ids.append(store.add(Launch(name, window.label, NOW, window, Status.ANNOUNCED)).id or 0)
    return ids


def preferences_pages(window: object) -> list[object]:
    """One Preferences window per page, so the walk sees every page's controls showing."""
    shown = []
    for index in range(3):
        dialog = window.open_preferences()  # type: ignore[attr-defined]
        dialog.pages.setCurrentIndex(index)
        dialog.setWindowTitle(f"Preferences — {dialog.pages.tabText(index).replace('&', '')}")
        shown.append(dialog)
    return shown


def main() -> int:
    from PySide6.QtWidgets import QApplication

    from countdown.ui.main_window import MainWindow
    from countdown.ui.paste import open_paste_dialog
    from countdown.ui.popup import AlertPopup, StoreAlertActions

    app = QApplication(["countdown-a11y"])
    app.setApplicationName("Launch Countdown")
    store = Store.open(Path(sys.argv[1]), clock=lambda: NOW)
    ids = add_launches(store)
    window = MainWindow(store, lambda: NOW)
    window.reload()
    window.show()
    kept = [window.add_launch(), open_paste_dialog(store, lambda: NOW, window)]
    kept += preferences_pages(window)
    popup = AlertPopup(store, StoreAlertActions(store), lambda: NOW)
    alert = Alert(f"{ids[0]}:launch-day:x", ids[0], AlertKind.LAUNCH_DAY, NOW,
                  "Rocket launches today", "Launches today.")  # fmt: skip
    popup.show_alerts([alert])
    print("ready", flush=True)
    code = app.exec()
    del kept
    return code


if __name__ == "__main__":
    sys.exit(main())
