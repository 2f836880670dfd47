"""The store's subscriptions: sources, what each said last about its items, and the inbox.

Tables (schema v3): `sources` (one row per subscription, its validators and last status),
`source_items` (per source and item key: the fingerprint last seen and the launch tracking it —
so a launch keeps its source id and item key, and an unchanged item is never proposed twice)
and `inbox` (proposals waiting for the user). Removing a source removes its item memory and its
waiting proposals; the launches it brought stay (data is never lost). Mixed into Store; every
method is one transaction. Applying a refresh's plan is store/source_apply.py.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import AbstractContextManager
from datetime import datetime
from typing import TYPE_CHECKING, Any

from countdown.core.source import (
    FeedItem,
    InboxItem,
    InboxKind,
    InboxState,
    ItemState,
    Source,
    SourceKind,
)
from countdown.core.store.ledger import StoreError, utc_text

_SOURCE_COLUMNS = (
    "id, url, kind, name, every_hours, auto, last_fetched, last_attempt, etag, last_modified,"
    " status, error, failures"
)
_INBOX_SELECT = (
    "SELECT inbox.id, inbox.source_id, inbox.kind, launch_id, item, summary, state, inbox.created,"
    " coalesce(sources.name, '') FROM inbox LEFT JOIN sources ON sources.id = inbox.source_id"
)


class SourceNotFound(StoreError, KeyError):
    """No source with that id (removed meanwhile, or a typo)."""


class InboxItemNotFound(StoreError, KeyError):
    """No inbox item with that id."""


def _stamp(text: str | None) -> datetime | None:
    return datetime.fromisoformat(text) if text else None


def source_from_row(row: tuple[Any, ...]) -> Source:
    sid, url, kind, name, every, auto, fetched, attempt, etag, modified, status, error, fails = row
    return Source(
        id=sid, url=url, kind=SourceKind(kind), name=name, every_hours=float(every),
        auto=bool(auto), last_fetched=_stamp(fetched), last_attempt=_stamp(attempt), etag=etag,
        last_modified=modified, status=status, error=error, failures=int(fails),
    )  # fmt: skip


def inbox_from_row(row: tuple[Any, ...]) -> InboxItem:
    item_id, source_id, kind, launch_id, item, summary, state, created, source_name = row
    return InboxItem(
        id=item_id, source_id=source_id, kind=InboxKind(kind), launch_id=launch_id,
        item=FeedItem.from_dict(json.loads(item)), summary=summary, state=InboxState(state),
        created=_stamp(created), source_name=source_name,
    )  # fmt: skip


class SourcesMixin:
    """Sources, item memory and inbox rows; mixed into Store (which provides the members below)."""

    if TYPE_CHECKING:
        _conn: sqlite3.Connection

        def _transaction(self) -> AbstractContextManager[sqlite3.Connection]: ...
        def _now(self) -> datetime: ...

    def add_source(self, source: Source) -> Source:
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO sources (url, kind, name, every_hours, auto, created)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                (source.url, source.kind.value, source.name, source.every_hours,
                 int(source.auto), utc_text(self._now())),
            )  # fmt: skip
        return self.get_source(int(cursor.lastrowid or 0))

    def list_sources(self) -> list[Source]:
        found = self._conn.execute(f"SELECT {_SOURCE_COLUMNS} FROM sources ORDER BY id")
        return [source_from_row(row) for row in found]

    def get_source(self, source_id: int) -> Source:
        row = self._conn.execute(
            f"SELECT {_SOURCE_COLUMNS} FROM sources WHERE id = ?", (source_id,)
        ).fetchone()
        if row is None:
            raise SourceNotFound(f"No source with id {source_id}.")
        return source_from_row(row)

    def remove_source(self, source_id: int) -> Source:
        with self._transaction() as conn:
            source = self.get_source(source_id)
            conn.execute("DELETE FROM sources WHERE id = ?", (source_id,))
            return source

    def record_fetch(self, source_id: int, *, status: str, error: str = "",
                     validators: tuple[str, str] | None = None) -> None:  # fmt: skip
        """A refresh's outcome. `validators` (ETag, Last-Modified) when the server answered:
        then last_fetched moves and the error streak ends; an error extends the streak."""
        now = utc_text(self._now())
        with self._transaction() as conn:
            if validators is None:
                conn.execute(
                    "UPDATE sources SET status = ?, error = ?, last_attempt = ?,"
                    " failures = failures + 1 WHERE id = ?",
                    (status, error, now, source_id),
                )
                return
            conn.execute(
                "UPDATE sources SET status = ?, error = ?, last_attempt = ?, last_fetched = ?,"
                " failures = 0, etag = ?, last_modified = ? WHERE id = ?",
                (status, error, now, now, *validators, source_id),
            )

    def item_states(self, source_id: int) -> dict[str, ItemState]:
        found = self._conn.execute(
            "SELECT item_key, fingerprint, launch_id FROM source_items WHERE source_id = ?",
            (source_id,),
        )
        return {key: ItemState(fingerprint, launch_id) for key, fingerprint, launch_id in found}

    def source_links(self) -> dict[int, tuple[int, str]]:
        """Every launch that came from a source: launch id → (source id, item key)."""
        found = self._conn.execute(
            "SELECT launch_id, source_id, item_key FROM source_items WHERE launch_id IS NOT NULL"
        )
        return {launch_id: (source_id, key) for launch_id, source_id, key in found}

    def inbox(self, *, waiting_only: bool = True, kind: InboxKind | None = None) -> list[InboxItem]:
        where = ["state = 'waiting'"] if waiting_only else []
        where += [f"inbox.kind = '{kind.value}'"] if kind else []
        clause = f" WHERE {' AND '.join(where)}" if where else ""
        found = self._conn.execute(f"{_INBOX_SELECT}{clause} ORDER BY inbox.id")
        return [inbox_from_row(row) for row in found]

    def inbox_count(self) -> int:
        return int(
            self._conn.execute("SELECT count(*) FROM inbox WHERE state = 'waiting'").fetchone()[0]
        )

    def get_inbox_item(self, item_id: int) -> InboxItem:
        row = self._conn.execute(f"{_INBOX_SELECT} WHERE inbox.id = ?", (item_id,)).fetchone()
        if row is None:
            raise InboxItemNotFound(f"No inbox item with id {item_id}.")
        return inbox_from_row(row)

    def _remember(self, conn: sqlite3.Connection, source_id: int | None, key: str,
                  fingerprint: str, launch_id: int | None = None) -> None:  # fmt: skip
        """Upsert an item's memory; a known launch link is kept unless a new one is given."""
        if source_id is None:
            return
        conn.execute(
            "INSERT INTO source_items (source_id, item_key, fingerprint, launch_id, seen)"
            " VALUES (?, ?, ?, ?, ?) ON CONFLICT (source_id, item_key) DO UPDATE SET"
            " fingerprint = excluded.fingerprint, seen = excluded.seen,"
            " launch_id = coalesce(excluded.launch_id, source_items.launch_id)",
            (source_id, key, fingerprint, launch_id, utc_text(self._now())),
        )

    def _propose(self, conn: sqlite3.Connection, proposal: InboxItem) -> None:
        """Queue a proposal; an older waiting one about the same item is superseded."""
        conn.execute(
            "UPDATE inbox SET state = 'dismissed', decided = ? WHERE state = 'waiting'"
            " AND source_id IS ? AND item_key = ?",
            (utc_text(self._now()), proposal.source_id, proposal.item.key),
        )
        conn.execute(
            "INSERT INTO inbox (source_id, item_key, kind, launch_id, item, summary, state,"
            " created) VALUES (?, ?, ?, ?, ?, ?, 'waiting', ?)",
            (proposal.source_id, proposal.item.key, proposal.kind.value, proposal.launch_id,
             json.dumps(proposal.item.to_dict()), proposal.summary, utc_text(self._now())),
        )  # fmt: skip

    def _decide(self, conn: sqlite3.Connection, item_id: int, state: InboxState) -> None:
        conn.execute(
            "UPDATE inbox SET state = ?, decided = ? WHERE id = ?",
            (state.value, utc_text(self._now()), item_id),
        )
