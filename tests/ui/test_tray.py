"""The tray countdown: icon state, tooltip and menu with a frozen clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from pytestqt.qtbot import QtBot

from countdown.core.model import Grain, Status, Window
from countdown.ui.tray import TrayCountdown, icon_face, tooltip_text, watched
from countdown.ui.tray_icon import IconState
from tests.conftest import FrozenClock
from tests.ui.conftest import day_window, instant_window, launch


def test_icon_counts_days_to_the_nearest_upcoming_start(
    clock: FrozenClock, q3_2027: Window
) -> None:
    launches = [
        launch("Far", q3_2027, launch_id=1),
        launch("Near", day_window(date(2026, 12, 1)), launch_id=2),  # 7 days after Nov 24
        launch("Done", day_window(date(2026, 11, 30)), status=Status.LAUNCHED, launch_id=3),
        launch("Past", day_window(date(2026, 11, 1)), launch_id=4),
    ]
    face = icon_face(watched(launches, clock()), clock())
    assert (face.state, face.text) == (IconState.COUNTING, "7")


def test_icon_marks_launch_day_and_open_windows(clock: FrozenClock) -> None:
    november = day_window(
        date(2026, 11, 1), date(2026, 11, 30), grain=Grain.MONTH, label="November 2026"
    )
    today = day_window(date(2026, 11, 24))
    in_two_hours = instant_window(clock() + timedelta(hours=2))
    assert icon_face(watched([launch("Open", november)], clock()), clock()).state is IconState.OPEN
    both = [launch("Open", november), launch("Today", today)]
    assert icon_face(watched(both, clock()), clock()).state is IconState.TODAY
    assert (
        icon_face(watched([launch("Soon", in_two_hours)], clock()), clock()).state
        is IconState.TODAY
    )
    assert icon_face([], clock()).state is IconState.IDLE


def test_icon_shows_99_plus_beyond_99_days(clock: FrozenClock, q3_2027: Window) -> None:
    assert icon_face([launch("Far", q3_2027)], clock()).text == "99+"


def test_tooltip_lists_the_next_three(clock: FrozenClock, q3_2027: Window) -> None:
    launches = watched(
        [
            launch("Pixel 11", q3_2027),
            launch("Switch 3", day_window(date(2026, 12, 1))),
            launch("Rocket", instant_window(datetime(2026, 11, 25, 15, 30, tzinfo=UTC))),
            launch(
                "Game",
                day_window(
                    date(2027, 2, 1), date(2027, 2, 28), grain=Grain.MONTH, label="February 2027"
                ),
            ),
        ],
        clock(),
    )
    lines = tooltip_text(launches, clock()).splitlines()
    # Nov 24 12:00 UTC → Nov 25 15:30 is 1 d 3 h 30 min; Dec 1 is 7 days; Feb 1 is 69 days.
    assert lines == [
        "Launch Countdown",
        "Rocket — Nov 25 15:30 · in 1 d 3 h",
        "Switch 3 — Dec 1, 2026 · in 7 days",
        "Game — February 2027 · window opens in 69 days",
        "and 1 more",
    ]


def test_menu_is_rebuilt_with_current_countdowns(
    qtbot: QtBot, clock: FrozenClock, q3_2027: Window
) -> None:
    tray = TrayCountdown(clock)
    tray.set_launches([launch("Pixel 11", q3_2027, launch_id=7)])
    tray.menu.aboutToShow.emit()
    texts = [a.text() for a in tray.menu.actions() if not a.isSeparator()]
    # Nov 24, 2026 → Jul 1, 2027 is 219 days.
    assert texts[0] == "Pixel 11 — Q3 2027 · window opens in 219 days"
    assert "Add launch…" in texts and "Open Launch Countdown" in texts and texts[-1] == "Quit"
    clock.advance(days=1)
    tray.menu.aboutToShow.emit()
    assert tray.menu.actions()[0].text().endswith("window opens in 218 days")
    with qtbot.waitSignal(tray.launch_requested) as signal:
        tray.menu.actions()[0].trigger()
    assert signal.args == [7]


def test_pause_submenu_offers_an_hour_tomorrow_and_resume(qtbot: QtBot, clock: FrozenClock) -> None:
    tray = TrayCountdown(clock)
    tray.set_launches([])
    tray.menu.aboutToShow.emit()
    pause = next(a.menu() for a in tray.menu.actions() if a.menu() is not None)
    entries = {a.text(): a for a in pause.actions()}
    assert set(entries) == {"For 1 hour", "Until tomorrow", "Resume alerts"}
    assert not entries["Resume alerts"].isEnabled()
    with qtbot.waitSignal(tray.pause_requested) as signal:
        entries["For 1 hour"].trigger()
    assert signal.args == [clock() + timedelta(hours=1)]
    tray.paused_until = clock() + timedelta(hours=1)
    tray.menu.aboutToShow.emit()
    title = next(a.text() for a in tray.menu.actions() if a.menu() is not None)
    assert title.startswith("Alerts paused until")


def test_empty_tray_says_how_to_start(clock: FrozenClock) -> None:
    tray = TrayCountdown(clock)
    tray.set_launches([])
    assert tray.face().state is IconState.IDLE
    assert "No upcoming launches" in tray.tray.toolTip()


def test_refresh_is_armed_for_the_next_change_not_polled(
    clock: FrozenClock, q3_2027: Window
) -> None:
    tray = TrayCountdown(clock)
    tray.set_launches([launch("Pixel 11", q3_2027)])
    # A date window changes at local midnight (or within the hour cap): never a fast timer.
    assert 59 * 60 * 1000 <= tray.next_refresh_ms() <= 61 * 60 * 1000  # coarse timer slack
    soon = instant_window(clock() + timedelta(minutes=30, seconds=20))
    tray.set_launches([launch("Rocket", soon)])
    assert 19_000 <= tray.next_refresh_ms() <= 60_100  # "in 31 min" becomes "in 30 min"
