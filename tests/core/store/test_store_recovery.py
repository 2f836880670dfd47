"""Damaged files are quarantined and the newest healthy backup restored; backups are taken
after writes (here: when a writing store closes), so the restore holds everything committed."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest

from countdown.core.model import Grain, Launch, Window
from countdown.core.store import Store, schema
from countdown.core.store.backup import KEEP_DAYS, KEEP_RECENT, list_backups
from tests.conftest import FrozenClock


def launch(name: str) -> Launch:
    window = Window(date(2027, 5, 1), date(2027, 5, 31), Grain.MONTH, "May 2027")
    return Launch(name=name, when_text="May 2027", base=datetime(2026, 11, 1, 8), window=window)


def fill(home: Path, clock: FrozenClock, names: list[str]) -> None:
    with Store.open(home, clock=clock) as store:
        for name in names:
            store.add(launch(name).with_changes(notes="x" * 500))


def with_backup_of(home: Path, clock: FrozenClock, names: list[str]) -> None:
    """Launches `names`, then a day later one more launch (each close takes a backup)."""
    fill(home, clock, names)
    clock.advance(hours=25)
    fill(home, clock, [LAST])


LAST = "added a day later"


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
        assert [x.name for x in store.list_launches()] == [*NAMES, LAST]  # nothing committed lost
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
        assert len(again.list_launches()) == len(NAMES) + 2


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
        assert [x.name for x in store.list_launches()] == ["a", LAST]
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
    fill(home, clock, ["newer"])  # its close made the newest backup, holding all three
    (_stamp, newest), *_older = list_backups(home / "launches.sqlite3")
    garbage_header(newest)
    truncate(home / "launches.sqlite3")
    with Store.open(home, clock=clock) as store:
        assert [x.name for x in store.list_launches()] == ["older", LAST]
        assert "2026-11-26 14:00 UTC" in store.messages[0]


def test_an_emptied_file_counts_as_damage_when_backups_exist(
    home: Path, clock: FrozenClock
) -> None:
    with_backup_of(home, clock, ["kept"])
    (home / "launches.sqlite3").write_bytes(b"")
    with Store.open(home, clock=clock) as store:
        assert [x.name for x in store.list_launches()] == ["kept", LAST]
        assert store.messages


def test_backups_follow_writes_and_rotate_by_the_injected_clock(
    home: Path, clock: FrozenClock
) -> None:
    def backups() -> list[str]:
        return sorted(p.name for p in (home / "backups").iterdir())

    fill(home, clock, ["a"])
    assert backups() == [f"launches-v{schema.CURRENT_VERSION}-20261124T120000Z.sqlite3"]
    with Store.open(home, clock=clock) as reader:  # reading only: no new backup
        reader.list_launches()
    assert len(backups()) == 1
    for _write in range(KEEP_RECENT + 3):  # many writes on one day: the newest KEEP_RECENT
        clock.advance(minutes=1)
        fill(home, clock, ["b"])
    assert len(backups()) == KEEP_RECENT
    for _day in range(KEEP_DAYS + 2):  # one a day for a week and more: a week of days kept
        clock.advance(hours=24)
        fill(home, clock, ["c"])
    days = {name.split("-")[2][:8] for name in backups()}
    assert len(days) == KEEP_DAYS
    (_stamp, newest), *_older = list_backups(home / "launches.sqlite3")
    conn = sqlite3.connect(newest)
    try:
        assert conn.execute("PRAGMA quick_check").fetchone() == ("ok",)
        assert conn.execute("SELECT count(*) FROM launches").fetchone() == (
            1 + KEEP_RECENT + 3 + KEEP_DAYS + 2,
        )
    finally:
        conn.close()
    assert not list((home / "backups").glob("*partial*")), "no leftovers of the copies"
