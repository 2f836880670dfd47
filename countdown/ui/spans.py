"""How windows sort in the UI, without Qt (imported on the way to the first tray paint):
`start_key` gives a sortable number for a window's start. How a window reads is
`core.countdown.span_text`, the one way to print it (CLI, calendar files and UI alike).
"""

from __future__ import annotations

from datetime import date, datetime

from countdown.core.countdown import instant_utc
from countdown.core.model import Window

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
