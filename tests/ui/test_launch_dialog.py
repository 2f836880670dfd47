"""The add/edit dialog: live preview while typing, inline error, saving through a real store."""

from __future__ import annotations

import json
from datetime import date

from PySide6.QtCore import Qt, QTime
from pytestqt.qtbot import QtBot

from countdown.core.model import Status
from countdown.core.store import Store
from countdown.ui.launch_dialog import DEBOUNCE_MS, LaunchDialog
from tests.conftest import FrozenClock
from tests.ui.conftest import day_window, launch


def type_when(qtbot: QtBot, dialog: LaunchDialog, text: str) -> None:
    dialog.form.when_edit.clear()
    qtbot.keyClicks(dialog.form.when_edit, text)
    qtbot.waitUntil(lambda: not dialog._debounce.isActive(), timeout=2000)


def make_dialog(qtbot: QtBot, store: Store, clock: FrozenClock, **kwargs: object) -> LaunchDialog:
    dialog = LaunchDialog(store, clock, **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_typing_a_quarter_previews_its_days(qtbot: QtBot, store: Store, clock: FrozenClock) -> None:
    dialog = make_dialog(qtbot, store, clock)
    qtbot.keyClicks(dialog.form.name_edit, "Pixel 11")
    type_when(qtbot, dialog, "Q3 2026")
    assert dialog.form.preview_label.text() == "Q3 2026 · Jul 1 – Sep 30, 2026"
    assert dialog.form.preview_label.isVisible() and not dialog.form.error_label.isVisible()
    assert dialog.save_button.isEnabled()


def test_preview_waits_for_a_pause_in_typing(
    qtbot: QtBot, store: Store, clock: FrozenClock
) -> None:
    dialog = make_dialog(qtbot, store, clock)
    qtbot.keyClicks(dialog.form.when_edit, "Q3 2027")
    assert dialog._debounce.isActive() and dialog._debounce.interval() == DEBOUNCE_MS
    assert dialog.form.preview_label.text() == ""  # not parsed on the key press itself
    qtbot.waitUntil(lambda: dialog.form.preview_label.text().startswith("Q3 2027"), timeout=2000)
    assert dialog.form.countdown_label.text() == "window opens in 219 days"


def test_gibberish_shows_an_error_and_disables_save(
    qtbot: QtBot, store: Store, clock: FrozenClock
) -> None:
    dialog = make_dialog(qtbot, store, clock)
    qtbot.keyClicks(dialog.form.name_edit, "Thing")
    type_when(qtbot, dialog, "asdf")
    assert dialog.form.error_label.isVisible()
    assert "asdf" in dialog.form.error_label.text()
    assert not dialog.form.preview_label.isVisible()
    assert not dialog.save_button.isEnabled()


def test_save_adds_the_launch_to_the_store(qtbot: QtBot, store: Store, clock: FrozenClock) -> None:
    dialog = make_dialog(qtbot, store, clock)
    qtbot.keyClicks(dialog.form.name_edit, "Switch 3")
    qtbot.keyClicks(dialog.form.when_edit, "December 2026")  # Enter right away: no stale preview
    qtbot.keyClicks(dialog.form.tags_edit, "console, nintendo")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.form.tags_edit, Qt.Key.Key_Return)
    [saved] = store.list_launches()
    assert (saved.name, saved.window.label, saved.tags) == (
        "Switch 3",
        "December 2026",
        ("console", "nintendo"),
    )
    assert saved.status is Status.RUMORED  # the CLI's default too: typed in, not yet announced


def test_editing_the_date_records_a_slip(qtbot: QtBot, store: Store, clock: FrozenClock) -> None:
    first = make_dialog(qtbot, store, clock)
    qtbot.keyClicks(first.form.name_edit, "Pixel 11")
    type_when(qtbot, first, "Q3 2027")
    first.accept()
    [launch] = store.list_launches()
    clock.advance(days=30)
    edit = make_dialog(qtbot, store, clock, launch=store.get(launch.id))
    assert edit.form.when_edit.text() == "Q3 2027"
    type_when(qtbot, edit, "August 2027")
    edit.form.status_box.setCurrentIndex(edit.form.status_box.findData(Status.DELAYED.value))
    edit.accept()
    history = store.history(launch.id)
    assert [r.window.label for r in history] == ["Q3 2027", "August 2027"]
    assert store.get(launch.id).status is Status.DELAYED


