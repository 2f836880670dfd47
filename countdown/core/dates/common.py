"""Shared vocabulary, calendar arithmetic and window builders for the date grammar.

Every grammar module builds its regexes from the fragments here (month names, weekday names,
year references, number words) and resolves years with the same future / pin rules
(see docs/dates.md, "Which year").
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from countdown.core.dates.labels import describe
from countdown.core.model import Grain, Window

MONTH = (
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\b\.?"
)
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
WEEKDAY_ANY = (
    r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|wed|thurs|thur|thu|fri|sat|sun)\b\.?"
)
# A year reference: "2027", "'27", "fy2027", "fiscal 2027", "this year", "next year".
YEAR = (
    r"(?:(?:fy|cy|fiscal year |fiscal |calendar year |calendar )?(?:(?:19|20|21)\d\d\b|'\d\d\b)"
    r"|(?:fy|cy)\d\d\b|(?:this|next|last) year\b|the year after next\b)"
)
DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
ORDINALS = {
    "first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
    "fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "last": -1, "final": -1,
}  # fmt: skip
ORDINAL = r"(?:first|1st|second|2nd|third|3rd|fourth|4th|fifth|5th|last|final)"
NUMBER_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "eighteen": 18,
    "twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60,
    "ninety": 90, "a hundred": 100, "a couple of": 2, "a couple": 2, "couple of": 2,
}  # fmt: skip
NUMBER = r"(?:\d{1,4}|" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + r")"


@dataclass(frozen=True)
class Ctx:
    """What every rule needs: the reference moment and the launch's zone."""

    base: datetime
    tz: str | None = None
    day_first: bool = False  # "4/11/2026" is April 4 in a text read in another language

    @property
    def today(self) -> date:
        return self.base.date()


Handler = Callable[[re.Match[str], Ctx], Window | None]
Rule = tuple[re.Pattern[str], Handler]
Span = tuple[date, date]


def rx(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def month_number(token: str) -> int:
    return (
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "oct",
        "nov",
        "dec",
    ).index(token.strip(".")[:3]) + 1


def weekday_number(token: str) -> int:
    return [w[:3] for w in WEEKDAYS].index(token.strip(".")[:3])


def number_value(token: str) -> int:
    return int(token) if token.isdigit() else NUMBER_WORDS[token]


def month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def month_span(year: int, first: int, last: int | None = None) -> Span:
    """Months first..last of one year (last may exceed 12 to run into the next year)."""
    last = first if last is None else last
    return date(year, first, 1), month_end(year + (last - 1) // 12, (last - 1) % 12 + 1)


def add_months(day: date, months: int) -> date:
    """Calendar month arithmetic, clamped to the target month's length (Jan 31 + 1 = Feb 28)."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))


def safe_date(year: int, month: int, day: int) -> date | None:
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
        return date(year, month, day)
    return None


def week_of(day: date) -> Span:
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=6)


def resolve_year(token: str | None, ctx: Ctx) -> int | None:
    """An explicit year or a this/next/last-year pin; None when the text gave no year."""
    if not token:
        return None
    token = token.strip()
    relative = {"this year": 0, "next year": 1, "last year": -1, "the year after next": 2}
    if token in relative:
        return ctx.base.year + relative[token]
    digits = re.sub(r"\D", "", token)
    return int(digits) if len(digits) == 4 else 2000 + int(digits)


def choose(build: Callable[[int], Span | None], ctx: Ctx, mode: str = "future") -> Span | None:
    """The occurrence of a yearly period picked by `mode`.

    future: the first one not over yet (a period containing base is the current one);
    next: the first one that starts after base; last: the latest one already over.
    """
    today = ctx.today
    years = range(today.year - 1, today.year + 9)
    if mode == "last":
        years = range(today.year + 1, today.year - 9, -1)
    for year in years:
        span = build(year)
        if span is None:
            continue
        if (
            (mode == "future" and span[1] >= today)
            or (mode == "next" and span[0] > today)
            or (mode == "last" and span[1] < today)
        ):
            return span
    return None


def pick(build: Callable[[int], Span | None], year: int | None, ctx: Ctx, mode: str) -> Span | None:
    """A pinned year wins even in the past; otherwise the occurrence chosen by `mode`."""
    return build(year) if year is not None else choose(build, ctx, mode)


def mode_of(word: str | None) -> str:
    return {"next": "next", "last": "last", "past": "last"}.get((word or "").strip(), "future")


def window(span: Span | None, grain: Grain, style: str = "") -> Window | None:
    if span is None or span[0] > span[1]:
        return None
    return Window(span[0], span[1], grain, describe(span[0], span[1], grain, style))


def single_day(day: date | None) -> Window | None:
    return None if day is None else window((day, day), Grain.DAY)


def open_window(ctx: Ctx, end: date, style: str) -> Window | None:
    """From the base day to `end` (an already-passed deadline becomes that one day)."""
    return window((min(ctx.today, end), end), Grain.DAY, style)


# A month reference inside a bigger phrase: "April", "April 2027", "next month", "the month".
MONTH_REF = (
    rf"(?:(?:(?P<mrel>this|next|last) )?(?P<m>{MONTH})(?:,? (?:of |in )?(?P<y>{YEAR}))?"
    r"|(?P<rel>this|next|last|the) month\b|month\b)"
)


def resolve_month_ref(
    m: re.Match[str], ctx: Ctx, inner: Callable[[int, int], Span | None]
) -> Span | None:
    """Apply `inner(year, month)` to the referenced month, choosing the year by the rules."""
    if m["m"]:
        month = month_number(m["m"])
        return pick(lambda y: inner(y, month), resolve_year(m["y"], ctx), ctx, mode_of(m["mrel"]))
    offset = {"next": 1, "last": -1}.get(m["rel"] or "", 0)
    first = add_months(ctx.today.replace(day=1), offset)
    return inner(first.year, first.month)
