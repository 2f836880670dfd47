"""iCalendar export/import: windows become all-day or timed events, our files round-trip
losslessly, and foreign release calendars import with sensible precision."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import icalendar
import pytest

from countdown.core.ics import event_uid, export_calendar
from countdown.core.ics_import import IcsError, parse_calendar
from countdown.core.model import Grain, Launch, Revision, Status, Window

NOW = datetime(2026, 11, 24, 12, 0, tzinfo=UTC)
CREATED = datetime(2026, 11, 1, 8, 30, 15, 123456, tzinfo=UTC)
BASE = datetime(2026, 11, 1, 9, 0)

WINDOWS = {
    "Q3 2027": Window(date(2027, 7, 1), date(2027, 9, 30), Grain.QUARTER, "Q3 2027"),
    "July 2027": Window(date(2027, 7, 1), date(2027, 7, 31), Grain.MONTH, "July 2027"),
    "Dec 3": Window(date(2026, 12, 3), date(2026, 12, 3), Grain.DAY, "Dec 3, 2026"),
    "Dec 3 10:00 PT": Window(
        datetime(2026, 12, 3, 10, 0, tzinfo=ZoneInfo("America/Los_Angeles")),
        datetime(2026, 12, 3, 10, 0, tzinfo=ZoneInfo("America/Los_Angeles")),
        Grain.MINUTE,
        "Dec 3, 2026 10:00 PT",
        "America/Los_Angeles",
    ),
    "Dec 3 15:00 UTC": Window(
        datetime(2026, 12, 3, 15, tzinfo=UTC),
        datetime(2026, 12, 3, 15, tzinfo=UTC),
        Grain.HOUR,
        "Dec 3, 2026 15:00 UTC",
    ),
    "Dec 3 at 9pm": Window(
        datetime(2026, 12, 3, 21), datetime(2026, 12, 3, 21), Grain.HOUR, "Dec 3, 2026 21:00"
    ),
}


def make_launch(when: str, *, launch_id: int = 1, revisions: int = 1, **extra: object) -> Launch:
    window = WINDOWS[when]
    revs = tuple(
        Revision(n, CREATED + timedelta(days=n - 1), when, window, Status.ANNOUNCED)
        for n in range(1, revisions + 1)
    )
    fields: dict[str, object] = {
        "status": Status.ANNOUNCED,
        "source": "https://example.com/news",
        "notes": "Keynote; bring snacks, \\o/",
        "tags": ("phones", "apple"),
    }
    fields.update(extra)
    return Launch(
        name=f"Thing {launch_id}",
        when_text=when,
        base=BASE,
        window=window,
        id=launch_id,
        created=CREATED,
        updated=CREATED,
        revisions=revs,
        **fields,  # type: ignore[arg-type]
    )


def only_event(data: bytes) -> icalendar.Event:
    events = icalendar.Calendar.from_ical(data).walk("VEVENT")
    assert len(events) == 1
    return events[0]


def test_a_window_is_an_all_day_event_with_exclusive_end() -> None:
    data = export_calendar([make_launch("Q3 2027")], now=NOW)
    assert b"DTSTART;VALUE=DATE:20270701" in data
    assert b"DTEND;VALUE=DATE:20271001" in data
    assert b"X-COUNTDOWN-GRAIN:quarter" in data
    assert b"X-COUNTDOWN-STATUS:announced" in data
    event = only_event(data)
    assert "Status: announced" in str(event["description"])
    assert "Source: https://example.com/news" in str(event["description"])


@pytest.mark.parametrize(
    ("when", "line"),
    [
        ("Dec 3 10:00 PT", b"DTSTART;TZID=America/Los_Angeles:20261203T100000"),
        ("Dec 3 15:00 UTC", b"DTSTART:20261203T150000Z"),
        ("Dec 3 at 9pm", b"DTSTART:20261203T210000\r\n"),
    ],
)
def test_an_instant_is_a_timed_event_in_its_zone(when: str, line: bytes) -> None:
    data = export_calendar([make_launch(when)], now=NOW)
    assert line in data
    assert b"DTEND" not in data
    if b"TZID" in line:
        assert b"BEGIN:VTIMEZONE" in data


@pytest.mark.parametrize("when", sorted(WINDOWS))
def test_export_then_import_gives_the_same_launch(when: str) -> None:
    launch = make_launch(when, revisions=3)
    (back,) = parse_calendar(export_calendar([launch], now=NOW), now=NOW)
    assert back.uid == event_uid(launch)
    assert back.sequence == 2
    assert back.launch.window == launch.window
    assert back.launch.window.tz == launch.window.tz
    assert back.launch == launch.with_changes(id=None)
    assert back.launch.revisions == launch.revisions


def test_without_the_data_blob_the_x_properties_restore_grain_and_text() -> None:
    data = export_calendar([make_launch("July 2027", status=Status.CONFIRMED)], now=NOW)
    stripped = b"\r\n".join(
        line for line in data.split(b"\r\n") if not line.startswith((b"X-COUNTDOWN-DATA", b" "))
    )
    (back,) = parse_calendar(stripped, now=NOW)
    assert back.launch.window == WINDOWS["July 2027"]
    assert back.launch.when_text == "July 2027"
    assert back.launch.status is Status.CONFIRMED
    assert back.launch.base == BASE
    assert back.launch.tags == ("phones", "apple")


def test_a_slip_keeps_the_uid_and_raises_the_sequence() -> None:
    first = only_event(export_calendar([make_launch("Q3 2027")], now=NOW))
    slipped = make_launch("July 2027", revisions=2)
    second = only_event(export_calendar([slipped], now=NOW + timedelta(days=3)))
    assert second["uid"] == first["uid"]
    assert int(second["sequence"]) == int(first["sequence"]) + 1
    assert second.decoded("dtstart") == date(2027, 7, 1)


@dataclass(frozen=True)
class FakeAlert:
    due: datetime
    title: str
    body: str


def test_alarms_have_absolute_utc_triggers() -> None:
    alerts = [
        FakeAlert(datetime(2026, 11, 26, 9, tzinfo=UTC), "Thing 1 in 7 days", "Dec 3"),
        FakeAlert(datetime(2026, 12, 2, 9, tzinfo=UTC), "Thing 1 tomorrow", ""),
    ]
    data = export_calendar([make_launch("Dec 3")], now=NOW, alerts_for=lambda _: alerts)
    alarms = only_event(data).walk("VALARM")
    assert [a.decoded("trigger") for a in alarms] == [a.due for a in alerts]
    assert b"TRIGGER;VALUE=DATE-TIME:20261126T090000Z" in data
    assert [str(a["description"]) for a in alarms] == ["Dec 3", "Thing 1 tomorrow"]


def test_an_event_moved_in_another_calendar_app_becomes_a_slip() -> None:
    data = export_calendar([make_launch("Dec 3")], now=NOW)
    moved = data.replace(b"DTSTART;VALUE=DATE:20261203", b"DTSTART;VALUE=DATE:20261210")
    moved = moved.replace(b"DTEND;VALUE=DATE:20261204", b"DTEND;VALUE=DATE:20261211")
    (back,) = parse_calendar(moved, now=NOW)
    assert back.launch.window.first_day() == date(2026, 12, 10)
    assert back.launch.window.grain is Grain.DAY
    assert [r.window.first_day() for r in back.launch.revisions] == [
        date(2026, 12, 3),
        date(2026, 12, 10),
    ]


FOREIGN = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Some Vendor//Release Calendar//EN\r
BEGIN:VEVENT\r
UID:one-day@vendor\r
DTSTAMP:20261101T000000Z\r
DTSTART;VALUE=DATE:20261203\r
DTEND;VALUE=DATE:20261204\r
SUMMARY:Game launch\r
URL:https://vendor.example/game\r
CATEGORIES:games,consoles\r
DESCRIPTION:Worldwide\\, all platforms\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:range@vendor\r
DTSTAMP:20261101T000000Z\r
DTSTART;VALUE=DATE:20270105\r
DTEND;VALUE=DATE:20270109\r
SUMMARY:Trade show\r
STATUS:CONFIRMED\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:timed@vendor\r
DTSTAMP:20261101T000000Z\r
DTSTART;TZID=Europe/Berlin:20261210T180000\r
SUMMARY:Stream\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:utc@vendor\r
DTSTAMP:20261101T000000Z\r
DTSTART:20261211T170000Z\r
SUMMARY:Drop\r
STATUS:CANCELLED\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:floating@vendor\r
DTSTAMP:20261101T000000Z\r
DTSTART;VALUE=DATE:20261224\r
SUMMARY:No end given\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_a_foreign_release_calendar_imports_with_its_precision() -> None:
    events = {e.uid: e.launch for e in parse_calendar(FOREIGN, now=NOW)}
    game = events["one-day@vendor"]
    assert (game.window.start, game.window.end, game.window.grain) == (
        date(2026, 12, 3),
        date(2026, 12, 3),
        Grain.DAY,
    )
    assert game.source == "https://vendor.example/game"
    assert game.notes == "Worldwide, all platforms"
    assert game.tags == ("games", "consoles")
    assert game.status is Status.ANNOUNCED
    show = events["range@vendor"]
    assert (show.window.start, show.window.end) == (date(2027, 1, 5), date(2027, 1, 8))
    assert show.status is Status.CONFIRMED and show.when_text == show.window.label
    stream = events["timed@vendor"].window
    assert stream.grain is Grain.MINUTE and stream.tz == "Europe/Berlin"
    assert stream.start == datetime(2026, 12, 10, 17, 0, tzinfo=UTC)
    drop = events["utc@vendor"]
    assert drop.window.tz is None and drop.status is Status.CANCELLED
    assert drop.window.start == datetime(2026, 12, 11, 17, tzinfo=UTC)
    assert events["floating@vendor"].window.end == date(2026, 12, 24)


def test_garbage_is_rejected_with_a_clear_error() -> None:
    with pytest.raises(IcsError):
        parse_calendar(b"BEGIN:VCALENDAR\r\nthis is not ical", now=NOW)
