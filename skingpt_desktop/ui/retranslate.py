"""Widgets whose texts follow the interface language while they are open.

Installing a translator (``ui.i18n.install_language``) makes Qt send every widget a
LanguageChange event. A widget that mixes in :class:`Retranslating` (before its Qt class:
``class SettingsDialog(Retranslating, QDialog)``) and defines ``retranslate_ui`` sets all its
texts again on that event, so a language chosen in Settings shows at once, dialogs included.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class Retranslating:
    """Calls ``self.retranslate_ui()`` on each LanguageChange event, then lets the Qt class
    handle the event as usual."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()  # type: ignore[attr-defined]
        super().changeEvent(event)  # type: ignore[misc]
