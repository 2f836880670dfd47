"""Accessible names without the Alt+key hint, for every control of a window.

Qt names a button after its text and a field after its buddy label with only the "&" taken
out, so the Chinese and Japanese form "名称(&N)" reaches a screen reader as "名称(N)". Each
window calls `name_plainly(self)` once built: every labelled control, button, group box and tab
whose text carries a mark, and that has no accessible name of its own, is named with the text as
`spoken_text` says it ("名称"). Names set here are marked, so a later call follows a changed text;
names a window chose itself are never touched. Qt's own message boxes ("是(&Y)") go through
`message_box`, which names their buttons the same way.
"""

from __future__ import annotations

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMessageBox, QTabBar, QWidget

from countdown.ui.plain_text import spoken_text

_AUTO = "spokenNameFrom"  # dynamic property: the text an automatic name was made from


def name_plainly(root: QWidget) -> None:
    """Name `root` and every widget under it without Alt+key hints (see the module docstring)."""
    for widget in [root, *root.findChildren(QWidget)]:
        text = _marked_text(widget)
        if text is not None:
            _name(widget, text)
        if isinstance(widget, QLabel) and text is not None and widget.buddy() is not None:
            _name(widget.buddy(), text)
        if isinstance(widget, QTabBar):
            for index in range(widget.count()):
                widget.setAccessibleTabName(index, spoken_text(widget.tabText(index)))


def _marked_text(widget: QWidget) -> str | None:
    """The text Qt would name `widget` after, when it carries an Alt+key mark."""
    if isinstance(widget, QAbstractButton | QLabel):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    else:
        return None
    return text if "&" in text.replace("&&", "") else None


def _name(widget: QWidget, text: str) -> None:
    """Name `widget` after `text` unless it carries a name it was given elsewhere."""
    if widget.accessibleName() and widget.property(_AUTO) is None:
        return
    widget.setAccessibleName(spoken_text(text).rstrip(":：").strip())
    widget.setProperty(_AUTO, text)


Button = QMessageBox.StandardButton


def message_box(icon: QMessageBox.Icon, parent: QWidget | None, title: str, text: str,
                buttons: Button = Button.Yes | Button.No) -> Button:  # fmt: skip
    """QMessageBox.question / warning, its buttons named without their Alt+key hints."""
    box = QMessageBox(icon, title, text, buttons, parent)
    name_plainly(box)
    return Button(box.exec())


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A yes/no question (Qt's own Yes and No buttons, translated); True for Yes."""
    return message_box(QMessageBox.Icon.Question, parent, title, text) == Button.Yes
