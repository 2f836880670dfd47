"""Sources, item memory and the inbox in a real store file, and the v2 → v3 migration."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from countdown.core.model import Grain, Status, Window
from countdown.core.source import FeedItem, InboxKind, InboxState, Source, SourceKind
from countdown.core.source_plan import plan_refresh
from countdown.core.store import Store, StoreError, schema
from countdown.core.store.sources import SourceNotFound
from tests.conftest import FrozenClock
from tests.core.store.test_store_migration import build_v1

TODAY = date(2026, 11, 24)


def quarter(n: int, year: int = 2027) -> Window:
    start = date(year, 3 * n - 2, 1)
    end = date(year, 3 * n + 1, 1) if n < 4 else date(year + 1, 1, 1)
    return Window(start, date.fromordinal(end.toordinal() - 1), Grain.QUARTER, f"Q{n} {year}")


def item(key: str, name: str, q: int, status: Status = Status.ANNOUNCED) -> FeedItem:
    return FeedItem(key=key, name=name, when_text=f"Q{q} 2027", window=quarter(q), status=status,
                    base=datetime(2026, 11, 20), quote=f"{name} is due in Q{q} 2027.",
                    link=f"https://example.org/{key}")  # fmt: skip


def refresh(store: Store, source: Source, items: list[FeedItem]) -> None:
    plan = plan_refresh(source, items, store.item_states(source.id or 0), store.list_launches(),
                        today=TODAY)  # fmt: skip
    store.apply_plan(source, plan)


def test_a_v2_file_migrates_to_the_current_version_with_a_backup_first(
    home: Path, clock: FrozenClock
) -> None:
    path = build_v1(home)
    conn = sqlite3.connect(path, isolation_level=None)
    schema.migrate_step(conn, 1)  # the file as the previous release left it
    conn.close()
    with Store.open(home, clock=clock) as store:
        assert schema.user_version(store._conn) == schema.CURRENT_VERSION == 4
        assert len(store.list_launches()) == 3
        assert store.list_sources() == [] and store.inbox() == []
    backup = next((home / "backups").glob("launches-v2-*.sqlite3"))
    old = sqlite3.connect(backup)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 2
    assert old.execute("SELECT count(*) FROM launches").fetchone()[0] == 3
    old.close()


def test_sources_are_added_listed_recorded_and_removed(store: Store) -> None:
    feed = store.add_source(Source("https://example.org/feed.xml", SourceKind.RSS, "Tech News"))
    assert (feed.id, feed.status, feed.auto, feed.every_hours) == (1, "new", False, 3.0)
    store.record_fetch(1, status="error", error="HTTP 500")
    store.record_fetch(1, status="error", error="timed out")
    assert (store.get_source(1).failures, store.get_source(1).error) == (2, "timed out")
    store.record_fetch(1, status="ok", validators=('"v1"', "Tue, 24 Nov 2026 12:00:00 GMT"))
    fetched = store.get_source(1)
    assert (fetched.failures, fetched.etag, fetched.status) == (0, '"v1"', "ok")
    assert fetched.last_fetched is not None
    assert store.remove_source(1).name == "Tech News"
    with pytest.raises(SourceNotFound):
        store.get_source(1)


def test_news_items_become_inbox_proposals_once(store: Store) -> None:
    feed = store.add_source(Source("https://example.org/feed.xml", SourceKind.RSS, "Tech News"))
    refresh(store, feed, [item("a#kestrel", "Kestrel", 2)])
    refresh(store, feed, [item("a#kestrel", "Kestrel", 2)])  # unchanged: not proposed again
    [waiting] = store.inbox()
    assert (waiting.kind, waiting.summary, waiting.source_name) == (
        InboxKind.NEW,
        "new: Kestrel, Q2 2027",
        "Tech News",
    )
    assert store.list_launches() == []  # never tracked without the user's yes
    launch = store.accept_inbox(waiting.id or 0)
    assert (launch.name, launch.window.label, launch.source) == (
        "Kestrel",
        "Q2 2027",
        "https://example.org/a#kestrel",
    )
    assert store.source_links() == {launch.id: (feed.id, "a#kestrel")}
    assert store.inbox() == [] and store.inbox_count() == 0
    with pytest.raises(StoreError, match="already accepted"):
        store.accept_inbox(waiting.id or 0)


def test_news_moving_a_tracked_launch_is_a_slip_to_apply(store: Store) -> None:
    feed = store.add_source(Source("https://example.org/feed.xml", SourceKind.RSS, "Tech News"))
    refresh(store, feed, [item("a#kestrel", "Kestrel", 2)])
    store.accept_inbox(store.inbox()[0].id or 0)
    refresh(store, feed, [item("b#kestrel", "Kestrel", 3, Status.RUMORED)])
    [slip] = store.inbox()
    assert slip.kind is InboxKind.SLIP
    assert slip.summary == "moved from Q2 2027 to Q3 2027"  # a rumour keeps "announced"
    launch = store.accept_inbox(slip.id or 0)
    assert [r.window.label for r in store.history(launch.id or 0)] == ["Q2 2027", "Q3 2027"]


def test_an_auto_calendar_tracks_revises_and_asks_before_removing(store: Store) -> None:
    cal = store.add_source(Source("https://example.org/l.ics", SourceKind.ICS, "Cal", auto=True))
    refresh(store, cal, [item("uid-1", "Kestrel", 2), item("uid-2", "Osprey", 4)])
    assert [x.name for x in store.list_launches()] == ["Kestrel", "Osprey"]
    assert store.inbox() == []
    refresh(store, cal, [item("uid-1", "Kestrel", 3), item("uid-2", "Osprey", 4)])
    kestrel = next(x for x in store.list_launches() if x.name == "Kestrel")
    assert [r.window.label for r in store.history(kestrel.id or 0)] == ["Q2 2027", "Q3 2027"]
    refresh(store, cal, [item("uid-1", "Kestrel", 3)])
    refresh(store, cal, [item("uid-1", "Kestrel", 3)])  # asked once only
    [removal] = store.inbox()
    assert (removal.kind, removal.item.name) == (InboxKind.REMOVED, "Osprey")
    assert len(store.list_launches()) == 2  # nothing removed without a yes
    store.accept_inbox(removal.id or 0)
    assert [x.name for x in store.list_launches()] == ["Kestrel"]


def test_dismissed_proposals_stay_dismissed_until_the_item_changes(store: Store) -> None:
    feed = store.add_source(Source("https://example.org/feed.xml", SourceKind.RSS, "Tech News"))
    refresh(store, feed, [item("a#kestrel", "Kestrel", 2)])
    assert store.dismiss_inbox(store.inbox()[0].id or 0).state is InboxState.DISMISSED
    refresh(store, feed, [item("a#kestrel", "Kestrel", 2)])
    assert store.inbox() == []
    refresh(store, feed, [item("a#kestrel", "Kestrel", 3)])
    assert [x.summary for x in store.inbox()] == ["new: Kestrel, Q3 2027"]


def test_removing_a_source_keeps_its_launches(store: Store) -> None:
    cal = store.add_source(Source("https://example.org/l.ics", SourceKind.ICS, "Cal", auto=True))
    refresh(store, cal, [item("uid-1", "Kestrel", 2)])
    store.remove_source(cal.id or 0)
    assert [x.name for x in store.list_launches()] == ["Kestrel"]
    assert store.source_links() == {}
