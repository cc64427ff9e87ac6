"""The Qt that rendering needs without a window: a QGuiApplication and the bundled fonts.

QPdfWriter and QTextDocument need a QGuiApplication (not a QApplication: no widgets) and fonts
for every script a report may hold. ``gui_application`` creates one when none exists, offscreen
on a machine without a display, so ``main.py report`` works over SSH; the desktop app's own
QApplication is used as it is.
"""

from __future__ import annotations

import logging
import os
import sys

from PySide6.QtCore import QLoggingCategory
from PySide6.QtGui import QFontDatabase, QGuiApplication

from skingpt_desktop.core.resource_files import resources_dir

log = logging.getLogger(__name__)
_APP: QGuiApplication | None = None  # the application this module made, alive for the process


def register_bundled_fonts() -> tuple[str, ...]:
    """Add the fonts in ``resources/fonts/`` to Qt's font list; returns their family names.

    The installed app carries fonts for Latin, Arabic, Chinese and Devanagari (Hindi) text
    (the PyInstaller spec copies them there), so a bare system without those fonts still
    renders every language of the interface. A source checkout has no such folder and uses the
    system's fonts (on Debian: fonts-dejavu-core, fonts-noto-core, fonts-droid-fallback).
    """
    families: list[str] = []
    for font in sorted((resources_dir() / "fonts").glob("*.ttf")):
        font_id = QFontDatabase.addApplicationFont(str(font))
        if font_id == -1:
            log.warning("bundled font %s could not be loaded", font.name)
            continue
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))


def headless() -> bool:
    """True on a Linux/BSD machine without a display (and no platform chosen by the user)."""
    if sys.platform in ("win32", "darwin") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def gui_application() -> QGuiApplication:
    """The running Q(Gui)Application, or a new QGuiApplication (offscreen without a display)
    with the bundled fonts registered."""
    global _APP
    # Qt lists every font it tries for a rare script; that is noise on a command line.
    QLoggingCategory.setFilterRules("qt.text.font.db.warning=false")
    app = QGuiApplication.instance()
    if app is None:
        argv = ["main.py"] + (["-platform", "offscreen"] if headless() else [])
        _APP = app = QGuiApplication(argv)
    register_bundled_fonts()
    assert isinstance(app, QGuiApplication)
    return app
