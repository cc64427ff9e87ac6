"""The look of the app: a light and a dark palette as data, chosen from the system's colour
scheme, and the stylesheet filled from the chosen one.

``PALETTES`` maps each theme to its colour roles; ``TEXT_PAIRS`` lists every text colour and
the backgrounds it is drawn on (each pair keeps a WCAG contrast ratio of at least 4.5, which the
tests compute from the table), ``CONTROL_PAIRS`` the borders that outline a control (at least
3). ``resources/style.qss`` is a template whose ``$role`` placeholders are filled from the
palette; the same palette becomes the Qt palette, so widgets the stylesheet does not style
(menus, combo boxes, spin boxes, scroll bars) follow it too.

Which theme: Settings ▸ Theme (follow the system, light, dark or high contrast); the
``SKINGPT_THEME`` environment variable (any palette name) overrides it for one run
(screenshots, checks). Following the system means ``QStyleHints.colorScheme()`` and its
``colorSchemeChanged`` signal (Qt 6.5 and later); where the platform does not tell, the lightness
of the window colour of the palette the app started with decides. A system that asks for high
contrast (``QAccessibilityHints.contrastPreference()``, Qt 6.10 and later) gets the
high-contrast palette of its lightness; so does the "contrast" choice.

The widget style is Fusion (``ThemeStyle``), which draws every control from the palette, alike
on every platform, except the outline of a check box; that one is drawn again here.

The icon tables live here too, as data: ``ACTION_ICONS`` names the icon of each of the main
window's actions (by attribute name), ``BUTTON_ICONS`` that of the panels' buttons (a dotted
path from the main window); ``ui.window_look`` applies them and ``ui.theme_icons`` tints them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from string import Template

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QWidget,
)

from skingpt_desktop.core.texts import resources_dir
from skingpt_desktop.ui import theme_icons
from skingpt_desktop.ui.settings import THEME_CHOICES

THEME_ENV = "SKINGPT_THEME"
BASE_STYLE = "Fusion"  # draws every control from the palette, alike on every platform
MIN_TEXT_CONTRAST = 4.5  # WCAG 2 AA for normal text
MIN_CONTROL_CONTRAST = 3.0  # WCAG 2 AA for the outline of a control

PALETTES: dict[str, dict[str, str]] = {
    "light": {
        "window": "#F3F5F7", "surface": "#FFFFFF", "surface_alt": "#E9EEF2",
        "text": "#1A2229", "muted": "#4B5763", "placeholder": "#5E6A75",
        "border": "#CDD5DC", "border_strong": "#7D8A96",
        "button": "#FFFFFF", "button_hover": "#E8F1F3", "button_pressed": "#D3E6EA",
        "accent": "#136B78", "accent_hover": "#0F5A65", "accent_text": "#FFFFFF",
        "highlight": "#136B78", "highlight_text": "#FFFFFF", "link": "#0B5C8C",
        "disabled_bg": "#ECEFF2", "disabled_text": "#5E6A75",
        "user_bubble": "#DCEEF1", "answer_bubble": "#F6F8FA",
        "danger": "#B3261E", "focus": "#136B78",
        "tooltip": "#1A2229", "tooltip_text": "#FFFFFF",
    },
    "dark": {
        "window": "#14181C", "surface": "#1C2127", "surface_alt": "#242B32",
        "text": "#E6EBEF", "muted": "#A9B4BE", "placeholder": "#98A3AD",
        "border": "#3A434C", "border_strong": "#7A8794",
        "button": "#262D35", "button_hover": "#2E3A42", "button_pressed": "#35474F",
        "accent": "#5CC3D0", "accent_hover": "#7FD1DB", "accent_text": "#071A1D",
        "highlight": "#5CC3D0", "highlight_text": "#071A1D", "link": "#8AD4FF",
        "disabled_bg": "#1F252B", "disabled_text": "#98A3AD",
        "user_bubble": "#173A40", "answer_bubble": "#20262C",
        "danger": "#FF8A80", "focus": "#5CC3D0",
        "tooltip": "#E6EBEF", "tooltip_text": "#14181C",
    },
    # High contrast (the system asks for it, or Settings ▸ Theme): every text pair at least
    # 7:1 (WCAG AAA), outlines at least 4.5:1, black or white text only.
    "contrast-light": {
        "window": "#FFFFFF", "surface": "#FFFFFF", "surface_alt": "#F0F0F0",
        "text": "#000000", "muted": "#1F1F1F", "placeholder": "#3D3D3D",
        "border": "#595959", "border_strong": "#000000",
        "button": "#FFFFFF", "button_hover": "#E3F1FF", "button_pressed": "#CDE6FF",
        "accent": "#00466E", "accent_hover": "#003352", "accent_text": "#FFFFFF",
        "highlight": "#00466E", "highlight_text": "#FFFFFF", "link": "#00338A",
        "disabled_bg": "#F0F0F0", "disabled_text": "#474747",
        "user_bubble": "#E6F2FF", "answer_bubble": "#FFFFFF",
        "danger": "#A00000", "focus": "#000000",
        "tooltip": "#000000", "tooltip_text": "#FFFFFF",
    },
    "contrast-dark": {
        "window": "#000000", "surface": "#000000", "surface_alt": "#1A1A1A",
        "text": "#FFFFFF", "muted": "#E0E0E0", "placeholder": "#C8C8C8",
        "border": "#A0A0A0", "border_strong": "#FFFFFF",
        "button": "#000000", "button_hover": "#1F2F3F", "button_pressed": "#2A4055",
        "accent": "#8CE0FF", "accent_hover": "#B5ECFF", "accent_text": "#000000",
        "highlight": "#8CE0FF", "highlight_text": "#000000", "link": "#9DD9FF",
        "disabled_bg": "#1A1A1A", "disabled_text": "#BDBDBD",
        "user_bubble": "#0F2A3A", "answer_bubble": "#101010",
        "danger": "#FF9C9C", "focus": "#FFFFFF",
        "tooltip": "#FFFFFF", "tooltip_text": "#000000",
    },
}
HIGH_CONTRAST = "contrast"  # the Settings choice; "contrast-light" / "contrast-dark" in effect
MIN_HIGH_TEXT_CONTRAST = 7.0  # WCAG 2 AAA, for the high-contrast palettes
MIN_HIGH_CONTROL_CONTRAST = 4.5
_BACKGROUNDS = ("window", "surface", "surface_alt", "button", "button_hover", "button_pressed",
                "user_bubble", "answer_bubble")
# (text colour, background) of every text the app draws from the palette.
TEXT_PAIRS: tuple[tuple[str, str], ...] = (
    *(("text", background) for background in (*_BACKGROUNDS, "disabled_bg")),
    *(("muted", background) for background in _BACKGROUNDS),
    *(("link", background) for background in ("window", "surface", "surface_alt",
                                              "answer_bubble")),
    ("placeholder", "surface"),
    ("accent_text", "accent"), ("accent_text", "accent_hover"),
    ("highlight_text", "highlight"),
    ("disabled_text", "disabled_bg"), ("disabled_text", "window"), ("disabled_text", "surface"),
    ("tooltip_text", "tooltip"),
)
# (outline, background) of the controls: fields, focus ring, the Stop button's border.
CONTROL_PAIRS: tuple[tuple[str, str], ...] = (
    ("border_strong", "surface"), ("border_strong", "window"), ("focus", "surface"),
    ("focus", "window"), ("danger", "button"), ("accent", "surface"),
)

_ROLE = QPalette.ColorRole
# Qt palette role -> palette colour, for the active and inactive groups.
QT_ROLES: tuple[tuple[QPalette.ColorRole, str], ...] = (
    (_ROLE.Window, "window"), (_ROLE.WindowText, "text"), (_ROLE.Base, "surface"),
    (_ROLE.AlternateBase, "surface_alt"), (_ROLE.Text, "text"), (_ROLE.Button, "button"),
    (_ROLE.ButtonText, "text"), (_ROLE.BrightText, "danger"), (_ROLE.Highlight, "highlight"),
    (_ROLE.HighlightedText, "highlight_text"), (_ROLE.Link, "link"),
    (_ROLE.LinkVisited, "link"), (_ROLE.ToolTipBase, "tooltip"),
    (_ROLE.ToolTipText, "tooltip_text"), (_ROLE.PlaceholderText, "placeholder"),
    (_ROLE.Mid, "border_strong"), (_ROLE.Dark, "border_strong"), (_ROLE.Midlight, "border"),
    (_ROLE.Light, "surface"), (_ROLE.Shadow, "border_strong"), (_ROLE.Accent, "accent"),
)
# ... and for the disabled group, on top of those.
QT_DISABLED_ROLES: tuple[tuple[QPalette.ColorRole, str], ...] = (
    (_ROLE.WindowText, "disabled_text"), (_ROLE.Text, "disabled_text"),
    (_ROLE.ButtonText, "disabled_text"), (_ROLE.Button, "disabled_bg"),
    (_ROLE.Base, "disabled_bg"),
)

# Main window action (attribute name) -> icon file in resources/icons/actions (without .svg).
ACTION_ICONS: dict[str, str] = {
    "open_photo_action": "add-photo", "paste_photo_action": "paste",
    "camera_action": "camera", "new_action": "new-case", "save_action": "save",
    "report_action": "report", "lock_action": "lock", "packs_action": "packs",
    "settings_action": "settings",
}
# A panel's button (dotted path from the main window) -> (icon, palette colour it is drawn in).
BUTTON_ICONS: dict[str, tuple[str, str]] = {
    "photos.add_button": ("add-photo", "text"), "photos.paste_button": ("paste", "text"),
    "photos.camera_button": ("camera", "text"), "photos.remove_button": ("remove", "text"),
    "chat.ask_button": ("send", "accent_text"), "chat.stop_button": ("stop", "text"),
    "report_button": ("report", "text"),
}
# The toolbar: the actions no panel has a button for (None: a separator).
TOOLBAR_ACTIONS: tuple[str | None, ...] = (
    "new_action", "save_action", "lock_action", None, "packs_action", "settings_action",
)

_current = "light"  # the theme in effect (light until one is installed: tests, dialogs)
_manager: ThemeManager | None = None


# --- colours ------------------------------------------------------------------------------------

def relative_luminance(colour: str) -> float:
    """WCAG 2 relative luminance of an ``#RRGGBB`` colour (0 black .. 1 white)."""
    channels = [int(colour.lstrip("#")[i:i + 2], 16) / 255 for i in (0, 2, 4)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(first: str, second: str) -> float:
    """WCAG 2 contrast ratio of two ``#RRGGBB`` colours (1 .. 21)."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def current_theme() -> str:
    """The palette in effect: "light", "dark", "contrast-light" or "contrast-dark"."""
    return _current


def colours(theme: str | None = None) -> dict[str, str]:
    """The colour roles of ``theme`` (default: the one in effect)."""
    return PALETTES[theme or _current]


def qt_palette(theme: str) -> QPalette:
    """The Qt palette of ``theme``."""
    table = PALETTES[theme]
    palette = QPalette()
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
              QPalette.ColorGroup.Disabled)
    for role, name in QT_ROLES:
        for group in groups:
            palette.setColor(group, role, QColor(table[name]))
    for role, name in QT_DISABLED_ROLES:
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor(table[name]))
    return palette


def stylesheet(theme: str) -> str:
    """``resources/style.qss`` with its ``$role`` placeholders filled from ``theme``'s palette
    ("" without the file)."""
    path = resources_dir() / "style.qss"
    if not path.is_file():
        return ""
    return Template(path.read_text(encoding="utf-8")).substitute(PALETTES[theme])


# --- choosing -----------------------------------------------------------------------------------

def system_scheme() -> str | None:
    """"light" or "dark" as the platform reports its colour scheme; None when it does not."""
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return "dark"
    if scheme == Qt.ColorScheme.Light:
        return "light"
    return None


def system_high_contrast() -> bool:
    """True when the platform asks for high contrast (Qt 6.10 and later; False before)."""
    hints = QGuiApplication.styleHints()
    accessibility = getattr(hints, "accessibility", None)
    if accessibility is None or not hasattr(Qt, "ContrastPreference"):
        return False
    return accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def resolve(choice: str, system: str, high_contrast: bool = False) -> str:
    """The palette for a setting (``THEME_CHOICES``) when the system's scheme is ``system``
    ("light" or "dark") and it does or does not ask for ``high_contrast``."""
    if choice in ("light", "dark"):
        return choice
    if choice == HIGH_CONTRAST or high_contrast:
        return f"contrast-{system}"
    return system


def forced_choice() -> str | None:
    """The palette ``SKINGPT_THEME`` asks for (this run only: light, dark, contrast-light,
    contrast-dark), or None."""
    value = os.environ.get(THEME_ENV, "").strip().lower()
    return value if value in PALETTES else None


class ThemeStyle(QProxyStyle):
    """Fusion, with check boxes outlined in ``QPalette.Mid`` (the theme's strong border).

    Fusion outlines a check box in a shade of the window colour: about 2:1 on a light window,
    all but invisible on a dark one. A stylesheet rule for the indicator would replace Fusion's
    check mark with an image, which could not follow the theme's colours; so Fusion draws the
    box and its mark, and the outline is drawn again on top."""

    def __init__(self) -> None:
        super().__init__(BASE_STYLE)

    def drawPrimitive(self, element: QStyle.PrimitiveElement,  # noqa: N802 - Qt API
                      option: QStyleOption, painter: QPainter,
                      widget: QWidget | None = None) -> None:
        """Fusion's drawing; a check box's outline drawn again in the border colour."""
        super().drawPrimitive(element, option, painter, widget)
        if element in (QStyle.PrimitiveElement.PE_IndicatorCheckBox,
                       QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck):
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            focused = option.state & QStyle.StateFlag.State_HasFocus and \
                option.state & QStyle.StateFlag.State_KeyboardFocusChange
            role = QPalette.ColorRole.Highlight if focused else QPalette.ColorRole.Mid
            painter.setPen(QPen(option.palette.color(role), 1))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            # Fusion's own box: the rectangle less one pixel, on the half-pixel grid.
            painter.drawRect(QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5))
            painter.restore()


class ThemeManager(QObject):
    """Keeps the application in the chosen theme and follows the system's while asked to.

    ``scheme`` says what the system's colour scheme is ("light", "dark" or None for unknown);
    the default asks Qt. It is asked again whenever Qt reports a change.
    """

    changed = Signal(str)  # the theme now in effect

    def __init__(self, app: QApplication, scheme: Callable[[], str | None] = system_scheme,
                 choice: str = "system",
                 high_contrast: Callable[[], bool] = system_high_contrast) -> None:
        super().__init__(app)
        self.app = app
        self._scheme, self._high_contrast = scheme, high_contrast
        # Read before any palette of ours is set: the platform's own colours.
        self._started_dark = app.palette().color(_ROLE.Window).lightness() < 128
        self._choice = choice if choice in THEME_CHOICES else "system"
        self.theme = ""
        for signal in self._system_signals():
            signal.connect(self._system_changed)
        if BASE_STYLE.lower() in (key.lower() for key in QStyleFactory.keys()):
            app.setStyle(ThemeStyle())  # Fusion: every control drawn from the palette
        self.refresh()

    @staticmethod
    def _system_signals() -> list:
        """Qt's signals for a changed colour scheme and (Qt 6.10+) contrast preference."""
        hints = QGuiApplication.styleHints()
        signals = [hints.colorSchemeChanged]
        if hasattr(hints, "accessibility"):
            signals.append(hints.accessibility().contrastPreferenceChanged)
        return signals

    @property
    def choice(self) -> str:
        """The setting in effect: "system", "light", "dark" or "contrast"."""
        return self._choice

    def system_theme(self) -> str:
        """The system's scheme, or the starting palette's lightness when it is unknown."""
        return self._scheme() or ("dark" if self._started_dark else "light")

    def set_choice(self, choice: str) -> None:
        """Follow the system ("system"), keep one theme, or high contrast in the system's
        lightness ("contrast"); applied at once."""
        self._choice = choice if choice in THEME_CHOICES else "system"
        self.refresh()

    def refresh(self) -> None:
        """Apply the theme the choice (or ``SKINGPT_THEME``) and the system call for."""
        theme = forced_choice() or resolve(self._choice, self.system_theme(),
                                           self._high_contrast())
        if theme != self.theme:
            self.apply(theme)

    def apply(self, theme: str) -> None:
        """Put the whole application in ``theme``: palette, stylesheet, icon tint."""
        global _current
        _current = self.theme = theme
        self.app.setPalette(qt_palette(theme))
        self.app.setStyleSheet(stylesheet(theme))
        theme_icons.retint(PALETTES[theme])
        self.changed.emit(theme)

    def stop(self) -> None:
        """Stop following the system (a replaced manager, tests)."""
        for signal in self._system_signals():
            signal.disconnect(self._system_changed)

    def _system_changed(self, *_scheme) -> None:
        if self._choice == "system":
            self.refresh()


def install_theme(app: QApplication, choice: str = "system",
                  scheme: Callable[[], str | None] = system_scheme) -> ThemeManager:
    """The application's theme manager, created on the first call; ``choice`` applied."""
    global _manager
    if _manager is None:
        _manager = ThemeManager(app, scheme, choice)
    else:
        _manager.set_choice(choice)
    return _manager


def apply_theme_choice(choice: str) -> None:
    """Apply a Settings choice, if a theme is installed."""
    if _manager is not None:
        _manager.set_choice(choice)
