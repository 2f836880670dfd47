"""Hostile JSON exports and .ics files (hypothesis): refused with a message, or imported into a
store whose every reader then works — list, export (JSON and .ics with alarms), countdowns.

Nothing from outside may be stored that a reader cannot represent (issue 10): an unknown zone,
status or grain, a year like 9999, SEQUENCE:abc, tags that are not a list, text that is not UTF-8.
"""

from __future__ import annotations

import json
import tempfile
from datetime import UTC, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from countdown.core.countdown import describe
from countdown.core.ics import IcsError, export_calendar
from countdown.core.ics_import import parse_calendar
from countdown.core.model import AlertPrefs, Grain, Status
from countdown.core.plan import plan_alerts
from countdown.core.store import Store, StoreError
from countdown.core.store.transfer import export_items

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
PROFILE = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])

hostile_text = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", " ", "\x00", "\x1b]0;pwned\x07", "\udcff", "<b>x</b>", "R&D"]),
)
zones = st.one_of(
    st.none(),
    st.sampled_from(["Asia/Shanghai", "UTC", "Mars/Olympus", "", "../../etc/passwd", "EST5EDT"]),
    st.text(max_size=12),
)
vocab = lambda kind: st.one_of(  # noqa: E731
    st.sampled_from([item.value for item in kind]), st.text(max_size=8), st.integers(), st.none()
)
years = st.one_of(st.integers(2020, 2030), st.sampled_from([1, 999, 2130, 9998, 9999]))
iso_dates = st.one_of(
    st.builds(
        lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}", years, st.integers(1, 12), st.integers(1, 28)
    ),
    st.sampled_from(["2027-07-01T10:00:00+08:00", "2027-02-30", "soon", "", "2027-07-01T25:00"]),
    st.integers(),
)
windows = st.fixed_dictionaries(
    {"start": iso_dates, "end": iso_dates, "grain": vocab(Grain)},
    optional={"tz": zones, "label": hostile_text},
)
VALID = {
    "name": "Pixel 11", "when_text": "Q3 2027", "base": "2026-11-01T09:00:00",
    "window": {"start": "2027-07-01", "end": "2027-09-30", "grain": "quarter",
               "label": "Q3 2027", "tz": None},
    "status": "rumored", "source": "", "notes": "", "tags": ["phone"], "prefs": None,
    "created": "2026-11-01T09:00:00+00:00", "updated": "2026-11-01T09:00:00+00:00",
    "revisions": [{"seq": 1, "at": "2026-11-01T09:00:00+00:00", "when_text": "Q3 2027",
                   "window": {"start": "2027-07-01", "end": "2027-09-30", "grain": "quarter",
                              "label": "Q3 2027", "tz": None}, "status": "rumored"}],
}  # fmt: skip
mutations = st.one_of(
    st.tuples(st.sampled_from(["name", "when_text", "notes", "source"]), hostile_text),
    st.tuples(st.just("window"), windows),
    st.tuples(st.just("status"), vocab(Status)),
    st.tuples(st.just("base"), iso_dates),
    st.tuples(st.just("tags"), st.one_of(st.lists(st.one_of(hostile_text, st.integers()),
                                                  max_size=3), st.text(max_size=5))),
    st.tuples(st.just("revisions"), st.lists(
        st.fixed_dictionaries({"seq": st.integers(-1, 3), "at": st.just(NOW.isoformat()),
                               "when_text": hostile_text, "window": windows,
                               "status": vocab(Status)}), max_size=2)),
    st.tuples(st.just("prefs"), st.sampled_from([None, {"morning": "25:00"},
                                                 {"lead_days": [-3]}, {"lead_days": "x"}])),
)  # fmt: skip
launch_dicts = st.builds(
    lambda changes: {**VALID, **dict(changes)}, st.lists(mutations, max_size=2)
)


