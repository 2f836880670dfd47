"""The Preferences dialog, in three pages: General (start at login, the default reminders, the
language, the applications-menu entry), Sources (ui/sources_box.py) and Backups with Restore
(ui/backups_box.py).

- "Start at login" reads and writes the OS entry itself (XDG autostart file, LaunchAgent, Run
  key: `core.autostart`), so the checkbox can never disagree with what the desktop will do.
- The default reminders (morning time, days before) are the store setting "alert_prefs", JSON of
  `AlertPrefs.to_dict()`, the one the alert service reads; launches with their own reminders
  keep them.
- "Add to applications menu" writes the desktop entry and icons (`core.desktop_install`).
Changes apply on OK; Cancel leaves everything as it was.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from countdown import APP_ID
from countdown.core.atomic import WriteError
from countdown.core.clock import Clock
from countdown.core.model import AlertPrefs
from countdown.core.settings import ALERT_PREFS, UI_LANGUAGE
from countdown.core.store import LaunchStore
from countdown.integrations.autostart import Autostart
from countdown.ui.backups_box import BackupsBox
from countdown.ui.i18n import LANGUAGES
from countdown.ui.plain_text import plain_label
from countdown.ui.reminders import (
    morning_edit,
    morning_of,
    parse_lead_days,
)
from countdown.ui.sources_box import SourcesBox
from countdown.ui.spoken_names import name_plainly


def _now() -> datetime:
    return datetime.now(UTC)


class PreferencesDialog(QDialog):
    def __init__(
        self,
        store: LaunchStore,
        autostart: Autostart,
        menu_root: Path,
        command: Sequence[str],
        parent: QWidget | None = None,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self._store, self._autostart = store, autostart
        self._menu_root, self._command = menu_root, list(command)
        self.backups = BackupsBox(store, clock or _now)
        self.sources = SourcesBox(store, clock or _now)
        self.setWindowTitle(self.tr("Preferences"))
        self._build()
        self._load()
        name_plainly(self)  # no "(N)" Alt+key hints for screen readers

    @classmethod
    def for_this_machine(
        cls,
        store: LaunchStore,
        parent: QWidget | None = None,
        clock: Clock | None = None,
    ) -> PreferencesDialog:
        """The dialog over this OS's autostart entry and the user's data home (read now)."""
        from countdown.integrations.autostart import for_platform
        from countdown.integrations.desktop_install import app_command, data_home

        command = app_command()
        return cls(store, for_platform(command), data_home(), command, parent, clock)

    def _build(self) -> None:
        self.autostart_box = QCheckBox(self.tr("&Start Launch Countdown when I log in"))
        self.autostart_box.setAccessibleName(self.tr("Start at login"))
        self.autostart_where = self._hint(
            self.tr("Entry: %1").replace("%1", str(self._autostart.where))
        )
        self.morning_edit = morning_edit()
        self.morning_edit.setMaximumWidth(110)
        self.lead_edit = QLineEdit()
        self.lead_edit.setAccessibleName(self.tr("Days before"))
        self.lead_edit.setPlaceholderText(self.tr("e.g. 7, 1 (empty: only on the day)"))
        self.lead_edit.textChanged.connect(lambda _text: self._validate())
        self.lead_error = plain_label()
        self.lead_error.setWordWrap(True)
        self.lead_error.setAccessibleName(self.tr("Error"))
        self.menu_button = QPushButton(self.tr("Add to applications m&enu"))
        self.menu_button.clicked.connect(self.install_menu_entry)
        self.menu_status = self._hint(
            self.tr("Adds it to your desktop's list of applications, with its icon.")
        )
        self.language_box = QComboBox()
        self.language_box.setAccessibleName(self.tr("Language"))
        for code, name in LANGUAGES.items():
            self.language_box.addItem(name if code else self.tr("System language"), code)
        chosen = self.language_box.findData(UI_LANGUAGE.read(self._store) or "")
        self.language_box.setCurrentIndex(max(0, chosen))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self._layout()

    def _layout(self) -> None:
        startup = QGroupBox(self.tr("Startup"))
        column = QVBoxLayout(startup)
        column.addWidget(self.autostart_box)
        column.addWidget(self.autostart_where)
        reminders = QGroupBox(self.tr("Default reminders"))
        form = QFormLayout(reminders)
        form.addRow(self.tr("&Morning time"), self.morning_edit)
        form.addRow(self.tr("&Days before"), self.lead_edit)
        form.addRow("", self.lead_error)
        form.addRow("", self._hint(self.tr("Launches with their own reminders keep them.")))
        menu = QGroupBox(self.tr("Applications menu"))
        menu_column = QVBoxLayout(menu)
        menu_column.addWidget(self.menu_button)
        menu_column.addWidget(self.menu_status)
        language = QGroupBox(self.tr("Language"))
        language_form = QFormLayout(language)
        language_form.addRow(self.tr("&Language"), self.language_box)
        # No "applies at next start" hint: the app speaks the new language at once (app.py).
        general = QWidget()
        general_column = QVBoxLayout(general)
        for group in (startup, reminders, language, menu):
            general_column.addWidget(group)
        general_column.addStretch(1)
        # Pages keep the dialog a size that fits a small screen; all of it stays one OK / Cancel.
        self.pages = QTabWidget()
        self.pages.addTab(general, self.tr("&General"))
        self.pages.addTab(self._page(self.sources), self.tr("So&urces"))
        self.pages.addTab(self._page(self.backups), self.tr("&Backups"))
        outer = QVBoxLayout(self)
        outer.addWidget(self.pages)
        outer.addWidget(self.buttons)

    def _page(self, group: QWidget) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.addWidget(group)
        column.addStretch(1)
        return page

    def _hint(self, text: str) -> Any:
        label = plain_label(text)
        label.setWordWrap(True)
        label.setEnabled(False)  # drawn in the palette's disabled (grey) text colour
        return label

    def _load(self) -> None:
        self.autostart_box.setChecked(self._autostart.is_enabled())
        prefs = ALERT_PREFS.read(self._store)
        self.morning_edit.setTime(QTime(prefs.morning.hour, prefs.morning.minute))
        self.lead_edit.setText(", ".join(str(d) for d in prefs.lead_days))
        entry = self._menu_root / "applications" / f"{APP_ID}.desktop"
        if entry.is_file():
            self.menu_button.setText(self.tr("Update applications menu entry"))
            self.menu_status.setText(self.tr("In the menu: %1").replace("%1", str(entry)))
        self._validate()

    def _validate(self) -> bool:
        ok = parse_lead_days(self.lead_edit.text()) is not None
        self.lead_error.setText("" if ok else self.tr("⚠ Whole days, separated by commas: 7, 1"))
        self.lead_error.setVisible(not ok)
        self.ok_button.setEnabled(ok)
        return ok

    def prefs(self) -> AlertPrefs:
        days = parse_lead_days(self.lead_edit.text())
        return AlertPrefs(morning=morning_of(self.morning_edit), lead_days=days or ())

    def install_menu_entry(self) -> None:
        from countdown.integrations.desktop_install import install_desktop

        try:
            written = install_desktop(self._menu_root, self._command)
        except (OSError, WriteError) as error:
            self.menu_status.setText(
                self.tr("⚠ Could not add the entry: %1").replace("%1", str(error))
            )
            return
        self.menu_button.setText(self.tr("Update applications menu entry"))
        self.menu_status.setText(self.tr("In the menu: %1").replace("%1", str(written[0])))

    def accept(self) -> None:
        if not self._validate():
            return
        if self.prefs() != ALERT_PREFS.read(self._store):  # untouched defaults stay unset
            ALERT_PREFS.write(self._store, self.prefs())
        language = str(self.language_box.currentData() or "") or None
        if language != UI_LANGUAGE.read(self._store):
            UI_LANGUAGE.write(self._store, language)
        try:
            self._apply_autostart(self.autostart_box.isChecked())
        except (OSError, WriteError) as error:
            self.autostart_where.setText(
                self.tr("⚠ Could not change the login entry: %1").replace("%1", str(error))
            )
            return
        super().accept()

    def _apply_autostart(self, wanted: bool) -> None:
        if wanted == self._autostart.is_enabled():
            return
        self._autostart.enable() if wanted else self._autostart.disable()
