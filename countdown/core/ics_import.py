"""iCalendar (.ics) import: VEVENTs back into launches (the export is ics.py).

Our own events restore from X-COUNTDOWN-DATA (or the single X- properties); if DTSTART was moved
in another calendar app, the moved date wins and is recorded as a slip. Foreign events (a release
calendar): a one-day all-day event → grain day, several days → a day range, a timed event → a
minute instant (TZID kept as the zone); status announced (CONFIRMED/CANCELLED kept), URL →
source, DESCRIPTION → notes, CATEGORIES → tags.

Every event passes core/validate.py's check: an event that cannot become a valid launch (an
unknown X-COUNTDOWN-TZ, status or grain, SEQUENCE:abc, year 9999, …) refuses the whole file with
an IcsError naming the event and the field, so nothing is half-imported.
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
from countdown.core.validate import InvalidLaunch, check_launch, is_known_zone, launch_from_dict

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
    try:
        moment = getattr(event.get(name), "dt", None)
    except (ValueError, AttributeError):  # a broken stamp from another app: as if absent
        return None
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
        data = json.loads(payload)
    except ValueError:
        return None  # mangled by another app: fall back to the single properties
    try:
        launch = launch_from_dict(data)
    except InvalidLaunch as error:  # it reads but is not a valid launch: refuse, never guess
        raise InvalidLaunch(f"X-COUNTDOWN-DATA {error.field}", error.problem) from None
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


def _known(event: Any, name: str, kind: type[Grain] | type[Status]) -> Any:
    """The X- property's value in the model's vocabulary; None when absent; refused if unknown."""
    text = _text(event, name)
    if not text:
        return None
    try:
        return kind(text)
    except ValueError:
        known = ", ".join(item.value for item in kind)
        raise InvalidLaunch(name, f"unknown value {text!r} (known: {known})") from None


def _base(event: Any, now: datetime) -> datetime:
    text = _text(event, "X-COUNTDOWN-BASE")
    if not text:
        return _local_naive(now)
    try:
        return datetime.fromisoformat(text).replace(tzinfo=None)
    except ValueError:
        raise InvalidLaunch("X-COUNTDOWN-BASE", f"{text!r} is not an ISO date") from None


def _from_properties(event: Any, now: datetime) -> Launch:
    grain = _known(event, "X-COUNTDOWN-GRAIN", Grain)
    try:
        window = _calendar_window(event, grain, _text(event, "X-COUNTDOWN-LABEL"))
    except (ValueError, TypeError, OverflowError) as error:
        raise InvalidLaunch("DTSTART", f"not a usable date ({error})") from None
    tz = _text(event, "X-COUNTDOWN-TZ")
    if tz and not is_known_zone(tz):
        raise InvalidLaunch("X-COUNTDOWN-TZ", f"unknown time zone {tz!r}")
    if tz and not window.tz:
        window = Window(window.start, window.end, window.grain, window.label, tz)
    status = _known(event, "X-COUNTDOWN-STATUS", Status)
    ours = grain is not None
    return Launch(
        name=_text(event, "summary") or "Untitled launch",
        when_text=_text(event, "X-COUNTDOWN-WHEN-TEXT") or window.label,
        base=_base(event, now),
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
    _check_utf8(data)
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except (ValueError, IndexError, KeyError) as exc:
        raise IcsError(f"not a readable iCalendar file: {exc}") from None
    events: list[ImportedEvent] = []
    for number, event in enumerate(calendar.walk("VEVENT"), start=1):
        if event.get("dtstart") is None:
            continue
        try:
            events.append(_imported(event, now, len(events)))
        except InvalidLaunch as error:
            raise IcsError(
                f"{_record(number, event)}, field {error.field}: {error.problem}"
            ) from None
        except (ValueError, TypeError, AttributeError, KeyError, IndexError, OverflowError) as e:
            raise IcsError(f"{_record(number, event)} cannot be read: {e}") from None
    if not events and not calendar.walk("VCALENDAR") and calendar.name != "VCALENDAR":
        raise IcsError("not an iCalendar file (no VCALENDAR)")
    return events


def _check_utf8(data: bytes) -> None:
    """iCalendar is UTF-8 (RFC 5545): other bytes would become "�" in names, so refuse them."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise IcsError(f"line {line} is not UTF-8 text (byte {error.start + 1})") from None


def _imported(event: Any, now: datetime, index: int) -> ImportedEvent:
    """One event as a checked launch plus its bookkeeping; InvalidLaunch names the field."""
    launch = _restored(event, now) or _from_properties(event, now)
    try:
        sequence = int(event.get("sequence", 0) or 0)
    except (ValueError, TypeError):
        raw = event.get("sequence")
        shown = f"{str(raw)!r} " if isinstance(raw, str | int) else ""
        raise InvalidLaunch("SEQUENCE", f"{shown}is not a whole number") from None
    uid = _plain(event, "uid") or f"imported-{index}@{UID_DOMAIN}"
    check_text_uid(uid)
    check_launch(launch)
    return ImportedEvent(uid, sequence, _stamp(event, "last-modified"), launch)


def check_text_uid(uid: str) -> None:
    if len(uid) > 1000 or any(ord(c) < 32 for c in uid):
        raise InvalidLaunch("UID", "is not a usable identifier")


def _record(number: int, event: Any) -> str:
    """ "Event 3 (“Pixel 11”)": how a refusal names the event (the summary, shortened)."""
    try:
        summary = str(event.get("summary") or "")[:60]
    except Exception:
        summary = ""
    return f"Event {number}" + (f" (“{summary}”)" if summary.strip() else "")
