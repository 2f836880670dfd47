"""The "Paste news…" dialog's evidence: the current proposal's name, date and status words are
highlighted in the text box (and scrolled to), and a wrong name is fixed from the text before
tracking, into the real store. Every sentence here is written for these tests."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QApplication, QComboBox
from pytestqt.qtbot import QtBot

from countdown.core.model import Status
from countdown.core.store import Store
from countdown.ui.paste_dialog import NAME, STATUS, PasteDialog
from countdown.ui.paste_highlight import NAME as NAME_PART
from countdown.ui.paste_highlight import STATUS as STATUS_PART
from countdown.ui.paste_highlight import WHEN as WHEN_PART
from countdown.ui.paste_highlight import part_format
from tests.ui.conftest import paste

SOLID, DASHED, DOTTED, NONE = (
    QTextCharFormat.UnderlineStyle.SingleUnderline,
    QTextCharFormat.UnderlineStyle.DashUnderline,
    QTextCharFormat.UnderlineStyle.DotLine,
    QTextCharFormat.UnderlineStyle.NoUnderline,
)
TWO = (
    "Leakers claim the Orbix Fold 2 goes on sale in late September. "
    "Helio confirmed the Lumen X2 ships on March 4, 2027."
)


def marked(paste_dialog: PasteDialog) -> dict[str, str]:
    """The highlighted words by underline: solid name, dashed date, dotted status, and the
    quote (the only mark with no underline)."""
    parts = {SOLID: "name", DASHED: "when", DOTTED: "status", NONE: "quote"}
    return {
        parts[selection.format.underlineStyle()]: selection.cursor.selectedText()
        for selection in paste_dialog.text_edit.extraSelections()
    }


def select(paste_dialog: PasteDialog, words: str) -> None:
    """Select `words` in the text box, as a user dragging over them would."""
    at = paste_dialog.text_edit.toPlainText().index(words)
    cursor = paste_dialog.text_edit.textCursor()
    cursor.setPosition(at)
    cursor.setPosition(at + len(words), QTextCursor.MoveMode.KeepAnchor)
    paste_dialog.text_edit.setTextCursor(cursor)


def test_the_highlight_follows_the_selected_proposal(
    qtbot: QtBot, paste_dialog: PasteDialog
) -> None:
    paste(qtbot, paste_dialog, TWO)
    assert marked(paste_dialog) == {
        "quote": "Leakers claim the Orbix Fold 2 goes on sale in late September.",
        "name": "Orbix Fold 2",
        "when": "late September",
        "status": "Leakers",
    }
    assert paste_dialog.legend.isVisible() and paste_dialog.legend.missing.text() == ""
    paste_dialog.table.setCurrentCell(1, NAME)
    assert marked(paste_dialog) == {
        "quote": "Helio confirmed the Lumen X2 ships on March 4, 2027.",
        "name": "Lumen X2",
        "when": "March 4, 2027",
        "status": "confirmed",
    }
    described = "name “Lumen X2”; date “March 4, 2027”; status “confirmed”"
    assert paste_dialog.legend.accessibleDescription() == described  # what a screen reader says


def test_the_highlight_scrolls_into_view(qtbot: QtBot, paste_dialog: PasteDialog) -> None:
    filler = "\n".join(f"Line {n} of an unrelated story." for n in range(60))
    paste(qtbot, paste_dialog, f"{TWO.split('. ')[0]}.\n{filler}\n{TWO.split('. ')[1]}")
    bar, edit = paste_dialog.text_edit.verticalScrollBar(), paste_dialog.text_edit
    assert bar.maximum() > 0 and bar.value() == 0
    paste_dialog.table.setCurrentCell(1, NAME)
    selections = edit.extraSelections()
    [name] = [QTextCursor(s.cursor) for s in selections if s.format.underlineStyle() == SOLID]
    rect = edit.cursorRect(name)
    assert bar.value() > 0 and rect.top() >= 0 and rect.bottom() <= edit.viewport().height()
    paste_dialog.table.setCurrentCell(0, NAME)
    assert bar.value() == 0


def test_highlight_stays_on_the_words_after_emoji(qtbot: QtBot, paste_dialog: PasteDialog) -> None:
    paste(qtbot, paste_dialog, "🚀🚀 Rumours say the Vega Deck 2 ships in early June.")
    assert marked(paste_dialog)["name"] == "Vega Deck 2"
    assert marked(paste_dialog)["when"] == "early June"


def test_a_name_picked_from_the_text_is_the_name_tracked(
    qtbot: QtBot, paste_dialog: PasteDialog, store: Store
) -> None:
    text = "Sources say the Orbix Fold 2 Ultra Max goes on sale in late September."
    paste(qtbot, paste_dialog, text)
    assert not paste_dialog.use_name_button.isEnabled()  # nothing selected yet
    select(paste_dialog, " Orbix Fold 2 Ultra Max ")  # outer spaces are not part of the name
    assert paste_dialog.use_name_button.isEnabled()
    qtbot.keyClick(
        paste_dialog.text_edit, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier
    )  # mnemonic
    item = paste_dialog.table.item(0, NAME)
    assert item is not None and item.text() == "Orbix Fold 2 Ultra Max"
    assert paste_dialog.text_edit.toPlainText() == text  # the key was the button's, not typed
    assert marked(paste_dialog)["name"] == "Orbix Fold 2 Ultra Max"
    paste_dialog.track_selected()
    [launch] = store.list_launches()
    assert launch.name == "Orbix Fold 2 Ultra Max"


def test_a_typed_name_is_tracked_and_shown_unplaced(
    qtbot: QtBot, paste_dialog: PasteDialog, store: Store
) -> None:
    paste(qtbot, paste_dialog, TWO)
    item = paste_dialog.table.item(0, NAME)
    assert item is not None
    item.setText("Orbix Fold 2 (2026)")
    assert "name" not in marked(paste_dialog)
    assert paste_dialog.legend.missing.text() == "(no words in the text for: name)"
    combo = paste_dialog.table.cellWidget(0, STATUS)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData(Status.DELAYED.value))  # no word says so: none marked
    assert set(marked(paste_dialog)) == {"quote", "when"}
    paste_dialog.track_selected()
    assert {launch.name for launch in store.list_launches()} == {"Orbix Fold 2 (2026)", "Lumen X2"}


def test_nothing_is_marked_or_nameable_without_a_proposal(
    qtbot: QtBot, paste_dialog: PasteDialog
) -> None:
    paste(qtbot, paste_dialog, TWO)
    paste(qtbot, paste_dialog, "Nothing here ships on any day at all.")
    select(paste_dialog, "Nothing here")
    assert paste_dialog.text_edit.extraSelections() == []
    assert not paste_dialog.legend.isVisible()
    assert not paste_dialog.use_name_button.isEnabled()
    assert not paste_dialog.name_picker.action.isEnabled()


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        parts = [v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4 for v in
                 (c.redF(), c.greenF(), c.blueF())]  # fmt: skip
        return 0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize(("base", "text"), [("#ffffff", "#000000"), ("#2b2b2b", "#eeeeee")])
def test_marks_are_distinct_and_readable_in_light_and_dark(
    qtbot: QtBot, base: str, text: str
) -> None:
    palette = QPalette()
    palette.setColor(QPalette.ColorRole.Base, QColor(base))
    palette.setColor(QPalette.ColorRole.Text, QColor(text))
    formats = [part_format(p, palette) for p in (NAME_PART, WHEN_PART, STATUS_PART)]
    backgrounds = {f.background().color().name() for f in formats}
    assert len(backgrounds) == 3  # three colours, and three underlines besides colour
    assert {f.underlineStyle() for f in formats} == {SOLID, DASHED, DOTTED}
    for fmt in formats:
        assert contrast(fmt.foreground().color(), fmt.background().color()) >= 7  # WCAG AAA


def test_the_text_boxs_context_menu_offers_the_selection_as_name(
    qtbot: QtBot, paste_dialog: PasteDialog
) -> None:
    paste(qtbot, paste_dialog, TWO)
    select(paste_dialog, "Lumen X2")
    menu = paste_dialog.name_picker.context_menu(QPoint(5, 5))
    [action] = [a for a in menu.actions() if a.text() == "&Use selection as name"]
    assert action.isEnabled() and any(a.text().startswith("&Copy") for a in menu.actions())
    action.trigger()
    item = paste_dialog.table.item(0, NAME)
    assert item is not None and item.text() == "Lumen X2"  # the current row: the first
    menu.deleteLater()


def test_marks_never_land_on_text_edited_since_it_was_read(
    qtbot: QtBot, paste_dialog: PasteDialog
) -> None:
    paste(qtbot, paste_dialog, TWO)
    cursor = paste_dialog.text_edit.textCursor()
    cursor.setPosition(0)
    cursor.insertText("Update: ")  # read again 250 ms later
    paste_dialog.table.setCurrentCell(1, NAME)
    assert paste_dialog.text_edit.extraSelections() == []  # the offsets are of the old text
    qtbot.waitUntil(lambda: not paste_dialog._timer.isActive(), timeout=2000)
    assert marked(paste_dialog)["name"] == "Orbix Fold 2"
    paste_dialog.text_edit.textCursor().insertText(" The Lumen X3 ships on May 30, 2027.")
    select(paste_dialog, "Lumen X3")
    paste_dialog.name_picker.pick()  # at once, before the text is read again: it is read first
    assert marked(paste_dialog)["name"] == "Lumen X3"


def test_the_tints_follow_a_change_to_a_dark_palette(
    qtbot: QtBot, paste_dialog: PasteDialog, qapp: QApplication
) -> None:
    paste(qtbot, paste_dialog, TWO)
    light = qapp.palette()
    dark = QPalette(light)
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    parts = {SOLID: NAME_PART, DASHED: WHEN_PART, DOTTED: STATUS_PART}
    try:
        qapp.setPalette(dark)
        qapp.processEvents()  # the palette change reaches the widgets as a posted event
        tints = {
            s.format.underlineStyle(): s.format.background().color()
            for s in paste_dialog.text_edit.extraSelections()
        }
        assert {style: tints[style] for style in parts} == {
            style: part_format(part, dark).background().color() for style, part in parts.items()
        }
        assert tints[NONE].lightness() < 128  # the sentence's faint tint is dark too
        assert marked(paste_dialog)["name"] == "Orbix Fold 2"  # the same words
    finally:
        qapp.setPalette(light)
