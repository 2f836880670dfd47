"""Delivery ledger (exactly once, even across connections), snoozes, settings, export/import."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from countdown.core.model import Grain, Launch, Status, Window
from countdown.core.store import Store, StoreError
from tests.conftest import FrozenClock


def sample(name: str, start: date | datetime) -> Launch:
    window = Window(start, start, Grain.MINUTE if isinstance(start, datetime) else Grain.DAY, name)
    return Launch(name=name, when_text=name, base=datetime(2026, 11, 1, 8, 0), window=window)


def test_mark_delivered_is_true_once_across_connections(home: Path, store: Store,
                                                        clock: FrozenClock) -> None:  # fmt: skip
    other = Store.open(home, clock=clock)
    try:
        assert store.mark_delivered("7:day-of:2", at=clock.now, channel="popup") is True
        assert other.mark_delivered("7:day-of:2", at=clock.now, channel="notify") is False
        assert store.mark_delivered("7:day-of:2", at=clock.now, channel="popup") is False
        assert other.is_delivered("7:day-of:2")
        assert not other.is_delivered("7:lead-1:2")
        assert other.delivered_keys() == {"7:day-of:2"}
    finally:
        other.close()


def test_ledger_refuses_naive_times(store: Store) -> None:
    with pytest.raises(StoreError, match="aware"):
        store.mark_delivered("k", at=datetime(2026, 11, 24, 9, 0), channel="popup")
    assert store.delivered_keys() == set()


def test_snoozes_replace_and_clear(store: Store, clock: FrozenClock) -> None:
    paris_evening = datetime(2026, 11, 24, 19, 0, tzinfo=timezone(timedelta(hours=1)))
    store.set_snooze("a", clock.now + timedelta(hours=1))
    store.set_snooze("a", paris_evening)
    store.set_snooze("b", clock.now)
    assert store.snoozes() == {"a": paris_evening, "b": clock.now}
    assert store.snoozes()["a"].tzinfo == UTC
    store.clear_snooze("a")
    store.clear_snooze("missing")
    assert store.snoozes() == {"b": clock.now}


def test_settings_set_overwrite_and_remove(home: Path, store: Store, clock: FrozenClock) -> None:
    assert store.get_setting("pause_until") is None
    store.set_setting("alert_prefs", json.dumps({"morning": "08:00"}))
    store.set_setting("alert_prefs", json.dumps({"morning": "07:30"}))
    store.set_setting("autostart", "1")
    store.set_setting("autostart", None)
    with Store.open(home, clock=clock) as reopened:
        assert json.loads(reopened.get_setting("alert_prefs") or "") == {"morning": "07:30"}
        assert reopened.get_setting("autostart") is None


def test_export_import_is_lossless(tmp_path: Path, store: Store, clock: FrozenClock) -> None:
    pdt = datetime(2026, 12, 3, 15, 0, tzinfo=timezone(timedelta(hours=-7)))
    first = store.add(sample("Keynote", pdt))
    store.add(sample("Console", date(2027, 3, 1)))
    clock.advance(days=2)
    store.update(first.id or 0, status=Status.CONFIRMED, tags=["apple"])
    exported = json.loads(json.dumps(store.export_data()))
    assert exported["format"] == "launch-countdown" and exported["version"] == 1

    with Store.open(tmp_path / "elsewhere", clock=clock) as target:
        imported = target.import_data(exported)
        assert [x.id for x in imported] == [x["id"] for x in exported["launches"]]
        assert target.export_data() == exported
        keynote = target.get(first.id or 0)
        assert isinstance(keynote.window.start, datetime)
        assert keynote.window.start.utcoffset() == timedelta(hours=-7)
        assert [r.status for r in keynote.revisions] == [Status.RUMORED, Status.CONFIRMED]


def _export_with(**launch_changes: Any) -> dict[str, Any]:
    good = sample("Good", date(2027, 1, 1)).with_changes(created=None).to_dict()
    bad = {**good, "name": "Broken", **launch_changes}
    return {"format": "launch-countdown", "version": 1, "launches": [good, bad]}


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"launches": []}, "not a Launch Countdown export"),
        ({"format": "launch-countdown", "version": 9, "launches": []}, "version 9"),
        (_export_with(window={"start": "2027-02-01", "end": "2027-01-01", "grain": "day"}),
         "Launch 2 \\(Broken\\), field window.end: .*before the start"),
        (_export_with(status="maybe"), "Launch 2 \\(Broken\\).*maybe"),
        (_export_with(name=""), "Launch 2, field name: is empty"),
        (_export_with(base="yesterday"), "Launch 2 \\(Broken\\)"),
        (_export_with(revisions=[{"seq": 1}]), "Launch 2 \\(Broken\\).*missing"),
    ],
)  # fmt: skip
def test_bad_imports_write_nothing(store: Store, data: dict[str, Any], message: str) -> None:
    with pytest.raises(StoreError, match=message):
        store.import_data(data)
    assert store.list_launches() == []
