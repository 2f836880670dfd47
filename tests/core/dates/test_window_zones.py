"""Times of day and zones: DST-correct offsets on the day itself, fixed abbreviations, the
`tz=` argument, hour vs minute grain, ISO timestamps.

2026 switches: US Mar 8 / Nov 1 (02:00 local), EU and UK Mar 29 / Oct 25 (01:00 UTC).
China has no DST (+08:00 all year).
"""

from __future__ import annotations

from datetime import date, datetime

import pytest

from countdown.core.dates.window import parse_window

BASE = datetime(2026, 3, 1, 9, 0)


@pytest.mark.parametrize(
    ("text", "start", "grain", "tz"),
    [
        # America/New_York around both 2026 switches
        ("March 7 at 10 a.m. ET", "2026-03-07T10:00:00-05:00", "hour", "America/New_York"),
        ("March 8 at 1:59 a.m. ET", "2026-03-08T01:59:00-05:00", "minute", "America/New_York"),
        ("March 8 at 3 a.m. ET", "2026-03-08T03:00:00-04:00", "hour", "America/New_York"),
        ("October 31 at 9pm Eastern", "2026-10-31T21:00:00-04:00", "hour", "America/New_York"),
        ("November 1 at 10 a.m. ET", "2026-11-01T10:00:00-05:00", "hour", "America/New_York"),
        # Europe/London: GMT until Mar 29, BST until Oct 25
        ("March 28 at 9am UK time", "2026-03-28T09:00:00+00:00", "hour", "Europe/London"),
        ("March 29 at 9am UK time", "2026-03-29T09:00:00+01:00", "hour", "Europe/London"),
        ("October 24 at 18:30 London time", "2026-10-24T18:30:00+01:00", "minute",
         "Europe/London"),
        ("October 26 at 9am UK time", "2026-10-26T09:00:00+00:00", "hour", "Europe/London"),
        # Europe/Paris: the EU switches with the UK, not with the US
        ("March 27 at 9am Paris time", "2026-03-27T09:00:00+01:00", "hour", "Europe/Paris"),
        ("March 30 at 9am Berlin time", "2026-03-30T09:00:00+02:00", "hour", "Europe/Paris"),
        ("Oct 26 at 9am Central European Time", "2026-10-26T09:00:00+01:00", "hour",
         "Europe/Paris"),
        # Asia/Shanghai and Tokyo: no DST
        ("June 3 at 9:00 Beijing time", "2026-06-03T09:00:00+08:00", "minute", "Asia/Shanghai"),
        ("December 3 at 10am China time", "2026-12-03T10:00:00+08:00", "hour", "Asia/Shanghai"),
        ("July 1 at 8pm Tokyo time", "2026-07-01T20:00:00+09:00", "hour", "Asia/Tokyo"),
        # US Pacific and Mountain, and the US/EU gap weeks
        ("March 8 at 10 a.m. PT", "2026-03-08T10:00:00-07:00", "hour", "America/Los_Angeles"),
        ("March 8 at 1:30 a.m. PT", "2026-03-08T01:30:00-08:00", "minute",
         "America/Los_Angeles"),
        ("Oct 28 at 10am Pacific", "2026-10-28T10:00:00-07:00", "hour", "America/Los_Angeles"),
        ("July 4 at 9 p.m. MT", "2026-07-04T21:00:00-06:00", "hour", "America/Denver"),
        ("April 1 at noon CT", "2026-04-01T12:00:00-05:00", "hour", "America/Chicago"),
    ],
)  # fmt: skip
def test_generic_zone_names_follow_dst_on_that_date(
    text: str, start: str, grain: str, tz: str
) -> None:
    window = parse_window(text, base=BASE)
    assert window.to_dict()["start"] == start
    assert window.start == window.end
    assert (window.grain.value, window.tz) == (grain, tz)


