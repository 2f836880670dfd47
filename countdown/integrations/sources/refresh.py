"""Refreshing sources: fetch, read, plan, apply — one source at a time, each on its own.

A source that cannot be reached, answers an error or garbage gets a status line and an error
streak (the scheduler backs off: `every_hours × 2^failures`, at most a day) and nothing else
changes: its launches and item memory stay as they were. 304 Not Modified costs nothing. Any
failure of one source is caught and reported on it, so it never blocks the others. Subscribing
(`subscribe`) checks the URL and guesses the kind and name from the answer when not given.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from countdown.core.ics import IcsError
from countdown.core.source import DEFAULT_EVERY_HOURS, FeedItem, Source, SourceKind
from countdown.core.source_plan import plan_refresh
from countdown.core.store import Store
from countdown.core.store.source_apply import Moved
from countdown.core.validate import InvalidLaunch, check_launch
from countdown.integrations.sources import guess
from countdown.integrations.sources.calendar import read_calendar
from countdown.integrations.sources.http_get import Fetched, FetchError, check_url, http_get
from countdown.integrations.sources.ll2 import NotLaunchLibrary, read_ll2
from countdown.integrations.sources.news import NotAFeed, read_news

Getter = Callable[..., Fetched]
BodyReader = Callable[[SourceKind, bytes, datetime], tuple[list[FeedItem], list[str]]]
Reader = Callable[..., tuple[list[FeedItem], list[str]]]
READERS: dict[SourceKind, Reader] = {
    SourceKind.RSS: read_news,
    SourceKind.ICS: read_calendar,
    SourceKind.LL2: read_ll2,
}
MAX_BACKOFF_HOURS = 24.0


@dataclass
class SourceReport:
    """What refreshing one source did (the CLI's `refresh --json` entries)."""

    source: Source
    status: str  # ok, unchanged, error
    message: str = ""
    added: list[str] = field(default_factory=list)  # names tracked by an auto source
    proposed: int = 0
    moved: list[Moved] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.source.id, "name": self.source.name, "status": self.status,
            "message": self.message, "added": self.added, "proposed": self.proposed,
            "revised": [m.launch.name for m in self.moved], "skipped": self.skipped,
        }  # fmt: skip


def is_due(source: Source, now: datetime) -> bool:
    """Due `every_hours` after the last attempt, backing off after errors."""
    if source.last_attempt is None:
        return True
    hours = source.every_hours * 2 ** min(source.failures, 8)
    if source.failures:
        hours = min(hours, max(MAX_BACKOFF_HOURS, source.every_hours))
    return now >= source.last_attempt + timedelta(hours=hours)


def read_body(kind: SourceKind, body: bytes, now: datetime) -> tuple[list[FeedItem], list[str]]:
    """Read a fetched body (the CPU-heavy part: a process of its own can run it, see
    services/source_refresh); a body of the wrong kind is a FetchError."""
    try:
        return READERS[kind](body, now=now)
    except (NotAFeed, IcsError, NotLaunchLibrary) as error:
        raise FetchError(f"The answer is {error}.") from None


def _read(source: Source, fetched: Fetched, now: datetime,
          read: BodyReader) -> tuple[list[FeedItem], list[str]]:  # fmt: skip
    """The source's items that pass the store's launch check (core/validate), and why others
    were skipped."""
    items, skipped = read(source.kind, fetched.body, now)
    valid = []
    for item in items:
        try:
            check_launch(item.to_launch(source))
        except InvalidLaunch as error:
            skipped.append(f"{item.name[:60]!r} skipped: {error}")
            continue
        valid.append(item)
    return valid, skipped


def refresh_source(store: Store, source: Source, *, now: datetime, get: Getter = http_get,
                   read: BodyReader = read_body) -> SourceReport:  # fmt: skip
    """Fetch and apply one source; failures become its status, never an exception."""
    sid = source.id or 0
    try:
        fetched = get(source.url, etag=source.etag, last_modified=source.last_modified)
        if fetched.not_modified:
            store.record_fetch(
                sid, status="unchanged", validators=(source.etag, source.last_modified)
            )
            return SourceReport(source, "unchanged", "Not modified since the last refresh.")
        items, skipped = _read(source, fetched, now, read)
    except FetchError as error:
        store.record_fetch(sid, status="error", error=str(error))
        return SourceReport(source, "error", str(error))
    plan = plan_refresh(source, items, store.item_states(sid), store.list_launches(),
                        today=now.astimezone().date())  # fmt: skip
    added, moved = store.apply_plan(source, plan)
    message = f"{len(items)} launches read" + (f", {len(skipped)} skipped" if skipped else "")
    store.record_fetch(sid, status="ok", error="; ".join(skipped[:3]),
                       validators=(fetched.etag, fetched.last_modified))  # fmt: skip
    return SourceReport(source, "ok", message, [x.name for x in added], len(plan.propose),
                        moved, skipped)  # fmt: skip


def refresh_all(store: Store, *, now: datetime, due_only: bool = False, get: Getter = http_get,
                read: BodyReader = read_body) -> list[SourceReport]:  # fmt: skip
    """Refresh every source (or only the due ones); one failing never stops the rest."""
    reports = []
    for source in store.list_sources():
        if due_only and not is_due(source, now):
            continue
        try:
            reports.append(refresh_source(store, source, now=now, get=get, read=read))
        except Exception as error:  # a bug or a store failure on one source: report, go on
            message = f"Refresh failed: {type(error).__name__}: {error}"
            reports.append(SourceReport(source, "error", message))
    return reports


def subscribe(store: Store, url: str, *, kind: SourceKind | None = None, name: str | None = None,
              every_hours: float = DEFAULT_EVERY_HOURS, auto: bool = False,
              get: Getter = http_get) -> Source:  # fmt: skip
    """Add a source; FetchError (bad URL, or kind unknown and not guessable) changes nothing."""
    check_url(url)
    fetched: Fetched | None = None
    if kind is None or not name:
        try:
            fetched = get(url)
        except FetchError as error:
            if kind is None and guess.kind_from_url(url) is None:
                raise FetchError(f"{error} Pass --kind rss, ics or ll2 to add it anyway.") from None
    if kind is None:
        kind = (fetched and guess.kind_from_answer(fetched)) or guess.kind_from_url(url)
    if kind is None:
        raise FetchError("This address is not a news feed, a calendar or a Launch Library 2 list.")
    if not name:
        name = (fetched and guess.name_from_answer(fetched, kind)) or guess.name_from_url(url)
    return store.add_source(Source(url=url.strip(), kind=kind, name=name,
                                   every_hours=every_hours, auto=auto))  # fmt: skip
