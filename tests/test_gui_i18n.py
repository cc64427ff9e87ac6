"""The interface in seven languages: complete catalogues in sync with the code, compiled as
committed; every language installs and changes what the windows show; Arabic right to left;
a live switch keeps the conversation; the first-run picker and Settings choose and keep the
language, ``--lang`` overrides it for one run; nothing is clipped at 1280x800 in any language;
every script renders with real glyphs."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QFont, QTextLayout
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QWidget,
)

from skingpt_desktop.core.i18n import LANGUAGES, data_file_text, get_language
from skingpt_desktop.render.qt_gui import register_bundled_fonts
from skingpt_desktop.ui import i18n
from skingpt_desktop.ui.app import start_language
from skingpt_desktop.ui.first_run import (
    PAGE_DISCLAIMER,
    PAGE_PACK,
    PAGE_RECOVERY,
    PAGE_VAULT,
    FirstRunDialog,
)
from skingpt_desktop.ui.main_window import MainWindow
from skingpt_desktop.ui.settings import AppSettings, SettingsStore

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "packaging" / "update_translations.py"
TRANSLATED = [language.code for language in LANGUAGES if language.code != "en"]
IN_PROGRESS_FILE = ROOT / "resources" / "translations" / "in-progress.txt"
IN_PROGRESS = [line.strip() for line in IN_PROGRESS_FILE.read_text(encoding="utf-8").splitlines()
               if line.strip() and not line.startswith("#")]
COMPLETE = [code for code in TRANSLATED if code not in IN_PROGRESS]
ALL_CODES = [language.code for language in LANGUAGES]
FIRST_RUN_TITLE = "Welcome to SkinGPT Desktop"


@pytest.fixture(autouse=True)
def english_afterwards(qapp):
    """Every test starts and ends in English (the translators are process-wide)."""
    i18n.install_language(qapp, "en")
    yield
    i18n.install_language(qapp, "en")


def catalogue_translation(code: str, context: str, source: str, comment: str | None = None) -> str:
    """What the committed .qm of ``code`` says for one message (independently of the app)."""
    translator = QTranslator()
    assert translator.load(str(i18n.catalogue_path(code)))
    return translator.translate(context, source, comment)


# --- the catalogues ------------------------------------------------------------------------------

def ts_messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, comment) -> the <message> element, for every message of a .ts file."""
    root = ET.parse(path).getroot()
    found = {}
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            key = (name, message.findtext("source"), message.findtext("comment") or "")
            assert key not in found, f"{path.name}: {key} twice"
            found[key] = message
    return found


def translations_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


PLACEHOLDER = re.compile(r"\{[a-z_]+\}|%n|%L?\d")
TAG = re.compile(r"</?([a-zA-Z0-9]+)")
ACCELERATOR = re.compile(r"&(?!&)(?=\S)")


def test_the_check_mode_finds_every_catalogue_current_and_complete() -> None:
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert f"{len(COMPLETE)} catalogues up to date and complete" in result.stdout


def test_languages_still_being_translated_are_listed_and_really_unfinished() -> None:
    assert set(IN_PROGRESS) <= set(TRANSLATED) and len(COMPLETE) >= 3
    for code in IN_PROGRESS:
        text = (i18n.translations_dir() / f"skingpt_{code}.ts").read_text(encoding="utf-8")
        assert 'type="unfinished"' in text, f"{code} is complete: remove it from in-progress.txt"


