"""The one change path (services/changes): every commit — this process's or another's — becomes
one debounced `changed`, over a real store on disk."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from countdown.core.model import Grain, Launch, Window
from countdown.core.settings import PAUSE_UNTIL
from countdown.core.store import Store
from countdown.services.changes import DEBOUNCE_MS, StoreChanges
from tests.conftest import FrozenClock


def rocket(name: str) -> Launch:
    day = date(2027, 1, 5)
    window = Window(start=day, end=day, grain=Grain.DAY, label="Jan 5, 2027")
    return Launch(name=name, when_text="Jan 5", base=datetime(2026, 11, 24), window=window)


@pytest.fixture
def changes(store: Store) -> Iterator[StoreChanges]:
    feed = StoreChanges(store)
    yield feed
    feed.stop()


def count(changes: StoreChanges) -> list[None]:
    heard: list[None] = []
    changes.changed.connect(lambda: heard.append(None))
    return heard


def test_a_burst_of_own_commits_is_announced_once(
    qtbot: QtBot, store: Store, changes: StoreChanges
) -> None:
    heard = count(changes)
    for number in range(20):  # an import of twenty launches
        store.add(rocket(f"Rocket {number}"))
    assert heard == []  # debounced: nothing yet
    qtbot.waitUntil(lambda: len(heard) == 1, timeout=2000)
    qtbot.wait(DEBOUNCE_MS * 3)
    assert len(heard) == 1


def test_settings_snoozes_and_removals_are_changes_too(
    qtbot: QtBot, store: Store, changes: StoreChanges, clock: FrozenClock
) -> None:
    saved = store.add(rocket("Rocket"))
    assert saved.id is not None
    for write in (
        lambda: PAUSE_UNTIL.write(store, clock()),
        lambda: store.set_snooze("1:x", clock()),
        lambda: store.remove(saved.id or 0),
    ):
        with qtbot.waitSignal(changes.changed, timeout=2000):
            write()


def test_changes_by_another_process_are_noticed_without_polling(
    qtbot: QtBot, store: Store, home: Path, clock: FrozenClock, changes: StoreChanges
) -> None:
    other = Store.open(home, clock=clock)  # as the CLI would
    with qtbot.waitSignal(changes.changed, timeout=3000):
        other.add(rocket("From the CLI"))
    other.close()
    assert [la.name for la in store.list_launches()] == ["From the CLI"]


def test_a_stopped_feed_stays_silent(qtbot: QtBot, store: Store, changes: StoreChanges) -> None:
    heard = count(changes)
    changes.stop()
    store.add(rocket("Rocket"))
    qtbot.wait(DEBOUNCE_MS * 3)
    assert heard == []
