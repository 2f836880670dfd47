"""The store's connection to its file: opening, durability, migration, backups, transactions.

One file, `<home>/launches.sqlite3`, shared by the GUI and the CLI at the same time: WAL mode,
`synchronous=FULL` (a returned write survives a power cut), a 5 s busy timeout, and one
`BEGIN IMMEDIATE ... COMMIT` per user action (transactions nest: an import is one). Opening
checks the file (damage -> quarantine and restore, see backup.py) and migrates it (backup
first, see schema.py). After writes, `backup_if_changed` (the app, debounced) or `close` (a
command's exit) copies the committed state into a rotated backup. When another process moved
the file aside (quarantine) or restored one, the next check or write reopens the new file, so
two processes never write to different files. What is stored in it is store.py and ledger.py.
"""

from __future__ import annotations

import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Self

from countdown.core.clock import Clock
from countdown.core.store import backup, schema
from countdown.core.store.ledger import StoreDamaged, StoreError, store_error

BUSY_TIMEOUT_MS = 5000
WAL_RETRY_S = 0.005  # between tries to switch to WAL (SQLite's own busy handler starts at 1 ms)


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
    _use_wal(conn)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL (a no-op once it is). The switch needs the file to itself and
    SQLite calls no busy handler for it, so while another process writes or switches a file
    still in the old journal mode (a v1 file, a new one) it failed at once with "database is
    locked"; it is retried here for as long as the busy timeout waits for any other lock."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            busy = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF == sqlite3.SQLITE_BUSY
            if not busy or time.monotonic() >= deadline:
                raise
            time.sleep(WAL_RETRY_S)


class StoreConnection:
    """An open, checked, migrated store file; Store adds what is kept in it."""

    def __init__(self, path: Path, *, clock: Clock) -> None:
        self.path = Path(path)
        self.messages: list[str] = []
        self._clock = clock
        self._depth = 0  # nesting of _transaction
        self._commit_listeners: list[Callable[[], None]] = []
        self._changed = False  # committed writes not yet in a backup
        self._file_id: tuple[int, int] | None = None
        self._open()

    def _open(self) -> None:
        self._file_id = None  # no reopen check while opening (migrations write)
        try:
            self._conn = self._open_checked()
            self._file_id = _file_id(self.path)
            self._changed = False  # migrations are not changes to back up (copied before)
        except (sqlite3.Error, OSError) as error:
            raise store_error(error, self.path) from error

    def reopen_if_replaced(self) -> bool:
        """Reopen when the file on disk is no longer the one we opened (another process
        quarantined it, or restored a backup in its place); True when it did."""
        if self._depth or self._file_id is None or _file_id(self.path) == self._file_id:
            return False
        self.reopen()
        return True

    def reopen(self) -> None:
        """Close and open the file again (after a restore: checks and migrations run anew)."""
        self._conn.close()
        self._forget_decoded()
        self._open()
        self._announce()  # everything read before may have changed

    def on_commit(self, listener: Callable[[], None], *, remove: bool = False) -> None:
        """Call `listener()` after every commit made through this store, and after it reopened
        its file (`remove`: stop). data_version reports only other connections' commits; this
        is how the app hears its own."""
        if remove:
            self._commit_listeners = [f for f in self._commit_listeners if f != listener]
        else:
            self._commit_listeners.append(listener)

    def _announce(self) -> None:
        for listener in list(self._commit_listeners):
            listener()

    def _forget_decoded(self) -> None:
        """Drop what was read from the old file (Store keeps a decode cache)."""

    def _open_checked(self) -> sqlite3.Connection:
        """Recover a damaged file, connect, migrate, back up: everything opening does."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        message = backup.recover_if_damaged(self.path, self._now())
        if message:
            self.messages.append(message)
        self._conn = connect(self.path)
        try:
            fresh = schema.user_version(self._conn) == 0
            self._migrate()
            if not fresh:  # a new, empty file has nothing worth a copy yet
                self._daily_backup()
        except BaseException:
            self._conn.close()
            raise
        return self._conn

    def backup_if_changed(self) -> str | None:
        """Copy the committed state into a verified backup if anything was written since the
        last one; returns a message when that failed (the data itself is safe)."""
        if not self._changed:
            return None
        try:
            backup.make_backup(self.path, schema.user_version(self._conn), self._now())
        except (OSError, sqlite3.Error, backup.BackupError) as error:
            return f"Could not back up {self.path}: {error}"
        self._changed = False
        return None

    def _mark_changed(self) -> None:
        self._changed = True

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

    def transaction(self) -> Any:
        """One transaction around several store calls (an import): all of them or none."""
        return self._transaction()

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """BEGIN IMMEDIATE takes the write lock up front (waiting up to the busy timeout), so a
        user action never fails halfway on a lock; SQLite errors become StoreErrors. Inside an
        outer transaction it joins it."""
        if self._depth:
            yield self._conn
            return
        self.reopen_if_replaced()
        self._depth = 1
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
                self._changed = True
            finally:
                if self._conn.in_transaction:  # an error above; SQLite may have rolled back already
                    self._conn.execute("ROLLBACK")
        except sqlite3.OperationalError as error:
            raise store_error(error, self.path) from error
        finally:
            self._depth = 0
        self._announce()  # committed: tell the listeners (the app's change feed)

    def _write(self, sql: str, params: Any = ()) -> sqlite3.Cursor:
        with self._transaction() as conn:
            return conn.execute(sql, params)

    def _fetch(self, sql: str, params: Any = ()) -> list[Any]:
        """All rows of a query. Text that is not UTF-8 (a damaged page) is read with escapes so
        the row is reported as damaged instead of failing the whole query."""
        try:
            try:
                return self._conn.execute(sql, params).fetchall()
            except sqlite3.OperationalError as error:
                if "decode" not in str(error):
                    raise
            self._conn.text_factory = _lenient_text
            try:
                return self._conn.execute(sql, params).fetchall()
            finally:
                self._conn.text_factory = str
        except sqlite3.DatabaseError as error:
            if backup.is_damage(error):
                raise StoreDamaged(self.path, error) from error
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
        """Back up what this connection wrote (a command's exit), then close."""
        message = self.backup_if_changed()
        if message:
            self.messages.append(message)
        self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _file_id(path: Path) -> tuple[int, int] | None:
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_dev, info.st_ino


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "surrogateescape")  # lone surrogates: the validator flags them
