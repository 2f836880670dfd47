"""Schema migration: a v1 file (built from the fixture) opens with its data intact and a backup."""

from __future__ import annotations

import sqlite3
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from countdown.core.model import Status
from countdown.core.store import Store, StoreError, schema
from tests.conftest import FrozenClock

FIXTURE = Path(__file__).parent / "fixtures" / "schema_v1.sql"


def build_v1(home: Path) -> Path:
    path = home / "launches.sqlite3"
    conn = sqlite3.connect(path)
    conn.executescript(FIXTURE.read_text())
    conn.close()
    return path


def table_shapes(path: Path) -> dict[str, list[tuple[str, str]]]:
    conn = sqlite3.connect(path)
    try:
        tables = [n for (n,) in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        return {
            name: sorted((row[1], row[2]) for row in conn.execute(f"PRAGMA table_info({name})"))
            for name in sorted(tables)
        }
    finally:
        conn.close()


def test_fixture_matches_the_v1_ddl_the_code_knows(tmp_path: Path, home: Path) -> None:
    fresh = sqlite3.connect(tmp_path / "v1.sqlite3")
    schema.MIGRATIONS[0](fresh)
    fresh.commit()
    fresh.close()
    assert table_shapes(build_v1(home)) == table_shapes(tmp_path / "v1.sqlite3")


def test_v1_file_migrates_with_data_intact(home: Path, clock: FrozenClock) -> None:
    build_v1(home)
    with Store.open(home, clock=clock) as store:
        assert store._conn.execute("PRAGMA user_version").fetchone()[0] == schema.CURRENT_VERSION
        launches = {x.id: x for x in store.list_launches()}
        assert sorted(launches) == [3, 5, 8]  # type: ignore[type-var]
        keynote = store.get(5)
        assert keynote.window.start == datetime(2026, 12, 3, 22, 0, tzinfo=UTC)
        assert isinstance(keynote.window.start, datetime)
        assert keynote.window.start.utcoffset() == timedelta(hours=-7)
        assert (keynote.status, keynote.notes, keynote.tags) == (
            Status.ANNOUNCED,
            "bring popcorn",
            (),
        )
        assert launches[8].window.end == date(2027, 3, 31)
        assert launches[3].source == "https://example.com/pixel"
        first = keynote.revisions[0]
        assert (first.seq, first.at, first.window) == (1, keynote.updated, keynote.window)
        assert store.mark_delivered("5:day-of:1", at=clock.now, channel="popup")


def test_migration_leaves_a_v1_backup_with_the_old_data(home: Path, clock: FrozenClock) -> None:
    build_v1(home)
    Store.open(home, clock=clock).close()
    backups = sorted((home / "backups").glob("launches-v1-*.sqlite3"))
    assert [b.name for b in backups] == ["launches-v1-20261124T120000Z.sqlite3"]
    conn = sqlite3.connect(backups[0])
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM launches").fetchone()[0] == 3
    finally:
        conn.close()


def test_migrated_and_fresh_files_have_the_same_shape(tmp_path: Path, home: Path,
                                                      clock: FrozenClock) -> None:  # fmt: skip
    build_v1(home)
    Store.open(home, clock=clock).close()
    Store.open(tmp_path / "fresh", clock=clock).close()
    assert table_shapes(home / "launches.sqlite3") == table_shapes(
        tmp_path / "fresh" / "launches.sqlite3"
    )


def test_a_file_from_a_newer_version_is_refused_untouched(home: Path, clock: FrozenClock) -> None:
    path = build_v1(home)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    before = path.read_bytes()
    with pytest.raises(StoreError, match="newer Launch Countdown"):
        Store.open(home, clock=clock)
    assert path.read_bytes() == before
