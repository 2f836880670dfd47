"""The add/edit launch dialog, with a live preview of the "When" text as the user types.

Parsing runs 150 ms after the last keystroke (a debounce), not on every key: the first parse
loads dateparser, and later ones still cost a little. Saving parses once more synchronously, so
pressing Enter straight after typing never saves a stale window. The dialog writes to the store
itself (`store.add` / `store.update`; the store records a slip when the date or status changes)
and emits `saved` with the stored launch.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any, Protocol
from zoneinfo import ZoneInfo

from PySide6.QtCore import QDate, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from countdown.core.countdown import describe
from countdown.core.model import AlertPrefs, Launch, Status, Window
from countdown.core.store import StoreError
from countdown.services.scheduler import emit
from countdown.ui.plain_text import plain_label
from countdown.ui.spans import span_text

DEBOUNCE_MS = 150
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


class Parser(Protocol):
    def __call__(self, text: str, *, base: datetime, tz: str | None = None) -> Window: ...


def default_parser(text: str, *, base: datetime, tz: str | None = None) -> Window:
    """countdown.core.window.parse_window, imported on first use (it loads dateparser)."""
    from countdown.core.window import parse_window

    window: Window = parse_window(text, base=base, tz=tz, languages=("en",))
    return window


def preview_text(window: Window) -> str:
    """The preview line, e.g. "Q3 2026 · Jul 1 – Sep 30, 2026" (span left out if it adds nothing)."""
    span = span_text(window)
    if not window.label:
        return span
    if window.is_instant or window.is_single_day:  # the label already names the day
        return window.label
    return f"{window.label} · {span}"


class LaunchDialog(QDialog):
    saved = Signal(object)  # the stored Launch

    def __init__(
        self,
        store: Any,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
        *,
        launch: Launch | None = None,
        parser: Parser = default_parser,
    ) -> None:
        super().__init__(parent)
        self._store, self._clock, self._parse, self._launch = store, clock, parser, launch
        self.window_value: Window | None = None
        self.setWindowTitle("Edit launch" if launch else "Add launch")
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.preview_now)
        self._build()
        self._load(launch)
        self.when_edit.textChanged.connect(self._when_edited)
        self.base_edit.dateChanged.connect(lambda _date: self._debounce.start())
        self.zone_box.currentTextChanged.connect(lambda _text: self._debounce.start())
        self.name_edit.textChanged.connect(lambda _text: self._update_save())
        self.preview_now()

    def _when_edited(self, _text: str) -> None:
        self._debounce.start()
        self._update_save()

    def _build(self) -> None:
        self.name_edit = self._named(QLineEdit(), "Name")
        self.name_edit.setPlaceholderText("e.g. Pixel 11")
        self.when_edit = self._named(QLineEdit(), "When")
        self.when_edit.setPlaceholderText("e.g. Q3 2026, mid-July, Dec 3 at 10am PT")
        self.preview_label = self._named(plain_label(), "Preview")  # labels echo user text
        self.countdown_label = self._named(plain_label(), "Countdown")
        self.error_label = self._named(plain_label(), "Error")
        bold = self.preview_label.font()
        bold.setBold(True)
        self.preview_label.setFont(bold)
        self.error_label.setWordWrap(True)
        self.base_edit = self._named(QDateEdit(), "Written on")
        self.base_edit.setDisplayFormat("MMM d, yyyy")
        self.base_edit.setCalendarPopup(True)
        self.status_box = self._named(QComboBox(), "Status")
        for status in Status:
            self.status_box.addItem(status.value.capitalize(), status.value)
        self.zone_box = self._named(QComboBox(editable=True), "Time zone")
        self.zone_box.addItems(ZONES)
        self.zone_box.setItemText(0, "")
        self.zone_box.lineEdit().setPlaceholderText("Local time")
        self.source_edit = self._named(QLineEdit(), "Source")
        self.source_edit.setPlaceholderText("URL or quote")
        self.notes_edit = self._named(QPlainTextEdit(), "Notes")
        self.notes_edit.setFixedHeight(60)
        self.tags_edit = self._named(QLineEdit(), "Tags")
        self.tags_edit.setPlaceholderText("comma-separated")
        self._build_reminders()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName("Save")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()

    def _build_reminders(self) -> None:
        self.default_reminders = self._named(
            QCheckBox("Use the default reminders"), "Default reminders"
        )
        self.morning_edit = self._named(QTimeEdit(), "Morning time")
        self.morning_edit.setDisplayFormat("HH:mm")
        self.lead_edit = self._named(QLineEdit(), "Days before")
        self.lead_edit.setPlaceholderText("e.g. 7, 1")
        self.default_reminders.toggled.connect(self._toggle_reminders)

    def _layout(self) -> None:
        form = QFormLayout()
        form.addRow("&Name", self.name_edit)
        form.addRow("&When", self.when_edit)
        preview = QVBoxLayout()
        for label in (self.preview_label, self.countdown_label, self.error_label):
            preview.addWidget(label)
        form.addRow("", preview)
        form.addRow("W&ritten on", self.base_edit)
        form.addRow("&Status", self.status_box)
        form.addRow("&Time zone", self.zone_box)
        form.addRow("S&ource", self.source_edit)
        form.addRow("N&otes", self.notes_edit)
        form.addRow("T&ags", self.tags_edit)
        reminders = QHBoxLayout()
        reminders.addWidget(QLabel("in the morning at"))
        reminders.addWidget(self.morning_edit)
        reminders.addWidget(QLabel("and days before:"))
        reminders.addWidget(self.lead_edit)
        form.addRow("Reminders", self.default_reminders)
        form.addRow("", reminders)
        outer = QVBoxLayout(self)
        outer.addLayout(form)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(440)

    @staticmethod
    def _named(widget: Any, name: str) -> Any:
        widget.setAccessibleName(name)
        return widget

    def _load(self, launch: Launch | None) -> None:
        now = self._clock().astimezone()
        base = launch.base if launch else now.replace(tzinfo=None)
        self.base_edit.setDate(QDate(base.year, base.month, base.day))
        prefs = launch.prefs if launch else None
        shown = prefs or AlertPrefs()
        self.morning_edit.setTime(QTime(shown.morning.hour, shown.morning.minute))
        self.lead_edit.setText(", ".join(str(d) for d in shown.lead_days))
        self.default_reminders.setChecked(prefs is None)
        self._toggle_reminders(prefs is None)
        if launch is None:
            self.status_box.setCurrentIndex(self.status_box.findData(Status.ANNOUNCED.value))
            return
        self.name_edit.setText(launch.name)
        self.when_edit.setText(launch.when_text)
        self.status_box.setCurrentIndex(self.status_box.findData(launch.status.value))
        self.zone_box.setCurrentText(launch.window.tz or "")
        self.source_edit.setText(launch.source)
        self.notes_edit.setPlainText(launch.notes)
        self.tags_edit.setText(", ".join(launch.tags))

    def _toggle_reminders(self, use_default: bool) -> None:
        self.morning_edit.setEnabled(not use_default)
        self.lead_edit.setEnabled(not use_default)

    def base(self) -> datetime:
        """The moment the text was written: the chosen day, at the current local time."""
        now = self._clock().astimezone().replace(tzinfo=None)
        day = self.base_edit.date().toPython()
        return datetime.combine(day, now.time())

    def preview_now(self) -> None:
        """Parse the "When" text and show the window, or the error, now."""
        self._debounce.stop()
        text = self.when_edit.text().strip()
        self.window_value, error = None, ""
        if text:
            try:
                self.window_value = self._parse(text, base=self.base(), tz=self._zone())
            except Exception as exc:  # UnparseableDate, or a bad zone: shown to the user
                error = str(exc) or "Not a date I can read"
        self._show_preview(error)
        self._update_save()

    def _zone(self) -> str | None:
        name: str = self.zone_box.currentText().strip()
        if not name:
            return None
        ZoneInfo(name)  # raises for an unknown zone, shown as the error
        return name

    def _show_preview(self, error: str) -> None:
        window = self.window_value
        self.preview_label.setText(preview_text(window) if window else "")
        countdown = describe(window, self._clock(), long=True) if window else ""
        self.countdown_label.setText(countdown)
        self.error_label.setText(f"⚠ {error}" if error else "")
        for label in (self.preview_label, self.countdown_label):
            label.setVisible(window is not None)
        self.error_label.setVisible(bool(error))

    def _update_save(self) -> None:
        # While a parse is pending Save stays usable: accept() parses before saving.
        pending = self._debounce.isActive() and bool(self.when_edit.text().strip())
        when_ok = self.window_value is not None or pending
        self.save_button.setEnabled(when_ok and bool(self.name_edit.text().strip()))

    def error_text(self) -> str:
        return self.error_label.text() if self.error_label.isVisibleTo(self) else ""

    def fields(self) -> dict[str, Any]:
        """The launch fields the form holds (the window as parsed)."""
        tags = tuple(t.strip() for t in self.tags_edit.text().split(",") if t.strip())
        prefs = None
        if not self.default_reminders.isChecked():
            morning = self.morning_edit.time().toPython()
            days = tuple(
                int(d) for d in self.lead_edit.text().replace(" ", "").split(",") if d.isdigit()
            )
            prefs = AlertPrefs(morning=morning, lead_days=days)
        return {
            "name": self.name_edit.text().strip(),
            "when_text": self.when_edit.text().strip(),
            "base": self.base(),
            "window": self.window_value,
            "status": Status(self.status_box.currentData()),
            "source": self.source_edit.text().strip(),
            "notes": self.notes_edit.toPlainText().strip(),
            "tags": tags,
            "prefs": prefs,
        }

    def accept(self) -> None:
        self.preview_now()
        if not self.save_button.isEnabled():
            return
        try:
            stored = self._save(self.fields())
        except StoreError as error:  # e.g. removed meanwhile by the command line
            self._show_preview(str(error))
            self.save_button.setEnabled(False)
            return
        emit(self.saved, stored)
        super().accept()

    def _save(self, fields: dict[str, Any]) -> Launch:
        if self._launch is None or self._launch.id is None:
            stored: Launch = self._store.add(Launch(**fields))
        else:
            old = self._launch
            same_text = fields["when_text"] == old.when_text
            if same_text and fields["base"].date() == old.base.date():  # not re-read: no slip
                fields.update(window=old.window, base=old.base)
            changes = {k: v for k, v in fields.items() if getattr(old, k) != v}
            stored = self._store.update(old.id, **changes) if changes else old
        return stored
