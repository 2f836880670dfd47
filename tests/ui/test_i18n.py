"""Translations: the shipped .qm files match their .ts sources, and the main window, its table
and the tray speak German or Chinese when that language is chosen (Preferences or system)."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QFormLayout,
    QLabel,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from countdown.core.settings import UI_LANGUAGE
from countdown.core.store import Store
from countdown.ui import i18n
from countdown.ui.launch_dialog import LaunchDialog
from countdown.ui.main_window import MainWindow
from countdown.ui.tray import TrayCountdown
from tests.conftest import FrozenClock

I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


@pytest.fixture
def language(qapp: QApplication) -> Iterator[object]:
    """`language(code)` installs that translation; all are removed after the test."""
    installed = []
    default = QLocale()

    def choose(code: str) -> None:
        translator = i18n.install(qapp, code)
        assert translator is not None, f"no translation for {code}"
        installed.append(translator)

    yield choose
    for translator in installed:
        i18n.remove(qapp, translator)
    QLocale.setDefault(default)


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
        ("fr", "Ajouter…", "Date", "Actives", "Quitter"),
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
