"""Weeks (Monday-Sunday) and weekends (Saturday-Sunday): "this week", "week after next",
"the week of October 28", "first week of February 2027", "this weekend",
"the first weekend of December".

A Sunday base is the last day of its week, so "this weekend" on a Sunday is the weekend it is
in. Weekends are day windows (grain day); weeks have grain week.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from countdown.core.dates import holidays
from countdown.core.dates.common import (
    MONTH_REF,
    ORDINAL,
    ORDINALS,
    WEEKDAY,
    Ctx,
    Rule,
    Span,
    month_end,
    resolve_month_ref,
    rx,
    week_of,
    weekday_number,
    window,
)
from countdown.core.dates.days import DATE_RULES
from countdown.core.model import Grain, Window

_REL_WEEK_RE = rx(
    r"\b(?:(?P<after>(?:the )?week after next)|(?P<rel>this|next|last|the following|the previous"
    r"|the coming|this coming) week)\b"
)
_DAY_OF_WEEK_RE = rx(
    rf"\b(?:(?P<wd>{WEEKDAY}),? (?:of )?(?P<rel>this|next|last) week\b"
    rf"|(?P<rel2>this|next|last) week,? (?:on )?(?P<wd2>{WEEKDAY}))"
)
_WEEK_OF_RE = rx(
    r"\b(?:the )?(?P<kind>week|weekend) (?:of|beginning|starting|commencing) (?:the )?"
)
_NTH_WEEK_RE = rx(
    rf"\b(?:the )?(?P<n>{ORDINAL}) (?P<kind>week|weekend) (?:of|in) (?:the )?{MONTH_REF}"
)
_ISO_WEEK_RE = rx(
    r"\b(?P<y>(?:19|20|21)\d\d)-?w(?P<w>[0-4]?\d|5[0-3])\b"
    r"|\b(?:calendar |iso )?(?:week|wk) (?P<w2>[0-4]?\d|5[0-3]),? (?:of |in )?(?P<y2>(?:19|20|21)\d\d)\b"
)
_HOLIDAY_WEEKEND_RE = rx(
    rf"\b(?P<holiday>(?:(?:this|next|last) )?{holidays.HOLIDAY})(?:'s)? weekend\b"
)
_WEEKEND_RE = rx(
    r"\b(?:(?P<rel>this|next|last|the|this coming|coming|the following) )?weekend\b(?! of\b)"
)
_OFFSETS = {"next": 7, "the following": 7, "last": -7, "the previous": -7}


def _rel_week(m: re.Match[str], ctx: Ctx) -> Window | None:
    offset = 14 if m["after"] else _OFFSETS.get(m["rel"], 0)
    return window(week_of(ctx.today + timedelta(days=offset)), Grain.WEEK)


def _day_of_week(m: re.Match[str], ctx: Ctx) -> Window | None:
    """ "Friday next week": that weekday in the named Monday-Sunday week."""
    monday = week_of(ctx.today)[0] + timedelta(days=_OFFSETS.get(m["rel"] or m["rel2"], 0))
    day = monday + timedelta(days=weekday_number(m["wd"] or m["wd2"]))
    return window((day, day), Grain.DAY)


def _week_of(m: re.Match[str], ctx: Ctx) -> Window | None:
    """ "the week of D": the Monday-Sunday week containing the day D (or its weekend)."""
    rest = m.string[m.end() :]
    for pattern, handler in [*DATE_RULES, *holidays.RULES]:
        found = pattern.match(rest)
        day = handler(found, ctx) if found else None
        if day is not None and day.is_single_day:
            monday = week_of(day.first_day())[0]
            if m["kind"] == "weekend":
                saturday = monday + timedelta(days=5)
                return window((saturday, saturday + timedelta(days=1)), Grain.DAY, "range")
            return window(week_of(monday), Grain.WEEK)
    return None


def _nth_week_span(year: int, month: int, nth: int, kind: str) -> Span:
    if kind == "weekend":
        if nth > 0:
            first = date(year, month, 1)
            saturday = first + timedelta(days=(5 - first.weekday()) % 7 + 7 * (nth - 1))
        else:
            last = month_end(year, month)
            saturday = last - timedelta(days=(last.weekday() - 6) % 7 + 1)
        return saturday, saturday + timedelta(days=1)
    anchor = date(year, month, 1 + 7 * (nth - 1)) if nth > 0 else month_end(year, month)
    return week_of(anchor)


def _nth_week(m: re.Match[str], ctx: Ctx) -> Window | None:
    nth, kind = ORDINALS[m["n"]], m["kind"]
    if nth > 4:
        return None
    span = resolve_month_ref(m, ctx, lambda y, mo: _nth_week_span(y, mo, nth, kind))
    return window(span, Grain.DAY if kind == "weekend" else Grain.WEEK)


def _iso_week(m: re.Match[str], ctx: Ctx) -> Window | None:
    """ "2026-W23", "week 23 of 2026": ISO weeks, Monday-Sunday."""
    try:
        monday = date.fromisocalendar(int(m["y"] or m["y2"]), int(m["w"] or m["w2"]), 1)
    except ValueError:
        return None
    return window(week_of(monday), Grain.WEEK)


def _holiday_weekend(m: re.Match[str], ctx: Ctx) -> Window | None:
    """ "Memorial Day weekend" = Sat-Mon, "Thanksgiving weekend" = Thu-Sun, else its Sat-Sun."""
    found = holidays.RULES[0][0].match(m["holiday"])
    day = holidays.RULES[0][1](found, ctx) if found else None
    if day is None:
        return None
    holiday = day.first_day()
    if holiday.weekday() == 0:
        return window((holiday - timedelta(days=2), holiday), Grain.DAY, "range")
    if holiday.weekday() in (3, 4):
        thursday = holiday - timedelta(days=holiday.weekday() - 3)
        return window((thursday, thursday + timedelta(days=3)), Grain.DAY, "range")
    saturday = week_of(holiday)[0] + timedelta(days=5)
    return window((saturday, saturday + timedelta(days=1)), Grain.DAY, "range")


def _weekend(m: re.Match[str], ctx: Ctx) -> Window | None:
    monday = week_of(ctx.today)[0] + timedelta(days=_OFFSETS.get(m["rel"] or "", 0))
    saturday = monday + timedelta(days=5)
    return window((saturday, saturday + timedelta(days=1)), Grain.DAY, "range")


RULES: list[Rule] = [
    (_ISO_WEEK_RE, _iso_week),
    (_DAY_OF_WEEK_RE, _day_of_week),
    (_WEEK_OF_RE, _week_of),
    (_NTH_WEEK_RE, _nth_week),
    (_HOLIDAY_WEEKEND_RE, _holiday_weekend),
    (_REL_WEEK_RE, _rel_week),
    (_WEEKEND_RE, _weekend),
]
