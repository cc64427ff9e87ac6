"""The action icons: line drawings in ``resources/icons/actions/``, tinted to the theme.

Each icon is a 24x24 SVG drawn with ``stroke="currentColor"``; it is rendered here with that
colour replaced by a palette colour (the text colour, or the text on the accent colour for the
primary button) and, for the disabled state, by the disabled text colour, so an icon reads as
well as the text next to it in the light and in the dark theme.

An icon is given with :func:`set_theme_icon`, which remembers its name on the action or button;
:func:`retint` (called when the theme changes) draws every remembered icon again.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QObject, QRectF, Qt
from PySide6.QtGui import QAction, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QAbstractButton, QApplication

from skingpt_desktop.core.texts import resources_dir

SIZES = (16, 20, 24, 32, 40, 48)  # pixels drawn for each icon: small buttons up to 2x screens
ICON_PROPERTY = "themeIcon"  # the icon's name, kept on the action or button
ROLE_PROPERTY = "themeIconRole"  # the palette colour it is drawn in
DISABLED_ROLE = "disabled_text"
# The colours in effect, set by retint() (light theme values until a theme is installed).
_colours: dict[str, str] = {"text": "#1A2229", "accent_text": "#FFFFFF",
                            DISABLED_ROLE: "#5E6A75"}


def icons_dir() -> Path:
    """The folder of the action icons."""
    return resources_dir() / "icons" / "actions"


def icon_path(name: str) -> Path:
    """The SVG file of the icon called ``name``."""
    return icons_dir() / f"{name}.svg"


@lru_cache(maxsize=64)
def _drawing(name: str) -> bytes:
    return icon_path(name).read_bytes()


def render(name: str, colour: str, size: int) -> QPixmap:
    """The icon ``name`` drawn ``size`` pixels square in ``colour`` (null if unreadable)."""
    renderer = QSvgRenderer(QByteArray(_drawing(name).replace(b"currentColor",
                                                              colour.encode("ascii"))))
    if not renderer.isValid():
        return QPixmap()
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return pixmap


def tinted_icon(name: str, colour: str, disabled: str) -> QIcon:
    """The icon ``name`` in ``colour``, and in ``disabled`` for the disabled state."""
    icon = QIcon()
    for size in SIZES:
        for mode, tint in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Disabled, disabled)):
            pixmap = render(name, tint, size)
            if not pixmap.isNull():
                icon.addPixmap(pixmap, mode)
    return icon


def theme_icon(name: str, role: str = "text") -> QIcon:
    """The icon ``name`` in the current theme's ``role`` colour."""
    return tinted_icon(name, _colours.get(role, _colours["text"]), _colours[DISABLED_ROLE])


def set_theme_icon(target: QAction | QAbstractButton, name: str, role: str = "text") -> None:
    """Give ``target`` the icon ``name``; it is tinted again whenever the theme changes."""
    target.setProperty(ICON_PROPERTY, name)
    target.setProperty(ROLE_PROPERTY, role)
    target.setIcon(theme_icon(name, role))


def _themed_targets() -> list[QObject]:
    """Every live action and button that was given a theme icon."""
    app = QApplication.instance()
    if app is None:
        return []
    found: dict[int, QObject] = {}
    for widget in app.allWidgets():
        for target in (widget, *widget.actions()):
            if target.property(ICON_PROPERTY):
                found[id(target)] = target
    for top in app.topLevelWidgets():
        for action in top.findChildren(QAction):
            if action.property(ICON_PROPERTY):
                found[id(action)] = action
    return list(found.values())


def retint(colours: dict[str, str]) -> None:
    """Draw every theme icon again in ``colours`` (a palette of ``ui.theme``)."""
    _colours.update({role: colours[role] for role in _colours})
    for target in _themed_targets():
        target.setIcon(theme_icon(target.property(ICON_PROPERTY),
                                  target.property(ROLE_PROPERTY) or "text"))
