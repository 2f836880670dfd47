"""Human labels for windows: how a person would say a span ("Q3 2026", "mid-July 2027").

The label is derived from the bounds and grain alone, plus a style for the two cases the
bounds cannot tell apart: "by" deadlines ("by Dec 25, 2026") and explicit day ranges
("June 5–7, 2026", which would otherwise read as "early June 2026").
"""

from __future__ import annotations

import calendar
from datetime import date, datetime

from countdown.core.model import Grain

_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# Ranges read better with short names spelled out (AP style): "June 5–7", "Nov 25–30".
_RANGE = ("Jan", "Feb", "March", "April", "May", "June", "July", "Aug", "Sep", "Oct", "Nov", "Dec")
_SEASONS = {3: "spring", 6: "summer", 9: "fall", 10: "holiday season", 12: "winter"}
_YEAR_PARTS = {(1, 4): "early {y}", (5, 8): "mid-{y}", (9, 12): "late {y}"}


def _full(day: date) -> str:
    return f"{calendar.month_name[day.month]} {day.day}, {day.year}"


def _short(day: date) -> str:
    return f"{_SHORT[day.month - 1]} {day.day}, {day.year}"


def _is_month_end(day: date) -> bool:
    return day.day == calendar.monthrange(day.year, day.month)[1]


def _month_part(start: date, end: date) -> str | None:
    """ "early/mid/late <Month> <year>" for the 1-10 / 11-20 / 21-end thirds of a month."""
    if (start.year, start.month) != (end.year, end.month):
        return None
    name = f"{calendar.month_name[start.month]} {start.year}"
    if (start.day, end.day) == (1, 10):
        return f"early {name}"
    if (start.day, end.day) == (11, 20):
        return f"mid-{name}"
    if start.day == 21 and _is_month_end(end):
        return f"late {name}"
    return None


def day_range(start: date, end: date) -> str:
    """ "June 5–7, 2026", "May 30–June 2, 2026", "Dec 28, 2025–Jan 3, 2026"."""
    first = f"{_RANGE[start.month - 1]} {start.day}"
    if start == end:
        return _full(start)
    if start.year != end.year:
        return f"{first}, {start.year}–{_RANGE[end.month - 1]} {end.day}, {end.year}"
    if start.month == end.month:
        return f"{first}–{end.day}, {end.year}"
    return f"{first}–{_RANGE[end.month - 1]} {end.day}, {end.year}"


def _months(start: date, end: date) -> str:
    if (start.year, start.month) == (end.year, end.month):
        return f"{calendar.month_name[start.month]} {start.year}"
    part = _YEAR_PARTS.get((start.month, end.month))
    if part and start.year == end.year:
        return part.format(y=start.year)
    if start.year == end.year:
        return f"{_SHORT[start.month - 1]}–{_SHORT[end.month - 1]} {end.year}"
    return f"{_SHORT[start.month - 1]} {start.year}–{_SHORT[end.month - 1]} {end.year}"


def _season(start: date, end: date) -> str:
    name = _SEASONS.get(start.month, "season")
    if start.month == 12:
        return f"{name} {start.year}/{end.year % 100:02d}"
    return f"{name} {start.year}"


def _quarter(start: date, end: date) -> str:
    first, last = (start.month - 1) // 3 + 1, (end.month - 1) // 3 + 1
    if (first, start.year) == (last, end.year):
        return f"Q{first} {start.year}"
    return f"Q{first} {start.year}–Q{last} {end.year}"


def _year(start: date, end: date) -> str:
    return str(start.year) if start.year == end.year else f"{start.year}–{end.year}"


def describe(start: date, end: date, grain: Grain, style: str = "") -> str:
    """The label of a date window; style is "" (natural), "by" (deadline) or "range"."""
    if grain is Grain.DAY:
        if style == "by":
            return f"by {_short(end)}"
        if style != "range" and (part := _month_part(start, end)):
            return part
        return day_range(start, end)
    if grain is Grain.WEEK:
        return f"week of {_short(start)}"
    if grain is Grain.MONTH:
        return _months(start, end)
    if grain is Grain.QUARTER:
        return _quarter(start, end)
    if grain is Grain.HALF:
        return f"H{1 if start.month <= 6 else 2} {start.year}"
    if grain is Grain.SEASON:
        return _season(start, end)
    return _year(start, end)


def describe_instant(moment: datetime, zone_label: str | None = None) -> str:
    """ "July 5, 2026 10:00 CST": the zone abbreviation in force that day, none when naive."""
    clock = f"{moment:%H:%M:%S}" if moment.second else f"{moment:%H:%M}"
    text = f"{_full(moment.date())} {clock}"
    name = zone_label or (moment.tzname() if moment.tzinfo else None)
    return f"{text} {name}" if name else text
