"""Asking the user to accept a model's license: before a catalogue download, and before the
first use of a pack whose card requires it (MedGemma's terms, for example).

One dialog for both: the model's name, its license, intended use and known limits, Accept or
Cancel (the default). An acceptance before first use is remembered per pack and license text
(``ModelCard.license_key``, by the caller), so a changed license is asked again.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout, QWidget

from skingpt_desktop.core.packs.catalogue import CatalogueEntry
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.ui.retranslate import Retranslating

translate = QCoreApplication.translate


@dataclass(frozen=True)
class LicenseTerms:
    """What the dialog shows; ``before_download``: asked before fetching, not before use."""

    model: str
    license: str
    intended_use: str
    limits: tuple[str, ...] = ()
    before_download: bool = False


def terms_for_pack(pack: ModelPack) -> LicenseTerms:
    """The terms of an installed pack, from its model card."""
    card = pack.card
    return LicenseTerms(pack.manifest.display_name, card.license, card.intended_use,
                        tuple(card.limitations))


def terms_for_entry(entry: CatalogueEntry) -> LicenseTerms:
    """The terms of a catalogue entry, asked before it is downloaded."""
    return LicenseTerms(entry.display_name, entry.license, entry.intended_use, (entry.limits,),
                        before_download=True)


def _field(label: str, value: str) -> str:
    return f"<p><b>{escape(label)}</b> {escape(value)}</p>"


class LicenseDialog(Retranslating, QDialog):
    """Accept or cancel a model's license; follows the interface language."""

    def __init__(self, terms: LicenseTerms, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.terms = terms
        layout = QVBoxLayout(self)
        self.text = QLabel()
        self.text.setObjectName("licenseText")
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.text)
        self.buttons = QDialogButtonBox()
        self.accept_button = QPushButton()
        self.buttons.addButton(self.accept_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button.setAutoDefault(False)  # Enter must not accept a license unread
        cancel.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.retranslate_ui()
        self.resize(520, 320)

    def retranslate_ui(self) -> None:
        """The dialog's texts in the current language."""
        t = self.terms
        self.setWindowTitle(self.tr("Accept the license"))
        self.accept_button.setText(self.tr("&Accept"))
        intro = self.tr("{model} is provided under its own license, which you must accept "
                        "before you download and use it.").format(model=t.model) \
            if t.before_download else self.tr(
                "{pack} may only be used under its license's terms. Read them and accept them "
                "to use this model pack.").format(pack=t.model)
        limits_label = self.tr("Known limits:")
        check = self.tr("Read the license on the model’s page before accepting.")
        items = "".join(f"<li>{escape(item)}</li>" for item in t.limits)
        limits = f"<p><b>{escape(limits_label)}</b></p><ul>{items}</ul>" if items else ""
        self.text.setText(
            f"<p>{escape(intro)}</p>" + _field(self.tr("License:"), t.license)
            + _field(self.tr("Intended use:"), t.intended_use) + limits
            + f"<p>{escape(check)}</p>")


def ask_license(parent: QWidget | None, terms: LicenseTerms) -> bool:
    """True when the user accepts ``terms`` (modal; Cancel is the default)."""
    dialog = LicenseDialog(terms, parent)
    try:
        return dialog.exec() == QDialog.DialogCode.Accepted
    finally:
        dialog.deleteLater()
