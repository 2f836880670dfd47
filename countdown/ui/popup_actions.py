"""What the alert popup shows and acts on: the alert and action protocols, snooze choices.

The popup does not decide anything itself: Snooze and Mark launched go to an `AlertActions`
object (the alert service in the app, which re-arms or silences the alert).
`StoreAlertActions` does the same straight on the store, for when no alert service runs.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from countdown.core.model import Status
from countdown.core.store import LaunchStore

MORNING = time(9, 0)


class AlertLike(Protocol):
    key: str
    launch_id: int
    kind: str
    due: datetime
    title: str
    body: str


class AlertActions(Protocol):
    def snooze(self, key: str, until: datetime) -> None: ...
    def mark_launched(self, launch_id: int) -> None: ...


class StoreAlertActions:
    """AlertActions straight on the store, for when no alert service runs."""

    def __init__(self, store: LaunchStore) -> None:
        self._store = store

    def snooze(self, key: str, until: datetime) -> None:
        self._store.set_snooze(key, until)

    def mark_launched(self, launch_id: int) -> None:
        self._store.update(launch_id, status=Status.LAUNCHED)


def snooze_choices(now: datetime, morning: time = MORNING) -> list[tuple[str, datetime]]:
    """("1 hour", now + 1 h) and ("Tomorrow morning", tomorrow at the morning time)."""
    local = now.astimezone()
    tomorrow = datetime.combine(local.date() + timedelta(days=1), morning, local.tzinfo)
    later = QCoreApplication.translate("SnoozeMenu", "1 hour")
    next_morning = QCoreApplication.translate("SnoozeMenu", "Tomorrow %1")
    return [
        (later, now + timedelta(hours=1)),
        (next_morning.replace("%1", f"{morning:%H:%M}"), tomorrow),
    ]


def is_url(text: str) -> bool:
    return text.strip().startswith(("http://", "https://"))
