"""The phrasebook type: one language's countdown phrases, plural rule and date formats.

A `Wording` is plain data (Qt-free) so core can print dates and countdowns in the user's language
without knowing Qt; the UI picks the one matching its translation (ui/i18n). Phrases are
`str.format` templates keyed by name; a tuple is the plural forms, chosen by the language's rule.
Dates go through `date` / `full_date` / `weekday_date` / `span` here and nowhere else, from
hand-written month tables (strftime's "%b" follows the C library's locale, which Qt sets to the
system's: that is how "11月 27, 2026" happened).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass

Phrase = str | tuple[str, ...]


def plural_one_other(n: int) -> int:
    """English, German, Spanish: one form for 1, another for everything else."""
    return 0 if n == 1 else 1


def plural_french(n: int) -> int:
    """French: 0 and 1 take the singular ("0 jour", "1 jour", "2 jours")."""
    return 0 if n in (0, 1) else 1


def plural_none(n: int) -> int:
    """Chinese, Japanese: no grammatical plural."""
    return 0


@dataclass(frozen=True)
class Wording:
    """One language's phrases and date formats; `code` is the language code ("en", "zh_CN")."""

    code: str
    phrases: Mapping[str, Phrase]
    plural: Callable[[int], int]
    months: tuple[str, ...]  # full names, January first
    months_short: tuple[str, ...]  # in dates: "Nov 27, 2026"
    months_range: tuple[str, ...]  # in day ranges ("June 5–7"): English spells short ones out
    weekdays: tuple[str, ...]  # short names, Monday first
    quarters: tuple[str, ...] = ("1", "2", "3", "4")
    day_pattern: str = "MMM d, yyyy"  # the same day as a date field shows it (CLDR/Qt pattern)
    year_first: bool = False  # "2026年7月1日 – 9月30日": the year goes on the first day

    def say(self, key: str, **values: object) -> str:
        """The phrase `key` filled in (a plural phrase takes its first form)."""
        phrase = self.phrases[key]
        template = phrase if isinstance(phrase, str) else phrase[0]
        return template.format(**values)

    def count(self, key: str, n: int, **values: object) -> str:
        """The plural phrase `key` for `n` ("in {n} Tagen"), `n` filled in too."""
        phrase = self.phrases[key]
        forms = (phrase,) if isinstance(phrase, str) else phrase
        template = forms[min(self.plural(n), len(forms) - 1)]
        return template.format(n=n, **values)

    def _fields(self, day: dt.date, months: tuple[str, ...]) -> dict[str, object]:
        return {"d": day.day, "m": day.month, "y": day.year, "mon": months[day.month - 1]}

    def date(self, day: dt.date, *, year: bool = True) -> str:
        """A day with a short month: "Nov 27, 2026", "27. Nov. 2026", "2026年11月27日"."""
        return self.say("date" if year else "date_no_year", **self._fields(day, self.months_short))

    def full_date(self, day: dt.date) -> str:
        """A day with the month spelled out: "November 27, 2026", "27. November 2026"."""
        return self.say("date_full", **self._fields(day, self.months))

    def weekday_date(self, day: dt.date, *, weekday: bool = True) -> str:
        """The notifications' day: "Fri 27 Nov 2026" (or without the weekday)."""
        fields = self._fields(day, self.months_short)
        fields["wd"] = self.weekdays[day.weekday()]
        return self.say("date_weekday" if weekday else "date_plain", **fields)

    def span(self, first: dt.date, last: dt.date) -> str:
        """Inclusive days for people: "Jul 1 – Sep 30, 2026", "2026年7月1日 – 9月30日"."""
        if first == last:
            return self.date(first)
        if first.year != last.year:
            return f"{self.date(first)} – {self.date(last)}"
        if self.year_first:
            return f"{self.date(first)} – {self.date(last, year=False)}"
        return f"{self.date(first, year=False)} – {self.date(last)}"

    def day_range(self, start: dt.date, end: dt.date) -> str:
        """A range of days as a label: "June 5–7, 2026", "5.–7. Juni 2026", "2026年6月5日–7日"."""
        if start == end:
            return self.full_date(start)
        a = self._fields(start, self.months_range)
        b = self._fields(end, self.months_range)
        if start.year != end.year:
            return self.say("range_years", a=self.say("date", **a), b=self.say("date", **b))
        if start.month != end.month:
            return self.say(
                "range_months",
                a=self.say("date_no_year", **a),
                b=self.say("date", **b),
                a_full=self.say("date", **a),
                b_short=self.say("date_no_year", **b),
            )
        return self.say(
            "range_days", d1=start.day, d2=end.day, mon=a["mon"], m=start.month, y=start.year
        )

    def clock(self, hours: int, minutes: int, seconds: int = 0) -> str:
        """A time of day: 24-hour everywhere we speak ("10:00", "10:00:30")."""
        text = f"{hours:02d}:{minutes:02d}"
        return f"{text}:{seconds:02d}" if seconds else text
