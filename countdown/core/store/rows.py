"""How launches, windows and revisions are laid out in the store's columns, both ways.

A Window is eight columns (aware bounds as UTC text plus their original offset and zone key, so a
ZoneInfo instant comes back identical, DST folds included); a revision keeps its window as JSON.
Launch rows are read in `LAUNCH_COLUMNS` order. Decoding is on the refresh path of every window,
so enum lookups use plain dicts.
"""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, date, datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from countdown.core.model import AlertPrefs, Grain, Launch, Revision, Status, Window
from countdown.core.store.ledger import utc_text
from countdown.core.validate import InvalidLaunch

_GRAIN_BY_VALUE = {grain.value: grain for grain in Grain}  # faster than Grain(value) in big lists
WINDOW_COLUMNS = "win_start, win_end, win_start_offset_s, win_end_offset_s, win_zone, win_grain, win_label, win_tz"


# --- Window <-> columns ---------------------------------------------------------------------


def zone_key(value: date | datetime) -> str | None:
    """The IANA key of an instant's tzinfo, so it comes back as the same ZoneInfo."""
    tzinfo = value.tzinfo if isinstance(value, datetime) else None
    return tzinfo.key if isinstance(tzinfo, ZoneInfo) else None


def encode_bound(value: date | datetime) -> tuple[str, int | None]:
    """ISO text (UTC for aware instants) and the original UTC offset in seconds."""
    offset = value.utcoffset() if isinstance(value, datetime) else None
    if offset is None or not isinstance(value, datetime):
        return value.isoformat(), None
    return value.astimezone(UTC).isoformat(), int(offset.total_seconds())


def decode_bound(text: str, offset_s: int | None, zone: str | None) -> date | datetime:
    if len(text) == 10:
        return date.fromisoformat(text)
    value = datetime.fromisoformat(text)
    if value.tzinfo is None or offset_s is None:
        return value
    offset = timedelta(seconds=offset_s)
    if zone:
        # Rebuild the wall time in the zone and pick the fold that gives the stored offset, so
        # times in a DST gap or fold come back identical (cross-zone == would say they differ).
        wall = (value.astimezone(UTC) + offset).replace(tzinfo=None)
        for fold in (0, 1):
            try:
                candidate = wall.replace(tzinfo=ZoneInfo(zone), fold=fold)
            except (ZoneInfoNotFoundError, ValueError):
                break
            if candidate.utcoffset() == offset:
                return candidate
    return value.astimezone(timezone(offset))


def window_columns(window: Window) -> tuple[Any, ...]:
    """Values for WINDOW_COLUMNS, in order."""
    start, start_offset = encode_bound(window.start)
    end, end_offset = encode_bound(window.end)
    zone = zone_key(window.start)
    return (start, end, start_offset, end_offset, zone, window.grain.value, window.label, window.tz)


def window_from_columns(values: sqlite3.Row | tuple[Any, ...]) -> Window:
    start, end, start_offset, end_offset, zone, grain, label, tz = values
    if grain not in _GRAIN_BY_VALUE:
        raise InvalidLaunch("window.grain", f"unknown grain {grain!r}")
    return Window(
        start=decode_bound(start, start_offset, zone),
        end=decode_bound(end, end_offset, zone),
        grain=_GRAIN_BY_VALUE[grain],
        label=label or "",
        tz=tz,
    )


def window_to_json(window: Window) -> str:
    """Window.to_dict keeps the offset in the ISO text; add the zone key to keep a ZoneInfo."""
    data = window.to_dict()
    data["zone"] = zone_key(window.start)
    return json.dumps(data, sort_keys=True)


def window_from_json(text: str) -> Window:
    data = json.loads(text)
    window = Window.from_dict(data)
    zone = data.get("zone")
    if not zone or not isinstance(window.start, datetime) or window.start.tzinfo is None:
        return window
    start, end = (
        decode_bound(v.isoformat(), _offset_s(v), zone) for v in (window.start, window.end)
    )
    return Window(start=start, end=end, grain=window.grain, label=window.label, tz=window.tz)


def _offset_s(value: date | datetime) -> int | None:
    offset = value.utcoffset() if isinstance(value, datetime) else None
    return None if offset is None else int(offset.total_seconds())


# --- Launch / Revision <-> rows ------------------------------------------------------------

LAUNCH_COLUMNS = (
    "id, name, when_text, base, status, source, notes, tags, prefs, created, updated, "
    + WINDOW_COLUMNS
)
LAUNCH_PLACEHOLDERS = ", ".join("?" * len(LAUNCH_COLUMNS.split(",")))
_STATUS_BY_VALUE = {status.value: status for status in Status}  # 5x faster than Status(value)


def launch_values(launch: Launch) -> tuple[Any, ...]:
    assert launch.created is not None and launch.updated is not None
    prefs = json.dumps(launch.prefs.to_dict()) if launch.prefs else None
    return (
        launch.id, launch.name, launch.when_text, launch.base.isoformat(), launch.status.value,
        launch.source, launch.notes, json.dumps(list(launch.tags)), prefs,
        utc_text(launch.created), utc_text(launch.updated), *window_columns(launch.window),
    )  # fmt: skip


def launch_from_row(row: tuple[Any, ...]) -> Launch:
    launch_id, name, when_text, base, status, source, notes, tags, prefs, created, updated = row[
        :11
    ]
    return Launch(
        id=launch_id,
        name=name,
        when_text=when_text,
        base=datetime.fromisoformat(base),
        window=window_from_columns(row[11:]),
        status=_STATUS_BY_VALUE[status],
        source=source,
        notes=notes,
        tags=() if tags == "[]" else tuple(json.loads(tags)),
        prefs=AlertPrefs.from_dict(json.loads(prefs)) if prefs else None,
        created=datetime.fromisoformat(created),
        updated=datetime.fromisoformat(updated),
    )


def revision_from_row(row: tuple[Any, ...]) -> Revision:
    seq, at, when_text, window, status = row
    return Revision(
        seq=seq,
        at=datetime.fromisoformat(at),
        when_text=when_text,
        window=window_from_json(window),
        status=_STATUS_BY_VALUE[status],
    )


REVISION_COLUMNS = "seq, at, when_text, window, status"


def revision_values(launch_id: int, revision: Revision) -> tuple[Any, ...]:
    """Values for `launch_id, REVISION_COLUMNS`, in order."""
    r = revision
    return (
        launch_id, r.seq, utc_text(r.at), r.when_text, window_to_json(r.window), r.status.value
    )  # fmt: skip


def revision_or_none(row: tuple[Any, ...]) -> Revision | None:
    """A revision row, or None when it does not read (a damaged page): history goes on."""
    try:
        return revision_from_row(row)
    except Exception:
        return None
