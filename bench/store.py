"""Store benchmarks, each against a bare sqlite3 baseline measured in the same run and directory.

    .venv/bin/python bench/store.py [--adds 200] [--launches 10000]

1. add() latency (WAL, synchronous=FULL, launch row + revision row in one transaction) vs a bare
   INSERT + COMMIT on a WAL/FULL connection: the store's overhead over the fsync floor.
2. Store.open() on a file with --launches launches (quick_check, migration check, daily-backup
   check) vs a bare connect + SELECT count(*).
3. list_launches() of --launches launches vs a bare SELECT * fetchall(): the first call in a
   process (every row decoded) and a refresh after one launch changed (unchanged rows reused).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from countdown.core.model import Grain, Launch, Window  # noqa: E402
from countdown.core.store import Store  # noqa: E402


def clock() -> datetime:
    return datetime(2026, 11, 24, 12, tzinfo=UTC)


def sample(n: int) -> Launch:
    window = Window(date(2027, 1 + n % 12, 1), date(2027, 1 + n % 12, 28), Grain.MONTH, "month")
    return Launch(f"launch {n}", "some month", datetime(2026, 11, 24, 9), window, tags=("t",))


def median_ms(action: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times)


def bare_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, body TEXT)")
    return conn


def bench_add(folder: Path, runs: int) -> tuple[float, float]:
    bare = bare_connection(folder / "bare.sqlite3")

    def bare_insert() -> None:
        bare.execute("BEGIN IMMEDIATE")
        bare.execute("INSERT INTO t (body) VALUES (?)", ("x" * 300,))
        bare.execute("COMMIT")

    baseline = median_ms(bare_insert, runs)
    with Store(folder / "add" / "launches.sqlite3", clock=clock) as store:
        ours = median_ms(lambda: store.add(sample(1)), runs)
    return baseline, ours


def fill(path: Path, count: int) -> None:
    with Store(path, clock=clock) as store:
        store.import_data(
            {
                "format": "launch-countdown",
                "version": 1,
                "launches": [sample(n).to_dict() for n in range(count)],
            }
        )


def bench_open_and_list(folder: Path, count: int, runs: int) -> list[tuple[str, float, float]]:
    path = folder / "big" / "launches.sqlite3"
    fill(path, count)

    def bare_open() -> None:
        conn = sqlite3.connect(path)
        conn.execute("SELECT count(*) FROM launches").fetchone()
        conn.close()

    open_ours = median_ms(lambda: Store(path, clock=clock).close(), runs)
    open_bare = median_ms(bare_open, runs)
    bare = sqlite3.connect(path)
    list_bare = median_ms(lambda: bare.execute("SELECT * FROM launches").fetchall(), runs)
    fresh_stores = [Store(path, clock=clock) for _ in range(runs)]
    unused = list(fresh_stores)
    list_first = median_ms(lambda: unused.pop().list_launches(), runs)
    for store in fresh_stores:
        store.close()
    with Store(path, clock=clock) as store:
        store.list_launches()

        def refresh() -> None:
            store.update(1, notes=f"edited {time.perf_counter()}")
            store.list_launches()

        list_refresh = median_ms(refresh, runs)
    return [
        ("open", open_bare, open_ours),
        ("list_launches (first)", list_bare, list_first),
        ("update + list_launches (refresh)", list_bare, list_refresh),
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--adds", type=int, default=200)
    parser.add_argument("--launches", type=int, default=10_000)
    parser.add_argument("--dir", help="where to put the files (fsync cost depends on the disk)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        folder = Path(tmp)
        baseline, ours = bench_add(folder, args.adds)
        print(f"add (median of {args.adds}): bare {baseline:.2f} ms, store {ours:.2f} ms, "
              f"ratio {ours / baseline:.2f}")  # fmt: skip
        for name, bare, ours in bench_open_and_list(folder, args.launches, runs=7):
            print(f"{name} with {args.launches} launches: bare {bare:.2f} ms, "
                  f"store {ours:.2f} ms, ratio {ours / bare:.2f}")  # fmt: skip


if __name__ == "__main__":
    main()
