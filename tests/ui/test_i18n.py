"""Translations: the shipped .qm files match their .ts sources, and the main window, its table
and the tray speak German or Chinese when that language is chosen (Preferences or system)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QFormLayout,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from countdown.core.model import Status
from countdown.core.settings import UI_LANGUAGE
from countdown.core.store import Store
from countdown.ui import i18n
from countdown.ui.damaged_dialog import DamagedLaunchesDialog
from countdown.ui.inbox_dialog import InboxDialog
from countdown.ui.launch_dialog import LaunchDialog, default_parser
from countdown.ui.main_window import MainWindow
from countdown.ui.paste_dialog import STATUS, PasteDialog
from countdown.ui.popup import AlertPopup, StoreAlertActions
from countdown.ui.tray import TrayCountdown
from tests.conftest import FrozenClock
from tests.ui.conftest import day_window, launch
from tests.ui.test_inbox_and_sources import fill_inbox
from tests.ui.test_popup import alert_for

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def toolbar_texts(window: MainWindow) -> list[str]:
    return [a.text() for a in window.toolbar.actions() if a.text()]


@pytest.mark.parametrize("code", ["de", "zh_CN", "fr", "es", "ja"])
def test_shipped_qm_files_are_compiled_from_their_ts(code: str, tmp_path: Path) -> None:
    if not LRELEASE.exists() and shutil.which("pyside6-lrelease") is None:
        pytest.skip("pyside6-lrelease is not installed")
    out = tmp_path / f"countdown_{code}.qm"
    source = I18N / f"countdown_{code}.ts"
    subprocess.run([str(LRELEASE), str(source), "-qm", str(out)], check=True, capture_output=True)
    assert out.read_bytes() == (I18N / f"countdown_{code}.qm").read_bytes(), "run lrelease"


@pytest.mark.parametrize(
    ("code", "add", "when", "active", "quit_text"),
    [
        ("de", "Hinzufügen…", "Wann", "Aktiv", "Beenden"),
        ("zh_CN", "添加…", "时间", "进行中", "退出"),
        ("fr", "Ajouter…", "Date", "Actifs", "Quitter"),
        ("es", "Añadir…", "Fecha", "Activos", "Salir"),
        ("ja", "追加…", "日時", "進行中", "終了"),
    ],
)
def test_main_window_table_and_tray_speak_the_chosen_language(
    qtbot: QtBot, store: Store, clock: FrozenClock, language, code, add, when, active, quit_text
) -> None:  # type: ignore[no-untyped-def]
    language(code)
    window = MainWindow(store, clock)
    qtbot.addWidget(window)
    assert add in toolbar_texts(window)
    assert window.table.model().headerData(1, Qt.Orientation.Horizontal) == when
    assert window.toolbar.status_box.itemText(0) == active
    tray = TrayCountdown(clock)
    tray.set_launches([])
    tray.menu.aboutToShow.emit()
    assert quit_text in [a.text() for a in tray.menu.actions()]


def test_english_needs_no_file_and_an_unknown_language_falls_back(qapp: QApplication) -> None:
    assert i18n.install(qapp, "en") is None
    assert i18n.install(qapp, "tlh") is None  # Klingon: no file, the UI stays English


def test_the_language_chosen_in_preferences_is_saved(
    qtbot: QtBot, store: Store, clock: FrozenClock
) -> None:
    window = MainWindow(store, clock)
    qtbot.addWidget(window)
    dialog = window.open_preferences()
    names = [dialog.language_box.itemText(i) for i in range(dialog.language_box.count())]
    assert names[:3] == ["System language", "English", "Deutsch"]
    assert names[3:] == ["Español", "Français", "日本語", "中文（简体）"]
    dialog.language_box.setCurrentIndex(dialog.language_box.findData("zh_CN"))
    dialog.accept()
    assert UI_LANGUAGE.read(store) == "zh_CN"
    again = window.open_preferences()
    assert again.language_box.currentData() == "zh_CN"
    again.reject()


def mnemonics(widget: QWidget) -> list[str]:
    """The Alt+letter of every visible label, button and check box in `widget` (tabs included)."""
    widgets = [*widget.findChildren(QAbstractButton), *widget.findChildren(QLabel)]
    texts = [w.text() for w in widgets if w.isVisibleTo(widget)]
    tabs = widget.findChildren(QTabWidget)
    texts += [t.tabText(i) for t in tabs for i in range(t.count())]
    found = [re.search(r"&([^&])", text) for text in texts]
    return [m.group(1).lower() for m in found if m]


@pytest.mark.parametrize(
    ("code", "title", "name_label", "general"),
    [
        ("en", "Add launch", "&Name", "&General"),
        ("de", "Start hinzufügen", "&Name", "&Allgemein"),
        ("zh_CN", "添加发布", "名称(&N)", "常规(&G)"),
        ("fr", "Ajouter un lancement", "&Nom", "&Général"),
        ("es", "Añadir lanzamiento", "&Nombre", "&General"),
        ("ja", "リリースの追加", "名前(&N)", "全般(&G)"),
    ],
)
def test_dialogs_speak_the_chosen_language_with_one_key_per_mnemonic(
    qtbot: QtBot, store: Store, clock: FrozenClock, language, code, title, name_label, general
) -> None:  # type: ignore[no-untyped-def]
    if code != "en":  # English is the source text: no translation to install
        language(code)
    dialog = LaunchDialog(store, clock)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == title
    layout = dialog.form.layout()
    assert isinstance(layout, QFormLayout)
    label = layout.labelForField(dialog.form.name_edit)
    assert isinstance(label, QLabel) and label.text() == name_label
    keys = mnemonics(dialog)
    assert len(keys) == len(set(keys)) > 10, keys
    window = MainWindow(store, clock)
    qtbot.addWidget(window)
    preferences = window.open_preferences()
    assert preferences.pages.tabText(0) == general
    keys = mnemonics(preferences)
    assert len(keys) == len(set(keys)), keys
    preferences.reject()


def inbox_keys(dialog: InboxDialog) -> list[list[str]]:
    """The inbox's keys with each verb its Accept button can take (Track, Apply, Remove)."""
    others = [*mnemonics(dialog)]
    others.remove(re.search(r"&([^&])", dialog.accept_button.text()).group(1).lower())  # type: ignore[union-attr]
    verbs = [dialog.tr("&Track"), dialog.tr("&Apply"), dialog.tr("&Remove"), dialog.tr("&Accept")]
    return [[*others, re.search(r"&([^&])", verb).group(1).lower()] for verb in verbs]  # type: ignore[union-attr]