def test_every_catalogue_is_complete_and_has_the_same_messages() -> None:
    reference = None
    for code in TRANSLATED:
        path = i18n.translations_dir() / f"skingpt_{code}.ts"
        text = path.read_text(encoding="utf-8")
        assert code in IN_PROGRESS or 'type="unfinished"' not in text, code
        assert 'type="obsolete"' not in text and 'type="vanished"' not in text, code
        root = ET.parse(path).getroot()
        assert root.get("language") == code and root.get("sourcelanguage") == "en"
        messages = ts_messages(path)
        assert len(messages) > 100, code  # the whole interface, not a sample
        if reference is None:
            reference = set(messages)
        assert set(messages) == reference, code
        for (context, source, _comment), message in messages.items():
            where = f"{code} {context}: {source!r}"
            if message.find("translation").get("type") == "unfinished":
                continue  # only in a language still being translated (checked above)
            for translated in translations_of(message):
                assert translated.strip(), where
                assert sorted(PLACEHOLDER.findall(translated)) == \
                    sorted(PLACEHOLDER.findall(source)) or \
                    (message.get("numerus") == "yes" and "%n" not in translated and
                     set(PLACEHOLDER.findall(translated)) <= set(PLACEHOLDER.findall(source))), where
                assert sorted(TAG.findall(translated)) == sorted(TAG.findall(source)), where
                assert len(ACCELERATOR.findall(translated)) <= \
                    (1 if ACCELERATOR.search(source) else 0), where


def test_the_committed_qm_files_are_what_lrelease_makes_of_the_ts(tmp_path) -> None:
    sys.path.insert(0, str(SCRIPT.parent))
    try:
        import update_translations as tool
    finally:
        sys.path.remove(str(SCRIPT.parent))
    tool.lrelease(TRANSLATED, tool.TRANSLATIONS, tmp_path)
    for code in TRANSLATED:
        committed = i18n.catalogue_path(code).read_bytes()
        assert (tmp_path / f"skingpt_{code}.qm").read_bytes() == committed, code
        assert len(committed) < 200_000


# --- installing a language -----------------------------------------------------------------------

@pytest.mark.parametrize("code", COMPLETE)
def test_every_language_loads_and_changes_what_the_windows_show(qtbot, qapp, window, code) -> None:
    dialog = FirstRunDialog(window.services, window.runner, need_vault=False, parent=window)
    qtbot.addWidget(dialog)
    file_menu = window.menuBar().actions()[0]
    english_menu = file_menu.text()
    assert dialog.windowTitle() == FIRST_RUN_TITLE
    assert i18n.install_language(qapp, code) == code and i18n.current_language() == code
    expected = catalogue_translation(code, "FirstRunDialog", FIRST_RUN_TITLE)
    assert expected and expected != FIRST_RUN_TITLE
    assert dialog.windowTitle() == expected
    assert file_menu.text() not in ("", english_menu)
    assert file_menu.text() == catalogue_translation(code, "MainWindow", english_menu)
    # the disclaimer comes from the translated data file, not from the catalogue
    assert dialog.disclaimer_text.toMarkdown().strip()[:20] != \
        data_file_text("disclaimer.md", "en").strip()[:20]
    assert QLocale().name() == QLocale(get_language(code).qt_locale).name()
    i18n.install_language(qapp, "en")
    assert dialog.windowTitle() == FIRST_RUN_TITLE and file_menu.text() == english_menu


@pytest.mark.parametrize("code", ["es", "fr", "pt_BR", "ar", "zh_CN"])
def test_qt_standard_buttons_are_translated_by_qts_own_catalogue(qtbot, qapp, code) -> None:
    i18n.install_language(qapp, code)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") \
        not in ("Cancel", "")


def test_hindi_has_no_qt_catalogue_of_its_own_and_still_loads(qapp, caplog) -> None:
    assert not list((i18n.qt_translations_dir() or Path("/nonexistent")).glob("qtbase_hi*.qm"))
    assert i18n.install_language(qapp, "hi") == "hi"
    assert QCoreApplication.translate("FirstRunDialog", FIRST_RUN_TITLE) == \
        catalogue_translation("hi", "FirstRunDialog", FIRST_RUN_TITLE)


