"""The alert plan: which alerts each precision gets, when (DST, other zones), stable keys."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from countdown.core.model import AlertPrefs, Grain, Launch, Status, Window
from countdown.core.plan import Alert, AlertKind, plan_alerts

BERLIN = ZoneInfo("Europe/Berlin")
NEW_YORK = ZoneInfo("America/New_York")
LORD_HOWE = ZoneInfo("Australia/Lord_Howe")
SHANGHAI = ZoneInfo("Asia/Shanghai")
CREATED = datetime(2026, 1, 1, tzinfo=UTC)
NOW = datetime(2026, 1, 2, tzinfo=UTC)
PREFS = AlertPrefs()


def launch(window: Window, **changes: object) -> Launch:
    base = Launch(
        name='Falcon <X> & "Co"',
        when_text=window.label,
        base=datetime(2026, 1, 1),
        window=window,
        status=Status.ANNOUNCED,
        id=7,
        created=CREATED,
        updated=CREATED,
    )
    return base.with_changes(**changes)


def instant(at: datetime, tz: str | None = None) -> Window:
    return Window(at, at, Grain.MINUTE, f"{at:%b %d %H:%M}", tz)


def days(first: date, last: date, grain: Grain, label: str = "window") -> Window:
    return Window(first, last, grain, label)


def plan(item: Launch, zone: ZoneInfo = BERLIN, prefs: AlertPrefs = PREFS) -> list[Alert]:
    return plan_alerts(item, now=NOW, prefs=prefs, local_tz=zone)


def schedule(alerts: list[Alert], zone: ZoneInfo) -> list[tuple[str, str]]:
    """(kind[-lead], local wall time) pairs: what a user in `zone` would see, in order."""
    return [(a.key.split(":")[1], f"{a.due.astimezone(zone):%Y-%m-%d %H:%M}") for a in alerts]


def test_instant_gets_lead_reminders_hour_before_launch_day_and_now() -> None:
    alerts = plan(launch(instant(datetime(2026, 6, 10, 15, 30))))
    assert schedule(alerts, BERLIN) == [
        ("reminder-7d", "2026-06-03 15:30"),
        ("reminder-1d", "2026-06-09 15:30"),
        ("launch-day", "2026-06-10 09:00"),
        ("hour-before", "2026-06-10 14:30"),
        ("now", "2026-06-10 15:30"),
    ]
    assert all(a.due.tzinfo is UTC for a in alerts)
    assert [a.title for a in alerts][-1] == 'Falcon <X> & "Co" is launching now'
    assert "15:30" in alerts[2].body and "today" in alerts[2].title


def test_instant_before_the_morning_has_no_launch_day_popup() -> None:
    alerts = plan(launch(instant(datetime(2026, 6, 10, 7, 0))))
    assert AlertKind.LAUNCH_DAY not in {a.kind for a in alerts}
    assert schedule(alerts, BERLIN)[-2:] == [
        ("hour-before", "2026-06-10 06:00"),
        ("now", "2026-06-10 07:00"),
    ]


def test_day_gets_morning_reminders_and_launch_day() -> None:
    alerts = plan(launch(days(date(2026, 6, 10), date(2026, 6, 10), Grain.DAY, "June 10")))
    assert schedule(alerts, BERLIN) == [
        ("reminder-7d", "2026-06-03 09:00"),
        ("reminder-1d", "2026-06-09 09:00"),
        ("launch-day", "2026-06-10 09:00"),
    ]
    assert alerts[1].title == 'Falcon <X> & "Co" tomorrow'
    assert alerts[0].title.endswith("in 7 days")


def test_month_window_opens_last_day_passed_and_never_launches_today() -> None:
    alerts = plan(launch(days(date(2026, 7, 1), date(2026, 7, 31), Grain.MONTH, "July 2026")))
    assert schedule(alerts, BERLIN) == [
        ("reminder-7d", "2026-06-24 09:00"),
        ("window-opens", "2026-07-01 09:00"),
        ("last-day", "2026-07-31 09:00"),
        ("window-passed", "2026-08-01 09:00"),
    ]
    assert not any("launches today" in a.title for a in alerts)
    assert "did it launch?" in alerts[-1].title and "July 2026" in alerts[-1].body


def test_range_of_days_and_week_are_windows_too() -> None:
    for window in (
        days(date(2026, 7, 6), date(2026, 7, 8), Grain.DAY, "July 6-8"),
        days(date(2026, 7, 6), date(2026, 7, 12), Grain.WEEK, "week of July 6"),
    ):
        kinds = [a.kind for a in plan(launch(window))]
        assert AlertKind.WINDOW_OPENS in kinds and AlertKind.WINDOW_PASSED in kinds
        assert AlertKind.LAUNCH_DAY not in kinds


def test_launched_and_cancelled_get_nothing() -> None:
    window = instant(datetime(2026, 6, 10, 15, 30))
    assert plan(launch(window, status=Status.LAUNCHED)) == []
    assert plan(launch(window, status=Status.CANCELLED)) == []
    assert plan(launch(window, status=Status.DELAYED)) != []


def test_keys_stable_across_runs_and_new_when_the_window_slips() -> None:
    window = days(date(2026, 7, 1), date(2026, 9, 30), Grain.QUARTER, "Q3 2026")
    first = plan(launch(window))
    again = plan_alerts(
        launch(window, name="renamed"), now=NOW + timedelta(days=30), prefs=PREFS, local_tz=NEW_YORK
    )
    assert [a.key for a in first] == [a.key for a in again]
    assert len({a.key for a in first}) == len(first)
    slipped = plan(launch(days(date(2026, 10, 1), date(2026, 12, 31), Grain.QUARTER, "Q4 2026")))
    assert not {a.key for a in first} & {a.key for a in slipped}
    assert all(a.key.startswith("7:") for a in first)


def test_per_launch_prefs_override_the_global_ones() -> None:
    own = AlertPrefs(morning=time(7, 30), lead_days=(3,))
    alerts = plan(
        launch(days(date(2026, 6, 10), date(2026, 6, 10), Grain.DAY), prefs=own),
        prefs=AlertPrefs(morning=time(10, 0), lead_days=(14,)),
    )
    assert schedule(alerts, BERLIN) == [
        ("reminder-3d", "2026-06-07 07:30"),
        ("launch-day", "2026-06-10 07:30"),
    ]


def test_alerts_already_due_when_the_date_was_set_are_left_out() -> None:
    window = instant(datetime(2026, 6, 10, 15, 30))
    edited = datetime(2026, 6, 9, 20, 0, tzinfo=UTC)  # after the 1-day reminder
    kinds = [a.key.split(":")[1] for a in plan(launch(window, updated=edited))]
    assert kinds == ["launch-day", "hour-before", "now"]
    unsaved = plan_alerts(
        launch(window, created=None, updated=None), now=edited, prefs=PREFS, local_tz=BERLIN
    )
    assert [a.kind for a in unsaved] == [a for a in kinds]


# -- daylight saving time -------------------------------------------------------------------


def test_new_york_spring_forward_keeps_wall_times() -> None:
    alerts = plan(launch(instant(datetime(2026, 3, 8, 10, 0))), zone=NEW_YORK)
    assert schedule(alerts, NEW_YORK)[1:] == [
        ("reminder-1d", "2026-03-07 10:00"),
        ("hour-before", "2026-03-08 09:00"),  # no launch-day popup at the same minute
        ("now", "2026-03-08 10:00"),
    ]
    reminder, now = alerts[1], alerts[-1]
    assert now.due - reminder.due == timedelta(hours=23)  # the day is 23 h long
    assert now.due == datetime(2026, 3, 8, 14, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("local", "fold"),
    [
        (datetime(2027, 3, 28, 3, 30), 0),  # Berlin springs forward 02:00 → 03:00 that night
        (datetime(2026, 10, 25, 2, 30), 1),  # the second 02:30 (CET) of the fall-back night
        (datetime(2026, 10, 25, 3, 15), 0),  # 02:15 CET, an hour before, is a repeated hour
    ],
)
def test_hour_before_is_sixty_real_minutes_across_a_dst_change(local: datetime, fold: int) -> None:
    """ "In 1 hour" must come an hour before, not at launch time (wall-clock minus 1 h would put
    it in the skipped hour, read as the launch's own instant) nor two hours early."""
    alerts = plan(launch(instant(local.replace(tzinfo=BERLIN, fold=fold), "Europe/Berlin")))
    due = {a.key.split(":")[1]: a.due for a in alerts}
    assert due["now"] - due["hour-before"] == timedelta(hours=1)


def test_new_york_fall_back_day_window() -> None:
    alerts = plan(launch(days(date(2026, 11, 1), date(2026, 11, 1), Grain.DAY)), zone=NEW_YORK)
    assert [a.due for a in alerts] == [
        datetime(2026, 10, 25, 13, 0, tzinfo=UTC),  # EDT
        datetime(2026, 10, 31, 13, 0, tzinfo=UTC),  # EDT
        datetime(2026, 11, 1, 14, 0, tzinfo=UTC),  # EST: still 09:00 on the wall
    ]


def test_berlin_window_passed_on_the_fall_back_morning() -> None:
    window = days(date(2026, 10, 19), date(2026, 10, 24), Grain.DAY, "Oct 19-24")
    alerts = plan(launch(window))
    assert [a.due for a in alerts][-2:] == [
        datetime(2026, 10, 24, 7, 0, tzinfo=UTC),  # last day, CEST
        datetime(2026, 10, 25, 8, 0, tzinfo=UTC),  # passed, CET
    ]
    assert {a.due.astimezone(BERLIN).time() for a in alerts} == {time(9, 0)}


def test_lord_howe_half_hour_shift() -> None:
    window = days(date(2026, 10, 4), date(2026, 10, 4), Grain.DAY)
    alerts = plan(launch(window), zone=LORD_HOWE)
    assert [a.due for a in alerts][-2:] == [
        datetime(2026, 10, 2, 22, 30, tzinfo=UTC),  # +10:30
        datetime(2026, 10, 3, 22, 0, tzinfo=UTC),  # +11:00 after the 30-min jump
    ]
    at = datetime(2026, 4, 5, 12, 0)  # the day clocks go back 30 min
    alerts = plan(launch(instant(at)), zone=LORD_HOWE)
    day_before, now = alerts[1], alerts[-1]
    assert now.due - day_before.due == timedelta(hours=24, minutes=30)


def test_morning_inside_the_skipped_half_hour_fires_once_that_day() -> None:
    early = AlertPrefs(morning=time(2, 15), lead_days=())
    window = days(date(2026, 10, 4), date(2026, 10, 4), Grain.DAY)
    (alert,) = plan(launch(window), zone=LORD_HOWE, prefs=early)
    local = alert.due.astimezone(LORD_HOWE)
    assert local.date() == date(2026, 10, 4) and time(2, 30) <= local.time() <= time(3, 0)


# -- another zone ---------------------------------------------------------------------------


def test_shanghai_instant_watched_from_berlin() -> None:
    at = datetime(2026, 12, 3, 10, 0, tzinfo=SHANGHAI)  # 03:00 in Berlin
    alerts = plan(launch(instant(at, "Asia/Shanghai")))
    assert schedule(alerts, BERLIN) == [
        ("reminder-7d", "2026-11-26 03:00"),
        ("reminder-1d", "2026-12-02 03:00"),
        ("hour-before", "2026-12-03 02:00"),
        ("now", "2026-12-03 03:00"),
    ]
    assert alerts[-1].due == datetime(2026, 12, 3, 2, 0, tzinfo=UTC)
    evening = datetime(2026, 12, 3, 20, 0, tzinfo=SHANGHAI)  # 13:00 in Berlin
    kinds = schedule(plan(launch(instant(evening, "Asia/Shanghai"))), BERLIN)
    assert ("launch-day", "2026-12-03 09:00") in kinds
