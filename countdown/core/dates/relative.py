"""Offsets from base and open windows: "in 3 days", "a week from today", "in 36 hours",
"later this month", "rest of the year", "by Thanksgiving", "by the end of next quarter".

Day offsets are single days (month arithmetic clamps: Jan 31 + 1 month = Feb 28); hour and
minute offsets are naive instants on the base wall clock (grain minute). Open windows run
from the base day to the end of the named period, grain day.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from countdown.core.dates.common import (
    NUMBER,
    Ctx,
    Rule,
    add_months,
    month_span,
    number_value,
    open_window,
    rx,
    single_day,
    week_of,
    window,
)
from countdown.core.dates.labels import describe_instant
from countdown.core.model import Grain, Window

AnchoredParse = Callable[[str, Ctx], Window | None]

_UNIT = r"(?P<u>day|week|fortnight|month|year|hour|hr|minute|min)s?\b"
_APPROX = r"(?:about |around |roughly |approximately |just |another |only |exactly )?"
_IN_RE = rx(rf"\bin {_APPROX}(?P<n>{NUMBER}) {_UNIT}|\bin (?P<half>half an hour)\b")
_FROM_RE = rx(rf"\b(?P<n>{NUMBER}) {_UNIT} (?:from (?P<from>now|today|tomorrow)|later|hence|out)\b")
_BY_RE = rx(
    r"\b(?P<kw>by|until|till|through|thru|no later than|not later than|before) (?P<rest>.+)$"
)
_NEGATION = re.compile(r"(?:\b(?:not|never|no)\b|n't\b)[^,;.]*$")
_DAY_SHIFT_RE = rx(r"\b(?:the )?day (?P<dir>after|before) (?P<rest>.+)$")
_LATER_RE = rx(
    r"\b(?:later (?:on )?(?:in )?|(?:for |during |over )?(?:the )?(?:rest|remainder|balance) of )"
    r"(?P<rest>.+)$"
)
_END_OF = re.compile(r"(?:the )?(?:very )?(?:end|close) of (?:the )?|(?=(?:the )?year[- ]end\b)")
_CURRENT = re.compile(r"(?:the |this )?(?P<u>week|month|quarter|year)(?:[- ]end)?\b(?! of\b)")


def _offset_day(m: re.Match[str], ctx: Ctx) -> Window | None:
    if m.groupdict().get("half"):
        return _instant(ctx, timedelta(minutes=30))
    count, unit = number_value(m["n"]), m["u"]
    if unit in ("hour", "hr", "minute", "min"):
        minutes = count * (60 if unit in ("hour", "hr") else 1)
        return _instant(ctx, timedelta(minutes=minutes))
    start = ctx.today + timedelta(days=1 if m.groupdict().get("from") == "tomorrow" else 0)
    if unit in ("month", "year"):
        return single_day(add_months(start, count * (12 if unit == "year" else 1)))
    days = {"day": 1, "week": 7, "fortnight": 14}[unit]
    return single_day(start + timedelta(days=count * days))


def _instant(ctx: Ctx, delta: timedelta) -> Window:
    moment = ctx.base + delta
    return Window(moment, moment, Grain.MINUTE, describe_instant(moment))


def current_period(unit: str, ctx: Ctx) -> tuple[date, date]:
    """The calendar week / month / quarter / year containing base."""
    today = ctx.today
    if unit == "week":
        return week_of(today)
    if unit == "month":
        return month_span(today.year, today.month)
    if unit == "quarter":
        first = (today.month - 1) // 3 * 3 + 1
        return month_span(today.year, first, first + 2)
    return date(today.year, 1, 1), date(today.year, 12, 31)


def _target(rest: str, ctx: Ctx, parse: AnchoredParse) -> Window | None:
    current = _CURRENT.match(rest)
    if current:
        start, end = current_period(current["u"], ctx)
        return Window(start, end, Grain.DAY, "")
    return parse(rest, ctx)


def day_shift(text: str, ctx: Ctx, parse: AnchoredParse) -> Window | None:
    """ "the day after Thanksgiving", "the day before Christmas"."""
    for m in _DAY_SHIFT_RE.finditer(text):
        target = parse(m["rest"], ctx)
        if target is not None and target.is_single_day:
            step = timedelta(days=1 if m["dir"] == "after" else -1)
            return single_day(target.first_day() + step)
    return None


def open_windows(text: str, ctx: Ctx, parse: AnchoredParse) -> Window | None:
    """ "by X" = base day .. end of X; "later this X" / "rest of X" = base day .. end of X."""
    for m in _BY_RE.finditer(text):
        if m["kw"] == "before" and _NEGATION.search(text[: m.start()]):
            continue  # "not before March", "won't ship before 2028": no-earlier-than, adds nothing
        rest = m["rest"]
        end_of = _END_OF.match(rest)
        target = _target(rest[end_of.end() :] if end_of else rest, ctx, parse)
        if target is None:
            continue
        if m["kw"] == "before" and not end_of:
            return open_window(ctx, target.first_day() - timedelta(days=1), "by")
        return open_window(ctx, target.last_day(), "by")
    for m in _LATER_RE.finditer(text):
        target = _target(m["rest"], ctx, parse)
        if target is None:
            continue
        if target.first_day() <= ctx.today <= target.last_day():
            return window((ctx.today, target.last_day()), Grain.DAY, "range")
        return target
    return None


RULES: list[Rule] = [(_IN_RE, _offset_day), (_FROM_RE, _offset_day)]
