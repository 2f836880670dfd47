"""Every setting reads back what was written, and reads as its default when unset or damaged."""

from __future__ import annotations

from datetime import UTC, datetime, time

from countdown.core.model import AlertPrefs
from countdown.core.settings import ALERT_PREFS, ICS_IMPORT_UIDS, PAUSE_UNTIL, SYNC_URL
from countdown.core.store import Store


def test_values_read_back_as_written(store: Store) -> None:
    until = datetime(2026, 11, 24, 18, 30, tzinfo=UTC)
    PAUSE_UNTIL.write(store, until)
    ALERT_PREFS.write(store, AlertPrefs(morning=time(7, 30), lead_days=(3,)))
    SYNC_URL.write(store, "https://dav.example.org/")
    assert PAUSE_UNTIL.read(store) == until
    assert ALERT_PREFS.read(store) == AlertPrefs(morning=time(7, 30), lead_days=(3,))
    assert SYNC_URL.read(store) == "https://dav.example.org/"
    PAUSE_UNTIL.write(store, None)  # resume: the row goes
    assert store.get_setting("pause_until") is None and PAUSE_UNTIL.read(store) is None


def test_damaged_values_read_as_the_default(store: Store) -> None:
    store.set_setting("pause_until", "next tuesday")
    store.set_setting("alert_prefs", "{not json")
    store.set_setting("ics_import_uids", "[1, 2]")
    assert PAUSE_UNTIL.read(store) is None
    assert ALERT_PREFS.read(store) == AlertPrefs()
    assert ICS_IMPORT_UIDS.read(store) == {}


def test_a_default_read_twice_is_not_shared(store: Store) -> None:
    first = ICS_IMPORT_UIDS.read(store)
    first["uid@elsewhere"] = 7
    assert ICS_IMPORT_UIDS.read(store) == {}
