"""Screenshots of every part of the desktop app, for a person to look at.

    .venv/bin/python bench/screenshots.py OUT_DIR [--no-tray] [--language de]

Widgets are rendered offscreen in this process (light and dark palettes) from a store filled
with launches of every grain; the tray is photographed for real: the app runs in a private
Xvfb + trayer desktop (tests/e2e/desktop.py) and the panel region is cut out of a screen grab
(also scaled up 4× so a 22 px icon can be inspected).

Every window: the main window (welcome page, table, search, detail pane with a slip, undo bar,
timeline at three zooms, dark), Add/Edit, Paste news, Inbox, Preferences (each page, an error),
the Restore and Delete questions, Damaged launches, the alert popup (one, digest, snooze menu)
and the tray menus; with --language all of them, the tray and the on-screen popups included,
speak that language (de, fr, es, ja, zh_CN).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SAMPLES = [  # (name, when text, status, tags)
    ("Starship flight 12", "in 3 hours", "confirmed", "space"),
    ("Pixel 11a", "December 9", "announced", "phone"),
    ("Switch 3 Lite", "January 2027", "rumored", "console"),
    ("Galaxy Z Fold 8", "week of Jan 11, 2027", "rumored", "phone"),
    ("Steam Frame", "mid-February", "announced", "game, vr"),
    ("Artemis III", "Q2 2027", "delayed", "space"),
    ("Framework 14", "H2 2027", "rumored", "laptop"),
    ("GTA VII trailer", "summer 2027", "rumored", "game"),
    ("Vision Pro 3", "2028", "rumored", ""),
    ("Kindle Colorsoft 2", "November 2, 2026", "launched", "reader"),
    ('<b>Bold</b> & "quotes"', "March 2027", "rumored", "<i>tag</i>"),  # shown literally
    ("Samsung Galaxy Z Fold 8 Ultra Special Edition with S Pen", "Q3 2027", "rumored", "phone"),
    ("Nothing Phone (4)", "early this year", "rumored", "phone"),  # passed: did it launch?
]
LONG_SOURCE = (  # a quote longer than the Source field: the Edit dialog shows its start
    "The company told reporters the new phone would arrive early this year, after a delay "
    "caused by a display supplier, and that pre-orders would open a week before sales."
)


def build_store(home: Path) -> object:
    from countdown.core.dates.window import parse_window
    from countdown.core.model import Launch, Status
    from countdown.core.store import Store
    from countdown.integrations.system_clock import system_clock

    store = Store.open(home, clock=system_clock)
    base = system_clock().replace(tzinfo=None)
    for name, text, status, tags in SAMPLES:
        window = parse_window(text, base=base, languages=("en",))
        tag_tuple = tuple(t.strip() for t in tags.split(",") if t.strip())
        source = "https://example.com/news" if "Pixel" in name else ""
        source = LONG_SOURCE if "Nothing" in name else source
        store.add(
            Launch(
                name=name,
                when_text=text,
                base=base,
                window=window,
                status=Status(status),
                tags=tag_tuple,
                source=source,
            )
        )
    artemis = next(la for la in store.list_launches() if la.name == "Artemis III")
    moved = parse_window("September 2027", base=base, languages=("en",))
    store.update(artemis.id, when_text="September 2027", window=moved)
    return store


def add_sources(store: object) -> None:
    """Two subscriptions (one fetched, one failing) and an inbox with a new launch and a slip, as
    a refresh would leave them (no network: the feed is written here and read by the real
    reader, so the quotes carry their highlighted name, date and status words)."""
    from countdown.core.source import Source, SourceKind
    from countdown.core.source_plan import plan_refresh
    from countdown.integrations.sources.news import read_news
    from countdown.integrations.system_clock import system_clock

    base = system_clock().replace(tzinfo=None)
    entries = "".join(
        f"<item><guid>{key}</guid><description>{text}</description></item>"
        for key, text in (
            ("a", "Brightmoor said on Tuesday that the Kestrel tablet will ship in Q3 2027, "
                  "the company confirmed."),
            ("b", "Nintendo has delayed the Switch 3 Lite to March 2027, according to a report."),
        )
    )  # fmt: skip
    rss = f"<rss version='2.0'><channel><title>Gadget Wire</title>{entries}</channel></rss>"
    items, _problems = read_news(rss.encode(), now=system_clock())
    feed = store.add_source(
        Source("https://example.org/gadgets.xml", SourceKind.RSS, "Gadget Wire")
    )  # type: ignore[attr-defined]
    calendar = store.add_source(  # type: ignore[attr-defined]
        Source("https://example.org/launches.ics", SourceKind.ICS, "Launch calendar", auto=True)
    )
    known = store.item_states(feed.id)  # type: ignore[attr-defined]
    plan = plan_refresh(feed, items, known, store.list_launches(), today=base.date())  # type: ignore[attr-defined]
    store.apply_plan(feed, plan)  # type: ignore[attr-defined]
    store.record_fetch(feed.id, status="ok", validators=("", ""))  # type: ignore[attr-defined]
    store.record_fetch(calendar.id, status="error", error="HTTP 404")  # type: ignore[attr-defined]


def save(widget: object, out: Path, name: str) -> None:
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)
    QApplication.processEvents()
    widget.grab().save(str(out / f"{name}.png"))
    print(out / f"{name}.png")


def dark_palette() -> object:
    from PySide6.QtGui import QColor, QPalette

    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: "#2b2b2b",
        QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e",
        QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6",
        QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6",
        QPalette.ColorRole.Highlight: "#3d6fd8",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#6ea8ff",
        QPalette.ColorRole.ToolTipBase: "#353535",
        QPalette.ColorRole.ToolTipText: "#e6e6e6",
        QPalette.ColorRole.PlaceholderText: "#8a8a8a",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    return palette


def widget_shots(out: Path, home: Path, language: str = "") -> None:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication, QPushButton

    from countdown.core.plan import Alert, AlertKind
    from countdown.integrations.system_clock import system_clock
    from countdown.ui.launch_dialog import LaunchDialog
    from countdown.ui.main_window import MainWindow
    from countdown.ui.popup import AlertPopup, StoreAlertActions

    app = QApplication.instance() or QApplication([])
    if language:
        from countdown.ui import i18n

        assert i18n.install(app, language) is not None, f"no translation for {language}"
    empty_home = home.parent / "empty-home"
    from countdown.core.store import Store

    empty_store = Store.open(empty_home, clock=system_clock)
    empty = MainWindow(empty_store, system_clock)
    empty.reload()
    empty.show()
    save(empty, out, "main-empty")
    store = build_store(home)
    add_sources(store)
    window = MainWindow(store, system_clock)
    window.resize(1000, 520)
    window.reload()
    window.show()
    window.table.selectRow(1)
    save(window, out, "main-table")
    window.status_box.setCurrentIndex(window.status_box.findData("all"))
    window.search.setText("phone")
    save(window, out, "main-search")
    window.search.clear()
    window.toolbar.view_action.trigger()
    save(window, out, "timeline-months")
    window.timeline.set_zoom(0)
    app.processEvents()  # zooming keeps the centre on the next turn; then go back to today
    window.toggle_view()
    save(window, out, "timeline-weeks")
    window.timeline.set_zoom(3)
    save(window, out, "timeline-years")
    window.timeline.set_zoom(1)
    window.toolbar.view_action.trigger()
    dialog = LaunchDialog(store, system_clock, window)
    dialog.form.name_edit.setText("Pixel 11")
    dialog.form.when_edit.setText("Q3 2027")
    dialog.preview_now()
    dialog.show()
    save(dialog, out, "dialog-valid")
    dialog.form.when_edit.setText("asdf")
    dialog.preview_now()
    save(dialog, out, "dialog-error")
    dialog.close()
    overdue = next(la for la in store.list_launches() if la.name.startswith("Nothing"))
    edit = LaunchDialog(store, system_clock, window, launch=overdue)
    edit.show()
    save(edit, out, "dialog-edit")
    edit.close()
    from countdown.ui.paste_dialog import PasteDialog

    paste = PasteDialog(store, system_clock, window)
    paste.show()
    save(paste, out, "paste-empty")  # what it invites before anything is pasted
    paste.text_edit.setPlainText(
        "The Pixel 12 goes on sale in late August 2027, the company said on Tuesday."
    )
    paste.show()
    paste.refresh()
    save(paste, out, "paste-dialog")
    paste.close()
    inbox_shots(out, store, app)
    store.backup_if_changed()  # type: ignore[attr-defined]  # as the app does after a change
    preferences = window.open_preferences()
    save(preferences, out, "preferences")
    for page, name in ((1, "preferences-sources"), (2, "preferences-backups")):
        preferences.pages.setCurrentIndex(page)
        save(preferences, out, name)
    shoot_question(out, "restore-question")
    preferences.backups.ask_and_restore()  # answered No by shoot_question
    preferences.pages.setCurrentIndex(0)
    preferences.lead_edit.setText("next week")
    save(preferences, out, "preferences-error")
    preferences.reject()
    # The popups and the tray below pick launches by position: leave the overdue one out.
    launches = [la for la in store.list_launches() if la.id != overdue.id]  # type: ignore[attr-defined]
    now = system_clock()
    second = launches[1]
    from countdown.core.dates.labels import localized_label
    from countdown.ui.i18n import wording

    popup = AlertPopup(store, StoreAlertActions(store), system_clock)
    one = Alert(
        f"{second.id}:launch-day",
        second.id,
        AlertKind.LAUNCH_DAY,
        now,
        wording().say("alert_today", name=second.name),  # the app's words, in its language
        wording().say("body_day", label=localized_label(second.window, wording())),
    )
    popup.show_alerts([one])
    save(popup, out, "popup-single")
    snooze = next(b for b in popup.findChildren(QPushButton) if b.menu() is not None)
    choices = snooze.menu()
    assert choices is not None
    choices.popup(snooze.mapToGlobal(snooze.rect().bottomLeft()))
    save(choices, out, "popup-snooze-menu")
    choices.hide()
    popup.dismiss()

    # The digest shows what the real plan would have said while the user was away.
    from dataclasses import replace as dc_replace

    from countdown.core.model import AlertPrefs
    from countdown.core.plan import plan_alerts

    digest = []
    for la in launches[1:4]:
        planned = plan_alerts(
            la, now=now + timedelta(days=400), prefs=AlertPrefs(), local_tz=now.tzinfo, since=now,
            wording=wording(),  # as the app's alert service says them
        )  # fmt: skip
        digest.append(dc_replace(planned[0], missed=True))
    popup.show_alerts(digest)
    save(popup, out, "popup-digest")
    popup.dismiss()
    from PySide6.QtCore import QPoint

    from countdown.ui.tray import TrayCountdown

    tray = TrayCountdown(system_clock)
    tray.set_launches(launches)
    tray.menu.popup(QPoint(10, 10))  # aboutToShow rebuilds it with the current countdowns
    save(tray.menu, out, "tray-menu")
    pause = next(a.menu() for a in tray.menu.actions() if a.menu() is not None)
    pause.popup(QPoint(300, 10))
    save(pause, out, "tray-menu-pause")
    pause.hide()
    tray.menu.hide()
    artemis = next(la for la in launches if la.name == "Artemis III")
    window.select_launch(artemis.id)  # the detail pane shows a slip
    save(window, out, "main-detail-slip")
    window.table.setFocus()
    window.remove_selected()  # the undo bar under the table; undone right after
    save(window, out, "main-undo-bar")
    window.toolbar.undo_action.trigger()
    app.setPalette(dark_palette())  # type: ignore[arg-type]
    window.select_launch(artemis.id)
    save(window, out, "main-table-dark")
    window.toolbar.view_action.trigger()
    save(window, out, "timeline-dark")
    app.setPalette(QApplication.style().standardPalette())
    damaged_shot(out, store, window)


def inbox_shots(out: Path, store: object, app: object) -> None:
    """The Inbox: a new launch (its words highlighted), a slip, words picked as the name, dark."""
    from PySide6.QtGui import QTextCursor
    from PySide6.QtWidgets import QApplication

    from countdown.ui.inbox_dialog import InboxDialog

    inbox = InboxDialog(store)
    inbox.resize(760, 480)
    inbox.reload()
    inbox.show()
    save(inbox, out, "inbox")
    inbox.table.setCurrentItem(inbox.table.topLevelItem(1))
    save(inbox, out, "inbox-slip")
    inbox.table.setCurrentItem(inbox.table.topLevelItem(0))
    edit = inbox.quote.text
    at = edit.toPlainText().find("Brightmoor")
    cursor = edit.textCursor()
    cursor.setPosition(max(at, 0))
    cursor.setPosition(max(at, 0) + len("Brightmoor"), QTextCursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)
    edit.setFocus()
    save(inbox, out, "inbox-pick")
    inbox.quote.picker.pick()
    save(inbox, out, "inbox-picked")
    app.setPalette(dark_palette())  # type: ignore[attr-defined]
    save(inbox, out, "inbox-dark")
    app.setPalette(QApplication.style().standardPalette())  # type: ignore[attr-defined]
    inbox.close()


def damaged_shot(out: Path, store: object, window: object) -> None:
    """A launch whose row no longer reads (as a bad disk or an older version leaves one)."""
    import sqlite3

    from countdown.integrations.system_clock import system_clock
    from countdown.ui.damaged_dialog import DamagedLaunchesDialog
    from countdown.ui.launch_dialog import default_parser

    vision = next(la for la in store.list_launches() if la.name == "Vision Pro 3")  # type: ignore[attr-defined]
    with sqlite3.connect(store.path) as raw:  # type: ignore[attr-defined]
        raw.execute("UPDATE launches SET status = 'exploded' WHERE id = ?", (vision.id,))
    store.list_launches()  # type: ignore[attr-defined]
    dialog = DamagedLaunchesDialog(store, system_clock, default_parser, window)  # type: ignore[arg-type]
    dialog.show()
    dialog.list.setCurrentRow(0)
    save(dialog, out, "damaged-launches")
    shoot_question(out, "damaged-delete-question")
    dialog.delete()  # answered No by shoot_question
    dialog.close()


def shoot_question(out: Path, name: str) -> None:
    """Photograph the message box the next call opens (modal), then answer it No."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def shoot() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        save(box, out, name)
        box.done(QMessageBox.StandardButton.No)

    QTimer.singleShot(200, shoot)


