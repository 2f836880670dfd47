"""Rows a reader cannot represent: how they are found, described, and salvaged for a repair.

A page of the file can be damaged in a way `PRAGMA quick_check` does not see (a status byte
flipped, invalid UTF-8 in a name, a tag list that is no longer JSON), and an older version may
have stored something the boundary now refuses (an unknown zone). Such a row must never take a
list, an export or the app down: `decode_launch` raises `DamagedRow` (id + which fields), the
store leaves the row out of lists and reports it, and `salvage_row` gives the fields that still
read so `edit` can repair the rest (or `remove` deletes the row).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from typing import Any

from countdown.core.model import AlertPrefs, Grain, Launch, Status, Window
from countdown.core.problem import Problem
from countdown.core.store import rows
from countdown.core.validate import (
    MAX_LEAD_DAYS,
    NOT_TEXT,
    UNREADABLE,
    InvalidLaunch,
    check_launch,
    check_text,
    check_window,
)

FALLBACK_BASE_YEAR = 2000  # to check a window whose own base is unreadable


class DamagedRow(Exception):
    """A launch row that does not read back; `problems` maps field → what is wrong (English,
    the CLI's), `reasons` field → the same as a Problem (the app words it in its language)."""

    def __init__(self, launch_id: int, name: str | None, problems: dict[str, str],
                 reasons: dict[str, Problem] | None = None) -> None:  # fmt: skip
        super().__init__(launch_id, name, problems, reasons)
        self.launch_id, self.name, self.problems = launch_id, name, problems
        self.reasons = reasons or {field: UNREADABLE for field in problems}

    def __str__(self) -> str:
        what = "; ".join(f"{field}: {problem}" for field, problem in self.problems.items())
        name = f" ({self.name})" if self.name else ""
        return f"Launch #{self.launch_id}{name} is damaged — {what}"


def decode_launch(row: tuple[Any, ...]) -> Launch:
    """The row as a checked Launch, or DamagedRow naming the fields that do not read."""
    try:
        launch = rows.launch_from_row(row)
        check_launch(launch)
        return launch
    except Exception:  # any decoding error of any column: described field by field below
        fields, found = salvage_reasons(row)
        found = found or {"row": ("does not read", UNREADABLE)}
        problems = {field: english for field, (english, _reason) in found.items()}
        reasons = {field: reason for field, (_english, reason) in found.items()}
        raise DamagedRow(int(row[0]), fields.get("name"), problems, reasons) from None


def _text(value: Any) -> str:
    check_text("text", value)
    return str(value)


def _tags(value: Any) -> tuple[str, ...]:
    tags = json.loads(value)
    if not isinstance(tags, list):
        raise ValueError("not a list")
    for tag in tags:
        check_text("tag", tag, required=True)
    return tuple(tags)


def _stamp(value: Any) -> datetime:
    stamp = datetime.fromisoformat(value)
    if stamp.utcoffset() is None:
        raise InvalidLaunch("stamp", "no UTC offset", Problem("problem_no_offset"))
    return stamp


_BAD_TIME = Problem("problem_bad_time")
_COLUMNS: dict[str, tuple[int, Callable[[Any], Any], Problem]] = {
    "name": (1, _text, NOT_TEXT),
    "when_text": (2, _text, NOT_TEXT),
    "base": (3, datetime.fromisoformat, _BAD_TIME),
    "status": (4, Status, UNREADABLE),  # salvage_reasons names the unknown value
    "source": (5, _text, NOT_TEXT),
    "notes": (6, _text, NOT_TEXT),
    "tags": (7, _tags, Problem("problem_bad_tags")),
    "prefs": (
        8,
        lambda v: AlertPrefs.from_dict(json.loads(v)) if v else None,
        Problem("problem_bad_prefs", {"n": MAX_LEAD_DAYS}),
    ),
    "created": (9, _stamp, _BAD_TIME),
    "updated": (10, _stamp, _BAD_TIME),
}
Found = tuple[str, Problem]  # what is wrong with a field: English (the CLI's), and as data


def salvage_row(row: tuple[Any, ...]) -> tuple[dict[str, Any], dict[str, str]]:
    """(fields that read, field → problem for the others), checked one by one."""
    fields, found = salvage_reasons(row)
    return fields, {field: english for field, (english, _reason) in found.items()}


def salvage_reasons(row: tuple[Any, ...]) -> tuple[dict[str, Any], dict[str, Found]]:
    """salvage_row with each problem also as a Problem (worded by the app)."""
    fields: dict[str, Any] = {}
    found: dict[str, Found] = {}
    for field, (index, convert, fallback) in _COLUMNS.items():
        try:
            fields[field] = convert(row[index])
        except Exception as error:
            if field == "status":
                fallback = Problem("problem_unknown_value", {"value": repr(row[index])})
            found[field] = _problem(error, fallback)
    if "name" in fields and not fields["name"].strip():
        found["name"] = ("is empty", Problem("problem_empty"))
        del fields["name"]
    base = fields.get("base")
    try:
        window = rows.window_from_columns(row[11:])
        year = base.year if isinstance(base, datetime) else FALLBACK_BASE_YEAR
        check_window(window, base_year=year)
        fields["window"] = window
    except Exception as error:
        found[getattr(error, "field", "window")] = _problem(error, UNREADABLE)
    return fields, found


def _problem(error: Exception, fallback: Problem) -> Found:
    if isinstance(error, InvalidLaunch):
        return error.problem, error.reason
    if isinstance(error, KeyError):
        return f"unknown value {error}", fallback
    return str(error) or type(error).__name__, fallback


def repair_draft(launch_id: int, fields: dict[str, Any], now: datetime) -> Launch:
    """A Launch to fill an edit form with: every field that still reads, blanks for the rest
    (a placeholder window: the form re-reads the date text, and a repair saves every field)."""
    today = now.astimezone().date()
    base = fields.get("base") or now.astimezone().replace(tzinfo=None)
    return Launch(
        id=launch_id,
        name=fields.get("name", ""),
        when_text=fields.get("when_text", ""),
        base=base,
        window=fields.get("window") or Window(today, today, Grain.DAY, ""),
        status=fields.get("status", Status.RUMORED),
        source=fields.get("source", ""),
        notes=fields.get("notes", ""),
        tags=fields.get("tags", ()),
        prefs=fields.get("prefs"),
    )
