"""Store.next_active: the few launches the tray's first paint needs, without reading them all."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from countdown.core.model import Grain, Launch, Status, Window
from countdown.core.store import Store

TODAY = date(2026, 11, 24)


def day(offset: int) -> Window:
    when = TODAY + timedelta(days=offset)
    return Window(when, when, Grain.DAY, when.isoformat())


def span(first: int, last: int) -> Window:
    return Window(TODAY + timedelta(days=first), TODAY + timedelta(days=last), Grain.MONTH, "span")


def at(offset_h: float) -> Window:
    when = datetime(2026, 11, 24, 12, 0, tzinfo=UTC) + timedelta(hours=offset_h)
    return Window(when, when, Grain.MINUTE, when.isoformat())


def make(name: str, window: Window, status: Status = Status.ANNOUNCED) -> Launch:
    return Launch(
        name=name, when_text=name, base=datetime(2026, 11, 1), window=window, status=status
    )


def names(launches: list[Launch]) -> list[str]:
    return [launch.name for launch in launches]


def test_open_windows_then_upcoming_ones_active_only(store: Store) -> None:
    store.add(make("passed", day(-10)))
    store.add(make("launched", day(3), Status.LAUNCHED))
    store.add(make("cancelled", span(-30, 30), Status.CANCELLED))
    store.add(make("in three days", day(3)))
    store.add(make("open since October", span(-40, 20)))
    store.add(make("in an hour", at(1)))
    store.add(make("today", day(0)))
    found = store.next_active(10, since=TODAY - timedelta(days=2))
    assert names(found) == ["open since October", "today", "in an hour", "in three days"]


def test_each_part_is_limited_so_10_000_rows_are_never_decoded(store: Store) -> None:
    for offset in range(30):
        store.add(make(f"open {offset}", span(-60 + offset, 60)))
        store.add(make(f"soon {offset}", day(offset)))
    found = store.next_active(4, since=TODAY - timedelta(days=2))
    assert names(found) == [*(f"open {n}" for n in range(4)), *(f"soon {n}" for n in range(4))]


def test_the_launches_come_back_like_list_launches(store: Store) -> None:
    store.add(make("in an hour", at(1)))
    store.add(make("today", day(0)))
    assert store.next_active(5, since=TODAY) == store.list_launches()
