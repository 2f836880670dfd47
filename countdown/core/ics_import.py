"""iCalendar (.ics) import: VEVENTs back into launches (the export is ics.py).

Our own events restore from X-COUNTDOWN-DATA (or the single X- properties); if DTSTART was moved
in another calendar app, the moved date wins and is recorded as a slip. Foreign events (a release
calendar): a one-day all-day event → grain day, several days → a day range, a timed event → a
minute instant (TZID kept as the zone); status announced (CONFIRMED/CANCELLED kept), URL →
source, DESCRIPTION → notes, CATEGORIES → tags.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import icalendar

from countdown.core.countdown import span_text
from countdown.core.ics import UID_DOMAIN, IcsError, event_times
from countdown.core.model import Grain, Launch, Revision, Status, Window

_UNESCAPE = re.compile(r"\\([\\;,nN])")


@dataclass(frozen=True)
class ImportedEvent:
    """One VEVENT read back: the launch (id None) plus the calendar bookkeeping around it."""

    uid: str
    sequence: int
    last_modified: datetime | None  # aware UTC
    launch: Launch


def _text(event: Any, name: str) -> str | None:
    raw = event.get(name)
    if raw is None:
        return None
    value = raw.to_ical() if hasattr(raw, "to_ical") else str(raw)
    text = value.decode("utf-8") if isinstance(value, bytes) else str(value)
    if isinstance(raw, str) and not hasattr(raw, "to_ical"):
        return text
    return _UNESCAPE.sub(lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def _plain(event: Any, name: str) -> str:
    value = event.get(name)
    return str(value) if value is not None else ""


def _stamp(event: Any, name: str) -> datetime | None:
    value = event.get(name)
    moment = getattr(value, "dt", None)
    if not isinstance(moment, datetime):
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(UTC)


def _calendar_window(event: Any, grain: Grain | None, label: str | None) -> Window:
    """The window the event's own DTSTART/DTEND describe."""
    start = event.decoded("dtstart")
    if isinstance(start, datetime):
        zone = getattr(start.tzinfo, "key", None)
        tz = zone if zone not in (None, "UTC") else None
        window = Window(start, start, grain or Grain.MINUTE, "", tz)
    else:
        end = event.decoded("dtend", None)
        if isinstance(end, date) and not isinstance(end, datetime) and end > start:
            last = end - timedelta(days=1)
        else:
            last = start + event.decoded("duration", timedelta(days=1)) - timedelta(days=1)
        window = Window(start, max(last, start), grain or Grain.DAY, "")
    return Window(window.start, window.end, window.grain, label or span_text(window), window.tz)


def _same_when(a: Window, b: Window) -> bool:
    if a.is_instant != b.is_instant:
        return False
    if not a.is_instant:
        return (a.start, a.end) == (b.start, b.end)
    times = [event_times(w)["dtstart"] for w in (a, b)]
    if any(isinstance(t, datetime) and t.tzinfo is None for t in times):
        return times[0] == times[1] and all(getattr(t, "tzinfo", None) is None for t in times)
    return times[0] == times[1]


def _restored(event: Any, now: datetime) -> Launch | None:
    payload = _text(event, "X-COUNTDOWN-DATA")
    if not payload:
        return None
    try:
        launch = Launch.from_dict(json.loads(payload))
    except (ValueError, KeyError, TypeError):
        return None  # damaged by another app: fall back to the single properties
    moved = _calendar_window(event, launch.window.grain, None)
    if _same_when(moved, launch.window):
        return launch
    # Moved in another calendar app: the calendar's date wins, recorded as a slip.
    at = _stamp(event, "last-modified") or now.astimezone(UTC)
    seq = max((r.seq for r in launch.revisions), default=0) + 1
    slip = Revision(seq, at, moved.label, moved, launch.status)
    return launch.with_changes(
        window=moved, when_text=moved.label, updated=at, revisions=(*launch.revisions, slip)
    )


def _from_properties(event: Any, now: datetime) -> Launch:
    grain_text = _text(event, "X-COUNTDOWN-GRAIN")
    grain = Grain(grain_text) if grain_text in {g.value for g in Grain} else None
    window = _calendar_window(event, grain, _text(event, "X-COUNTDOWN-LABEL"))
    tz = _text(event, "X-COUNTDOWN-TZ")
    if tz and not window.tz:
        window = Window(window.start, window.end, window.grain, window.label, tz)
    status_text = _text(event, "X-COUNTDOWN-STATUS") or ""
    status = Status(status_text) if status_text in {s.value for s in Status} else None
    base_text = _text(event, "X-COUNTDOWN-BASE")
    ours = grain is not None
    return Launch(
        name=_text(event, "summary") or "Untitled launch",
        when_text=_text(event, "X-COUNTDOWN-WHEN-TEXT") or window.label,
        base=datetime.fromisoformat(base_text) if base_text else _local_naive(now),
        window=window,
        status=status or _status_from_ics(_plain(event, "status")),
        source=_plain(event, "url"),
        notes="" if ours else (_text(event, "description") or ""),
        tags=_categories(event),
    )


def _local_naive(now: datetime) -> datetime:
    return now.astimezone().replace(tzinfo=None, microsecond=0)


def _status_from_ics(value: str) -> Status:
    return {"CANCELLED": Status.CANCELLED, "CONFIRMED": Status.CONFIRMED}.get(
        value.upper(), Status.ANNOUNCED
    )


def _categories(event: Any) -> tuple[str, ...]:
    found: list[str] = []
    values = event.get("categories")
    for item in values if isinstance(values, list) else [values] if values else []:
        found += [str(c) for c in getattr(item, "cats", [])]
    return tuple(dict.fromkeys(t.strip() for t in found if t.strip()))


def parse_calendar(data: bytes, *, now: datetime) -> list[ImportedEvent]:
    """Every VEVENT with a start date in `data`, as launches (ids unset)."""
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as exc:
        raise IcsError(f"not a readable iCalendar file: {exc}") from None
    events: list[ImportedEvent] = []
    for event in calendar.walk("VEVENT"):
        if event.get("dtstart") is None:
            continue
        launch = _restored(event, now) or _from_properties(event, now)
        sequence = int(event.get("sequence", 0) or 0)
        uid = _plain(event, "uid") or f"imported-{len(events)}@{UID_DOMAIN}"
        events.append(ImportedEvent(uid, sequence, _stamp(event, "last-modified"), launch))
    if not events and not calendar.walk("VCALENDAR") and calendar.name != "VCALENDAR":
        raise IcsError("not an iCalendar file (no VCALENDAR)")
    return events
