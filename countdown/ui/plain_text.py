"""User text shown literally: Qt guesses rich text from a tag on the first line of a string.

A launch named "<b>Bold</b> & co" must read exactly so. Labels that show user text get
`Qt.TextFormat.PlainText` (`plain_label`); tooltips have no such switch, so their text is
escaped into a tiny HTML paragraph that keeps line breaks (`plain_tooltip`). Menu and action
texts treat `&` as a mnemonic marker and a tab as the start of the shortcut column, so names
go in through `menu_text` ("R&D phone" → "R&&D phone", shown as "R&D phone"). A button's
accessible name is its text without the Alt+key mark (`spoken_text`): "&Snooze" → "Snooze", and
the Chinese and Japanese form "稍后提醒(&S)" → "稍后提醒", so a screen reader says no "(S)".
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import QLabel

from countdown.core.literal import one_line


def plain_label(text: str = "") -> QLabel:
    # Qt's namespace is imported here, not at the top: its ~90 enums cost ~15 ms to create, and
    # the tray (which imports this module for `menu_text`) paints without ever needing them.
    from PySide6.QtCore import Qt

    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip string that shows `text` literally, line breaks kept."""
    import html  # here: with its entity table, ~2 ms the tray's first paint does without

    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def menu_text(text: str) -> str:
    """A QMenu/QAction text that shows `text` literally, on one line."""
    return one_line(text).replace("&", "&&")


_CJK_MNEMONIC = re.compile(r"\s*\(&[^&\s]\)")  # "保存(&V)": the key in brackets after the text


def spoken_text(text: str) -> str:
    """A widget text as a screen reader should say it: the Alt+key mark left out."""
    return _CJK_MNEMONIC.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")
