"""Two-way sync of the store with a CalDAV calendar, so several devices share one launch list.

Each launch is one event (ics.py's format, whose X-COUNTDOWN-DATA carries the whole launch
with its slip history) in a calendar named "Launch Countdown" under the user's principal.
What was last agreed is kept per calendar in the store setting "sync_state":
uid → {id, created, local: the launch's `updated`, remote: the event's ETag}. A side has
changed when its stamp differs from the agreed one. Rules:

- changed on one side → copied to the other; changed on both → the newest edit wins (local
  `updated` against the event's LAST-MODIFIED), and the slip histories are merged, so the losing
  side's dates stay in the history: nothing is lost;
- new on one side → created on the other (foreign events added in a calendar app too);
- deleted on one side and unchanged on the other since the last sync → deleted there too;
  deleted on one side but edited on the other → the edit wins and the launch comes back.
The server side (CalDAV, password) is sync_caldav.py; here only the rules, over any `Remote`.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from functools import partial
from typing import Any, Protocol

from countdown.core.ics import IcsError, event_uid, export_calendar
from countdown.core.ics_import import ImportedEvent, parse_calendar
from countdown.core.model import Launch, Revision
from countdown.core.settings import SYNC_STATE
from countdown.core.validate import InvalidLaunch, check_launch

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class SyncError(Exception):
    """Sync could not run; the message says what to fix."""


class RefusedEvent(Exception):
    """A server event that cannot become a valid launch (named, with the field)."""


@dataclass(frozen=True)
class RemoteEvent:
    data: bytes
    etag: str


class Remote(Protocol):
    """A calendar collection on a server: events by UID, with ETags."""

    key: str  # the calendar's URL: one sync state per calendar

    def fetch(self) -> dict[str, RemoteEvent]: ...
    def put(self, uid: str, data: bytes) -> None: ...
    def delete(self, uid: str) -> None: ...


class StoreLike(Protocol):
    def get(self, launch_id: int) -> Launch: ...
    def list_launches(self, *, include_inactive: bool = True) -> list[Launch]: ...
    def remove(self, launch_id: int) -> Launch: ...
    def restore(self, launch: Launch) -> Launch: ...
    def replace(self, launch: Launch) -> Launch: ...
    def get_setting(self, name: str) -> str | None: ...
    def set_setting(self, name: str, value: str | None) -> None: ...


@dataclass
class SyncReport:
    pushed: int = 0
    pulled: int = 0
    deleted_here: int = 0
    deleted_there: int = 0
    conflicts: list[str] = field(default_factory=list)  # names, newest edit kept
    refused: list[str] = field(default_factory=list)  # server events that are not valid launches

    def summary(self) -> str:
        text = (
            f"sent {self.pushed}, received {self.pulled}, "
            f"removed {self.deleted_here} here and {self.deleted_there} on the server"
        )
        if self.conflicts:
            text += f"; edited on both sides, newest kept: {', '.join(self.conflicts)}"
        for reason in self.refused:
            text += f"; not taken from the server: {reason}"
        return text


def _stamp(moment: datetime | None) -> str:
    return (moment or _EPOCH).astimezone(UTC).isoformat()


def merge_revisions(*histories: tuple[Revision, ...]) -> tuple[Revision, ...]:
    """All distinct revisions of both sides in time order, renumbered 1…n."""
    seen: dict[str, Revision] = {}
    for revision in sorted((r for h in histories for r in h), key=lambda r: r.at):
        body = revision.to_dict()
        del body["seq"]
        seen.setdefault(json.dumps(body, sort_keys=True), revision)
    ordered = sorted(seen.values(), key=lambda r: r.at)
    return tuple(
        Revision(n, r.at, r.when_text, r.window, r.status) for n, r in enumerate(ordered, 1)
    )


class Synchronizer:
    """One sync run of `store` against `remote` at time `now`."""

    def __init__(self, store: StoreLike, remote: Remote, *, now: datetime) -> None:
        self.store, self.remote, self.now = store, remote, now
        raw = SYNC_STATE.read(store)
        self.all_state: dict[str, dict[str, dict[str, Any]]] = raw
        self.state: dict[str, dict[str, Any]] = raw.setdefault(remote.key, {})
        self.report = SyncReport()
        self._touched: set[str] = set()

    def run(self) -> SyncReport:
        try:
            remote_events = self.remote.fetch()
            for launch in self.store.list_launches():
                self._guarded(partial(self._sync_local, launch, remote_events))
            for uid, event in remote_events.items():
                self._guarded(partial(self._sync_remote_only, uid, event))
            self._refresh_etags()
        finally:
            # Even after a network error: what was done is recorded, so a retry neither
            # duplicates the launches pulled so far nor mistakes them for new ones.
            SYNC_STATE.write(self.store, self.all_state)
        return self.report

    def _guarded(self, step: Callable[[], None]) -> None:
        """Run one launch's or event's step; a server event that is not a valid launch is
        refused with its name and field and left as it is (here and there), the rest goes on."""
        try:
            step()
        except RefusedEvent as error:
            self.report.refused.append(str(error))

    def _uid_for(self, launch: Launch) -> str:
        for uid, entry in self.state.items():
            if entry["id"] == launch.id and entry["created"] == _stamp(launch.created):
                return uid
        return event_uid(launch)

    def _sync_local(self, launch: Launch, remote_events: dict[str, RemoteEvent]) -> None:
        uid = self._uid_for(launch)
        entry = self.state.get(uid)
        event = remote_events.pop(uid, None)
        local_changed = entry is None or entry["local"] != _stamp(launch.updated)
        if event is None:
            if entry is not None and not local_changed:
                self._delete_here(uid, launch)
            else:
                self._push(uid, launch)
            return
        remote_changed = entry is None or entry["remote"] != event.etag
        if local_changed and remote_changed:
            self._resolve(uid, launch, event)
        elif remote_changed:
            self._pull(uid, event, launch)
        elif local_changed:
            self._push(uid, launch)

    def _sync_remote_only(self, uid: str, event: RemoteEvent) -> None:
        entry = self.state.get(uid)
        if entry is not None and entry["remote"] == event.etag:
            self.remote.delete(uid)  # deleted here, untouched there since
            del self.state[uid]
            self.report.deleted_there += 1
        else:
            self._pull(uid, event, None)

    def _resolve(self, uid: str, launch: Launch, event: RemoteEvent) -> None:
        """Edited on both sides: the newest edit wins, both sides get the merged history."""
        theirs = self._parse(event)
        mine = self.store.get(launch.id or 0)
        newest_is_theirs = (theirs.last_modified or _EPOCH) > (mine.updated or _EPOCH)
        winner = theirs.launch if newest_is_theirs else mine
        merged = merge_revisions(mine.revisions, theirs.launch.revisions)
        final = winner.with_changes(id=mine.id, created=mine.created, revisions=merged)
        self._push(uid, self.store.replace(final))
        self.report.conflicts.append(mine.name)

    def _parse(self, event: RemoteEvent) -> ImportedEvent:
        try:
            parsed = parse_calendar(event.data, now=self.now)
        except IcsError as error:
            raise RefusedEvent(str(error)) from None
        if not parsed:
            raise RefusedEvent("an event without a start date")
        try:
            check_launch(parsed[0].launch)
        except InvalidLaunch as error:
            raise RefusedEvent(f"{parsed[0].launch.name!r}, field {error}") from None
        return parsed[0]

    def _pull(self, uid: str, event: RemoteEvent, local: Launch | None) -> None:
        self._apply(uid, self._parse(event), event, local)

    def _apply(
        self, uid: str, theirs: ImportedEvent, event: RemoteEvent, local: Launch | None
    ) -> None:
        incoming = theirs.launch
        if not incoming.revisions:  # a foreign event: its current state is its first revision
            at = theirs.last_modified or self.now.astimezone(UTC)
            first = Revision(1, at, incoming.when_text, incoming.window, incoming.status)
            incoming = incoming.with_changes(revisions=(first,), created=at, updated=at)
        if local is None or local.id is None:
            saved = self.store.restore(incoming)
        else:
            # replace, not update: the stored copy takes their stamps and the merged history.
            mine = self.store.get(local.id)
            merged = merge_revisions(mine.revisions, incoming.revisions)
            incoming = incoming.with_changes(id=local.id, created=mine.created, revisions=merged)
            saved = self.store.replace(incoming)
        self._remember(uid, saved, event.etag)
        self.report.pulled += 1

    def _push(self, uid: str, launch: Launch) -> None:
        full = launch if launch.revisions else self.store.get(launch.id or 0)
        self.remote.put(uid, export_calendar([full], now=self.now, uids={full.id or 0: uid}))
        self._remember(uid, full, "")
        self._touched.add(uid)
        self.report.pushed += 1

    def _delete_here(self, uid: str, launch: Launch) -> None:
        self.store.remove(launch.id or 0)
        del self.state[uid]
        self.report.deleted_here += 1

    def _remember(self, uid: str, launch: Launch, etag: str) -> None:
        self.state[uid] = {
            "id": launch.id,
            "created": _stamp(launch.created),
            "local": _stamp(launch.updated),
            "remote": etag,
        }

    def _refresh_etags(self) -> None:
        """ETags of what we just wrote (servers may rewrite the data, so ask, don't compute)."""
        if not self._touched:
            return
        current = self.remote.fetch()
        for uid in self._touched:
            if uid in current:
                self.state[uid]["remote"] = current[uid].etag


def sync(store: StoreLike, remote: Remote, *, now: datetime) -> SyncReport:
    return Synchronizer(store, remote, now=now).run()
