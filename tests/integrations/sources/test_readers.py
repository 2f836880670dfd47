"""The three readers on fixture feeds written for these tests, and on hostile bodies."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from countdown.core.ics import IcsError
from countdown.core.model import Grain, Status
from countdown.integrations.sources.calendar import read_calendar
from countdown.integrations.sources.ll2 import NotLaunchLibrary, read_ll2, when_text_for
from countdown.integrations.sources.news import NotAFeed, read_news
from tests.integrations.sources.conftest import FIXTURES

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_rss_items_become_proposals_with_their_date_as_base() -> None:
    items, problems = read_news(fixture("news.rss"), now=NOW)
    [kestrel] = items  # the results item names no launch: skipped silently
    assert (kestrel.name, kestrel.window.label, kestrel.link) == (
        "Kestrel tablet",
        "Q2 2027",
        "https://news.example.org/kestrel-q2",
    )
    assert kestrel.key == "https://news.example.org/kestrel-q2#kestrel tablet"
    assert kestrel.base.date() == date(2026, 11, 20)
    assert "<b>" not in kestrel.quote and "Nope" not in kestrel.quote  # HTML and scripts gone
    assert problems == []


def test_atom_entries_read_relative_dates_from_their_own_date() -> None:
    items, _ = read_news(fixture("news.atom"), now=NOW)
    by_name = {x.name: x for x in items}
    assert by_name["Osprey"].window.label == "March 2027"  # "March next year" in Nov 2026
    heron = next(x for x in items if x.name.startswith("Heron"))
    assert heron.link == ""  # a javascript: link is never kept


@pytest.mark.parametrize("body", [b"", b"garbage \x00\xff", b"/etc/passwd", b"<html>hi</html>"])
def test_what_is_not_a_news_feed_is_refused(body: bytes) -> None:
    with pytest.raises(NotAFeed):
        read_news(body, now=NOW)


def test_calendar_events_are_keyed_by_uid_and_events_without_one_skipped() -> None:
    items, problems = read_calendar(fixture("launches.ics"), now=NOW)
    assert [(x.key, x.name, x.window.grain) for x in items] == [
        ("kestrel@northwind.example", "Kestrel tablet", Grain.DAY),
        ("osprey@northwind.example", "Osprey headphones", Grain.MINUTE),
    ]
    assert items[0].link == "https://northwind.example/kestrel"
    assert items[1].status is Status.CONFIRMED
    assert problems == ["event 3 skipped: it has no UID"]


def test_a_broken_event_does_not_lose_the_calendar() -> None:
    text = (
        fixture("launches.ics")
        .decode()
        .replace("SUMMARY:Osprey headphones", "SUMMARY:Osprey headphones\nSEQUENCE:many")
    )
    items, problems = read_calendar(text.encode(), now=NOW)
    assert [x.name for x in items] == ["Kestrel tablet"]
    assert problems[0].startswith("event 2 skipped")


@pytest.mark.parametrize("body", [b"", b"BEGIN:VCARD\nEND:VCARD\n", b"\x00\x01garbage"])
def test_what_is_not_a_calendar_is_refused(body: bytes) -> None:
    with pytest.raises(IcsError):
        read_calendar(body, now=NOW)


def test_launch_library_results_map_to_windows_and_statuses() -> None:
    items, problems = read_ll2(fixture("ll2_upcoming.json"), now=NOW)
    got = [(x.name, x.window.label, x.window.grain, x.status) for x in items]
    assert got == [
        ("Heron 1 | Demo Flight", "December 3, 2026 15:30 UTC", Grain.MINUTE, Status.CONFIRMED),
        ("Kite 2 | Weather Sat", "Q3 2027", Grain.QUARTER, Status.RUMORED),
        ("Lark | Rideshare 7", "February 2027", Grain.MONTH, Status.ANNOUNCED),
    ]
    assert items[0].window.start == datetime(2026, 12, 3, 15, 30, tzinfo=UTC)
    assert problems == ["result 4 skipped: net 'soonish' is not a date"]


@pytest.mark.parametrize(
    ("precision", "label"),
    [("week", "week of Nov 30, 2026"), ("half", "H2 2026"), ("year", "2026"),
     ("day", "December 3, 2026"), ("hour", "2026-12-03 15:30 UTC")],
)  # fmt: skip
def test_every_precision_has_words_our_grammar_reads(precision: str, label: str) -> None:
    assert when_text_for(datetime(2026, 12, 3, 15, 30, tzinfo=UTC), precision) == label


@pytest.mark.parametrize(
    "body", [b"[]", b'{"results": 3}', b"{not json", b"[" * 100_000, b'{"count": 0}']
)
def test_what_is_not_a_launch_list_is_refused(body: bytes) -> None:
    with pytest.raises(NotLaunchLibrary):
        read_ll2(body, now=NOW)


def test_hostile_results_are_skipped_one_by_one() -> None:
    body = (b'{"results": [1, {"id": "a"}, {"id": "b", "name": "X", "net": "9999-01-01T00:00Z"},'
            b' {"id": {"x": 1}, "name": "Y", "net": "2027-01-01T00:00:00Z"},'
            b' {"id": "ok", "name": "Fine\\u202e", "net": "2027-01-01T10:00:00Z"}]}')  # fmt: skip
    items, problems = read_ll2(body, now=NOW)
    assert [(x.key, x.name) for x in items] == [("ok", "Fine")]
    assert len(problems) == 4
