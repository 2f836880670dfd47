"""The fields of the launch dialog and their layout: name, when (with the preview lines under
it), written on, status, zone, source, notes, tags, reminders.

It loads a launch into the fields and reads back what the user typed; parsing the "When" text,
the preview and saving belong to the dialog (launch_dialog).
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from countdown.core.model import AlertPrefs, Launch, Status
from countdown.ui.day_edit import day_edit
from countdown.ui.plain_text import plain_label
from countdown.ui.reminders import RemindersEditor
from countdown.ui.status_text import status_name

ZONES = (
    "",
    "UTC",
    "America/Los_Angeles",
    "America/New_York",
    "Europe/London",
    "Europe/Paris",
    "Asia/Tokyo",
    "Asia/Shanghai",
)


def _named(widget: Any, name: str) -> Any:
    widget.setAccessibleName(name)
    return widget


class LaunchForm(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name_edit = _named(QLineEdit(), self.tr("Name"))
        self.name_edit.setPlaceholderText(self.tr("e.g. Pixel 11"))
        self.when_edit = _named(QLineEdit(), self.tr("When"))
        self.when_edit.setPlaceholderText(self.tr("e.g. Q3 2026, mid-July, Dec 3 at 10am PT"))
        self.preview_label = _named(
            plain_label(), self.tr("Preview")
        )  # these labels echo user text
        self.countdown_label = _named(plain_label(), self.tr("Countdown"))
        self.error_label = _named(plain_label(), self.tr("Error"))
        bold = self.preview_label.font()
        bold.setBold(True)
        self.preview_label.setFont(bold)
        self.error_label.setWordWrap(True)
        self.base_edit = day_edit(self.tr("Written on"))
        self.status_box = _named(QComboBox(), self.tr("Status"))
        for status in Status:
            self.status_box.addItem(status_name(status), status.value)
        self._build_rest()
        self._layout()

    def _build_rest(self) -> None:
        self.zone_box = _named(QComboBox(editable=True), self.tr("Time zone"))
        self.zone_box.addItems(ZONES)
        self.zone_box.lineEdit().setPlaceholderText(self.tr("Local time"))
        self.zone_box.lineEdit().setAccessibleName(
            self.tr("Time zone")
        )  # what Orca reads when typing
        self.source_edit = _named(QLineEdit(), self.tr("Source"))
        self.source_edit.setPlaceholderText(self.tr("URL or quote"))
        self.notes_edit = _named(QPlainTextEdit(), self.tr("Notes"))
        self.notes_edit.setFixedHeight(60)
        self.notes_edit.setTabChangesFocus(True)  # Tab moves on (no keyboard trap)
        self.tags_edit = _named(QLineEdit(), self.tr("Tags"))
        self.tags_edit.setPlaceholderText(self.tr("comma-separated"))
        self.reminders = RemindersEditor()

    def _layout(self) -> None:
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("&Name"), self.name_edit)
        form.addRow(self.tr("&When"), self.when_edit)
        preview = QVBoxLayout()
        for label in (self.preview_label, self.countdown_label, self.error_label):
            preview.addWidget(label)
        form.addRow("", preview)
        form.addRow(self.tr("W&ritten on"), self.base_edit)
        form.addRow(self.tr("&Status"), self.status_box)
        form.addRow(self.tr("&Time zone"), self.zone_box)
        form.addRow(self.tr("So&urce"), self.source_edit)
        form.addRow(self.tr("N&otes"), self.notes_edit)
        form.addRow(self.tr("T&ags"), self.tags_edit)
        form.addRow(self.tr("Reminders"), self.reminders)

    def load(self, launch: Launch | None, written_on: date, default_prefs: AlertPrefs) -> None:
        """Fill the fields from `launch`, or blank for a new one with status "rumored" (as the CLI:
        a launch you type in is not announced yet)."""
        self.base_edit.setDate(QDate(written_on.year, written_on.month, written_on.day))
        self.reminders.load(launch.prefs if launch else None, default_prefs)
        status = launch.status if launch else Status.RUMORED
        self.status_box.setCurrentIndex(self.status_box.findData(status.value))
        if launch is None:
            return
        self.name_edit.setText(launch.name)
        self.when_edit.setText(launch.when_text)
        self.zone_box.setCurrentText(launch.window.tz or "")
        self.source_edit.setText(launch.source)
        self.source_edit.setCursorPosition(0)  # a long quote shows its start, not its end
        self.notes_edit.setPlainText(launch.notes)
        self.tags_edit.setText(", ".join(launch.tags))

    def typed(self) -> dict[str, Any]:
        """The launch fields as typed (all but the parsed window and the base moment)."""
        tags = tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip())
        return {
            "name": self.name_edit.text().strip(),
            "when_text": self.when_edit.text().strip(),
            "status": Status(self.status_box.currentData()),
            "source": self.source_edit.text().strip(),
            "notes": self.notes_edit.toPlainText().strip(),
            "tags": tags,
            "prefs": self.reminders.prefs(),
        }