@pytest.mark.parametrize("code", ["en", "de", "zh_CN", "fr", "es", "ja"])
def test_every_window_has_one_key_per_mnemonic(
    qtbot: QtBot, store: Store, clock: FrozenClock, language, code: str
) -> None:  # type: ignore[no-untyped-def]
    if code != "en":
        language(code)
    saved = store.add(launch("Switch 3", day_window(date(2026, 11, 24)), source="https://x.org"))
    window = MainWindow(store, clock)
    qtbot.addWidget(window)
    windows: list[list[str]] = [mnemonics(window.empty)]  # the welcome page's two buttons
    edit = LaunchDialog(store, clock, launch=saved)
    paste = PasteDialog(store, clock)
    fill_inbox(store)  # a proposal chosen: its quote, name field and name picker show
    inbox = InboxDialog(store)
    inbox.reload()
    popup = AlertPopup(store, StoreAlertActions(store), clock)
    damaged = DamagedLaunchesDialog(store, clock, default_parser)
    for widget in (edit, paste, inbox, popup, damaged):
        qtbot.addWidget(widget)
    windows += [mnemonics(edit), mnemonics(paste), *inbox_keys(inbox), mnemonics(damaged)]
    preferences = window.open_preferences()
    for page in range(preferences.pages.count()):
        preferences.pages.setCurrentIndex(page)
        windows.append(mnemonics(preferences))
    preferences.reject()
    for alerts in ([alert_for(saved)], [alert_for(saved, 1), alert_for(saved, 2)]):
        popup.show_alerts(alerts)
        windows.append(mnemonics(popup))
        popup.dismiss()
    assert all(len(keys) == len(set(keys)) for keys in windows), windows
    assert sum(len(keys) for keys in windows) > 40


@pytest.mark.parametrize(
    ("code", "shown", "history"),
    [("de", "Bestätigt", "Verlauf"), ("zh_CN", "已确认", "历史"), ("fr", "Confirmé", "Historique")],
)
def test_status_choices_and_the_detail_pane_are_translated_but_store_english_keys(
    qtbot: QtBot, store: Store, clock: FrozenClock, language, code: str, shown: str, history: str
) -> None:  # type: ignore[no-untyped-def]
    language(code)
    dialog = PasteDialog(store, clock)
    qtbot.addWidget(dialog)
    dialog.text_edit.setPlainText("Blue Origin will launch New Glenn in Q3 2027, the company said.")
    dialog.refresh()
    combo = dialog.table.cellWidget(0, STATUS)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findText(shown))
    dialog.track_selected()
    [tracked] = store.list_launches()
    assert tracked.status is Status.CONFIRMED  # the stored value stays the English key
    window = MainWindow(store, clock)
    qtbot.addWidget(window)
    window.set_launches(store.list_launches())
    window.select_launch(tracked.id)  # type: ignore[arg-type]
    text = window.detail.toPlainText()
    assert shown in text and history in text and "History" not in text


@pytest.mark.parametrize(
    ("code", "snooze"), [("zh_CN", "稍后提醒"), ("ja", "スヌーズ"), ("fr", "Rappeler plus tard")]
)
def test_popup_buttons_are_named_without_their_alt_key_mark(
    qtbot: QtBot, store: Store, clock: FrozenClock, language, code: str, snooze: str
) -> None:  # type: ignore[no-untyped-def]
    language(code)
    saved = store.add(launch("Switch 3", day_window(date(2026, 11, 24))))
    popup = AlertPopup(store, StoreAlertActions(store), clock)
    qtbot.addWidget(popup)
    popup.show_alerts([alert_for(saved)])
    names = [b.accessibleName() for b in popup.findChildren(QAbstractButton)]
    assert snooze in names  # a screen reader says "稍后提醒", not "稍后提醒(S)"
    assert not any("&" in name or "(" in name for name in names), names
