"""Dates that cannot be (conventions v2): refused with a message, never moved to another date.

"February 30, 2027", "June 31", "November 40", "Q5 2027", "Q0", "H3", "31/31/2027",
"32.13.2026", "week 60" and years more than 100 years after the base ("December 9999",
"sometime in 12026"). `problem` reads the normalized (lowercase) text and says what is wrong
(a core/problem.Problem, worded in the user's language by whoever shows it), or None; parse_window turns that into UnparseableDate before any rule can read a part of it.
"""

from __future__ import annotations

import calendar
import re

from countdown.core.dates.common import MONTH, month_number, rx
from countdown.core.dates.numeric import slashed_order
from countdown.core.problem import Problem

_MAX_YEARS_AHEAD = 100
_YEAR_AFTER = r"(?:,? (?P<y>(?:19|20|21)\d\d)\b)?"
# "may" is also a verb ("may 40 people"): it names no month here.
_NOT_MAY = r"(?!may\b)"
_MONTH_DAY = rx(
    rf"\b{_NOT_MAY}(?P<m>{MONTH}) (?:the )?(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.,]?\d){_YEAR_AFTER}"
)
_DAY_MONTH = rx(
    rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)? (?:of )?{_NOT_MAY}(?P<m>{MONTH}){_YEAR_AFTER}"
)
_PERIOD_CODE = rx(
    r"^(?P<alone>q[05-9]|h[03-9])$|\b(?P<code>q[05-9]|h[03-9]) ?(?:fy)?'?(?:\d\d){1,2}\b"
)
_NUMERIC = rx(r"(?<![\d/.])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})\b")
_WEEK_NUMBER = rx(r"\b(?:week|wk|kw|cw) ?#?(?P<n>\d{1,3})\b")
# A day may sit between the month and the year ("December 31, 9999"); ISO days lead with it.
_FAR_YEAR = rx(
    rf"(?:\b(?:{MONTH}|q[1-4]|h[12]|spring|summer|fall|autumn|winter|early|mid-?|late|end of)"
    r"(?: \d{1,2}(?:st|nd|rd|th)?)? ?,? ?(?P<y1>\d{4,5})\b"
    r"|\b(?:in|of|by|until|year) (?P<y2>\d{4,5})\b(?! ?[a-z%$])"
    r"|(?<![\d/.-])(?P<y3>\d{4,5})-\d{1,2}-\d{1,2}\b)"
)


def _day_problem(month_word: str, day: int, year: str | None) -> Problem | None:
    month = month_number(month_word)
    longest = calendar.monthrange(int(year) if year else 2028, month)[1]  # 2028: a leap year
    if 1 <= day <= longest:
        return None
    values = {"month": month, "day": day, "days": longest}
    return (
        Problem("date_bad_day_in", {**values, "y": year})
        if year
        else Problem("date_bad_day", values)
    )


def _numeric_problem(m: re.Match[str], day_first: bool) -> Problem | None:
    first, second, year = int(m["a"]), int(m["b"]), int(m["y"])
    if m["sep"] == ".":
        month, day = second, first
    else:
        month, day = slashed_order(first, second, day_first)
    if 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]:
        return None
    return Problem("date_bad_numbers", {"text": m[0], "m": month, "day": day})


def _far_year(text: str, base_year: int) -> Problem | None:
    for m in _FAR_YEAR.finditer(text):
        year = int(m["y1"] or m["y2"] or m["y3"])
        if year > base_year + _MAX_YEARS_AHEAD:
            return Problem("date_far_year", {"y": year, "n": _MAX_YEARS_AHEAD})
    return None


def problem(text: str, base_year: int, *, day_first: bool = False) -> Problem | None:
    """What makes the date in `text` impossible, None when nothing does."""
    for pattern in (_MONTH_DAY, _DAY_MONTH):
        for m in pattern.finditer(text):
            found = _day_problem(m["m"], int(m["d"]), m["y"])
            if found:
                return found
    code = _PERIOD_CODE.search(text)
    if code:
        return Problem("date_bad_period", {"code": (code["alone"] or code["code"]).upper()})
    for m in _NUMERIC.finditer(text):
        found = _numeric_problem(m, day_first)
        if found:
            return found
    week = _WEEK_NUMBER.search(text)
    if week and not 1 <= int(week["n"]) <= 53:
        return Problem("date_bad_week", {"n": week["n"]})
    return _far_year(text, base_year)
