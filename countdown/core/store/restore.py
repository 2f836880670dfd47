"""`countdown backup list | restore ID` and the app's Restore action: what is in each backup, and
putting one back.

Restoring a healthy store writes the backup *into* the open file with the SQLite backup API, as
one ordinary write: a running app sees another process commit (data_version) and reloads, and the
file keeps its identity. A damaged or missing store is moved to quarantine and the backup copied
in its place; a running app notices the new file and reopens it (conn.reopen_if_replaced). The
state before a restore is backed up first, so a restore can itself be undone.
"""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from countdown.core.store import backup


@dataclass(frozen=True)
class BackupInfo:
    """One backup as `backup list` shows it."""

    id: str
    taken: datetime  # UTC
    schema: int
    launches: int | None  # None: the file does not read
    size_bytes: int
    path: Path

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "taken": self.taken.isoformat(),
            "schema": self.schema,
            "launches": self.launches,
            "size_bytes": self.size_bytes,
            "path": str(self.path),
        }


def _count_launches(path: Path) -> int | None:
    with contextlib.suppress(sqlite3.Error):
        conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            return int(conn.execute("SELECT count(*) FROM launches").fetchone()[0])
        finally:
            conn.close()
    return None


def describe_backups(db_path: Path) -> list[BackupInfo]:
    """Every backup, newest first."""
    found = []
    for stamp, path in backup.list_backups(db_path):
        schema = int(path.name.split("-", 2)[1].removeprefix("v"))
        size = path.stat().st_size if path.exists() else 0
        info = BackupInfo(backup.backup_id(path), stamp, schema, _count_launches(path), size, path)
        found.append(info)
    return found


def _healthy(path: Path) -> bool:
    try:
        return backup.is_healthy(path)
    except sqlite3.Error:
        return False


def _user_version(path: Path) -> int:
    conn = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    finally:
        conn.close()


def restore_backup(db_path: Path, wanted: str, now: datetime) -> str:
    """Put backup `wanted` back as the store; returns what happened, for the user."""
    source = backup.find_backup(db_path, wanted)
    if not _healthy(source):
        raise backup.BackupError(f"Backup {wanted} is damaged; choose another one.")
    memory = sqlite3.connect(":memory:")  # read first: the safety backup may rotate it away
    try:
        with contextlib.closing(sqlite3.connect(source)) as src:
            src.backup(memory)
        if db_path.exists() and _healthy(db_path):
            safety = backup.make_backup(db_path, _user_version(db_path), now)
            _write_into(memory, db_path)
            return (
                f"Restored the backup {wanted}; the state before it is backup"
                f" {backup.backup_id(safety)}."
            )
        moved = backup.quarantine(db_path, now) if db_path.exists() else None
        partial = db_path.with_name(db_path.name + ".restoring")
        with contextlib.closing(sqlite3.connect(partial)) as dst:
            memory.backup(dst)
        partial.replace(db_path)
    finally:
        memory.close()
    kept = f"; the damaged file was moved to {moved}" if moved else ""
    return f"Restored the backup {wanted}{kept}."


def _write_into(memory: sqlite3.Connection, db_path: Path) -> None:
    """One write through SQLite's locking, so other processes see an ordinary commit."""
    with contextlib.closing(sqlite3.connect(db_path, timeout=5.0)) as live:
        live.execute("PRAGMA busy_timeout = 5000")
        memory.backup(live)
        live.execute("PRAGMA journal_mode = WAL")
