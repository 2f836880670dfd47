"""parse_window: read a fuzzy launch date ("Q3 2026", "late February", "March 8 at 10 a.m. PT")
into a model.Window, following the rules in docs/dates.md.

Pipeline: normalise the text (lowercase, dashes, "a.m."; numbers after product names such as
"RTX 5090" are defused), take an ISO timestamp if there is one, cut out a time of day, then try
our compiled grammar rules in priority order (ranges, open windows, offsets, weeks, holidays,
days, sub-periods, quarters/halves/seasons, months, weekdays, years). Only when none matches is
dateparser asked, lazily, and only for date-like text. No match raises UnparseableDate.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime

from countdown.core.dates import days as grammar_days
from countdown.core.dates import fallback as grammar_fallback
from countdown.core.dates import holidays, impossible, timezones
from countdown.core.dates import months as grammar_months
from countdown.core.dates import numeric as grammar_numeric
from countdown.core.dates import quarters as grammar_quarters
from countdown.core.dates import ranges as grammar_ranges
from countdown.core.dates import relative as grammar_relative
from countdown.core.dates import weeks as grammar_weeks
from countdown.core.dates.common import Ctx, Rule
from countdown.core.model import Window
from countdown.core.problem import Problem, sentences
from countdown.core.wording import Wording

__all__ = ["UnparseableDate", "parse_window"]

_HINT = Problem("date_hint")  # 'Try a month ("July 2027"), a quarter ("Q3 2026"), …'
# Ranges go first ("July through September" is not a "through September" deadline), then the
# open windows and day shifts (which parse their own tail), then these in order.
RULES: list[Rule] = [
    *grammar_relative.RULES,
    *grammar_weeks.RULES,
    *holidays.RULES,
    *grammar_days.DATE_RULES,
    *grammar_numeric.RULES,
    *grammar_months.PART_RULES,
    *grammar_quarters.RULES,
    *grammar_months.MONTH_RULES,
    *grammar_days.RELATIVE_DAY_RULES,
    *grammar_months.YEAR_RULES,
]
# Words that may stand before a number in a date ("In 2027", "Christmas 2026"); any other
# capitalised word before a number names a product ("RTX 5090", "Android 16", "iOS 18").
_DATE_WORDS = frozenset(
    re.findall(
        r"\S+",
        "in on by for from until till since net due before after around about through to and or the"
        " of at early mid late end fy cy q h christmas xmas halloween thanksgiving day eve spring"
        " summer fall autumn winter week weekend year month quarter half new year's next this last"
        " coming slated expected targeting starting beginning between fiscal calendar first second"
        " third fourth back within over eta is sometime circa approximately est"
        " january february march april may june july august september october november december"
        " jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday"
        " saturday sunday mon tue tues wed thu thur thurs fri sat sun",
    )
)
# Sentence-initial words that introduce a date rather than name a product ("Ships 2027").
_VERBS = frozenset(["ships", "lands", "arrives", "launches", "debuts", "opens", "starts", "out"])
_PERIOD_CODE = re.compile(r"q[1-4]|[1-4]q|h[12]|[12]h|(?:fy|cy)\d*")
_LEADING_NUMBER = re.compile(r"(?:19|20|21)\d\d(?!\d)")
_PRODUCT_NUMBER = re.compile(r"(?<![\w'])([A-Za-z][\w'’-]*) (?=\d)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;]\s+|\(\s*)$")
_REPLACEMENTS = [
    (re.compile(r"[‐‑‒–—―−]"), "-"),
    (re.compile(r"[’‘`´]"), "'"),
    (re.compile(r"\b([ap])\.? ?m\b\.?"), r"\1m"),
    (re.compile(r"\s+"), " "),
]


class UnparseableDate(ValueError):
    """The text holds no date we can read; str(e) tells the user what would work (English),
    `worded(wording)` the same in the user's language (the desktop app's dialogs)."""

    def __init__(self, *problems: Problem) -> None:
        self.problems = problems
        super().__init__(sentences(problems))

    def worded(self, wording: Wording) -> str:
        return sentences(self.problems, wording)

    def __reduce__(self) -> tuple[type[UnparseableDate], tuple[Problem, ...]]:
        return UnparseableDate, self.problems  # crosses to and from the feed reader process


def _defuse_product_numbers(text: str, year: int) -> str:
    """ "RTX 5090" -> "RTX x5090": a number right after a product name is not a date part,
    unless it is a year within ten years of base ("WWDC 2027", but not "RTX 2080")."""

    def mark(m: re.Match[str]) -> str:
        word = m[1]
        number = _LEADING_NUMBER.match(text, m.end())
        if number and abs(int(number[0]) - year) <= 10:
            return m[0]
        plain = word.lower().removesuffix("'s").removesuffix("’s").strip(".-").rsplit("-")[-1]
        if plain in _DATE_WORDS or _PERIOD_CODE.fullmatch(plain) or not any(map(str.isupper, word)):
            return m[0]
        at_start = _SENTENCE_START.search(text[: m.start()]) is not None
        verb_like = plain.endswith(("ing", "ed", "es")) or plain in _VERBS
        if at_start and verb_like and not any(c.isupper() for c in word[1:]):
            return m[0]
        return f"{word} x"

    return _PRODUCT_NUMBER.sub(mark, text)


def normalize(text: str, year: int) -> str:
    """Lowercase, plain dashes and quotes, "a.m." -> "am", product numbers defused."""
    text = _defuse_product_numbers(text, year).lower()
    for pattern, replacement in _REPLACEMENTS:
        text = pattern.sub(replacement, text)
    return text.strip()


def _first_match(rules: list[Rule], text: str, ctx: Ctx, anchored: bool) -> Window | None:
    for pattern, handler in rules:
        matches = [pattern.match(text)] if anchored else pattern.finditer(text)
        for m in matches:
            if m is not None and (result := handler(m, ctx)) is not None:
                return result
    return None


def find_rule(text: str, ctx: Ctx, *, anchored: bool = False) -> Window | None:
    """The window of the first rule (in priority order) that reads the text."""
    found = _first_match(grammar_ranges.RULES, text, ctx, anchored)
    if found is None and not anchored:
        found = grammar_relative.day_shift(text, ctx, _anchored) or grammar_relative.open_windows(
            text, ctx, _anchored
        )
    return found or _first_match(RULES, text, ctx, anchored)


def _anchored(text: str, ctx: Ctx) -> Window | None:
    return find_rule(text, ctx, anchored=True)


def _with_time(text: str, ctx: Ctx, languages: Sequence[str]) -> Window | None:
    """A date plus a time of day ("March 8 at 10 a.m. PT") or a bare time ("at 9pm")."""
    found = timezones.find_time(text)
    if found is None:
        return None
    spec, span = found
    rest = timezones.strip_span(text, span)
    day = (
        (find_rule(rest, ctx) or grammar_fallback.fallback(rest, rest, ctx, languages))
        if rest
        else None
    )
    if day is None and spec.weak:
        return None
    if day is None:
        return timezones.instant(timezones.next_day_for(spec, ctx), spec, ctx)
    if day.is_single_day:
        return timezones.instant(day.first_day(), spec, ctx)
    return day


def _candidates(text: str, languages: Sequence[str]) -> list[str]:
    """Other languages are first translated to English words by dateparser's dictionaries."""
    others = [code for code in languages if code != "en"]
    return [*(grammar_fallback.translate(text, code) for code in others), text]


