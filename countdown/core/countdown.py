"""Countdown wording for a window at a given moment (DESIGN §4), and when that wording changes.

Pure functions: `now` is always an aware datetime passed in. Date windows are read in the window's
zone when it has one, otherwise in `now`'s zone (the user's local zone); naive instants are the
user's local wall clock, so they take `now`'s zone too.
"""

from __future__ import annotations

import enum
from datetime import date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from countdown.core.model import Window

MINUTE_S = 60
HOUR_S = 3600
DAY_S = 86400


class Phase(enum.StrEnum):
    UPCOMING = "upcoming"
    TODAY = "today"
    OPEN = "open"
    PASSED = "passed"


@lru_cache(maxsize=64)
def _zone(name: str) -> ZoneInfo:
    return ZoneInfo(name)


def _local_now(window: Window, now: datetime) -> datetime:
    return now.astimezone(_zone(window.tz)) if window.tz else now


def instant_utc(window: Window, now: datetime) -> datetime:
    """An instant window as an aware datetime (a naive instant is in now's zone)."""
    start = window.start
    assert isinstance(start, datetime), "instant_utc needs an instant window"
    if start.tzinfo is None:
        zone = _zone(window.tz) if window.tz else now.tzinfo
        start = start.replace(tzinfo=zone)
    return start


def window_bounds_utc(window: Window, tz: tzinfo) -> tuple[datetime, datetime]:
    """[start of the first day, start of the day after the last) in `tz`, as aware datetimes."""
    zone = _zone(window.tz) if window.tz else tz
    first = datetime.combine(window.first_day(), time(), zone)
    after = datetime.combine(window.last_day() + timedelta(days=1), time(), zone)
    return first, after


def days_to_start(window: Window, now: datetime) -> int:
    """Calendar days from today to the window's first day (0 today or open, < 0 once passed)."""
    if window.is_instant:
        today = now.date()
        return (instant_utc(window, now).astimezone(now.tzinfo).date() - today).days
    return (window.first_day() - _local_now(window, now).date()).days


def phase(window: Window, now: datetime) -> Phase:
    if window.is_instant:
        return Phase.UPCOMING if instant_utc(window, now) > now else Phase.PASSED
    today = _local_now(window, now).date()
    if today < window.first_day():
        return Phase.UPCOMING
    if today > window.last_day():
        return Phase.PASSED
    return Phase.TODAY if window.is_single_day else Phase.OPEN


def _span(seconds: int) -> str:
    """A duration in the two largest units: "3 d 4 h", "4 h 12 min", "12 min"."""
    days, rest = divmod(seconds, DAY_S)
    hours, rest = divmod(rest, HOUR_S)
    minutes = rest // MINUTE_S
    if days:
        return f"{days} d {hours} h" if hours else f"{days} d"
    if hours:
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    return f"{max(minutes, 1)} min"


def _describe_instant(window: Window, now: datetime, seconds: bool) -> str:
    delta_s = int((instant_utc(window, now) - now).total_seconds())
    if delta_s > 0:
        if seconds and delta_s < HOUR_S:
            minutes, secs = divmod(delta_s, MINUTE_S)
            return f"in 00:{minutes:02d}:{secs:02d}"
        return f"in {_span(delta_s + MINUTE_S - 1 if delta_s < HOUR_S else delta_s)}"
    if delta_s > -MINUTE_S:
        return "now"
    return f"launched {_span(-delta_s)} ago"


def _days(n: int) -> str:
    return f"{n} day" if n == 1 else f"{n} days"


def _describe_day(days: int) -> str:
    if days > 1:
        return f"in {_days(days)}"
    return {1: "tomorrow", 0: "today", -1: "yesterday"}.get(days, f"{_days(-days)} ago")


def _describe_window(window: Window, today: date, long: bool) -> str:
    prefix = "window " if long else ""
    first, last = window.first_day(), window.last_day()
    if today < first:
        days = (first - today).days
        return f"{prefix}opens tomorrow" if days == 1 else f"{prefix}opens in {_days(days)}"
    if today > last:
        days = (today - last).days
        return f"{prefix}passed yesterday" if days == 1 else f"{prefix}passed {_days(days)} ago"
    left = (last - today).days
    day_no = (today - first).days + 1
    tail = "last day" if left == 0 else f"{_days(left)} left"
    return f"{prefix}open · day {day_no} of {window.days()} · {tail}"


def describe(window: Window, now: datetime, *, seconds: bool = False, long: bool = False) -> str:
    """The countdown text: "in 3 d 4 h", "tomorrow", "opens in 220 days", "passed 3 days ago".

    `seconds` shows "in 00:12:09" in the last hour (only while a window is visible); `long`
    says "window opens in …" for wide windows, for the tray tooltip and menu.
    """
    if window.is_instant:
        return _describe_instant(window, now, seconds)
    if window.is_single_day:
        return _describe_day(days_to_start(window, now))
    return _describe_window(window, _local_now(window, now).date(), long)


def next_change(window: Window, now: datetime, *, seconds: bool = False) -> datetime:
    """The next moment at which `describe(window, …)` may read differently."""
    if not window.is_instant:
        local = _local_now(window, now)
        midnight = datetime.combine(local.date() + timedelta(days=1), time(), local.tzinfo)
        return midnight.astimezone(now.tzinfo)
    delta_s = (instant_utc(window, now) - now).total_seconds()
    step_s = HOUR_S if abs(delta_s) >= DAY_S else MINUTE_S
    if seconds and 0 < delta_s < HOUR_S:
        step_s = 1
    remainder_s = delta_s % step_s or step_s
    return now + timedelta(seconds=remainder_s)


def _day_text(d: date, *, year: bool = True) -> str:
    text = f"{d:%b} {d.day}"
    return f"{text}, {d.year}" if year else text


def span_text(window: Window) -> str:
    """The window's bounds for people: "Jul 1 – Sep 30, 2026", "Dec 28, 2026 – Jan 3, 2027"."""
    if window.is_instant:
        assert isinstance(window.start, datetime)
        offset = window.start.strftime(" %z") if window.start.tzinfo else ""
        return f"{_day_text(window.start.date())} {window.start:%H:%M}{offset}"
    first, last = window.first_day(), window.last_day()
    if first == last:
        return _day_text(first)
    same_year = first.year == last.year
    return f"{_day_text(first, year=not same_year)} – {_day_text(last)}"
