"""Subscribing and refreshing against a real loopback server, into a real store file."""

from __future__ import annotations

from datetime import timedelta
from functools import partial

import pytest

from countdown.core.model import Status
from countdown.core.source import InboxKind, Source, SourceKind
from countdown.core.store import Store
from countdown.integrations.sources.http_get import FetchError, Limits, http_get
from countdown.integrations.sources.refresh import is_due, refresh_all, subscribe
from tests.conftest import FrozenClock
from tests.integrations.sources.conftest import FeedServer

QUICK = partial(http_get, limits=Limits(timeout_s=0.5, deadline_s=1.5))


def test_a_news_feed_proposes_then_asks_about_the_slip(
    store: Store, clock: FrozenClock, feed_server: FeedServer
) -> None:
    url = feed_server.serve_fixture("gadgets", "news.rss", "application/xml")
    feed = subscribe(store, url)
    assert (feed.kind, feed.name, feed.auto) == (SourceKind.RSS, "Gadget Wire", False)
    [report] = refresh_all(store, now=clock.now)
    assert (report.status, report.proposed, report.added) == ("ok", 1, [])
    assert store.list_launches() == []  # news is never tracked without a yes
    [new] = store.inbox()
    store.accept_inbox(new.id or 0)
    feed_server.serve_fixture("gadgets", "news_slip.rss", "application/xml")
    clock.advance(hours=3)
    refresh_all(store, now=clock.now)
    [slip] = store.inbox()
    assert (slip.kind, slip.summary) == (InboxKind.SLIP, "moved from Q2 2027 to Q3 2027; "
                                                          "status announced → delayed")  # fmt: skip
    assert slip.item.link == "https://news.example.org/kestrel-q3"
    [again] = refresh_all(store, now=clock.now)
    assert again.status == "unchanged"  # 304: nothing read, nothing proposed
    assert len(store.inbox()) == 1


def test_an_auto_calendar_tracks_revises_and_asks_before_removing(
    store: Store, clock: FrozenClock, feed_server: FeedServer
) -> None:
    url = feed_server.serve_fixture("cal.ics", "launches.ics", "text/calendar")
    cal = subscribe(store, url.replace("http://", "http://"), auto=True)
    assert (cal.kind, cal.name) == (SourceKind.ICS, "Northwind launches")
    [report] = refresh_all(store, now=clock.now)
    assert report.added == ["Kestrel tablet", "Osprey headphones"]
    assert report.skipped == ["event 3 skipped: it has no UID"]
    feed_server.serve_fixture("cal.ics", "launches_changed.ics", "text/calendar")
    [report] = refresh_all(store, now=clock.now)
    [moved] = report.moved
    assert (moved.launch.name, moved.change) == (
        "Kestrel tablet",
        "moved from Apr 15, 2027 to May 20, 2027",
    )
    assert [r.window.label for r in moved.launch.revisions] == ["Apr 15, 2027", "May 20, 2027"]
    [removal] = store.inbox()
    assert (removal.kind, removal.item.name) == (InboxKind.REMOVED, "Osprey headphones")
    assert len(store.list_launches()) == 2


def test_launch_library_is_recognised_and_tracked(
    store: Store, clock: FrozenClock, feed_server: FeedServer
) -> None:
    url = feed_server.serve_fixture("upcoming", "ll2_upcoming.json", "application/json")
    ll2 = subscribe(store, url, auto=True, every_hours=1)
    assert (ll2.kind, ll2.name, ll2.every_hours) == (SourceKind.LL2, "Launch Library 2", 1.0)
    refresh_all(store, now=clock.now)
    got = {x.name: (x.window.label, x.status) for x in store.list_launches()}
    assert got["Kite 2 | Weather Sat"] == ("Q3 2027", Status.RUMORED)
    assert got["Heron 1 | Demo Flight"] == ("December 3, 2026 15:30 UTC", Status.CONFIRMED)
    links = store.source_links()
    assert sorted(key for _, key in links.values())[0].endswith("test00000001")