def test_a_missing_catalogue_is_logged_and_the_interface_stays_english(
        qtbot, qapp, monkeypatch, tmp_path, caplog) -> None:
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)
    (tmp_path / "skingpt_es.qm").write_bytes(b"not a catalogue")
    with caplog.at_level("WARNING", logger="skingpt_desktop.ui.i18n"):
        assert i18n.install_language(qapp, "fr") == "en"
        assert i18n.install_language(qapp, "es") == "en"
    assert "skingpt_fr.qm is missing" in caplog.text and "skingpt_es.qm could not be" in caplog.text
    assert i18n.current_language() == "en"
    assert QCoreApplication.translate("FirstRunDialog", FIRST_RUN_TITLE) == FIRST_RUN_TITLE
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_arabic_lays_the_whole_app_out_right_to_left_and_english_back(qapp, window) -> None:
    i18n.install_language(qapp, "ar")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.menuBar().layoutDirection() == Qt.LayoutDirection.RightToLeft
    i18n.install_language(qapp, "zh_CN")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    i18n.install_language(qapp, "ar")
    i18n.install_language(qapp, "en")
    assert QApplication.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_switching_language_keeps_the_conversation(qtbot, qapp, window) -> None:
    chat = window.chat
    chat.add_question("Is this patch on my forearm eczema?")
    chat.begin_answer("tiny-random", "Tiny random test pack")
    chat.finish_answer("It shows a red, scaly patch with clear borders.")
    before = [(m.role, m.text) for m in chat.messages]
    for code in ("fr", "ar", "zh_CN", "en"):
        i18n.install_language(qapp, code)
        assert [(m.role, m.text) for m in chat.messages] == before, code
        shown = chat.transcript.toPlainText()
        assert "Is this patch on my forearm eczema?" in shown, code
        assert "It shows a red, scaly patch with clear borders." in shown, code


def test_the_open_case_header_follows_the_language(qapp, window) -> None:
    from skingpt_desktop.core.storage import Case, Patient

    patient = Patient(label="Amina", clinic_id="A-17", birth_year=1980)
    window._show_case_info(Case(title="Itchy patch", patient_id=patient.id, body_site="arm"),
                           patient)
    assert "born 1980" in window.chat.patient_banner.text()
    i18n.install_language(qapp, "ar")
    try:
        banner = window.chat.patient_banner.text()
        assert "من مواليد 1980" in banner and "born" not in banner and "no." not in banner
        assert "dir='rtl'" in banner  # reads from the right, though it starts with a Latin name
        header = window.chat.case_info.text()
        assert "Itchy patch" in header and header.startswith("\u200f")
    finally:
        i18n.install_language(qapp, "en")


def test_chinese_punctuation_comes_from_a_chinese_font(qapp) -> None:
    """Latin fonts draw "。" as a centred Western dot; Chinese takes a CJK font first."""
    from PySide6.QtGui import QFontDatabase, QGuiApplication

    base = QGuiApplication.font().families()
    i18n.install_language(qapp, "zh_CN")
    try:
        first = QGuiApplication.font().families()[0]
        assert first in i18n.SCRIPT_FONTS["zh_CN"] and first in QFontDatabase.families()
        assert QFontDatabase.writingSystems(first).count(QFontDatabase.WritingSystem
                                                         .SimplifiedChinese) == 1
    finally:
        i18n.install_language(qapp, "en")
    assert QGuiApplication.font().families() == base


def test_english_inside_the_arabic_interface_keeps_its_own_direction(qapp, window) -> None:
    from skingpt_desktop.ui.chat_panel import text_direction

    assert text_direction("Could you describe it?") == " dir='ltr'"
    assert text_direction("هل يمكنك وصفه؟") == " dir='rtl'"
    i18n.install_language(qapp, "ar")
    try:
        window.chat.add_question("Could you describe it?")
        assert "dir='ltr'" in window.chat._message_html(window.chat.messages[-1],
                                                        {"muted": "#777", "user_bubble": "#eee",
                                                         "answer_bubble": "#fff",
                                                         "border": "#ccc"})
    finally:
        i18n.install_language(qapp, "en")


# --- choosing the language ------------------------------------------------------------------------

