"""The main window's menus as data: each menu's title and its actions (the window attribute
that holds the action, its text, what it does, its shortcut), built once and retitled on every
language change. The texts keep the window's translation context ("MainWindow")."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from skingpt_desktop.ui.evaluate_dialog import show_evaluate_dialog

StandardKey = QKeySequence.StandardKey


@dataclass(frozen=True)
class Item:
    """One menu action: ``window.<name>`` holds it; ``slot(window)`` is what it runs."""

    name: str
    text: str  # QT_TRANSLATE_NOOP("MainWindow", ...)
    slot: Callable[[Any], Callable[[], Any]]
    shortcut: StandardKey | str | None = None
    separator_before: bool = False


@dataclass(frozen=True)
class Menu:
    """One menu of the bar: ``window.<name>`` holds it."""

    name: str
    title: str  # QT_TRANSLATE_NOOP("MainWindow", ...)
    items: tuple[Item, ...]


def _preferences() -> QKeySequence | str:
    keys = QKeySequence(StandardKey.Preferences)
    return "Ctrl+," if keys.isEmpty() else keys  # empty on some desktops


MENUS = (
    Menu("file_menu", QT_TRANSLATE_NOOP("MainWindow", "&File"), (
        Item("new_action", QT_TRANSLATE_NOOP("MainWindow", "&New case"),
             lambda w: w.new_case, StandardKey.New),
        Item("open_photo_action", QT_TRANSLATE_NOOP("MainWindow", "&Add photo…"),
             lambda w: w.photos.choose_files, StandardKey.Open),
        Item("paste_photo_action", QT_TRANSLATE_NOOP("MainWindow", "&Paste photo"),
             lambda w: w.photos.paste_from_clipboard, "Ctrl+Shift+V"),
        Item("camera_action", QT_TRANSLATE_NOOP("MainWindow", "&Camera…"),
             lambda w: w.photos.open_camera, "Ctrl+Shift+C"),
        Item("save_action", QT_TRANSLATE_NOOP("MainWindow", "&Save case"),
             lambda w: w.save_case, StandardKey.Save, separator_before=True),
        Item("report_action", QT_TRANSLATE_NOOP("MainWindow", "&Report…"),
             lambda w: w.show_report, "Ctrl+R"),
        Item("lock_action", QT_TRANSLATE_NOOP("MainWindow", "&Lock vault"),
             lambda w: w.lock, "Ctrl+L"),
        Item("passphrase_action", QT_TRANSLATE_NOOP("MainWindow", "C&hange passphrase…"),
             lambda w: w.show_change_passphrase),
        Item("backup_action", QT_TRANSLATE_NOOP("MainWindow", "&Back up vault…"),
             lambda w: w.show_backup),
        Item("restore_action", QT_TRANSLATE_NOOP("MainWindow", "R&estore from backup…"),
             lambda w: w.show_restore),
        Item("salvage_action", QT_TRANSLATE_NOOP("MainWindow", "Sal&vage a damaged vault…"),
             lambda w: w.salvage.start),
        Item("quit_action", QT_TRANSLATE_NOOP("MainWindow", "&Quit"),
             lambda w: w.close, StandardKey.Quit, separator_before=True),
    )),
    Menu("model_menu", QT_TRANSLATE_NOOP("MainWindow", "&Model"), (
        Item("packs_action", QT_TRANSLATE_NOOP("MainWindow", "Model &packs…"),
             lambda w: w.show_packs, "Ctrl+Shift+M"),
        Item("evaluate_action", QT_TRANSLATE_NOOP("MainWindow", "&Evaluate a pack…"),
             lambda w: lambda: show_evaluate_dialog(w)),
        Item("settings_action", QT_TRANSLATE_NOOP("MainWindow", "&Settings…"),
             lambda w: w.show_settings, "preferences"),
        Item("question_action", QT_TRANSLATE_NOOP("MainWindow", "Go to the &question box"),
             lambda w: w.chat.question.setFocus, "Ctrl+E"),
    )),
    Menu("help_menu", QT_TRANSLATE_NOOP("MainWindow", "&Help"), (
        Item("disclaimer_action", QT_TRANSLATE_NOOP("MainWindow", "Medical &disclaimer"),
             lambda w: w.show_disclaimer, StandardKey.HelpContents),
        Item("tips_action", QT_TRANSLATE_NOOP("MainWindow", "&Photo tips"),
             lambda w: w.photos.show_tips),
        Item("shortcuts_action", QT_TRANSLATE_NOOP("MainWindow", "&Keyboard shortcuts"),
             lambda w: w.show_shortcuts),
        Item("about_action", QT_TRANSLATE_NOOP("MainWindow", "&About"),
             lambda w: w.show_about),
    )),
)


def build_menus(window: QMainWindow) -> None:
    """Every menu of ``MENUS`` in the window's bar, each action set as ``window.<name>``."""
    for menu_spec in MENUS:
        menu = QMenu(window.menuBar())  # a child of the bar, as addMenu(title) makes it
        window.menuBar().addMenu(menu)
        setattr(window, menu_spec.name, menu)
        for item in menu_spec.items:
            if item.separator_before:
                menu.addSeparator()
            setattr(window, item.name, _action(window, menu, item))


def _action(window: QMainWindow, menu: QMenu, item: Item) -> QAction:
    action = QAction(window)
    shortcut = _preferences() if item.shortcut == "preferences" else item.shortcut
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    # looked up when triggered: the window builds some of what the menus call after them
    action.triggered.connect(lambda _checked=False: item.slot(window)())
    menu.addAction(action)
    return action


def retranslate_menus(window: QMainWindow) -> None:
    """The menus' titles and actions' texts in the current language."""
    for menu_spec in MENUS:
        getattr(window, menu_spec.name).setTitle(
            QCoreApplication.translate("MainWindow", menu_spec.title))
        for item in menu_spec.items:
            getattr(window, item.name).setText(QCoreApplication.translate("MainWindow",
                                                                          item.text))
