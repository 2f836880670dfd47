"""Damaged launches: the rows the store cannot read, and what the user can do about them.

A launch whose row does not read (a damaged page, an older version's value; core/store/damage.py)
is left out of every view, and the shell says so once. This dialog lists those launches with what
is wrong and offers the ways out the command line has: **Repair…** opens the edit dialog filled
with every field that still reads (saving gives the store the whole launch anew) and **Delete**
removes the row after asking. Restoring a backup (Preferences → Backups) is the third way.
Views learn of a repair or delete through the store's one change path, like any commit.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from countdown.core.clock import Clock
from countdown.core.problem import field_name
from countdown.core.store import LaunchStore
from countdown.core.store.damage import DamagedRow, repair_draft
from countdown.ui.i18n import wording
from countdown.ui.launch_dialog import LaunchDialog, Parser, default_parser
from countdown.ui.spoken_names import ask, name_plainly

_ID_ROLE = Qt.ItemDataRole.UserRole


class DamagedLaunchesDialog(QDialog):
    """The damaged launches, each repairable or deletable."""

    def __init__(self, store: LaunchStore, clock: Clock, parser: Parser,
                 parent: QWidget | None = None) -> None:  # fmt: skip
        super().__init__(parent)
        self._store, self._clock, self._parser = store, clock, parser
        self.setWindowTitle(self.tr("Damaged launches"))
        self._build()
        self.reload()
        name_plainly(self)  # no "(N)" Alt+key hints for screen readers

    def _build(self) -> None:
        self.intro = QLabel(self.tr(
            "These launches could not be read from the database, so they are left out of the "
            "list and get no alerts. Repair one by giving the missing fields again, or delete it. "
            "Preferences → Backups can also bring back an earlier state."))  # fmt: skip
        self.intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Damaged launches"))
        self.list.setWordWrap(True)  # a long reason wraps instead of scrolling sideways
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.list.itemActivated.connect(lambda _item: self.repair())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.repair_button = QPushButton(self.tr("&Repair…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        for button, slot in ((self.repair_button, self.repair), (self.delete_button, self.delete)):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
            button.clicked.connect(slot)
        layout = QVBoxLayout(self)
        for widget in (self.intro, self.list, buttons):
            layout.addWidget(widget)
        self.resize(560, 320)

    def reload(self) -> None:
        """List what the store finds damaged now (a full read refreshes `damaged`)."""
        self._store.list_launches()
        self.list.clear()
        for damage in sorted(self._store.damaged.values(), key=lambda d: d.launch_id):
            item = QListWidgetItem(self._describe(damage))
            item.setData(_ID_ROLE, damage.launch_id)
            self.list.addItem(item)
        if self.list.count() == 0:
            self.list.addItem(QListWidgetItem(self.tr("Nothing is damaged any more.")))
        self.list.setCurrentRow(0)
        self._update_buttons()

    def _describe(self, damage: DamagedRow) -> str:
        """ "Launch #9 (Vision Pro 3) is damaged — status: unknown value 'exploded'", all in the
        UI's language (the store keeps what is wrong as data: core/problem.py)."""
        say = wording()
        problems = say.say("list_sep").join(
            say.say("field_problem", field=field_name(field, say), problem=reason.worded(say))
            for field, reason in damage.reasons.items()
        )
        text = (
            self.tr("Launch #%1 (%2) is damaged — %3")
            if damage.name
            else self.tr("Launch #%1 is damaged — %3")
        )
        text = text.replace("%1", str(damage.launch_id)).replace("%3", problems)
        return text.replace("%2", damage.name or "")  # last: the name is user text

    def current_id(self) -> int | None:
        value = None if self.list.currentItem() is None else self.list.currentItem().data(_ID_ROLE)
        return value if isinstance(value, int) else None

    def _update_buttons(self) -> None:
        for button in (self.repair_button, self.delete_button):
            button.setEnabled(self.current_id() is not None)

    def repair(self) -> LaunchDialog | None:
        launch_id = self.current_id()
        if launch_id is None:
            return None
        draft = repair_draft(launch_id, self._store.salvage(launch_id)[0], self._clock())
        dialog = LaunchDialog(self._store, self._clock, self, launch=draft,
                              parser=self._parser, repair=True)  # fmt: skip
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _launch: self.reload())
        dialog.open()
        return dialog

    def delete(self) -> None:
        launch_id = self.current_id()
        if launch_id is None:
            return
        if ask(
            self, self.tr("Delete damaged launch"),
            self.tr("Delete launch #%1 and its history? This cannot be undone.").replace(
                "%1", str(launch_id))):  # fmt: skip
            self._store.purge(launch_id)
            self.reload()


def open_damaged_dialog(store: LaunchStore, clock: Clock, parent: QWidget) -> DamagedLaunchesDialog:
    """Open the dialog (window-modal, deleted on close) and return it."""
    dialog = DamagedLaunchesDialog(store, clock, default_parser, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
