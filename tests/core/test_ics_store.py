"""Exports through the real store: .ics and JSON round-trips into an empty store, a slip keeps the
event's UID and raises its SEQUENCE, and `countdown export --format ics` / `import` work."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import icalendar

from countdown.cli.ship import export_ics, import_ics
from countdown.core.model import Grain, Launch, Status, Window
from countdown.core.store import Store
from tests.conftest import FrozenClock

Q3 = Window(date(2027, 7, 1), date(2027, 9, 30), Grain.QUARTER, "Q3 2027")
JULY = Window(date(2027, 7, 1), date(2027, 7, 31), Grain.MONTH, "July 2027")
KEYNOTE = Window(
    datetime(2026, 12, 3, 18, tzinfo=UTC), datetime(2026, 12, 3, 18, tzinfo=UTC),
    Grain.MINUTE, "Dec 3, 2026 10:00 PT", "America/Los_Angeles",
)  # fmt: skip


def filled_store(path: Path, clock: FrozenClock) -> Store:
    store = Store.open(path, clock=clock)
    base = datetime(2026, 11, 20, 9)
    phone = store.add(Launch("Phone 12", "Q3 2027", base, Q3, source="https://x.test/a"))
    clock.advance(days=1)
    store.update(phone.id or 0, when_text="July", window=JULY, status=Status.DELAYED)
    store.add(Launch("Keynote", "Dec 3 10am PT", base, KEYNOTE, tags=("event",), notes="live"))
    return store


def comparable(store: Store) -> list[tuple[object, ...]]:
    rows = []
    for listed in store.list_launches():
        launch = store.get(listed.id or 0)
        history = [(r.when_text, r.window, r.status, r.at) for r in launch.revisions]
        rows.append((launch.name, launch.when_text, launch.window, launch.status, launch.source,
                     launch.notes, launch.tags, launch.base, history))  # fmt: skip
    return sorted(rows, key=repr)


def test_ics_round_trip_into_an_empty_store(tmp_path: Path, clock: FrozenClock) -> None:
    source = filled_store(tmp_path / "a", clock)
    data = export_ics(source, None, clock())
    target = Store.open(tmp_path / "b", clock=clock)
    imported = import_ics(target, data, clock())
    assert len(imported) == 2
    assert comparable(target) == comparable(source)
    # Importing the same file again changes nothing and adds no duplicates... into the
    # store it came from (same UIDs).
    assert len(import_ics(source, data, clock())) == 2
    assert len(source.list_launches()) == 2


def test_a_slip_keeps_the_uid_and_raises_sequence(tmp_path: Path, clock: FrozenClock) -> None:
    store = filled_store(tmp_path / "a", clock)
    phone = next(la for la in store.list_launches() if la.name == "Phone 12")
    before = icalendar.Calendar.from_ical(export_ics(store, [phone.id or 0], clock()))
    clock.advance(days=2)
    august = Window(date(2027, 8, 1), date(2027, 8, 31), Grain.MONTH, "August 2027")
    store.update(phone.id or 0, when_text="August", window=august)
    after = icalendar.Calendar.from_ical(export_ics(store, [phone.id or 0], clock()))
    (old,), (new,) = before.walk("VEVENT"), after.walk("VEVENT")
    assert new["uid"] == old["uid"]
    assert int(new["sequence"]) == int(old["sequence"]) + 1 == 2
    assert new.decoded("dtstart") == date(2027, 8, 1)
    assert new.decoded("dtend") == date(2027, 9, 1)


def test_alarms_follow_the_alert_plan(tmp_path: Path, clock: FrozenClock) -> None:
    store = filled_store(tmp_path / "a", clock)
    keynote = next(la for la in store.list_launches() if la.name == "Keynote")
    calendar = icalendar.Calendar.from_ical(export_ics(store, [keynote.id or 0], clock()))
    triggers = [a.decoded("trigger") for a in calendar.walk("VALARM")]
    start = datetime(2026, 12, 3, 18, tzinfo=UTC)
    assert start in triggers  # "launching now"
    assert start.replace(hour=17) in triggers  # an hour before
    assert all(t >= clock() for t in triggers) and triggers == sorted(triggers)


def test_json_round_trip_into_an_empty_store(tmp_path: Path, clock: FrozenClock) -> None:
    source = filled_store(tmp_path / "a", clock)
    exported = json.loads(json.dumps(source.export_data()))
    target = Store.open(tmp_path / "b", clock=clock)
    target.import_data(exported)
    assert comparable(target) == comparable(source)
    assert [la.to_dict() for la in target.list_launches()] == [
        la.to_dict() for la in source.list_launches()
    ]


def test_cli_export_and_import_ics(tmp_path: Path, home: Path, clock: FrozenClock) -> None:
    filled_store(home, clock).close()
    out = tmp_path / "launches.ics"
    run = [sys.executable, "-m", "countdown"]
    exported = subprocess.run(
        [*run, "export", "--format", "ics", "-o", str(out)], capture_output=True, text=True
    )
    assert exported.returncode == 0, exported.stderr
    assert out.read_bytes().count(b"BEGIN:VEVENT") == 2
    env_home = tmp_path / "other"
    env_home.mkdir()
    imported = subprocess.run(
        [*run, "import", str(out), "--json"],
        capture_output=True,
        text=True,
        env={**_env(), "COUNTDOWN_HOME": str(env_home)},
    )
    assert imported.returncode == 0, imported.stderr
    assert len(json.loads(imported.stdout)["imported"]) == 2
    bad = tmp_path / "bad.ics"
    bad.write_bytes(b"BEGIN:VCALENDAR\r\nnot really")
    refused = subprocess.run([*run, "import", str(bad)], capture_output=True, text=True)
    assert refused.returncode == 2 and "iCalendar" in refused.stderr


def _env() -> dict[str, str]:
    import os

    return dict(os.environ)


def test_reimporting_a_release_calendar_updates_instead_of_duplicating(
    tmp_path: Path, clock: FrozenClock
) -> None:
    from tests.core.test_ics import FOREIGN

    store = Store.open(tmp_path / "a", clock=clock)
    first = import_ics(store, FOREIGN, clock())
    assert len(store.list_launches()) == len(first) == 5
    clock.advance(days=1)
    moved = FOREIGN.replace(
        b"20261203\r\nDTEND;VALUE=DATE:20261204", b"20261205\r\nDTEND;VALUE=DATE:20261206"
    )
    import_ics(store, moved, clock())
    assert len(store.list_launches()) == 5
    game = next(la for la in store.list_launches() if la.name == "Game launch")
    assert game.window.start == date(2026, 12, 5)
    assert [r.window.start for r in store.history(game.id or 0)] == [
        date(2026, 12, 3),
        date(2026, 12, 5),
    ]
