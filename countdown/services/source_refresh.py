"""Refreshing sources from the desktop app: on a schedule, at start and on demand — never on the
GUI thread.

- **When.** An APScheduler interval job (the same lean QtScheduler the alerts use) ticks every
  `min(3 h, the shortest source interval)`, jittered by a tenth so many users never hit a server
  together; each tick refreshes the sources that are due (`is_due`: their own `every_hours`, with
  backoff after errors). The app also asks once shortly after the first tray paint, and the user
  can ask any time ("Refresh now"). The job only emits a signal, like every job of ours. With no
  source there is no job: APScheduler and the readers (feedparser, icalendar, HTTP, TLS,
  multiprocessing: ~12 MiB of RSS) load with the first source, never in an app without one.
- **Where.** A worker thread with its own store connection (SQLite connections are per thread)
  fetches and applies; reading the bodies (feedparser, icalendar, the news extractor: pure Python,
  seconds of CPU for a big refresh) runs in a helper process, so it never holds this process's
  GIL — on a busy machine a GIL holder that the OS preempts would freeze the event loop for a
  whole time slice. The helper starts with the first body to read and stays for later
  refreshes. The GUI thread only receives the reports (a queued signal). The
  store's commits reach every view through the one change path (services/changes.py), like a
  CLI's. One refresh at a time: a request while one runs is merged into it.
- **Telling.** When a tracked launch moved (an auto source's revision, or a slip waiting in the
  inbox), one desktop notification says so — "Kestrel moved to Q3 2027 — per Gadget Wire" —
  recorded in the delivery ledger under the revision's or inbox item's key, so it is never shown
  twice, not even after a restart. The text is worded when told, in the app's language
  (`wording`, set again on a language switch), from the move's data, whoever stored it.
  Offline or failing sources are silent (their status says it).
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal, Slot

from countdown.core.clock import Clock
from countdown.core.model import Launch
from countdown.core.news.slip import inbox_notice
from countdown.core.source import DEFAULT_EVERY_HOURS, FeedItem, InboxKind, SourceKind
from countdown.core.store import Store, StoreError
from countdown.core.wording import ENGLISH, Wording

if TYPE_CHECKING:  # loaded with the first refresh: the readers, HTTP, TLS, multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from countdown.integrations.sources.refresh import SourceReport

log = logging.getLogger(__name__)

JOB_ID = "refresh-sources"
# While the worker reads feeds (pure Python: feedparser, icalendar, the extractor) it holds the
# GIL; the GUI thread waits up to the switch interval (5 ms by default) each time it needs it back,
# several times per event-loop turn. 1 ms keeps the loop's stalls under a frame (bench/sources.py).
SWITCH_INTERVAL_S = 0.001
READ_TIMEOUT_S = 120.0  # one body (≤ 5 MB) read in the helper process
JITTER_SHARE = 0.1
Notify = Callable[[str, str, Callable[[bool], None]], None]  # (title, body, done)


class SourceRefresher(QObject):
    """Runs `refresh_all` in a worker thread; `finished(reports)` arrives in the GUI thread."""

    started = Signal()
    finished = Signal(object)  # list[SourceReport]
    _tick = Signal()  # from APScheduler's worker: refresh what is due
    _done = Signal(object)  # from our worker thread

    def __init__(self, store: Store, clock: Clock, *, notify: Notify | None = None,
                 parent: QObject | None = None, get: Any = None,
                 in_process: bool = False, wording: Wording = ENGLISH) -> None:  # fmt: skip
        from PySide6.QtCore import Qt

        super().__init__(parent)
        self._store, self._clock, self._notify, self._get = store, clock, notify, get
        self.wording = wording  # the notifications' language: the app's (set again on a switch)
        self._path = Path(store.path)
        self._thread: threading.Thread | None = None
        self._again: bool | None = None  # a request that came while running (due_only)
        self._scheduler: Any = None  # APScheduler's, made with the first source's job
        self._started = False
        self._interval_h = 0.0  # of the interval job; 0: none
        self._switch_s = sys.getswitchinterval()
        self._pool: ProcessPoolExecutor | None = None
        self._in_process = in_process
        self._telling: set[str] = set()  # notification keys sent, not yet answered
        queued = Qt.ConnectionType.QueuedConnection
        self._tick.connect(lambda: self.refresh(due_only=True), queued)
        self._done.connect(self._on_done, queued)

    @property
    def running(self) -> bool:
        return self._thread is not None

    def start(self) -> None:
        """Follow the sources' intervals from now on (after the first paint). The interval job,
        and APScheduler with it, exists only while there is a source: an app without sources
        never loads it, nor the readers (feedparser, icalendar, TLS)."""
        self._started = True
        self.reschedule()

    def catch_up(self) -> None:
        """At start: refresh the due sources (what moved is told when that ends); with no
        source, no worker — only tell what another process's refresh moved."""
        if self._store.list_sources():
            self.refresh(due_only=True)
        else:
            self.tell_moves()

    def reschedule(self) -> None:
        """Tick as often as the most frequent source wants (at most every 3 h); no source, no
        tick."""
        if not self._started:
            return
        sources = self._store.list_sources()
        if not sources:
            if self._scheduler is not None and self._interval_h:
                self._scheduler.remove_job(JOB_ID)
            self._interval_h = 0.0
            return
        hours = min([DEFAULT_EVERY_HOURS] + [s.every_hours for s in sources])
        if hours == self._interval_h:
            return
        from apscheduler.triggers.interval import IntervalTrigger

        if self._scheduler is None:
            from countdown.services.scheduler import _make_scheduler

            self._scheduler = _make_scheduler()
            self._scheduler.start()
        self._interval_h = hours
        trigger = IntervalTrigger(hours=hours, jitter=int(hours * 3600 * JITTER_SHARE),
                                  timezone=UTC)  # fmt: skip
        self._scheduler.add_job(self._tick.emit, trigger, id=JOB_ID, replace_existing=True)

    def store_changed(self) -> None:
        """Sources may have been added or changed (Preferences, the CLI): follow their intervals,
        fetch a source never fetched yet right away, and tell what another process's refresh
        moved."""
        self.reschedule()
        self.tell_moves()
        if self._thread is None and any(s.last_attempt is None for s in self._store.list_sources()):
            self.refresh(due_only=True)

    def refresh(self, *, due_only: bool = False) -> None:
        """Refresh now (every source, or the due ones) unless one runs: then once more after."""
        if self._thread is not None:
            self._again = due_only if self._again is None else (self._again and due_only)
            return
        self._switch_s = sys.getswitchinterval()
        sys.setswitchinterval(SWITCH_INTERVAL_S)  # the GUI thread gets the GIL back sooner
        self._thread = threading.Thread(
            target=self._work, args=(due_only,), name="refresh-sources", daemon=True
        )
        self.started.emit()
        self._thread.start()

    def _work(self, due_only: bool) -> None:
        """The worker thread: its own connection; any failure becomes an empty report list."""
        from countdown.integrations.sources.refresh import refresh_all

        reports: list[SourceReport] = []
        try:
            store = Store(self._path, clock=self._clock)
            try:
                extra: dict[str, Any] = {"get": self._get} if self._get else {}
                if not self._in_process:
                    extra["read"] = self._read_elsewhere
                reports = refresh_all(store, now=self._clock(), due_only=due_only, **extra)
            finally:
                store.close()
        except Exception:  # the app must go on; the sources keep their last status
            log.exception("refreshing sources failed")
        self._done.emit(reports)

    def _read_elsewhere(self, kind: SourceKind, body: bytes,
                        now: datetime) -> tuple[list[FeedItem], list[str]]:  # fmt: skip
        """`read_body` in the helper process (started on first use, spawned: no Qt in it)."""
        from concurrent.futures import ProcessPoolExecutor
        from concurrent.futures import TimeoutError as FutureTimeout
        from concurrent.futures.process import BrokenProcessPool
        from multiprocessing import get_context

        from countdown.integrations.sources.http_get import FetchError
        from countdown.integrations.sources.refresh import read_body

        if self._pool is None:
            self._pool = ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn"))
        try:
            return self._pool.submit(read_body, kind, body, now).result(timeout=READ_TIMEOUT_S)
        except (BrokenProcessPool, FutureTimeout) as error:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
            raise FetchError(f"Reading the answer failed ({type(error).__name__}).") from None

    @Slot(object)
    def _on_done(self, reports: list[SourceReport]) -> None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
            sys.setswitchinterval(self._switch_s)
        self.tell_moves()
        self.reschedule()
        self.finished.emit(reports)
        again, self._again = self._again, None
        if again is not None:
            self.refresh(due_only=again)

    def tell_moves(self) -> None:
        """One notification per move, through the ledger (never twice, even after a restart):
        the store's notices — whoever refreshed, this app, another or `countdown refresh` — and
        the slips waiting in the inbox."""
        if self._notify is None:
            return
        untold = [n for n in self._store.untold_notices(self._clock()) if self._untold(n.key)]
        for notice in untold:
            self._send(notice.key, *notice.words(self.wording))
        for item in self._store.inbox(kind=InboxKind.SLIP):
            key = f"source-slip:{item.id}"
            if item.kind is InboxKind.SLIP and self._untold(key):
                self._send(key, *inbox_notice(item, self._launch(item.launch_id), self.wording))

    def _untold(self, key: str) -> bool:
        return key not in self._telling and not self._store.is_delivered(key)

    def _launch(self, launch_id: int | None) -> Launch | None:
        """The launch a slip is about, as it is now; None when it is gone or does not read."""
        try:
            return self._store.get(launch_id) if launch_id is not None else None
        except StoreError:
            return None

    def _send(self, key: str, title: str, body: str) -> None:
        def done(ok: bool) -> None:
            if ok:
                self._store.mark_delivered(key, at=self._clock(), channel="source")
            self._telling.discard(key)

        # Until the server answers, a store change (even our own commit) must not tell it again.
        self._telling.add(key)
        assert self._notify is not None
        self._notify(title, body, done)

    def stop(self) -> None:
        """Stop the job; a refresh under way finishes its current source (bounded by the
        fetch deadline) in its daemon thread."""
        if self._scheduler is not None:
            self._scheduler.shutdown(wait=False)
            self._scheduler = None
        if self._thread is not None:
            self._thread.join(timeout=1)
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


def notifier_sender(channels: list[Any]) -> Notify:
    """Send through the first notification channel that works (the alerts' channels)."""

    def send(title: str, body: str, done: Callable[[bool], None], index: int = 0) -> None:
        if index >= len(channels):
            done(False)
            return
        channels[index].send(
            title, body, lambda ok: done(True) if ok else send(title, body, done, index + 1)
        )

    return send
