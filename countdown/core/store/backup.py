"""Backups, quarantine and restore for the store file.

Backups are whole-file copies made with the SQLite backup API into `<home>/backups/` as
`launches-v<N>-<UTC stamp>.sqlite3`: after writes (conn.py: at a command's exit, debounced in
the app), before every migration, and once a day on open. Each copy is checked (`quick_check`)
before it gets its final name. Rotation keeps the newest KEEP_RECENT plus the newest of each of
the last KEEP_DAYS days. A file that fails `PRAGMA quick_check` (or is not a database at all) is
moved to `<home>/quarantine/` with its -wal/-shm companions and the newest healthy backup takes
its place. `restore_backup` puts a chosen backup back (the current state is backed up first).
A backup's id is its stamp (`20261127T133000Z`). Stamps come from the injected clock, never from
file times, so tests can move time.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

KEEP_RECENT = 10
KEEP_DAYS = 7
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_BACKUP_NAME = re.compile(
    r"^launches-v(\d+)-(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z(?:-(\d+))?\.sqlite3$"
)
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
SIDE_FILES = ("-wal", "-shm")


class BackupError(Exception):
    """A backup that cannot be made, found or used; the message says which and why."""


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def quarantine_dir(db_path: Path) -> Path:
    return db_path.parent / "quarantine"


def _free_name(folder: Path, stem: str) -> Path:
    """`stem.sqlite3`, or `stem-1.sqlite3`, ... when two copies land in the same second."""
    candidate = folder / f"{stem}.sqlite3"
    counter = 0
    while candidate.exists():
        counter += 1
        candidate = folder / f"{stem}-{counter}.sqlite3"
    return candidate


def list_backups(db_path: Path) -> list[tuple[datetime, Path]]:
    """Backups with their stamps, newest first."""
    folder = backups_dir(db_path)
    found: list[tuple[datetime, int, Path]] = []
    for path in folder.glob("launches-v*.sqlite3") if folder.is_dir() else ():
        match = _BACKUP_NAME.match(path.name)
        if match:
            # Fields straight from the name: strptime would import _strptime (~3 ms) on every start.
            year, month, day, hour, minute, second = (int(g) for g in match.groups()[1:7])
            stamp = datetime(year, month, day, hour, minute, second, tzinfo=UTC)
            found.append((stamp, int(match.group(8) or 0), path))
    # Same second: the copy with the higher counter was made later.
    return [(stamp, path) for stamp, _n, path in sorted(found, key=lambda x: x[:2], reverse=True)]


def backup_id(path: Path) -> str:
    """The id a user types: the stamp (and counter) of the file name."""
    return path.stem.split("-", 2)[2]


def find_backup(db_path: Path, wanted: str) -> Path:
    for _stamp, path in list_backups(db_path):
        if backup_id(path) == wanted or path.name == wanted:
            return path
    raise BackupError(f"No backup {wanted!r}; `countdown backup list` shows the ids.")


def make_backup(db_path: Path, version: int, now: datetime) -> Path:
    """Copy the last committed state of `db_path` (readers never block in WAL mode)."""
    folder = backups_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, f"launches-v{version}-{now.astimezone(UTC).strftime(STAMP_FORMAT)}")
    _copy_database(db_path, target)
    _rotate(db_path)
    return target


def _rotate(db_path: Path) -> None:
    """Keep the newest KEEP_RECENT, plus the newest backup of each of the last KEEP_DAYS days."""
    backups = list_backups(db_path)
    keep = {path for _stamp, path in backups[:KEEP_RECENT]}
    days: dict[object, Path] = {}
    for stamp, path in backups:
        days.setdefault(stamp.date(), path)
    keep.update(list(days.values())[:KEEP_DAYS])
    for _stamp, path in backups:
        if path not in keep:
            path.unlink(missing_ok=True)


def _copy_database(source: Path, target: Path) -> None:
    """Copy via a temporary name, check it, fsync and rename, so a killed or bad copy never
    looks like a finished one."""
    partial = target.with_name(f"{target.name}.{os.getpid()}.partial")
    try:
        src = sqlite3.connect(source, timeout=5.0)
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # one self-contained file, no -wal
        finally:
            dst.close()
            src.close()
        if not is_healthy(partial):
            raise BackupError(f"the copy of {source} did not pass its check")
        _fsync(partial)
        partial.replace(target)
        _fsync(target.parent)
    finally:
        partial.unlink(missing_ok=True)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def is_damage(error: sqlite3.DatabaseError) -> bool:
    """Corrupt or not a database; "locked" and friends are not damage."""
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:  # errors raised by the sqlite3 module itself carry no code
        return not isinstance(error, sqlite3.OperationalError)
    return code & 0xFF in _DAMAGE_CODES


def _connect_read_only(db_path: Path) -> sqlite3.Connection:
    """Read-only, so closing it never checkpoints into or deletes the -wal of a damaged file."""
    return sqlite3.connect(f"{db_path.absolute().as_uri()}?mode=ro", uri=True, timeout=5.0)


def is_healthy(db_path: Path) -> bool:
    """True when `PRAGMA quick_check` says ok; damage -> False; other errors propagate."""
    conn = _connect_read_only(db_path)
    try:
        rows = conn.execute("PRAGMA quick_check").fetchall()
        return rows == [("ok",)]
    except sqlite3.DatabaseError as error:
        if is_damage(error):
            return False
        raise
    finally:
        conn.close()


def quarantine(db_path: Path, now: datetime) -> Path:
    """Move the damaged file and its -wal/-shm aside; returns the new path of the main file."""
    folder = quarantine_dir(db_path)
    folder.mkdir(parents=True, exist_ok=True)
    target = _free_name(folder, f"launches-{now.astimezone(UTC).strftime(STAMP_FORMAT)}")
    # Companions first: if we are killed midway, the damaged main file is still in place (and is
    # found again next time) instead of a stray -wal waiting to be replayed into a fresh file.
    for suffix in SIDE_FILES:
        side = db_path.with_name(db_path.name + suffix)
        if side.exists():
            side.replace(target.with_name(target.name + suffix))
    db_path.replace(target)
    return target


def restore_newest(db_path: Path) -> tuple[datetime, Path] | None:
    """Copy the newest healthy backup to `db_path`; None when there is none."""
    for stamp, path in list_backups(db_path):
        with contextlib.suppress(sqlite3.DatabaseError):
            if is_healthy(path):
                _copy_database(path, db_path)
                return stamp, path
    return None


def _is_emptied(db_path: Path) -> bool:
    """An empty file although backups exist: the store never leaves an empty file behind."""
    if not list_backups(db_path):
        return False
    conn = _connect_read_only(db_path)
    try:
        return int(conn.execute("PRAGMA page_count").fetchone()[0]) == 0
    finally:
        conn.close()


def recover_if_damaged(db_path: Path, now: datetime) -> str | None:
    """Quarantine a damaged file and restore a backup; returns the message for the user."""
    if not db_path.exists() or (is_healthy(db_path) and not _is_emptied(db_path)):
        return None
    moved = quarantine(db_path, now)
    restored = restore_newest(db_path)
    if restored is None:
        return (
            f"The database was damaged and was moved to {moved}; "
            "no backup was available, so the list starts empty."
        )
    stamp, path = restored
    return (
        f"The database was damaged and was moved to {moved}; "
        f"restored the backup from {stamp:%Y-%m-%d %H:%M} UTC ({path})."
    )


def backup_is_due(db_path: Path, now: datetime, max_age_hours: float = 24.0) -> bool:
    backups = list_backups(db_path)
    if not backups:
        return True
    return (now - backups[0][0]).total_seconds() >= max_age_hours * 3600
