"""Source refresh benchmark: wall time and the GUI event loop's longest stall during a refresh.

    .venv/bin/python bench/sources.py [--sources 20] [--items 50]

Feeds are generated (news feeds, calendars and Launch Library 2 lists in turn, `--items` launches
each) and served by `python -m http.server` in its own process on loopback, so the server never
competes for this process's GIL. The app's SourceRefresher runs the refresh (worker thread, own
store connection, bodies read in its helper process — or in the worker thread with --in-process,
to compare) while a 1 ms PreciseTimer in the GUI thread records the gaps between its ticks.

Baselines measured in the same run: the same timer with nothing running (the idle event loop's
longest gap), and the bare fetch of every feed with urllib (no reading, no store). Printed: the
first refresh (everything new), a second one (all 304 Not Modified), the longest and 99th
percentile gaps, and the ratios. Goal: longest gap ≤ 16 ms (one frame).
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QElapsedTimer, Qt, QTimer  # noqa: E402

from countdown.core.source import Source, SourceKind  # noqa: E402
from countdown.core.store import Store  # noqa: E402
from countdown.services.source_refresh import SourceRefresher  # noqa: E402

KINDS = (SourceKind.RSS, SourceKind.ICS, SourceKind.LL2)
PRODUCTS = ("tablet", "headphones", "speaker", "phone", "watch", "camera", "router", "drone")


def clock() -> datetime:
    return datetime.now(UTC)


def rss(n: int, items: int) -> str:
    entries = "".join(
        f"<item><title>Model {n}-{i} {PRODUCTS[i % 8]} set for Q{1 + i % 4} 2027</title>"
        f"<guid>urn:bench:{n}:{i}</guid><pubDate>Fri, 20 Nov 2026 09:00:00 GMT</pubDate>"
        f"<description>&lt;p&gt;Vendor {n} said its Model {n}-{i} {PRODUCTS[i % 8]} will ship in "
        f"Q{1 + i % 4} 2027, with preorders opening a month before.&lt;/p&gt;</description></item>"
        for i in range(items)
    )
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Feed {n}</title>{entries}</channel></rss>'


def ics(n: int, items: int) -> str:
    events = "".join(
        f"BEGIN:VEVENT\r\nUID:bench-{n}-{i}\r\nDTSTAMP:20261120T090000Z\r\n"
        f"DTSTART;VALUE=DATE:2027{1 + i % 12:02d}{1 + i % 28:02d}\r\nSUMMARY:Launch {n}-{i}\r\nEND:VEVENT\r\n"
        for i in range(items)
    )
    return f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\n{events}END:VCALENDAR\r\n"


def ll2(n: int, items: int) -> str:
    precisions = ("Minute", "Day", "Month", "Quarter (Q2)", "Year")
    results = [
        {"id": f"bench-{n}-{i}", "name": f"Rocket {n} | Mission {i}",
         "status": {"abbrev": ("Go", "TBD", "TBC")[i % 3]},
         "net": f"2027-{1 + i % 12:02d}-{1 + i % 28:02d}T15:00:00Z",
         "net_precision": {"name": precisions[i % 5]}}
        for i in range(items)
    ]  # fmt: skip
    return json.dumps({"count": items, "next": None, "results": results})


def write_feeds(folder: Path, sources: int, items: int,
                first: int = 0) -> list[tuple[str, SourceKind]]:  # fmt: skip
    feeds = []
    for n in range(first, first + sources):
        kind = KINDS[n % 3]
        name = f"feed{n}.{ {'rss': 'xml', 'ics': 'ics', 'll2': 'json'}[kind.value] }"
        body = {"rss": rss, "ics": ics, "ll2": ll2}[kind.value](n, items)
        (folder / name).write_text(body, encoding="utf-8")
        feeds.append((name, kind))
    return feeds


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def serve(folder: Path) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1",
         "--directory", str(folder)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    base = f"http://127.0.0.1:{port}"
    for _ in range(100):
        try:
            urllib.request.urlopen(base, timeout=1).close()
            return server, base
        except OSError:
            time.sleep(0.05)
    raise SystemExit("the feed server did not start")


FRAME_MS = 16.0


@dataclass
class Phase:
    """One measured stretch: wall time and the event loop's gaps during it."""

    wall_s: float
    gaps_ms: list[float]
    result: object = None

    def line(self, label: str) -> str:
        ordered = sorted(self.gaps_ms) or [0.0]
        p99 = ordered[max(0, int(len(ordered) * 0.99) - 1)]
        over = sum(gap > FRAME_MS for gap in ordered) / max(self.wall_s, 1e-9)
        return (f"{label:<34} {self.wall_s * 1000:7.0f} ms wall   longest gap {ordered[-1]:5.1f} ms"
                f"   p99 {p99:4.1f} ms   gaps > {FRAME_MS:g} ms: {over:4.1f}/s")  # fmt: skip


