"""The export file's shape, and the checks a launch from outside passes before the store takes it.

An export is `{"format": "launch-countdown", "version": 1, "launches": [Launch.to_dict(...)]}`
with every launch's slip history. `parse_export` validates a whole file before anything is
written (import is all-or-nothing); `check_launch` is also what restore and replace run, since
undo, import and sync hand the store launches it did not build itself.
"""

from __future__ import annotations

from typing import Any

from countdown.core.model import Launch
from countdown.core.store.ledger import StoreError, utc_text

EXPORT_FORMAT = "launch-countdown"
EXPORT_VERSION = 1


def export_document(launches: list[Launch]) -> dict[str, Any]:
    """The export file's content for `launches` (which carry their revisions)."""
    return {
        "format": EXPORT_FORMAT,
        "version": EXPORT_VERSION,
        "launches": [x.to_dict(with_revisions=True) for x in launches],
    }


def parse_export(data: Any) -> list[Launch]:
    """Check an export file's content; StoreError names the first problem found."""
    if not isinstance(data, dict) or data.get("format") != EXPORT_FORMAT:
        raise StoreError("This is not a Launch Countdown export (missing format marker).")
    if data.get("version") != EXPORT_VERSION:
        raise StoreError(f"Unsupported export version {data.get('version')!r}.")
    items = data.get("launches")
    if not isinstance(items, list):
        raise StoreError("The export has no list of launches.")
    return [_parse_launch(number, item) for number, item in enumerate(items, start=1)]


def _parse_launch(number: int, item: Any) -> Launch:
    try:
        launch = Launch.from_dict(item)
        check_launch(launch)
    except (KeyError, TypeError, ValueError, AttributeError, StoreError) as error:
        name = item.get("name") if isinstance(item, dict) else None
        label = f"Launch {number}" + (f" ({name})" if isinstance(name, str) else "")
        detail = f"missing {error}" if isinstance(error, KeyError) else str(error)
        raise StoreError(f"{label} cannot be imported: {detail}.") from error
    return launch


def check_launch(launch: Launch) -> None:
    """What from_dict does not check: types, a sane window, stamped and ordered revisions."""
    if not isinstance(launch.name, str) or not launch.name.strip():
        raise ValueError("the name is empty")
    if not all(isinstance(x, str) for x in (launch.when_text, launch.source, launch.notes)):
        raise TypeError("when_text, source and notes must be text")
    if not all(isinstance(tag, str) for tag in launch.tags):
        raise TypeError("tags must be text")
    if launch.id is not None and not isinstance(launch.id, int):
        raise TypeError(f"id {launch.id!r} is not a number")
    for window in (launch.window, *(r.window for r in launch.revisions)):
        if type(window.start) is not type(window.end):
            raise TypeError(f"the window {window.label!r} mixes a date and a time")
        if window.start > window.end:
            raise ValueError(f"the window {window.label!r} ends before it starts")
    for stamp in (launch.created, launch.updated, *(r.at for r in launch.revisions)):
        if stamp is not None:
            utc_text(stamp)
    seqs = [r.seq for r in launch.revisions]
    if seqs != sorted(set(seqs)):
        raise ValueError("revision numbers repeat or are out of order")
