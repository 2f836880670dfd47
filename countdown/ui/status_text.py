"""The names users see for launch statuses, translated ("Bestätigt", "已确认"), while the stored
values stay the English keys (`Status.value`).

`status_name` is the capitalised name of a list or a label; its context ("MainToolBar", where the
status filter declares them) serves the filter, the table, the dialogs and the detail pane.
`status_word` is the lower-case word inside a sentence: "Q2 2027 (announced)", "announced → delayed".
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from countdown.core.model import Status

WORDS = {
    Status.RUMORED: QT_TRANSLATE_NOOP("StatusWord", "rumored"),
    Status.ANNOUNCED: QT_TRANSLATE_NOOP("StatusWord", "announced"),
    Status.CONFIRMED: QT_TRANSLATE_NOOP("StatusWord", "confirmed"),
    Status.DELAYED: QT_TRANSLATE_NOOP("StatusWord", "delayed"),
    Status.LAUNCHED: QT_TRANSLATE_NOOP("StatusWord", "launched"),
    Status.CANCELLED: QT_TRANSLATE_NOOP("StatusWord", "cancelled"),
}


def status_name(status: Status) -> str:
    """ "Confirmed" (or its translation) for Status.CONFIRMED."""
    return QCoreApplication.translate("MainToolBar", status.value.capitalize())


def status_word(status: Status) -> str:
    """ "confirmed" (or its translation) for Status.CONFIRMED, for use inside a sentence."""
    return QCoreApplication.translate("StatusWord", str(WORDS[status]))
