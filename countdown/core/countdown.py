"""Countdown wording for a window at a given moment (DESIGN §4), and when that wording changes.

Pure functions: `now` is always an aware datetime passed in. Date windows are read in the window's
zone when it has one, otherwise in `now`'s zone (the user's local zone); naive instants are the
user's local wall clock, so they take `now`'s zone too.
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo

from countdown.core.model import Window
from countdown.core.wording import ENGLISH, Wording

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


def _seconds_until(window: Window, now: datetime) -> float:
    """Real seconds from now to the instant. Both in UTC first: Python subtracts two datetimes
    of the same zone by wall clock, which is an hour off across a DST change."""
    return (instant_utc(window, now).astimezone(UTC) - now.astimezone(UTC)).total_seconds()


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


def _span(seconds: int, say: Wording) -> str:
    """A duration in the two largest units: "3 d 4 h", "4 h 12 min", "12 min"."""
    days, rest = divmod(seconds, DAY_S)
    hours, rest = divmod(rest, HOUR_S)
    minutes = rest // MINUTE_S
    if days:
        return _units(say, ("unit_d", days), ("unit_h", hours))
    if hours:
        return _units(say, ("unit_h", hours), ("unit_min", minutes))
    return say.count("unit_min", max(minutes, 1))


def _units(say: Wording, big: tuple[str, int], small: tuple[str, int]) -> str:
    text = say.count(*big)
    return say.say("two_units", a=text, b=say.count(*small)) if small[1] else text


def _describe_instant(window: Window, now: datetime, seconds: bool, say: Wording) -> str:
    delta_s = int(_seconds_until(window, now))
    if delta_s > 0:
        if seconds and delta_s < HOUR_S:
            minutes, secs = divmod(delta_s, MINUTE_S)
            return say.say("in_span", span=f"00:{minutes:02d}:{secs:02d}")
        rounded_s = delta_s + MINUTE_S - 1 if delta_s < HOUR_S else delta_s
        return say.say("in_span", span=_span(rounded_s, say))
    if delta_s > -MINUTE_S:
        return say.say("now")
    return say.say("launched_ago", span=_span(-delta_s, say))


def _describe_day(days: int, say: Wording) -> str:
    if days > 1:
        return say.count("in_days", days)
    named = {1: "tomorrow", 0: "today", -1: "yesterday"}.get(days)
    return say.say(named) if named else say.count("days_ago", -days)


def _describe_window(window: Window, today: date, long: bool, say: Wording) -> str:
    prefix = "window_" if long else ""
    first, last = window.first_day(), window.last_day()
    if today < first:
        days = (first - today).days
        if days == 1:
            return say.say(f"{prefix}opens_tomorrow")
        return say.count(f"{prefix}opens_in", days)
    if today > last:
        days = (today - last).days
        if days == 1:
            return say.say(f"{prefix}passed_yesterday")
        return say.count(f"{prefix}passed_ago", days)
    left = (last - today).days
    day = say.say("day_of", n=(today - first).days + 1, total=window.days())
    tail = say.say("last_day") if left == 0 else say.count("days_left", left)
    return say.say(f"{prefix}open", day=day, tail=tail)


def describe(
    window: Window,
    now: datetime,
    *,
    seconds: bool = False,
    long: bool = False,
    wording: Wording = ENGLISH,
) -> str:
    """The countdown text: "in 3 d 4 h", "tomorrow", "opens in 220 days", "passed 3 days ago".

    `seconds` shows "in 00:12:09" in the last hour (only while a window is visible); `long`
    says "window opens in …" for wide windows, for the tray tooltip and menu; `wording` is the
    language ("in 12 Tagen", "还有 12 天").
    """
    if window.is_instant:
        return _describe_instant(window, now, seconds, wording)
    if window.is_single_day:
        return _describe_day(days_to_start(window, now), wording)
    return _describe_window(window, _local_now(window, now).date(), long, wording)


def next_change(window: Window, now: datetime, *, seconds: bool = False) -> datetime:
    """The next moment at which `describe(window, …)` may read differently."""
    if not window.is_instant:
        local = _local_now(window, now)
        midnight = datetime.combine(local.date() + timedelta(days=1), time(), local.tzinfo)
        return midnight.astimezone(now.tzinfo)
    delta_s = _seconds_until(window, now)
    step_s = HOUR_S if abs(delta_s) >= DAY_S else MINUTE_S
    if seconds and 0 < delta_s < HOUR_S:
        step_s = 1
    remainder_s = delta_s % step_s or step_s
    return now + timedelta(seconds=remainder_s)


def span_text(window: Window, wording: Wording = ENGLISH) -> str:
    """The window's bounds for people: "Jul 1 – Sep 30, 2026", "Dec 28, 2026 – Jan 3, 2027"."""
    if window.is_instant:
        assert isinstance(window.start, datetime)
        moment = window.start
        offset = moment.strftime(" %z") if moment.tzinfo else ""
        clock = wording.clock(moment.hour, moment.minute)
        day = wording.date(moment.date())
        return wording.say("instant_span", date=day, clock=clock, offset=offset)
    return wording.span(window.first_day(), window.last_day())
