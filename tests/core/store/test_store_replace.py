"""Store.replace swaps a launch (row and slip history, same id) in one transaction: a refused
launch, a failing write or a SIGKILL in the middle leaves the old launch whole, never none."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from countdown.core.model import Grain, Launch, Revision, Status, Window
from countdown.core.store import LaunchNotFound, Store, StoreError
from tests.conftest import FrozenClock

REPO = Path(__file__).resolve().parents[3]
JULY = Window(date(2027, 7, 1), date(2027, 7, 31), Grain.MONTH, "July 2027")
Q3 = Window(date(2027, 7, 1), date(2027, 9, 30), Grain.QUARTER, "Q3 2027")
SEEN_THERE = datetime(2026, 11, 20, 8, tzinfo=UTC)


@pytest.fixture
def store(home: Path, clock: FrozenClock) -> Iterator[Store]:
    with Store.open(home, clock=clock) as opened:
        yield opened


def saved_with_history(store: Store) -> Launch:
    saved = store.add(Launch("Pixel 11", "July 2027", datetime(2026, 11, 24, 9), JULY))
    return store.update(saved.id or 0, status=Status.CONFIRMED)


def their_version(mine: Launch) -> Launch:
    """What sync builds: the other side's fields and stamp, both histories merged."""
    slipped = Revision(3, SEEN_THERE, "Q3 2027", Q3, Status.CONFIRMED)
    return mine.with_changes(
        when_text="Q3 2027", window=Q3, notes="from the phone", updated=SEEN_THERE,
        revisions=(*mine.revisions, slipped),
    )  # fmt: skip


def test_replace_swaps_fields_and_history_keeping_id_and_stamps(home: Path, store: Store,
                                                                clock: FrozenClock) -> None:  # fmt: skip
    mine = saved_with_history(store)
    other = store.add(Launch("Console", "2028", datetime(2026, 11, 24, 9), Q3))
    new = their_version(mine)
    assert store.replace(new) == new
    with Store.open(home, clock=clock) as cli:
        loaded = cli.get(mine.id or 0)
        assert loaded == new
        assert [r.when_text for r in loaded.revisions] == ["July 2027", "July 2027", "Q3 2027"]
        assert loaded.updated == SEEN_THERE and loaded.created == mine.created
        assert cli.get(other.id or 0) == other
    assert [x.id for x in store.list_launches()] == [mine.id, other.id]


def test_a_refused_launch_leaves_the_old_one_whole(store: Store) -> None:
    mine = saved_with_history(store)
    backwards = Window(date(2027, 9, 30), date(2027, 7, 1), Grain.QUARTER, "backwards")
    with pytest.raises(
        StoreError, match=r"Launch 'Pixel 11', field window.end: .* is before the start"
    ):
        store.replace(their_version(mine).with_changes(window=backwards))
    assert store.get(mine.id or 0) == mine
    assert store.get(mine.id or 0).revisions == mine.revisions


def test_a_write_failing_halfway_rolls_the_removal_back(store: Store) -> None:
    """The trigger fails the revision insert, after the old row and history were deleted."""
    mine = saved_with_history(store)
    store._conn.execute(
        "CREATE TEMP TRIGGER refuse BEFORE INSERT ON revisions WHEN NEW.when_text = 'Q3 2027'"
        " BEGIN SELECT RAISE(ABORT, 'disk said no'); END"
    )
    with pytest.raises(sqlite3.IntegrityError, match="disk said no"):
        store.replace(their_version(mine))
    assert store.get(mine.id or 0) == mine
    assert store.get(mine.id or 0).revisions == mine.revisions


def test_replacing_a_launch_that_is_gone_adds_nothing(store: Store) -> None:
    mine = saved_with_history(store)
    store.remove(mine.id or 0)
    with pytest.raises(LaunchNotFound):
        store.replace(their_version(mine))
    assert store.list_launches() == []


CHILD = """
import sys
from datetime import UTC, datetime
from pathlib import Path

from countdown.core.store import Store

store = Store.open(Path(sys.argv[1]), clock=lambda: datetime.now(UTC))
launch = store.get(1)
n = 0
while True:
    n += 1
    store.replace(launch.with_changes(notes=str(n)))
    print(n, flush=True)
"""


def test_a_kill_during_replace_never_loses_the_launch(tmp_path: Path, home: Path,
                                                      store: Store) -> None:  # fmt: skip
    mine = saved_with_history(store)
    assert mine.id == 1
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for delay_s in (0.0, 0.01, 0.02, 0.035, 0.05):
        child = subprocess.Popen([sys.executable, str(script), str(home)],
                                 stdout=subprocess.PIPE, env=env, cwd=REPO)  # fmt: skip
        assert child.stdout is not None
        assert child.stdout.readline()  # the child is replacing in a loop now
        time.sleep(delay_s)
        child.send_signal(signal.SIGKILL)
        child.communicate()
        survivor = store.get(1)
        assert survivor.with_changes(notes="") == mine.with_changes(notes="")
        assert survivor.revisions == mine.revisions
