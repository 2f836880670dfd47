"""End to end: the real app refreshes a calendar source from a loopback server; the changed
event becomes a slip revision, the vanished one an inbox item, and one desktop notification
says the launch moved (Xvfb + trayer + dunst on a private D-Bus, watched with dbus-monitor)."""

from __future__ import annotations

import time
from datetime import UTC, datetime
from pathlib import Path

import pytest

from countdown.core.source import InboxKind, Source, SourceKind
from countdown.core.store import Store
from countdown.integrations.sources.refresh import refresh_all
from tests.e2e.app_process import AppProcess
from tests.e2e.desktop import DesktopSession
from tests.e2e.test_alerts_e2e import start_app
from tests.integrations.sources.conftest import FeedServer, feed_server  # noqa: F401

pytestmark = pytest.mark.e2e


def now() -> datetime:
    return datetime.now(UTC)


def test_a_calendar_change_is_a_revision_and_one_notification(
    desktop: DesktopSession, tmp_path: Path, apps: list[AppProcess],
    feed_server: FeedServer,  # noqa: F811
) -> None:  # fmt: skip
    home = tmp_path / "home"
    url = feed_server.serve_fixture("cal.ics", "launches.ics", "text/calendar")
    with Store.open(home, clock=now) as store:  # due again within seconds: the app refreshes it
        store.add_source(Source(url, SourceKind.ICS, "Northwind", every_hours=0.001, auto=True))
        refresh_all(store, now=now())
    feed_server.serve_fixture("cal.ics", "launches_changed.ics", "text/calendar")
    with desktop.monitor_notifications() as monitor:
        apps.append(start_app(desktop, home))
        note = monitor.wait_for("Kestrel tablet moved", timeout_s=40)
        time.sleep(5)  # more refreshes run meanwhile (every 3.6 s): nothing is told twice
        summaries = [n.summary for n in monitor.snapshot()]
    assert note.summary == "Kestrel tablet moved from Apr 15, 2027 to May 20, 2027"
    assert "per Northwind" in note.body
    assert sum("Kestrel" in summary for summary in summaries) == 1
    with Store.open(home, clock=now) as store:
        kestrel = next(x for x in store.list_launches() if x.name == "Kestrel tablet")
        labels = [r.window.label for r in store.history(kestrel.id or 0)]
        assert labels == ["Apr 15, 2027", "May 20, 2027"]
        assert [(x.kind, x.item.name) for x in store.inbox()] == [
            (InboxKind.REMOVED, "Osprey headphones")]  # fmt: skip
