"""The alert delivery ledger, snoozes and global settings (small key/value tables of the store),
plus the store's error type and how SQLite errors are put into words for the user.

Each write is one SQL statement in its own transaction (or the caller's, inside an import).
`mark_delivered` relies on `INSERT OR IGNORE` on the primary key: when two processes (GUI and CLI)
race to deliver the same alert, exactly one of them sees `True`.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path
from typing import Any


class StoreError(Exception):
    """A problem the user can act on; the message is in str(error)."""

    def __str__(self) -> str:
        # KeyError (a base of LaunchNotFound) would otherwise quote the message.
        return str(self.args[0]) if self.args else ""


class InvalidData(StoreError):
    """Outside data the store refuses: names the record and the field; nothing was written."""

    def __init__(self, record: str, error: ValueError) -> None:
        field = getattr(error, "field", None)
        problem = getattr(error, "problem", None) or str(error)
        where = f"{record}, field {field}" if field else record
        super().__init__(f"{where}: {problem}")
        self.record = record
        self.field: str | None = field


class StoreDamaged(StoreError):
    """The file is damaged in a way its check did not show; restoring a backup is the fix."""

    def __init__(self, path: Path, error: Exception) -> None:
        super().__init__(
            f"{path} is damaged ({error}); `countdown backup list` shows the backups and"
            " `countdown backup restore ID` puts one back (the damaged file is kept aside)."
        )


FULL_BELOW_BYTES = 256 * 1024  # less room than this after an I/O error: the disk is full
_BUSY_CODES = {sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED}
_ACCESS_CODES = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN}


def store_error(error: sqlite3.Error | OSError, path: Path) -> StoreError:
    """A StoreError saying what went wrong with `path` in words a user can act on."""
    code = (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF
    if code in _BUSY_CODES:
        text = f"{path} stayed locked by another Launch Countdown window or command; try again."
    elif code == sqlite3.SQLITE_FULL or (code == sqlite3.SQLITE_IOERR and _disk_full(path)):
        text = f"The disk holding {path} is full; the change was not saved."
    elif code in _ACCESS_CODES or isinstance(error, PermissionError):
        text = f"Cannot open or write {path}: {error}"
    else:
        text = f"Database error in {path}: {error}"
    return StoreError(text)


def _disk_full(path: Path) -> bool:
    """SQLite reports a write that found no room as a plain I/O error; ask the file system."""
    try:
        return shutil.disk_usage(path.parent).free < FULL_BELOW_BYTES
    except OSError:
        return False


def utc_text(value: datetime) -> str:
    """ISO text in UTC; naive datetimes are refused because their instant is unknown."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise StoreError(f"Expected an aware datetime, got naive {value.isoformat()}")
    return value.astimezone(UTC).isoformat()


class LedgerMixin:
    """Delivered alerts, snoozes, settings; mixed into Store, which sets `_conn`."""

    _conn: sqlite3.Connection

    def _write(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        raise NotImplementedError  # StoreConnection: one transaction, noted for the next backup

    def mark_delivered(self, key: str, *, at: datetime, channel: str) -> bool:
        """Record a delivery; False when the alert was already delivered (by anyone)."""
        cursor = self._write(
            "INSERT OR IGNORE INTO delivered (key, delivered_at, channel) VALUES (?, ?, ?)",
            (key, utc_text(at), channel),
        )
        return cursor.rowcount == 1

    def is_delivered(self, key: str) -> bool:
        row = self._conn.execute("SELECT 1 FROM delivered WHERE key = ?", (key,)).fetchone()
        return row is not None

    def delivered_keys(self) -> set[str]:
        return {key for (key,) in self._conn.execute("SELECT key FROM delivered")}

    def set_snooze(self, key: str, until: datetime) -> None:
        self._write(
            "INSERT INTO snoozes (key, until) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET until = excluded.until",
            (key, utc_text(until)),
        )

    def clear_snooze(self, key: str) -> None:
        self._write("DELETE FROM snoozes WHERE key = ?", (key,))

    def snoozes(self) -> dict[str, datetime]:
        rows = self._conn.execute("SELECT key, until FROM snoozes")
        return {key: datetime.fromisoformat(until) for key, until in rows}

    def get_setting(self, name: str) -> str | None:
        row = self._conn.execute("SELECT value FROM settings WHERE name = ?", (name,)).fetchone()
        return None if row is None else str(row[0])

    def set_setting(self, name: str, value: str | None) -> None:
        """Store a setting; None removes it (get_setting then returns None)."""
        if value is None:
            self._write("DELETE FROM settings WHERE name = ?", (name,))
            return
        self._write(
            "INSERT INTO settings (name, value) VALUES (?, ?)"
            " ON CONFLICT (name) DO UPDATE SET value = excluded.value",
            (name, value),
        )
