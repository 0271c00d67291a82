"""UI language: Chinese (zh_CN) first, English and Korean, from Qt translation files.

Source strings in the code are English (Qt's convention); resources/translations holds
quickreply_zh_CN.qm and quickreply_ko.qm. The language follows the system unless the agent
picked one in settings; a system language we have no translation for gets Chinese.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop.resources import translations_dir

log = logging.getLogger(__name__)

#: Languages the UI speaks: setting value -> Qt translation file suffix (None: the English source).
UI_LANGUAGES = {"zh_CN": "zh_CN", "en": None, "ko": "ko"}
DEFAULT_LANGUAGE = "zh_CN"


def language_for(setting: str | None, system: QLocale | None = None) -> str:
    """The UI language for a setting ("system" or None follows the system locale)."""
    if setting in UI_LANGUAGES:
        return setting
    name = (system or QLocale.system()).name()
    if name.startswith("en"):
        return "en"
    if name.startswith("ko"):
        return "ko"
    return DEFAULT_LANGUAGE


def ui_locale(language: str, system: QLocale | None = None) -> QLocale:
    """The locale for dates, sizes and file-type names: the system's when it speaks the UI
    language, else that language's own (a Chinese UI on an English system shows Chinese types)."""
    system = system or QLocale.system()
    if system.name().split("_")[0] == language.split("_", maxsplit=1)[0]:
        return system
    return QLocale("en_US" if language == "en" else language)


class Translations:
    """Installs and swaps the app's translator, so a language change needs no restart."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None
        self._qt_translator: QTranslator | None = None  # Qt's own: OK/Cancel, file dialogs
        self.language = "en"

    def apply(self, language: str) -> bool:
        """Switch to `language`; returns False (and stays English) if its file is missing."""
        app = QCoreApplication.instance()
        self.remove()
        suffix = UI_LANGUAGES.get(language)
        QLocale.setDefault(ui_locale(language if suffix else "en"))
        if suffix is None or app is None:
            return language == "en"
        translator = QTranslator(app)
        if not translator.load(f"quickreply_{suffix}", str(translations_dir())):
            log.warning("no translation file for %s in %s", language, translations_dir())
            return False
        app.installTranslator(translator)
        self._translator = translator
        self.language = language
        qt_own = QTranslator(app)
        if qt_own.load(
            f"qtbase_{suffix}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            app.installTranslator(qt_own)
            self._qt_translator = qt_own
        return True

    def remove(self) -> None:
        """Take this object's translators out again (back to the English source strings)."""
        app = QCoreApplication.instance()
        for old in (self._translator, self._qt_translator):
            if old is not None and app is not None:
                app.removeTranslator(old)
        self._translator = self._qt_translator = None
        self.language = "en"
