"""The app's dates and countdowns follow its language: the table, the tray tooltip and menu, the
popup and the date fields read German or Chinese when that translation is chosen, and Qt's own
buttons ("Cancel") come from PySide6's qtbase translations."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from countdown.core.model import AlertPrefs, Grain, Window
from countdown.core.plan import plan_alerts
from countdown.core.store import Store
from countdown.ui import i18n
from countdown.ui.day_edit import day_edit
from countdown.ui.main_window import MainWindow
from countdown.ui.models import COUNTDOWN, WHEN
from countdown.ui.popup import AlertPopup, StoreAlertActions
from countdown.ui.tray import TrayCountdown, tooltip_text
from tests.conftest import FrozenClock
from tests.ui.conftest import launch

Q3 = Window(date(2027, 7, 1), date(2027, 9, 30), Grain.QUARTER, "Q3 2027")
DAY = Window(date(2026, 12, 6), date(2026, 12, 6), Grain.DAY, "December 6, 2026")


@pytest.fixture
def stored(store: Store) -> Store:
    store.add(launch("Pixel 12", Q3))
    store.add(launch("Switch 3", DAY))
    return store


CASES = [  # language, table "When" + countdown of the day, tray line of the quarter
    ("de", ("6. Dezember 2026", "in 12 Tagen"), "Pixel 12 — Q3 2027 · Zeitraum beginnt in 219 Tagen"),
    ("zh_CN", ("2026年12月6日", "还有 12 天"), "Pixel 12 — 2027年第三季度 · 时间段 219 天后开始"),
]  # fmt: skip


@pytest.mark.parametrize(("code", "row", "tray_line"), CASES)
def test_table_and_tray_count_down_in_the_chosen_language(
    qtbot: QtBot, stored: Store, clock: FrozenClock, language, code, row, tray_line
) -> None:  # type: ignore[no-untyped-def]
    language(code)
    window = MainWindow(stored, clock)
    qtbot.addWidget(window)
    window.set_launches(stored.list_launches())
    model = window.table.model()
    rows = {model.index(r, 0).data(): r for r in range(model.rowCount())}
    cells = [model.index(rows["Switch 3"], c).data() for c in (WHEN, COUNTDOWN)]
    assert tuple(cells) == row
    tip = tooltip_text(stored.list_launches(), clock())
    assert tray_line in tip.splitlines()
    tray = TrayCountdown(clock)
    tray.set_launches(stored.list_launches())
    tray.menu.aboutToShow.emit()
    assert any(tray_line in a.text() for a in tray.menu.actions())


def test_the_popup_shows_alerts_planned_in_german(
    qtbot: QtBot, stored: Store, clock: FrozenClock, language
) -> None:  # type: ignore[no-untyped-def]
    language("de")
    switch = next(la for la in stored.list_launches() if la.name == "Switch 3")
    planned = plan_alerts(switch, now=clock(), prefs=AlertPrefs(), local_tz=clock().tzinfo,
                          wording=i18n.wording())  # fmt: skip
    popup = AlertPopup(stored, StoreAlertActions(stored), clock)
    qtbot.addWidget(popup)
    popup.show_alerts([planned[-1]])
    texts = [label.text() for label in popup.findChildren(QLabel) if label.isVisible()]
    assert "Switch 3 startet heute" in texts
    assert "Starttag: 6. Dezember 2026." in texts


@pytest.mark.parametrize(("code", "shown"), [("de", "27. Nov. 2026"), ("zh_CN", "2026年11月27日")])
def test_a_date_field_shows_the_day_as_the_language_writes_it(
    qtbot: QtBot, language, code: str, shown: str
) -> None:  # type: ignore[no-untyped-def]
    language(code)
    field = day_edit("Written on", date(2026, 11, 27))
    qtbot.addWidget(field)
    assert field.text() == shown


@pytest.mark.parametrize(("code", "cancel"), [("de", "Abbrechen"), ("zh_CN", "取消")])
def test_qt_own_buttons_are_translated_from_pyside6_qtbase(
    qtbot: QtBot, language, code: str, cancel: str
) -> None:  # type: ignore[no-untyped-def]
    language(code)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    button = box.button(QDialogButtonBox.StandardButton.Cancel)
    assert button.text().replace("&", "").split("(")[0] == cancel


def test_english_keeps_english_dates_even_on_a_german_system(qapp: QApplication) -> None:
    default = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    try:
        i18n.install(qapp, "en")
        assert i18n.wording().code == "en"
        assert QLocale().language() is QLocale.Language.English
    finally:
        QLocale.setDefault(default)


def test_search_finds_a_launch_by_its_german_month(
    qtbot: QtBot, stored: Store, clock: FrozenClock, language
) -> None:  # type: ignore[no-untyped-def]
    language("de")
    stored.add(
        launch("Steam Frame", Window(date(2027, 7, 1), date(2027, 7, 31), Grain.MONTH, "July 2027"))
    )
    window = MainWindow(stored, clock)
    qtbot.addWidget(window)
    window.set_launches(stored.list_launches())
    window.search.setText("Juli 2027")
    model = window.table.model()
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == ["Steam Frame"]
