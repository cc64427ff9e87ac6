"""Dressing the main window: icons on its actions and buttons, and a header toolbar.

:func:`dress_window` is called once by the main window after its menus exist. It gives every
action and button named in ``theme.ACTION_ICONS`` / ``theme.BUTTON_ICONS`` its icon (tinted to
the theme, again whenever the theme changes) and adds a toolbar: the app's icon and name on the
leading side, then the actions no panel has a button for (``theme.TOOLBAR_ACTIONS``) on the
trailing side. The toolbar shows the same actions as the menus, so their texts, shortcuts and
enabled state (locked: only Lock is off too) follow the window without any wiring here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QSizePolicy,
    QToolBar,
    QWidget,
)

from skingpt_desktop.core.texts import resources_dir
from skingpt_desktop.ui.retranslate import Retranslating
from skingpt_desktop.ui.theme import ACTION_ICONS, BUTTON_ICONS, TOOLBAR_ACTIONS
from skingpt_desktop.ui.theme_icons import set_theme_icon

BRAND_ICON_SIDE = 24  # pixels: the app icon beside its name (drawn at 24 and 48: 2x screens)
TOOLBAR_ICON_SIDE = 20  # pixels, at least: icons grow with the font (a larger text size)


def brand_icon() -> QIcon:
    """The app icon as drawn for the brand's size (``resources/icons/skingpt-desktop-N.png``)."""
    icon = QIcon()
    for side in (BRAND_ICON_SIDE, BRAND_ICON_SIDE * 2):
        path = resources_dir() / "icons" / f"skingpt-desktop-{side}.png"
        if path.is_file():
            icon.addFile(str(path), QSize(side, side))
    return icon


class Brand(Retranslating, QWidget):
    """The app's icon and name, the leading end of the toolbar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 12, 0)
        self.icon = QLabel()
        self.icon.setPixmap(brand_icon().pixmap(QSize(BRAND_ICON_SIDE, BRAND_ICON_SIDE)))
        self.name = QLabel()
        self.name.setObjectName("brandName")
        layout.addWidget(self.icon)
        layout.addWidget(self.name)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        """The name in the current language (the window title's text)."""
        self.name.setText(QCoreApplication.translate("MainWindow", "SkinGPT Desktop"))


def _attribute(window: QMainWindow, path: str) -> object:
    """``window.chat.ask_button`` for the path "chat.ask_button"."""
    target: object = window
    for name in path.split("."):
        target = getattr(target, name)
    return target


def apply_icons(window: QMainWindow) -> None:
    """The icon of every action and button of the tables that the window has."""
    for name, icon in ACTION_ICONS.items():
        action = getattr(window, name, None)
        if isinstance(action, QAction):
            set_theme_icon(action, icon)
    for path, (icon, role) in BUTTON_ICONS.items():
        try:
            button = _attribute(window, path)
        except AttributeError:
            continue  # a panel without that button: nothing to dress
        set_theme_icon(button, icon, role)
        side = _icon_side(button)
        button.setIconSize(QSize(side, side))


def _icon_side(widget: QWidget, least: int = 16) -> int:
    """An icon as tall as the widget's capital letters and a little more, 16 px at least."""
    return max(least, round(widget.fontMetrics().height() * 0.85))


def _spacer() -> QWidget:
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    return spacer


def build_toolbar(window: QMainWindow) -> QToolBar:
    """The header toolbar: brand, then the actions of ``TOOLBAR_ACTIONS`` with their texts."""
    bar = QToolBar(window)
    bar.setObjectName("mainToolbar")
    bar.setMovable(False)
    bar.setFloatable(False)
    bar.setContextMenuPolicy(Qt.ContextMenuPolicy.PreventContextMenu)  # it cannot be hidden
    bar.toggleViewAction().setVisible(False)
    side = _icon_side(bar, TOOLBAR_ICON_SIDE)
    bar.setIconSize(QSize(side, side))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    bar.brand = Brand(bar)
    bar.addWidget(bar.brand)
    bar.addWidget(_spacer())
    for name in TOOLBAR_ACTIONS:
        if name is None:
            bar.addSeparator()
        elif isinstance(getattr(window, name, None), QAction):
            bar.addAction(getattr(window, name))
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar


def dress_window(window: QMainWindow) -> None:
    """Icons on the window's actions and buttons, and its header toolbar (see the module)."""
    apply_icons(window)
    window.toolbar = build_toolbar(window)
