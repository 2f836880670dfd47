"""Times of day with zones: "10 a.m. PT", "14:00 CET", "9am UK time", ISO timestamps.

Generic zone names ("PT", "UK time", "Beijing time") map to IANA zones and follow that zone's
daylight-saving rules on the given date (zoneinfo, cached). Explicit abbreviations ("PDT",
"CET", "UTC") are fixed offsets: the instant carries the offset and Window.tz is None, since
the abbreviation names an offset, not a place. A time with no zone is an aware instant in the
launch's zone when one was given (Window.tz = that zone), else a naive local wall-clock time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from countdown.core.dates.common import Ctx, rx
from countdown.core.dates.labels import describe_instant
from countdown.core.model import Grain, Window

GENERIC_ZONES = {
    "pacific": "America/Los_Angeles", "pt": "America/Los_Angeles",
    "california": "America/Los_Angeles", "cupertino": "America/Los_Angeles",
    "san francisco": "America/Los_Angeles", "los angeles": "America/Los_Angeles",
    "mountain": "America/Denver", "mt": "America/Denver",
    "central european": "Europe/Paris", "central": "America/Chicago", "ct": "America/Chicago",
    "eastern": "America/New_York", "et": "America/New_York", "new york": "America/New_York",
    "uk": "Europe/London", "london": "Europe/London", "british": "Europe/London",
    "paris": "Europe/Paris", "berlin": "Europe/Paris", "amsterdam": "Europe/Amsterdam",
    "madrid": "Europe/Madrid", "rome": "Europe/Rome", "stockholm": "Europe/Stockholm",
    "beijing": "Asia/Shanghai", "china": "Asia/Shanghai", "shanghai": "Asia/Shanghai",
    "hong kong": "Asia/Hong_Kong", "taipei": "Asia/Taipei", "singapore": "Asia/Singapore",
    "tokyo": "Asia/Tokyo", "japan": "Asia/Tokyo", "seoul": "Asia/Seoul", "korea": "Asia/Seoul",
    "india": "Asia/Kolkata", "sydney": "Australia/Sydney", "moscow": "Europe/Moscow",
}  # fmt: skip
FIXED_ZONES_MIN = {
    "utc": 0, "gmt": 0, "z": 0, "bst": 60, "cet": 60, "cest": 120, "est": -300, "edt": -240,
    "cst": -360, "cdt": -300, "mst": -420, "mdt": -360, "pst": -480, "pdt": -420,
    "jst": 540, "kst": 540, "hkt": 480, "sgt": 480, "aest": 600, "aedt": 660,
    "mez": 60, "mesz": 120,  # German CET / CEST
}  # fmt: skip
_GENERIC = "|".join(sorted(GENERIC_ZONES, key=len, reverse=True))
_FIXED = "|".join(k for k in FIXED_ZONES_MIN if k != "z")
_OFFSET_PARTS = re.compile(r"\D+ ?(?P<sign>[+-]) ?(?P<h>1[0-4]|0?\d):?(?P<m>[0-5]\d)?")
_UTC_OFFSET = r"(?:utc|gmt) ?[+-] ?(?:1[0-4]|0?\d)(?::?[0-5]\d)?"
ZONE = (
    rf"(?:(?P<generic>{_GENERIC})(?: (?:standard |daylight )?time)?"
    rf"|(?P<fixed>{_UTC_OFFSET}|{_FIXED}))\b"
)
_ZONE_PLAIN = rf"(?:{_GENERIC}|{_UTC_OFFSET}|{_FIXED})\b"
_TIME_RE = rx(
    r"(?:\b(?:at|@) ?)?(?:"
    r"\b(?P<h>1[0-2]|0?\d)(?::(?P<mi>[0-5]\d))?(?::(?P<s>[0-5]\d))? ?(?P<ap>am|pm)\b"
    r"|\b(?P<h24>[01]?\d|2[0-3]):(?P<mi24>[0-5]\d)(?::(?P<s24>[0-5]\d))?\b(?!:)"
    r"|\b(?P<noon>noon|midday|midnight)\b"
    rf"|\bat (?P<hz>[01]?\d|2[0-3])(?= \(?{_ZONE_PLAIN})"
    rf")(?: ?\(?{ZONE}\)?)?"
)
_ISO_RE = rx(
    r"\b(?P<y>(?:19|20|21)\d\d)-(?P<mo>[01]\d)-(?P<d>[0-3]\d)[t ](?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)"
    r"(?::(?P<s>[0-5]\d)(?:\.\d+)?)?(?: ?(?P<off>z|[+-][01]\d:?[0-5]\d)\b)?"
    rf"(?: \(?{ZONE}\)?)?"
)


@dataclass(frozen=True)
class TimeOfDay:
    """A written time: hour, minute, its grain and the zone words found beside it."""

    hour: int
    minute: int
    grain: Grain
    generic: str | None = None
    fixed: str | None = None
    weak: bool = False  # a bare "16:10" may be a ratio: only a time next to a date
    second: int = 0  # kept when written and not :00 (grain second)


@lru_cache(maxsize=64)
def zone(name: str) -> ZoneInfo:
    """A cached zoneinfo zone; an unknown name is a ValueError."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError(
            f"Unknown time zone {name!r}; use an IANA name like 'Europe/Paris'."
        ) from exc


