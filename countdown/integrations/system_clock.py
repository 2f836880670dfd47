"""The one production clock and the user's zone, read from the system (Qt-free: the app needs
them before its first paint, the command line without Qt at all).

`system_clock()` is the clock every process hands down (the app, the CLI): the current instant,
aware, in the user's zone, so midnights and mornings follow DST. Everything else takes a
`core.clock.Clock` as an argument so tests can freeze and jump it. `local_zone()` finds the
user's IANA zone ($TZ, then the /etc/localtime link) and falls back to the current fixed offset.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime, tzinfo
from functools import lru_cache
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError


def system_clock() -> datetime:
    """Now, aware, in the user's zone (looked up once: reading /etc/localtime on every call
    would cost more than the countdown text it is for)."""
    return datetime.now(local_zone())


@lru_cache(maxsize=1)
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
