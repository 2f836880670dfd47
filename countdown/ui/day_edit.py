"""The one way a dialog asks for a day ("Written on" in Add/Edit and in Paste news): the same
human format everywhere ("Nov 27, 2026", as the countdowns write days: the pattern of the UI's
phrasebook, "27. Nov. 2026", "2026年11月27日"), with a calendar popup."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDateEdit

from countdown.ui.i18n import wording


def day_edit(accessible_name: str, day: date | None = None) -> QDateEdit:
    """A date field showing `day` (default: Qt's, until the caller sets one)."""
    edit = QDateEdit()
    edit.setAccessibleName(accessible_name)
    edit.setDisplayFormat(wording().day_pattern)
    edit.setCalendarPopup(True)
    if day is not None:
        edit.setDate(QDate(day.year, day.month, day.day))
    return edit


def day_of(edit: QDateEdit) -> date:
    """The chosen day as a Python date."""
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())