def readers_all_work(store: Store) -> int:
    """Everything that reads launches, over everything stored; returns how many there are."""
    launches = store.list_launches()
    assert store.damaged == {}
    full = [store.get(x.id or 0) for x in launches]
    json.dumps(store.export_data())
    for launch in full:
        describe(launch.window, NOW, long=True)
        plan_alerts(launch, now=NOW, prefs=AlertPrefs(), local_tz=ZoneInfo("Europe/Berlin"))
    alerts = lambda launch: plan_alerts(  # noqa: E731
        launch, now=NOW, prefs=AlertPrefs(), local_tz=ZoneInfo("Europe/Berlin")
    )
    export_calendar(full, now=NOW, alerts_for=alerts)
    return len(launches)


def fresh_store(folder: str) -> Store:
    return Store.open(Path(folder), clock=lambda: NOW)


@PROFILE
@given(items=st.lists(launch_dicts, min_size=1, max_size=3))
def test_a_hostile_json_export_is_refused_or_readable(items: list[dict[str, Any]]) -> None:
    document = {"format": "launch-countdown", "version": 1, "launches": items}
    with tempfile.TemporaryDirectory() as folder, fresh_store(folder) as store:
        try:
            items_with_uids = export_items(json.loads(json.dumps(document)))
            result = store.import_launches(items_with_uids)
        except StoreError as error:
            assert str(error).startswith("Launch ") and "field" in str(error)
            assert readers_all_work(store) == 0  # refused whole: nothing written
            event("refused")
            return
        event("imported")
        assert len(result.launches) == len(items)
        assert readers_all_work(store) == len({uid for uid, _ in items_with_uids})  # one per UID


def vevent(props: list[tuple[str, str]]) -> str:
    body = "".join(f"{name}:{value}\r\n" for name, value in props)
    return f"BEGIN:VEVENT\r\n{body}END:VEVENT\r\n"


ics_values = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=["Cs", "Cc"]), max_size=20),
    st.sampled_from(["abc", "-1", "99999999999999999999", "Mars/Olympus", "minute", "rumored"]),
)
dtstarts = st.one_of(
    st.sampled_from(
        [
            ("DTSTART;VALUE=DATE", "20270105"),
            ("DTSTART;VALUE=DATE", "99991231"),
            ("DTSTART", "20270105T100000Z"),
            ("DTSTART;TZID=Asia/Tokyo", "20270105T100000"),
            ("DTSTART;TZID=Mars/Olympus", "20270105T100000"),
            ("DTSTART", "tomorrow"),
            ("DTSTART;VALUE=DATE", "00010101"),
            ("DTSTART;VALUE=DATE", "21500101"),
        ]
    ),
)
extras = st.lists(
    st.tuples(
        st.sampled_from(
            [
                "SEQUENCE",
                "X-COUNTDOWN-TZ",
                "X-COUNTDOWN-GRAIN",
                "X-COUNTDOWN-STATUS",
                "X-COUNTDOWN-BASE",
                "X-COUNTDOWN-DATA",
                "CATEGORIES",
                "SUMMARY",
                "DTEND;VALUE=DATE",
                "LAST-MODIFIED",
                "URL",
                "DESCRIPTION",
            ]
        ),
        ics_values,
    ),
    max_size=4,
)


@PROFILE
@given(events=st.lists(st.tuples(dtstarts, extras), min_size=1, max_size=3),
       raw=st.sampled_from([b"", b"SUMMARY:\xff\xfe bad bytes\r\n"]))  # fmt: skip
def test_a_hostile_ics_file_is_refused_or_readable(
    events: list[tuple[tuple[str, str], list[tuple[str, str]]]], raw: bytes
) -> None:
    text = "".join(
        vevent([("UID", f"e{n}@x"), dtstart, *props]) for n, (dtstart, props) in enumerate(events)
    )
    data = f"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n{text}".encode() + raw
    data += b"END:VCALENDAR\r\n"
    with tempfile.TemporaryDirectory() as folder, fresh_store(folder) as store:
        try:
            parsed = parse_calendar(data, now=NOW)
        except IcsError as error:
            assert str(error)
            assert readers_all_work(store) == 0
            event("refused")
            return
        event("imported")
        store.import_launches([(e.uid, e.launch) for e in parsed])
        assert readers_all_work(store) == len({e.uid for e in parsed})
