"""The look: both palettes keep high contrast; the theme follows the system (faked here) and the
setting; answers are rendered safely with paragraphs and lists; questions and answers look
different and streaming still fills the answer; the window fits 1280x800 at 150 % text size;
every icon of the tables exists, loads and follows the theme."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QColor, QGuiApplication, QPalette, QTextDocument
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QPushButton, QToolButton

from skingpt_desktop.ui import theme, theme_icons
from skingpt_desktop.ui.message_format import blocks, format_answer, format_plain
from skingpt_desktop.ui.settings import THEME_CHOICES, AppSettings, SettingsStore
from skingpt_desktop.ui.settings_dialog import SettingsDialog
from skingpt_desktop.ui.window_look import _attribute
from tests import test_gui_i18n as i18n_tests

pytestmark = pytest.mark.gui
HEX = re.compile(r"^#[0-9A-F]{6}$")


# --- the palettes -------------------------------------------------------------------------------

def test_contrast_ratio_follows_wcag() -> None:
    assert theme.contrast_ratio("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert theme.contrast_ratio("#777777", "#777777") == pytest.approx(1.0)
    assert theme.contrast_ratio("#767676", "#FFFFFF") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize("name", sorted(theme.PALETTES))
def test_every_text_and_background_pair_has_high_contrast(name: str) -> None:
    table = theme.PALETTES[name]
    assert set(table) == set(theme.PALETTES["light"])  # both themes name the same roles
    assert all(HEX.match(colour) for colour in table.values()), name
    high = name.startswith("contrast-")  # the high-contrast palettes: AAA
    text_min = theme.MIN_HIGH_TEXT_CONTRAST if high else theme.MIN_TEXT_CONTRAST
    line_min = theme.MIN_HIGH_CONTROL_CONTRAST if high else theme.MIN_CONTROL_CONTRAST
    low = [(text, back, round(theme.contrast_ratio(table[text], table[back]), 2))
           for text, back in theme.TEXT_PAIRS
           if theme.contrast_ratio(table[text], table[back]) < text_min]
    assert low == []
    faint = [(line, back) for line, back in theme.CONTROL_PAIRS
             if theme.contrast_ratio(table[line], table[back]) < line_min]
    assert faint == []


def test_every_text_colour_used_in_the_palette_is_checked() -> None:
    checked = {text for text, _back in theme.TEXT_PAIRS}
    texts = {name for _role, name in theme.QT_ROLES + theme.QT_DISABLED_ROLES
             if name.endswith("text") or name in ("link", "placeholder")}
    assert texts <= checked


@pytest.mark.parametrize("name", sorted(theme.PALETTES))
def test_the_stylesheet_is_filled_from_the_palette(name: str) -> None:
    qss = theme.stylesheet(name)
    assert qss and "$" not in qss
    assert theme.PALETTES[name]["accent"] in qss and theme.PALETTES[name]["text"] in qss
    assert not re.search(r"font-size|\d+pt", qss)  # text follows the system font size


# --- choosing the theme -------------------------------------------------------------------------

@pytest.fixture
def restore_look(qapp, monkeypatch):
    """The application's palette, stylesheet, style and theme are put back after the test."""
    monkeypatch.delenv(theme.THEME_ENV, raising=False)
    palette, qss, style = QPalette(qapp.palette()), qapp.styleSheet(), qapp.style().name()
    current, managers = theme._current, []
    yield managers
    for manager in managers:
        manager.stop()
    qapp.setStyleSheet(qss)
    qapp.setStyle(style)
    qapp.setPalette(palette)
    theme._current = current
    theme_icons.retint(theme.PALETTES[current])


def make_manager(qapp, managers: list, system: list, choice: str = "system",
                 high_contrast: list | None = None):
    wants = high_contrast or [False]
    manager = theme.ThemeManager(qapp, scheme=lambda: system[0], choice=choice,
                                 high_contrast=lambda: wants[0])
    managers.append(manager)
    return manager


def window_colour(qapp) -> str:
    return qapp.palette().color(QPalette.ColorRole.Window).name().upper()


