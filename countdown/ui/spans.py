"""How windows read and sort in the UI, without Qt (imported on the way to the first tray paint).

`span_text` words a window's bounds for people ("Jul 1 – Sep 30, 2026"); `start_key` gives a
sortable number for its start.
"""

from __future__ import annotations

from datetime import date, datetime

from countdown.core.countdown import instant_utc
from countdown.core.model import Window


def span_text(window: Window) -> str:
    """The window's bounds for people: "Jul 1 – Sep 30, 2026", "Dec 3, 2026 15:00"."""
    start, end = window.start, window.end
    if isinstance(start, datetime):
        zone = f" {start.tzname()}" if start.tzinfo else ""
        return f"{start:%b} {start.day}, {start.year} {start:%H:%M}{zone}"
    assert isinstance(end, date)
    if start == end:
        return f"{start:%b} {start.day}, {start.year}"
    first = f"{start:%b} {start.day}" + (f", {start.year}" if start.year != end.year else "")
    return f"{first} – {end:%b} {end.day}, {end.year}"


UNIX_EPOCH_ORDINAL = date(1970, 1, 1).toordinal()


def start_key(window: Window, now: datetime) -> float:
    """A sortable timestamp for the window's start (date windows start at local midnight).

    Date windows use now's UTC offset (a DST change between now and then moves them by an hour
    at most, which never reorders whole days); this keeps sorting 10,000 launches cheap."""
    if isinstance(window.start, datetime):
        return instant_utc(window, now).timestamp()
    offset = now.utcoffset()
    offset_s = offset.total_seconds() if offset else 0.0
    return (window.start.toordinal() - UNIX_EPOCH_ORDINAL) * 86400 - offset_s
