"""Numeric dates (conventions v2): "2027/05/03", "4.11.2026", "11/4/2026", "on 3/10".

- `YYYY-MM-DD` and `YYYY/MM/DD` are read everywhere (days.py has the ISO rule).
- `D.M.YYYY` / `DD.MM.YYYY` everywhere: the dotted order is day first in every language.
- `M/D/YYYY` in English (US order) unless the first number is over 12, then `D/M/YYYY`;
  `D/M/YYYY` when the text is read in another language (`Ctx.day_first`).
A number that is not a month or a day of that month is no date: impossible.py refuses it.
"""

from __future__ import annotations

import re

from countdown.core.dates.common import Ctx, Rule, rx, safe_date, single_day
from countdown.core.model import Window

_DOTTED_RE = rx(r"(?<![\d.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20|21)\d\d)\b(?![.\d])")
_SLASHED_RE = rx(r"(?<![\d/])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?P<y>(?:19|20|21)\d\d)\b(?!/)")


def _dotted(m: re.Match[str], ctx: Ctx) -> Window | None:
    return single_day(safe_date(int(m["y"]), int(m["m"]), int(m["d"])))


def slashed_order(first: int, second: int, day_first: bool) -> tuple[int, int]:
    """(month, day) of "first/second": US order in English unless the first is over 12."""
    if day_first or first > 12:
        return second, first
    return first, second


def _slashed(m: re.Match[str], ctx: Ctx) -> Window | None:
    month, day = slashed_order(int(m["a"]), int(m["b"]), ctx.day_first)
    return single_day(safe_date(int(m["y"]), month, day))


RULES: list[Rule] = [
    (_DOTTED_RE, _dotted),
    (_SLASHED_RE, _slashed),
]
