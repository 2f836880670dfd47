"""A JSON export whose records carry no identity (no id, no creation time: written by hand or by
another tool) adds every record; it never folds them into one launch."""

from __future__ import annotations

from countdown.core.store import Store


def record(name: str, month: str) -> dict[str, object]:
    window = {"start": f"2027-{month}-01", "end": f"2027-{month}-28", "grain": "month"}
    return {
        "name": name,
        "when_text": f"2027-{month}",
        "base": "2026-11-24T12:00:00",
        "window": {**window, "label": f"{name} month", "tz": None},
        "status": "rumored",
    }


def test_records_without_identity_are_each_a_new_launch(store: Store) -> None:
    data = {
        "format": "launch-countdown",
        "version": 1,
        "launches": [record("Rocket", "03"), record("Phone", "04"), record("Tablet", "05")],
    }
    store.import_data(data)
    assert sorted(la.name for la in store.list_launches()) == ["Phone", "Rocket", "Tablet"]
    store.import_data(data)  # no identity to match: a second import adds them again
    assert len(store.list_launches()) == 6
    assert store.get_setting("ics_import_uids") is None  # nothing remembered for them
