"""Entry point to "Paste news…", whose dialog (countdown/ui/paste_dialog.py) another part owns.

The dialog is imported only when asked for, and the menu entries are shown only when the module
exists, so the tray and the main window work with or without it.
"""

from __future__ import annotations

import importlib
import importlib.util

from PySide6.QtWidgets import QDialog, QWidget

from countdown.core.clock import Clock
from countdown.core.store import LaunchStore

PASTE_MODULE = "countdown.ui.paste_dialog"


def paste_available() -> bool:
    return importlib.util.find_spec(PASTE_MODULE) is not None


def open_paste_dialog(store: LaunchStore, clock: Clock, parent: QWidget | None) -> QDialog | None:
    """Open the paste dialog (non-modal) or return None when it is not installed."""
    if not paste_available():
        return None
    module = importlib.import_module(PASTE_MODULE)
    dialog: QDialog = module.PasteDialog(store, clock, parent)
    dialog.open()
    return dialog
