"""The SQLite store's launches: add, read, edit, remove/restore, export/import, with slip history.

Every write is one transaction (see store_conn.py for the file, WAL and locking); a change of a
launch's date or status appends a Revision, so its history survives edits, undo, export and sync.
The ledger/snooze/settings tables are ledger.py, the row layout store_rows.py, export file checks
store_export.py. All timestamps come from the injected clock.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from countdown.core.clock import Clock
from countdown.core.model import Launch, Revision, Status
from countdown.core.store import rows
from countdown.core.store.conn import StoreConnection
from countdown.core.store.damage import DamagedRow, decode_launch, salvage_row
from countdown.core.store.export import parse_export
from countdown.core.store.ledger import InvalidData, LedgerMixin, StoreDamaged, StoreError
from countdown.core.store.notices import NoticesMixin
from countdown.core.store.paths import DB_FILENAME, default_home
from countdown.core.store.source_apply import SourceApplyMixin
from countdown.core.store.transfer import TransferMixin
from countdown.core.validate import InvalidLaunch, check_launch

__all__ = ["LaunchNotFound", "Store", "StoreError", "default_home", "parse_export"]

EDITABLE_FIELDS = frozenset(
    {"name", "when_text", "base", "window", "status", "source", "notes", "tags", "prefs"}
)
_REQUIRED = EDITABLE_FIELDS  # a damaged field must be given anew to repair it …
_REPAIRED = frozenset({"created", "updated", "prefs"})  # … except these, reset when damaged
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


class LaunchDamaged(StoreError):
    """The launch's row does not read back; the message says which fields and how to fix it."""

    def __init__(self, damage: DamagedRow) -> None:
        fields = ", ".join(damage.problems)
        super().__init__(
            f"{damage}. Repair it with `countdown edit {damage.launch_id}` giving new values"
            f" for {fields}, or delete it with `countdown remove {damage.launch_id}`."
        )
        self.damage = damage


BAD_INPUT_ERRORS = (LaunchNotFound, LaunchDamaged, InvalidData, StoreDamaged)
"""Errors about what the user asked for or handed in (exit status 2), not about the machine."""


def checked(launch: Launch, record: str | None = None) -> Launch:
    """The boundary check (core/validate.py) as a StoreError naming the record and field."""
    try:
        check_launch(launch)
    except InvalidLaunch as error:
        name = launch.name if isinstance(launch.name, str) else ""
        raise InvalidData(record or f"Launch {name!r}", error) from error
    return launch


def _parse_status(value: Any) -> Status:
    try:
        return Status(value)
    except ValueError:
        names = ", ".join(status.value for status in Status)
        raise StoreError(f"Unknown status {value!r}; use one of: {names}.") from None