def tray_shot(out: Path, home: Path) -> None:
    from tests.e2e.desktop import DesktopSession

    with DesktopSession(notifier=False) as desk:
        env = desk.child_env(
            COUNTDOWN_HOME=str(home), COUNTDOWN_TRACE_STARTUP="1", PYTHONPATH=str(ROOT)
        )
        proc = subprocess.Popen(
            [sys.executable, "-m", "countdown", "gui"],
            env=env,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
        )
        assert proc.stderr is not None
        for line in proc.stderr:
            if line.startswith("tray-shown"):
                break
        time.sleep(1.0)
        screen = desk.screenshot(out / "screen.png")
        geometry = desk.tray_geometry()
        assert geometry is not None
        x, y, w, h = geometry
        crop = f"{w}x{h}+{x}+{y}"
        subprocess.run(
            ["convert", str(screen), "-crop", crop, "+repage", str(out / "tray.png")], check=True
        )
        subprocess.run(
            [
                "convert",
                str(out / "tray.png"),
                "-filter",
                "point",
                "-resize",
                "400%",
                str(out / "tray-x4.png"),
            ],
            check=True,
        )
        print(out / "tray.png")
        proc.terminate()
        proc.wait(timeout=5)
        popup_shots(out, desk, home)


def popup_child(home: Path) -> None:
    """In the desktop session: the popup for the long-named launch (one alert, then a digest)."""
    from PySide6.QtWidgets import QApplication

    from countdown.core.plan import Alert, AlertKind
    from countdown.core.store import Store
    from countdown.integrations.system_clock import system_clock
    from countdown.ui.popup import AlertPopup, StoreAlertActions

    app = QApplication([])
    store = Store.open(home, clock=system_clock)
    from countdown.core.settings import UI_LANGUAGE
    from countdown.ui import i18n

    i18n.install(app, UI_LANGUAGE.read(store))  # as the app does
    say = i18n.wording().say  # the alert service's words, in that language
    launches = store.list_launches()
    now = system_clock()
    alerts = [
        Alert(f"{la.id}:d", la.id, AlertKind.LAUNCH_DAY, now, say("alert_today", name=la.name), "")
        for la in sorted(launches, key=lambda la: -len(la.name))
    ]
    popup = AlertPopup(store, StoreAlertActions(store), system_clock)
    for batch in (alerts[:1], alerts[1:]):
        popup.show_alerts(batch)
        for _ in range(20):
            app.processEvents()
            time.sleep(0.02)
        print("shown", flush=True)
        sys.stdin.readline()  # the parent took its screenshot


