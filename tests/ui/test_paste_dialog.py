"""The "Paste news…" dialog: paste → proposals shown → edit/confirm → launches in the real store."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QComboBox
from pytestqt.qtbot import QtBot

from countdown.core.model import Grain, Launch, Status, Window
from countdown.core.store import Store
from countdown.ui.paste_dialog import CHECK, NAME, QUOTE, STATUS, WHEN, WINDOW, PasteDialog
from tests.conftest import FrozenClock
from tests.ui.conftest import paste

NEWS = (
    "Google's Pixel 11 Pro goes on sale in early October after a September unveiling, "
    "according to a report. Blue Origin will launch New Glenn in Q3 2027, the company said."
)


def cell(paste_dialog: PasteDialog, row: int, column: int) -> str:
    item = paste_dialog.table.item(row, column)
    assert item is not None
    return item.text()


def test_written_on_uses_the_add_dialogs_format(paste_dialog: PasteDialog) -> None:
    assert paste_dialog.date_edit.text() == "May 1, 2026"  # as "Written on" in Add, not 2026-05-01


def test_empty_state_invites_a_paste_and_nothing_can_be_tracked(paste_dialog: PasteDialog) -> None:
    assert paste_dialog.stack.currentWidget() is paste_dialog.empty_label
    assert "Paste a news paragraph" in paste_dialog.empty_label.text()
    assert not paste_dialog.track_button.isEnabled()


def test_paste_then_track_saves_the_launches_in_the_store(
    qtbot: QtBot, paste_dialog: PasteDialog, store: Store
) -> None:
    paste(qtbot, paste_dialog, NEWS)
    assert paste_dialog.table.rowCount() == 2
    assert [cell(paste_dialog, row, NAME) for row in range(2)] == ["Pixel 11 Pro", "New Glenn"]
    assert cell(paste_dialog, 0, WINDOW).startswith("early October 2026")
    assert paste_dialog.track_button.text() == "Track 2 selected"
    with qtbot.waitSignal(paste_dialog.tracked) as tracked:
        qtbot.mouseClick(paste_dialog.track_button, Qt.MouseButton.LeftButton)
    assert [launch.name for launch in tracked.args[0]] == ["Pixel 11 Pro", "New Glenn"]
    saved = {launch.name: launch for launch in store.list_launches()}
    assert saved["Pixel 11 Pro"].window.first_day() == date(2026, 10, 1)
    assert saved["Pixel 11 Pro"].status is Status.RUMORED
    assert saved["New Glenn"].status is Status.ANNOUNCED
    assert saved["New Glenn"].source.startswith("Blue Origin will launch New Glenn")
    assert not paste_dialog.isVisible()


def test_unchecked_renamed_and_status_changed_rows(
    qtbot: QtBot, paste_dialog: PasteDialog, store: Store
) -> None:
    paste(qtbot, paste_dialog, NEWS)
    paste_dialog.table.item(0, NAME).setText("Pixel 11 Pro XL")  # type: ignore[union-attr]
    paste_dialog.table.item(1, CHECK).setCheckState(Qt.CheckState.Unchecked)  # type: ignore[union-attr]
    status = paste_dialog.table.cellWidget(0, STATUS)
    assert isinstance(status, QComboBox)
    assert status.currentText() == "Rumored"  # the status's name; its English key is the data
    status.setCurrentIndex(status.findData("confirmed"))
    assert paste_dialog.track_button.text() == "Track selected"
    qtbot.mouseClick(paste_dialog.track_button, Qt.MouseButton.LeftButton)
    [launch] = store.list_launches()
    assert (launch.name, launch.status) == ("Pixel 11 Pro XL", Status.CONFIRMED)


def test_editing_when_reparses_live_and_blocks_an_unreadable_date(
    qtbot: QtBot, paste_dialog: PasteDialog, store: Store
) -> None:
    paste(qtbot, paste_dialog, "The Pixel 11 Pro goes on sale in early October, a report says.")
    paste_dialog.table.item(0, WHEN).setText("fin novembre")  # type: ignore[union-attr]
    assert cell(paste_dialog, 0, WINDOW).startswith("late November 2026")
    paste_dialog.table.item(0, WHEN).setText("when it's ready")  # type: ignore[union-attr]
    assert cell(paste_dialog, 0, WINDOW).startswith("⚠")
    assert paste_dialog.quote_label.text().startswith("⚠ No date found")  # the whole message
    assert not paste_dialog.track_button.isEnabled()
    paste_dialog.table.item(0, WHEN).setText("December 3")  # type: ignore[union-attr]
    assert paste_dialog.track_button.isEnabled()
    qtbot.mouseClick(paste_dialog.track_button, Qt.MouseButton.LeftButton)
    [launch] = store.list_launches()
    assert (launch.when_text, launch.window.first_day()) == ("December 3", date(2026, 12, 3))


def test_text_without_a_launch_says_so(qtbot: QtBot, paste_dialog: PasteDialog) -> None:
    paste(qtbot, paste_dialog, "The weather was lovely all week.")
    assert paste_dialog.stack.currentWidget() is paste_dialog.empty_label
    assert "No launch found" in paste_dialog.empty_label.text()
    assert not paste_dialog.track_button.isEnabled()


def test_a_dateline_in_the_text_overrides_written_on(
    qtbot: QtBot, paste_dialog: PasteDialog
) -> None:
    paste(
        qtbot, paste_dialog, "Published March 3, 2022\nThe Xperia 1 IV arrives in June this year."
    )
    assert cell(paste_dialog, 0, WINDOW).startswith("June 2022")
    assert "Mar 3, 2022" in paste_dialog.written_hint.text()


def test_written_today_counts_from_now(qtbot: QtBot, store: Store, clock: FrozenClock) -> None:
    widget = PasteDialog(store, clock)
    qtbot.addWidget(widget)
    paste(qtbot, widget, "Rocket Lab says Neutron lifts off in 4 hours.")
    local_now = clock.now.astimezone().replace(tzinfo=None)
    [proposal] = widget.table.proposals
    assert proposal.window.start == local_now + timedelta(hours=4)


def test_ctrl_enter_tracks_from_the_text_box(
    qtbot: QtBot, paste_dialog: PasteDialog, store: Store
) -> None:
    paste(qtbot, paste_dialog, "The Pixel 11 Pro goes on sale in early October, a report says.")
    paste_dialog.activateWindow()
    paste_dialog.text_edit.setFocus()
    qtbot.keyClick(paste_dialog.text_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [launch.name for launch in store.list_launches()] == ["Pixel 11 Pro"]


def test_news_about_a_tracked_launch_updates_it_and_records_the_slip(
    qtbot: QtBot, paste_dialog: PasteDialog, store: Store
) -> None:
    september = Window(date(2026, 9, 1), date(2026, 9, 30), Grain.MONTH, "September 2026")
    pixel = store.add(Launch("Pixel 11 Pro", "September", datetime(2026, 4, 1), september))
    paste(qtbot, paste_dialog, NEWS)
    assert [cell(paste_dialog, row, CHECK) for row in range(2)] == ["Update", "Add"]
    assert "moved from September 2026 to early October 2026" in paste_dialog.quote_label.text()
    qtbot.mouseClick(paste_dialog.track_button, Qt.MouseButton.LeftButton)
    assert sorted(launch.name for launch in store.list_launches()) == ["New Glenn", "Pixel 11 Pro"]
    history = store.history(pixel.id or 0)
    assert [revision.window.label for revision in history] == [
        "September 2026",
        "early October 2026",
    ]


def test_news_with_nothing_new_is_shown_as_tracked_and_left_unchecked(
    qtbot: QtBot, paste_dialog: PasteDialog, store: Store
) -> None:
    paste(qtbot, paste_dialog, NEWS)
    qtbot.mouseClick(paste_dialog.track_button, Qt.MouseButton.LeftButton)
    again = PasteDialog(store, paste_dialog._clock)
    qtbot.addWidget(again)
    again.date_edit.setDate(QDate(2026, 5, 1))
    paste(qtbot, again, NEWS)
    assert [cell(again, row, CHECK) for row in range(2)] == ["Tracked", "Tracked"]
    assert not again.track_button.isEnabled()
    assert "Already tracked" in again.quote_label.text()


def test_a_quote_with_markup_is_shown_literally(qtbot: QtBot, paste_dialog: PasteDialog) -> None:
    paste(
        qtbot, paste_dialog, "<b>Leak</b>: the <i>Zeta</i> phone will launch in Q3 2027, it said."
    )
    assert paste_dialog.table.rowCount() == 1
    paste_dialog.table.setCurrentCell(0, NAME)
    assert "<b>Leak</b>" in paste_dialog.quote_label.text()
    assert paste_dialog.quote_label.textFormat() is Qt.TextFormat.PlainText
    quote = paste_dialog.table.item(0, QUOTE)
    assert quote is not None
    tooltip = quote.toolTip()
    assert "&lt;b&gt;Leak&lt;/b&gt;" in tooltip  # escaped: the tooltip shows the tags as typed


def test_the_whole_dialog_works_from_the_keyboard(
    qtbot: QtBot, paste_dialog: PasteDialog, store: Store
) -> None:
    """Type the news, Tab past "Written on" into the proposals, Space unticks the current one,
    Ctrl+Enter tracks the rest: no mouse anywhere."""
    paste_dialog.activateWindow()
    paste_dialog.text_edit.setFocus()
    qtbot.keyClicks(paste_dialog.text_edit, NEWS)
    qtbot.waitUntil(lambda: paste_dialog.table.rowCount() == 2, timeout=3000)
    assert "\t" not in paste_dialog.text_edit.toPlainText()
    qtbot.keyClick(paste_dialog.text_edit, Qt.Key.Key_Tab)
    assert paste_dialog.focusWidget() is paste_dialog.date_edit
    for _section in range(3):  # a date edit's Tab steps through month, day, year, then out
        if paste_dialog.focusWidget() is paste_dialog.date_edit:
            qtbot.keyClick(paste_dialog.date_edit, Qt.Key.Key_Tab)
    assert paste_dialog.focusWidget() is paste_dialog.table
    paste_dialog.table.setCurrentCell(0, CHECK)
    qtbot.keyClick(paste_dialog.table, Qt.Key.Key_Left)  # still the tick column: Left stays put
    qtbot.keyClick(paste_dialog.table, Qt.Key.Key_Space)
    assert paste_dialog.track_button.text() == "Track selected"
    qtbot.keyClick(paste_dialog.table, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert [launch.name for launch in store.list_launches()] == ["New Glenn"]
