"""The store's table layout: the DDL of each schema version and the migrations between them.

Schema history (kept in `PRAGMA user_version`):
  v1  launches only; window bounds as plain ISO text (offset inside the text), no tags/prefs,
      no history, no alert ledger.
  v2  aware instants as UTC text plus their original offset and zone key, tags and
      per-launch prefs as JSON, the revisions (slip history), delivered, snoozes and settings tables.
  v3  subscriptions: sources, source_items (what each source said last about each of
      its items, and the launch tracking it) and the inbox (see store/sources.py).
  v4  (current) notices: what a process that changed a launch on its own (a source refresh in a
      terminal or cron) has to tell the user; the app tells each once, through the ledger.

A fresh database runs every migration from 0, so new and migrated files have the same shape.
Migrations run inside the caller's transaction; the caller backs the file up first.
How a row maps to a Launch is store_rows.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from countdown.core.model import Window
from countdown.core.store.rows import WINDOW_COLUMNS, window_columns, window_to_json

CURRENT_VERSION = 4

V1_DDL = """
CREATE TABLE launches (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    when_text TEXT NOT NULL,
    base TEXT NOT NULL,
    win_start TEXT NOT NULL,
    win_end TEXT NOT NULL,
    win_grain TEXT NOT NULL,
    win_label TEXT NOT NULL,
    win_tz TEXT,
    status TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    updated TEXT NOT NULL
);
"""

V2_DDL = """
ALTER TABLE launches ADD COLUMN win_start_offset_s INTEGER;
ALTER TABLE launches ADD COLUMN win_end_offset_s INTEGER;
ALTER TABLE launches ADD COLUMN win_zone TEXT;
ALTER TABLE launches ADD COLUMN tags TEXT NOT NULL DEFAULT '[]';
ALTER TABLE launches ADD COLUMN prefs TEXT;
CREATE INDEX launches_by_start ON launches (win_start, id);
CREATE TABLE revisions (
    launch_id INTEGER NOT NULL REFERENCES launches (id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    at TEXT NOT NULL,
    when_text TEXT NOT NULL,
    window TEXT NOT NULL,
    status TEXT NOT NULL,
    PRIMARY KEY (launch_id, seq)
);
CREATE TABLE delivered (
    key TEXT PRIMARY KEY,
    delivered_at TEXT NOT NULL,
    channel TEXT NOT NULL
);
CREATE TABLE snoozes (key TEXT PRIMARY KEY, until TEXT NOT NULL);
CREATE TABLE settings (name TEXT PRIMARY KEY, value TEXT NOT NULL);
"""

V3_DDL = """
CREATE TABLE sources (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    every_hours REAL NOT NULL,
    auto INTEGER NOT NULL,
    last_fetched TEXT,
    last_attempt TEXT,
    etag TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'new',
    error TEXT NOT NULL DEFAULT '',
    failures INTEGER NOT NULL DEFAULT 0,
    created TEXT NOT NULL
);
CREATE TABLE source_items (
    source_id INTEGER NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    launch_id INTEGER REFERENCES launches (id) ON DELETE SET NULL,
    seen TEXT NOT NULL,
    PRIMARY KEY (source_id, item_key)
);
CREATE INDEX source_items_by_launch ON source_items (launch_id);
CREATE TABLE inbox (
    id INTEGER PRIMARY KEY,
    source_id INTEGER REFERENCES sources (id) ON DELETE CASCADE,
    item_key TEXT NOT NULL,
    kind TEXT NOT NULL,
    launch_id INTEGER REFERENCES launches (id) ON DELETE CASCADE,
    item TEXT NOT NULL,
    summary TEXT NOT NULL,
    state TEXT NOT NULL,
    created TEXT NOT NULL,
    decided TEXT
);
CREATE INDEX inbox_by_state ON inbox (state, id);
"""

V4_DDL = """
CREATE TABLE notices (
    key TEXT PRIMARY KEY,
    at TEXT NOT NULL,
    launch_name TEXT NOT NULL,
    old_window TEXT NOT NULL,
    new_window TEXT NOT NULL,
    old_status TEXT NOT NULL,
    new_status TEXT NOT NULL,
    source_name TEXT NOT NULL
);
"""

# --- migrations -----------------------------------------------------------------------------


def run_script(conn: sqlite3.Connection, script: str) -> None:
    """Run DDL statement by statement: executescript() would COMMIT the caller's transaction."""
    for statement in script.split(";"):
        if statement.strip():
            conn.execute(statement)


def _create_v1(conn: sqlite3.Connection) -> None:
    run_script(conn, V1_DDL)


def _v1_to_v2(conn: sqlite3.Connection) -> None:
    """Split aware bounds into UTC + offset, add the new tables, seed revision 1 per launch."""
    run_script(conn, V2_DDL)
    rows = conn.execute(
        "SELECT id, win_start, win_end, win_grain, win_label, win_tz, when_text, status, updated"
        " FROM launches"
    ).fetchall()
    for launch_id, start, end, grain, label, tz, when_text, status, updated in rows:
        window = Window.from_dict(
            {"start": start, "end": end, "grain": grain, "label": label, "tz": tz}
        )
        conn.execute(
            f"UPDATE launches SET ({WINDOW_COLUMNS}) = (?, ?, ?, ?, ?, ?, ?, ?) WHERE id = ?",
            (*window_columns(window), launch_id),
        )
        conn.execute(
            "INSERT INTO revisions (launch_id, seq, at, when_text, window, status)"
            " VALUES (?, 1, ?, ?, ?, ?)",
            (launch_id, updated, when_text, window_to_json(window), status),
        )


def _v2_to_v3(conn: sqlite3.Connection) -> None:
    """New tables only: existing launches are untouched (they came from no source)."""
    run_script(conn, V3_DDL)


def _v3_to_v4(conn: sqlite3.Connection) -> None:
    """A new table only."""
    run_script(conn, V4_DDL)


MIGRATIONS: list[Callable[[sqlite3.Connection], None]] = [
    _create_v1,
    _v1_to_v2,
    _v2_to_v3,
    _v3_to_v4,
]
"""MIGRATIONS[n] takes a database from version n to n + 1."""
assert len(MIGRATIONS) == CURRENT_VERSION


def user_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate_step(conn: sqlite3.Connection, version: int) -> None:
    """Take the database from `version` to `version + 1` (inside the caller's transaction)."""
    MIGRATIONS[version](conn)
    conn.execute(f"PRAGMA user_version = {version + 1}")
