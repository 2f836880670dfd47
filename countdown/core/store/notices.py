"""Notices: what a process that changed launches on its own has to tell the user.

A source refresh that moves a tracked launch may run in the app, in a terminal or from cron. The
writer records a notice in the same transaction as the change; the desktop app tells each one once
(its key goes into the delivery ledger, like an alert's), whenever it next sees the store — so a
move applied by another process, or while the app was closed, still reaches the desktop, and two
running apps never tell it twice. Notices older than `KEEP_DAYS` are pruned when new ones are
written: news that old is not worth a notification any more.

A notice keeps the move's data (the launch's name, its window and status before and after, the
source's name), not its text: the app words it when it tells it, in the language it speaks then
(`Notice.words`), whichever process wrote it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from countdown.core.model import Status, Window
from countdown.core.store.ledger import utc_text
from countdown.core.store.rows import window_from_json, window_to_json
from countdown.core.wording import ENGLISH, Wording

KEEP_DAYS = 14
COLUMNS = "key, at, launch_name, old_window, new_window, old_status, new_status, source_name"


@dataclass(frozen=True)
class Notice:
    """One move to tell: "Kestrel moved from Q2 2027 to Q3 2027" / "— per Gadget Wire"."""

    key: str  # the ledger key: "source-move:<launch id>:<revision seq>"
    at: datetime
    launch_name: str
    old: Window
    new: Window
    old_status: Status
    new_status: Status
    source_name: str

    def words(self, wording: Wording = ENGLISH) -> tuple[str, str]:
        """The notification's title and body in `wording`'s language."""
        from countdown.core.news.slip import describe_move  # the labels: off the store's import

        change = describe_move(self.old, self.new, self.old_status, self.new_status,
                               wording=wording)  # fmt: skip
        title = wording.say("move_title", name=self.launch_name, change=change)
        return title, wording.say("move_body", source=self.source_name)


def record_notice(conn: sqlite3.Connection, notice: Notice) -> None:
    """Inside the caller's transaction: the notice exists exactly when its change does."""
    values = (notice.key, utc_text(notice.at), notice.launch_name, window_to_json(notice.old),
              window_to_json(notice.new), notice.old_status.value, notice.new_status.value,
              notice.source_name)  # fmt: skip
    conn.execute(f"INSERT OR IGNORE INTO notices ({COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                 values)  # fmt: skip
    stale = notice.at - timedelta(days=KEEP_DAYS)
    conn.execute("DELETE FROM notices WHERE at < ?", (utc_text(stale),))


def _notice_or_none(row: tuple[object, ...]) -> Notice | None:
    """A row that does not read (a damaged page) is not told rather than stopping the rest."""
    key, at, name, old, new, old_status, new_status, source = map(str, row)
    try:
        when = datetime.fromisoformat(at)
        windows = window_from_json(old), window_from_json(new)
        statuses = Status(old_status), Status(new_status)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
    if when.tzinfo is None or None in row:
        return None
    return Notice(key, when, name, *windows, *statuses, source)


class NoticesMixin:
    """`untold_notices`; mixed into Store, which sets `_conn`."""

    _conn: sqlite3.Connection

    def untold_notices(self, now: datetime) -> list[Notice]:
        """Notices of the last KEEP_DAYS not yet delivered, oldest first."""
        rows = self._conn.execute(
            f"SELECT {COLUMNS} FROM notices WHERE at >= ?"
            " AND key NOT IN (SELECT key FROM delivered) ORDER BY at, key",
            (utc_text(now - timedelta(days=KEEP_DAYS)),),
        ).fetchall()
        return [n for n in map(_notice_or_none, rows) if n is not None]
