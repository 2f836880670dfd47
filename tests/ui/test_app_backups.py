"""The app and the store's backups: a debounced backup after changes, following a quarantine or
restore done by another process (no split brain), Restore in Preferences, damaged rows told."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from countdown.app import STARTUP_STAGES, CountdownApp
from countdown.core.store import Store
from countdown.core.store.backup import list_backups
from countdown.core.store.restore import describe_backups
from countdown.ui.settings_dialog import PreferencesDialog
from tests.conftest import FrozenClock
from tests.ui.conftest import day_window, launch


@pytest.fixture
def app(store: Store, clock: FrozenClock, home: Path) -> Iterator[CountdownApp]:
    made = CountdownApp(store, clock, home, tray=False)
    made.backup_soon.setInterval(50)
    made.start([s for s in STARTUP_STAGES if s.name not in ("alerts", "sources")])  # no services
    yield made
    made.shutdown()


def names(launches: list[object]) -> list[str]:
    return sorted(getattr(x, "name") for x in launches)  # noqa: B009


def test_a_change_in_the_app_is_backed_up_soon_after(
    qtbot: QtBot, app: CountdownApp, store: Store, home: Path
) -> None:
    store.add(launch("Rocket", day_window(date(2027, 1, 5))))
    app.refresh()
    db = home / "launches.sqlite3"
    qtbot.waitUntil(lambda: len(list_backups(db)) == 1, timeout=3000)
    with sqlite3.connect(list_backups(db)[0][1]) as copy:
        assert copy.execute("SELECT name FROM launches").fetchall() == [("Rocket",)]


def test_a_quarantine_by_another_process_is_followed_not_split(
    qtbot: QtBot, app: CountdownApp, store: Store, clock: FrozenClock, home: Path
) -> None:
    with Store.open(home, clock=clock) as cli:  # a command: writes, backs up at exit
        cli.add(launch("Rocket", day_window(date(2027, 1, 5))))
    db = home / "launches.sqlite3"
    db.write_bytes(bytes(range(256)) * (db.stat().st_size // 256))  # whole-file damage
    db.with_name(db.name + "-wal").write_bytes(b"")
    with Store.open(home, clock=clock) as cli:  # the next command quarantines and restores
        assert "damaged" in cli.messages[0]
        cli.add(launch("Probe", day_window(date(2027, 2, 1))))
    qtbot.waitUntil(
        lambda: names(app.shell.window.model.launches()) == ["Probe", "Rocket"], timeout=5000
    )
    store.add(launch("From the app", day_window(date(2027, 3, 1))))  # goes to the new file
    with Store.open(home, clock=clock) as fresh:
        assert names(fresh.list_launches()) == ["From the app", "Probe", "Rocket"]


def test_restore_in_preferences_reloads_the_window(
    qtbot: QtBot, app: CountdownApp, store: Store, clock: FrozenClock, home: Path
) -> None:
    with Store.open(home, clock=clock) as cli:
        cli.add(launch("Kept", day_window(date(2027, 1, 5))))
    clock.advance(minutes=1)
    with Store.open(home, clock=clock) as cli:
        cli.add(launch("Added later", day_window(date(2027, 2, 5))))
    app.refresh()
    assert names(app.shell.window.model.launches()) == ["Added later", "Kept"]
    dialog = app.shell.window.open_preferences()
    assert isinstance(dialog, PreferencesDialog)
    backups = describe_backups(home / "launches.sqlite3")
    assert dialog.backups.choice.count() == len(backups)
    assert dialog.backups.choice.currentData() == backups[0].id  # the newest, not the placeholder
    (only_kept,) = [info.id for info in backups if info.launches == 1]
    clock.advance(minutes=1)
    dialog.backups.restore(only_kept)
    qtbot.waitUntil(lambda: names(app.shell.window.model.launches()) == ["Kept"], timeout=3000)
    assert dialog.backups.choice.count() == len(backups) + 1  # the state before it, kept
    assert "Restored" in dialog.backups.status.text()
    dialog.close()


def test_a_damaged_row_is_told_once_and_the_rest_still_shows(
    qtbot: QtBot, app: CountdownApp, store: Store, home: Path
) -> None:
    store.add(launch("Good", day_window(date(2027, 1, 5))))
    bad = store.add(launch("Bad", day_window(date(2027, 1, 6))))
    with sqlite3.connect(home / "launches.sqlite3") as raw:
        raw.execute("UPDATE launches SET status = 'exploded' WHERE id = ?", (bad.id,))
    told: list[str] = []
    app.shell.tell = lambda text, on_click=None: told.append(text)  # type: ignore[method-assign]
    app.refresh()
    app.refresh()
    assert names(app.shell.window.model.launches()) == ["Good"]
    assert len(told) == 1 and f"#{bad.id} (Bad)" in told[0] and "status" in told[0]


def test_the_app_starts_over_a_row_with_an_unknown_zone(
    qtbot: QtBot, store: Store, clock: FrozenClock, home: Path
) -> None:
    """The issue's worst case: one row with an unknown zone made every start exit 1."""
    store.add(launch("Good", day_window(date(2026, 11, 25))))
    bad = store.add(launch("Zoned", day_window(date(2026, 11, 26))))
    with sqlite3.connect(home / "launches.sqlite3") as raw:
        raw.execute("UPDATE launches SET win_tz = 'Mars/Olympus' WHERE id = ?", (bad.id,))
    for tray in (True, False):
        started = CountdownApp(store, clock, home, tray=tray)
        told: list[str] = []
        started.shell.tell = lambda text, on_click=None: told.append(text)  # type: ignore[method-assign]  # noqa: B023
        started.start([stage for stage in STARTUP_STAGES if stage.name != "alerts"])
        qtbot.waitUntil(lambda: bool(told), timeout=3000)  # noqa: B023
        assert "window.tz" in told[0] and f"#{bad.id}" in told[0]
        if started.shell.window is not None:
            assert names(started.shell.window.model.launches()) == ["Good"]
        started.shutdown()