def test_the_first_run_picker_switches_at_once_and_keeps_the_choice(qtbot, qapp, services) -> None:
    win = MainWindow(services, quiet=True)
    qtbot.addWidget(win)
    win.show()
    win.start()
    qtbot.waitUntil(lambda: getattr(win, "first_run_dialog", None) is not None, timeout=5_000)
    dialog = win.first_run_dialog
    assert dialog.pages.currentIndex() == PAGE_DISCLAIMER
    assert dialog.language_combo.currentData() == "en" == i18n.current_language()
    assert [dialog.language_combo.itemText(i) for i in range(dialog.language_combo.count())] == \
        [language.native_name for language in LANGUAGES]
    dialog.accept_box.setChecked(True)  # what was ticked stays ticked across the switch
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("es"))
    assert i18n.current_language() == "es"
    assert dialog.windowTitle() == catalogue_translation("es", "FirstRunDialog", FIRST_RUN_TITLE)
    assert dialog.disclaimer_text.toPlainText().strip() != ""
    assert "diagn" in dialog.disclaimer_text.toPlainText().lower()
    assert dialog.accept_box.isChecked() and dialog.disclaimer_next.isEnabled()
    saved = SettingsStore(services.data_folder).load()
    assert (saved.language, saved.answer_language) == ("es", "es")
    assert win.services.model_question("¿Es grave?").endswith("Please answer in Spanish.")
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("ar"))
    assert dialog.layoutDirection() == Qt.LayoutDirection.RightToLeft
    win._closing = True


def test_settings_switches_the_language_and_answers_follow(qtbot, qapp, window) -> None:
    dialog = window.show_settings()
    assert dialog.interface_language.currentData() == "en" and dialog.language.currentData() == "en"
    assert [dialog.interface_language.itemText(i) for i in range(7)] == \
        [language.native_name for language in LANGUAGES]
    dialog.interface_language.setCurrentIndex(dialog.interface_language.findData("fr"))
    assert dialog.language.currentData() == "fr"  # the answers followed the interface
    dialog.threads.setValue(2)
    dialog.accept()
    assert i18n.current_language() == "fr"
    settings = window.services.settings
    assert (settings.language, settings.answer_language, settings.threads) == ("fr", "fr", 2)
    assert SettingsStore(window.services.data_folder).load().language == "fr"
    again = window.show_settings()
    assert again.windowTitle() == catalogue_translation("fr", "SettingsDialog", "Settings")
    again.language.setCurrentIndex(again.language.findData("de"))  # answers chosen apart ...
    again.interface_language.setCurrentIndex(again.interface_language.findData("pt_BR"))
    assert again.language.currentData() == "de"  # ... are left alone
    again.restore_defaults()
    assert again.threads.value() == 0 and again.interface_language.currentData() == "pt_BR"
    again.reject()
    assert i18n.current_language() == "fr"


def test_lang_overrides_the_saved_language_for_one_run_only(qapp, services) -> None:
    services.settings.language, services.settings.answer_language = "fr", "fr"
    services.save_settings()
    assert start_language(services, None) == "fr"
    assert start_language(services, "ar") == "ar"
    assert (services.settings.language, services.settings.answer_language) == ("ar", "ar")
    services.settings.current_pack = "/packs/one"  # something else is saved meanwhile
    services.save_settings()
    saved = SettingsStore(services.data_folder).load()
    assert (saved.language, saved.answer_language, saved.current_pack) == \
        ("fr", "fr", "/packs/one")
    services.settings.language = "zh_CN"  # the user picks one in the app: that one is kept
    services.save_settings()
    saved = SettingsStore(services.data_folder).load()
    assert (saved.language, saved.answer_language) == ("zh_CN", "fr")


def test_the_start_language_follows_the_system_until_one_is_chosen(services, monkeypatch) -> None:
    import skingpt_desktop.ui.app as app_module

    assert services.settings.language == ""
    monkeypatch.setattr(app_module.QLocale, "system", staticmethod(lambda: QLocale("pt_PT")))
    assert start_language(services, None) == "pt_BR"
    monkeypatch.setattr(app_module.QLocale, "system", staticmethod(lambda: QLocale("zh_TW")))
    assert start_language(services, None) == "en"  # Traditional Chinese: no translation


def test_old_and_unknown_language_settings_fall_back(tmp_path) -> None:
    (tmp_path / "settings.json").write_text('{"answer_language": "pt", "language": "xx"}')
    loaded = SettingsStore(tmp_path).load()
    assert loaded.answer_language == "pt_BR" and loaded.language == ""
    (tmp_path / "settings.json").write_text('{"answer_language": "zh", "language": "hi"}')
    loaded = SettingsStore(tmp_path).load()
    assert loaded == AppSettings(answer_language="zh_CN", language="hi")