@lru_cache(maxsize=32)
def _fixed_zone(abbreviation: str) -> timezone:
    """A fixed offset: a listed abbreviation ("pdt") or an explicit one ("utc+5:30")."""
    if abbreviation in FIXED_ZONES_MIN:
        minutes = FIXED_ZONES_MIN[abbreviation]
        return timezone(timedelta(minutes=minutes), abbreviation.upper())
    parts = _OFFSET_PARTS.fullmatch(abbreviation)
    assert parts is not None  # the ZONE regex only lets such offsets through
    minutes = int(parts["h"]) * 60 + int(parts["m"] or 0)
    offset = timedelta(minutes=-minutes if parts["sign"] == "-" else minutes)
    return timezone(offset)


def find_time(text: str) -> tuple[TimeOfDay, tuple[int, int]] | None:
    """The first time of day in the text and the span it covers (to cut it out)."""
    m = _TIME_RE.search(text)
    if m is None:
        return None
    if m["noon"]:
        hour, minute, grain = (0 if m["noon"] == "midnight" else 12), 0, Grain.HOUR
    elif m["h24"]:
        hour, minute, grain = int(m["h24"]), int(m["mi24"]), Grain.MINUTE
    elif m["hz"]:
        hour, minute, grain = int(m["hz"]), 0, Grain.HOUR
    else:
        hour = int(m["h"]) % 12 + (12 if m["ap"] == "pm" else 0)
        minute, grain = int(m["mi"] or 0), Grain.MINUTE if m["mi"] else Grain.HOUR
    second = int(m["s24"] or m["s"] or 0)
    weak = bool(m["h24"]) and not (m["generic"] or m["fixed"] or m[0].startswith(("at", "@")))
    spec = TimeOfDay(hour, minute, Grain.SECOND if second else grain, m["generic"], m["fixed"])
    return replace(spec, weak=weak, second=second), m.span()


def _zone_for(spec: TimeOfDay, ctx: Ctx) -> tuple[tzinfo | None, str | None]:
    """(tzinfo to attach, Window.tz) for a time: named zone, else the launch zone, else none."""
    if spec.fixed:
        return _fixed_zone(spec.fixed), None
    if spec.generic:
        name = GENERIC_ZONES[spec.generic]
        return zone(name), name
    if ctx.tz:
        return zone(ctx.tz), ctx.tz
    return None, None


def instant(day: date, spec: TimeOfDay, ctx: Ctx) -> Window:
    """The written time on `day`, with the offset in force that day for its zone."""
    info, tz_name = _zone_for(spec, ctx)
    moment = datetime.combine(day, time(spec.hour, spec.minute, spec.second), tzinfo=info)
    return Window(moment, moment, spec.grain, describe_instant(moment), tz_name)


def next_day_for(spec: TimeOfDay, ctx: Ctx) -> date:
    """A bare time is today unless that time has already passed on the base clock."""
    if (spec.hour, spec.minute) >= (ctx.base.hour, ctx.base.minute):
        return ctx.today
    return ctx.today + timedelta(days=1)


def find_iso_timestamp(text: str, ctx: Ctx) -> Window | None:
    """ "2026-12-03T15:30Z", "2026-07-01T16:00:00+02:00": minute grain, offset kept."""
    m = _ISO_RE.search(text)
    if m is None:
        return None
    try:
        day = date(int(m["y"]), int(m["mo"]), int(m["d"]))
    except ValueError:
        return None
    second = int(m["s"] or 0)
    grain = Grain.SECOND if second else Grain.MINUTE
    spec = TimeOfDay(int(m["h"]), int(m["mi"]), grain, m["generic"], m["fixed"], second=second)
    if m["off"] is None:
        return instant(day, spec, ctx)
    info = _offset(m["off"])
    moment = datetime(day.year, day.month, day.day, spec.hour, spec.minute, second, tzinfo=info)
    return Window(moment, moment, grain, describe_instant(moment), None)


def _offset(text: str) -> timezone:
    if text == "z":
        return UTC
    digits = text[1:].replace(":", "")
    minutes = int(digits[:2]) * 60 + int(digits[2:])
    return timezone(timedelta(minutes=-minutes if text[0] == "-" else minutes))


def strip_span(text: str, span: tuple[int, int]) -> str:
    return (text[: span[0]] + " " + text[span[1] :]).strip()