def test_the_theme_follows_a_faked_system_scheme_and_its_changes(qapp, restore_look) -> None:
    system = ["dark"]
    manager = make_manager(qapp, restore_look, system)
    assert manager.theme == theme.current_theme() == "dark"
    assert window_colour(qapp) == theme.PALETTES["dark"]["window"]
    assert theme.PALETTES["dark"]["surface"] in qapp.styleSheet()
    seen: list[str] = []
    manager.changed.connect(seen.append)
    system[0] = "light"
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert manager.theme == "light" and seen == ["light"]
    assert window_colour(qapp) == theme.PALETTES["light"]["window"]


def test_a_chosen_theme_stays_whatever_the_system_does(qapp, restore_look) -> None:
    system = ["light"]
    manager = make_manager(qapp, restore_look, system, choice="dark")
    assert manager.theme == "dark"
    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert manager.theme == "dark"
    manager.set_choice("system")
    assert manager.theme == "light"
    manager.set_choice("nonsense")  # an unknown choice follows the system
    assert manager.choice == "system" and manager.theme == "light"


def test_a_system_asking_for_high_contrast_gets_it_in_its_lightness(qapp, restore_look) -> None:
    system, wants = ["dark"], [True]
    manager = make_manager(qapp, restore_look, system, high_contrast=wants)
    assert manager.theme == "contrast-dark"
    assert window_colour(qapp) == theme.PALETTES["contrast-dark"]["window"]
    system[0], wants[0] = "light", False
    manager._system_changed()  # Qt's contrastPreferenceChanged / colorSchemeChanged
    assert manager.theme == "light"
    manager.set_choice("contrast")  # chosen in Settings: whatever the system prefers
    assert manager.theme == "contrast-light"
    manager.set_choice("dark")  # a chosen theme is kept even when the system asks
    wants[0] = True
    manager._system_changed()
    assert manager.theme == "dark"


