"""The future rule checked against brute force over random bases.

Each oracle here walks the calendar day by day from base (no cleverness, no shared code with
the parser) to find what CONVENTIONS.md asks for, and hypothesis compares it with
parse_window for bases across leap years, month ends and year ends.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date, datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from countdown.core.dates.window import parse_window

bases = st.datetimes(min_value=datetime(2001, 1, 1), max_value=datetime(2080, 12, 31))
MONTHS = list(calendar.month_name)[1:]
WEEKDAYS = list(calendar.day_name)


def first_day_from(start: date, wanted: Callable[[date], bool]) -> date:
    day = start
    while not wanted(day):
        day += timedelta(days=1)
    return day


def span(text: str, base: datetime) -> tuple[object, object, str]:
    window = parse_window(text, base=base)
    return window.start, window.end, window.grain.value


@settings(max_examples=150, deadline=None)
@given(base=bases, month=st.integers(1, 12), day=st.integers(1, 31))
def test_month_day_is_its_next_occurrence_today_included(
    base: datetime, month: int, day: int
) -> None:
    if day > calendar.monthrange(2000, month)[1]:  # 2000 is a leap year: Feb 29 exists
        return
    expected = first_day_from(base.date(), lambda d: (d.month, d.day) == (month, day))
    assert span(f"{MONTHS[month - 1]} {day}", base) == (expected, expected, "day")


@settings(max_examples=100, deadline=None)
@given(base=bases, month=st.integers(1, 12))
def test_bare_month_is_the_current_or_next_one(base: datetime, month: int) -> None:
    first = first_day_from(base.date().replace(day=1), lambda d: d.month == month and d.day == 1)
    last = date(first.year, month, calendar.monthrange(first.year, month)[1])
    assert span(f"slated for {MONTHS[month - 1]}", base) == (first, last, "month")


@settings(max_examples=100, deadline=None)
@given(base=bases, quarter=st.integers(1, 4))
def test_bare_quarter_is_the_current_or_next_one(base: datetime, quarter: int) -> None:
    today = base.date()
    last_months = [(y, 3 * quarter) for y in (today.year, today.year + 1)]
    year, month = next(
        (y, m) for y, m in last_months if date(y, m, calendar.monthrange(y, m)[1]) >= today
    )
    expected = (date(year, month - 2, 1), date(year, month, calendar.monthrange(year, month)[1]))
    assert span(f"Q{quarter}", base) == (*expected, "quarter")


@settings(max_examples=100, deadline=None)
@given(base=bases, part=st.sampled_from(["early", "mid", "late"]), month=st.integers(1, 12))
def test_thirds_of_a_month_follow_the_future_rule(base: datetime, part: str, month: int) -> None:
    first_day, last_day = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}[part]
    today = base.date()
    for year in range(today.year, today.year + 2):
        end = date(year, month, min(last_day, calendar.monthrange(year, month)[1]))
        if end >= today:
            break
    separator = "-" if part == "mid" else " "
    got = span(f"{part}{separator}{MONTHS[month - 1]}", base)
    assert got == (date(year, month, first_day), end, "day")


@settings(max_examples=100, deadline=None)
@given(base=bases, weekday=st.integers(0, 6))
def test_bare_weekday_is_the_next_one_after_base(base: datetime, weekday: int) -> None:
    expected = first_day_from(base.date() + timedelta(days=1), lambda d: d.weekday() == weekday)
    assert span(f"on {WEEKDAYS[weekday]}", base) == (expected, expected, "day")


@settings(max_examples=100, deadline=None)
@given(base=bases, day=st.integers(1, 31))
def test_bare_day_of_month_is_the_next_such_day(base: datetime, day: int) -> None:
    expected = first_day_from(base.date(), lambda d: d.day == day)
    suffix = {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(day, "th")
    assert span(f"on the {day}{suffix}", base) == (expected, expected, "day")


HOLIDAY_TESTS: dict[str, Callable[[date], bool]] = {
    "Thanksgiving": lambda d: d.month == 11 and d.weekday() == 3 and 22 <= d.day <= 28,
    "Black Friday": lambda d: d.month == 11 and d.weekday() == 4 and 23 <= d.day <= 29,
    "Cyber Monday": lambda d: (
        (d - timedelta(days=4)).month == 11
        and (d - timedelta(days=4)).weekday() == 3
        and 22 <= (d - timedelta(days=4)).day <= 28
    ),
    "Memorial Day": lambda d: d.month == 5 and d.weekday() == 0 and d.day >= 25,
    "Labor Day": lambda d: d.month == 9 and d.weekday() == 0 and d.day <= 7,
    "Christmas Eve": lambda d: (d.month, d.day) == (12, 24),
    "Halloween": lambda d: (d.month, d.day) == (10, 31),
    "New Year's Day": lambda d: (d.month, d.day) == (1, 1),
}


@settings(max_examples=150, deadline=None)
@given(base=bases, name=st.sampled_from(sorted(HOLIDAY_TESTS)))
def test_holidays_are_their_next_occurrence_today_included(base: datetime, name: str) -> None:
    expected = first_day_from(base.date(), HOLIDAY_TESTS[name])
    assert span(name, base) == (expected, expected, "day")


@settings(max_examples=100, deadline=None)
@given(base=bases, months=st.integers(1, 30))
def test_month_offsets_clamp_to_the_month_length(base: datetime, months: int) -> None:
    today = base.date()
    year, month = divmod(today.month - 1 + months, 12)
    year += today.year
    expected = date(year, month + 1, min(today.day, calendar.monthrange(year, month + 1)[1]))
    assert span(f"in {months} months", base) == (expected, expected, "day")


@settings(max_examples=100, deadline=None)
@given(base=bases, season=st.sampled_from(["spring", "summer", "fall", "winter"]))
def test_seasons_are_the_current_or_next_one(base: datetime, season: str) -> None:
    start_month = {"spring": 3, "summer": 6, "fall": 9, "winter": 12}[season]
    today = base.date()
    for year in range(today.year - 1, today.year + 2):
        start = date(year, start_month, 1)
        end_month_first = date(year + (start_month + 2) // 13, (start_month + 1) % 12 + 1, 1)
        end = date(
            end_month_first.year,
            end_month_first.month,
            calendar.monthrange(end_month_first.year, end_month_first.month)[1],
        )
        if end >= today:
            break
    assert span(season, base) == (start, end, "season")


@settings(max_examples=100, deadline=None)
@given(base=bases)
def test_this_and_next_week_run_monday_to_sunday(base: datetime) -> None:
    monday = first_day_from(base.date() - timedelta(days=6), lambda d: d.weekday() == 0)
    assert span("this week", base) == (monday, monday + timedelta(days=6), "week")
    following = monday + timedelta(days=7)
    assert span("next week", base) == (following, following + timedelta(days=6), "week")
