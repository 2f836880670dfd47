"""The store's connection to its file: opening, durability, migration, backups, transactions.

One file, `<home>/launches.sqlite3`, shared by the GUI and the CLI at the same time: WAL mode,
`synchronous=FULL` (a returned write survives a power cut), a 5 s busy timeout, and one
`BEGIN IMMEDIATE ... COMMIT` per user action. Opening checks the file (damage -> quarantine and
restore, see backup.py), migrates it (backup first, see schema.py) and makes a daily backup.
What is stored in it is store.py and ledger.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Self

from countdown.core.store import backup, schema
from countdown.core.store.ledger import StoreError, store_error

BUSY_TIMEOUT_MS = 5000


def connect(path: Path) -> sqlite3.Connection:
    """Open with the durability settings; a file from a newer app is refused before any change."""
    conn = sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    version = schema.user_version(conn)
    if version > schema.CURRENT_VERSION:
        conn.close()
        raise StoreError(
            f"{path} was written by a newer Launch Countdown (schema {version});"
            " please update the app."
        )
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


class StoreConnection:
    """An open, checked, migrated store file; Store adds what is kept in it."""

    def __init__(self, path: Path, *, clock: Callable[[], datetime]) -> None:
        self.path = Path(path)
        self.messages: list[str] = []
        self._clock = clock
        try:
            self._conn = self._open_checked()
        except (sqlite3.Error, OSError) as error:
            raise store_error(error, self.path) from error

    def _open_checked(self) -> sqlite3.Connection:
        """Recover a damaged file, connect, migrate, back up: everything opening does."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        message = backup.recover_if_damaged(self.path, self._now())
        if message:
            self.messages.append(message)
        self._conn = connect(self.path)
        try:
            self._migrate()
            self._daily_backup()
        except BaseException:
            self._conn.close()
            raise
        return self._conn

    def _daily_backup(self) -> None:
        """A safety copy at most once a day; failing to make one must not stop the app."""
        if backup.backup_is_due(self.path, self._now()):
            try:
                backup.make_backup(self.path, schema.CURRENT_VERSION, self._now())
            except (OSError, sqlite3.Error) as error:
                self.messages.append(f"Could not make the daily backup: {error}")

    def _migrate(self) -> None:
        """One transaction per step, version re-read under the write lock (another process may
        have migrated meanwhile). A brand-new file needs no backups."""
        fresh = schema.user_version(self._conn) == 0
        while schema.user_version(self._conn) < schema.CURRENT_VERSION:
            with self._transaction() as conn:
                version = schema.user_version(conn)
                if version >= schema.CURRENT_VERSION:
                    break
                if not fresh:
                    backup.make_backup(self.path, version, self._now())
                schema.migrate_step(conn, version)

    def _now(self) -> datetime:
        return self._clock().astimezone(UTC)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE takes the write lock up front (waiting up to the busy timeout), so a
        user action never fails halfway on a lock; SQLite errors become StoreErrors."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            finally:
                if self._conn.in_transaction:  # an error above; SQLite may have rolled back already
                    self._conn.execute("ROLLBACK")
        except sqlite3.OperationalError as error:
            raise store_error(error, self.path) from error

    @contextmanager
    def _snapshot(self) -> Iterator[None]:
        """Several reads that must agree (a launch and its history); joins a running transaction."""
        if self._conn.in_transaction:
            yield
            return
        self._conn.execute("BEGIN")
        try:
            yield
        finally:
            self._conn.execute("COMMIT")

    def data_version(self) -> int:
        """Changes whenever another connection commits; cheap to poll."""
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
