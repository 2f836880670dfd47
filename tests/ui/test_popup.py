"""The launch-day popup: one alert or a digest; its buttons act on the store through the actions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QToolButton
from pytestqt.qtbot import QtBot

from countdown.core.model import Launch, Status
from countdown.core.plan import Alert, AlertKind
from countdown.core.store import Store
from countdown.ui.popup import AlertPopup, StoreAlertActions, snooze_choices
from tests.conftest import FrozenClock
from tests.ui.conftest import day_window, launch


class RecordingActions(StoreAlertActions):
    """The store-backed actions, also remembering the calls (the real alert service's API)."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.snoozed: list[tuple[str, datetime]] = []

    def snooze(self, key: str, until: datetime) -> None:
        self.snoozed.append((key, until))
        super().snooze(key, until)


@pytest.fixture
def store(tmp_path: Path, clock: FrozenClock) -> Iterator[Store]:
    store = Store.open(tmp_path / "home", clock=clock)
    yield store
    store.close()


@pytest.fixture
def saved(store: Store) -> Launch:
    return store.add(
        launch("Switch 3", day_window(date(2026, 11, 24)), source="https://example.com/switch3")
    )


def alert_for(
    item: Launch, kind: AlertKind = AlertKind.LAUNCH_DAY, n: int = 0, *, missed: bool = False
) -> Alert:
    assert item.id is not None
    return Alert(
        key=f"{item.id}:{kind}:{n}",
        launch_id=item.id,
        kind=kind,
        due=datetime(2026, 11, 24, 9, 0).astimezone(),
        title=f"{item.name} launches today",
        body="Nov 24, 2026",
        missed=missed,
    )


def button(qtbot: QtBot, popup: AlertPopup, text: str) -> QPushButton:
    """The visible button with this text (a rebuilt popup shows new buttons on the next turn)."""

    def find() -> QPushButton | None:
        shown = [b for b in popup.findChildren(QPushButton) if b.text() == text and b.isVisible()]
        return shown[0] if shown else None

    qtbot.waitUntil(lambda: find() is not None, timeout=2000)
    found = find()
    assert found is not None
    return found


def make_popup(
    qtbot: QtBot, store: Store, clock: FrozenClock
) -> tuple[AlertPopup, RecordingActions]:
    actions = RecordingActions(store)
    popup = AlertPopup(store, actions, clock)
    qtbot.addWidget(popup)
    return popup, actions


def test_single_alert_is_a_small_always_on_top_window(
    qtbot: QtBot, store: Store, clock: FrozenClock, saved: Launch
) -> None:
    popup, _ = make_popup(qtbot, store, clock)
    popup.show_alerts([alert_for(saved)])
    assert popup.isVisible()
    flags = popup.windowFlags()
    assert flags & Qt.WindowType.WindowStaysOnTopHint and flags & Qt.WindowType.Tool
    texts = {b.text() for b in popup.findChildren(QPushButton) if b.isVisible()}
    assert texts == {"Mark launched", "Open source", "Dismiss"}
    assert any(b.text() == "Snooze" for b in popup.findChildren(QToolButton))


def test_mark_launched_changes_the_status_in_the_store(
    qtbot: QtBot, store: Store, clock: FrozenClock, saved: Launch
) -> None:
    popup, _ = make_popup(qtbot, store, clock)
    popup.show_alerts([alert_for(saved)])
    with qtbot.waitSignal(popup.closed):
        qtbot.mouseClick(button(qtbot, popup, "Mark launched"), Qt.MouseButton.LeftButton)
    assert store.get(saved.id).status is Status.LAUNCHED
    assert not popup.isVisible()


def test_snooze_rearms_the_alert_through_the_snooze_api(
    qtbot: QtBot, store: Store, clock: FrozenClock, saved: Launch
) -> None:
    popup, actions = make_popup(qtbot, store, clock)
    alert = alert_for(saved)
    popup.show_alerts([alert])
    snooze = next(b for b in popup.findChildren(QToolButton) if b.text() == "Snooze")
    labels = [a.text() for a in snooze.menu().actions()]
    assert labels == ["1 hour", "Tomorrow 09:00"]
    snooze.menu().actions()[0].trigger()
    assert actions.snoozed == [(alert.key, clock() + timedelta(hours=1))]
    assert store.snoozes() == {alert.key: clock() + timedelta(hours=1)}
    assert not popup.isVisible()


def test_snooze_until_tomorrow_morning(clock: FrozenClock) -> None:
    _, (_label, until) = snooze_choices(clock())
    local = clock().astimezone()
    assert until.astimezone().date() == local.date() + timedelta(days=1)
    assert (until.astimezone().hour, until.astimezone().minute) == (9, 0)


def test_several_alerts_become_a_digest(
    qtbot: QtBot, store: Store, clock: FrozenClock, saved: Launch
) -> None:
    other = store.add(launch("Pixel 11", day_window(date(2026, 12, 1))))
    away = [
        alert_for(saved),
        alert_for(other, AlertKind.REMINDER),
        alert_for(other, AlertKind.REMINDER, 1),
    ]
    popup, _ = make_popup(qtbot, store, clock)
    popup.show_alerts(away)
    headings = [label.text() for label in popup.findChildren(QLabel)]
    assert "3 alerts" in headings
    marks = [b for b in popup.findChildren(QPushButton) if b.text() == "Mark launched"]
    assert len(marks) == 3
    qtbot.mouseClick(marks[0], Qt.MouseButton.LeftButton)
    assert store.get(saved.id).status is Status.LAUNCHED
    assert len(popup.alerts) == 2 and popup.isVisible()
    qtbot.mouseClick(button(qtbot, popup, "Dismiss all"), Qt.MouseButton.LeftButton)
    assert not popup.isVisible()


def test_alerts_missed_while_away_say_so(
    qtbot: QtBot, store: Store, clock: FrozenClock, saved: Launch
) -> None:
    popup, _ = make_popup(qtbot, store, clock)
    popup.show_alerts(
        [alert_for(saved, missed=True), alert_for(saved, AlertKind.REMINDER, missed=True)]
    )
    assert "2 alerts while you were away" in [label.text() for label in popup.findChildren(QLabel)]
