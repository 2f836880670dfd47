"""Every setting kept in the store, declared once: its key, its type, its default, and the one
reader and writer that turn it into text and back.

A value that cannot be read back (edited by hand, written by an older version) reads as the
default instead of stopping the app. Writing the default-less "nothing" (`None`, an empty
mapping) removes the row. Callers never touch the bare keys: `PAUSE_UNTIL.read(store)`,
`ALERT_PREFS.write(store, prefs)`.
"""

from __future__ import annotations

import copy
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Generic, Protocol, TypeVar

from countdown.core.model import AlertPrefs

T = TypeVar("T")


class SettingsStore(Protocol):
    """The part of the store that keeps settings (name → text)."""

    def get_setting(self, name: str) -> str | None: ...
    def set_setting(self, name: str, value: str | None) -> None: ...


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: `key` in the store, `default` when unset or unreadable, and its text form."""

    key: str
    default: T
    decode: Callable[[str], T]
    encode: Callable[[T], str | None]  # None: remove the row

    def read(self, store: SettingsStore) -> T:
        """The stored value, or a fresh copy of the default (callers may change what they read)."""
        text = store.get_setting(self.key)
        try:
            return self.decode(text) if text is not None else copy.deepcopy(self.default)
        except (ValueError, TypeError, KeyError, AttributeError):
            return copy.deepcopy(self.default)

    def write(self, store: SettingsStore, value: T) -> None:
        store.set_setting(self.key, self.encode(value))


def _instant(text: str) -> datetime | None:
    return datetime.fromisoformat(text).astimezone(UTC)  # a naive stamp: the local zone


def _instant_text(value: datetime | None) -> str | None:
    return value.astimezone(UTC).isoformat() if value is not None else None


def _text(value: str | None) -> str | None:
    return value or None


def _json_object(text: str) -> dict[str, Any]:
    data = json.loads(text)
    if not isinstance(data, dict):
        raise ValueError("not a JSON object")
    return data


def _json_text(value: dict[str, Any]) -> str | None:
    return json.dumps(value, sort_keys=True, ensure_ascii=False) if value else None


def _prefs_text(prefs: AlertPrefs) -> str | None:
    return json.dumps(prefs.to_dict())


PAUSE_UNTIL: Setting[datetime | None] = Setting("pause_until", None, _instant, _instant_text)
"""Alerts are held back until this instant (UTC); None: not paused."""

ALERT_PREFS: Setting[AlertPrefs] = Setting(
    "alert_prefs", AlertPrefs(), lambda text: AlertPrefs.from_dict(json.loads(text)), _prefs_text
)
"""The global reminder preferences (morning time, lead days)."""

SYNC_URL: Setting[str | None] = Setting("sync_url", None, _text, _text)
"""The CalDAV server `countdown sync` used last (remembered; the password never is)."""

SYNC_USER: Setting[str | None] = Setting("sync_user", None, _text, _text)
"""The account on that server."""

SYNC_STATE: Setting[dict[str, Any]] = Setting("sync_state", {}, _json_object, _json_text)
"""Per calendar: what the last sync saw of each event (integrations/sync)."""

ICS_IMPORT_UIDS: Setting[dict[str, Any]] = Setting("ics_import_uids", {}, _json_object, _json_text)
"""Calendar UID → launch id of events imported before, so a re-import updates them."""

UI_LANGUAGE: Setting[str | None] = Setting("ui_language", None, _text, _text)
"""The language chosen in Preferences ("de", "zh_CN", "en"); None: follow the system's."""
