"""Launch Library 2 launch lists (`…/launch/upcoming/` JSON) → FeedItems keyed by the LL2 id.

`net` (an ISO instant, UTC) with `net_precision` becomes our window: Second/Minute → a minute
instant in UTC, Hour → an hour instant, Morning/Afternoon/Day → that day (UTC date), Week → the
week of its Monday, Month, Quarter (Q1…Q4), Half (H1/H2) and Year (fiscal too) → that window of
`net`; a result without a precision is read as its day. `status.abbrev`: Go → confirmed, TBC →
announced, TBD → rumored, Hold → delayed, Success/Failure/Partial Failure/In Flight → launched;
anything else → announced. Only the first page is read (the URL's own `limit` sets its size).
A result that is not a valid launch is skipped with a message naming it and the field.
"""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from typing import Any

from countdown.core.dates.window import UnparseableDate, parse_window
from countdown.core.model import Grain, Status, Window
from countdown.core.source import FeedItem
from countdown.integrations.sources.news import safe_link
from countdown.integrations.sources.text import clean_line

MAX_RESULTS = 1000
_STATUS = {"go": Status.CONFIRMED, "tbc": Status.ANNOUNCED, "tbd": Status.RUMORED,
           "hold": Status.DELAYED, "success": Status.LAUNCHED, "failure": Status.LAUNCHED,
           "partial failure": Status.LAUNCHED, "in flight": Status.LAUNCHED}  # fmt: skip


class NotLaunchLibrary(ValueError):
    """The body is not a Launch Library 2 launch list."""


def _precision(result: dict[str, Any]) -> str:
    value = result.get("net_precision")
    if not isinstance(value, dict):
        return "day"
    words = f"{value.get('name') or ''} {value.get('abbrev') or ''}".lower()
    for key in ("second", "minute", "hour", "week", "month", "quarter", "half", "year"):
        if key in words:
            return key
    abbrev = str(value.get("abbrev") or "").lower()
    return {"q": "quarter", "h": "half"}.get(abbrev[:1], "day") if abbrev[1:].isdigit() else "day"


def when_text_for(net: datetime, precision: str) -> str:
    """The words our grammar reads back as that window: "Q3 2027", "week of Dec 1, 2026", …"""
    day = net.date()
    if precision in ("second", "minute", "hour"):
        return f"{net:%Y-%m-%d %H:%M} UTC"
    if precision == "week":
        monday = day - timedelta(days=day.weekday())
        return f"week of {monday:%b} {monday.day}, {monday.year}"
    return {
        "month": f"{day:%B %Y}",
        "quarter": f"Q{(day.month - 1) // 3 + 1} {day.year}",
        "half": f"H{1 if day.month <= 6 else 2} {day.year}",
        "year": f"{day.year}",
    }.get(precision, f"{day:%B} {day.day}, {day.year}")


def _window(net: datetime, precision: str) -> tuple[str, Window]:
    text = when_text_for(net, precision)
    window = parse_window(text, base=net.replace(tzinfo=None))
    if precision == "hour":
        window = Window(window.start, window.end, Grain.HOUR, window.label, window.tz)
    return text, window


def _net(value: object) -> datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise ValueError(f"net {value!r} is not a date")
    try:
        net = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise ValueError(f"net {value!r} is not a date") from None
    if net.tzinfo is None:
        net = net.replace(tzinfo=UTC)
    if not date(1950, 1, 1) <= net.date() <= date(2200, 1, 1):
        raise ValueError(f"net {value!r} is out of range")
    return net.astimezone(UTC)


def _status(result: dict[str, Any]) -> Status:
    status = result.get("status")
    abbrev = status.get("abbrev") if isinstance(status, dict) else None
    return _STATUS.get(str(abbrev or "").strip().lower(), Status.ANNOUNCED)


def _item(result: object, now: datetime) -> FeedItem:
    if not isinstance(result, dict):
        raise ValueError("it is not an object")
    key, name = result.get("id"), result.get("name")
    if not isinstance(key, str | int) or not str(key).strip() or len(str(key)) > 100:
        raise ValueError(f"id {key!r} is not an id")
    if not isinstance(name, str) or not clean_line(name, 200):
        raise ValueError("it has no name")
    net = _net(result.get("net"))
    try:
        text, window = _window(net, _precision(result))
    except UnparseableDate as error:
        raise ValueError(f"net {net.isoformat()} could not be read: {error}") from None
    updated = result.get("last_updated")
    base = _net(updated).replace(tzinfo=None) if isinstance(updated, str) else now
    status = _status(result)
    quote = f"Launch Library 2: {clean_line(name, 200)} — NET {window.label}, {status.value}"
    return FeedItem(key=str(key).strip(), name=clean_line(name, 200), when_text=text,
                    window=window, status=status, base=base.replace(tzinfo=None, microsecond=0),
                    quote=quote, link=safe_link(result.get("url")))  # fmt: skip


def read_ll2(body: bytes, *, now: datetime) -> tuple[list[FeedItem], list[str]]:
    """The launches of a Launch Library 2 list, and a message per result that was skipped."""
    try:
        data = json.loads(body)
    except (ValueError, RecursionError) as error:
        raise NotLaunchLibrary(f"not JSON: {error}") from None
    if not isinstance(data, dict) or not isinstance(data.get("results"), list):
        raise NotLaunchLibrary("not a Launch Library 2 launch list (no `results` list)")
    items: list[FeedItem] = []
    problems: list[str] = []
    for number, result in enumerate(data["results"][:MAX_RESULTS], 1):
        try:
            items.append(_item(result, now))
        except (ValueError, TypeError, OverflowError) as error:
            problems.append(f"result {number} skipped: {error}")
    return items, problems
