"""The SQLite store's launches: add, read, edit, remove/restore, export/import, with slip history.

Every write is one transaction (see store_conn.py for the file, WAL and locking); a change of a
launch's date or status appends a Revision, so its history survives edits, undo, export and sync.
The ledger/snooze/settings tables are ledger.py, the row layout store_rows.py, export file checks
store_export.py. All timestamps come from the injected clock.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from countdown.core.model import Launch, Revision, Status
from countdown.core.store import rows
from countdown.core.store.conn import StoreConnection
from countdown.core.store.export import check_launch, export_document, parse_export
from countdown.core.store.ledger import LedgerMixin, StoreError
from countdown.core.store.paths import DB_FILENAME, default_home

__all__ = ["LaunchNotFound", "Store", "StoreError", "default_home", "parse_export"]

EDITABLE_FIELDS = frozenset(
    {"name", "when_text", "base", "window", "status", "source", "notes", "tags", "prefs"}
)
_SELECT_LAUNCHES = f"SELECT {rows.LAUNCH_COLUMNS} FROM launches"
_SELECT_REVISIONS = f"SELECT {rows.REVISION_COLUMNS} FROM revisions"
_ACTIVE = f"status NOT IN ({', '.join(repr(s.value) for s in Status if not s.is_active)})"
_SELECT_NEXT_ACTIVE = (
    f"SELECT * FROM ({_SELECT_LAUNCHES} WHERE win_start < :since AND win_end >= :since"
    f" AND {_ACTIVE} ORDER BY win_start, id LIMIT :limit)"
    f" UNION ALL SELECT * FROM ({_SELECT_LAUNCHES} WHERE win_start >= :since"
    f" AND {_ACTIVE} ORDER BY win_start, id LIMIT :limit)"
)


class LaunchNotFound(StoreError, KeyError):
    """No launch with that id (perhaps removed by another window or the CLI)."""


def _parse_status(value: Any) -> Status:
    try:
        return Status(value)
    except ValueError:
        names = ", ".join(status.value for status in Status)
        raise StoreError(f"Unknown status {value!r}; use one of: {names}.") from None


class Store(StoreConnection, LedgerMixin):
    """Launch storage; one instance per thread, any number of processes."""

    def __init__(self, path: Path, *, clock: Callable[[], datetime]) -> None:
        self._decoded: dict[int, tuple[tuple[Any, ...], Launch]] = {}
        super().__init__(path, clock=clock)

    @classmethod
    def open(cls, home: Path | None = None, *, clock: Callable[[], datetime]) -> Store:
        return cls((home or default_home()) / DB_FILENAME, clock=clock)

    def add(self, launch: Launch) -> Launch:
        """Save a new launch (its id is ignored) with revision 1; returns the saved copy."""
        now = self._now()
        with self._transaction():
            return self._insert(launch.with_changes(id=None, created=now, updated=now), ())

    def get(self, launch_id: int) -> Launch:
        with self._snapshot():
            row = self._conn.execute(f"{_SELECT_LAUNCHES} WHERE id = ?", (launch_id,)).fetchone()
            if row is None:
                raise LaunchNotFound(f"No launch with id {launch_id}.")
            return rows.launch_from_row(row).with_changes(revisions=tuple(self.history(launch_id)))

    def list_launches(self, *, include_inactive: bool = True) -> list[Launch]:
        """All launches by window start (revisions not loaded)."""
        found = self._conn.execute(f"{_SELECT_LAUNCHES} ORDER BY win_start, id")
        launches = [self._decode_cached(row) for row in found]
        return [x for x in launches if include_inactive or x.status.is_active]

    def is_empty(self) -> bool:
        """No launch at all, of any status (a first start: the app greets the user)."""
        return self._conn.execute("SELECT 1 FROM launches LIMIT 1").fetchone() is None

    def next_active(self, limit: int, *, since: date) -> list[Launch]:
        """A few active launches for a quick first look (the tray's first paint), by window start:
        up to `limit` still-open windows that began before `since` and up to `limit` starting on
        or after it. Bounds compare as ISO text, so pass `since` a day or two early for zones;
        the caller sorts and filters exactly. Costs a few rows, not all 10,000 decoded."""
        found = self._conn.execute(
            _SELECT_NEXT_ACTIVE, {"since": since.isoformat(), "limit": limit}
        )
        return [self._decode_cached(row) for row in found]

    def _decode_cached(self, row: tuple[Any, ...]) -> Launch:
        """Launches are frozen, so an unchanged row reuses the object decoded last time: the GUI's
        refresh after another process's commit decodes only what changed."""
        cached = self._decoded.get(row[0])
        if cached is not None and cached[0] == row:
            return cached[1]
        launch = rows.launch_from_row(row)
        self._decoded[row[0]] = (row, launch)
        return launch

    def history(self, launch_id: int) -> list[Revision]:
        found = self._conn.execute(
            f"{_SELECT_REVISIONS} WHERE launch_id = ? ORDER BY seq", (launch_id,)
        )
        return [rows.revision_from_row(row) for row in found]

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
                f"UPDATE launches SET ({rows.LAUNCH_COLUMNS}) = ({rows.LAUNCH_PLACEHOLDERS})"
                " WHERE id = ?",
                (*rows.launch_values(new), launch_id),
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

    def replace(self, launch: Launch) -> Launch:
        """Swap the launch with `launch.id` for `launch`, row and revisions, in one transaction:
        sync's "the other side's version wins" must never leave the launch deleted halfway."""
        with self._transaction() as conn:
            if conn.execute("DELETE FROM launches WHERE id = ?", (launch.id,)).rowcount != 1:
                raise LaunchNotFound(f"No launch with id {launch.id}.")
            self._decoded.pop(launch.id or 0, None)
            return self._restore(launch, action="replace")

    def _restore(self, launch: Launch, *, action: str = "restore") -> Launch:
        try:
            check_launch(launch)
        except (TypeError, ValueError) as error:
            raise StoreError(f"Cannot {action} {launch.name!r}: {error}.") from error
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
            f"INSERT INTO launches ({rows.LAUNCH_COLUMNS}) VALUES ({rows.LAUNCH_PLACEHOLDERS})",
            rows.launch_values(launch),
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
            f"INSERT INTO revisions (launch_id, {rows.REVISION_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)",
            [rows.revision_values(launch_id, r) for r in revisions],
        )

    def export_data(self) -> dict[str, Any]:
        """Everything about every launch, history included (the export file's shape), read as
        one snapshot so a launch removed meanwhile by another process cannot break it."""
        history: dict[int, list[Revision]] = {}
        with self._snapshot():
            launches = self.list_launches()
            found = self._conn.execute(
                f"SELECT launch_id, {rows.REVISION_COLUMNS} FROM revisions ORDER BY launch_id, seq"
            )
            for row in found:
                history.setdefault(row[0], []).append(rows.revision_from_row(row[1:]))
        return export_document(
            [x.with_changes(revisions=tuple(history.get(x.id or 0, ()))) for x in launches]
        )

    def import_data(self, data: dict[str, Any]) -> list[Launch]:
        """Add every launch of an export (same ids when free); validated first, all or nothing."""
        launches = parse_export(data)
        with self._transaction():
            return [self._restore(launch) for launch in launches]
