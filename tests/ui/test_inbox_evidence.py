"""The Inbox shows the selected proposal's quote with its name, date and status words
highlighted (the paste dialog's formats), and a wrong name is fixed in place — typed, or
picked from the quote — before Track, into the real store. Sentences written for these tests."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from countdown.core.news.proposal import Evidence, Span
from countdown.core.source import FeedItem, Source, SourceKind
from countdown.core.store import Store
from countdown.ui.inbox_dialog import InboxDialog
from countdown.ui.paste_highlight import part_format
from tests.core.store.test_store_sources import item, refresh

UNDERLINES = {
    QTextCharFormat.UnderlineStyle.SingleUnderline: "name",
    QTextCharFormat.UnderlineStyle.DashUnderline: "when",
    QTextCharFormat.UnderlineStyle.DotLine: "status",
}
WRONG = "Gadget Wire says Brightmoor Tallis Pad ships in May 2027, the maker confirmed."
LEAK = "Leakers claim the Orbix Fold 2 goes on sale in late September 2027."


def quoted(key: str, title: str, quote: str, **words: str) -> FeedItem:
    """A news item whose evidence points at `words` (part → words) in its `quote`."""
    spans = {part: Span(quote.index(w), quote.index(w) + len(w)) for part, w in words.items()}
    return replace(item(key, title, 2), quote=quote, evidence=Evidence(**spans))


def fill(store: Store) -> Source:
    feed = store.add_source(Source("https://example.org/n.xml", SourceKind.RSS, "Gadget Wire"))
    wrong = quoted("a", "Gadget Wire", WRONG, name="Gadget Wire", when="May 2027",
                   status="confirmed")  # fmt: skip
    leak = quoted("b", "Orbix Fold 2", LEAK, name="Orbix Fold 2", when="late September 2027",
                  status="Leakers")  # fmt: skip
    refresh(store, feed, [wrong, leak])
    return feed


@pytest.fixture
def dialog(qtbot: QtBot, store: Store) -> InboxDialog:
    widget = InboxDialog(store)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def marked(dialog: InboxDialog) -> dict[str, str]:
    """The highlighted words of the quote box, by underline (solid, dashed, dotted)."""
    return {
        UNDERLINES[s.format.underlineStyle()]: s.cursor.selectedText()
        for s in dialog.quote.text.extraSelections()
    }


def select(dialog: InboxDialog, words: str) -> None:
    """Select `words` in the quote box, as a user dragging over them would."""
    edit = dialog.quote.text
    at = edit.toPlainText().index(words)
    cursor = edit.textCursor()
    cursor.setPosition(at)
    cursor.setPosition(at + len(words), cursor.MoveMode.KeepAnchor)
    edit.setTextCursor(cursor)


def test_the_highlight_follows_the_selected_row(store: Store, qtbot: QtBot) -> None:
    fill(store)
    dialog = InboxDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.quote.text.toPlainText() == WRONG
    assert marked(dialog) == {"name": "Gadget Wire", "when": "May 2027", "status": "confirmed"}
    dialog.table.setCurrentItem(dialog.table.topLevelItem(1))
    assert dialog.quote.text.toPlainText() == LEAK
    assert marked(dialog) == {
        "name": "Orbix Fold 2", "when": "late September 2027", "status": "Leakers"}  # fmt: skip
    assert dialog.quote.legend.isVisible() and dialog.quote.legend.missing.text() == ""
    dialog.table.selectAll()  # several rows: no one quote to show
    assert not dialog.quote.isVisible() and dialog.quote.text.extraSelections() == []


def test_words_picked_from_the_quote_are_the_name_that_gets_tracked(
    store: Store, qtbot: QtBot
) -> None:
    fill(store)
    dialog = InboxDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    button = dialog.quote.picker.button
    assert not button.isEnabled()  # nothing selected yet
    select(dialog, "Brightmoor Tallis Pad")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert dialog.quote.name_edit.text() == "Brightmoor Tallis Pad"
    assert marked(dialog)["name"] == "Brightmoor Tallis Pad"
    first = dialog.table.topLevelItem(0)
    assert first is not None and first.text(1) == "Brightmoor Tallis Pad"
    dialog.table.setCurrentItem(dialog.table.topLevelItem(1))
    dialog.table.setCurrentItem(dialog.table.topLevelItem(0))  # the fix is kept meanwhile
    assert dialog.quote.name_edit.text() == "Brightmoor Tallis Pad"
    dialog.accept_button.click()
    assert [x.name for x in store.list_launches()] == ["Brightmoor Tallis Pad"]


def test_a_typed_name_is_tracked_and_highlighted_where_the_quote_says_it(
    store: Store, dialog: InboxDialog, qtbot: QtBot
) -> None:
    fill(store)
    dialog.reload()
    dialog.quote.name_edit.selectAll()
    qtbot.keyClicks(dialog.quote.name_edit, "Tallis Pad")
    assert marked(dialog)["name"] == "Tallis Pad"
    qtbot.keyClicks(dialog.quote.name_edit, " Pro")  # not in the quote: no name words
    assert "name" not in marked(dialog)
    assert dialog.quote.legend.missing.text() == "(no words in the text for: name)"
    dialog.accept_button.click()
    assert [x.name for x in store.list_launches()] == ["Tallis Pad Pro"]


def test_a_damaged_evidence_key_shows_the_quote_without_highlight(
    store: Store, home: Path, qtbot: QtBot
) -> None:
    fill(store)
    conn = sqlite3.connect(home / "launches.sqlite3")
    for row_id, text in conn.execute("SELECT id, item FROM inbox").fetchall():
        data = json.loads(text) | {"evidence": {"name": [3, 999], "when": "May"}}
        conn.execute("UPDATE inbox SET item = ? WHERE id = ?", (json.dumps(data), row_id))
    conn.commit()
    conn.close()
    dialog = InboxDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.quote.text.toPlainText() == WRONG and marked(dialog) == {}
    assert dialog.quote.legend.missing.text() == (
        "(no words in the text for: name, date, status)")  # fmt: skip
    dialog.accept_button.click()
    assert [x.name for x in store.list_launches()] == ["Gadget Wire"]


def test_a_slip_keeps_its_tracked_name(store: Store, qtbot: QtBot) -> None:
    feed = fill(store)
    store.accept_inbox(store.inbox()[1].id or 0)
    moved = quoted("b", "Orbix Fold 2", LEAK.replace("late September", "early October"),
                   name="Orbix Fold 2")  # fmt: skip
    refresh(store, feed, [replace(moved, window=item("b", "Orbix Fold 2", 4).window)])
    dialog = InboxDialog(store)
    qtbot.addWidget(dialog)
    dialog.show()
    slip = dialog.table.topLevelItem(1)
    assert slip is not None and slip.text(0) == "Moved"
    dialog.table.setCurrentItem(slip)
    assert dialog.accept_button.text() == "&Apply"
    assert not dialog.quote.name_edit.isEnabled()
    select(dialog, "Orbix Fold")
    assert not dialog.quote.picker.button.isEnabled()


def test_the_tints_follow_a_change_to_a_dark_palette(
    store: Store, dialog: InboxDialog, qapp: QApplication
) -> None:
    fill(store)
    dialog.reload()
    light = qapp.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    try:
        qapp.setPalette(dark)
        qapp.processEvents()
        tints = {s.format.underlineStyle(): s.format.background().color()
                 for s in dialog.quote.text.extraSelections()}  # fmt: skip
        assert tints == {
            style: part_format(part, dark).background().color()
            for style, part in UNDERLINES.items()
        }
    finally:
        qapp.setPalette(light)
