"""The language of the windows: Qt's own translations, chosen by the system locale or Preferences.

Strings are marked with `tr()` (Qt's context is the class) or `QT_TRANSLATE_NOOP`;
`pyside6-lupdate` collects them into `resources/i18n/countdown_<lang>.ts`, which we translate by
hand, and `pyside6-lrelease` compiles those into the `.qm` files shipped beside them (like the
icons: the generated files are committed and a test checks they match their sources).
`install(app, choice)` loads the `.qm` for the Preferences choice, else for the system's UI
languages; English is the source language and needs no file. A change in Preferences applies at
the next start. Countdown wording ("in 12 days") comes from core/countdown and is English yet.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from countdown._resources import ResourceMissing, resources_dir

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
    (None: English, the source language, or no file for the language)."""
    folder = i18n_dir()
    if folder is None or choice == "en":
        return None
    locale = QLocale(choice) if choice else QLocale.system()
    translator = QTranslator(app)
    if not translator.load(locale, PREFIX.rstrip("_"), "_", str(folder), ".qm"):
        return None
    app.installTranslator(translator)
    QLocale.setDefault(locale)
    log.info("UI language: %s", translator.language() or locale.name())
    return translator