def test_an_unknown_system_scheme_falls_back_to_the_starting_palette(qapp, restore_look) -> None:
    dark = QPalette(qapp.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    qapp.setPalette(dark)
    assert make_manager(qapp, restore_look, [None]).theme == "dark"
    light = QPalette(qapp.palette())
    light.setColor(QPalette.ColorRole.Window, QColor("#EFEFEF"))
    qapp.setPalette(light)
    assert make_manager(qapp, restore_look, [None]).theme == "light"


def test_the_environment_forces_a_theme_for_one_run(qapp, restore_look, monkeypatch) -> None:
    monkeypatch.setenv(theme.THEME_ENV, "Dark")
    assert make_manager(qapp, restore_look, ["light"], choice="light").theme == "dark"
    monkeypatch.setenv(theme.THEME_ENV, "purple")  # not a theme: the setting decides
    assert make_manager(qapp, restore_look, ["light"], choice="light").theme == "light"


def test_the_theme_setting_is_saved_checked_and_offered(qtbot, tmp_path, qapp,
                                                        restore_look, monkeypatch) -> None:
    store = SettingsStore(tmp_path)
    store.save(AppSettings(theme="dark"))
    assert store.load().theme == "dark"
    (tmp_path / "settings.json").write_text('{"theme": "purple"}', encoding="utf-8")
    assert store.load().theme == "system"
    manager = make_manager(qapp, restore_look, ["light"])
    monkeypatch.setattr(theme, "_manager", manager)
    dialog = SettingsDialog(AppSettings())
    qtbot.addWidget(dialog)
    assert [dialog.theme.itemData(i) for i in range(dialog.theme.count())] == \
        list(THEME_CHOICES)
    assert all(dialog.theme.itemText(i) for i in range(dialog.theme.count()))
    dialog.theme.setCurrentIndex(THEME_CHOICES.index("dark"))
    dialog.restore_defaults()  # the theme is kept, like the languages
    assert dialog.result_settings().theme == "dark"
    dialog.accept()
    assert manager.choice == "dark" and theme.current_theme() == "dark"


# --- icons --------------------------------------------------------------------------------------

def icon_names() -> set[str]:
    return set(theme.ACTION_ICONS.values()) | {icon for icon, _role in theme.BUTTON_ICONS.values()}


@pytest.mark.parametrize("name", sorted(icon_names()))
def test_every_icon_of_the_tables_exists_loads_and_is_a_line_drawing(qapp, name: str) -> None:
    path = theme_icons.icon_path(name)
    assert path.is_file(), path
    root = ET.parse(path).getroot()
    assert root.get("viewBox") == "0 0 24 24"
    assert root.get("stroke") == "currentColor" and root.get("fill") == "none"
    shapes = list(root)
    assert 1 <= len(shapes) <= 10  # a few shapes each
    assert all(shape.get("fill") in (None, "none") for shape in shapes)
    assert QSvgRenderer(str(path)).isValid()
    pixmap = theme_icons.render(name, "#123456", 24)
    assert not pixmap.isNull() and pixmap.size() == QSize(24, 24)


def drawn_colour(icon) -> str:
    """The colour of the most opaque pixel of the icon at 24 px."""
    image = icon.pixmap(QSize(24, 24)).toImage()
    best = max((image.pixelColor(x, y) for x in range(24) for y in range(24)),
               key=lambda c: c.alpha())
    return best.name().upper()


def test_every_action_and_button_of_the_tables_has_its_icon(window) -> None:
    for name in theme.ACTION_ICONS:
        action = getattr(window, name)
        assert isinstance(action, QAction) and not action.icon().isNull(), name
    for path in theme.BUTTON_ICONS:
        button = _attribute(window, path)
        assert isinstance(button, QPushButton) and not button.icon().isNull(), path
    toolbar = [a for a in window.toolbar.actions() if not a.isSeparator() and a.text()]
    assert [a for a in toolbar if isinstance(a, QAction) and a.icon().isNull()] == []
    expected = [getattr(window, n) for n in theme.TOOLBAR_ACTIONS if n is not None]
    assert all(action in window.toolbar.actions() for action in expected)


def test_icons_are_tinted_to_the_theme(qapp, window, restore_look) -> None:
    manager = make_manager(qapp, restore_look, ["light"])
    assert drawn_colour(window.save_action.icon()) == theme.PALETTES["light"]["text"]
    manager.set_choice("dark")
    assert drawn_colour(window.save_action.icon()) == theme.PALETTES["dark"]["text"]
    assert drawn_colour(window.chat.ask_button.icon()) == theme.PALETTES["dark"]["accent_text"]


def test_the_window_shows_the_app_name_and_icon(window) -> None:
    assert window.windowTitle() == "SkinGPT Desktop"
    brand = window.toolbar.brand
    assert brand.name.text() == "SkinGPT Desktop" and brand.isVisibleTo(window)
    assert not brand.icon.pixmap().isNull()


# --- answers as rich text -----------------------------------------------------------------------

def test_paragraphs_lists_and_bold() -> None:
    text = ("The patch is **red** and dry.\nIt itches.\n\nSigns:\n- scale\n* border\n"
            "  seen on the left\n\n3. ask a doctor\n4) watch it\n\n## Next")
    kinds = [(b.kind, b.lines, b.start) for b in blocks(text)]
    assert kinds == [("p", ["The patch is **red** and dry.", "It itches."], 1),
                     ("p", ["Signs:"], 1), ("ul", ["scale", "border\nseen on the left"], 1),
                     ("ol", ["ask a doctor", "watch it"], 3), ("h", ["Next"], 1)]
    out = format_answer(text)
    assert out.count("<p") == 3 and "<ul" in out and "<ol start='3'" in out
    assert "<b>red</b>" in out and "It itches." in out and "<br>" in out
    document = QTextDocument()
    document.setHtml(out)
    lists = {document.findBlockByNumber(i).textList() for i in range(document.blockCount())}
    assert len({id(lst.format()) for lst in lists if lst is not None}) >= 1
    plain = document.toPlainText()
    assert "**" not in plain and "The patch is red and dry." in plain and "watch it" in plain


@pytest.mark.parametrize("attack", ["<script>alert(1)</script>", "<img src=x>",
                                    "<a href='file:///etc'>x</a>", "&lt;b&gt;", "**<i>x</i>**"])
def test_model_text_is_never_markup(attack: str) -> None:
    for out in (format_answer(attack), format_answer(f"- {attack}"), format_plain(attack)):
        assert "<script" not in out and "<img" not in out and "<a " not in out and "<i>" not in out
        document = QTextDocument()
        document.setHtml(out)
        assert attack.replace("**", "") in document.toPlainText()


def test_empty_and_spacing_only_text() -> None:
    assert format_answer("") == "" and format_answer("\n \n") == ""
    assert format_answer("a\r\n\r\nb").count("<p") == 2
    assert "dir='rtl'" in format_answer("x\n- y", " dir='rtl'")


# --- the chat as messages -----------------------------------------------------------------------

def bubble_colours(chat) -> list[str]:
    return re.findall(r'bgcolor="(#[0-9a-fA-F]{6})"', chat.transcript.toHtml())


def test_questions_and_answers_look_different_and_keep_their_labels(window) -> None:
    chat = window.chat
    chat.add_question("Is this <b>eczema</b>?")
    chat.begin_answer("Tiny random test pack", "tiny-random")
    chat.update_streaming("First words")
    chat._flush_stream()
    assert "First words" in chat.transcript.toPlainText()
    chat.update_streaming("First words, then more\nand a line")
    chat._flush_stream()
    shown = chat.transcript.toPlainText()
    assert "First words, then more" in shown and "and a line" in shown
    assert shown.index("Model output, not a diagnosis") < shown.index("First words")
    chat.finish_answer("It looks like:\n- a red patch\n- dry skin", "stopped")
    shown = chat.transcript.toPlainText()
    assert "You:" in shown and "Is this <b>eczema</b>?" in shown
    assert "pack: Tiny random test pack" in shown and "Model output, not a diagnosis" in shown
    assert "(stopped)" in shown and "a red patch" in shown and "First words" not in shown
    colours = {c.upper() for c in bubble_colours(chat)}
    palette = theme.colours()
    assert {palette["user_bubble"], palette["answer_bubble"]} <= colours
    lists = [chat.transcript.document().findBlockByNumber(i).textList()
             for i in range(chat.transcript.document().blockCount())]
    assert any(lst is not None for lst in lists)


def test_the_transcript_is_redrawn_in_a_new_theme(qapp, window, restore_look) -> None:
    manager = make_manager(qapp, restore_look, ["light"])
    window.chat.add_question("Is it getting worse?")
    assert theme.PALETTES["light"]["user_bubble"] in \
        {c.upper() for c in bubble_colours(window.chat)}
    manager.set_choice("dark")
    QApplication.processEvents()
    assert theme.PALETTES["dark"]["user_bubble"] in \
        {c.upper() for c in bubble_colours(window.chat)}


# --- nothing clipped ------------------------------------------------------------------------------

@pytest.fixture
def large_text(qapp):
    """The application font at 150 %, put back after."""
    font = qapp.font()
    larger = qapp.font()
    larger.setPointSizeF(font.pointSizeF() * 1.5)
    qapp.setFont(larger)
    yield
    qapp.setFont(font)


def test_the_window_fits_1280x800_at_150_percent_text_size(qtbot, qapp, large_text,
                                                           services) -> None:
    from skingpt_desktop.ui.main_window import MainWindow
    from tests.gui_helpers import PASSPHRASE, DirectContext

    services.create_vault(DirectContext(), PASSPHRASE, False)
    win = MainWindow(services, quiet=True)
    qtbot.addWidget(win)
    win.show()
    win.after_unlock()
    for _ in range(3):
        qapp.processEvents()
    hint = win.minimumSizeHint()
    assert hint.width() <= 1280 and hint.height() <= 800, hint
    win.resize(1280, 800)
    for _ in range(3):
        qapp.processEvents()
    assert (win.width(), win.height()) == (1280, 800)
    assert i18n_tests.clipped_texts(win) == []
    extension = win.toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
    assert extension is None or not extension.isVisible()  # no action hidden behind »
    win._closing = True
    win.close()


def test_the_sidebar_shows_a_patient_row_whole_at_the_default_size(qtbot, window) -> None:
    from skingpt_desktop.core.storage import Patient

    window.resize(1280, 800)
    window.services.vault.add_patient(Patient(label="Amina Juma", clinic_id="A-1742",
                                              birth_year=1980, fitzpatrick="V"))
    window.refresh_sidebar()
    qtbot.waitUntil(lambda: window.sidebar.tree.topLevelItemCount() == 1, timeout=10_000)
    tree = window.sidebar.tree
    row = tree.topLevelItem(0)
    needed = tree.fontMetrics().horizontalAdvance(row.text(0)) + tree.indentation() + 8
    assert tree.viewport().width() >= needed, (tree.viewport().width(), needed)
