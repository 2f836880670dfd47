"""A news item's evidence in the inbox of a real store file: it survives the round trip, an old
or damaged row reads without it, and a new launch is tracked under the name the user fixed."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest

from countdown.core.news.proposal import Evidence, Span
from countdown.core.source import FeedItem, Source, SourceKind
from countdown.core.store import Store, StoreError
from tests.conftest import FrozenClock
from tests.core.store.test_store_sources import item, refresh

# "Brightmoor Tallis Pad is due in Q2 2027." — the maker is not the product's name.
QUOTED = Evidence(name=Span(11, 21), when=Span(32, 39))


def news_item() -> FeedItem:
    plain = item("g1", "Brightmoor Tallis Pad", 2)
    return replace(plain, evidence=QUOTED)


def fill(store: Store) -> Source:
    feed = store.add_source(Source("https://example.org/n.xml", SourceKind.RSS, "Gadget Wire"))
    refresh(store, feed, [news_item()])
    return feed


def test_spans_survive_the_store_file(home: Path, clock: FrozenClock, store: Store) -> None:
    fill(store)
    store.close()
    with Store.open(home, clock=clock) as reopened:
        [waiting] = reopened.inbox()
        assert waiting.item.evidence == QUOTED
        quote = waiting.item.quote
        assert quote[11:21] == "Tallis Pad" and quote[32:39] == "Q2 2027"
        assert waiting.to_dict()["evidence"] == {"name": [11, 21], "when": [32, 39]}


def rewrite_item(home: Path, change: dict[str, object] | None) -> None:
    """Edit the stored item JSON as an older release (no key) or a damaged file would have it."""
    conn = sqlite3.connect(home / "launches.sqlite3")
    [(row_id, text)] = conn.execute("SELECT id, item FROM inbox").fetchall()
    data = json.loads(text)
    data.pop("evidence")
    data.update(change or {})
    conn.execute("UPDATE inbox SET item = ? WHERE id = ?", (json.dumps(data), row_id))
    conn.commit()
    conn.close()


@pytest.mark.parametrize(
    "change",
    [None, {"evidence": "name"}, {"evidence": {"name": [11, 900], "when": [-4, 2]}}],
    ids=["old row", "not an object", "out of the quote"],
)
def test_an_absent_or_damaged_evidence_key_is_ignored(
    home: Path, clock: FrozenClock, store: Store, change: dict[str, object] | None
) -> None:
    fill(store)
    store.close()
    rewrite_item(home, change)
    with Store.open(home, clock=clock) as reopened:
        [waiting] = reopened.inbox()
        assert waiting.item.evidence == Evidence()
        assert waiting.item.name == "Brightmoor Tallis Pad"
        assert reopened.accept_inbox(waiting.id or 0).name == "Brightmoor Tallis Pad"


def test_a_new_launch_is_tracked_under_the_fixed_name(store: Store) -> None:
    feed = fill(store)
    [waiting] = store.inbox()
    tracked = store.accept_inbox(waiting.id or 0, "  Tallis Pad ")
    assert [x.name for x in store.list_launches()] == ["Tallis Pad"] == [tracked.name]
    refresh(store, feed, [news_item()])  # the same item again: already tracked
    assert store.inbox() == []
    assert [x.name for x in store.list_launches()] == ["Tallis Pad"]


def test_an_empty_fixed_name_changes_nothing(store: Store) -> None:
    fill(store)
    [waiting] = store.inbox()
    with pytest.raises(StoreError, match="The name is empty"):
        store.accept_inbox(waiting.id or 0, "   ")
    assert store.list_launches() == []
    assert [x.id for x in store.inbox()] == [waiting.id]
