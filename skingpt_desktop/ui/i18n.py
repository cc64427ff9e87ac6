"""The interface language: Qt's translators for the app's own catalogue and Qt's standard texts.

``install_language(app, code)`` switches the whole interface to one of the languages of
:mod:`skingpt_desktop.core.i18n`: it removes the translators installed before, installs the
app's compiled catalogue ``resources/translations/skingpt_<code>.qm`` and Qt's own
``qtbase_<locale>.qm`` (the texts of standard buttons and dialogs), makes the language's locale
the default one (numbers, dates) and sets the layout direction (right to left for Arabic).
Installing a translator sends ``QEvent.LanguageChange`` to every widget; each window
re-translates its texts in ``retranslate_ui`` and keeps its content (the conversation).

``current_language()`` is the code in effect, for the texts that come from data files
(disclaimer, photo tips, warning signs): look them up with ``core.i18n.data_text(key,
current_language())``.

A catalogue that is missing or cannot be loaded is logged and the interface stays in English;
it never stops the app. Qt has no catalogue of its own for some languages (Hindi): the app's
texts are translated all the same and Qt's few standard texts stay in English.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, Qt, QTranslator
from PySide6.QtGui import QFontDatabase, QGuiApplication

from skingpt_desktop.core.i18n import SOURCE_LANGUAGE, get_language
from skingpt_desktop.core.resource_files import resources_dir

log = logging.getLogger(__name__)

TRANSLATIONS_FOLDER = "translations"  # resources/translations/
CATALOGUE_PREFIX = "skingpt_"  # skingpt_<code>.ts / .qm
QT_CATALOGUE = "qtbase"  # Qt's own: qtbase_<locale>.qm

_current = SOURCE_LANGUAGE
_installed: list[QTranslator] = []  # kept referenced: Qt does not own installed translators


def translations_dir() -> Path:
    """``resources/translations/``: the app's .ts sources and compiled .qm catalogues."""
    return resources_dir() / TRANSLATIONS_FOLDER


def catalogue_path(code: str) -> Path:
    """The compiled catalogue of language ``code`` (it may not exist)."""
    return translations_dir() / f"{CATALOGUE_PREFIX}{get_language(code).code}.qm"


def _has_qt_catalogues(folder: Path) -> bool:
    return folder.is_dir() and any(folder.glob(f"{QT_CATALOGUE}_*.qm"))


def qt_translations_dir() -> Path | None:
    """The folder of Qt's own catalogues, or None when there is none.

    Qt's answer (``QLibraryInfo``, relative to the Qt libraries, so right in a bundle too)
    first; then the folders where PyInstaller puts them (``PySide6/Qt/translations`` on Linux
    and macOS, ``PySide6/translations`` on Windows, as in the wheels), in the bundle and next to
    the imported PySide6 package.
    """
    candidates = [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))]
    roots = [Path(bundle) / "PySide6"] if (bundle := getattr(sys, "_MEIPASS", None)) else []
    package_file = getattr(PySide6, "__file__", None)
    if package_file:
        roots.append(Path(package_file).resolve().parent)
    for root in roots:
        candidates += [root / "Qt" / "translations", root / "translations"]
    return next((folder for folder in candidates if _has_qt_catalogues(folder)), None)


def current_language() -> str:
    """The code of the interface language in effect (``en`` until one is installed)."""
    return _current


def _remove_translators(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def _load_app_catalogue(code: str) -> QTranslator | None:
    path = catalogue_path(code)
    translator = QTranslator()
    if not path.is_file():
        log.warning("no interface catalogue for %s (%s is missing); the interface stays in "
                    "English", code, path.name)
        return None
    if not translator.load(str(path)):
        log.warning("the interface catalogue %s could not be loaded; the interface stays in "
                    "English", path.name)
        return None
    return translator


def _load_qt_catalogue(locale: QLocale) -> QTranslator | None:
    folder = qt_translations_dir()
    if folder is None:
        log.info("Qt's own catalogues were not found; standard buttons stay in English")
        return None
    translator = QTranslator()
    if translator.load(locale, QT_CATALOGUE, "_", str(folder)):
        return translator
    log.info("Qt has no catalogue of its own for %s; standard buttons stay in English",
             locale.name())
    return None


# Fonts asked first for a language's own punctuation: Latin fonts (DejaVu Sans) carry a few CJK
# punctuation marks drawn the Western way, so "。" showed as a centred dot between Chinese words.
SCRIPT_FONTS = {"zh_CN": ("Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC",
                          "Microsoft YaHei", "PingFang SC", "WenQuanYi Micro Hei",
                          "Droid Sans Fallback")}
_base_families: list[str] | None = None  # the app font's families before any language


def _prefer_script_fonts(app: QCoreApplication, code: str) -> None:
    """Put the first installed font of ``code``'s script ahead of the app font's families
    (other characters fall through to them); other languages get the families back."""
    global _base_families
    if not isinstance(app, QGuiApplication):
        return
    font = QGuiApplication.font()
    if _base_families is None:
        _base_families = list(font.families()) or [font.family()]
    installed = set(QFontDatabase.families())
    preferred = [f for f in SCRIPT_FONTS.get(code, ()) if f in installed][:1]
    font.setFamilies(preferred + _base_families)
    QGuiApplication.setFont(font)


def install_language(app: QCoreApplication, code: str) -> str:
    """Switch the interface to language ``code``; returns the code in effect.

    ``code`` must be one of the supported languages (``UnknownLanguageError`` otherwise: the
    CLI and the settings validate it first). When its catalogue is missing or broken the result
    is ``en`` and the interface is English, as it is for ``en`` itself. Widgets have received
    ``LanguageChange`` (and re-translated themselves) when this returns.
    """
    global _current
    language = get_language(code)
    _remove_translators(app)
    if language.code != SOURCE_LANGUAGE:
        translator = _load_app_catalogue(language.code)
        if translator is None:
            language = get_language(SOURCE_LANGUAGE)
        else:
            qt_translator = _load_qt_catalogue(QLocale(language.qt_locale))
            for installed in (qt_translator, translator):  # the app's own is asked first
                if installed is not None and app.installTranslator(installed):
                    _installed.append(installed)
    QLocale.setDefault(QLocale(language.qt_locale))
    _prefer_script_fonts(app, language.code)
    direction = Qt.LayoutDirection.RightToLeft if language.rtl else Qt.LayoutDirection.LeftToRight
    if hasattr(app, "setLayoutDirection"):  # a QGuiApplication (a bare QCoreApplication has none)
        app.setLayoutDirection(direction)
    _current = language.code
    # Deliver the LanguageChange events now, so every window shows the new language when this
    # returns (they are posted to each top-level window otherwise).
    QCoreApplication.sendPostedEvents(None, int(QEvent.Type.LanguageChange))
    return language.code
