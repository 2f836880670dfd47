"""Slip wording and totals: what the history pane and the "delayed" alert say about a change."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone

import pytest

from countdown.core.model import Grain, Revision, Status, Window
from countdown.core.news.slip import SlipStats, describe_slip, slip_stats


def days(start: date, end: date, label: str, grain: Grain = Grain.MONTH) -> Window:
    return Window(start=start, end=end, grain=grain, label=label)


JULY = days(date(2026, 7, 1), date(2026, 7, 31), "July 2026")
AUGUST = days(date(2026, 8, 1), date(2026, 8, 31), "August 2026")
Q3 = days(date(2026, 7, 1), date(2026, 9, 30), "Q3 2026", Grain.QUARTER)
JULY_12 = days(date(2026, 7, 12), date(2026, 7, 12), "July 12, 2026", Grain.DAY)
SEPT_12 = days(date(2026, 9, 12), date(2026, 9, 12), "September 12, 2026", Grain.DAY)
JUNE = days(date(2026, 6, 1), date(2026, 6, 30), "June 2026")


def instant(hour: int, label: str, tz: timezone | None = None) -> Window:
    at = datetime(2026, 7, 12, hour, 0, tzinfo=tz)
    return Window(start=at, end=at, grain=Grain.HOUR, label=label)


@pytest.mark.parametrize(
    ("old", "new", "text"),
    [
        (JULY, AUGUST, "moved from July 2026 to August 2026"),
        (Q3, JULY_12, "narrowed from Q3 2026 to July 12, 2026"),
        (JULY, Q3, "widened from July 2026 to Q3 2026"),
        (AUGUST, JULY, "pulled in from August 2026 to July 2026"),
        (JULY, JUNE, "pulled in from July 2026 to June 2026"),
        (JULY, JULY, "unchanged (July 2026)"),
        (JULY, days(JULY.start, JULY.end, "Jul 2026"), "restated from July 2026 to Jul 2026"),
    ],
)
def test_describe_slip_words_each_kind_of_change(old: Window, new: Window, text: str) -> None:
    assert describe_slip(old, new) == text


def test_instants_compare_by_time_and_fall_inside_their_day() -> None:
    assert describe_slip(instant(10, "10:00"), instant(15, "15:00")) == "moved from 10:00 to 15:00"
    assert describe_slip(instant(15, "15:00"), instant(10, "10:00")).startswith("pulled in")
    assert describe_slip(JULY_12, instant(10, "July 12, 10:00")).startswith("narrowed")


def test_naive_and_aware_instants_compare_by_day_without_crashing() -> None:
    aware = instant(10, "10:00 UTC", UTC)
    assert describe_slip(instant(9, "9:00"), aware) == "restated from 9:00 to 10:00 UTC"
    assert describe_slip(JULY_12, aware) == "restated from July 12, 2026 to 10:00 UTC"
    assert describe_slip(aware, AUGUST) == "moved from 10:00 UTC to August 2026"


def history(*windows: Window, status: Status = Status.RUMORED) -> list[Revision]:
    at = datetime(2026, 1, 1, tzinfo=UTC)
    return [
        Revision(seq=i + 1, at=at + timedelta(days=i), when_text=w.label, window=w, status=status)
        for i, w in enumerate(windows)
    ]


def test_slip_stats_counts_later_moves_and_sums_days_the_start_moved() -> None:
    # Q3 → July 12 (narrowed, not a slip) → August (slip: Jul 12 → Aug 1 = 20 days)
    # → September 12 (slip: 42 days) → August (pulled in, not a slip)
    revisions = history(Q3, JULY_12, AUGUST, SEPT_12, AUGUST)
    assert slip_stats(revisions) == SlipStats(count=2, total_days=20 + 42)


def test_slip_stats_orders_by_sequence_and_ignores_status_only_changes() -> None:
    revisions = history(JULY, JULY, AUGUST)
    assert slip_stats(list(reversed(revisions))) == SlipStats(count=1, total_days=31)


def test_no_history_or_single_revision_has_no_slips() -> None:
    assert slip_stats([]) == SlipStats(0, 0)
    assert slip_stats(history(JULY)) == SlipStats(0, 0)


def test_widening_later_is_not_counted_when_start_stays() -> None:
    assert slip_stats(history(JULY, Q3)) == SlipStats(0, 0)