class Store(StoreConnection, LedgerMixin, NoticesMixin, TransferMixin, SourceApplyMixin):
    """Launch storage; one instance per thread, any number of processes."""

    def __init__(self, path: Path, *, clock: Clock) -> None:
        self._decoded: dict[int, tuple[tuple[Any, ...], Launch]] = {}
        self.damaged: dict[int, DamagedRow] = {}  # rows left out of the last full list
        self.unreadable_revisions: dict[int, int] = {}  # by launch id, from the last history()
        super().__init__(path, clock=clock)

    def _forget_decoded(self) -> None:
        self._decoded.clear()
        self.damaged.clear()

    @classmethod
    def open(cls, home: Path | None = None, *, clock: Clock) -> Store:
        return cls((home or default_home()) / DB_FILENAME, clock=clock)

    def add(self, launch: Launch) -> Launch:
        """Save a new launch (its id is ignored) with revision 1; returns the saved copy."""
        now = self._now()
        new = checked(launch.with_changes(id=None, created=now, updated=now, revisions=()))
        with self._transaction():
            return self._insert(new, ())

    def _row(self, launch_id: int) -> tuple[Any, ...]:
        found = self._fetch(f"{_SELECT_LAUNCHES} WHERE id = ?", (launch_id,))
        if not found:
            raise LaunchNotFound(f"No launch with id {launch_id}.")
        return tuple(found[0])

    def get(self, launch_id: int) -> Launch:
        """One launch with its history; LaunchDamaged when its row does not read."""
        with self._snapshot():
            try:
                launch = decode_launch(self._row(launch_id))
            except DamagedRow as damage:
                raise LaunchDamaged(damage) from None
            return launch.with_changes(revisions=tuple(self.history(launch_id)))

    def salvage(self, launch_id: int) -> tuple[dict[str, Any], dict[str, str]]:
        """The fields of a launch that still read, and field → problem for the others."""
        return salvage_row(self._row(launch_id))

    def list_launches(self, *, include_inactive: bool = True) -> list[Launch]:
        """All launches by window start (revisions not loaded). Rows that do not read are left
        out and kept in `damaged` (id → what is wrong) for the caller to report."""
        found = self._fetch(f"{_SELECT_LAUNCHES} ORDER BY win_start, id")
        self.damaged = {}
        launches = [x for x in map(self._decode_cached, found) if x is not None]
        return [x for x in launches if include_inactive or x.status.is_active]

    def is_empty(self) -> bool:
        """No launch at all, of any status (a first start: the app greets the user)."""
        return self._conn.execute("SELECT 1 FROM launches LIMIT 1").fetchone() is None

    def next_active(self, limit: int, *, since: date) -> list[Launch]:
        """A few active launches for a quick first look (the tray's first paint), by window start:
        up to `limit` still-open windows that began before `since` and up to `limit` starting on
        or after it. Bounds compare as ISO text, so pass `since` a day or two early for zones;
        the caller sorts and filters exactly. Costs a few rows, not all 10,000 decoded."""
        found = self._fetch(_SELECT_NEXT_ACTIVE, {"since": since.isoformat(), "limit": limit})
        return [x for x in map(self._decode_cached, found) if x is not None]

    def _decode_cached(self, row: tuple[Any, ...]) -> Launch | None:
        """Launches are frozen, so an unchanged row reuses the object decoded last time: the GUI's
        refresh after another process's commit decodes only what changed. None: damaged."""
        cached = self._decoded.get(row[0])
        if cached is not None and cached[0] == row:
            return cached[1]
        try:
            launch = decode_launch(row)
        except DamagedRow as damage:
            self.damaged[damage.launch_id] = damage
            return None
        self._decoded[row[0]] = (row, launch)
        return launch

    def history(self, launch_id: int) -> list[Revision]:
        """The slip history; a revision that does not read is left out (the launch stays) and
        counted in `unreadable_revisions[launch_id]` for the caller to say so."""
        found = self._fetch(f"{_SELECT_REVISIONS} WHERE launch_id = ? ORDER BY seq", (launch_id,))
        revisions = [x for x in map(rows.revision_or_none, found) if x is not None]
        self.unreadable_revisions[launch_id] = len(found) - len(revisions)
        return revisions

    def update(self, launch_id: int, **changes: Any) -> Launch:
        """Change fields; a new date (when_text/window) or status appends a revision. A damaged
        launch is repaired when `changes` give every field that does not read."""
        unknown = set(changes) - EDITABLE_FIELDS
        if unknown:
            raise StoreError(f"Cannot change {', '.join(sorted(unknown))} of a launch.")
        if "status" in changes:
            changes["status"] = _parse_status(changes["status"])
        if "tags" in changes:
            changes["tags"] = tuple(changes["tags"])
        with self._transaction() as conn:
            old = self._current(launch_id, changes)
            new = checked(old.with_changes(**changes, updated=self._now()), f"Launch #{launch_id}")
            conn.execute(
                f"UPDATE launches SET ({rows.LAUNCH_COLUMNS}) = ({rows.LAUNCH_PLACEHOLDERS})"
                " WHERE id = ?",
                (*rows.launch_values(new), launch_id),
            )
            revisions = old.revisions
            if (old.when_text, old.window, old.status) != (new.when_text, new.window, new.status):
                seq = self._last_seq(launch_id) + 1
                revision = Revision(seq, self._now(), new.when_text, new.window, new.status)
                self._insert_revisions(launch_id, (revision,))
                revisions = (*revisions, revision)
            return new.with_changes(revisions=revisions)

    def _current(self, launch_id: int, changes: dict[str, Any]) -> Launch:
        """The launch to change: as stored, or rebuilt from what reads plus `changes`."""
        try:
            return self.get(launch_id)
        except LaunchDamaged:
            fields, problems = self.salvage(launch_id)
            given = {field.split(".")[0] for field in problems} - set(changes) - _REPAIRED
            if given:
                raise
            stamps = {"created": self._now(), "updated": self._now(), "prefs": None}
            kept = {k: v for k, v in fields.items() if k not in problems}
            repaired = {k: changes[k] for k in changes if k in _REQUIRED}
            base = {**stamps, **kept, **repaired}
            return Launch(id=launch_id, revisions=tuple(self.history(launch_id)), **base)

    def _last_seq(self, launch_id: int) -> int:
        found = self._fetch("SELECT max(seq) FROM revisions WHERE launch_id = ?", (launch_id,))
        return int(found[0][0] or 0)

    def remove(self, launch_id: int) -> Launch:
        """Delete a launch and its history; returns it with revisions so undo can restore it."""
        with self._transaction() as conn:
            launch = self.get(launch_id)
            conn.execute("DELETE FROM launches WHERE id = ?", (launch_id,))
            self._decoded.pop(launch_id, None)
            return launch

    def purge(self, launch_id: int) -> str | None:
        """Delete a launch row without reading it (a damaged one); returns its name if readable."""
        with self._transaction() as conn:
            name = self.salvage(launch_id)[0].get("name")
            conn.execute("DELETE FROM launches WHERE id = ?", (launch_id,))
            self._decoded.pop(launch_id, None)
            self.damaged.pop(launch_id, None)
            return name

    def restore(self, launch: Launch) -> Launch:
        """Re-insert a removed/imported launch: same id when free, its revisions kept."""
        with self._transaction():
            return self._restore(launch)

    def replace(self, launch: Launch) -> Launch:
        """Swap the launch with `launch.id` for `launch`, row and revisions, in one transaction:
        sync's "the other side's version wins" must never leave the launch deleted halfway."""
        checked(launch)
        with self._transaction() as conn:
            if conn.execute("DELETE FROM launches WHERE id = ?", (launch.id,)).rowcount != 1:
                raise LaunchNotFound(f"No launch with id {launch.id}.")
            self._decoded.pop(launch.id or 0, None)
            return self._restore(launch)

    def _restore(self, launch: Launch) -> Launch:
        checked(launch)
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