def _read(text: str, ctx: Ctx, languages: Sequence[str]) -> Window | None:
    for candidate in _candidates(text, languages):
        clean = normalize(candidate, ctx.base.year)
        if not clean:
            continue
        result = (
            timezones.find_iso_timestamp(clean, ctx)
            or _with_time(clean, ctx, languages)
            or find_rule(clean, ctx)
        )
        if result is not None:
            return result
    return grammar_fallback.fallback(text, normalize(text, ctx.base.year), ctx, languages)


def _error(text: str) -> UnparseableDate:
    shown = text.strip()
    if not shown:
        return UnparseableDate(Problem("date_empty"), _HINT)
    if len(shown) > 60:
        shown = shown[:57] + "..."
    numbers = (Problem("date_numbers"),) if any(c.isdigit() for c in shown) else ()
    return UnparseableDate(Problem("date_none", {"text": shown}), _HINT, *numbers)


def parse_window(
    text: str,
    *,
    base: datetime,
    tz: str | None = None,
    languages: Sequence[str] = ("en",),
    day_first: bool | None = None,
) -> Window:
    """Read `text` as a launch window relative to `base` (naive local "now"; never the clock).

    `tz` is the launch's IANA zone: a time without a named zone becomes an aware instant
    there, and date windows carry it in Window.tz. A zone named in the text wins: generic
    names ("PT", "Beijing time") give that IANA zone in Window.tz, fixed abbreviations
    ("PDT", "CET", "UTC", ISO offsets) give the offset only, with Window.tz None. Offsets in
    hours/minutes ("in 36 hours") stay naive on the base clock. `languages` other than "en"
    are read through dateparser's dictionaries; they also make "4/11/2026" day-first unless
    `day_first` says otherwise. Raises UnparseableDate when there is no date or an impossible
    one ("June 31", "Q5 2027", "December 9999").
    """
    if tz is not None:
        timezones.zone(tz)  # validate early: an unknown zone is a ValueError, not "no date"
    day_first = any(code != "en" for code in languages) if day_first is None else day_first
    ctx = Ctx(base.replace(tzinfo=None), tz, day_first)
    refused = impossible.problem(normalize(text, base.year), base.year, day_first=day_first)
    if refused:
        raise UnparseableDate(refused, _HINT)
    try:
        result = _read(text, ctx, languages)
    except UnparseableDate:
        raise
    except (ValueError, OverflowError) as exc:  # a date beyond year 1..9999 near the base
        raise _error(text) from exc
    if result is None:
        raise _error(text)
    if tz and not result.is_instant and result.tz is None:
        result = replace(result, tz=tz)
    return result
