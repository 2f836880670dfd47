"""Several processes on one file (GUI + CLI): waits instead of "database is locked", exactly-once
delivery under a race, and a v1 file opened by several processes at once migrates once."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import date, datetime
from pathlib import Path

from countdown.core.model import Grain, Launch, Window
from countdown.core.store import Store
from tests.conftest import FrozenClock
from tests.core.store.test_store_migration import build_v1

REPO = Path(__file__).resolve().parents[3]

RACER = """
import sys
from datetime import UTC, datetime
from pathlib import Path
from countdown.core.store import Store

store = Store.open(Path(sys.argv[1]), clock=lambda: datetime.now(UTC))
won = [k for k in range(150) if store.mark_delivered(f"alert-{k}", at=datetime.now(UTC),
                                                     channel=sys.argv[2])]
print(" ".join(map(str, won)))
"""


def spawn(tmp_path: Path, script: str, *args: str) -> subprocess.Popen[str]:
    path = tmp_path / "script.py"
    if not path.exists():
        path.write_text(script)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, str(path), *args], stdout=subprocess.PIPE, text=True, env=env
    )


def test_a_writer_waits_for_another_processes_transaction(home: Path, clock: FrozenClock) -> None:
    window = Window(date(2027, 1, 1), date(2027, 1, 1), Grain.DAY, "Jan 1, 2027")
    with Store.open(home, clock=clock) as gui:
        blocker = sqlite3.connect(
            home / "launches.sqlite3", isolation_level=None, check_same_thread=False
        )
        blocker.execute("BEGIN IMMEDIATE")
        release = threading.Timer(0.4, lambda: blocker.execute("COMMIT"))
        release.start()
        started = time.monotonic()
        saved = gui.add(Launch("waits", "Jan 1", datetime(2026, 11, 24, 9), window))
        waited_s = time.monotonic() - started
        release.join()
        blocker.close()
        assert gui.get(saved.id or 0).name == "waits"
        assert waited_s >= 0.3


def test_opening_an_old_journal_mode_file_waits_for_another_processes_write(
    home: Path, clock: FrozenClock
) -> None:
    """Switching a file to WAL needs it whole, and SQLite does not wait (no busy handler) for
    that: a process opening the v1 file while another writes it (or switches it) was refused at
    once with "stayed locked" — the migrate-once race below failed so under load."""
    build_v1(home)
    blocker = sqlite3.connect(home / "launches.sqlite3", isolation_level=None,
                              check_same_thread=False)  # fmt: skip
    blocker.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.4, lambda: blocker.execute("COMMIT"))
    release.start()
    started = time.monotonic()
    with Store.open(home, clock=clock) as store:
        waited_s = time.monotonic() - started
        assert [x.id for x in store.list_launches()] == [5, 8, 3]
    release.join()
    blocker.close()
    assert waited_s >= 0.3


def test_delivery_race_between_processes_delivers_each_alert_once(tmp_path: Path, home: Path,
                                                                  clock: FrozenClock) -> None:  # fmt: skip
    Store.open(home, clock=clock).close()
    racers = [spawn(tmp_path, RACER, str(home), f"proc{n}") for n in range(4)]
    outputs = [racer.communicate(timeout=60)[0] for racer in racers]
    assert all(racer.returncode == 0 for racer in racers)
    won = [int(k) for out in outputs for k in out.split()]
    assert sorted(won) == list(range(150))
    with Store.open(home, clock=clock) as store:
        assert len(store.delivered_keys()) == 150


def test_v1_file_opened_by_several_processes_migrates_once(tmp_path: Path, home: Path,
                                                           clock: FrozenClock) -> None:  # fmt: skip
    build_v1(home)
    openers = [spawn(tmp_path, RACER, str(home), f"proc{n}") for n in range(3)]
    for opener in openers:
        opener.communicate(timeout=60)
        assert opener.returncode == 0
    with Store.open(home, clock=clock) as store:
        assert [x.id for x in store.list_launches()] == [5, 8, 3]
        assert [len(store.history(n)) for n in (3, 5, 8)] == [1, 1, 1]
    assert len(list((home / "backups").glob("launches-v1-*.sqlite3"))) == 1
