"""The wiring in countdown/app.py: what starts when, tray or no tray, changes from elsewhere."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from countdown.app import STARTUP_STAGES, CountdownApp
from countdown.core.model import Status
from countdown.core.plan import Alert, AlertKind
from countdown.core.store import Store
from countdown.ui.app_process import check_qt_binding
from countdown.ui.tray_icon import IconState
from countdown.ui.welcome import NO_TRAY_HINT
from tests.conftest import FrozenClock
from tests.ui.conftest import day_window, launch


@pytest.fixture
def apps(store: Store) -> Iterator[list[CountdownApp]]:
    made: list[CountdownApp] = []
    yield made
    for app in made:  # before the store closes
        app.shutdown()


def make_app(
    apps: list[CountdownApp], store: Store, clock: FrozenClock, home: Path, *, tray: bool
) -> CountdownApp:
    app = CountdownApp(store, clock, home, tray=tray)
    apps.append(app)
    return app


# Everything but the alert service and the source refresher (APScheduler, the network, the
# desktop notifier): those have their own tests.
VIEW_STAGES = tuple(stage for stage in STARTUP_STAGES if stage.name not in ("alerts", "sources"))


def test_first_tray_paint_needs_neither_dateparser_nor_apscheduler() -> None:
    code = (
        "import sys, countdown.cli.main, countdown.app, countdown.ui.tray\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('dateparser', 'apscheduler'))\n"
        "later = ('PySide6.QtNetwork', 'socket', 'countdown.services.clock',"
        " 'countdown.services.changes', 'countdown.ui.paste',"
        " 'countdown.core.dates.window', 'countdown.core.news.extract', 'hashlib',"
        " 'countdown.ui.tray_icon', 'calendar', 'html')\n"  # the painter: only on a cache miss
        "print(heavy + [m for m in later if m in sys.modules])"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_first_paint_shows_the_nearest_launches_the_full_list_follows(
    qtbot: QtBot, apps: list[CountdownApp], store: Store, clock: FrozenClock, home: Path
) -> None:
    for offset in range(1, 151):  # more than the first paint reads
        store.add(launch(f"Rocket {offset}", day_window(date(2026, 11, 24) + timedelta(offset))))
    app = make_app(apps, store, clock, home, tray=True)
    app.start(VIEW_STAGES)  # the paint: no event processed yet
    assert app.shell.tray is not None and app.shell.tray.face().text == "1"
    first_lines = app.shell.tray.tray.toolTip().splitlines()
    assert first_lines[:2] == ["Launch Countdown", first_lines[1]]
    assert first_lines[1].startswith("Rocket 1 — ")
    qtbot.waitUntil(lambda: app.shell.tray.tray.toolTip().endswith("and 147 more"), timeout=2000)
    assert app.shell.tray.tray.toolTip().splitlines()[:4] == first_lines[:4]
    assert len(app.shell.tray.upcoming()) == 150


def test_without_a_tray_the_main_window_shows(
    qtbot: QtBot, apps: list[CountdownApp], store: Store, clock: FrozenClock, home: Path
) -> None:
    app = make_app(apps, store, clock, home, tray=False)
    app.start(VIEW_STAGES)
    qtbot.addWidget(app.shell.window)
    assert app.shell.window.isVisible()
    assert not app.shell.window._hide_on_escape  # Esc must not hide the only window
    assert app.shell.window.empty.hint.text() == NO_TRAY_HINT  # closing it quits: the page says so


def test_a_first_start_opens_the_welcome_later_starts_stay_in_the_tray(
    qtbot: QtBot, apps: list[CountdownApp], store: Store, clock: FrozenClock, home: Path
) -> None:
    first = make_app(apps, store, clock, home, tray=True)
    first.start(VIEW_STAGES)
    qtbot.waitUntil(
        lambda: first.shell.window is not None and first.shell.window.isVisible(), timeout=2000
    )
    window = first.shell.window
    qtbot.addWidget(window)
    assert window.pages.currentWidget() is window.empty
    assert window.empty.paste_button.isVisible() and window.empty.button.isVisible()
    hint = window.empty.hint.text()
    assert hint.startswith("Launch Countdown lives in the system tray")
    assert "Closing this window keeps it running there" in hint
    with qtbot.waitSignal(window.paste_requested):
        window.empty.paste_button.click()
    store.add(launch("Switch 3", day_window(date(2026, 12, 1))))
    first.quit()
    later = make_app(apps, store, clock, home, tray=True)
    later.start(VIEW_STAGES)
    qtbot.wait(50)  # the turns after the first paint
    assert (
        later.shell.window is None
        and later.shell.tray is not None
        and later.shell.tray.face().text == "7"
    )


def test_with_a_tray_the_window_is_built_on_first_open(
    qtbot: QtBot, apps: list[CountdownApp], store: Store, clock: FrozenClock, home: Path
) -> None:
    store.add(launch("Switch 3", day_window(date(2026, 12, 1))))
    app = make_app(apps, store, clock, home, tray=True)
    app.start(VIEW_STAGES)
    assert app.shell.window is None
    assert app.shell.tray is not None and app.shell.tray.face().text == "7"
    app.shell.tray.toggle_requested.emit()
    qtbot.addWidget(app.shell.window)
    assert app.shell.window.isVisible() and app.shell.window.model.total() == 1
    app.shell.tray.toggle_requested.emit()
    assert not app.shell.window.isVisible()


def test_a_launch_added_elsewhere_reaches_the_tray(
    qtbot: QtBot, apps: list[CountdownApp], store: Store, clock: FrozenClock, home: Path
) -> None:
    app = make_app(apps, store, clock, home, tray=True)
    app.start(VIEW_STAGES)
    assert app.shell.tray is not None and app.shell.tray.face().state is IconState.IDLE
    other = Store.open(home, clock=clock)  # the CLI, in effect
    other.add(launch("Rocket", day_window(date(2026, 11, 24))))
    other.close()
    qtbot.waitUntil(lambda: app.shell.tray.face().state is IconState.TODAY, timeout=5000)


def test_alerts_open_the_popup_whose_buttons_reach_the_store(
    qtbot: QtBot, apps: list[CountdownApp], store: Store, clock: FrozenClock, home: Path
) -> None:
    saved = store.add(launch("Rocket", day_window(date(2026, 11, 24))))
    app = make_app(apps, store, clock, home, tray=True)
    app.start(VIEW_STAGES)
    alert = Alert(
        f"{saved.id}:launch-day:x",
        saved.id,
        AlertKind.LAUNCH_DAY,
        clock(),
        "Rocket launches today",
        "Nov 24, 2026",
    )
    app.shell.show_alerts([alert])
    qtbot.addWidget(app.shell.popup)
    assert app.shell.popup.isVisible()
    app.shell.popup.mark_launched(alert)
    assert store.get(saved.id).status is Status.LAUNCHED
    qtbot.waitUntil(lambda: app.shell.tray.face().state is IconState.IDLE, timeout=2000)


def test_the_tray_face_is_kept_for_the_next_start(
    qtbot: QtBot, apps: list[CountdownApp], store: Store, clock: FrozenClock, home: Path
) -> None:
    store.add(launch("Switch 3", day_window(date(2026, 12, 1))))
    app = make_app(apps, store, clock, home, tray=True)
    app.start(VIEW_STAGES)
    saved = sorted(path.name for path in app.shell.icon_cache.directory.glob("counting-7-*.png"))
    assert saved == [f"counting-7-{size}.png" for size in (16, 22, 24, 32, 48, 64)]
    app.shell.prepare_tomorrow()  # idle time: the next days' faces
    assert (app.shell.icon_cache.directory / "counting-6-22.png").exists()


def test_the_date_grammar_warms_when_the_user_reaches_for_it(
    qtbot: QtBot, apps: list[CountdownApp], store: Store, clock: FrozenClock, home: Path
) -> None:
    store.add(launch("Switch 3", day_window(date(2026, 12, 1))))  # not a first start
    app = make_app(apps, store, clock, home, tray=True)
    app.start(VIEW_STAGES)
    qtbot.wait(50)  # the turns after the first paint
    app.shell.prepare_tomorrow()  # idle time alone does not load the grammar: a tray-only session never parses
    assert app.shell.parser_warm is False
    assert app.shell.tray is not None
    app.shell.tray.menu.aboutToShow.emit()  # the menu holds "Add launch…"
    assert app.shell.parser_warm is True


def test_mark_launched_in_one_row_of_a_digest_redraws_tray_and_table(
    qtbot: QtBot, apps: list[CountdownApp], store: Store, clock: FrozenClock, home: Path
) -> None:
    """The popup stays open for the other row; the tray and the table still follow the store."""
    today, soon = date(2026, 11, 24), date(2026, 11, 30)
    rocket = store.add(launch("Rocket", day_window(today)))
    phone = store.add(launch("Phone", day_window(soon)))
    app = make_app(apps, store, clock, home, tray=True)
    app.start(VIEW_STAGES)
    window = app.shell.show_window()
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: app.changes is not None)
    assert app.shell.tray is not None and app.shell.tray.face().state is IconState.TODAY
    alerts = [
        Alert(f"{la.id}:x", la.id, AlertKind.LAUNCH_DAY, clock(), f"{la.name} today", "")
        for la in (rocket, phone)
        if la.id is not None
    ]
    app.shell.show_alerts(alerts)
    popup = app.shell.popup
    assert popup is not None
    qtbot.addWidget(popup)
    row_button = next(
        b
        for b in popup.findChildren(QPushButton)
        if b.accessibleName() == "Mark launched: Rocket today"
    )
    qtbot.mouseClick(row_button, Qt.MouseButton.LeftButton)
    assert popup.isVisible() and [a.title for a in popup.alerts] == ["Phone today"]
    qtbot.waitUntil(lambda: app.shell.tray.face().text == "6", timeout=2000)  # Phone, in 6 days
    statuses = {la.name: la.status for la in window.model.launches()}
    assert statuses == {"Rocket": Status.LAUNCHED, "Phone": Status.ANNOUNCED}
    assert [la.name for la in app.shell.tray.upcoming()] == ["Phone"]


def test_an_excluded_pyside6_is_refused_with_a_message() -> None:
    refusal = check_qt_binding("6.12.0")
    assert refusal is not None and "6.12.0" in refusal and "Install" in refusal
    assert check_qt_binding("6.11.3") is None
    assert check_qt_binding("6.8.0") is None
