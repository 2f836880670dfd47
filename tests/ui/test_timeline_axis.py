"""The timeline axis: tick days and labels at each zoom."""

from __future__ import annotations

from datetime import date

from countdown.core.wording import wording_for
from countdown.ui.timeline_axis import axis_ticks


def test_weeks_tick_on_mondays_and_the_first_week_of_a_month_is_major() -> None:
    ticks = axis_ticks(date(2026, 11, 25), 14, 0)
    assert [(d, label, major) for d, label, major in ticks] == [
        (date(2026, 11, 23), "Nov 23", False),
        (date(2026, 11, 30), "Nov 30", False),
        (date(2026, 12, 7), "Dec 7", True),
    ]


def test_months_quarters_and_years() -> None:
    months = axis_ticks(date(2026, 11, 10), 80, 1)
    assert [label for _, label, _ in months] == ["Nov", "Dec", "Jan 2027"]
    assert [major for *_, major in months] == [False, False, True]
    quarters = [label for _, label, _ in axis_ticks(date(2026, 12, 1), 100, 2) if label]
    assert quarters == ["Q1 2027"]
    years = [label for _, label, _ in axis_ticks(date(2026, 11, 1), 700, 3) if label]
    assert years == ["2027", "2028"]


def test_the_axis_speaks_german_and_chinese() -> None:
    german, chinese = wording_for("de"), wording_for("zh_CN")
    weeks = [label for _, label, _ in axis_ticks(date(2026, 11, 25), 14, 0, german)]
    assert weeks == ["23. Nov.", "30. Nov.", "7. Dez."]
    months = [label for _, label, _ in axis_ticks(date(2026, 11, 10), 80, 1, chinese)]
    assert months == ["11月", "12月", "2027年1月"]
    quarters = [label for _, label, _ in axis_ticks(date(2026, 12, 1), 100, 2, chinese) if label]
    assert quarters == ["2027年第一季度"]
    years = [label for _, label, _ in axis_ticks(date(2026, 11, 1), 700, 3, chinese) if label]
    assert years == ["2027年", "2028年"]