class GapMeter:
    """Gaps between the ticks of a 1 ms timer in the GUI thread: how long the loop stalled."""

    def __init__(self) -> None:
        self.gaps_ms: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer(interval=1)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.timeout.connect(self._tick)

    def measure(self, app: QCoreApplication, begin: Callable[[list[object]], None],
                limit_s: float) -> Phase:  # fmt: skip
        """Run the loop until `begin`'s work appends to the list it is given (or the limit)."""
        done: list[object] = []
        self.gaps_ms = []
        self._clock.start()
        self._timer.start()
        started = time.perf_counter()
        begin(done)
        deadline = time.monotonic() + limit_s
        while not done and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.0002)
        wall_s = time.perf_counter() - started
        self._timer.stop()
        return Phase(wall_s, self.gaps_ms[1:], done[0] if done else None)

    def _tick(self) -> None:
        self.gaps_ms.append(self._clock.nsecsElapsed() / 1e6)
        self._clock.restart()


def idle(seconds: float) -> Callable[[list[object]], None]:
    return lambda done: QTimer.singleShot(int(seconds * 1000), lambda: done.append(1))


def refreshing(refresher: SourceRefresher) -> Callable[[list[object]], None]:
    def begin(done: list[object]) -> None:
        refresher.finished.connect(done.append)
        refresher.refresh()

    return begin


def add_sources(store: Store, base: str, feeds: list[tuple[str, SourceKind]]) -> None:
    for name, kind in feeds:
        store.add_source(Source(f"{base}/{name}", kind, name, auto=kind is not SourceKind.RSS))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sources", type=int, default=20)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument(
        "--in-process", action="store_true", help="read bodies in the worker thread (compare)"
    )
    args = parser.parse_args()
    app = QCoreApplication([])
    with tempfile.TemporaryDirectory() as tmp:
        folder, home = Path(tmp) / "feeds", Path(tmp) / "home"
        folder.mkdir()
        home.mkdir()
        feeds = write_feeds(folder, args.sources, args.items)
        server, base = serve(folder)
        try:
            started = time.perf_counter()
            for name, _kind in feeds:
                urllib.request.urlopen(f"{base}/{name}", timeout=10).read()
            bare_s = time.perf_counter() - started
            store = Store.open(home, clock=clock)
            add_sources(store, base, feeds)
            meter = GapMeter()
            refresher = SourceRefresher(store, clock, in_process=args.in_process)
            phases = [("idle event loop (baseline, 3 s)", meter.measure(app, idle(3.0), 10))]
            phases.append(
                ("first refresh (cold process)", meter.measure(app, refreshing(refresher), 600))
            )
            phases.append(
                ("second refresh (all 304)", meter.measure(app, refreshing(refresher), 600))
            )
            add_sources(
                store, base, write_feeds(folder, args.sources, args.items, first=args.sources)
            )
            phases.append((f"{args.sources} more sources (warm process)",
                           meter.measure(app, refreshing(refresher), 600)))  # fmt: skip
            reports = phases[1][1].result or []
            ok = sum(getattr(r, "status", "") == "ok" for r in reports)  # type: ignore[attr-defined]
            print(
                f"{args.sources} sources × {args.items} items: {ok} ok; "
                f"{len(store.list_launches())} launches tracked, {store.inbox_count()} in the inbox"
            )
            where = "the worker thread" if args.in_process else "a helper process"
            print(f"bodies read in {where} (--in-process: in the worker thread, to compare)")
            print(f"bare urllib fetch of the {args.sources} feeds: {bare_s * 1000:.0f} ms")
            for label, phase in phases:
                print(phase.line(label))
            idle_phase, first = phases[0][1], phases[1][1]
            print(
                f"first refresh: {first.wall_s / bare_s:.0f}× the bare fetch; longest gap "
                f"{max(first.gaps_ms) / max(max(idle_phase.gaps_ms), 1e-9):.1f}× the idle loop's"
            )
            store.close()
        finally:
            server.terminate()
            server.wait()


if __name__ == "__main__":
    main()