def popup_shots(out: Path, desk: object, home: Path) -> None:
    """The popup on a real 1024×768 X screen, where its placement can be seen."""
    env = desk.child_env(PYTHONPATH=str(ROOT))  # type: ignore[attr-defined]
    child = subprocess.Popen(
        [sys.executable, __file__, "--popup-child", str(home)],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdin is not None and child.stdout is not None
    for name in ("popup-screen-single", "popup-screen-digest"):
        child.stdout.readline()
        desk.screenshot(out / f"{name}.png")  # type: ignore[attr-defined]
        print(out / f"{name}.png")
        child.stdin.write("\n")
        child.stdin.flush()
    child.wait(timeout=10)


def main() -> int:
    parser = argparse.ArgumentParser(description="Screenshots of the desktop app")
    parser.add_argument("out", type=Path)
    parser.add_argument("--no-tray", action="store_true")
    parser.add_argument("--language", default="", help="a translation to show, e.g. de, zh_CN")
    parser.add_argument("--popup-child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.popup_child:
        popup_child(args.out)
        return 0
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="countdown-shots-") as tmp:
        for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME"):  # Preferences reads them: keep private
            os.environ[name] = str(Path(tmp) / name.lower())
        home = Path(tmp) / "home"
        if not args.no_tray:
            store = build_store(home)
            if args.language:  # the app reads Preferences' choice of language from the store
                from countdown.core.settings import UI_LANGUAGE

                UI_LANGUAGE.write(store, args.language)
            store.close()  # type: ignore[attr-defined]
            tray_shot(args.out, home)
            home = Path(tmp) / "home2"
        widget_shots(args.out, home, args.language)
    print(f"done {datetime.now():%H:%M:%S}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
