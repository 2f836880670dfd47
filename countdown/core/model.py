"""The data model: Window (a fuzzy date as a span with a precision), Launch, Revision, Status.

All types are frozen dataclasses so they can be shared between the store, the planner and the UI
without copies. Serialisation to plain JSON-able dicts lives here too, so the CLI's `--json`
output, the export file and the store all agree on one shape.

Date windows hold `datetime.date` bounds (inclusive, whole days). Instants hold `datetime`
bounds with start == end; they are aware when the text named a zone (then `tz` is the IANA
zone, or None for a fixed offset such as "UTC" or "PDT") and naive otherwise (the user's
local wall clock).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any


class Grain(enum.StrEnum):
    """The unit a window's bounds fall on, finest first."""

    SECOND = "second"
    MINUTE = "minute"
    HOUR = "hour"
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    QUARTER = "quarter"
    HALF = "half"
    SEASON = "season"
    YEAR = "year"

    @property
    def is_instant(self) -> bool:
        return self in (Grain.SECOND, Grain.MINUTE, Grain.HOUR)


class Status(enum.StrEnum):
    """Where a launch stands. Launched and cancelled launches get no alerts."""

    RUMORED = "rumored"
    ANNOUNCED = "announced"
    CONFIRMED = "confirmed"
    DELAYED = "delayed"
    LAUNCHED = "launched"
    CANCELLED = "cancelled"

    @property
    def is_active(self) -> bool:
        return self not in (Status.LAUNCHED, Status.CANCELLED)


def _iso(value: date | datetime) -> str:
    return value.isoformat()


def _from_iso(text: str) -> date | datetime:
    if len(text) == 10:
        return date.fromisoformat(text)
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


@dataclass(frozen=True)
class Window:
    """A fuzzy date as an inclusive span plus the precision it was given with."""

    start: date | datetime
    end: date | datetime
    grain: Grain
    label: str
    tz: str | None = None

    @property
    def is_instant(self) -> bool:
        return isinstance(self.start, datetime)

    @property
    def is_single_day(self) -> bool:
        return not self.is_instant and self.start == self.end

    def first_day(self) -> date:
        """The first calendar day of the window (an instant's own day, in its zone)."""
        return self.start.date() if isinstance(self.start, datetime) else self.start

    def last_day(self) -> date:
        return self.end.date() if isinstance(self.end, datetime) else self.end

    def days(self) -> int:
        return (self.last_day() - self.first_day()).days + 1

    def to_dict(self) -> dict[str, Any]:
        return {
            "start": _iso(self.start),
            "end": _iso(self.end),
            "grain": self.grain.value,
            "label": self.label,
            "tz": self.tz,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Window:
        return cls(
            start=_from_iso(data["start"]),
            end=_from_iso(data["end"]),
            grain=Grain(data["grain"]),
            label=data.get("label") or "",
            tz=data.get("tz"),
        )


@dataclass(frozen=True)
class Revision:
    """One state of a launch's date and status, kept forever: the slip history."""

    seq: int
    at: datetime  # UTC, aware
    when_text: str
    window: Window
    status: Status

    def to_dict(self) -> dict[str, Any]:
        return {
            "seq": self.seq,
            "at": self.at.isoformat(),
            "when_text": self.when_text,
            "window": self.window.to_dict(),
            "status": self.status.value,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Revision:
        return cls(
            seq=int(data["seq"]),
            at=datetime.fromisoformat(data["at"]),
            when_text=data["when_text"],
            window=Window.from_dict(data["window"]),
            status=Status(data["status"]),
        )


@dataclass(frozen=True)
class AlertPrefs:
    """When reminders fire: the morning time (local) and lead days before the window opens."""

    morning: time = time(9, 0)
    lead_days: tuple[int, ...] = (7, 1)

    def to_dict(self) -> dict[str, Any]:
        return {"morning": self.morning.strftime("%H:%M"), "lead_days": list(self.lead_days)}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> AlertPrefs:
        return cls(
            morning=time.fromisoformat(data.get("morning", "09:00")),
            lead_days=tuple(int(d) for d in data.get("lead_days", (7, 1))),
        )


@dataclass(frozen=True)
class Launch:
    """A launch the user watches. `id` is None until the store has saved it."""

    name: str
    when_text: str
    base: datetime  # naive local: when the date text was written
    window: Window
    status: Status = Status.RUMORED
    source: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    prefs: AlertPrefs | None = None  # None: the global preferences apply
    id: int | None = None
    created: datetime | None = None  # UTC, aware; set by the store
    updated: datetime | None = None
    revisions: tuple[Revision, ...] = field(default=(), compare=False)

    def with_changes(self, **changes: Any) -> Launch:
        return replace(self, **changes)

    def to_dict(self, *, with_revisions: bool = False) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "name": self.name,
            "when_text": self.when_text,
            "base": self.base.isoformat(),
            "window": self.window.to_dict(),
            "status": self.status.value,
            "source": self.source,
            "notes": self.notes,
            "tags": list(self.tags),
            "prefs": self.prefs.to_dict() if self.prefs else None,
            "created": self.created.isoformat() if self.created else None,
            "updated": self.updated.isoformat() if self.updated else None,
        }
        if with_revisions:
            data["revisions"] = [r.to_dict() for r in self.revisions]
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Launch:
        stamp = {
            k: datetime.fromisoformat(data[k]) if data.get(k) else None
            for k in ("created", "updated")
        }
        return cls(
            id=data.get("id"),
            name=data["name"],
            when_text=data["when_text"],
            base=datetime.fromisoformat(data["base"]),
            window=Window.from_dict(data["window"]),
            status=Status(data.get("status", "rumored")),
            source=data.get("source") or "",
            notes=data.get("notes") or "",
            tags=tuple(data.get("tags") or ()),
            prefs=AlertPrefs.from_dict(data["prefs"]) if data.get("prefs") else None,
            created=stamp["created"],
            updated=stamp["updated"],
            revisions=tuple(Revision.from_dict(r) for r in data.get("revisions") or ()),
        )


ONE_DAY = timedelta(days=1)
