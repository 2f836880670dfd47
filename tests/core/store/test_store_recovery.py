"""Damaged files are quarantined and the newest healthy backup restored; daily backups on open."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from countdown.core.model import Grain, Launch, Window
from countdown.core.store import Store
from tests.conftest import FrozenClock


def launch(name: str) -> Launch:
    window = Window(date(2027, 5, 1), date(2027, 5, 31), Grain.MONTH, "May 2027")
    return Launch(name=name, when_text="May 2027", base=datetime(2026, 11, 1, 8), window=window)


def fill(home: Path, clock: FrozenClock, names: list[str]) -> None:
    with Store.open(home, clock=clock) as store:
        for name in names:
            store.add(launch(name).with_changes(notes="x" * 500))


def with_backup_of(home: Path, clock: FrozenClock, names: list[str]) -> None:
    """Launches `names`, then a day later a daily backup of them, then one more launch."""
    fill(home, clock, names)
    clock.advance(hours=25)
    fill(home, clock, ["added after the backup"])


def truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 2])


def garbage_header(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(b"this is not sqlite at all" + data[25:])


DAMAGE: list[Callable[[Path], None]] = [truncate, garbage_header]
NAMES = [f"launch {n}" for n in range(40)]


@pytest.mark.parametrize("damage", DAMAGE, ids=["truncated", "garbage-header"])
def test_damaged_file_is_replaced_by_the_newest_backup(home: Path, clock: FrozenClock,
                                                       damage: Callable[[Path], None]) -> None:  # fmt: skip
    with_backup_of(home, clock, NAMES)
    damage(home / "launches.sqlite3")
    damaged_bytes = (home / "launches.sqlite3").read_bytes()
    clock.advance(hours=1)
    with Store.open(home, clock=clock) as store:
        assert [x.name for x in store.list_launches()] == NAMES
        assert store.get(1).revisions[0].seq == 1
        (message,) = store.messages
        assert "The database was damaged and was moved to" in message
        assert "restored the backup from 2026-11-25 13:00 UTC" in message
        store.add(launch("life goes on"))
    (moved,) = (home / "quarantine").glob("launches-*.sqlite3")
    assert str(moved) in message
    assert moved.read_bytes() == damaged_bytes
    with Store.open(home, clock=clock) as again:
        assert again.messages == []
        assert len(again.list_launches()) == len(NAMES) + 1


@pytest.mark.parametrize("damage", DAMAGE, ids=["truncated", "garbage-header"])
def test_damaged_file_without_backup_starts_empty(home: Path, clock: FrozenClock,
                                                  damage: Callable[[Path], None]) -> None:  # fmt: skip
    fill(home, clock, NAMES)
    for old in (home / "backups").iterdir():
        old.unlink()
    damage(home / "launches.sqlite3")
    with Store.open(home, clock=clock) as store:
        assert store.list_launches() == []
        (message,) = store.messages
        assert "damaged and was moved to" in message and "no backup" in message
        assert store.add(launch("fresh start")).id == 1
    assert len(list((home / "quarantine").glob("launches-*.sqlite3"))) == 1


def test_wal_and_shm_are_quarantined_with_the_file(home: Path, clock: FrozenClock) -> None:
    with_backup_of(home, clock, ["a"])
    db = home / "launches.sqlite3"
    garbage_header(db)
    for suffix in ("-wal", "-shm"):
        db.with_name(db.name + suffix).write_bytes(b"\0" * 64)
    with Store.open(home, clock=clock) as store:
        assert [x.name for x in store.list_launches()] == ["a"]
    quarantined = sorted(p.name for p in (home / "quarantine").iterdir())
    assert len(quarantined) == 3
    assert {name.rsplit(".", 1)[-1] for name in quarantined} == {
        "sqlite3",
        "sqlite3-wal",
        "sqlite3-shm",
    }


def test_a_damaged_newest_backup_is_skipped(home: Path, clock: FrozenClock) -> None:
    with_backup_of(home, clock, ["older"])
    clock.advance(hours=25)
    fill(home, clock, ["newer"])  # this open made a second daily backup holding 2 launches
    newest = max((home / "backups").iterdir())
    garbage_header(newest)
    truncate(home / "launches.sqlite3")
    with Store.open(home, clock=clock) as store:
        assert [x.name for x in store.list_launches()] == ["older"]
        assert "2026-11-25 13:00 UTC" in store.messages[0]


def test_an_emptied_file_counts_as_damage_when_backups_exist(
    home: Path, clock: FrozenClock
) -> None:
    with_backup_of(home, clock, ["kept"])
    (home / "launches.sqlite3").write_bytes(b"")
    with Store.open(home, clock=clock) as store:
        assert [x.name for x in store.list_launches()] == ["kept"]
        assert store.messages


def test_daily_backup_on_open_by_the_injected_clock(home: Path, clock: FrozenClock) -> None:
    def backups() -> list[str]:
        return sorted(p.name for p in (home / "backups").iterdir())

    fill(home, clock, ["a"])
    assert backups() == ["launches-v2-20261124T120000Z.sqlite3"]
    clock.advance(hours=23)
    fill(home, clock, ["b"])
    assert len(backups()) == 1
    for _day in range(7):
        clock.advance(hours=24)
        fill(home, clock, ["c"])
    assert len(backups()) == 5
    assert backups()[-1] == "launches-v2-20261202T110000Z.sqlite3"
    conn = sqlite3.connect(home / "backups" / backups()[-1])
    try:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM launches").fetchone() == (8,)
    finally:
        conn.close()
