"""The Inbox dialog, the Sources box in Preferences, and the inbox count on toolbar and tray."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from countdown.core.source import Source, SourceKind
from countdown.core.store import Store
from countdown.ui.inbox_dialog import InboxDialog
from countdown.ui.shell import Shell
from countdown.ui.sources_box import SourcesBox
from tests.conftest import FrozenClock
from tests.core.store.test_store_sources import item, refresh
from tests.integrations.sources.conftest import FeedServer, feed_server  # noqa: F401


def fill_inbox(store: Store) -> Source:
    feed = store.add_source(Source("https://example.org/f.xml", SourceKind.RSS, "Gadget <Wire>"))
    refresh(store, feed, [item("a", "<b>Kestrel</b> & co", 2), item("b", "Osprey", 3)])
    return feed


def test_the_inbox_shows_proposals_literally_and_accepts_them(qtbot: QtBot, store: Store) -> None:
    fill_inbox(store)
    dialog = InboxDialog(store)
    qtbot.addWidget(dialog)
    first = dialog.table.topLevelItem(0)
    assert first is not None
    assert [first.text(i) for i in range(4)] == [
        "New", "<b>Kestrel</b> & co", "Q2 2027 (announced)", "Gadget <Wire>"]  # fmt: skip
    assert dialog.accept_button.text() == "&Track"
    assert "Q2 2027" in dialog.quote.text.toPlainText()
    dialog.accept_button.click()
    assert [x.name for x in store.list_launches()] == ["<b>Kestrel</b> & co"]
    assert dialog.table.topLevelItemCount() == 1
    dialog.table.selectAll()
    dialog.dismiss_button.click()
    assert store.inbox() == [] and dialog.table.topLevelItemCount() == 0
    assert not dialog.accept_button.isEnabled()
    assert dialog.message.text().startswith("Nothing waiting")


def test_the_count_is_on_the_toolbar_and_in_the_tray_menu(
    qtbot: QtBot, store: Store, clock: FrozenClock, home: Path
) -> None:
    shell = Shell(store, clock, home, tray=True)
    window = shell.main_window()
    qtbot.addWidget(window)
    fill_inbox(store)
    shell.refresh()
    assert window.toolbar.inbox_action.text() == "Inbox (2)"
    assert shell.tray is not None
    shell.tray.rebuild_menu()
    entry = next(a for a in shell.tray.menu.actions() if a.text().startswith("Inbox"))
    assert entry.text() == "Inbox (2)…"
    entry.trigger()
    assert shell.inbox is not None and shell.inbox.isVisible()
    store.dismiss_inbox(store.inbox()[0].id or 0)
    shell.refresh()
    assert window.toolbar.inbox_action.text() == "Inbox (1)"
    assert shell.inbox.table.topLevelItemCount() == 1
    shell.close()


def test_sources_are_added_and_removed_in_preferences(
    qtbot: QtBot,
    store: Store,
    clock: FrozenClock,
    feed_server: FeedServer,  # noqa: F811
) -> None:
    box = SourcesBox(store, clock)
    qtbot.addWidget(box)
    assert box.table.topLevelItemCount() == 0 and not box.remove_button.isEnabled()
    box.url.setText("file:///etc/passwd")
    with qtbot.waitSignal(box._added, timeout=10_000):
        box.add_button.click()
    assert box.status.text().startswith("Only http, https and webcal")
    box.url.setText(feed_server.serve_fixture("cal.ics", "launches.ics", "text/calendar"))
    with qtbot.waitSignal(box.changed, timeout=10_000):
        box.add_button.click()
    row = box.table.topLevelItem(0)
    assert row is not None
    assert [row.text(i) for i in range(4)] == ["Northwind launches", "calendar", "never", "new"]
    store.record_fetch(1, status="error", error="HTTP 500")
    box.reload()
    assert box.table.topLevelItem(0).text(3) == "error: HTTP 500"  # type: ignore[union-attr]
    with qtbot.waitSignal(box.changed):
        box.remove_button.click()
    assert store.list_sources() == [] and box.status.text().startswith("Removed Northwind")
