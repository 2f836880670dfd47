"""Alert timing and replan cost, each against a baseline measured in the same run.

    .venv/bin/python bench/alerts.py [--alerts 60] [--launches 10000]

1. Lateness of alerts fired through our AlertScheduler (APScheduler on one QTimer, job → worker
   thread → queued signal → GUI thread), from due time to the `alert_due` slot, over --alerts
   alerts spread over ~3 s. Baselines in the same run: a bare PreciseTimer QTimer.singleShot per
   alert, and APScheduler's stock QtScheduler. Targets: median ≤ 5 ms, max ≤ 50 ms.
2. AlertService.replan() with --launches launches in a real SQLite store: the first replan at
   start, a replan after an edit (re-reads the launches: list, plan, ledger filter, diff the
   scheduler's jobs), and the service's own replans that reuse what it read (clock jump, snooze,
   pause, horizon). Baseline: `store.list_launches()` alone. Target: replan ≤ 50 ms.

3. What starting the scheduler adds to a running Qt app (fresh process, QApplication already
   up): wall time and RSS of `AlertScheduler().start()` (the APScheduler import), vs creating
   the QApplication in the same process as the baseline.

Qt runs offscreen; no desktop is needed.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QTimer  # noqa: E402

from countdown.services.scheduler import AlertScheduler  # noqa: E402


def spin(ms: int) -> None:
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def due_times(n: int, start_s: float = 0.5, spread_s: float = 3.0) -> list[float]:
    """n wall-clock instants, irregularly spaced (not on timer-tick multiples)."""
    now = time.time()
    return [now + start_s + spread_s * i / n + (i * 7 % 11) / 1000 for i in range(n)]


def stats(lateness_ms: list[float]) -> tuple[float, float]:
    return statistics.median(lateness_ms), max(lateness_ms)


def bare_qtimer(n: int) -> list[float]:
    late: list[float] = []
    timers = []
    for due in due_times(n):
        timer = QTimer()
        timer.setSingleShot(True)
        timer.setTimerType(Qt.TimerType.PreciseTimer)
        timer.timeout.connect(lambda d=due: late.append((time.time() - d) * 1000))
        timer.start(int((due - time.time()) * 1000))
        timers.append(timer)
    spin(4000)
    return late


def through_ours(n: int) -> list[float]:
    scheduler = AlertScheduler()
    dues = {f"k{i}": t for i, t in enumerate(due_times(n))}
    late: list[float] = []
    scheduler.alert_due.connect(lambda key: late.append((time.time() - dues[key]) * 1000))
    scheduler.start()
    scheduler.set_jobs({k: datetime.fromtimestamp(t, UTC) for k, t in dues.items()})
    spin(4000)
    scheduler.shutdown()
    return late


def through_stock(n: int) -> list[float]:
    from apscheduler.schedulers.qt import QtScheduler

    scheduler = QtScheduler(timezone=UTC, job_defaults={"misfire_grace_time": None})
    late: list[float] = []
    scheduler.start()
    for i, due in enumerate(due_times(n)):
        scheduler.add_job(
            lambda d=due: late.append((time.time() - d) * 1000),
            "date",
            run_date=datetime.fromtimestamp(due, UTC),
            id=str(i),
        )
    spin(4000)
    scheduler.shutdown(wait=False)
    return late


def timed(fn: Callable[[], object], runs: int = 5) -> float:
    """Median wall time of `fn` in ms."""
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - started) * 1000)
    return statistics.median(samples)


def replan_figures(launches: int) -> tuple[float, float, float, float, int]:
    from bench.sample_data import fill_home
    from countdown.core.store import Store
    from countdown.integrations.system_clock import local_zone
    from countdown.services.alerts import AlertService
    from countdown.services.notifier import Notifier

    home = Path(tempfile.mkdtemp(prefix="bench-alerts-"))
    fill_home(home, launches, date.today())
    store = Store.open(home, clock=lambda: datetime.now(UTC))
    scheduler = AlertScheduler()
    service = AlertService(
        store, Notifier([]), scheduler, clock=lambda: datetime.now(UTC), local_tz=local_zone()
    )
    started = time.perf_counter()
    service.replan(reload_ledger=True)
    cold = (time.perf_counter() - started) * 1000
    warm = timed(service.replan)
    own = timed(lambda: service.replan(reload=False))
    listing = timed(lambda: store.list_launches(include_inactive=False))
    jobs = len(scheduler.jobs())
    store.close()
    return cold, warm, own, listing, jobs


START_COST = """
import os, sys, time
def rss_mib():
    return int(next(l for l in open("/proc/self/status") if l.startswith("VmRSS")).split()[1]) / 1024
