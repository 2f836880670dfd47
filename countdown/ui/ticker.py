"""When the main window's countdown cells next need redrawing.

Every second while a launch is less than an hour away (its countdown shows seconds), else at
the start of the next minute. The window refreshes on a single-shot timer set to this, and only
while it is shown, so a hidden window costs no wakeups.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from countdown.core.countdown import instant_utc
from countdown.core.model import Launch

SECONDS_SHOWN_S = 3600  # countdowns show seconds in the last hour


def next_tick_ms(launches: Iterable[Launch], now: datetime) -> int:
    """Milliseconds from `now` to the next second (a launch within the hour) or minute."""
    for launch in launches:
        if launch.window.is_instant:
            left_s = (instant_utc(launch.window, now) - now).total_seconds()
            if 0 < left_s < SECONDS_SHOWN_S:
                return 1000 - now.microsecond // 1000
    return (60 - now.second) * 1000 - now.microsecond // 1000
