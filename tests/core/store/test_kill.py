"""SIGKILL a writer at random moments: the file stays healthy and every acknowledged add survives.

A child process adds launches (and updates every third one) in a tight loop, printing each id only
after `add()` returned. The parent kills it after a random delay, sometimes before the child even
finished opening the store (open/migrate/backup paths), mostly while it is writing.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[3]

CHILD = """
import sys
from datetime import UTC, date, datetime
from pathlib import Path

from countdown.core.model import Grain, Launch, Status, Window
from countdown.core.store import Store

store = Store.open(Path(sys.argv[1]), clock=lambda: datetime.now(UTC))
window = Window(date(2027, 7, 1), date(2027, 7, 31), Grain.MONTH, "July 2027")
n = 0
while True:
    n += 1
    saved = store.add(Launch(f"launch {n}", "July 2027", datetime(2026, 11, 24, 9), window,
                             notes="x" * (n % 700), tags=("kill", str(n))))
    if n % 3 == 0:
        store.update(saved.id, status=Status.CONFIRMED, notes="updated")
    print(saved.id, flush=True)
"""


def run_and_kill(script: Path, home: Path, rng: random.Random) -> tuple[list[int], bool]:
    """One child life; returns the acknowledged ids and whether it was killed mid-writing."""
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    child = subprocess.Popen(
        [sys.executable, str(script), str(home)], stdout=subprocess.PIPE, env=env, cwd=REPO
    )
    assert child.stdout is not None
    writing = rng.random() < 0.85
    if writing:
        first = child.stdout.readline()  # returns once the child is writing
        time.sleep(rng.uniform(0.0, 0.06))
    else:
        time.sleep(rng.uniform(0.0, 0.15))
        first = b""
    child.send_signal(signal.SIGKILL)
    output = first + child.stdout.read()
    child.wait()
    assert child.returncode == -signal.SIGKILL, "the child died on its own"
    lines = output.decode().split("\n")[:-1]  # the last piece may be a half-written line
    return [int(line) for line in lines if line.isdigit()], writing


def kill_repeatedly(tmp_path: Path, kills: int, seed: int) -> None:
    print(f"kill test seed={seed}")  # shown by pytest when the test fails
    rng = random.Random(seed)
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    home = tmp_path / "home"
    acknowledged: list[int] = []
    mid_write = 0
    for _ in range(kills):
        ids, writing = run_and_kill(script, home, rng)
        acknowledged += ids
        mid_write += writing
    conn = sqlite3.connect(home / "launches.sqlite3")
    try:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
        stored = {row[0] for row in conn.execute("SELECT id FROM launches")}
        revisions = conn.execute("SELECT count(*) FROM revisions WHERE seq = 1").fetchone()[0]
    finally:
        conn.close()
    assert mid_write >= kills // 2
    assert len(acknowledged) > kills, "the children hardly wrote anything"
    assert set(acknowledged) <= stored, f"lost: {sorted(set(acknowledged) - stored)[:10]}"
    assert revisions == len(stored), "a launch was saved without its first revision"
    assert not (home / "quarantine").exists(), "a healthy file was taken for damaged"


def test_kill_during_writes_loses_nothing_acknowledged(tmp_path: Path) -> None:
    kill_repeatedly(tmp_path, kills=25, seed=int(time.time()))


@pytest.mark.slow
def test_kill_during_writes_many_times(tmp_path: Path) -> None:
    kill_repeatedly(tmp_path, kills=200, seed=int(time.time()))