def test_demo_mode_with_lang_makes_an_arabic_screenshot(tmp_path, tiny_pack, photo_paths) -> None:
    from PIL import Image

    out = tmp_path / "ar.png"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--lang", "ar", "--pack", str(tiny_pack),
         "--image", str(photo_paths[0]), "--ask", "What is this?", "--screenshot", str(out)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen",
             "SKINGPT_DATA_DIR": str(tmp_path / "never-used")})
    assert result.returncode == 0, result.stderr
    with Image.open(out) as shot:
        assert shot.format == "PNG" and shot.width >= 800
    assert not (tmp_path / "never-used").exists()
    bad = subprocess.run([sys.executable, str(ROOT / "main.py"), "--lang", "xx", "--screenshot",
                          str(tmp_path / "x.png")], cwd=ROOT, capture_output=True, text=True,
                         timeout=120, env={**__import__("os").environ,
                                           "QT_QPA_PLATFORM": "offscreen"})
    assert bad.returncode == 2 and "xx" in bad.stderr and not (tmp_path / "x.png").exists()


# --- nothing clipped, every script drawn ----------------------------------------------------------

def clipped_texts(root: QWidget) -> list[str]:
    """Visible labels, buttons and group boxes whose text does not fit their rectangle."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if not isinstance(widget, (QLabel, QAbstractButton, QGroupBox)):
            continue
        text = widget.title() if isinstance(widget, QGroupBox) else widget.text()
        if not text.strip() or widget.width() <= 0:
            continue
        size = widget.size()
        if isinstance(widget, QLabel) and widget.wordWrap():
            need = widget.heightForWidth(size.width())
            if need > size.height():
                problems.append(f"{type(widget).__name__} {text[:50]!r}: needs height {need}, "
                                f"has {size.height()}")
            continue
        hint = widget.minimumSizeHint() if isinstance(widget, QGroupBox) else widget.sizeHint()
        if hint.width() > size.width() or hint.height() > size.height():
            problems.append(f"{type(widget).__name__} {text[:50]!r}: needs {hint.width()}x"
                            f"{hint.height()}, has {size.width()}x{size.height()}")
    return problems


def settle(qapp) -> None:
    for _ in range(3):
        qapp.processEvents()


@pytest.mark.parametrize("code", ALL_CODES)
def test_nothing_is_clipped_at_1280x800(qtbot, qapp, window, code) -> None:
    i18n.install_language(qapp, code)
    window.resize(1280, 800)
    settle(qapp)
    assert (window.width(), window.height()) == (1280, 800)
    problems = [f"main window: {p}" for p in clipped_texts(window)]
    settings = window.show_settings()
    settle(qapp)
    problems += [f"settings: {p}" for p in clipped_texts(settings)]
    settings.reject()
    first_run = FirstRunDialog(window.services, window.runner, parent=window)
    qtbot.addWidget(first_run)
    first_run.show()
    first_run.confirm.setText("x")  # the longest advice: weak and different
    for page in (PAGE_DISCLAIMER, PAGE_VAULT, PAGE_RECOVERY, PAGE_PACK):
        first_run.pages.setCurrentIndex(page)
        settle(qapp)
        problems += [f"first run page {page}: {p}" for p in clipped_texts(first_run)]
    first_run.done(0)
    assert problems == [], f"{code}:\n" + "\n".join(problems)


def glyphs_missing(text: str, font: QFont) -> int:
    """How many glyphs of ``text`` come out as the missing-glyph box (index 0) in ``font``."""
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    runs = layout.glyphRuns()
    assert runs
    return sum(1 for run in runs for index in run.glyphIndexes() if index == 0)


@pytest.mark.parametrize("code", ALL_CODES)
def test_every_language_renders_with_real_glyphs(qapp, code) -> None:
    register_bundled_fonts()
    font = QApplication.font()
    texts = [get_language(code).native_name]
    if code != "en":
        texts.append(catalogue_translation(code, "FirstRunDialog", FIRST_RUN_TITLE))
    for text in texts:
        assert glyphs_missing(text, font) == 0, (code, text)
