"""Countdown wording as the user reads it in the table, tray tooltip and menu (DESIGN §4)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from countdown.core.countdown import Phase, days_to_start, describe, next_change, phase
from countdown.core.model import Grain, Window

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 24, 15, 0, tzinfo=BERLIN)


def day(d: date) -> Window:
    return Window(d, d, Grain.DAY, d.isoformat())


def month(y: int, m: int, last: int) -> Window:
    return Window(date(y, m, 1), date(y, m, last), Grain.MONTH, f"{y}-{m}")


def instant(at: datetime, tz: str | None = None) -> Window:
    return Window(at, at, Grain.MINUTE, at.isoformat(), tz)


@pytest.mark.parametrize(
    ("target", "text"),
    [
        (date(2026, 12, 6), "in 12 days"),
        (date(2026, 11, 25), "tomorrow"),
        (date(2026, 11, 24), "today"),
        (date(2026, 11, 23), "yesterday"),
        (date(2026, 11, 22), "2 days ago"),
    ],
)
def test_day_wording(target: date, text: str) -> None:
    assert describe(day(target), NOW) == text


def test_window_opens_counts_days_to_first_day() -> None:
    q3 = Window(date(2027, 7, 1), date(2027, 9, 30), Grain.QUARTER, "Q3 2027")
    assert describe(q3, NOW) == "opens in 219 days"
    assert describe(q3, NOW, long=True) == "window opens in 219 days"
    assert phase(q3, NOW) is Phase.UPCOMING


def test_open_window_shows_day_and_days_left() -> None:
    november = month(2026, 11, 30)
    assert describe(november, NOW) == "open · day 24 of 30 · 6 days left"
    assert phase(november, NOW) is Phase.OPEN
    assert days_to_start(november, NOW) == -23


def test_last_day_and_passed_window() -> None:
    assert describe(month(2026, 11, 30), NOW.replace(day=30)) == "open · day 30 of 30 · last day"
    assert describe(month(2026, 10, 31), NOW) == "passed 24 days ago"
    assert phase(month(2026, 10, 31), NOW) is Phase.PASSED


def test_single_day_is_today_phase() -> None:
    assert phase(day(date(2026, 11, 24)), NOW) is Phase.TODAY


@pytest.mark.parametrize(
    ("delta", "seconds", "text"),
    [
        (timedelta(days=3, hours=4, minutes=5), False, "in 3 d 4 h"),
        (timedelta(hours=4, minutes=12), False, "in 4 h 12 min"),
        (timedelta(minutes=12, seconds=9), True, "in 00:12:09"),
        (timedelta(minutes=12, seconds=9), False, "in 13 min"),
        (timedelta(seconds=-20), False, "now"),
        (timedelta(days=-2, hours=-1), False, "launched 2 d 1 h ago"),
    ],
)
def test_instant_wording(delta: timedelta, seconds: bool, text: str) -> None:
    assert describe(instant(NOW + delta), NOW, seconds=seconds) == text


def test_instant_in_another_zone_compares_real_time() -> None:
    # 10:00 in Shanghai on Nov 25 is 03:00 in Berlin: 12 hours after NOW.
    at = datetime(2026, 11, 25, 10, 0, tzinfo=ZoneInfo("Asia/Shanghai"))
    assert describe(instant(at, "Asia/Shanghai"), NOW) == "in 12 h"


def test_naive_instant_is_local_wall_clock() -> None:
    assert describe(instant(datetime(2026, 11, 24, 16, 30)), NOW) == "in 1 h 30 min"


def test_next_change_for_days_is_local_midnight_across_dst() -> None:
    # Berlin leaves summer time on Oct 25, 2026: that day has 25 hours.
    before = datetime(2026, 10, 24, 23, 30, tzinfo=BERLIN)
    change = next_change(day(date(2026, 12, 1)), before)
    assert change == datetime(2026, 10, 25, 0, 0, tzinfo=BERLIN)
    after = next_change(day(date(2026, 12, 1)), change)
    assert after.astimezone(UTC) - change.astimezone(UTC) == timedelta(hours=25)
    assert after.astimezone(BERLIN).hour == 0


def test_next_change_for_instant_follows_its_units() -> None:
    target = instant(NOW + timedelta(hours=2, minutes=30, seconds=10))
    assert next_change(target, NOW) == NOW + timedelta(seconds=10)
    near = instant(NOW + timedelta(minutes=5, seconds=30))
    assert next_change(near, NOW, seconds=True) == NOW + timedelta(seconds=1)
    assert describe(target, next_change(target, NOW)) == "in 2 h 30 min"


def test_utc_now_is_accepted() -> None:
    assert describe(day(date(2026, 11, 25)), NOW.astimezone(UTC)) == "tomorrow"


def test_span_text_reads_like_a_calendar() -> None:
    from countdown.core.countdown import span_text

    q3 = Window(date(2026, 7, 1), date(2026, 9, 30), Grain.QUARTER, "Q3 2026")
    assert span_text(q3) == "Jul 1 – Sep 30, 2026"
    across = Window(date(2026, 12, 28), date(2027, 1, 3), Grain.DAY, "x")
    assert span_text(across) == "Dec 28, 2026 – Jan 3, 2027"
    assert span_text(day(date(2026, 7, 5))) == "Jul 5, 2026"
