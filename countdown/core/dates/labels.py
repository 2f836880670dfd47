"""Human labels for windows: how a person would say a span ("Q3 2026", "mid-July 2027").

The label is derived from the bounds and grain alone, plus a style for the two cases the
bounds cannot tell apart: "by" deadlines ("by Dec 25, 2026") and explicit day ranges
("June 5–7, 2026", which would otherwise read as "early June 2026"). The words come from a
phrasebook (core/wording): the parser stores the English label; `localized_label` says a
stored window in another language ("3. Quartal" style: "Q3 2026", "2026年第三季度").
"""

from __future__ import annotations

from datetime import date, datetime

from countdown.core.countdown import span_text
from countdown.core.model import Grain, Window
from countdown.core.wording import ENGLISH, Wording

_SEASONS = {3: "spring", 6: "summer", 9: "fall", 10: "holiday", 12: "winter"}
_YEAR_PARTS = {(1, 4): "early_year", (5, 8): "mid_year", (9, 12): "late_year"}
_MONTH_PARTS = {(1, 10): "early_month", (11, 20): "mid_month"}
STYLES = ("", "by", "range")


def _is_month_end(day: date) -> bool:
    # Not calendar.monthrange: `calendar` (and `locale` with it) would load before the first
    # tray paint only for this. No overflow: December ends on the 31st, other months go +1.
    if day.month == 12:
        return day.day == 31
    return (date(day.year, day.month + 1, 1) - day).days == 1


def _month_fields(day: date, say: Wording) -> dict[str, object]:
    return {"month": say.months[day.month - 1], "mon": say.months_short[day.month - 1],
            "m": day.month, "y": day.year}  # fmt: skip


def _month_part(start: date, end: date, say: Wording) -> str | None:
    """ "early/mid/late <Month> <year>" for the 1-10 / 11-20 / 21-end thirds of a month."""
    if (start.year, start.month) != (end.year, end.month):
        return None
    key = _MONTH_PARTS.get((start.day, end.day))
    if key is None and start.day == 21 and _is_month_end(end):
        key = "late_month"
    return say.say(key, **_month_fields(start, say)) if key else None


def day_range(start: date, end: date, wording: Wording = ENGLISH) -> str:
    """ "June 5–7, 2026", "May 30–June 2, 2026", "Dec 28, 2025–Jan 3, 2026"."""
    return wording.day_range(start, end)


def _months(start: date, end: date, say: Wording) -> str:
    if (start.year, start.month) == (end.year, end.month):
        return say.say("month_year", **_month_fields(start, say))
    part = _YEAR_PARTS.get((start.month, end.month))
    if part and start.year == end.year:
        return say.say(part, y=start.year)
    first, last = _month_fields(start, say), _month_fields(end, say)
    if start.year == end.year:
        return say.say("months_same_year", mon1=first["mon"], mon2=last["mon"],
                       m1=start.month, m2=end.month, y=end.year)  # fmt: skip
    a, b = say.say("month_year_short", **first), say.say("month_year_short", **last)
    return say.say("months_years", a=a, b=b)


def _season(start: date, end: date, say: Wording) -> str:
    key = _SEASONS.get(start.month, "season")
    return say.say(key, y=start.year, yy=f"{end.year % 100:02d}", y2=end.year)


def _quarter(start: date, end: date, say: Wording) -> str:
    first, last = (start.month - 1) // 3 + 1, (end.month - 1) // 3 + 1
    a = say.say("quarter", q=say.quarters[first - 1], y=start.year)
    if (first, start.year) == (last, end.year):
        return a
    return say.say("quarters", a=a, b=say.say("quarter", q=say.quarters[last - 1], y=end.year))


def _year(start: date, end: date, say: Wording) -> str:
    if start.year == end.year:
        return say.say("year", y=start.year)
    return say.say("years", y1=start.year, y2=end.year)


def describe(
    start: date, end: date, grain: Grain, style: str = "", wording: Wording = ENGLISH
) -> str:
    """The label of a date window; style is "" (natural), "by" (deadline) or "range"."""
    say = wording
    if grain is Grain.DAY:
        if style == "by":
            return say.say("by", date=say.date(end))
        if style != "range" and (part := _month_part(start, end, say)):
            return part
        return say.day_range(start, end)
    if grain is Grain.WEEK:
        return say.say("week_of", date=say.date(start))
    if grain is Grain.MONTH:
        return _months(start, end, say)
    if grain is Grain.QUARTER:
        return _quarter(start, end, say)
    if grain is Grain.HALF:
        return say.say("half1" if start.month <= 6 else "half2", y=start.year)
    if grain is Grain.SEASON:
        return _season(start, end, say)
    return _year(start, end, say)


def describe_instant(
    moment: datetime, zone_label: str | None = None, wording: Wording = ENGLISH
) -> str:
    """ "July 5, 2026 10:00 CST": the zone abbreviation in force that day, none when naive."""
    clock = wording.clock(moment.hour, moment.minute, moment.second)
    text = wording.say("instant", date=wording.full_date(moment.date()), clock=clock)
    name = zone_label or (moment.tzname() if moment.tzinfo else None)
    return f"{text} {name}" if name else text


def localized_label(window: Window, wording: Wording) -> str:
    """The window's label in `wording`'s language when it is one we made ("Q3 2026" →
    "2026年第三季度"); a label the user or a source wrote ("WWDC week") stays as it is."""
    if wording is ENGLISH or not window.label:
        return window.label
    if window.label == span_text(window):  # calendar imports are labelled by their bounds
        return span_text(window, wording)
    if isinstance(window.start, datetime):
        if window.label == describe_instant(window.start):
            return describe_instant(window.start, wording=wording)
        return window.label
    assert isinstance(window.end, date)
    for style in STYLES:
        if window.label == describe(window.start, window.end, window.grain, style):
            return describe(window.start, window.end, window.grain, style, wording)
    return window.label