@pytest.mark.parametrize(
    ("text", "start", "grain"),
    [
        ("March 27 at 14:00 CET", "2026-03-27T14:00:00+01:00", "minute"),
        ("July 1 at 14:00 CEST", "2026-07-01T14:00:00+02:00", "minute"),
        ("January 20 at 10 a.m. PST", "2027-01-20T10:00:00-08:00", "hour"),
        ("July 20 at 10am PDT", "2026-07-20T10:00:00-07:00", "hour"),
        ("July 20 at 10am EDT", "2026-07-20T10:00:00-04:00", "hour"),
        ("Dec 3 at 15:30 UTC", "2026-12-03T15:30:00+00:00", "minute"),
        ("Dec 3 at 3pm GMT", "2026-12-03T15:00:00+00:00", "hour"),
        ("Aug 1 at 9am BST", "2026-08-01T09:00:00+01:00", "hour"),
        ("Aug 1 at 9am JST", "2026-08-01T09:00:00+09:00", "hour"),
        ("Aug 1 at 9am CST", "2026-08-01T09:00:00-06:00", "hour"),
        ("Dec 3 at 10:00 UTC+2", "2026-12-03T10:00:00+02:00", "minute"),
        ("Dec 3 at 10am GMT-5", "2026-12-03T10:00:00-05:00", "hour"),
        ("Dec 3 at 10am UTC+05:30", "2026-12-03T10:00:00+05:30", "hour"),
    ],
)
def test_explicit_abbreviations_are_fixed_offsets(text: str, start: str, grain: str) -> None:
    window = parse_window(text, base=BASE)
    assert window.to_dict()["start"] == start
    assert (window.grain.value, window.tz) == (grain, None)


@pytest.mark.parametrize(
    ("text", "start", "grain"),
    [
        ("2026-12-03T15:30Z", "2026-12-03T15:30:00+00:00", "minute"),
        ("2026-07-01T16:00:00+02:00", "2026-07-01T16:00:00+02:00", "minute"),
        ("2026-07-01T16:00:00-0700", "2026-07-01T16:00:00-07:00", "minute"),
        ("2026-12-03 15:30", "2026-12-03T15:30:00", "minute"),
        ("December 9 at 1 p.m.", "2026-12-09T13:00:00", "hour"),
        ("December 9 at 6:30 pm", "2026-12-09T18:30:00", "minute"),
        ("December 9, 14:00", "2026-12-09T14:00:00", "minute"),
        ("Dec 9 at 9:00", "2026-12-09T09:00:00", "minute"),
        ("tomorrow at 9pm", "2026-03-02T21:00:00", "hour"),
        ("on 3/10 at 10am", "2026-03-10T10:00:00", "hour"),
        ("12/03/2026 at 10am", "2026-12-03T10:00:00", "hour"),
    ],
)
def test_iso_and_zoneless_times(text: str, start: str, grain: str) -> None:
    window = parse_window(text, base=BASE)
    assert window.to_dict()["start"] == window.to_dict()["end"] == start
    assert window.grain.value == grain


def test_a_bare_time_is_today_until_it_has_passed() -> None:
    assert parse_window("at 10am", base=BASE).start == datetime(2026, 3, 1, 10)
    assert parse_window("at 8am", base=BASE).start == datetime(2026, 3, 2, 8)


def test_tz_argument_makes_a_zoneless_time_aware_in_the_launch_zone() -> None:
    window = parse_window("March 8 at 10 a.m.", base=BASE, tz="America/Los_Angeles")
    assert window.to_dict()["start"] == "2026-03-08T10:00:00-07:00"
    assert window.tz == "America/Los_Angeles"
    assert window.label == "March 8, 2026 10:00 PDT"


def test_a_zone_named_in_the_text_wins_over_the_tz_argument() -> None:
    window = parse_window("June 3 at 10am Beijing time", base=BASE, tz="Europe/London")
    assert window.to_dict()["start"] == "2026-06-03T10:00:00+08:00"
    assert window.tz == "Asia/Shanghai"


def test_tz_argument_is_carried_by_date_windows() -> None:
    window = parse_window("Q3 2026", base=BASE, tz="Europe/London")
    assert (window.start, window.tz) == (date(2026, 7, 1), "Europe/London")


def test_without_tz_a_zoneless_time_stays_naive() -> None:
    window = parse_window("June 3 at 10am", base=BASE)
    assert isinstance(window.start, datetime) and window.start.tzinfo is None
    assert window.tz is None


def test_an_unknown_tz_argument_is_a_clear_value_error() -> None:
    with pytest.raises(ValueError, match="Unknown time zone"):
        parse_window("June 3", base=BASE, tz="Mars/Olympus_Mons")


def test_relative_hours_stay_on_the_naive_base_clock() -> None:
    window = parse_window("in 36 hours", base=datetime(2026, 3, 7, 22, 15))
    assert window.to_dict()["start"] == "2026-03-09T10:15:00"
    assert window.grain.value == "minute"
