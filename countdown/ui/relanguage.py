"""A language chosen in Preferences, spoken at once: the windows built in the old one are built
again. Qt's LanguageChange event reaches every widget when the translators change, but our
windows set their texts once when built (and the tables ask the phrasebook on every paint), so
building them again is the one way that leaves no string behind.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog

if TYPE_CHECKING:
    from countdown.ui.shell import Shell


def speak_again(shell: Shell) -> None:
    """The main window shown again if it was; a hidden inbox or popup is dropped (built on next
    use), an open popup keeps its alerts; the tray's menu is built on every opening and its
    tooltip on the refresh at the end."""
    shown, old = shell.window_shown(), shell.window
    shell.window = None
    if old is not None:
        old.hide()  # before the new one shows: the last visibility told is "shown"
        if not any(dialog.isVisible() for dialog in old.findChildren(QDialog)):
            old.deleteLater()  # else an open Paste dialog (its child) would go with it
    if shown:
        shell.show_window()
    if shell.inbox is not None and not shell.inbox.isVisible():
        shell.inbox.deleteLater()
        shell.inbox = None
    if shell.popup is not None and not shell.popup.isVisible():
        shell.popup.deleteLater()
        shell.popup = None
    shell.refresh()
