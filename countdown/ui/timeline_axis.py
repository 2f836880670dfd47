"""The timeline's axis: where the ticks go and what they say at each zoom level.

Weeks: a tick every Monday ("Nov 23"), the first week of a month major. Months: "Jan 2027",
then "Feb", "Mar"… (January major). Quarters: "Q1 2027" on the first month of each quarter.
Years: "2027" on each January. Plain functions of the origin, span and zoom, no Qt.
"""

from __future__ import annotations

from datetime import date, timedelta

Tick = tuple[date, str, bool]  # day, label ("" for a bare tick), major


def month_start(day: date) -> date:
    return day.replace(day=1)


def axis_ticks(origin: date, days: int, zoom_index: int) -> list[Tick]:
    """The ticks from `origin` over `days` days at this zoom (0 weeks … 3 years)."""
    end = origin + timedelta(days=days)
    ticks: list[Tick] = []
    if zoom_index == 0:
        day = origin - timedelta(days=origin.weekday())
        while day <= end:
            ticks.append((day, f"{day:%b} {day.day}", day.day <= 7))
            day += timedelta(days=7)
        return ticks
    day = month_start(origin)
    while day <= end:
        ticks.append((day, *_month_label(day, zoom_index)))
        day = month_start(day + timedelta(days=32))
    return ticks


def _month_label(day: date, zoom_index: int) -> tuple[str, bool]:
    if zoom_index == 1:
        return (f"{day:%b %Y}" if day.month == 1 else f"{day:%b}"), day.month == 1
    if zoom_index == 2:
        quarter = (day.month - 1) // 3 + 1
        return (f"Q{quarter} {day.year}" if day.month % 3 == 1 else ""), day.month % 3 == 1
    return (str(day.year) if day.month == 1 else ""), day.month == 1
