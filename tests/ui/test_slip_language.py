"""Slips in the app's language: the detail pane's history and the Inbox word a move in German or
Chinese at display time, while the store keeps the English summary the CLI prints."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from countdown.core.source import InboxKind, Source, SourceKind
from countdown.core.store import Store
from countdown.ui.detail import DetailPane
from countdown.ui.inbox_dialog import InboxDialog
from tests.conftest import FrozenClock
from tests.core.news.test_slip import AUGUST, JULY
from tests.core.store.test_store_sources import item, refresh
from tests.ui.conftest import launch

HISTORY = [  # language, the slip's line in the history, the Inbox's "When / change" of a slip
    ("de", "24. Nov. 2026 · verschoben von Juli 2026 auf August 2026",
     "verschoben von Q2 2027 auf Q3 2027"),
    ("zh_CN", "2026年11月24日 · 从2026年7月推迟到2026年8月", "从2027年第二季度推迟到2027年第三季度"),
]  # fmt: skip


def slip_waiting(store: Store) -> None:
    """Osprey tracked from a news feed (Q2 2027), then the feed says Q3: a slip in the Inbox."""
    feed = store.add_source(Source("https://example.org/f.xml", SourceKind.RSS, "Gadget Wire"))
    refresh(store, feed, [item("a", "Osprey", 2)])
    store.accept_inbox(store.inbox()[0].id or 0)
    refresh(store, feed, [item("a", "Osprey", 3)])


@pytest.mark.parametrize(("code", "history", "change"), HISTORY)
def test_the_history_and_the_inbox_word_a_slip_in_the_chosen_language(
    qtbot: QtBot, store: Store, clock: FrozenClock, language: Callable[[str], None],
    code: str, history: str, change: str,
) -> None:  # fmt: skip
    kestrel = store.add(launch("Kestrel", JULY))
    moved = store.update(kestrel.id or 0, window=AUGUST, when_text="August 2026")
    slip_waiting(store)
    language(code)
    pane = DetailPane(store.history, clock)
    qtbot.addWidget(pane)
    pane.show_launch(moved)
    assert history in pane.toPlainText()
    dialog = InboxDialog(store)
    qtbot.addWidget(dialog)
    row = dialog.table.topLevelItem(0)
    assert row is not None and row.text(2) == change
    (waiting,) = store.inbox()
    assert (waiting.kind, waiting.summary) == (InboxKind.SLIP, "moved from Q2 2027 to Q3 2027")


def test_english_history_and_inbox_are_unchanged(
    qtbot: QtBot, store: Store, clock: FrozenClock
) -> None:
    kestrel = store.add(launch("Kestrel", JULY))
    moved = store.update(kestrel.id or 0, window=AUGUST, when_text="August 2026")
    slip_waiting(store)
    pane = DetailPane(store.history, clock)
    qtbot.addWidget(pane)
    pane.show_launch(moved)
    assert "Nov 24, 2026 · moved from July 2026 to August 2026" in pane.toPlainText()
    dialog = InboxDialog(store)
    qtbot.addWidget(dialog)
    row = dialog.table.topLevelItem(0)
    assert row is not None and row.text(2) == "moved from Q2 2027 to Q3 2027"
