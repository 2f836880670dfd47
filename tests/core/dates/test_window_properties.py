"""Property tests: any short text gives a well-formed Window or UnparseableDate.

Texts mix random unicode with fragments of date vocabulary, so they reach deep into the
grammar and the dateparser fallback. How long that takes is measured by bench/parse_worst.py
(same recipe, worst case against raw dateparser), not asserted here.
"""

from __future__ import annotations

import contextlib
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from countdown.core.dates.window import UnparseableDate, parse_window
from countdown.core.model import Grain, Window

FRAGMENTS = [
    "Q3", "3Q", "H2", "1H", "FY2027", "'27", "2026", "2027", "2026/27", "Jan", "February", "Mar.",
    "may", "June", "Sept", "december", "Monday", "sat,", "Fri", "early", "mid-", "late", "end of",
    "the", "of", "next", "this", "last", "week", "weekend", "month", "quarter", "half", "year",
    "spring", "summer", "fall", "autumn", "winter", "by", "later", "rest of", "in", "days",
    "weeks", "hours", "from now", "tomorrow", "today", "Christmas", "Thanksgiving",
    "Black Friday", "Labor Day", "10am", "1:30 p.m.", "14:00", "PT", "ET", "UK time",
    "Beijing time", "CET", "PDT", "UTC", "Z", "T", "-", "–", "to", "through", "between", "and",
    "1st", "2nd", "30th", "29", "31", "0", "7", "42", "12/03/2026", "2026-12-03", "RTX", "iOS",
    "18", "Android", "(4)", "NET", "slated for", "first", "second", "back", ",", ".", " ",
]  # fmt: skip
texts = st.lists(
    st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)),
    max_size=25,
).map(lambda parts: " ".join(parts)[:200])
bases = st.datetimes(min_value=datetime(1995, 1, 1), max_value=datetime(2090, 12, 31))


@pytest.fixture(scope="module", autouse=True)
def warm_dateparser() -> None:
    """Load dateparser's data once (its first parse loads language data), so no example is
    flagged too slow by hypothesis for that."""
    base = datetime(2026, 5, 16, 10)
    parse_window("12/03/2026", base=base)
    parse_window("2026.12.03", base=base)  # numeric dates are ours now: this one reaches dateparser
    for text in ("sat", "wed 5", "Friday at 10am EST", "Oct 3rd, '26", "3.12.2026 10:00"):
        with contextlib.suppress(UnparseableDate):
            parse_window(text, base=base)
    parse_window("15 de julio de 2027", base=base, languages=("es",))


def _check(text: str, base: datetime, languages: tuple[str, ...] = ("en",)) -> None:
    try:
        window: object = parse_window(text, base=base, languages=languages)
    except UnparseableDate as exc:
        window = exc
    if isinstance(window, UnparseableDate):
        assert str(window)
    else:
        assert isinstance(window, Window)
        assert window.start <= window.end
        assert isinstance(window.grain, Grain)
        assert window.label
        assert isinstance(window.start, datetime) == window.grain.is_instant
        if not window.is_instant:
            assert type(window.start) is date and type(window.end) is date


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, base=bases)
def test_any_text_gives_a_window_or_unparseable_date(text: str, base: datetime) -> None:
    _check(text, base)


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=200), base=bases)
def test_random_unicode_never_crashes(text: str, base: datetime) -> None:
    _check(text, base)


@settings(max_examples=100, deadline=None)
@given(text=texts, base=st.datetimes())
def test_bases_at_the_ends_of_the_calendar_never_crash(text: str, base: datetime) -> None:
    _check(text, base)


@settings(max_examples=60, deadline=None)
@given(text=texts, base=bases)
def test_other_languages_never_crash(text: str, base: datetime) -> None:
    _check(text, base, ("es", "en"))


@pytest.mark.slow
@settings(max_examples=2000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, base=bases)
def test_any_text_gives_a_window_or_unparseable_date_at_length(text: str, base: datetime) -> None:
    _check(text, base)
