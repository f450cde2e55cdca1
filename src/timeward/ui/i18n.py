"""Installs Timeward's translators: English plural forms first, then Qt's own words, then the
chosen language.

Qt searches translators newest first, so the language's own file wins and English plural forms
("1 minute" / "5 minutes") fill in for anything it lacks. Qt's own words (a text field's Copy and
Paste, the file dialog, its buttons) come from Qt's qtbase file where Qt ships one, and from
Timeward's ``qt_<lang>`` file for the languages it does not (Vietnamese, Thai, Indonesian).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

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
        qt_own = QTranslator(app)
        if qt_own.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) or \
                qt_own.load(locale, "qt", "_", qm_folder()):
            app.installTranslator(qt_own)
            installed.append(qt_own)
        chosen = QTranslator(app)
        if chosen.load(locale, "timeward", "_", qm_folder()):
            app.installTranslator(chosen)
            installed.append(chosen)
    return installed
