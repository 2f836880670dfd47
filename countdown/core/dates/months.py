"""Months, years and their thirds: "February 2027", "next April", "2027-05", "late February",
"mid-month", "the end of this month", "early 2027", "the middle of next year", "2028".

Early / mid / late of a month are days 1-10 / 11-20 / 21-end (grain day); of a year Jan-Apr /
May-Aug / Sep-Dec (grain month). Without a year the future rule applies to the named part
itself, so a part containing base is the current one.
"""

from __future__ import annotations

import re
from datetime import date

from countdown.core.dates.common import (
    MONTH,
    MONTH_REF,
    YEAR,
    Ctx,
    Rule,
    Span,
    add_months,
    month_end,
    month_number,
    month_span,
    pick,
    resolve_month_ref,
    resolve_year,
    rx,
    window,
)
from countdown.core.model import Grain, Window

_EARLY = r"early|the beginning of|beginning of|the start of|start of|the first part of"
_MID = r"mid|the middle of|middle of|midway through|halfway through"
_LATE = r"late|the end of|end of|towards? the end of|the tail end of|the close of|the last part of"
PART = rf"(?:(?P<early>{_EARLY})|(?P<mid>{_MID})|(?P<late>{_LATE}))"
_MONTH_THIRDS = {"early": (1, 10), "mid": (11, 20), "late": (21, 31)}
_YEAR_THIRDS = {"early": (1, 4), "mid": (5, 8), "late": (9, 12)}

_ISO_MONTH_RE = rx(r"\b(?P<y>(?:19|20|21)\d\d)[-/](?P<m>0?[1-9]|1[0-2])\b(?![-/]\d)")
_MONTH_PART_RE = rx(rf"\b{PART}[ -](?:in |of )?(?:the )?{MONTH_REF}")
_MONTH_HALF_RE = rx(
    rf"\b(?:the )?(?P<h>first|1st|second|2nd|latter|back) half of (?:the )?{MONTH_REF}"
)
_YEAR_PART_RE = rx(
    rf"\b{PART}[ -]?(?:in |of )?(?P<y>(?:19|20|21)\d\d\b|(?:this|next|last) year\b|the year\b|year\b)"
)
_YEAR_END_RE = rx(r"\b(?:the )?year[- ]end\b(?: (?P<y>(?:19|20|21)\d\d)\b)?")
_MONTH_YEAR_RE = rx(rf"\b(?P<m>{MONTH})(?:,| of| in)? (?P<y>{YEAR})")
_REL_MONTH_RE = rx(
    r"\b(?:(?P<rel>this|next|last|the following|the previous) month|(?P<after>the month after next))\b"
)
_MONTH_RE = rx(rf"\b(?:(?P<rel>this|next|last|coming|this coming) )?(?P<m>{MONTH})")
# A month after a date word wins over one used as a name ("the March update ships in June").
_MONTH_AFTER_WORD_RE = rx(
    r"\b(?:in|for|from|during|net|due|since|around|circa|targeting|until) "
    rf"(?:(?P<rel>this|next|last|coming|this coming) )?(?P<m>{MONTH})"
)
_REL_YEAR_RE = rx(r"\b(?P<rel>this|next|last|the following) year\b|\bthe year after next\b")
_YEAR_RE = rx(
    r"(?<![-/.])\b(?:(?:fy|cy) ?|fiscal (?:year )?|calendar (?:year )?)?(?P<y>(?:19|20|21)\d\d)\b"
    r"(?![-/.]\d| ?(?:gb|mb|tb|mah|hz|w|mm|nits|mp|fps|k|p|x|%|ms|v)\b)|\bfy ?(?P<y2>\d\d)\b"
)
# A year after a date word wins over one used as an adjective ("the 2026 model ships in 2027").
_YEAR_AFTER_WORD_RE = rx(
    r"\b(?:in|for|by|until|from|during|net|due|since|around|circa|targeting|early|late|of)"
    rf" (?:the year )?{_YEAR_RE.pattern}"
)
_YEAR_RANGE_RE = rx(
    r"\b(?P<a>(?:19|20|21)\d\d) ?(?:-|to|through|until|and) ?(?P<b>(?:19|20|21)\d\d)\b"
)
# "may" is also a verb: a bare "may" is a month only in a date-like position.
_MAY_CONTEXT = re.compile(
    r"(?:^|\b(?:in|of|for|until|till|by|since|from|through|to|and|this|next|last|early|mid|late"
    r"|end|before|after|during|around|net|due|coming|slated|scheduled|planned|expected|targeting"
    r"|arrives|launches|ships|starts|begins|opens)|[-,(])\s*$"
)


