"""Startup, idle and filter benchmarks for the desktop app, against a bare PySide6 tray app.

    .venv/bin/python bench/startup.py [--runs 5] [--idle-s 60] [--only startup,idle,filter]

Everything runs inside a private headless desktop (Xvfb + trayer + D-Bus, tests/e2e/desktop.py),
so the tray is real. Figures, each with its baseline measured in the same run:

1. launch → tray icon shown (process spawn to the app's "tray-shown <monotonic ns>" trace line,
   COUNTDOWN_TRACE_STARTUP=1), median of --runs: bare app, ours with 0 and with 10,000 launches.
   Targets: ours(0) ≤ 1.3 × bare; ours(10,000) ≤ 1.5 × ours(0).
2. idle wake-ups per minute with the window hidden (voluntary + involuntary context switches of
   all threads, /proc/<pid>/task/*/status), ours (1,000 launches) minus bare: target ≤ 1.
3. RSS with the window hidden, ours (1,000 launches) vs bare: target ≤ bare + 20 MiB.
4. one keystroke in the search box with 10,000 launches (filter + repaint, offscreen, in this
   process): target ≤ 16 ms.

Children run with compiled bytecode, as an installed app does (pip compiles on install): the
environment's PYTHONDONTWRITEBYTECODE is dropped for them and their .pyc files go to a private
PYTHONPYCACHEPREFIX, filled by one untimed warm-up start of each program (`--no-bytecode` measures
without, compiling every module on every start).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.sample_data import fill_home  # noqa: E402
from tests.e2e.desktop import DesktopSession  # noqa: E402

BARE_APP = """
import os, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
app = QApplication(sys.argv)
app.setQuitOnLastWindowClosed(False)
pixmap = QPixmap(22, 22)
pixmap.fill(QColor("#1d4ed8"))
tray = QSystemTrayIcon(QIcon(pixmap))
tray.setToolTip("bare")
tray.show()
QTimer.singleShot(0, lambda: print(f"tray-shown {time.monotonic_ns()}", file=sys.stderr, flush=True))
sys.exit(app.exec())
"""


STAGES: dict[str, list[float]] = {}


def spawn(argv: list[str], env: dict[str, str]) -> tuple[subprocess.Popen[str], float]:
    """Start a process and wait for its "tray-shown" line; (process, ms from spawn to shown).

    Our app also traces its stages (imported, qapplication, store-open, launches-read); they
    are collected in STAGES for the breakdown."""
    start_ns = time.monotonic_ns()
    proc = subprocess.Popen(
        argv, env=env, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, cwd=ROOT
    )
    assert proc.stderr is not None
    seen = []
    for line in proc.stderr:
        if line.startswith("tray-shown "):
            threading.Thread(target=proc.stderr.read, daemon=True).start()  # keep the pipe drained
            return proc, (int(line.split()[1]) - start_ns) / 1e6
        parts = line.split()
        if len(parts) == 2 and parts[1].isdigit():
            STAGES.setdefault(parts[0], []).append((int(parts[1]) - start_ns) / 1e6)
        seen.append(line)
    raise RuntimeError(f"{argv} exited ({proc.wait()}) without a tray icon:\n{''.join(seen)}")


def stop(proc: subprocess.Popen[str]) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


def wakeups(pid: int) -> dict[str, int]:
    """Context switches per thread (threads come and go: compare thread by thread)."""
    counts = {}
    for task in Path(f"/proc/{pid}/task").iterdir():
        try:
            lines = (task / "status").read_text().splitlines()
        except OSError:
            continue
        counts[task.name] = sum(
            int(line.split()[1])
            for line in lines
            if line.startswith(("voluntary_ctxt", "nonvoluntary_ctxt"))
        )
    return counts


def wakeups_since(pid: int, before: dict[str, int]) -> int:
    after = wakeups(pid)
    return sum(n - before.get(tid, 0) for tid, n in after.items())


def rss_mib(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def startup_ms(argv: list[str], env: dict[str, str], runs: int) -> float:
    stop(spawn(argv, env)[0])  # warm-up: bytecode cache, disk cache
    STAGES.clear()
    times = []
    for _ in range(runs):
        proc, ms = spawn(argv, env)
        times.append(ms)
        stop(proc)
    return statistics.median(times)


PYCACHE: dict[str, str] = {}  # PYTHONPYCACHEPREFIX for the children, empty: no bytecode


def child_env(desk: DesktopSession, **extra: str) -> dict[str, str]:
    env = desk.child_env(**extra)
    if PYCACHE:
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env.update(PYCACHE)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def app_env(desk: DesktopSession, home: Path) -> dict[str, str]:
    return child_env(
        desk, COUNTDOWN_HOME=str(home), COUNTDOWN_TRACE_STARTUP="1", PYTHONPATH=str(ROOT)
    )


def bench_startup(desk: DesktopSession, homes: dict[int, Path], bare: list[str], runs: int) -> None:
    ours = [sys.executable, "-m", "countdown", "gui"]
    bare_ms = startup_ms(bare, child_env(desk), runs)
    empty_ms = startup_ms(ours, app_env(desk, homes[0]), runs)
    empty_stages = {k: statistics.median(v) for k, v in STAGES.items()}
    full_ms = startup_ms(ours, app_env(desk, homes[10_000]), runs)
    full_stages = {k: statistics.median(v) for k, v in STAGES.items()}
    bytecode = "with bytecode" if PYCACHE else "no bytecode cache"
    print(f"launch → tray shown (median of {runs}, {bytecode}):")
    print(f"  bare PySide6 tray app      {bare_ms:7.0f} ms")
    print(
        f"  ours, 0 launches           {empty_ms:7.0f} ms   {empty_ms / bare_ms:.2f}× bare (target ≤ 1.3)"
    )
    print(
        f"  ours, 10,000 launches      {full_ms:7.0f} ms   {full_ms / empty_ms:.2f}× empty (target ≤ 1.5)"
    )
    for name, stages in (("0", empty_stages), ("10,000", full_stages)):
        steps = "  ".join(f"{k} {v:.0f}" for k, v in stages.items())
        print(f"  stages, {name} launches (ms from spawn): {steps}")


def bench_idle(desk: DesktopSession, home: Path, bare: list[str], idle_s: float) -> None:
    ours_proc, _ = spawn([sys.executable, "-m", "countdown", "gui"], app_env(desk, home))
    bare_proc, _ = spawn(bare, child_env(desk))
    time.sleep(4.0)  # past the deferred start-up work (alert service, dateparser warm-up)
    before = {p.pid: wakeups(p.pid) for p in (ours_proc, bare_proc)}
    time.sleep(idle_s)
    per_min = {pid: wakeups_since(pid, n) * 60 / idle_s for pid, n in before.items()}
    ours_rss, bare_rss = rss_mib(ours_proc.pid), rss_mib(bare_proc.pid)
    stop(ours_proc)
    stop(bare_proc)
    extra = per_min[ours_proc.pid] - per_min[bare_proc.pid]
    print(f"idle, window hidden, 1,000 launches, over {idle_s:.0f} s:")
    print(
        f"  wake-ups/min  bare {per_min[bare_proc.pid]:6.1f}   ours {per_min[ours_proc.pid]:6.1f}"
        f"   ours − bare {extra:+.1f} (target ≤ 1)"
    )
    print(
        f"  RSS           bare {bare_rss:6.1f} MiB   ours {ours_rss:6.1f} MiB"
        f"   ours − bare {ours_rss - bare_rss:+.1f} MiB (target ≤ 20)"
    )


def bench_filter(home: Path) -> None:
    """Type into the search box of a 10,000-launch main window (offscreen, this process)."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from countdown.core.store import Store
    from countdown.integrations.system_clock import system_clock
    from countdown.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication([])
    store = Store.open(home, clock=system_clock)
    window = MainWindow(store, system_clock)
    window.reload()
    window.show()
    app.processEvents()
    # The very first keystroke also pays PySide6's lazy creation of ~50 enum types (~10 ms,
    # once per process); it is reported on its own, the target applies to typing after it.
    start = time.perf_counter()
    QTest.keyClicks(window.search, "z")
    QTest.keyClick(window.search, Qt.Key.Key_Backspace)
    window.table.viewport().repaint()
    app.processEvents()
    print(f"first keystroke of the process (cold): {(time.perf_counter() - start) * 1000:.1f} ms")
    times = []
    for key in "pixel 1" + "\b" * 7 + "q3 20":
        start = time.perf_counter()
        if key == "\b":
            QTest.keyClick(window.search, Qt.Key.Key_Backspace)
        else:
            QTest.keyClicks(window.search, key)
        window.table.viewport().repaint()
        app.processEvents()
        times.append((time.perf_counter() - start) * 1000)
        if os.environ.get("BENCH_VERBOSE"):
            print(f"  {key!r}: {times[-1]:.1f} ms, {window.proxy.rowCount()} rows")
    print(
        f"search keystroke, 10,000 launches: median {statistics.median(times):.1f} ms, "
        f"max {max(times):.1f} ms (target ≤ 16)"
    )
    window.close()
    store.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--idle-s", type=float, default=60.0)
    parser.add_argument("--only", default="startup,idle,filter", help="comma-separated parts")
    parser.add_argument("--no-bytecode", action="store_true", help="children compile every start")
    args = parser.parse_args()
    parts = set(args.only.split(","))
    with tempfile.TemporaryDirectory(prefix="countdown-bench-") as tmp:
        if not args.no_bytecode:
            PYCACHE["PYTHONPYCACHEPREFIX"] = str(Path(tmp) / "pycache")
        homes = {n: Path(tmp) / f"home-{n}" for n in (0, 1_000, 10_000)}
        for n, home in homes.items():
            fill_home(home, n, date.today())
        bare_file = Path(tmp) / "bare_tray.py"
        bare_file.write_text(BARE_APP)
        bare = [sys.executable, str(bare_file)]
        with DesktopSession(notifier=True) as desk:
            if "startup" in parts:
                bench_startup(desk, homes, bare, args.runs)
            if "idle" in parts:
                bench_idle(desk, homes[1_000], bare, args.idle_s)
        if "filter" in parts:
            bench_filter(homes[10_000])
    return 0


if __name__ == "__main__":
    sys.exit(main())
