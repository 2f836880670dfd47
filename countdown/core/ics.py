"""iCalendar (.ics) export of launches, over the `icalendar` library (import: ics_import.py).

One VEVENT per launch:
- a date window becomes an all-day event over the whole window (DTEND is the day after, exclusive);
- an instant becomes a timed event: with TZID when the window has a zone, in UTC when it is
  aware without one (a fixed offset such as "PDT"), floating when it is naive (local wall clock);
- UID is derived from the launch's id and creation stamp (to the microsecond; stable across
  exports); SEQUENCE is revisions − 1, so every slip raises it; STATUS maps cancelled/confirmed,
  anything else TENTATIVE;
- status, source, precision and the slip history are in DESCRIPTION for people, and in
  X-COUNTDOWN-* properties for us: GRAIN, WHEN-TEXT, STATUS, LABEL, TZ, BASE and DATA (the whole
  launch with its revisions as JSON), so our own files import losslessly;
- VALARMs follow the alert plan, with absolute UTC triggers.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

import icalendar

from countdown import __version__
from countdown.core.countdown import span_text
from countdown.core.model import Launch, Status, Window

PRODID = f"-//Launch Countdown//launch-countdown {__version__}//EN"
UID_DOMAIN = "launch-countdown"
_ICS_STATUS = {Status.CANCELLED: "CANCELLED", Status.CONFIRMED: "CONFIRMED"}


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


def event_uid(launch: Launch) -> str:
    """Stable across exports and edits: the store never changes id or created."""
    created = launch.created or datetime(1970, 1, 1, tzinfo=UTC)
    return f"launch-{launch.id}-{created.astimezone(UTC):%Y%m%dT%H%M%S%fZ}@{UID_DOMAIN}"


def event_times(window: Window) -> dict[str, date | datetime]:
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
    for name, value in event_times(launch.window).items():
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
