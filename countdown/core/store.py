"""The SQLite store: launches with their slip history, plus the ledger/snooze/settings tables.

One file, `<home>/launches.sqlite3`, shared by the GUI and the CLI at the same time: WAL mode,
`synchronous=FULL` (a returned `add()` survives a power cut), a 5 s busy timeout, and one
`BEGIN IMMEDIATE ... COMMIT` per user action. Opening checks the file (damage -> quarantine and
restore, see backup.py), migrates it (backup first, see schema.py) and makes a daily backup.
All timestamps come from the injected clock.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from countdown.core import backup, schema
from countdown.core.ledger import LedgerMixin, StoreError, store_error, utc_text
from countdown.core.model import Launch, Revision, Status
from countdown.core.paths import DB_FILENAME, default_home

__all__ = ["LaunchNotFound", "Store", "StoreError", "default_home"]

BUSY_TIMEOUT_MS = 5000
EXPORT_FORMAT = "launch-countdown"
EXPORT_VERSION = 1
EDITABLE_FIELDS = frozenset(
    {"name", "when_text", "base", "window", "status", "source", "notes", "tags", "prefs"}
)


class LaunchNotFound(StoreError, KeyError):
    """No launch with that id (perhaps removed by another window or the CLI)."""


def _connect(path: Path) -> sqlite3.Connection:
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


def _parse_status(value: Any) -> Status:
    try:
        return Status(value)
    except ValueError:
        names = ", ".join(status.value for status in Status)
        raise StoreError(f"Unknown status {value!r}; use one of: {names}.") from None


class Store(LedgerMixin):
    """Launch storage; one instance per thread, any number of processes."""

    def __init__(self, path: Path, *, clock: Callable[[], datetime]) -> None:
        self.path = Path(path)
        self.messages: list[str] = []
        self._clock = clock
        self._decoded: dict[int, tuple[tuple[Any, ...], Launch]] = {}
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
        self._conn = _connect(self.path)
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

    @classmethod
    def open(cls, home: Path | None = None, *, clock: Callable[[], datetime]) -> Store:
        return cls((home or default_home()) / DB_FILENAME, clock=clock)

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

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def data_version(self) -> int:
        """Changes whenever another connection commits; cheap to poll."""
        return int(self._conn.execute("PRAGMA data_version").fetchone()[0])

    # --- launches ---------------------------------------------------------------------------

    def add(self, launch: Launch) -> Launch:
        """Save a new launch (its id is ignored) with revision 1; returns the saved copy."""
        now = self._now()
        with self._transaction():
            return self._insert(launch.with_changes(id=None, created=now, updated=now), ())

    def get(self, launch_id: int) -> Launch:
        with self._snapshot():
            row = self._conn.execute(
                f"SELECT {schema.LAUNCH_COLUMNS} FROM launches WHERE id = ?", (launch_id,)
            ).fetchone()
            if row is None:
                raise LaunchNotFound(f"No launch with id {launch_id}.")
            return schema.launch_from_row(row).with_changes(
                revisions=tuple(self.history(launch_id))
            )

    def list_launches(self, *, include_inactive: bool = True) -> list[Launch]:
        """All launches by window start (revisions not loaded)."""
        rows = self._conn.execute(
            f"SELECT {schema.LAUNCH_COLUMNS} FROM launches ORDER BY win_start, id"
        )
        launches = [self._decode_cached(row) for row in rows]
        return [x for x in launches if include_inactive or x.status.is_active]

    def _decode_cached(self, row: tuple[Any, ...]) -> Launch:
        """Launches are frozen, so an unchanged row reuses the object decoded last time: the GUI's
        refresh after another process's commit decodes only what changed."""
        cached = self._decoded.get(row[0])
        if cached is not None and cached[0] == row:
            return cached[1]
        launch = schema.launch_from_row(row)
        self._decoded[row[0]] = (row, launch)
        return launch

    def history(self, launch_id: int) -> list[Revision]:
        rows = self._conn.execute(
            "SELECT seq, at, when_text, window, status FROM revisions"
            " WHERE launch_id = ? ORDER BY seq",
            (launch_id,),
        )
        return [schema.revision_from_row(row) for row in rows]

    def update(self, launch_id: int, **changes: Any) -> Launch:
        """Change fields; a new date (when_text/window) or status appends a revision."""
        unknown = set(changes) - EDITABLE_FIELDS
        if unknown:
            raise StoreError(f"Cannot change {', '.join(sorted(unknown))} of a launch.")
        if "status" in changes:
            changes["status"] = _parse_status(changes["status"])
        if "tags" in changes:
            changes["tags"] = tuple(changes["tags"])
        with self._transaction() as conn:
            old = self.get(launch_id)
            new = old.with_changes(**changes, updated=self._now())
            conn.execute(
                f"UPDATE launches SET ({schema.LAUNCH_COLUMNS}) = ({schema.LAUNCH_PLACEHOLDERS}) WHERE id = ?",
                (*schema.launch_values(new), launch_id),
            )
            revisions = old.revisions
            if (old.when_text, old.window, old.status) != (new.when_text, new.window, new.status):
                seq = revisions[-1].seq + 1 if revisions else 1
                revision = Revision(seq, self._now(), new.when_text, new.window, new.status)
                self._insert_revisions(launch_id, (revision,))
                revisions = (*revisions, revision)
            return new.with_changes(revisions=revisions)

    def remove(self, launch_id: int) -> Launch:
        """Delete a launch and its history; returns it with revisions so undo can restore it."""
        with self._transaction() as conn:
            launch = self.get(launch_id)
            conn.execute("DELETE FROM launches WHERE id = ?", (launch_id,))
            self._decoded.pop(launch_id, None)
            return launch

    def restore(self, launch: Launch) -> Launch:
        """Re-insert a removed/imported launch: same id when free, its revisions kept."""
        with self._transaction():
            return self._restore(launch)

    def _restore(self, launch: Launch) -> Launch:
        try:
            _check_launch(launch)
        except (TypeError, ValueError) as error:
            raise StoreError(f"Cannot restore {launch.name!r}: {error}.") from error
        now = self._now()
        taken = (
            launch.id is not None
            and self._conn.execute("SELECT 1 FROM launches WHERE id = ?", (launch.id,)).fetchone()
        )
        stamped = launch.with_changes(
            id=None if taken else launch.id,
            created=launch.created or now,
            updated=launch.updated or now,
        )
        return self._insert(stamped, launch.revisions)

    def _insert(self, launch: Launch, revisions: tuple[Revision, ...]) -> Launch:
        """Insert a stamped launch; without revisions it gets revision 1 of its current state."""
        cursor = self._conn.execute(
            f"INSERT INTO launches ({schema.LAUNCH_COLUMNS}) VALUES ({schema.LAUNCH_PLACEHOLDERS})",
            schema.launch_values(launch),
        )
        launch_id = int(cursor.lastrowid or 0)
        if not revisions:
            assert launch.updated is not None
            revisions = (
                Revision(1, launch.updated, launch.when_text, launch.window, launch.status),
            )
        self._insert_revisions(launch_id, revisions)
        return launch.with_changes(id=launch_id, revisions=revisions)

    def _insert_revisions(self, launch_id: int, revisions: tuple[Revision, ...]) -> None:
        self._conn.executemany(
            "INSERT INTO revisions (launch_id, seq, at, when_text, window, status)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [
                (launch_id, r.seq, utc_text(r.at), r.when_text,
                 schema.window_to_json(r.window), r.status.value)
                for r in revisions
            ],
        )  # fmt: skip

    # --- export / import --------------------------------------------------------------------

    def export_data(self) -> dict[str, Any]:
        """Everything about every launch, history included (the export file's shape), read as
        one snapshot so a launch removed meanwhile by another process cannot break it."""
        history: dict[int, list[Revision]] = {}
        with self._snapshot():
            launches = self.list_launches()
            rows = self._conn.execute(
                "SELECT launch_id, seq, at, when_text, window, status FROM revisions"
                " ORDER BY launch_id, seq"
            )
            for row in rows:
                history.setdefault(row[0], []).append(schema.revision_from_row(row[1:]))
        launches = [x.with_changes(revisions=tuple(history.get(x.id or 0, ()))) for x in launches]
        return {
            "format": EXPORT_FORMAT,
            "version": EXPORT_VERSION,
            "launches": [x.to_dict(with_revisions=True) for x in launches],
        }

    def import_data(self, data: dict[str, Any]) -> list[Launch]:
        """Add every launch of an export (same ids when free); validated first, all or nothing."""
        launches = parse_export(data)
        with self._transaction():
            return [self._restore(launch) for launch in launches]


