"""iCalendar (.ics) export and import of launches, over the `icalendar` library.

Export (one VEVENT per launch):
- a date window becomes an all-day event over the whole window (DTEND is the day after, exclusive);
- an instant becomes a timed event: with TZID when the window has a zone, in UTC when it is
  aware without one (a fixed offset such as "PDT"), floating when it is naive (local wall clock);
- UID is derived from the launch's id and creation stamp (stable across exports); SEQUENCE is
  revisions − 1, so every slip raises it; STATUS maps cancelled/confirmed, anything else TENTATIVE;
- status, source, precision and the slip history are in DESCRIPTION for people, and in
  X-COUNTDOWN-* properties for us: GRAIN, WHEN-TEXT, STATUS, LABEL, TZ, BASE and DATA (the whole
  launch with its revisions as JSON), so our own files import losslessly;
- VALARMs follow the alert plan, with absolute UTC triggers.

Import: our own events restore from X-COUNTDOWN-DATA (or the single X- properties); if DTSTART
was moved in another calendar app, the moved date wins. Foreign events: a one-day all-day event
→ grain day, several days → a day range, a timed event → a minute instant; status announced
(CONFIRMED/CANCELLED kept), URL → source, DESCRIPTION → notes, CATEGORIES → tags.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol
from zoneinfo import ZoneInfo

import icalendar

from countdown import __version__
from countdown.core.countdown import span_text
from countdown.core.model import Grain, Launch, Revision, Status, Window

PRODID = f"-//Launch Countdown//launch-countdown {__version__}//EN"
UID_DOMAIN = "launch-countdown"
_ICS_STATUS = {Status.CANCELLED: "CANCELLED", Status.CONFIRMED: "CONFIRMED"}
_UNESCAPE = re.compile(r"\\([\\;,nN])")


class IcsError(ValueError):
    """The data is not an iCalendar file we can read; the message says why."""


class AlertLike(Protocol):
    """What an exported VALARM needs from the alert plan's Alert."""

    @property
    def due(self) -> datetime: ...
    @property
    def title(self) -> str: ...
    @property
    def body(self) -> str: ...


AlertsFor = Callable[[Launch], Sequence[AlertLike]]


@dataclass(frozen=True)
class ImportedEvent:
    """One VEVENT read back: the launch (id None) plus the calendar bookkeeping around it."""

    uid: str
    sequence: int
    last_modified: datetime | None  # aware UTC
    launch: Launch


def event_uid(launch: Launch) -> str:
    """Stable across exports and edits: the store never changes id or created."""
    created = launch.created or datetime(1970, 1, 1, tzinfo=UTC)
    return f"launch-{launch.id}-{created.astimezone(UTC):%Y%m%dT%H%M%S%fZ}@{UID_DOMAIN}"


def _event_times(window: Window) -> dict[str, date | datetime]:
    if not window.is_instant:
        return {"dtstart": window.first_day(), "dtend": window.last_day() + timedelta(days=1)}
    start = window.start
    assert isinstance(start, datetime)
    if window.tz:
        zone = ZoneInfo(window.tz)
        start = start.astimezone(zone) if start.tzinfo else start.replace(tzinfo=zone)
    elif start.tzinfo:
        start = start.astimezone(UTC)
    return {"dtstart": start}


def _description(launch: Launch) -> str:
    lines = [f"When: {launch.when_text} ({launch.window.label or span_text(launch.window)})"]
    lines.append(f"Status: {launch.status.value}")
    if launch.source:
        lines.append(f"Source: {launch.source}")
    if len(launch.revisions) > 1:
        history = " → ".join(r.when_text for r in launch.revisions)
        lines.append(f"History: {history}")
    if launch.notes:
        lines += ["", launch.notes]
    return "\n".join(lines)


def _payload(launch: Launch) -> str:
    data = launch.to_dict(with_revisions=True)
    del data["id"]
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _add_x_props(event: icalendar.Event, launch: Launch) -> None:
    props = {
        "X-COUNTDOWN-GRAIN": launch.window.grain.value,
        "X-COUNTDOWN-WHEN-TEXT": launch.when_text,
        "X-COUNTDOWN-STATUS": launch.status.value,
        "X-COUNTDOWN-LABEL": launch.window.label,
        "X-COUNTDOWN-TZ": launch.window.tz or "",
        "X-COUNTDOWN-BASE": launch.base.isoformat(),
        "X-COUNTDOWN-DATA": _payload(launch),
    }
    for name, value in props.items():
        event.add(name, icalendar.vText(value))


def _add_alarm(event: icalendar.Event, alert: AlertLike) -> None:
    alarm = icalendar.Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("trigger", alert.due.astimezone(UTC), parameters={"VALUE": "DATE-TIME"})
    alarm.add("summary", alert.title)
    alarm.add("description", alert.body or alert.title)
    event.add_component(alarm)


def launch_event(
    launch: Launch, *, now: datetime, alerts: Sequence[AlertLike] = (), uid: str | None = None
) -> icalendar.Event:
    event = icalendar.Event()
    event.add("uid", uid or event_uid(launch))
    event.add("dtstamp", now.astimezone(UTC))
    for name, value in _event_times(launch.window).items():
        event.add(name, value)
    event.add("summary", launch.name)
    event.add("sequence", max(len(launch.revisions) - 1, 0))
    event.add("status", _ICS_STATUS.get(launch.status, "TENTATIVE"))
    event.add("transp", "TRANSPARENT")
    event.add("description", _description(launch))
    for name, stamp in (("created", launch.created), ("last-modified", launch.updated)):
        if stamp:
            event.add(name, stamp.astimezone(UTC))
    if launch.source.startswith(("http://", "https://")):
        event.add("url", launch.source)
    if launch.tags:
        event.add("categories", list(launch.tags))
    _add_x_props(event, launch)
    for alert in alerts:
        _add_alarm(event, alert)
    return event


def export_calendar(
    launches: Iterable[Launch],
    *,
    now: datetime,
    alerts_for: AlertsFor | None = None,
    uids: dict[int, str] | None = None,
) -> bytes:
    """A VCALENDAR with one VEVENT per launch (and VTIMEZONEs for the zones used)."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Launch Countdown")
    for launch in launches:
        alerts = alerts_for(launch) if alerts_for else ()
        uid = (uids or {}).get(launch.id or -1)
        calendar.add_component(launch_event(launch, now=now, alerts=alerts, uid=uid))
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


# ---- import -------------------------------------------------------------------------------


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
    times = [_event_times(w)["dtstart"] for w in (a, b)]
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
