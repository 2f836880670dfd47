"""An overall deadline for one sync run (issue 10): a server that trickles bytes cannot hang it.

The HTTP library's timeout is per read, so an answer that sends one byte every few seconds never
times out. Here every call to the server (connecting, reading the calendar, each write) runs in a
daemon worker thread and the sync waits for it only as long as the run's remaining budget; past
it the run stops with a SyncError. The store is only ever touched from the caller's thread, so a
stopped run leaves no half-written launch (a worker still stuck in a read dies with the process).

The server is outside data too: whatever the CalDAV library raises on an answer it cannot read
(broken XML, an entity-expansion bomb, a missing element) becomes a SyncError with the
addresses scrubbed, never a traceback.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import TypeVar

from countdown.integrations.sync import Remote, RemoteEvent, SyncError
from countdown.integrations.url_secrets import scrub

T = TypeVar("T")
SYNC_DEADLINE_S = 120.0


class Deadline:
    """A budget of `total_s` seconds from now, shared by every server call of one run."""

    def __init__(self, total_s: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.total_s, self._clock = total_s, clock
        self._ends = clock() + total_s

    def run(self, what: str, call: Callable[[], T]) -> T:
        """`call()` in a worker thread; SyncError if it is not done before the deadline."""
        outcome: list[T] = []
        failure: list[BaseException] = []

        def work() -> None:
            try:
                outcome.append(call())
            except BaseException as exc:  # handed to the caller's thread below
                failure.append(exc)

        worker = threading.Thread(target=work, name=f"sync: {what}", daemon=True)
        worker.start()
        worker.join(max(self._ends - self._clock(), 0.0))
        if worker.is_alive():
            raise SyncError(
                f"the calendar server did not finish {what} within {self.total_s:g} s; "
                "sync stopped (try again later)"
            )
        if failure:
            raise _readable(failure[0], what)
        return outcome[0]


def _readable(exc: BaseException, what: str) -> BaseException:
    if isinstance(exc, SyncError) or not isinstance(exc, Exception):
        return exc
    detail = scrub(f"{type(exc).__name__}: {exc}")
    return SyncError(f"the calendar server sent an answer that cannot be read ({what}): {detail}")


class DeadlineRemote:
    """A Remote whose every call (and its making) is bound by one Deadline."""

    def __init__(self, connect: Callable[[], Remote], deadline: Deadline) -> None:
        self._deadline = deadline
        self._remote = deadline.run("connecting", connect)
        self.key = self._remote.key

    def fetch(self) -> dict[str, RemoteEvent]:
        return self._deadline.run("reading the calendar", self._remote.fetch)

    def put(self, uid: str, data: bytes) -> None:
        self._deadline.run("saving an event", lambda: self._remote.put(uid, data))

    def delete(self, uid: str) -> None:
        self._deadline.run("deleting an event", lambda: self._remote.delete(uid))
