"""The add/edit launch dialog, with a live preview of the "When" text as the user types.

Parsing runs 150 ms after the last keystroke (a debounce), not on every key: the first parse
loads dateparser, and later ones still cost a little. Saving parses once more synchronously, so
pressing Enter straight after typing never saves a stale window. The dialog writes to the store
itself (`store.add` / `store.update`; the store records a slip when the date or status changes)
and emits `saved` with the stored launch.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QVBoxLayout,
    QWidget,
)

from countdown.core.clock import Clock
from countdown.core.countdown import describe
from countdown.core.model import Launch, Window
from countdown.core.settings import ALERT_PREFS
from countdown.core.store import LaunchStore, StoreError
from countdown.ui.day_edit import day_of
from countdown.ui.i18n import wording
from countdown.ui.launch_form import LaunchForm
from countdown.ui.spoken_names import name_plainly
from countdown.ui.when_preview import Parser, default_parser, preview_text

__all__ = ["DEBOUNCE_MS", "LaunchDialog", "Parser", "default_parser", "preview_text"]

DEBOUNCE_MS = 150


class UnknownZone(ValueError):
    """The zone box names no zone the zone database has; str() is the name."""


class LaunchDialog(QDialog):
    saved = Signal(object)  # the stored Launch

    def __init__(
        self,
        store: LaunchStore,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        launch: Launch | None = None,
        parser: Parser = default_parser,
        repair: bool = False,
    ) -> None:
        super().__init__(parent)
        self._store, self._clock, self._parse, self._launch = store, clock, parser, launch
        self._repair = repair  # `launch` is a damaged row's draft: saving gives every field anew
        self.window_value: Window | None = None
        title = self.tr("Repair launch") if repair else self.tr("Edit launch")
        self.setWindowTitle(title if launch else self.tr("Add launch"))
        self._debounce = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._debounce.timeout.connect(self.preview_now)
        self._build()
        self._load(launch)
        self.form.when_edit.textChanged.connect(self._when_edited)
        self.form.base_edit.dateChanged.connect(lambda _date: self._debounce.start())
        self.form.zone_box.currentTextChanged.connect(lambda _text: self._debounce.start())
        self.form.name_edit.textChanged.connect(lambda _text: self._update_save())
        self.preview_now()
        name_plainly(self)  # no "(N)" Alt+key hints for screen readers

    def _when_edited(self, _text: str) -> None:
        self._debounce.start()
        self._update_save()

    def _build(self) -> None:
        self.form = form = LaunchForm()  # the fields (name_edit, when_edit, …) live there
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setAccessibleName(self.tr("Save"))
        self.save_button.setText(self.tr("Sa&ve"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer = QVBoxLayout(self)
        outer.addWidget(form)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(440)

    def _load(self, launch: Launch | None) -> None:
        written_on = launch.base.date() if launch else self._clock().astimezone().date()
        self.form.load(launch, written_on, ALERT_PREFS.read(self._store))

    def base(self) -> datetime:
        """The moment the text was written: the chosen day, at the current local time."""
        now = self._clock().astimezone().replace(tzinfo=None)
        return datetime.combine(day_of(self.form.base_edit), now.time())

    def preview_now(self) -> None:
        """Parse the "When" text and show the window, or the error, now."""
        self._debounce.stop()
        text = self.form.when_edit.text().strip()
        self.window_value, error = None, ""
        if text:
            try:
                self.window_value = self._parse(text, base=self.base(), tz=self._zone())
            except Exception as exc:  # UnparseableDate, or a bad zone: shown to the user
                error = self._problem(exc) or self.tr("Not a date I can read")
        self._show_preview(error)
        self._update_save()

    def _problem(self, error: Exception) -> str:
        """What is wrong with the date or the zone, in the UI's language."""
        from countdown.core.dates.window import UnparseableDate  # loaded by the parse already

        if isinstance(error, UnparseableDate):
            return error.worded(wording())
        if isinstance(error, UnknownZone):
            return wording().say("zone_unknown", zone=str(error))
        return str(error)

    def _zone(self) -> str | None:
        name: str = self.form.zone_box.currentText().strip()
        if not name:
            return None
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):  # shown as the error
            raise UnknownZone(name) from None
        return name

    def _show_preview(self, error: str) -> None:
        window = self.window_value
        say = wording()
        self.form.preview_label.setText(preview_text(window, say) if window else "")
        countdown = describe(window, self._clock(), long=True, wording=say) if window else ""
        self.form.countdown_label.setText(countdown)
        self.form.error_label.setText(f"⚠ {error}" if error else "")
        for label in (self.form.preview_label, self.form.countdown_label):
            label.setVisible(window is not None)
        self.form.error_label.setVisible(bool(error))

    def _update_save(self) -> None:
        # While a parse is pending Save stays usable: accept() parses before saving.
        pending = self._debounce.isActive() and bool(self.form.when_edit.text().strip())
        when_ok = self.window_value is not None or pending
        self.save_button.setEnabled(when_ok and bool(self.form.name_edit.text().strip()))

    def error_text(self) -> str:
        return self.form.error_label.text() if self.form.error_label.isVisibleTo(self) else ""

    def fields(self) -> dict[str, Any]:
        """The launch fields the form holds (the window as parsed)."""
        return {**self.form.typed(), "base": self.base(), "window": self.window_value}

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
        self.saved.emit(stored)
        super().accept()

    def _save(self, fields: dict[str, Any]) -> Launch:
        if self._launch is None or self._launch.id is None:
            stored: Launch = self._store.add(Launch(**fields))
        elif self._repair:
            stored = self._store.update(self._launch.id, **fields)
        else:
            old, launch_id = self._launch, self._launch.id
            same_text = fields["when_text"] == old.when_text
            if same_text and fields["base"].date() == old.base.date():  # not re-read: no slip
                fields.update(window=old.window, base=old.base)
            changes = {k: v for k, v in fields.items() if getattr(old, k) != v}
            stored = self._store.update(launch_id, **changes) if changes else old
        return stored
