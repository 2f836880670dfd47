"""The language of the windows: Qt's own translations, chosen by the system locale or Preferences.

Strings are marked with `tr()` (Qt's context is the class) or `QT_TRANSLATE_NOOP`;
`pyside6-lupdate` collects them into `resources/i18n/countdown_<lang>.ts`, which we translate by
hand, and `pyside6-lrelease` compiles those into the `.qm` files shipped beside them (like the
icons: the generated files are committed and a test checks they match their sources).
`install(app, choice)` loads the `.qm` for the Preferences choice, else for the system's UI
languages; English is the source language and needs no file. A change in Preferences applies at
once: `UiLanguage.switch` swaps the translators and the app rebuilds its windows (ui/shell). Qt's own strings (OK/Cancel, a text box's context menu) come from the
`qtbase_<lang>.qm` files PySide6 ships in its translations folder. Countdown wording and dates
("in 12 Tagen", "27. Nov. 2026") come from core/wording: `wording()` is the phrasebook of the
language the UI speaks (QLocale's default, which `install` sets to it).
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from countdown._resources import ResourceMissing, resources_dir
from countdown.core.wording import ENGLISH, Wording, wording_for

log = logging.getLogger(__name__)

# The choices in Preferences: code -> the language's own name ("" follows the system).
LANGUAGES = {
    "": "System language",
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "ja": "日本語",
    "zh_CN": "中文（简体）",
}
PREFIX = "countdown_"


def i18n_dir() -> Path | None:
    try:
        return resources_dir() / "i18n"
    except ResourceMissing:
        return None


def install(app: QApplication, choice: str | None) -> QTranslator | None:
    """Load the translation for `choice` (or the system's languages); the translator installed
    (None: English, the source language, or no file for the language). Qt's own translation
    for the language is installed with it (a child of it: `remove` takes both away)."""
    folder = i18n_dir()
    if folder is None or choice == "en":
        QLocale.setDefault(_english())
        return None
    locale = QLocale(choice) if choice else QLocale.system()
    translator = QTranslator(app)
    if not translator.load(locale, PREFIX.rstrip("_"), "_", str(folder), ".qm"):
        QLocale.setDefault(_english())  # the UI stays English: so do dates and countdowns
        return None
    app.installTranslator(translator)
    _install_qtbase(app, translator, locale)
    QLocale.setDefault(locale)
    log.info("UI language: %s", translator.language() or locale.name())
    return translator


class UiLanguage:
    """The language the app speaks now (Preferences' choice, None: the system's), switchable."""

    def __init__(self, app: QApplication, choice: str | None) -> None:
        self.app, self.choice = app, choice
        self.translator = install(app, choice)

    def switch(self, choice: str | None) -> bool:
        """Speak `choice` from now on; False when it is the language already spoken."""
        if choice == self.choice:
            return False
        if self.translator is not None:
            remove(self.app, self.translator)
        self.choice, self.translator = choice, install(self.app, choice)
        return True


def remove(app: QApplication, translator: QTranslator) -> None:
    """Take a translator `install` returned (and Qt's own that came with it) out of the app."""
    for companion in translator.findChildren(QTranslator):
        app.removeTranslator(companion)
    app.removeTranslator(translator)


def _install_qtbase(app: QApplication, owner: QTranslator, locale: QLocale) -> None:
    """Qt's own strings ("OK", "Cancel", "Select All") in the language, when PySide6 ships them."""
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(owner)
    if qtbase.load(locale, "qtbase", "_", folder, ".qm"):
        app.installTranslator(qtbase)
    else:
        log.info("no Qt translation for %s in %s", locale.name(), folder)


def _english() -> QLocale:
    """English as written where the user lives (en_GB stays en_GB; de_DE becomes en_US)."""
    system = QLocale.system()
    if system.language() is QLocale.Language.English:
        return system
    return QLocale("en_US")


def wording() -> Wording:
    """The countdown and date wording of the language the UI speaks (English by default)."""
    locale = QLocale()
    if locale.language() is QLocale.Language.English:
        return ENGLISH
    return wording_for(locale.name())
