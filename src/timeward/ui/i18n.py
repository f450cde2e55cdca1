"""Installs Timeward's translators: English plural forms first, then the chosen language.

Qt searches translators newest first, so the language's own file wins and English plural forms
("1 minute" / "5 minutes") fill in for anything it lacks.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from timeward.assets import FOLDER


def qm_folder() -> str:
    return str(FOLDER / "i18n")


def install_translators(app: QCoreApplication, language: str = "auto") -> list[QTranslator]:
    installed = []
    english = QTranslator(app)
    if english.load("timeward_en", qm_folder()):
        app.installTranslator(english)
        installed.append(english)
    locale = QLocale.system() if language == "auto" else QLocale(language)
    # Day and month names, decimals and the like follow the chosen language, not only the texts.
    QLocale.setDefault(locale)
    if locale.language() != QLocale.Language.English:
        chosen = QTranslator(app)
        if chosen.load(locale, "timeward", "_", qm_folder()):
            app.installTranslator(chosen)
            installed.append(chosen)
    return installed
