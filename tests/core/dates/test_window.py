"""parse_window follows CONVENTIONS.md: one table of cases per rule, labels, rejects, corpus.

Expected windows were worked out by hand from the conventions (calendar facts: Nov 1 2026 is a
Sunday, Feb 1 2027 a Monday, Thanksgiving 2026 = Nov 26, 2027 = Nov 25).
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from countdown.core.dates.window import UnparseableDate, parse_window

Case = tuple[str, str, str, str, str]


def check(text: str, base: str, start: str, end: str, grain: str) -> None:
    window = parse_window(text, base=datetime.fromisoformat(base))
    got = window.to_dict()
    assert (got["start"], got["end"], got["grain"]) == (start, end, grain), window.label
    assert window.start <= window.end


MONTHS: list[Case] = [
    ("November", "2026-11-23T12:00", "2026-11-01", "2026-11-30", "month"),
    ("in November", "2026-12-01T00:00", "2027-11-01", "2027-11-30", "month"),
    ("due in January", "2026-12-31T23:59", "2027-01-01", "2027-01-31", "month"),
    ("Sept 2027", "2026-01-01T09:00", "2027-09-01", "2027-09-30", "month"),
    ("February 2028", "2026-01-01T09:00", "2028-02-01", "2028-02-29", "month"),
    ("Feb '27", "2026-05-01T09:00", "2027-02-01", "2027-02-28", "month"),
    ("March of next year", "2026-05-01T09:00", "2027-03-01", "2027-03-31", "month"),
    ("June this year", "2026-11-01T09:00", "2026-06-01", "2026-06-30", "month"),
    ("2026-09", "2027-01-05T09:00", "2026-09-01", "2026-09-30", "month"),
    ("next March", "2026-03-15T09:00", "2027-03-01", "2027-03-31", "month"),
    ("next December", "2026-11-23T12:00", "2026-12-01", "2026-12-31", "month"),
    ("this month", "2027-02-28T08:00", "2027-02-01", "2027-02-28", "month"),
    ("next month", "2026-12-31T08:00", "2027-01-01", "2027-01-31", "month"),
    ("targeting May", "2026-06-01T08:00", "2027-05-01", "2027-05-31", "month"),
    ("The phone may arrive in July", "2026-06-01T08:00", "2026-07-01", "2026-07-31", "month"),
]
DAYS: list[Case] = [
    ("November 23", "2026-11-23T23:00", "2026-11-23", "2026-11-23", "day"),
    ("November 20", "2026-11-23T12:00", "2027-11-20", "2027-11-20", "day"),
    ("Jan 2", "2026-12-30T12:00", "2027-01-02", "2027-01-02", "day"),
    ("3 March", "2026-03-04T12:00", "2027-03-03", "2027-03-03", "day"),
    ("the 5th of June 2025", "2026-03-04T12:00", "2025-06-05", "2025-06-05", "day"),
    ("December 3rd, 2026", "2026-01-01T12:00", "2026-12-03", "2026-12-03", "day"),
    ("Dec. 3rd, '26", "2026-01-01T12:00", "2026-12-03", "2026-12-03", "day"),
    ("2027-03-02", "2028-01-01T12:00", "2027-03-02", "2027-03-02", "day"),
    ("Feb 29", "2026-01-10T12:00", "2028-02-29", "2028-02-29", "day"),
    ("February 29", "2028-02-29T23:00", "2028-02-29", "2028-02-29", "day"),
    ("Feb 29", "2028-03-01T00:10", "2032-02-29", "2032-02-29", "day"),
    ("on the 31st", "2026-11-05T12:00", "2026-12-31", "2026-12-31", "day"),
    ("on the 15th", "2026-11-15T12:00", "2026-11-15", "2026-11-15", "day"),
    ("on the 15th", "2026-12-16T12:00", "2027-01-15", "2027-01-15", "day"),
    ("the 29th", "2027-01-30T12:00", "2027-03-29", "2027-03-29", "day"),
    ("the 10th of next month", "2026-12-20T12:00", "2027-01-10", "2027-01-10", "day"),
    ("Thu, Feb 4", "2026-03-01T12:00", "2027-02-04", "2027-02-04", "day"),
    ("Monday, February 1", "2026-06-01T12:00", "2027-02-01", "2027-02-01", "day"),
    ("Sunday 1 November", "2026-01-01T12:00", "2026-11-01", "2026-11-01", "day"),
    ("iOS 27.1 lands March 9", "2027-03-01T08:00", "2027-03-09", "2027-03-09", "day"),
    ("the Pixel 10 event is on Aug 20", "2026-08-01T08:00", "2026-08-20", "2026-08-20", "day"),
]
WEEKDAYS: list[Case] = [
    ("Friday", "2026-11-27T08:00", "2026-12-04", "2026-12-04", "day"),
    ("this Friday", "2026-11-23T08:00", "2026-11-27", "2026-11-27", "day"),
    ("on Monday", "2026-11-29T08:00", "2026-11-30", "2026-11-30", "day"),
    ("next Monday", "2026-11-29T08:00", "2026-11-30", "2026-11-30", "day"),
    ("next Tuesday", "2026-11-28T08:00", "2026-12-01", "2026-12-01", "day"),
    ("the first Monday of September", "2026-09-08T08:00", "2027-09-06", "2027-09-06", "day"),
    ("the second Tuesday of December", "2026-11-23T08:00", "2026-12-08", "2026-12-08", "day"),
    ("the last Friday of January 2027", "2025-01-01T08:00", "2027-01-29", "2027-01-29", "day"),
    ("the 3rd Wednesday in March", "2026-03-20T08:00", "2027-03-17", "2027-03-17", "day"),
    ("Friday next week", "2026-11-23T08:00", "2026-12-04", "2026-12-04", "day"),
    ("this Sat", "2026-11-23T08:00", "2026-11-28", "2026-11-28", "day"),
    ("next week, on Monday", "2026-11-29T08:00", "2026-11-30", "2026-11-30", "day"),
    ("the day after Thanksgiving", "2026-11-01T08:00", "2026-11-27", "2026-11-27", "day"),
    ("the day before Christmas", "2026-11-01T08:00", "2026-12-24", "2026-12-24", "day"),
]
RELATIVE: list[Case] = [
    ("tomorrow", "2026-12-31T23:00", "2027-01-01", "2027-01-01", "day"),
    ("today", "2027-01-01T00:05", "2027-01-01", "2027-01-01", "day"),
    ("day after tomorrow", "2028-02-28T10:00", "2028-03-01", "2028-03-01", "day"),
    ("in 2 days", "2028-02-28T10:00", "2028-03-01", "2028-03-01", "day"),
    ("in two weeks", "2026-12-25T10:00", "2027-01-08", "2027-01-08", "day"),
    ("10 days from now", "2026-11-23T10:00", "2026-12-03", "2026-12-03", "day"),
    ("a week from today", "2026-12-28T10:00", "2027-01-04", "2027-01-04", "day"),
    ("in a month", "2027-01-31T10:00", "2027-02-28", "2027-02-28", "day"),
    ("in 1 month", "2028-01-31T10:00", "2028-02-29", "2028-02-29", "day"),
    ("in three months", "2026-11-30T10:00", "2027-02-28", "2027-02-28", "day"),
    ("in a year", "2028-02-29T10:00", "2029-02-28", "2029-02-28", "day"),
    ("in 2 hours", "2026-12-31T23:30", "2027-01-01T01:30:00", "2027-01-01T01:30:00", "minute"),
    ("in 45 minutes", "2026-05-01T10:20", "2026-05-01T11:05:00", "2026-05-01T11:05:00", "minute"),
]
WEEKS: list[Case] = [
    ("this week", "2026-11-29T10:00", "2026-11-23", "2026-11-29", "week"),
    ("this week", "2026-11-30T10:00", "2026-11-30", "2026-12-06", "week"),
    ("next week", "2026-11-29T10:00", "2026-11-30", "2026-12-06", "week"),
    ("the week after next", "2026-12-24T10:00", "2027-01-04", "2027-01-10", "week"),
    ("the week of Jan 1", "2026-12-01T10:00", "2026-12-28", "2027-01-03", "week"),
    ("week of June 3, 2026", "2026-01-01T10:00", "2026-06-01", "2026-06-07", "week"),
    ("the first week of March", "2026-11-01T10:00", "2027-03-01", "2027-03-07", "week"),
    ("last week of February 2026", "2025-11-01T10:00", "2026-02-23", "2026-03-01", "week"),
    ("this weekend", "2026-11-29T10:00", "2026-11-28", "2026-11-29", "day"),
    ("this weekend", "2026-11-30T10:00", "2026-12-05", "2026-12-06", "day"),
    ("the first weekend of November", "2026-10-01T10:00", "2026-11-07", "2026-11-08", "day"),
    ("2026-W53", "2026-10-01T10:00", "2026-12-28", "2027-01-03", "week"),
    ("week 1 of 2027", "2026-10-01T10:00", "2027-01-04", "2027-01-10", "week"),
    ("the weekend of June 6", "2026-11-23T10:00", "2027-06-05", "2027-06-06", "day"),
    ("Memorial Day weekend", "2026-11-23T10:00", "2027-05-29", "2027-05-31", "day"),
    ("Thanksgiving weekend", "2026-11-23T10:00", "2026-11-26", "2026-11-29", "day"),
]
QUARTERS: list[Case] = [
    ("Q3 2026", "2025-01-01T10:00", "2026-07-01", "2026-09-30", "quarter"),
    ("3Q26", "2025-01-01T10:00", "2026-07-01", "2026-09-30", "quarter"),
    ("3Q 2026", "2025-01-01T10:00", "2026-07-01", "2026-09-30", "quarter"),
    ("2018Q4", "2025-01-01T10:00", "2018-10-01", "2018-12-31", "quarter"),
    ("Q1 '27", "2025-01-01T10:00", "2027-01-01", "2027-03-31", "quarter"),
    ("Q4 FY2026", "2025-01-01T10:00", "2026-10-01", "2026-12-31", "quarter"),
    ("Q4", "2026-10-01T00:00", "2026-10-01", "2026-12-31", "quarter"),
    ("Q4", "2027-01-01T00:00", "2027-10-01", "2027-12-31", "quarter"),
    ("the first quarter", "2026-04-01T00:00", "2027-01-01", "2027-03-31", "quarter"),
    ("the fourth quarter of this year", "2027-01-01T00:00", "2027-10-01", "2027-12-31", "quarter"),
    ("next quarter", "2026-11-23T00:00", "2027-01-01", "2027-03-31", "quarter"),
    ("this quarter", "2026-12-31T23:59", "2026-10-01", "2026-12-31", "quarter"),
    ("end of Q1", "2026-11-23T00:00", "2027-03-01", "2027-03-31", "month"),
    ("late Q2 2027", "2026-11-23T00:00", "2027-06-01", "2027-06-30", "month"),
    ("the end of this quarter", "2026-11-23T00:00", "2026-12-01", "2026-12-31", "month"),
]
HALVES: list[Case] = [
    ("H1", "2027-07-01T00:00", "2028-01-01", "2028-06-30", "half"),
    ("1H 2027", "2025-01-01T10:00", "2027-01-01", "2027-06-30", "half"),
    ("H2 2026", "2025-01-01T10:00", "2026-07-01", "2026-12-31", "half"),
    ("the first half of next year", "2026-12-31T10:00", "2027-01-01", "2027-06-30", "half"),
    ("second half", "2026-12-31T10:00", "2026-07-01", "2026-12-31", "half"),
    ("the back half of the year", "2026-02-01T10:00", "2026-07-01", "2026-12-31", "half"),
    ("back half of 2027", "2026-02-01T10:00", "2027-07-01", "2027-12-31", "half"),
]
SEASONS: list[Case] = [
    ("spring", "2026-06-01T10:00", "2027-03-01", "2027-05-31", "season"),
    ("summer 2027", "2026-06-01T10:00", "2027-06-01", "2027-08-31", "season"),
    ("fall", "2026-12-01T10:00", "2027-09-01", "2027-11-30", "season"),
    ("winter", "2026-11-30T10:00", "2026-12-01", "2027-02-28", "season"),
    ("winter", "2028-02-29T10:00", "2027-12-01", "2028-02-29", "season"),
    ("next winter", "2026-12-15T10:00", "2027-12-01", "2028-02-29", "season"),
    ("winter 2027/28", "2026-12-15T10:00", "2027-12-01", "2028-02-29", "season"),
    ("next summer", "2026-05-31T10:00", "2026-06-01", "2026-08-31", "season"),
    ("next summer", "2026-06-01T10:00", "2027-06-01", "2027-08-31", "season"),
    ("The Switch 3 arrives this fall", "2026-01-10T10:00", "2026-09-01", "2026-11-30", "season"),
]
PARTS: list[Case] = [
    ("early December", "2026-11-23T10:00", "2026-12-01", "2026-12-10", "day"),
    ("mid-November", "2026-11-23T10:00", "2027-11-11", "2027-11-20", "day"),
    ("late November", "2026-11-23T10:00", "2026-11-21", "2026-11-30", "day"),
    ("late February", "2027-03-01T10:00", "2028-02-21", "2028-02-29", "day"),
    ("the end of the month", "2026-11-23T10:00", "2026-11-21", "2026-11-30", "day"),
    ("beginning of next month", "2026-12-31T10:00", "2027-01-01", "2027-01-10", "day"),
    ("middle of March 2027", "2026-12-31T10:00", "2027-03-11", "2027-03-20", "day"),
    ("the first half of December", "2026-11-23T10:00", "2026-12-01", "2026-12-15", "day"),
    ("the second half of February 2028", "2026-11-23T10:00", "2028-02-16", "2028-02-29", "day"),
    ("early 2027", "2026-12-31T10:00", "2027-01-01", "2027-04-30", "month"),
    ("mid-2026", "2027-12-31T10:00", "2026-05-01", "2026-08-31", "month"),
    ("late this year", "2026-01-01T10:00", "2026-09-01", "2026-12-31", "month"),
    ("end of the year", "2026-12-31T10:00", "2026-09-01", "2026-12-31", "month"),
    ("the middle of next year", "2026-12-31T10:00", "2027-05-01", "2027-08-31", "month"),
]
YEARS: list[Case] = [
    ("2027", "2026-12-31T10:00", "2027-01-01", "2027-12-31", "year"),
    ("in 2025", "2026-12-31T10:00", "2025-01-01", "2025-12-31", "year"),
    ("this year", "2026-12-31T23:59", "2026-01-01", "2026-12-31", "year"),
    ("next year", "2026-12-31T23:59", "2027-01-01", "2027-12-31", "year"),
    ("NET 2028", "2026-12-31T23:59", "2028-01-01", "2028-12-31", "year"),
    ("WWDC 2027", "2026-12-31T23:59", "2027-01-01", "2027-12-31", "year"),
    ("not before 2028", "2026-12-31T23:59", "2028-01-01", "2028-12-31", "year"),
    (
        "The successor won't ship before 2028",
        "2026-05-01T10:00",
        "2028-01-01",
        "2028-12-31",
        "year",
    ),
]
OPEN: list[Case] = [
    ("later this month", "2026-11-25T10:00", "2026-11-25", "2026-11-30", "day"),
    ("later this week", "2026-11-29T10:00", "2026-11-29", "2026-11-29", "day"),
    ("later this year", "2026-12-31T10:00", "2026-12-31", "2026-12-31", "day"),
    ("the rest of the month", "2028-02-10T10:00", "2028-02-10", "2028-02-29", "day"),
    ("by the end of the year", "2026-11-23T10:00", "2026-11-23", "2026-12-31", "day"),
    ("by the end of next month", "2026-11-23T10:00", "2026-11-23", "2026-12-31", "day"),
    ("by Christmas", "2026-12-26T10:00", "2026-12-26", "2027-12-25", "day"),
    ("by Thanksgiving", "2027-01-02T10:00", "2027-01-02", "2027-11-25", "day"),
    ("by Dec 25", "2026-11-23T10:00", "2026-11-23", "2026-12-25", "day"),
    ("by the end of Q1 2027", "2026-11-23T10:00", "2026-11-23", "2027-03-31", "day"),
    ("by the end of the week", "2026-11-23T10:00", "2026-11-23", "2026-11-29", "day"),
    ("through the end of the year", "2026-11-23T10:00", "2026-11-23", "2026-12-31", "day"),
    ("later this quarter", "2026-11-23T10:00", "2026-11-23", "2026-12-31", "day"),
    ("before Christmas", "2026-11-23T10:00", "2026-11-23", "2026-12-24", "day"),
]
RANGES: list[Case] = [
    ("June 5-7", "2026-05-16T10:00", "2026-06-05", "2026-06-07", "day"),
    ("June 5–7", "2026-06-06T10:00", "2027-06-05", "2027-06-07", "day"),
    ("Dec 30 – Jan 2", "2026-12-01T10:00", "2026-12-30", "2027-01-02", "day"),
    ("from 28 December to 3 January", "2026-12-01T10:00", "2026-12-28", "2027-01-03", "day"),
    ("June 29 to July 3, 2027", "2026-12-01T10:00", "2027-06-29", "2027-07-03", "day"),
    ("between June 5 and June 9", "2026-12-01T10:00", "2027-06-05", "2027-06-09", "day"),
    # the start month follows the future rule on its own, so a started range moves on a year
    ("March through May", "2026-04-01T10:00", "2027-03-01", "2027-05-31", "month"),
    ("March through May", "2026-03-31T10:00", "2026-03-01", "2026-05-31", "month"),
    ("November to February", "2026-11-15T10:00", "2026-11-01", "2027-02-28", "month"),
    ("Nov 2026 - Feb 2027", "2026-01-15T10:00", "2026-11-01", "2027-02-28", "month"),
    ("between January and March 2028", "2026-01-15T10:00", "2028-01-01", "2028-03-31", "month"),
]
HOLIDAYS: list[Case] = [
    ("Christmas", "2026-12-25T23:00", "2026-12-25", "2026-12-25", "day"),
    ("Christmas", "2026-12-26T00:00", "2027-12-25", "2027-12-25", "day"),
    ("Christmas Eve", "2026-12-25T00:00", "2027-12-24", "2027-12-24", "day"),
    ("New Year's Eve", "2026-12-01T00:00", "2026-12-31", "2026-12-31", "day"),
    ("New Year’s Day", "2026-12-01T00:00", "2027-01-01", "2027-01-01", "day"),
    ("Halloween", "2026-11-01T00:00", "2027-10-31", "2027-10-31", "day"),
    ("Boxing Day", "2026-12-01T00:00", "2026-12-26", "2026-12-26", "day"),
    ("Independence Day", "2026-07-04T20:00", "2026-07-04", "2026-07-04", "day"),
    ("the 4th of July", "2026-07-05T20:00", "2027-07-04", "2027-07-04", "day"),
    ("Thanksgiving", "2026-11-27T00:00", "2027-11-25", "2027-11-25", "day"),
    ("Black Friday", "2027-01-01T00:00", "2027-11-26", "2027-11-26", "day"),
    ("Cyber Monday", "2026-11-01T00:00", "2026-11-30", "2026-11-30", "day"),
    ("Memorial Day", "2026-06-01T00:00", "2027-05-31", "2027-05-31", "day"),
    ("Labor Day", "2026-06-01T00:00", "2026-09-07", "2026-09-07", "day"),
    ("Labor Day 2027", "2026-06-01T00:00", "2027-09-06", "2027-09-06", "day"),
]
SENTENCES: list[Case] = [
    ("Sony says the PS6 is due in late 2027", "2026-01-01T00:00", "2027-09-01", "2027-12-31",
     "month"),
    ("The Galaxy S27 is expected to launch in February 2027", "2026-01-01T00:00", "2027-02-01",
     "2027-02-28", "month"),
    ("Valve's Steam Frame goes on sale 12 November", "2026-10-31T00:00", "2026-11-12",
     "2026-11-12", "day"),
    ("RTX 6090 cards are penciled in for Q2 2027", "2026-10-31T00:00", "2027-04-01",
     "2027-06-30", "quarter"),
    ("Android 17 rolls out next month", "2026-10-31T00:00", "2026-11-01", "2026-11-30", "month"),
    ("Pixel 11 September event", "2026-10-31T00:00", "2027-09-01", "2027-09-30", "month"),
    ("The 2026 model arrives in 2027", "2026-10-31T00:00", "2027-01-01", "2027-12-31", "year"),
    ("The March update ships in June", "2026-10-31T00:00", "2027-06-01", "2027-06-30", "month"),
]  # fmt: skip
ALL_CASES = [
    *MONTHS, *DAYS, *WEEKDAYS, *RELATIVE, *WEEKS, *QUARTERS, *HALVES, *SEASONS, *PARTS, *YEARS,
    *OPEN, *RANGES, *HOLIDAYS, *SENTENCES,
]  # fmt: skip


@pytest.mark.parametrize(("text", "base", "start", "end", "grain"), ALL_CASES)
def test_convention_rules(text: str, base: str, start: str, end: str, grain: str) -> None:
    check(text, base, start, end, grain)


@pytest.mark.parametrize(
    ("text", "base", "label"),
    [
        ("July 2022", "2022-01-01T00:00", "July 2022"),
        ("Q3 2026", "2025-01-01T00:00", "Q3 2026"),
        ("2H 2026", "2025-01-01T00:00", "H2 2026"),
        ("mid-July 2027", "2025-01-01T00:00", "mid-July 2027"),
        ("early 2027", "2025-01-01T00:00", "early 2027"),
        ("summer 2026", "2025-01-01T00:00", "summer 2026"),
        ("winter 2026/27", "2025-01-01T00:00", "winter 2026/27"),
        ("the week of June 3, 2026", "2025-01-01T00:00", "week of Jun 1, 2026"),
        ("June 5-7, 2026", "2025-01-01T00:00", "June 5–7, 2026"),
        ("between March and May 2027", "2025-01-01T00:00", "Mar–May 2027"),
        ("July 5, 2026", "2025-01-01T00:00", "July 5, 2026"),
        ("July 5, 2026 at 10am Beijing time", "2025-01-01T00:00", "July 5, 2026 10:00 CST"),
        ("July 5, 2026 at 10am PT", "2025-01-01T00:00", "July 5, 2026 10:00 PDT"),
        ("Dec 5, 2026 at 10am PT", "2025-01-01T00:00", "December 5, 2026 10:00 PST"),
        ("by Christmas", "2026-11-23T00:00", "by Dec 25, 2026"),
        ("later this month", "2026-11-25T00:00", "Nov 25–30, 2026"),
        ("2027", "2025-01-01T00:00", "2027"),
    ],
)
def test_labels_read_like_a_person_would_say_them(text: str, base: str, label: str) -> None:
    assert parse_window(text, base=datetime.fromisoformat(base)).label == label


REJECTS = [
    "TBA", "TBC", "soon", "coming soon", "eventually", "sometime", "in the near future",
    "when it's done", "release date to be confirmed", "7", "42", "Android 16", "iOS 18",
    "RTX 5090", "RTX 2080", "Galaxy S25 Ultra", "120Hz display", "ships with 16 GB of memory",
    "N/A", "no date yet", "prices fall", "PS5 Pro", "Wi-Fi 7", "the 4th generation",
    "wed 5", "it may slip", "Windows 2000", "Model 3", "Windows 12", "2-3 weeks", "10-15%",
    "Snapdragon 8 Gen 5", "5000 mAh battery", "version 2.0", "26.2", "later", "TBD",
    "a 16:10 display", "21:9 ultrawide",
]  # fmt: skip


@pytest.mark.parametrize("text", REJECTS)
def test_text_without_a_date_is_rejected_with_a_helpful_message(text: str) -> None:
    with pytest.raises(UnparseableDate) as info:
        parse_window(text, base=datetime(2026, 5, 16, 10))
    message = str(info.value)
    assert f'No date found in "{text}"' in message
    assert '"Q3 2026"' in message and '"early next year"' in message


def test_empty_text_says_it_is_empty() -> None:
    with pytest.raises(UnparseableDate, match="empty"):
        parse_window("   ", base=datetime(2026, 5, 16, 10))


def test_model_numbers_are_named_in_the_message() -> None:
    with pytest.raises(UnparseableDate, match="model numbers"):
        parse_window("Galaxy S25 Ultra", base=datetime(2026, 5, 16, 10))


def test_unparseable_date_is_a_value_error() -> None:
    assert issubclass(UnparseableDate, ValueError)


def test_dates_have_date_bounds_and_days_count_inclusive() -> None:
    window = parse_window("December 2026", base=datetime(2026, 1, 1))
    assert window.start == date(2026, 12, 1) and window.end == date(2026, 12, 31)
    assert not window.is_instant and window.days() == 31


def test_other_languages_are_read_when_asked_for() -> None:
    base = datetime(2026, 3, 7, 22, 15)
    spanish = parse_window("15 de julio de 2027", base=base, languages=("es",))
    assert (spanish.start, spanish.end, spanish.grain.value) == (
        date(2027, 7, 15), date(2027, 7, 15), "day"
    )  # fmt: skip
    german = parse_window("Juni 2027", base=base, languages=("de",))
    assert (german.start, german.end) == (date(2027, 6, 1), date(2027, 6, 30))


def test_odd_numeric_formats_fall_back_to_dateparser() -> None:
    window = parse_window("12/03/2026", base=datetime(2026, 1, 1))
    assert (window.start, window.grain.value) == (date(2026, 12, 3), "day")


def test_importing_the_parser_does_not_import_dateparser() -> None:
    import subprocess
    import sys

    code = "import sys, countdown.core.dates.window; print('dateparser' in sys.modules)"
    repo = Path(__file__).parents[3]
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=repo
    )
    assert out.stdout.strip() == "False"


CORPUS = Path(__file__).parents[4] / "shared/eval/fuzzy_public.jsonl"


@pytest.mark.skipif(
    not CORPUS.exists(),
    reason=f"the public fuzzy-date corpus is not part of the repository (looked for {CORPUS}); "
    "the rules it checks are tested case by case above",
)
def test_public_corpus_scores_100_percent() -> None:
    failures = []
    for line in CORPUS.read_text().splitlines():
        case = json.loads(line)
        base = datetime.fromisoformat(case["base"])
        try:
            got = parse_window(case["text"], base=base).to_dict()
        except UnparseableDate:
            got = {"start": None, "end": None, "grain": None}
        expected = {"start": case.get("start"), "end": case.get("end"), "grain": case.get("grain")}
        if {k: got[k] for k in expected} != expected:
            failures.append((case["text"], case["base"], got, expected))
    assert failures == []
