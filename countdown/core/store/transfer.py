"""Export and import of whole launch lists: one snapshot out, one transaction in.

An import is refused whole (nothing written) or applied whole, and idempotent by UID: every
launch that arrives has a UID (the event's UID in an .ics file; in a JSON export the UID its
own .ics export would carry, ics.event_uid). A UID seen before — one of our launches, or one
remembered in the "ics_import_uids" setting from an earlier import — updates that launch
instead of adding another, so re-running an import (also after it was killed) never duplicates.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from typing import Any

from countdown.core.model import Launch, Revision
from countdown.core.settings import ICS_IMPORT_UIDS
from countdown.core.store import rows
from countdown.core.store.export import export_document, parse_export

UNSAVED_DOMAIN = "unsaved.launch-countdown"  # records with no identity: never remembered
UPDATED_FIELDS = ("name", "when_text", "window", "status", "source", "notes", "tags")


@dataclass
class ImportResult:
    """What an applied import did: the launches in file order and the action for each."""

    launches: list[Launch] = field(default_factory=list)
    actions: list[str] = field(default_factory=list)  # added, updated, unchanged

    def to_dict(self) -> dict[str, Any]:
        ids = [launch.id for launch in self.launches]
        by_action = {a: [i for i, x in zip(ids, self.actions, strict=True) if x == a]
                     for a in ("added", "updated", "unchanged")}  # fmt: skip
        return {"result": "applied", "imported": ids, **by_action}


class TransferMixin:
    """export_data / import_launches for Store (which provides the methods used here)."""

    damaged: dict[int, Any]

    def _transaction(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _snapshot(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def _fetch(self, sql: str, params: Any = ()) -> list[Any]:
        raise NotImplementedError

    def list_launches(self, *, include_inactive: bool = True) -> list[Launch]:
        raise NotImplementedError

    def get(self, launch_id: int) -> Launch:
        raise NotImplementedError

    def get_setting(self, name: str) -> str | None:
        raise NotImplementedError

    def set_setting(self, name: str, value: str | None) -> None:
        raise NotImplementedError

    def _restore(self, launch: Launch) -> Launch:
        raise NotImplementedError

    def update(self, launch_id: int, **changes: Any) -> Launch:
        raise NotImplementedError

    def export_data(self) -> dict[str, Any]:
        """Every launch that reads, history included (the export file's shape), as one
        snapshot; damaged rows are left out and listed in `damaged` for the caller to say."""
        history: dict[int, list[Revision]] = {}
        with self._snapshot():
            launches = self.list_launches()
            found = self._fetch(
                f"SELECT launch_id, {rows.REVISION_COLUMNS} FROM revisions ORDER BY launch_id, seq"
            )
        for row in found:
            revision = rows.revision_or_none(row[1:])
            if revision is not None:
                history.setdefault(row[0], []).append(revision)
        return export_document(
            [x.with_changes(revisions=tuple(history.get(x.id or 0, ()))) for x in launches]
        )

    def import_data(self, data: Any) -> list[Launch]:
        """Import a JSON export (checked whole first); returns the saved launches."""
        return self.import_launches(export_items(data)).launches

    def import_launches(self, items: Sequence[tuple[str, Launch]]) -> ImportResult:
        """(uid, launch) pairs, already checked, in one transaction: all or nothing."""
        from countdown.core.ics import event_uid  # icalendar loads only when importing

        result = ImportResult()
        with self._transaction():
            present = {x.id: x for x in self.list_launches() if x.id is not None}
            remembered = ICS_IMPORT_UIDS.read(self)
            known = {uid: i for uid, i in _pairs(remembered) if i in present}
            known.update({event_uid(launch): i for i, launch in present.items()})
            for uid, launch in items:
                saved, action = self._import_one(known.get(uid), launch)
                known[uid] = saved.id or 0
                result.launches.append(saved)
                result.actions.append(action)
            own = {event_uid(x) for x in result.launches} | {event_uid(x) for x in present.values()}
            kept = {
                uid: i
                for uid, i in known.items()
                if uid not in own and not uid.endswith(f"@{UNSAVED_DOMAIN}")
            }
            ICS_IMPORT_UIDS.write(self, kept)
        return result

    def _import_one(self, launch_id: int | None, incoming: Launch) -> tuple[Launch, str]:
        if launch_id is None:
            fresh = incoming if incoming.revisions else incoming.with_changes(created=None)
            return self._restore(fresh.with_changes(id=incoming.id)), "added"
        current = self.get(launch_id)
        changes = {f: getattr(incoming, f) for f in UPDATED_FIELDS
                   if getattr(incoming, f) != getattr(current, f)}  # fmt: skip
        if not changes:
            return current, "unchanged"
        return self.update(launch_id, **changes), "updated"


def _pairs(remembered: Any) -> Iterator[tuple[str, int]]:
    """The remembered uid → id map, ignoring anything that is not one (a damaged setting)."""
    if isinstance(remembered, dict):
        for uid, launch_id in remembered.items():
            if isinstance(uid, str) and isinstance(launch_id, int):
                yield uid, launch_id


def export_items(data: Any) -> list[tuple[str, Launch]]:
    """A JSON export's launches with their UIDs (checked whole: StoreError names the first
    bad record and field). A record without an id or creation time (written by hand or by
    another tool) has no identity: it always becomes a new launch, never one already imported."""
    from countdown.core.ics import event_uid

    return [
        (event_uid(launch) if launch.id is not None and launch.created else _unsaved(n), launch)
        for n, launch in enumerate(parse_export(data))
    ]


def _unsaved(number: int) -> str:
    return f"record-{number}@{UNSAVED_DOMAIN}"
