"""How the windows of two proposals relate, for the proposals stage (merge.py): one nests in
the other (an instant inside its day, a day inside its month), they are the same moment, or a
day sits right beside a span of days ("the end of September" / "October 1"); and which of
two is the more specific.
"""

from __future__ import annotations

from datetime import datetime

from countdown.core.model import Window


def bounds(window: Window) -> tuple[datetime, datetime]:
    """Comparable bounds: a day window covers its whole days; instants compare naive."""
    first, last = window.first_day(), window.last_day()
    if window.is_instant and isinstance(window.start, datetime):
        moment = window.start.replace(tzinfo=None)
        return moment, moment
    return datetime.combine(first, datetime.min.time()), datetime.combine(last, datetime.max.time())


def windows_nest(a: Window, b: Window) -> bool:
    (a0, a1), (b0, b1) = bounds(a), bounds(b)
    return (a0 >= b0 and a1 <= b1) or (b0 >= a0 and b1 <= a1)


def specificity(window: Window) -> tuple[int, int, int]:
    """Smaller is more specific: instants first (aware before naive), then fewer days."""
    aware = window.is_instant and isinstance(window.start, datetime) and window.start.tzinfo
    return (0 if window.is_instant else 1, 0 if aware else 1, window.days())


def same_moment(a: Window, b: Window) -> bool:
    """Two instants at the same wall-clock minute of the same day: one launch told twice (in
    two zones, or with and without its zone), whatever each mention calls it."""
    return a.is_instant and b.is_instant and bounds(a)[0] == bounds(b)[0]


_BESIDE_DAYS = 3  # "the end of September" and "October 1" are one estimate told two ways
_PART_OF_MONTH_DAYS = 16  # "late September", "the end of the month", a week: not a whole month


def day_beside_span(a: Window, b: Window) -> bool:
    """One window is a single day just before or after the other, a part of a month ("near
    the end of September" … "an October 1 launch is likely")."""
    for day, span in ((a, b), (b, a)):
        if not day.is_single_day or span.is_instant or span.is_single_day:
            continue
        if span.days() > _PART_OF_MONTH_DAYS:
            continue
        after = (day.first_day() - span.last_day()).days
        before = (span.first_day() - day.first_day()).days
        if 0 < after <= _BESIDE_DAYS or 0 < before <= _BESIDE_DAYS:
            return True
    return False