def test_one_failing_source_never_blocks_the_others(
    store: Store, clock: FrozenClock, feed_server: FeedServer
) -> None:
    good = feed_server.serve_fixture("cal.ics", "launches.ics", "text/calendar")
    garbage = feed_server.serve("garbage", b"\x00\x01 not a feed", "text/calendar")
    for url in (f"{feed_server.base}/status/500", garbage, f"{feed_server.base}/slow",
                f"{feed_server.base}/huge", good):  # fmt: skip
        store.add_source(_source(url, SourceKind.ICS, auto=True))
    reports = refresh_all(store, now=clock.now, get=QUICK)
    assert [r.status for r in reports] == ["error", "error", "error", "error", "ok"]
    assert "HTTP 500" in reports[0].message
    assert (
        "not a readable iCalendar" in reports[1].message or "not an iCalendar" in reports[1].message
    )
    assert "No answer within" in reports[2].message and "larger than 5 MB" in reports[3].message
    assert len(store.list_launches()) == 2
    assert [s.failures for s in store.list_sources()] == [1, 1, 1, 1, 0]


def test_a_dead_server_changes_nothing_stored(
    store: Store, clock: FrozenClock, feed_server: FeedServer
) -> None:
    url = feed_server.serve_fixture("cal.ics", "launches.ics", "text/calendar")
    subscribe(store, url, auto=True)
    refresh_all(store, now=clock.now)
    before = (store.list_launches(), store.item_states(1), store.inbox())
    feed_server.bodies.clear()  # now 404
    [report] = refresh_all(store, now=clock.now)
    assert report.status == "error" and store.get_source(1).error.startswith("The server answered")
    assert (store.list_launches(), store.item_states(1), store.inbox()) == before


def test_a_redirected_feed_is_read(store: Store, clock: FrozenClock,
                                   feed_server: FeedServer) -> None:  # fmt: skip
    feed_server.serve_fixture("cal.ics", "launches.ics", "text/calendar")
    subscribe(store, f"{feed_server.base}/redirect/cal.ics", auto=True)
    [report] = refresh_all(store, now=clock.now)
    assert report.status == "ok" and len(report.added) == 2


def test_subscribing_refuses_what_it_cannot_use(store: Store, feed_server: FeedServer) -> None:
    with pytest.raises(FetchError, match="Only http"):
        subscribe(store, "file:///etc/passwd")
    with pytest.raises(FetchError, match="not a news feed, a calendar"):
        subscribe(store, feed_server.serve("page", "<html>hello</html>", "text/html"))
    with pytest.raises(FetchError, match="Pass --kind"):
        subscribe(store, f"{feed_server.base}/status/503")
    assert store.list_sources() == []
    offline = subscribe(store, f"{feed_server.base}/status/503", kind=SourceKind.RSS, name="Later")
    assert (offline.name, offline.status) == ("Later", "new")


def test_errors_back_off_and_success_resets(store: Store, clock: FrozenClock,
                                             feed_server: FeedServer) -> None:  # fmt: skip
    store.add_source(_source(f"{feed_server.base}/status/500", SourceKind.RSS))
    refresh_all(store, now=clock.now)
    refresh_all(store, now=clock.now)
    source = store.get_source(1)
    assert source.failures == 2
    assert not is_due(source, clock.now + timedelta(hours=11))  # 3 h × 2² = 12 h
    assert is_due(source, clock.now + timedelta(hours=12))


def _source(url: str, kind: SourceKind, *, auto: bool = False) -> Source:
    return Source(url=url, kind=kind, name=url.rsplit("/", 1)[-1], auto=auto)


def test_items_the_store_would_refuse_are_skipped_with_a_message(
    store: Store, clock: FrozenClock, feed_server: FeedServer
) -> None:
    body = (b'{"results": [{"id": "far", "name": "Far", "net": "2190-01-01T00:00:00Z"},'
            b' {"id": "ok", "name": "Near", "net": "2027-01-01T10:00:00Z"}]}')  # fmt: skip
    subscribe(store, feed_server.serve("l", body, "application/json"), auto=True)
    [report] = refresh_all(store, now=clock.now)
    assert [x.name for x in store.list_launches()] == ["Near"]
    assert report.skipped and report.skipped[0].startswith("'Far' skipped: window")
