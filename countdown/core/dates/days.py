"""Single days: "March 12", "7 September 2026", "Sat, Oct 3", "2027-03-02", "on the 30th",
"the first Monday of September", weekdays ("next Wednesday") and "tomorrow".

A day without a year is its next occurrence (today counts); an explicit year or a
this/next-year pin is kept even in the past. Feb 29 goes to the next leap year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from countdown.core.dates.common import (
    DAY,
    MONTH,
    MONTH_REF,
    ORDINAL,
    ORDINALS,
    WEEKDAY,
    WEEKDAY_ANY,
    YEAR,
    Ctx,
    Rule,
    Span,
    month_number,
    pick,
    resolve_month_ref,
    resolve_year,
    rx,
    safe_date,
    single_day,
    weekday_number,
)
from countdown.core.dates.holidays import nth_weekday
from countdown.core.model import Window

_YEAR_TAIL = rf"(?:,? (?:of |in )?(?P<y>{YEAR}))?"
_ISO_DAY_RE = rx(r"\b(?P<y>(?:19|20|21)\d\d)[-/](?P<m>[01]?\d)[-/](?P<d>[0-3]?\d)\b(?![-/]\d)")
# "on 3/10": US month/day, only after "on" ("3/4 of users" is not March 4).
_SLASH_DAY_RE = rx(r"\bon (?P<m>1[0-2]|0?[1-9])/(?P<d>[12]\d|3[01]|0?[1-9])\b(?![/.-]\d)")
_MONTH_DAY_RE = rx(
    rf"\b(?:(?P<wd>{WEEKDAY_ANY}),? (?:the )?)?(?P<m>{MONTH}) ?(?:the )?(?P<d>{DAY}){_YEAR_TAIL}"
)
_DAY_MONTH_RE = rx(
    rf"\b(?:(?P<wd>{WEEKDAY_ANY}),? )?(?:the )?(?P<d>{DAY}) (?:of )?(?P<m>{MONTH}){_YEAR_TAIL}"
)
_NTH_WEEKDAY_RE = rx(rf"\b(?P<n>{ORDINAL}) (?P<wd>{WEEKDAY}) (?:of|in) (?:the )?{MONTH_REF}")
_NAMED_DAY_RE = rx(
    r"\b(?:the )?(?P<w>day after tomorrow|day before yesterday|tomorrow|today|tonight|yesterday"
    r"|this (?:morning|afternoon|evening))\b"
)
_BARE_DAY_RE = rx(
    r"\b(?P<on>(?:on|by|until) )?the (?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b"
    r"(?:(?: of)? (?P<rel>this|next) month\b|(?P<end> ?(?:$|[,.;:!?)])))?"
)
_WEEKDAY_RE = rx(
    rf"\b(?:(?P<rel>this coming|this|next|coming|last|on) )?(?P<wd>{WEEKDAY})"
    rf"|\b(?P<rel2>this coming|this|next|coming|last|on) (?P<wd2>{WEEKDAY_ANY})"
)
_NAMED_OFFSETS = {
    "day after tomorrow": 2, "day before yesterday": -2, "tomorrow": 1, "yesterday": -1,
}  # fmt: skip


def _weekday_year(month: int, day: int, weekday: int, ctx: Ctx) -> date | None:
    """The first year from base's in which month/day falls on the weekday."""
    for year in range(ctx.today.year, ctx.today.year + 29):
        found = safe_date(year, month, day)
        if found and found.weekday() == weekday:
            return found
    return None


def month_day(
    month: int, day: int, year: int | None, ctx: Ctx, mode: str = "future"
) -> date | None:
    """A month/day with the year pinned or chosen by the future rule (Feb 29 -> leap year)."""

    def build(y: int) -> Span | None:
        found = safe_date(y, month, day)
        return None if found is None else (found, found)

    span = pick(build, year, ctx, mode)
    return span[0] if span else None


def _dated(m: re.Match[str], ctx: Ctx) -> Window | None:
    month, day = month_number(m["m"]), int(re.sub(r"\D", "", m["d"]))
    year = resolve_year(m["y"], ctx)
    if m["wd"] and year is None:
        return single_day(_weekday_year(month, day, weekday_number(m["wd"]), ctx))
    return single_day(month_day(month, day, year, ctx))


def _iso_day(m: re.Match[str], ctx: Ctx) -> Window | None:
    return single_day(safe_date(int(m["y"]), int(m["m"]), int(m["d"])))


def _slash_day(m: re.Match[str], ctx: Ctx) -> Window | None:
    return single_day(month_day(int(m["m"]), int(m["d"]), None, ctx))


def _nth_weekday(m: re.Match[str], ctx: Ctx) -> Window | None:
    weekday, nth = weekday_number(m["wd"]), ORDINALS[m["n"]]

    def inner(year: int, month: int) -> Span | None:
        found = nth_weekday(year, month, weekday, nth)
        return None if found is None else (found, found)

    span = resolve_month_ref(m, ctx, inner)
    return single_day(span[0] if span else None)


def _named_day(m: re.Match[str], ctx: Ctx) -> Window | None:
    return single_day(ctx.today + timedelta(days=_NAMED_OFFSETS.get(m["w"], 0)))


def _bare_day(m: re.Match[str], ctx: Ctx) -> Window | None:
    """ "on the 30th": this month if not past, else the next month that has that day."""
    if not (m["on"] or m["rel"] or m["end"] is not None):
        return None
    day, first = int(m["d"]), ctx.today.replace(day=1)
    if m["rel"] == "next":
        first = (first + timedelta(days=32)).replace(day=1)
    for _ in range(13):
        found = safe_date(first.year, first.month, day)
        if found and (found >= ctx.today or m["rel"]):
            return single_day(found)
        first = (first + timedelta(days=32)).replace(day=1)
    return None


def _weekday(m: re.Match[str], ctx: Ctx) -> Window | None:
    """A bare weekday is the next such day after base; "next X" is that day of next week."""
    weekday, today = weekday_number(m["wd"] or m["wd2"]), ctx.today
    rel = m["rel"] or m["rel2"]
    if rel == "next":
        next_monday = today + timedelta(days=7 - today.weekday())
        return single_day(next_monday + timedelta(days=weekday))
    if rel == "last":
        return single_day(today - timedelta(days=(today.weekday() - weekday - 1) % 7 + 1))
    return single_day(today + timedelta(days=(weekday - today.weekday() - 1) % 7 + 1))


DATE_RULES: list[Rule] = [
    (_ISO_DAY_RE, _iso_day),
    (_SLASH_DAY_RE, _slash_day),
    (_MONTH_DAY_RE, _dated),
    (_DAY_MONTH_RE, _dated),
    (_NTH_WEEKDAY_RE, _nth_weekday),
    (_BARE_DAY_RE, _bare_day),
]
RELATIVE_DAY_RULES: list[Rule] = [
    (_NAMED_DAY_RE, _named_day),
    (_WEEKDAY_RE, _weekday),
]
