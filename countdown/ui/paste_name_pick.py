"""Fixing a proposal's name in place from the pasted text: select the product's words in the
"Paste news…" text box, then "Use selection as name" (the button, Alt+U, or the same entry in
the box's context menu). The dialog puts the words in the current row's name cell; the words'
place becomes the name's highlighted evidence.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QPlainTextEdit, QPushButton

from countdown.core.news.proposal import Span
from countdown.ui.paste_highlight import python_index

MAX_NAME_CHARS = 120  # a longer selection is a passage, not a name


class NamePicker(QObject):
    """The button and context-menu action; `picked` (Span) fires with the selected words."""

    picked = Signal(object)

    def __init__(self, edit: QPlainTextEdit) -> None:
        super().__init__(edit)
        self._edit, self._available = edit, False
        self.button = QPushButton(self.tr("&Use selection as name"))
        self.button.setAccessibleName(self.tr("Use selection as name"))
        self.button.setToolTip(
            self.tr("Select the product’s name in the text above, then press this (Alt+U)")
        )
        self.button.clicked.connect(self.pick)
        self.action = QAction(self.tr("&Use selection as name"), self)
        self.action.triggered.connect(self.pick)
        edit.selectionChanged.connect(self._update)
        edit.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        edit.customContextMenuRequested.connect(self._menu)
        self._update()

    def set_available(self, available: bool) -> None:
        """Whether a proposal is current (one to name)."""
        self._available = available
        self._update()

    def selected_words(self) -> Span | None:
        """The words selected in the box (outer spaces left out), if they can be a name."""
        cursor, text = self._edit.textCursor(), self._edit.toPlainText()
        start = python_index(text, cursor.selectionStart())
        end = python_index(text, cursor.selectionEnd())
        words = text[start:end]
        if not words.strip() or len(words.strip()) > MAX_NAME_CHARS:
            return None
        start += len(words) - len(words.lstrip())
        return Span(start, end - (len(words) - len(words.rstrip())))

    def pick(self) -> None:
        span = self.selected_words()
        if self._available and span is not None:
            self.picked.emit(span)

    def _update(self) -> None:
        usable = self._available and self.selected_words() is not None
        self.button.setEnabled(usable)
        self.action.setEnabled(usable)

    def context_menu(self, at: QPoint) -> QMenu:
        """The box's own menu (Undo, Copy, Paste, …) with "Use selection as name" added."""
        menu = self._edit.createStandardContextMenu(at)
        menu.addSeparator()
        menu.addAction(self.action)
        return menu

    def _menu(self, at: QPoint) -> None:
        menu = self.context_menu(at)
        menu.exec(self._edit.viewport().mapToGlobal(at))
        menu.deleteLater()
