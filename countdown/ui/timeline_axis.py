"""The timeline's axis: where the ticks go and what they say at each zoom level.

Weeks: a tick every Monday ("Nov 23"), the first week of a month major. Months: "Jan 2027",
then "Feb", "Mar"… (January major). Quarters: "Q1 2027" on the first month of each quarter.
Years: "2027" on each January. Plain functions of the origin, span and zoom, no Qt; the words
and month names come from the UI language's phrasebook ("23. Nov.", "2027年第1季度").
"""

from __future__ import annotations

from datetime import date, timedelta

from countdown.core.wording import ENGLISH, Wording

Tick = tuple[date, str, bool]  # day, label ("" for a bare tick), major


def month_start(day: date) -> date:
    return day.replace(day=1)


def axis_ticks(origin: date, days: int, zoom_index: int, wording: Wording = ENGLISH) -> list[Tick]:
    """The ticks from `origin` over `days` days at this zoom (0 weeks … 3 years)."""
    end = origin + timedelta(days=days)
    ticks: list[Tick] = []
    if zoom_index == 0:
        day = origin - timedelta(days=origin.weekday())
        while day <= end:
            ticks.append((day, wording.date(day, year=False), day.day <= 7))
            day += timedelta(days=7)
        return ticks
    day = month_start(origin)
    while day <= end:
        ticks.append((day, *_month_label(day, zoom_index, wording)))
        day = month_start(day + timedelta(days=32))
    return ticks


def _month_label(day: date, zoom_index: int, say: Wording) -> tuple[str, bool]:
    january = day.month == 1
    if zoom_index == 1:
        short = say.months_short[day.month - 1]
        return (say.say("month_year_short", mon=short, m=day.month, y=day.year) if january
                else short), january  # fmt: skip
    if zoom_index == 2:
        first = day.month % 3 == 1
        quarter = say.quarters[(day.month - 1) // 3]
        return (say.say("quarter", q=quarter, y=day.year) if first else ""), first
    return (say.say("year", y=day.year) if january else ""), january
