"""Reminder preferences in the UI: reading the global ones, parsing "days before", and the
reminders row of the launch dialog ("Use the default reminders", or this launch's own).

The global preferences are the store setting "alert_prefs" (JSON of `AlertPrefs.to_dict()`),
the one countdown.services.alerts reads; a launch's own preferences are saved with the launch.
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QCoreApplication, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from countdown.core.model import AlertPrefs


def parse_lead_days(text: str) -> tuple[int, ...] | None:
    """ "7, 1" → (7, 1); "" → () (no early reminders); None when it is not a list of days."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    if not all(p.isdigit() and 0 < int(p) <= 366 for p in parts):
        return None
    return tuple(sorted({int(p) for p in parts}, reverse=True))


def morning_of(edit: QTimeEdit) -> time:
    chosen = edit.time()
    return time(chosen.hour(), chosen.minute())


def morning_edit(name: str = "") -> QTimeEdit:
    edit = QTimeEdit()
    edit.setDisplayFormat("HH:mm")
    edit.setAccessibleName(name or QCoreApplication.translate("RemindersEditor", "Morning time"))
    return edit


def _buddy(text: str, field: QWidget) -> QLabel:
    """A label whose mnemonic (Alt+letter) moves the focus to `field`."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


class RemindersEditor(QWidget):
    """The default reminders (shown greyed) or this launch's own morning time and days."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.default_box = QCheckBox(self.tr("Use the &default reminders"))
        self.default_box.setAccessibleName(self.tr("Default reminders"))
        self.morning_edit = morning_edit()
        self.lead_edit = QLineEdit()
        self.lead_edit.setAccessibleName(self.tr("Days before"))
        self.lead_edit.setPlaceholderText(self.tr("e.g. 7, 1"))
        self.default_box.toggled.connect(self._use_default)
        row = QHBoxLayout()
        row.addWidget(_buddy(self.tr("in the &morning at"), self.morning_edit))
        row.addWidget(self.morning_edit)
        row.addWidget(_buddy(self.tr("and days &before:"), self.lead_edit))
        row.addWidget(self.lead_edit)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.default_box)
        column.addLayout(row)

    def load(self, own: AlertPrefs | None, defaults: AlertPrefs) -> None:
        """Show the launch's own preferences, or the defaults (greyed) when it has none."""
        shown = own or defaults
        self.morning_edit.setTime(QTime(shown.morning.hour, shown.morning.minute))
        self.lead_edit.setText(", ".join(str(d) for d in shown.lead_days))
        self.default_box.setChecked(own is None)
        self._use_default(own is None)

    def _use_default(self, use_default: bool) -> None:
        self.morning_edit.setEnabled(not use_default)
        self.lead_edit.setEnabled(not use_default)

    def prefs(self) -> AlertPrefs | None:
        """This launch's own preferences; None when it follows the defaults."""
        if self.default_box.isChecked():
            return None
        text = self.lead_edit.text().replace(" ", "")
        days = tuple(int(d) for d in text.split(",") if d.isdigit())  # stray text is dropped
        return AlertPrefs(morning=morning_of(self.morning_edit), lead_days=days)
