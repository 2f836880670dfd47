"""The one check every launch passes before the store keeps it (the boundary of DESIGN §1).

Every way in — the CLI's add/edit, paste --add, JSON and .ics import, the CalDAV pull, undo —
hands the store a Launch it did not build itself; `check_launch` refuses anything a reader could
not show, plan or export later, with an `InvalidLaunch` naming the field. The same check runs on
rows read back (rows.py), so a row damaged on disk is reported instead of crashing a reader.

Vocabularies come from the model (Grain, Status, the zone database), never from lists here.
Years: up to base + 100 (the conventions' "absurd dates" rule) and never past MAX_YEAR, so that
"the day after the window" and alert lead days stay representable (year 9999 broke ics export).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from functools import lru_cache
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from countdown.core.model import AlertPrefs, Grain, Launch, Revision, Status, Window
from countdown.core.problem import Problem

_T = TypeVar("_T")

MIN_YEAR = 1000  # historic launches are fine; year 1 has no "day before" for alerts
MAX_YEAR = 9000  # well inside datetime's range after lead days and DTEND's extra day
YEARS_AFTER_BASE = 100
MAX_TEXT_CHARS = 100_000
MAX_LEAD_DAYS = 3660
UNREADABLE, NOT_TEXT = Problem("problem_unreadable"), Problem("problem_not_text")


class InvalidLaunch(ValueError):
    """A launch field that cannot be stored; `field` names it (dotted, e.g. "window.tz"),
    `problem` says what is wrong in English (the CLI's), `reason` as data for the app to word."""

    def __init__(self, field: str, problem: str, reason: Problem = UNREADABLE) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem
        self.reason = reason


@lru_cache(maxsize=512)
def is_known_zone(name: object) -> bool:
    """True for an IANA zone name the zone database has (cached: lists check every row)."""
    if not isinstance(name, str) or not name or name != name.strip():
        return False
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return False
    return True


def check_text(field: str, value: object, *, required: bool = False) -> None:
    """Text that prints anywhere: a str, valid Unicode (no lone surrogates), no NUL, sane size."""
    if not isinstance(value, str):
        raise InvalidLaunch(field, f"expected text, got {type(value).__name__}", NOT_TEXT)
    if required and not value.strip():
        raise InvalidLaunch(field, "is empty", Problem("problem_empty"))
    if len(value) > MAX_TEXT_CHARS:
        too_long = Problem("problem_too_long", {"n": MAX_TEXT_CHARS})
        raise InvalidLaunch(field, f"is longer than {MAX_TEXT_CHARS} characters", too_long)
    if "\x00" in value:
        raise InvalidLaunch(field, "contains a NUL character", Problem("problem_nul"))
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidLaunch(field, "is not valid UTF-8 text", NOT_TEXT) from None


def _check_year(field: str, value: date, latest: int) -> None:
    if not MIN_YEAR <= value.year <= latest:
        values = {"year": value.year, "first": MIN_YEAR, "last": latest}
        outside = Problem("problem_year", values)
        raise InvalidLaunch(field, f"year {value.year} is outside {MIN_YEAR}–{latest}", outside)


def check_window(window: Window, *, base_year: int, field: str = "window") -> None:
    """Bounds of one kind, in order, in range; a known grain and zone; an instant's grain."""
    if not isinstance(window, Window):
        raise InvalidLaunch(field, "is not a window", Problem("problem_not_window"))
    if not isinstance(window.grain, Grain):
        unknown = Problem("problem_unknown_value", {"value": repr(window.grain)})
        raise InvalidLaunch(f"{field}.grain", f"unknown grain {window.grain!r}", unknown)
    if not isinstance(window.start, date) or type(window.start) is not type(window.end):
        mixed = Problem("problem_mixed")
        raise InvalidLaunch(
            f"{field}.start", "start and end must both be dates or both times", mixed
        )
    if window.start > window.end:
        order = Problem("problem_order", {"start": str(window.start), "end": str(window.end)})
        raise InvalidLaunch(
            f"{field}.end", f"{window.end} is before the start {window.start}", order
        )
    latest = min(base_year + YEARS_AFTER_BASE, MAX_YEAR)
    _check_year(f"{field}.start", window.first_day(), latest)
    _check_year(f"{field}.end", window.last_day(), latest)
    if window.is_instant != window.grain.is_instant:
        kind = "a time" if window.is_instant else "whole days"
        key = "problem_grain_time" if window.is_instant else "problem_grain_days"
        misfit = Problem(key, {"grain": window.grain.value})
        raise InvalidLaunch(
            f"{field}.grain", f"grain {window.grain.value} does not fit {kind}", misfit
        )
    if window.tz is not None and not is_known_zone(window.tz):
        zone = Problem("problem_unknown_zone", {"value": repr(window.tz)})
        raise InvalidLaunch(f"{field}.tz", f"unknown time zone {window.tz!r}", zone)
    check_text(f"{field}.label", window.label)


def _check_stamp(field: str, value: object, *, required: bool) -> None:
    if value is None and not required:
        return
    if not isinstance(value, datetime) or value.utcoffset() is None:
        no_offset = Problem("problem_no_offset")
        raise InvalidLaunch(field, "expected a date and time with a UTC offset", no_offset)
    _check_year(field, value, MAX_YEAR)


def _check_prefs(prefs: object) -> None:
    if prefs is None:
        return
    if not isinstance(prefs, AlertPrefs) or not all(
        isinstance(d, int) and 0 <= d <= MAX_LEAD_DAYS for d in prefs.lead_days
    ):
        bad = Problem("problem_bad_prefs", {"n": MAX_LEAD_DAYS})
        raise InvalidLaunch("prefs", f"lead days must be whole days 0–{MAX_LEAD_DAYS}", bad)


def check_revision(revision: Revision, *, base_year: int, field: str) -> None:
    if not isinstance(revision.seq, int) or revision.seq < 1:
        raise InvalidLaunch(f"{field}.seq", f"{revision.seq!r} is not a positive number")
    _check_stamp(f"{field}.at", revision.at, required=True)
    check_text(f"{field}.when_text", revision.when_text)
    check_window(revision.window, base_year=base_year, field=f"{field}.window")
    if not isinstance(revision.status, Status):
        raise InvalidLaunch(f"{field}.status", f"unknown status {revision.status!r}")


def check_launch(launch: Launch) -> None:
    """Raise InvalidLaunch for the first field a reader could not represent."""
    if launch.id is not None and (not isinstance(launch.id, int) or not 0 < launch.id < 2**63):
        raise InvalidLaunch("id", f"{launch.id!r} is not a usable id")
    check_text("name", launch.name, required=True)
    for field in ("when_text", "source", "notes"):
        check_text(field, getattr(launch, field))
    if not isinstance(launch.base, datetime):
        raise InvalidLaunch("base", "expected a date and time")
    _check_year("base", launch.base, MAX_YEAR - YEARS_AFTER_BASE)
    check_window(launch.window, base_year=launch.base.year)
    if not isinstance(launch.status, Status):
        raise InvalidLaunch("status", f"unknown status {launch.status!r}")
    if not isinstance(launch.tags, tuple):
        raise InvalidLaunch("tags", "expected a list of tags")
    for tag in launch.tags:
        check_text("tags", tag, required=True)
    _check_prefs(launch.prefs)
    _check_stamp("created", launch.created, required=False)
    _check_stamp("updated", launch.updated, required=False)
    for revision in launch.revisions:
        check_revision(revision, base_year=launch.base.year, field=f"revision {revision.seq}")
    seqs = [r.seq for r in launch.revisions]
    if seqs != sorted(set(seqs)):
        raise InvalidLaunch("revisions", "revision numbers repeat or are out of order")


# --- outside dicts (JSON export, X-COUNTDOWN-DATA) → a checked Launch --------------------------


def _converted(field: str, convert: Callable[[], _T]) -> _T:
    try:
        return convert()
    except InvalidLaunch:
        raise
    except KeyError as error:
        raise InvalidLaunch(field, f"{error} is missing") from None
    except (TypeError, ValueError, AttributeError, OverflowError) as error:
        raise InvalidLaunch(field, str(error) or type(error).__name__) from None


def _window_from(data: Any, field: str) -> Window:
    if not isinstance(data, dict):
        raise InvalidLaunch(field, "is not an object")
    for key in ("start", "end", "grain"):
        if not isinstance(data.get(key), str):
            raise InvalidLaunch(f"{field}.{key}", "is missing or not text")
    grain = _converted(f"{field}.grain", lambda: Grain(data["grain"]))
    tz = data.get("tz")
    if tz is not None and not is_known_zone(tz):
        raise InvalidLaunch(f"{field}.tz", f"unknown time zone {tz!r}")
    label = data.get("label") or ""
    check_text(f"{field}.label", label)
    window = _converted(field, lambda: Window.from_dict(data))
    return Window(window.start, window.end, grain, label, tz)


def _revision_from(data: Any, number: int) -> Revision:
    field = f"revision {number}"
    if not isinstance(data, dict):
        raise InvalidLaunch(field, "is not an object")
    status = _converted(f"{field}.status", lambda: Status(data["status"]))
    window = _window_from(data.get("window"), f"{field}.window")
    at = _converted(f"{field}.at", lambda: datetime.fromisoformat(data["at"]))
    seq = data.get("seq")
    if not isinstance(seq, int) or isinstance(seq, bool):
        raise InvalidLaunch(f"{field}.seq", f"{seq!r} is not a number")
    when_text = _converted(f"{field}.when_text", lambda: data["when_text"])
    return Revision(seq, at, when_text, window, status)


def launch_from_dict(data: Any) -> Launch:
    """Launch.from_dict with every field checked first; InvalidLaunch names the bad one."""
    if not isinstance(data, dict):
        raise InvalidLaunch("launch", "is not an object")
    window = _window_from(data.get("window"), "window")
    status = _converted("status", lambda: Status(data.get("status", "rumored")))
    tags = data.get("tags") or []
    if not isinstance(tags, list):
        raise InvalidLaunch("tags", "expected a list of tags")
    revisions = data.get("revisions") or []
    if not isinstance(revisions, list):
        raise InvalidLaunch("revisions", "expected a list")
    launch = _converted("launch", lambda: Launch.from_dict({**data, "revisions": []}))
    launch = launch.with_changes(
        window=window,
        status=status,
        revisions=tuple(_revision_from(r, n) for n, r in enumerate(revisions, 1)),
    )
    check_launch(launch)
    return launch
