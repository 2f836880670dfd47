"""The launches table model and its filter proxy: rows, sort, status filter, search."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from pytestqt.modeltest import ModelTester

from countdown.core.model import Grain, Launch, Status, Window
from countdown.ui.models import (
    COUNTDOWN,
    NAME,
    OVERDUE_TEXT,
    STATUS,
    WHEN,
    LaunchFilterProxy,
    LaunchTableModel,
    span_text,
)
from tests.conftest import FrozenClock
from tests.ui.conftest import day_window, launch


@pytest.fixture
def launches(q3_2027: Window) -> list[Launch]:
    return [
        launch("Pixel 11", q3_2027, launch_id=1, tags=("phone",)),
        launch("Switch 3", day_window(date(2026, 12, 1)), launch_id=2, tags=("console",)),
        launch(
            "Falcon",
            day_window(date(2027, 3, 1), date(2027, 3, 31), grain=Grain.MONTH, label="March 2027"),
            launch_id=3,
            status=Status.RUMORED,
            notes="static fire next",
        ),
        launch("Old phone", day_window(date(2026, 10, 1)), launch_id=4, status=Status.LAUNCHED),
    ]


def texts(model: LaunchFilterProxy, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


def make(clock: FrozenClock, launches: list[Launch]) -> tuple[LaunchTableModel, LaunchFilterProxy]:
    source = LaunchTableModel(clock)
    source.set_launches(launches)
    proxy = LaunchFilterProxy()
    proxy.setSourceModel(source)
    return source, proxy


def test_rows_show_name_when_status_countdown_tags(
    qtmodeltester: ModelTester, clock: FrozenClock, launches: list[Launch]
) -> None:
    source, proxy = make(clock, launches)
    qtmodeltester.check(source)
    qtmodeltester.check(proxy)
    assert source.total() == 4
    row = source.row_of(1)
    assert [source.index(row, c).data() for c in range(5)] == [
        "Pixel 11",
        "Q3 2027",
        "Announced",
        "opens in 219 days",
        "phone",
    ]


def test_default_filter_hides_launched_and_cancelled(
    clock: FrozenClock, launches: list[Launch]
) -> None:
    _, proxy = make(clock, launches)
    assert texts(proxy, NAME) == ["Switch 3", "Falcon", "Pixel 11"]  # by start date
    proxy.set_status_filter(LaunchFilterProxy.ALL)
    assert texts(proxy, NAME) == ["Old phone", "Switch 3", "Falcon", "Pixel 11"]
    proxy.set_status_filter(Status.RUMORED.value)
    assert texts(proxy, NAME) == ["Falcon"]


def test_sort_by_any_column(clock: FrozenClock, launches: list[Launch]) -> None:
    _, proxy = make(clock, launches)
    proxy.sort(NAME, Qt.SortOrder.AscendingOrder)
    assert texts(proxy, NAME) == ["Falcon", "Pixel 11", "Switch 3"]
    proxy.sort(WHEN, Qt.SortOrder.DescendingOrder)
    assert texts(proxy, NAME) == ["Pixel 11", "Falcon", "Switch 3"]
    proxy.sort(STATUS, Qt.SortOrder.AscendingOrder)
    assert texts(proxy, STATUS) == ["Rumored", "Announced", "Announced"]
    proxy.sort(COUNTDOWN, Qt.SortOrder.AscendingOrder)
    assert texts(proxy, COUNTDOWN) == ["in 7 days", "opens in 97 days", "opens in 219 days"]


def test_search_matches_name_tags_notes_case_insensitively(
    clock: FrozenClock, launches: list[Launch]
) -> None:
    _, proxy = make(clock, launches)
    proxy.set_search("PHONE")
    assert texts(proxy, NAME) == ["Pixel 11"]  # "Old phone" is launched: filtered by status
    proxy.set_search("static")
    assert texts(proxy, NAME) == ["Falcon"]
    proxy.set_search("q3")
    assert texts(proxy, NAME) == ["Pixel 11"]
    proxy.set_search("")
    assert proxy.rowCount() == 3


def test_sort_keeps_the_selected_launch(clock: FrozenClock, launches: list[Launch]) -> None:
    from PySide6.QtCore import QPersistentModelIndex

    source, proxy = make(clock, launches)
    kept = QPersistentModelIndex(source.index(source.row_of(3), NAME))
    proxy.sort(NAME, Qt.SortOrder.DescendingOrder)
    assert kept.data() == "Falcon"
    assert source.total() == 4


def test_span_text_reads_like_a_person() -> None:
    q3 = day_window(date(2026, 7, 1), date(2026, 9, 30), grain=Grain.QUARTER, label="Q3 2026")
    assert span_text(q3) == "Jul 1 – Sep 30, 2026"
    winter = day_window(date(2026, 12, 1), date(2027, 2, 28), grain=Grain.SEASON, label="winter")
    assert span_text(winter) == "Dec 1, 2026 – Feb 28, 2027"
    assert span_text(day_window(date(2026, 12, 3))) == "Dec 3, 2026"


def test_an_active_launch_whose_window_passed_is_dimmed_and_asked_about(
    clock: FrozenClock,
) -> None:
    overdue = launch("Tab X", day_window(date(2026, 11, 1), date(2026, 11, 20)), launch_id=1)
    upcoming = launch("Switch 3", day_window(date(2026, 12, 1)), launch_id=2)
    done = launch("Old phone", day_window(date(2026, 10, 1)), launch_id=3, status=Status.LAUNCHED)
    _source, proxy = make(clock, [overdue, upcoming, done])  # clock: Nov 24, 2026
    proxy.set_status_filter(LaunchFilterProxy.ALL)
    rows = {proxy.index(row, NAME).data(): row for row in range(proxy.rowCount())}
    countdowns = {name: proxy.index(row, COUNTDOWN).data() for name, row in rows.items()}
    assert countdowns == {
        "Tab X": OVERDUE_TEXT,
        "Switch 3": "in 7 days",
        "Old phone": "54 days ago",
    }
    dim = QGuiApplication.palette().brush(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
    foreground = {
        name: proxy.index(row, NAME).data(Qt.ItemDataRole.ForegroundRole)
        for name, row in rows.items()
    }
    # a launched one is done, not overdue (it is italic instead)
    assert foreground == {"Tab X": dim, "Switch 3": None, "Old phone": None}
    tip = proxy.index(rows["Tab X"], COUNTDOWN).data(Qt.ItemDataRole.ToolTipRole)
    assert "window passed 4 days ago" in tip  # how long ago stays one hover away
