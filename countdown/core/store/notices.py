"""Notices: what a process that changed launches on its own has to tell the user.

A source refresh that moves a tracked launch may run in the app, in a terminal or from cron. The
writer records a notice in the same transaction as the change; the desktop app tells each one once
(its key goes into the delivery ledger, like an alert's), whenever it next sees the store — so a
move applied by another process, or while the app was closed, still reaches the desktop, and two
running apps never tell it twice. Notices older than `KEEP_DAYS` are pruned when new ones are
written: news that old is not worth a notification any more.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from countdown.core.store.ledger import utc_text

KEEP_DAYS = 14


@dataclass(frozen=True)
class Notice:
    """One thing to tell: "Kestrel moved to Q3 2027" / "— per Gadget Wire"."""

    key: str  # the ledger key: "source-move:<launch id>:<revision seq>"
    at: datetime
    title: str
    body: str


def record_notice(conn: sqlite3.Connection, notice: Notice) -> None:
    """Inside the caller's transaction: the notice exists exactly when its change does."""
    conn.execute(
        "INSERT OR IGNORE INTO notices (key, at, title, body) VALUES (?, ?, ?, ?)",
        (notice.key, utc_text(notice.at), notice.title, notice.body),
    )
    stale = notice.at - timedelta(days=KEEP_DAYS)
    conn.execute("DELETE FROM notices WHERE at < ?", (utc_text(stale),))


def _notice_or_none(row: tuple[object, ...]) -> Notice | None:
    """A row that does not read (a damaged page) is not told rather than stopping the rest."""
    key, at, title, body = row
    try:
        when = datetime.fromisoformat(str(at))
    except ValueError:
        return None
    if when.tzinfo is None or not all(isinstance(x, str) for x in (key, title, body)):
        return None
    return Notice(str(key), when, str(title), str(body))


class NoticesMixin:
    """`untold_notices`; mixed into Store, which sets `_conn`."""

    _conn: sqlite3.Connection

    def untold_notices(self, now: datetime) -> list[Notice]:
        """Notices of the last KEEP_DAYS not yet delivered, oldest first."""
        rows = self._conn.execute(
            "SELECT key, at, title, body FROM notices WHERE at >= ?"
            " AND key NOT IN (SELECT key FROM delivered) ORDER BY at, key",
            (utc_text(now - timedelta(days=KEEP_DAYS)),),
        ).fetchall()
        return [n for n in map(_notice_or_none, rows) if n is not None]