def parse_export(data: Any) -> list[Launch]:
    """Check an export file's content; StoreError names the first problem found."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise StoreError("This is not a Launch Countdown export (missing format marker).")
    if data.get("version") != EXPORT_VERSION:
        raise StoreError(f"Unsupported export version {data.get('version')!r}.")
    items = data.get("launches")
    if not isinstance(items, list):
        raise StoreError("The export has no list of launches.")
    return [_parse_launch(number, item) for number, item in enumerate(items, start=1)]


def _parse_launch(number: int, item: Any) -> Launch:
    try:
        launch = Launch.from_dict(item)
        _check_launch(launch)
    except (KeyError, TypeError, ValueError, AttributeError, StoreError) as error:
        name = item.get("name") if isinstance(item, dict) else None
        label = f"Launch {number}" + (f" ({name})" if isinstance(name, str) else "")
        detail = f"missing {error}" if isinstance(error, KeyError) else str(error)
        raise StoreError(f"{label} cannot be imported: {detail}.") from error
    return launch


def _check_launch(launch: Launch) -> None:
    """What from_dict does not check: types, a sane window, stamped and ordered revisions."""
    if not isinstance(launch.name, str) or not launch.name.strip():
        raise ValueError("the name is empty")
    if not all(isinstance(x, str) for x in (launch.when_text, launch.source, launch.notes)):
        raise TypeError("when_text, source and notes must be text")
    if not all(isinstance(tag, str) for tag in launch.tags):
        raise TypeError("tags must be text")
    if launch.id is not None and not isinstance(launch.id, int):
        raise TypeError(f"id {launch.id!r} is not a number")
    for window in (launch.window, *(r.window for r in launch.revisions)):
        if type(window.start) is not type(window.end):
            raise TypeError(f"the window {window.label!r} mixes a date and a time")
        if window.start > window.end:
            raise ValueError(f"the window {window.label!r} ends before it starts")
    for stamp in (launch.created, launch.updated, *(r.at for r in launch.revisions)):
        if stamp is not None:
            utc_text(stamp)
    seqs = [r.seq for r in launch.revisions]
    if seqs != sorted(set(seqs)):
        raise ValueError("revision numbers repeat or are out of order")
