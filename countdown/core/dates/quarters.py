"""Quarters, halves and seasons: "Q3 2026", "3Q26", "2018Q4", "Q1 '27", "the third quarter",
"Q2 FY2027", "late Q3", "H2", "1H 2027", "the back half of the year", "winter 2026/27".

Fiscal years are read as calendar years. Early / mid / late of a quarter or season is its
first / middle / last month (grain month). Seasons are Northern meteorological; winter runs
Dec-Feb and is named by the year it starts in.
"""

from __future__ import annotations

import re

from countdown.core.dates.common import (
    YEAR,
    Ctx,
    Rule,
    Span,
    add_months,
    mode_of,
    month_span,
    pick,
    resolve_year,
    rx,
    window,
)
from countdown.core.dates.months import PART, part_name
from countdown.core.model import Grain, Window

_PART_PREFIX = rf"(?:{PART}[ -](?:of |in )?(?:the )?)?"
_YEAR_AFTER = rf"(?:(?P<yatt>\d\d)\b|,? ?(?:of |in )?(?P<y>{YEAR})|-(?P<ydash>(?:19|20|21)\d\d)\b)?"
_YEAR_BEFORE = r"(?:(?P<ypre>(?:fy|cy) ?(?:(?:19|20|21)\d\d|\d\d)|(?:19|20|21)\d\d) ?)?"
_QUARTER_RE = rx(
    rf"\b{_PART_PREFIX}(?:(?P<rel>this|next|last|coming) )?(?:"
    rf"{_YEAR_BEFORE}(?:q(?P<q1>[1-4])|(?P<q2>[1-4])q)(?![a-z]){_YEAR_AFTER}"
    r"|(?P<qw>first|1st|second|2nd|third|3rd|fourth|4th|final)[ -]quarter\b"
    rf"(?: (?:of |in )?(?:the )?(?P<yw>{YEAR}|year\b))?"
    r"|(?P<relq>this|next|last|the following|the) quarter\b)"
)
_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
                  "4th": 4, "final": 4}  # fmt: skip
_HALF_RE = rx(
    rf"\b(?:(?P<rel>this|next|last) )?{_YEAR_BEFORE}(?:h(?P<h1>[12])|(?P<h2>[12])h){_YEAR_AFTER}\b"
)
_HALF_WORD_RE = rx(
    r"\b(?P<hw>first|1st|front|early|second|2nd|back|latter|last|later)[ -]half\b"
    rf"(?:,? (?:of |in )?(?:the )?(?P<y>{YEAR}|year\b))?"
)
_SEASON_RE = rx(
    rf"\b{_PART_PREFIX}(?:(?P<rel>this|next|last|coming|this coming|this year's|next year's) )?"
    r"(?P<s>spring|summer|fall|autumn|winter)\b"
    rf"(?:(?: of| in)?,? (?P<y>{YEAR})(?:[/-](?P<y2>(?:19|20|21)?\d\d)\b)?)?"
)
_SEASON_START = {"spring": 3, "summer": 6, "fall": 9, "autumn": 9, "winter": 12}
# "fall" is also a verb ("prices fall"): bare, it is a season only in a date-like position.
_FALL_CONTEXT = re.compile(
    r"(?:^|\b(?:in|for|this|next|last|the|by|until|of|early|mid|late|due|net|coming|during"
    r"|targeting|slated|expected|arrives|launches|ships)|[-,(])\s*$"
)


def _pinned_year(m: re.Match[str], ctx: Ctx, *names: str) -> int | None:
    for name in names:
        token = m[name]
        if token:
            return ctx.base.year if token == "year" else resolve_year(token, ctx)
    return None


def _has_part(m: re.Match[str]) -> bool:
    return bool(m["early"] or m["mid"] or m["late"])


def _narrow(span: Span, m: re.Match[str]) -> Span:
    """The first / middle / last month of a quarter or season when a part was named."""
    if not _has_part(m):
        return span
    first = add_months(span[0], {"early": 0, "mid": 1, "late": 2}[part_name(m)])
    return month_span(first.year, first.month)


def _three_months(first: int, year: int | None, rel: str | None, m: re.Match[str], ctx: Ctx,
                  grain: Grain) -> Window | None:  # fmt: skip
    """A quarter or season, narrowed to one month by early/mid/late, by the future rule."""
    span = pick(lambda y: _narrow(month_span(y, first, first + 2), m), year, ctx, mode_of(rel))
    return window(span, Grain.MONTH if _has_part(m) else grain)


def _quarter(m: re.Match[str], ctx: Ctx) -> Window | None:
    if m["relq"]:
        if m["relq"] == "the" and not _has_part(m):
            return None
        offset = {"next": 3, "the following": 3, "last": -3}.get(m["relq"], 0)
        start = add_months(
            ctx.today.replace(day=1, month=(ctx.today.month - 1) // 3 * 3 + 1), offset
        )
        span = _narrow(month_span(start.year, start.month, start.month + 2), m)
        return window(span, Grain.MONTH if _has_part(m) else Grain.QUARTER)
    quarter = int(m["q1"] or m["q2"] or _QUARTER_WORDS.get(m["qw"] or "", 0))
    year = _pinned_year(m, ctx, "ypre", "yatt", "y", "ydash", "yw")
    return _three_months(quarter * 3 - 2, year, m["rel"], m, ctx, Grain.QUARTER)


def _half_span(first: int, year: int | None, rel: str | None, ctx: Ctx) -> Window | None:
    return window(
        pick(lambda y: month_span(y, first, first + 5), year, ctx, mode_of(rel)), Grain.HALF
    )


def _half(m: re.Match[str], ctx: Ctx) -> Window | None:
    first = 1 if (m["h1"] or m["h2"]) == "1" else 7
    return _half_span(first, _pinned_year(m, ctx, "ypre", "yatt", "y", "ydash"), m["rel"], ctx)


def _half_word(m: re.Match[str], ctx: Ctx) -> Window | None:
    first = 1 if m["hw"] in ("first", "1st", "front", "early") else 7
    return _half_span(first, _pinned_year(m, ctx, "y"), None, ctx)


def _season(m: re.Match[str], ctx: Ctx) -> Window | None:
    name, rel = m["s"], m["rel"]
    bare = not (rel or m["y"] or _has_part(m))
    if name == "fall" and bare and not _FALL_CONTEXT.search(m.string[: m.start()]):
        return None
    year = _pinned_year(m, ctx, "y")
    if rel and rel.endswith("year's"):  # "this year's summer" pins like "summer this year"
        year, rel = ctx.base.year + (rel.startswith("next")), None
    return _three_months(_SEASON_START[name], year, rel, m, ctx, Grain.SEASON)


# The retail and games "holiday" quarter: Oct 1 - Dec 31, grain season.
_HOLIDAY_SEASON_RE = rx(
    rf"\b(?:(?P<rel>this|next|last|coming) )?(?:(?P<y>{YEAR}) )?(?:'s )?holidays?"
    rf"(?:(?P<season> season)|(?: season)?,? (?P<y2>{YEAR}))"
)


def _holiday_season(m: re.Match[str], ctx: Ctx) -> Window | None:
    year = _pinned_year(m, ctx, "y", "y2")
    span = pick(lambda y: month_span(y, 10, 12), year, ctx, mode_of(m["rel"]))
    return window(span, Grain.SEASON)


RULES: list[Rule] = [
    (_HOLIDAY_SEASON_RE, _holiday_season),
    (_QUARTER_RE, _quarter),
    (_HALF_RE, _half),
    (_HALF_WORD_RE, _half_word),
    (_SEASON_RE, _season),
]
