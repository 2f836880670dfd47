"""US/Western holidays as dates, and the grammar rule that reads them ("by Black Friday").

The list is the one in CONVENTIONS.md; each holiday follows the same future rule as a plain
day (today counts), and an explicit year pins it ("Christmas 2027").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from countdown.core.dates.common import YEAR, Ctx, Rule, pick, resolve_year, rx, single_day
from countdown.core.model import Window


def nth_weekday(year: int, month: int, weekday: int, nth: int) -> date | None:
    """The nth (1-based; -1 = last) given weekday of a month, None if it has no such day."""
    if nth > 0:
        first = date(year, month, 1)
        day = first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        return day if day.month == month else None
    nxt = date(year + month // 12, month % 12 + 1, 1)
    last = nxt - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def _thanksgiving(year: int) -> date:
    day = nth_weekday(year, 11, 3, 4)
    assert day is not None  # every November has four Thursdays
    return day


def _fixed(month: int, day: int) -> Callable[[int], date | None]:
    return lambda year: date(year, month, day)


HOLIDAYS: dict[str, Callable[[int], date | None]] = {
    "christmas eve": _fixed(12, 24),
    "christmas": _fixed(12, 25),
    "xmas": _fixed(12, 25),
    "boxing day": _fixed(12, 26),
    "new year's eve": _fixed(12, 31),
    "new years eve": _fixed(12, 31),
    "nye": _fixed(12, 31),
    "new year's day": _fixed(1, 1),
    "new years day": _fixed(1, 1),
    "new year's": _fixed(1, 1),
    "halloween": _fixed(10, 31),
    "valentine's day": _fixed(2, 14),
    "independence day": _fixed(7, 4),
    "fourth of july": _fixed(7, 4),
    "4th of july": _fixed(7, 4),
    "thanksgiving": _thanksgiving,
    "black friday": lambda y: _thanksgiving(y) + timedelta(days=1),
    "cyber monday": lambda y: _thanksgiving(y) + timedelta(days=4),
    "memorial day": lambda y: nth_weekday(y, 5, 0, -1),
    "labor day": lambda y: nth_weekday(y, 9, 0, 1),
}
_NAMES = "|".join(re.escape(n) for n in sorted(HOLIDAYS, key=len, reverse=True))
HOLIDAY = rf"(?:{_NAMES})(?: day)?\b"
_HOLIDAY_RE = rx(rf"\b(?:(this|next|last) )?(?P<name>{_NAMES})(?: day)?\b(?:,? (?P<y>{YEAR}))?")


def holiday_date(name: str, year: int) -> date | None:
    return HOLIDAYS[name](year)


def _holiday(m: re.Match[str], ctx: Ctx) -> Window | None:
    name = m["name"]

    def build(year: int) -> tuple[date, date] | None:
        day = holiday_date(name, year)
        return None if day is None else (day, day)

    mode = {"next": "next", "last": "last"}.get(m[1] or "", "future")
    span = pick(build, resolve_year(m["y"], ctx), ctx, mode)
    return single_day(span[0] if span else None)


RULES: list[Rule] = [(_HOLIDAY_RE, _holiday)]
