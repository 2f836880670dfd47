"""The dateparser fallback for what our grammar does not cover: other languages and odd formats.

dateparser is imported lazily here, so importing the parser costs nothing until a phrase
actually needs it. Its result is accepted only when the text holds a date-like token (a month
or weekday name, or a numeric date with separators), because dateparser happily reads noise
such as "42" or "Android 16" as dates. Languages are pinned (auto-detection is slow and reads
"N/A" as Estonian) and the grain comes from dateparser's period, since with
PREFER_DATES_FROM=future it fills a missing day with today's day of the month.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from functools import lru_cache
from typing import Any

from countdown.core.dates.common import (
    MONTH,
    WEEKDAY,
    Ctx,
    month_span,
    rx,
    week_of,
    window,
)
from countdown.core.dates.labels import describe_instant
from countdown.core.model import Grain, Window

# Weekday abbreviations are left out: "wed 5" or "sat phone" are too often noise.
_DATE_LIKE = rx(rf"\b(?:{MONTH}|{WEEKDAY})|\b\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}\b")
_PARSERS = ["relative-time", "custom-formats", "absolute-time"]


@lru_cache(maxsize=16)
def _parser(languages: tuple[str, ...], base: datetime) -> Any:
    from dateparser.date import DateDataParser  # lazy: keeps dateparser off the startup path

    settings = {
        "PREFER_DATES_FROM": "future",
        "RELATIVE_BASE": base,
        "RETURN_TIME_AS_PERIOD": True,
        "PREFER_DAY_OF_MONTH": "first",
        "PARSERS": _PARSERS,
    }
    return DateDataParser(languages=list(languages), settings=settings)


# Period codes are language-neutral; dictionaries would misread them (French "H2" -> "hour2").
_PERIOD_CODE = re.compile(r"(\b(?:[HQ][1-4]|[1-4][HQ])\b)", re.IGNORECASE)


def translate(text: str, language: str) -> str:
    """The text in dateparser's English vocabulary ("15 de julio" -> "15 july")."""
    from dateparser.conf import settings
    from dateparser.languages.loader import default_loader

    locale = default_loader.get_locale(language)
    pieces = _PERIOD_CODE.split(text)
    return "".join(
        piece
        if index % 2
        else str(locale.translate(piece, keep_formatting=True, settings=settings))
        for index, piece in enumerate(pieces)
    )


def looks_date_like(text: str, languages: Sequence[str]) -> bool:
    if _DATE_LIKE.search(text):
        return True
    others = [code for code in languages if code != "en"]
    return any(_DATE_LIKE.search(translate(text, code).lower()) for code in others)


def _from_period(moment: datetime, period: str) -> Window | None:
    day = moment.date()
    if period == "time":
        grain = Grain.MINUTE if moment.minute or moment.second else Grain.HOUR
        moment = moment.replace(second=0, microsecond=0)
        return Window(moment, moment, grain, describe_instant(moment))
    if period == "week":
        return window(week_of(day), Grain.WEEK)
    if period == "month":
        return window(month_span(day.year, day.month), Grain.MONTH)
    if period == "year":
        return window((date(day.year, 1, 1), date(day.year, 12, 31)), Grain.YEAR)
    return window((day, day), Grain.DAY)


def fallback(text: str, clean: str, ctx: Ctx, languages: Sequence[str]) -> Window | None:
    """dateparser's reading of a date-like text (`clean` is our normalised copy), or None."""
    if not looks_date_like(clean, languages):
        return None
    try:
        data = _parser(tuple(languages), ctx.base).get_date_data(text)
    except Exception:  # dateparser raises assorted errors on odd input; that is "no date"
        return None
    if data is None or data.date_obj is None:
        return None
    return _from_period(data.date_obj, data.period or "day")
