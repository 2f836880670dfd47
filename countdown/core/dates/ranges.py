"""Explicit ranges: days ("June 5-7", "Oct 23–26", "from Dec 28 to Jan 3", "5-7 June",
"May 30 - June 2") and months ("between March and May 2027", "July through September 2027").

The start is chosen by the future rule (or pinned by a year) and the end follows it, crossing
into the next year when it comes earlier in the calendar. A year written only at the end
applies to both ends.
"""

from __future__ import annotations

import re
from datetime import date

from countdown.core.dates.common import (
    DAY,
    MONTH,
    WEEKDAY_ANY,
    YEAR,
    Ctx,
    Rule,
    month_end,
    month_number,
    pick,
    resolve_year,
    rx,
    safe_date,
    window,
)
from countdown.core.dates.days import month_day
from countdown.core.model import Grain, Window

_SEP = r" ?(?P<sep>-|to|through|thru|until|till|and) ?"
_FROM = r"(?:(?P<from>from|between) )?"
_WD = rf"(?:{WEEKDAY_ANY},? )?"
_Y1 = r"(?:,? (?P<y1>(?:19|20|21)\d\d)\b)?"
_Y2 = rf"(?:,? (?:of )?(?P<y2>{YEAR}))?"
_MONTH_FIRST_RE = rx(
    rf"\b{_FROM}{_WD}(?P<m1>{MONTH}) ?(?P<d1>{DAY}){_Y1}{_SEP}{_WD}(?:(?P<m2>{MONTH}) ?)?"
    rf"(?P<d2>{DAY}){_Y2}"
)
_DAY_FIRST_RE = rx(
    rf"\b{_FROM}{_WD}(?:the )?(?P<d1>{DAY})(?: (?:of )?(?P<m1>{MONTH}))?{_Y1}{_SEP}{_WD}(?:the )?"
    rf"(?P<d2>{DAY}) (?:of )?(?P<m2>{MONTH}){_Y2}"
)
_MONTHS_RE = rx(rf"\b{_FROM}(?P<m1>{MONTH}){_Y1}{_SEP}(?P<m2>{MONTH}){_Y2}")


def _day(token: str) -> int:
    return int(re.sub(r"\D", "", token))


def _connected(m: re.Match[str]) -> bool:
    """ "and" joins a range only after "between"."""
    return m["sep"] != "and" or m["from"] == "between"


def _days(m: re.Match[str], ctx: Ctx) -> Window | None:
    if not _connected(m):
        return None
    m1, m2 = month_number(m["m1"] or m["m2"]), month_number(m["m2"] or m["m1"])
    d1, d2 = _day(m["d1"]), _day(m["d2"])
    y1, y2 = resolve_year(m["y1"], ctx), resolve_year(m["y2"], ctx)
    wraps = (m2, d2) < (m1, d1)
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if wraps else y2
    start = month_day(m1, d1, y1, ctx)
    if start is None:
        return None
    end = safe_date(y2 if y2 is not None else start.year + wraps, m2, d2)
    return None if end is None else window((start, end), Grain.DAY, "range")


def _months(m: re.Match[str], ctx: Ctx) -> Window | None:
    if not _connected(m):
        return None
    m1, m2 = month_number(m["m1"]), month_number(m["m2"])
    y1, y2 = resolve_year(m["y1"], ctx), resolve_year(m["y2"], ctx)
    if y1 is None and y2 is not None:
        y1 = y2 - 1 if m2 < m1 else y2
    first = pick(lambda y: (date(y, m1, 1), month_end(y, m1)), y1, ctx, "future")
    if first is None:
        return None
    end_year = y2 if y2 is not None else first[0].year + (m2 < m1)
    return window((first[0], month_end(end_year, m2)), Grain.MONTH)


RULES: list[Rule] = [
    (_MONTH_FIRST_RE, _days),
    (_DAY_FIRST_RE, _days),
    (_MONTHS_RE, _months),
]