def part_name(m: re.Match[str]) -> str:
    return "early" if m["early"] else "mid" if m["mid"] else "late"


def _month_part(m: re.Match[str], ctx: Ctx) -> Window | None:
    first, last = _MONTH_THIRDS[part_name(m)]

    def inner(year: int, month: int) -> Span:
        return date(year, month, first), date(year, month, min(last, month_end(year, month).day))

    return window(resolve_month_ref(m, ctx, inner), Grain.DAY)


def _month_half(m: re.Match[str], ctx: Ctx) -> Window | None:
    """ "the first half of December" = days 1-15, the second half 16-end (grain day)."""
    first = m["h"] in ("first", "1st")

    def inner(year: int, month: int) -> Span:
        if first:
            return date(year, month, 1), date(year, month, 15)
        return date(year, month, 16), month_end(year, month)

    return window(resolve_month_ref(m, ctx, inner), Grain.DAY)


def _year_part(m: re.Match[str], ctx: Ctx) -> Window | None:
    first, last = _YEAR_THIRDS[part_name(m)]
    year = ctx.base.year if m["y"] in ("the year", "year") else resolve_year(m["y"], ctx)
    return window(month_span(year or ctx.base.year, first, last), Grain.MONTH)


def _year_end(m: re.Match[str], ctx: Ctx) -> Window | None:
    return window(month_span(int(m["y"] or ctx.base.year), 9, 12), Grain.MONTH)


def _iso_month(m: re.Match[str], ctx: Ctx) -> Window | None:
    return window(month_span(int(m["y"]), int(m["m"])), Grain.MONTH)


def _month_year(m: re.Match[str], ctx: Ctx) -> Window | None:
    return window(
        month_span(resolve_year(m["y"], ctx) or ctx.base.year, month_number(m["m"])), Grain.MONTH
    )


def _rel_month(m: re.Match[str], ctx: Ctx) -> Window | None:
    offset = (
        2
        if m["after"]
        else {"next": 1, "the following": 1, "last": -1, "the previous": -1}.get(m["rel"], 0)
    )
    first = add_months(ctx.today.replace(day=1), offset)
    return window(month_span(first.year, first.month), Grain.MONTH)


def _month(m: re.Match[str], ctx: Ctx) -> Window | None:
    if m["m"] == "may" and not m["rel"] and not _MAY_CONTEXT.search(m.string[: m.start("m")]):
        return None
    month = month_number(m["m"])
    mode = {"next": "next", "last": "last"}.get(m["rel"] or "", "future")
    return window(pick(lambda y: month_span(y, month), None, ctx, mode), Grain.MONTH)


def _rel_year(m: re.Match[str], ctx: Ctx) -> Window | None:
    rel = m["rel"] or "after next"
    year = ctx.base.year + {"next": 1, "the following": 1, "last": -1, "after next": 2}.get(rel, 0)
    return window((date(year, 1, 1), date(year, 12, 31)), Grain.YEAR)


def _year(m: re.Match[str], ctx: Ctx) -> Window | None:
    year = int(m["y"]) if m["y"] else 2000 + int(m["y2"])
    return window((date(year, 1, 1), date(year, 12, 31)), Grain.YEAR)


def _year_range(m: re.Match[str], ctx: Ctx) -> Window | None:
    return window((date(int(m["a"]), 1, 1), date(int(m["b"]), 12, 31)), Grain.YEAR)


PART_RULES: list[Rule] = [
    (_MONTH_HALF_RE, _month_half),
    (_MONTH_PART_RE, _month_part),
    (_YEAR_PART_RE, _year_part),
    (_YEAR_END_RE, _year_end),
]
MONTH_RULES: list[Rule] = [
    (_ISO_MONTH_RE, _iso_month),
    (_MONTH_YEAR_RE, _month_year),
    (_REL_MONTH_RE, _rel_month),
    (_MONTH_AFTER_WORD_RE, _month),
    (_MONTH_RE, _month),
]
YEAR_RULES: list[Rule] = [
    (_YEAR_RANGE_RE, _year_range),
    (_REL_YEAR_RE, _rel_year),
    (_YEAR_AFTER_WORD_RE, _year),
    (_YEAR_RE, _year),
]
