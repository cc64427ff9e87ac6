"""Asking the user to accept a model's license before its first use (MedGemma's terms, e.g.).

A pack whose card says ``license_acceptance_required`` is loaded only after the user has read
its license and intended use here and pressed Accept; the acceptance is remembered per pack and
license text (``ModelCard.license_key``), so a changed license is asked again.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from skingpt_desktop.core.pack import ModelPack


translate = QCoreApplication.translate


def license_html(pack: ModelPack) -> str:
    """The license, the intended use and the limits, as the dialog shows them."""
    card = pack.card
    labels = (translate("LicenseDialog", "License:"), translate("LicenseDialog", "Intended use:"),
              translate("LicenseDialog", "Known limits:"))
    limits = "".join(f"<li>{escape(item)}</li>" for item in card.limitations)
    html = (f"<p><b>{escape(labels[0])}</b> {escape(card.license)}</p>"
            f"<p><b>{escape(labels[1])}</b> {escape(card.intended_use)}</p>")
    return html + (f"<p><b>{escape(labels[2])}</b></p><ul>{limits}</ul>" if limits else "")


def ask_license_acceptance(parent: QWidget | None, pack: ModelPack) -> bool:
    """True when the user accepts ``pack``'s license (modal; Cancel is the default)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("LicenseDialog", "Model license"))
    box.setText(translate(
        "LicenseDialog", "{pack} may only be used under its license's terms. Read them and "
                         "accept them to use this model pack.").format(
                             pack=pack.manifest.display_name))
    box.setInformativeText(license_html(pack))
    accept = box.addButton(translate("LicenseDialog", "&Accept"),
                           QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.exec()
    return box.clickedButton() is accept
