"""Calendar feeds (.ics) → FeedItems: each VEVENT is a launch keyed by its UID.

Events are read one at a time through core/ics_import (the same reading as `countdown import`),
so one broken event is skipped with a message instead of losing the whole calendar; events
without a UID are skipped too (their changes could never be followed).
"""

from __future__ import annotations

from datetime import datetime

import icalendar

from countdown.core.ics import IcsError
from countdown.core.ics_import import parse_calendar
from countdown.core.source import FeedItem
from countdown.integrations.sources.news import safe_link
from countdown.integrations.sources.text import clean_line

MAX_EVENTS = 5000


def _event_item(event: icalendar.cal.Component, now: datetime) -> FeedItem | None:
    uid = clean_line(str(event.get("uid") or ""), 500)
    if not uid:
        raise ValueError("it has no UID")
    single = icalendar.Calendar()
    single.add_component(event)
    read = parse_calendar(single.to_ical(), now=now)
    if not read:
        return None  # no start date: nothing to count down to
    launch = read[0].launch
    name = clean_line(launch.name, 200) or "Untitled launch"
    return FeedItem(key=uid, name=name, when_text=clean_line(launch.when_text, 200),
                    window=launch.window, status=launch.status, base=launch.base,
                    quote=clean_line(launch.notes, 600) or f"{name}: {launch.window.label}",
                    link=safe_link(launch.source))  # fmt: skip


def read_calendar(body: bytes, *, now: datetime) -> tuple[list[FeedItem], list[str]]:
    """The launches of a calendar feed, and a message per event that could not be read."""
    try:
        calendar = icalendar.Calendar.from_ical(body)
    except (ValueError, IndexError, KeyError, UnicodeDecodeError) as error:
        raise IcsError(f"not a readable iCalendar file: {error}") from None
    if getattr(calendar, "name", "") != "VCALENDAR":
        raise IcsError("not an iCalendar file (no VCALENDAR)")
    items: list[FeedItem] = []
    problems: list[str] = []
    for number, event in enumerate(calendar.walk("VEVENT")[:MAX_EVENTS], 1):
        try:
            item = _event_item(event, now)
        except (ValueError, TypeError, KeyError, AttributeError, OverflowError) as error:
            problems.append(f"event {number} skipped: {error}")
            continue
        if item is not None:
            items.append(item)
    return items, problems
