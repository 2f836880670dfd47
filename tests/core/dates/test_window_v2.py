"""Conventions version 2: seconds, holiday season, "this year's <season>", impossible dates,
numeric dates and German / Spanish / Japanese idioms (one table per rule; sentences our own)."""

from __future__ import annotations

from datetime import datetime

import pytest

from countdown.core.dates.window import UnparseableDate, parse_window
from countdown.core.news.extract import read_when

BASE = datetime(2026, 10, 5, 8, 0)
Case = tuple[str, str, str, str]


def _got(text: str, languages: tuple[str, ...] = ("en",)) -> tuple[str, str, str]:
    if languages == ("en",):
        window = parse_window(text, base=BASE)
    else:
        window = read_when(text, base=BASE, languages=languages)[1]
    got = window.to_dict()
    return got["start"], got["end"], got["grain"]


SECONDS: list[Case] = [
    ("stage separation at 07:41:09 UTC on March 2", "2027-03-02T07:41:09+00:00", "2027-03-02T07:41:09+00:00", "second"),
    ("countdown ends 2026-11-20 18:30:15", "2026-11-20T18:30:15", "2026-11-20T18:30:15", "second"),
    ("doors open 2026-11-20 18:30:00", "2026-11-20T18:30:00", "2026-11-20T18:30:00", "minute"),
    ("at 9:05:30 pm on November 2", "2026-11-02T21:05:30", "2026-11-02T21:05:30", "second"),
]  # fmt: skip
HOLIDAY: list[Case] = [
    ("ships for holiday 2027", "2027-10-01", "2027-12-31", "season"),
    ("this holiday season", "2026-10-01", "2026-12-31", "season"),
    ("before the 2029 holiday season", "2029-10-01", "2029-12-31", "season"),
    ("this year's summer", "2026-06-01", "2026-08-31", "season"),
]  # fmt: skip
NUMERIC: list[Case] = [
    ("opens 12/3/2026", "2026-12-03", "2026-12-03", "day"),
    ("opens 25/12/2026", "2026-12-25", "2026-12-25", "day"),
    ("opens 3.12.2026", "2026-12-03", "2026-12-03", "day"),
    ("opens 2027/01/09", "2027-01-09", "2027-01-09", "day"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "start", "end", "grain"), SECONDS + HOLIDAY + NUMERIC)
def test_v2_english_rules(text: str, start: str, end: str, grain: str) -> None:
    assert _got(text) == (start, end, grain)


OTHER_LANGUAGES: list[tuple[str, str, str, str, str]] = [
    ("de", "kommt Ende März", "2027-03-21", "2027-03-31", "day"),
    ("de", "im zweiten Quartal 2027", "2027-04-01", "2027-06-30", "quarter"),
    ("de", "im zweiten Halbjahr", "2026-07-01", "2026-12-31", "half"),
    ("de", "Anfang nächsten Jahres", "2027-01-01", "2027-04-30", "month"),
    ("es", "a principios de junio", "2027-06-01", "2027-06-10", "day"),
    ("es", "en el cuarto trimestre de 2026", "2026-10-01", "2026-12-31", "quarter"),
    ("es", "el 14 de febrero de 2027", "2027-02-14", "2027-02-14", "day"),
    ("ja", "2027年第2四半期", "2027-04-01", "2027-06-30", "quarter"),
    ("ja", "来年3月下旬", "2027-03-21", "2027-03-31", "day"),
    ("fr", "disponible le 3/12/2026", "2026-12-03", "2026-12-03", "day"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "start", "end", "grain"), OTHER_LANGUAGES)
def test_v2_other_languages(lang: str, text: str, start: str, end: str, grain: str) -> None:
    assert _got(text, ("en", lang)) == (start, end, grain)


IMPOSSIBLE = [
    ("September 31, 2027", "September has 30 days"),
    ("February 29, 2027", "February has 28 days"),
    ("October 45", "October has 31 days"),
    ("Q0 2027", "quarters are Q1-Q4"),
    ("H3", "halves H1-H2"),
    ("13/13/2027", "no month 13"),
    ("week 61 of 2027", "years have 52 or 53"),
    ("March 5000", "more than 100 years ahead"),
    ("sometime in 20270", "more than 100 years ahead"),
    # The year after a day was once dropped: "December 31, 9999" became Dec 31 of the coming year.
    ("December 31, 9999", "9999 is not a launch year"),
    ("Dec 31 2200", "2200 is not a launch year"),
    ("9999-12-31", "9999 is not a launch year"),
]


@pytest.mark.parametrize(("text", "reason"), IMPOSSIBLE)
def test_impossible_dates_are_refused_with_the_reason(text: str, reason: str) -> None:
    with pytest.raises(UnparseableDate, match=reason):
        parse_window(text, base=BASE)


@pytest.mark.parametrize(
    ("text", "start"), [("December 31, 2110", "2110-12-31"), ("Q3 2105", "2105-07-01")]
)
def test_a_year_of_the_next_century_within_reach_is_kept(text: str, start: str) -> None:
    assert _got(text)[0] == start


def test_a_leap_day_without_a_year_is_still_a_date() -> None:
    assert _got("February 29")[0] == "2028-02-29"
