"""Two stores synced through a real Radicale CalDAV server on 127.0.0.1 converge, keep every
launch and the slip history of both sides, and follow deletions made on one side."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from countdown.core.model import Grain, Launch, Status, Window
from countdown.core.store import Store
from countdown.integrations.caldav_client import CalDavRemote, find_password
from countdown.integrations.sync import SyncError, sync
from tests.conftest import FrozenClock

pytest.importorskip("radicale")
pytest.importorskip("caldav")

USER = "alice"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def radicale(tmp_path: Path) -> Iterator[str]:
    """A Radicale server with no authentication (any user name), storing under tmp_path."""
    port = _free_port()
    command = [sys.executable, "-m", "radicale", "--config", ""]
    command += ["--storage-filesystem-folder", str(tmp_path / "radicale")]
    command += ["--server-hosts", f"127.0.0.1:{port}", "--auth-type", "none", "--auth-delay", "0"]
    command += ["--logging-level", "error"]
    server = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 20
        while True:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=0.2).close()
                break
            except OSError:
                assert server.poll() is None, server.stderr.read() if server.stderr else ""
                assert time.monotonic() < deadline, "radicale did not start"
                time.sleep(0.05)
        yield f"http://127.0.0.1:{port}/"
    finally:
        server.terminate()
        server.wait(timeout=10)


def month(year: int, number: int, label: str) -> Window:
    last = (date(year + number // 12, number % 12 + 1, 1) - date.resolution).day
    return Window(date(year, number, 1), date(year, number, last), Grain.MONTH, label)


Q3_2027 = Window(date(2027, 7, 1), date(2027, 9, 30), Grain.QUARTER, "Q3 2027")
_T = datetime(2026, 12, 3, 10, tzinfo=ZoneInfo("America/Los_Angeles"))
KEYNOTE = Window(_T, _T, Grain.HOUR, "Dec 3, 2026 10:00 PST", "America/Los_Angeles")


def new_launch(name: str, when: str, window: Window) -> Launch:
    return Launch(name=name, when_text=when, base=datetime(2026, 11, 24, 9), window=window)


def essence(store: Store) -> set[tuple[Any, ...]]:
    """What a user sees of each launch (ids and stamps differ between devices)."""
    return {
        (la.name, la.when_text, la.window, la.status, la.source, la.notes, la.tags)
        for la in store.list_launches()
    }


def by_name(store: Store, name: str) -> Launch:
    (found,) = [la for la in store.list_launches() if la.name == name]
    return store.get(found.id or 0)


class Device:
    def __init__(self, home: Path, url: str, clock: FrozenClock) -> None:
        self.clock = clock
        self.store = Store.open(home, clock=clock)
        self.url = url

    def sync(self) -> Any:
        self.clock.advance(seconds=1)
        return sync(self.store, CalDavRemote(self.url, USER, "secret"), now=self.clock())


@pytest.fixture
def devices(tmp_path: Path, radicale: str, clock: FrozenClock) -> Iterator[tuple[Device, Device]]:
    # Two machines never share a clock to the microsecond (UIDs derive from id + created).
    clock_b = FrozenClock(clock.now + timedelta(seconds=17, microseconds=421))
    laptop = Device(tmp_path / "laptop", radicale, clock)
    desktop = Device(tmp_path / "desktop", radicale, clock_b)
    yield laptop, desktop
    laptop.store.close()
    desktop.store.close()


def test_two_devices_converge_after_edits_on_both_sides(devices: tuple[Device, Device]) -> None:
    laptop, desktop = devices
    laptop.store.add(new_launch("Phone 12", "Q3 2027", Q3_2027))
    laptop.store.add(new_launch("Console", "July 2027", month(2027, 7, "July 2027")))
    desktop.store.add(new_launch("Headset", "March 2027", month(2027, 3, "March 2027")))
    desktop.store.add(new_launch("Keynote", "Dec 3 10am PT", KEYNOTE))
    for device in (laptop, desktop, laptop):
        device.sync()
    assert essence(laptop.store) == essence(desktop.store)
    assert len(essence(laptop.store)) == 4
    assert by_name(laptop.store, "Keynote").window.tz == "America/Los_Angeles"

    # Both edit the phone: the laptop first, the desktop an hour later (newest wins);
    # the desktop also confirms the headset.
    phone_l = by_name(laptop.store, "Phone 12")
    laptop.clock.advance(hours=1)
    laptop.store.update(phone_l.id or 0, when_text="July 2027", window=month(2027, 7, "July 2027"))
    desktop.clock.advance(hours=2)
    phone_d = by_name(desktop.store, "Phone 12")
    desktop.store.update(phone_d.id or 0, when_text="August", window=month(2027, 8, "August 2027"))
    headset = by_name(desktop.store, "Headset")
    desktop.store.update(headset.id or 0, status=Status.CONFIRMED)

    laptop.sync()
    report = desktop.sync()
    assert report.conflicts == ["Phone 12"]
    laptop.sync()
    assert essence(laptop.store) == essence(desktop.store)
    for device in (laptop, desktop):
        phone = by_name(device.store, "Phone 12")
        assert phone.when_text == "August"
        # Nothing lost: the losing side's slip to July stays in the history.
        assert [r.when_text for r in phone.revisions] == ["Q3 2027", "July 2027", "August"]
        assert by_name(device.store, "Headset").status is Status.CONFIRMED
    quiet = laptop.sync()
    assert (quiet.pushed, quiet.pulled) == (0, 0)


def test_deletions_follow_but_an_edit_beats_a_deletion(devices: tuple[Device, Device]) -> None:
    laptop, desktop = devices
    laptop.store.add(new_launch("Phone 12", "Q3 2027", Q3_2027))
    laptop.store.add(new_launch("Console", "July 2027", month(2027, 7, "July 2027")))
    laptop.sync()
    desktop.sync()
    laptop.store.remove(by_name(laptop.store, "Console").id or 0)
    laptop.sync()
    report = desktop.sync()
    assert report.deleted_here == 1
    assert {la.name for la in desktop.store.list_launches()} == {"Phone 12"}

    # Removed on the laptop while the desktop slipped it: the slip wins, it comes back.
    laptop.store.remove(by_name(laptop.store, "Phone 12").id or 0)
    desktop.clock.advance(hours=1)
    phone = by_name(desktop.store, "Phone 12")
    desktop.store.update(phone.id or 0, when_text="August", window=month(2027, 8, "August 2027"))
    desktop.sync()
    laptop.sync()
    assert by_name(laptop.store, "Phone 12").when_text == "August"
    assert essence(laptop.store) == essence(desktop.store)


def test_cli_sync_remembers_the_server_not_the_password(
    radicale: str, tmp_path: Path, home: Path
) -> None:
    env = {**os.environ, "COUNTDOWN_HOME": str(home), "COUNTDOWN_SYNC_PASSWORD": "secret"}
    run = [sys.executable, "-m", "countdown"]
    added = subprocess.run(
        [*run, "add", "Phone 12", "Q3 2027"], env=env, capture_output=True, text=True
    )
    assert added.returncode == 0, added.stderr
    first = subprocess.run(
        [*run, "sync", "--url", radicale, "--user", USER, "--json"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert first.returncode == 0, first.stderr
    assert '"pushed": 1' in first.stdout
    again = subprocess.run([*run, "sync"], env=env, capture_output=True, text=True, timeout=60)
    assert again.returncode == 0, again.stderr
    assert "sent 0, received 0" in again.stdout
    database = b"".join(p.read_bytes() for p in home.rglob("*") if p.is_file())
    assert b"secret" not in database


def test_password_comes_from_env_then_keyring_then_prompt() -> None:
    class Keyring:
        def get_password(self, service: str, account: str) -> str | None:
            return "from-keyring" if account == "bob@https://dav.test/" else None

    url = "https://dav.test/"
    env = {"COUNTDOWN_SYNC_PASSWORD": "from-env"}
    assert find_password(url, "bob", env=env, prompt=None)[0] == "from-env"
    assert find_password(url, "bob", env={}, prompt=None, keyring=Keyring())[0] == "from-keyring"
    asked = find_password(url, "eve", env={}, prompt=lambda text: "typed", keyring=Keyring())
    assert asked == ("typed", "prompt")
    with pytest.raises(SyncError):
        find_password(url, "eve", env={}, prompt=None)


def test_plain_http_to_another_host_is_refused() -> None:
    with pytest.raises(SyncError, match="https"):
        CalDavRemote("http://dav.example.com/", USER, "secret")


TRADE_SHOW = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Some Phone//Calendar//EN\r
BEGIN:VEVENT\r
UID:trade-show-2027@phone.example\r
DTSTAMP:20261101T000000Z\r
DTSTART;VALUE=DATE:20270105\r
DTEND;VALUE=DATE:20270109\r
SUMMARY:Trade show\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_an_event_added_in_a_calendar_app_becomes_a_launch(
    radicale: str, tmp_path: Path, clock: FrozenClock
) -> None:
    import caldav

    device = Device(tmp_path / "laptop", radicale, clock)
    device.sync()  # creates the calendar
    client = caldav.DAVClient(url=radicale, username=USER, password="x", require_tls=False)
    (calendar,) = [c for c in client.principal().calendars() if c.get_display_name()]
    calendar.save_event(TRADE_SHOW)
    assert device.sync().pulled == 1
    show = by_name(device.store, "Trade show")
    assert (show.window.start, show.window.end) == (date(2027, 1, 5), date(2027, 1, 8))

    device.clock.advance(hours=1)
    device.store.update(show.id or 0, when_text="March 2027", window=month(2027, 3, "March 2027"))
    assert device.sync().pushed == 1
    events = calendar.events()
    assert len(events) == 1  # updated in place, not duplicated
    assert events[0].icalendar_component.decoded("dtstart") == date(2027, 3, 1)
    device.store.close()


class Interrupted:
    """The real server connection, cut after a number of calls (a network failure mid-sync)."""

    def __init__(self, remote: CalDavRemote, *, puts_ok: int = 99, fetches_ok: int = 99) -> None:
        self.remote, self.key = remote, remote.key
        self.puts_ok, self.fetches_ok = puts_ok, fetches_ok

    def fetch(self) -> Any:
        self.fetches_ok -= 1
        if self.fetches_ok < 0:
            raise SyncError("connection lost")
        return self.remote.fetch()

    def put(self, uid: str, data: bytes) -> None:
        self.puts_ok -= 1
        if self.puts_ok < 0:
            raise SyncError("connection lost")
        self.remote.put(uid, data)

    def delete(self, uid: str) -> None:
        self.remote.delete(uid)


def test_an_interrupted_sync_resumes_without_duplicates(devices: tuple[Device, Device]) -> None:
    laptop, desktop = devices
    for name in ("A", "B", "C"):
        laptop.store.add(new_launch(name, "Q3 2027", Q3_2027))
    cut = Interrupted(CalDavRemote(laptop.url, USER, "secret"), puts_ok=1)
    with pytest.raises(SyncError):
        sync(laptop.store, cut, now=laptop.clock())
    laptop.sync()
    desktop.store.add(new_launch("D", "July 2027", month(2027, 7, "July 2027")))
    cut = Interrupted(CalDavRemote(desktop.url, USER, "secret"), fetches_ok=1)
    with pytest.raises(SyncError):  # pulled A-C and sent D, then lost the line
        sync(desktop.store, cut, now=desktop.clock())
    desktop.sync()
    laptop.sync()
    for device in (laptop, desktop):
        names = sorted(la.name for la in device.store.list_launches())
        assert names == ["A", "B", "C", "D"]
    assert len(CalDavRemote(laptop.url, USER, "secret").fetch()) == 4


def test_a_refused_server_version_leaves_the_local_launch_whole(
    devices: tuple[Device, Device],
) -> None:
    """Replacing the local copy with the server's is one transaction: when the store refuses
    the server's version (here a blank name, from a broken calendar app), nothing is lost here
    and the event is reported by name and field; the rest of the sync goes on."""
    from countdown.core.ics import export_calendar

    laptop, desktop = devices
    laptop.store.add(new_launch("Phone 12", "Q3 2027", Q3_2027))
    laptop.sync()
    desktop.sync()
    phone = by_name(desktop.store, "Phone 12")
    remote = CalDavRemote(laptop.url, USER, "secret")
    (uid,) = remote.fetch()
    broken = phone.with_changes(name=" ", updated=laptop.clock() + timedelta(hours=1))
    remote.put(uid, export_calendar([broken], now=laptop.clock(), uids={phone.id or 0: uid}))
    report = desktop.sync()
    assert report.refused == ["Event 1, field X-COUNTDOWN-DATA name: is empty"]
    assert by_name(desktop.store, "Phone 12") == phone
    assert desktop.sync().refused == report.refused  # still refused, and nothing else breaks


@pytest.mark.parametrize(
    ("extra", "field"),
    [("SEQUENCE:abc", "SEQUENCE"), ("X-COUNTDOWN-TZ:Mars/Olympus", "X-COUNTDOWN-TZ")],
)
def test_a_hostile_server_event_is_refused_by_name_and_the_sync_goes_on(
    radicale: str, tmp_path: Path, clock: FrozenClock, extra: str, field: str
) -> None:
    """An event the store could not represent never gets in; it is named in every report until
    fixed on the server, and the other events still sync."""
    import caldav

    device = Device(tmp_path / "laptop", radicale, clock)
    device.sync()
    client = caldav.DAVClient(url=radicale, username=USER, password="x", require_tls=False)
    (calendar,) = [c for c in client.principal().calendars() if c.get_display_name()]
    hostile = TRADE_SHOW.replace("UID:trade-show", "UID:bad").replace("Trade show", "Broken")
    calendar.save_event(hostile.replace("SUMMARY:", f"{extra}\r\nSUMMARY:"), increase_seqno=False)
    calendar.save_event(TRADE_SHOW)
    for _ in range(2):
        report = device.sync()
        (refused,) = report.refused
        assert "Broken" in refused and f"field {field}" in refused
    assert [la.name for la in device.store.list_launches()] == ["Trade show"]
    device.store.close()