def test_edit_shows_the_start_of_a_long_source(
    qtbot: QtBot, store: Store, clock: FrozenClock
) -> None:
    quote = "The company said the tablet goes on sale in late March, " * 4 + "end of quote"
    saved = store.add(
        launch("Tab X", day_window(date(2027, 3, 21), date(2027, 3, 31)), source=quote)
    )
    edit = make_dialog(qtbot, store, clock, launch=store.get(saved.id or 0))
    assert edit.form.source_edit.text() == quote
    assert (
        edit.form.source_edit.cursorPosition() == 0
    )  # scrolled to "The company said", not the end


def test_written_on_reads_like_the_countdowns(
    qtbot: QtBot, store: Store, clock: FrozenClock
) -> None:
    dialog = make_dialog(qtbot, store, clock)
    assert dialog.form.base_edit.text() == "Nov 24, 2026"


def test_custom_reminders_are_saved_with_the_launch(
    qtbot: QtBot, store: Store, clock: FrozenClock
) -> None:
    dialog = make_dialog(qtbot, store, clock)
    qtbot.keyClicks(dialog.form.name_edit, "Falcon")
    type_when(qtbot, dialog, "March 2027")
    assert not dialog.form.reminders.lead_edit.isEnabled()
    dialog.form.reminders.default_box.setChecked(False)
    dialog.form.reminders.lead_edit.setText("14, 3")
    dialog.accept()
    [saved] = store.list_launches()
    assert saved.prefs is not None and saved.prefs.lead_days == (14, 3)


def test_controls_have_accessible_names(qtbot: QtBot, store: Store, clock: FrozenClock) -> None:
    dialog = make_dialog(qtbot, store, clock)
    for widget in (
        dialog.form.name_edit,
        dialog.form.when_edit,
        dialog.form.base_edit,
        dialog.form.status_box,
        dialog.form.zone_box,
        dialog.form.source_edit,
        dialog.form.notes_edit,
        dialog.form.tags_edit,
        dialog.save_button,
    ):
        assert widget.accessibleName()


def test_saving_a_launch_removed_elsewhere_says_so(
    qtbot: QtBot, store: Store, clock: FrozenClock
) -> None:
    first = make_dialog(qtbot, store, clock)
    qtbot.keyClicks(first.form.name_edit, "Pixel 11")
    type_when(qtbot, first, "Q3 2027")
    first.accept()
    [launch] = store.list_launches()
    edit = make_dialog(qtbot, store, clock, launch=store.get(launch.id))
    store.remove(launch.id)  # the command line got there first
    type_when(qtbot, edit, "August 2027")
    edit.accept()
    assert edit.isVisible() and edit.form.error_label.isVisible()
    assert not edit.save_button.isEnabled()


def test_default_reminders_show_the_preferences_and_are_not_copied(
    qtbot: QtBot, store: Store, clock: FrozenClock
) -> None:
    store.set_setting("alert_prefs", json.dumps({"morning": "07:45", "lead_days": [30, 2]}))
    dialog = make_dialog(qtbot, store, clock)
    assert dialog.form.reminders.default_box.isChecked()
    assert (
        dialog.form.reminders.lead_edit.text() == "30, 2"
        and dialog.form.reminders.morning_edit.time() == QTime(7, 45)
    )
    qtbot.keyClicks(dialog.form.name_edit, "Falcon")
    type_when(qtbot, dialog, "March 2027")
    dialog.accept()
    [saved] = store.list_launches()
    assert saved.prefs is None  # follows the preferences, also when they change later


def test_tab_walks_the_form_top_to_bottom_without_a_trap(
    qtbot: QtBot, store: Store, clock: FrozenClock
) -> None:
    """Tab goes down the form in reading order (the notes box passes Tab on instead of
    typing it), and every stop has a name a screen reader can say."""
    dialog = make_dialog(qtbot, store, clock)
    names, widget = [], dialog.form.name_edit
    for _ in range(60):
        if (
            widget.isVisible()
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        ):
            name = widget.accessibleName() or type(widget).__name__
            if not names or names[-1] != name:  # an editable combo and its text field: one stop
                names.append(name)
        widget = widget.nextInFocusChain()
        if widget is dialog.form.name_edit:
            break
    order = ["Name", "When", "Written on", "Status", "Time zone", "Source", "Notes", "Tags",
             "Default reminders"]  # fmt: skip
    assert [n for n in names if n in order] == order
    assert dialog.form.notes_edit.tabChangesFocus()
