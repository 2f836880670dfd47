"""The wall clock and the user's zone, without Qt (the app needs them before the first paint).

`wall_clock()` is the production clock (aware UTC); everything else takes a clock as an argument
so tests can freeze and jump it. `local_zone()` finds the user's IANA zone (TZ, then
/etc/localtime), so morning alerts follow DST; it falls back to the current fixed offset.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

Clock = Callable[[], datetime]


def wall_clock() -> datetime:
    return datetime.now(UTC)


def local_zone() -> tzinfo:
    """The user's zone: $TZ or the /etc/localtime link as an IANA zone, else the fixed offset."""
    for name in (os.environ.get("TZ", "").lstrip(":"), _localtime_link()):
        if name:
            try:
                return ZoneInfo(name)
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return datetime.now().astimezone().tzinfo or UTC


def _localtime_link() -> str:
    try:
        target = str(Path("/etc/localtime").resolve())
    except OSError:
        return ""
    marker = "zoneinfo/"
    return target.split(marker, 1)[1] if marker in target else ""
