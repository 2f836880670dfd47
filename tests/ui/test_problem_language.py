"""What is wrong, in the user's language: the Damaged launches window's field problems and the
date errors of the Add/Edit and Paste dialogs are worded by the phrasebooks (core/problem.py),
while the store, the command line and logs keep English."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from countdown.core.store import Store
from countdown.ui.damaged_dialog import DamagedLaunchesDialog
from countdown.ui.launch_dialog import LaunchDialog, default_parser
from countdown.ui.paste_dialog import WHEN, WINDOW, PasteDialog
from tests.conftest import FrozenClock
from tests.ui.conftest import day_window, launch, paste

# language, the damaged row's line, the Add dialog's error for "June 31", for "Europe/Atlantis"
WORDED = [
    ("de", "Status: unbekannter Wert 'exploded'; Geändert: ist kein Datum mit Uhrzeit",
     "⚠ 31. Juni ist kein Datum: Der Juni hat 30 Tage. Versuchen Sie einen Monat",
     "⚠ Unbekannte Zeitzone „Europe/Atlantis“."),
    ("zh_CN", "状态：未知的值 'exploded'；修改时间：不是日期和时间",
     "⚠ 6月31日不是有效日期：6月只有30天。可以试试月份", "⚠ 未知时区“Europe/Atlantis”。"),
    ("fr", "statut : valeur inconnue 'exploded' ; modifié le : n’est pas une date avec heure",
     "⚠ Le 31 juin n’est pas une date : juin compte 30 jours. Essayez un mois",
     "⚠ Fuseau horaire inconnu « Europe/Atlantis »."),
    ("es", "estado: valor desconocido 'exploded'; modificado: no es una fecha con hora",
     "⚠ El 31 de junio no es una fecha: junio tiene 30 días. Pruebe un mes",
     "⚠ Zona horaria desconocida «Europe/Atlantis»."),
    ("ja", "ステータス：不明な値 'exploded'、更新日時：日時ではありません",
     "⚠ 6月31日は日付ではありません：6月は30日までです。月（「July 2027」）",
     "⚠ 不明なタイムゾーン「Europe/Atlantis」。"),
]  # fmt: skip
ENGLISH_WORDS = ("unknown value", "is not a", "Try a month", "No date found", "time zone")


def damage(store: Store, home: Path) -> None:
    """Launch 2's status and last change no longer read (another version's values)."""
    store.add(launch("Good", day_window(date(2027, 1, 5))))
    bad = store.add(launch("Bad phone", day_window(date(2027, 1, 6))))
    with sqlite3.connect(home / "launches.sqlite3") as raw:
        raw.execute("UPDATE launches SET status = 'exploded', updated = 'yesterday' WHERE id = ?",
                    (bad.id,))  # fmt: skip


def when_error(qtbot: QtBot, dialog: LaunchDialog, text: str) -> str:
    dialog.form.when_edit.setText(text)
    dialog.preview_now()
    return dialog.error_text()


@pytest.mark.parametrize(("code", "damaged", "bad_day", "bad_zone"), WORDED)
def test_problems_are_worded_in_the_chosen_language(
    qtbot: QtBot, store: Store, clock: FrozenClock, home: Path, language: Callable[[str], None],
    code: str, damaged: str, bad_day: str, bad_zone: str,
) -> None:  # fmt: skip
    damage(store, home)
    language(code)
    dialog = DamagedLaunchesDialog(store, clock, default_parser)
    qtbot.addWidget(dialog)
    shown = dialog.list.item(0).text()
    assert damaged in shown and not any(word in shown for word in ENGLISH_WORDS), shown
    add = LaunchDialog(store, clock)
    qtbot.addWidget(add)
    assert when_error(qtbot, add, "June 31").startswith(bad_day)
    add.form.zone_box.setCurrentText("Europe/Atlantis")
    assert when_error(qtbot, add, "July 2027") == bad_zone
    (english,) = store.damaged.values()  # the store and the CLI keep English
    assert english.problems["status"] == "'exploded' is not a valid Status"


@pytest.mark.parametrize("code", ["de", "zh_CN", "fr", "es", "ja"])
def test_paste_errors_are_worded_in_the_chosen_language(
    qtbot: QtBot, paste_dialog: PasteDialog, language: Callable[[str], None], code: str
) -> None:
    language(code)
    paste(qtbot, paste_dialog, "The weather was lovely all week.")
    nothing = paste_dialog.empty_label.text()
    assert "Pixel 11" in nothing and "No launch found" not in nothing
    paste(qtbot, paste_dialog, "The Pixel 11 Pro goes on sale in early October, a report says.")
    paste_dialog.table.item(0, WHEN).setText("when it's ready")  # type: ignore[union-attr]
    error = paste_dialog.table.item(0, WINDOW).text()  # type: ignore[union-attr]
    assert (
        error.startswith("⚠ ")
        and "when it's ready" in error
        and not any(word in error for word in ENGLISH_WORDS)
    )


def test_english_is_unchanged(qtbot: QtBot, store: Store, clock: FrozenClock, home: Path) -> None:
    damage(store, home)
    dialog = DamagedLaunchesDialog(store, clock, default_parser)
    qtbot.addWidget(dialog)
    assert dialog.list.item(0).text() == (
        "Launch #2 (Bad phone) is damaged — status: unknown value 'exploded'; "
        "updated: is not a date and time"
    )
    add = LaunchDialog(store, clock)
    qtbot.addWidget(add)
    assert when_error(qtbot, add, "June 31") == (
        '⚠ June 31 is not a date: June has 30 days. Try a month ("July 2027"), a quarter '
        '("Q3 2026"), a day ("July 5") or "early next year".'
    )