t0, r0 = time.perf_counter(), rss_mib()
from PySide6.QtWidgets import QApplication
app = QApplication([])
t1, r1 = time.perf_counter(), rss_mib()
from countdown.services.scheduler import AlertScheduler
scheduler = AlertScheduler()
scheduler.start()
t2, r2 = time.perf_counter(), rss_mib()
print((t1 - t0) * 1000, r1 - r0, (t2 - t1) * 1000, r2 - r1)
"""


def start_cost() -> tuple[float, float, float, float]:
    """(ms, MiB) of QApplication creation and of starting the scheduler, in a fresh process."""
    import subprocess

    env = dict(os.environ, PYTHONPATH=str(ROOT))
    out = subprocess.run(
        [sys.executable, "-c", START_COST],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout.split()
    app_ms, app_mib, sched_ms, sched_mib = (float(v) for v in out)
    return app_ms, app_mib, sched_ms, sched_mib


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--alerts", type=int, default=60)
    parser.add_argument("--launches", type=int, default=10_000)
    args = parser.parse_args()
    app = QCoreApplication.instance() or QCoreApplication([])
    assert app is not None

    base_med, base_max = stats(bare_qtimer(args.alerts))
    stock_med, stock_max = stats(through_stock(args.alerts))
    ours = through_ours(args.alerts)
    ours_med, ours_max = stats(ours)
    print(f"alert lateness over {len(ours)} alerts (fired {len(ours)}/{args.alerts}):")
    print(f"  bare QTimer (baseline)  median {base_med:6.2f} ms   max {base_max:6.2f} ms")
    print(f"  stock QtScheduler       median {stock_med:6.2f} ms   max {stock_max:6.2f} ms")
    print(
        f"  AlertScheduler (ours)   median {ours_med:6.2f} ms   max {ours_max:6.2f} ms   "
        f"targets ≤ 5 / ≤ 50 ms: {'OK' if ours_med <= 5 and ours_max <= 50 else 'MISSED'}"
    )
    print(
        f"  ours − baseline         median {ours_med - base_med:+6.2f} ms   "
        f"max {ours_max - base_max:+6.2f} ms"
    )

    cold, warm, own, listing, jobs = replan_figures(args.launches)
    print(f"replan with {args.launches} launches ({jobs} jobs within the horizon):")
    print(f"  list_launches (baseline) {listing:7.1f} ms")
    verdict = {True: "OK", False: "MISSED"}
    print(f"  replan after start       {cold:7.1f} ms   ({cold / listing:.1f} × baseline)")
    print(
        f"  replan after an edit     {warm:7.1f} ms   ({warm / listing:.1f} × baseline)   "
        f"target ≤ 50 ms: {verdict[warm <= 50]}"
    )
    print(
        f"  replan, store not re-read {own:6.1f} ms   (jump, snooze, pause, horizon)   "
        f"target ≤ 50 ms: {verdict[own <= 50]}"
    )
    print(f"  service's own share of an edit's replan: {warm - listing:.1f} ms")

    app_ms, app_mib, sched_ms, sched_mib = start_cost()
    print("starting the scheduler in a running app (fresh process):")
    print(f"  QApplication (baseline)  {app_ms:6.1f} ms  {app_mib:5.1f} MiB")
    print(
        f"  AlertScheduler.start()   {sched_ms:6.1f} ms  {sched_mib:5.1f} MiB   "
        f"({sched_ms / app_ms:.2f} × / {sched_mib / app_mib:.2f} × baseline; APScheduler pulls in "
        "asyncio and importlib.metadata)"
    )


if __name__ == "__main__":
    main()
