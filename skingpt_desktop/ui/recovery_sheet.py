"""The recovery-key sheet: what is saved to a file or printed when a vault gets its key.

The sheet names the vault it belongs to (its file and its random id from the header, which
``main.py vault status`` also shows), so a key found in a drawer years later can be matched
to its vault. It holds no patient data. Texts are in the interface language (context
``RecoverySheet``).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtPrintSupport import QPrinter


def recovery_sheet(key: str, vault_id: str, vault_file: Path, made_on: dt.date) -> str:
    """The sheet as plain text: title, the key, which vault it opens, and how to keep it."""
    return "\n".join([
        QCoreApplication.translate("RecoverySheet", "SkinGPT Desktop vault recovery key"),
        "",
        key,
        "",
        QCoreApplication.translate("RecoverySheet", "Opens the vault: {file}").format(
            file=vault_file),
        QCoreApplication.translate("RecoverySheet", "Vault ID: {id}").format(id=vault_id),
        QCoreApplication.translate("RecoverySheet", "Made on: {date}").format(
            date=made_on.isoformat()),
        "",
        QCoreApplication.translate(
            "RecoverySheet", "This key opens the vault if the passphrase is forgotten. Anyone "
            "who has it and the vault file can read every record: keep it somewhere safe, away "
            "from this computer."),
        "",
    ])


def print_recovery_sheet(sheet: str, printer: QPrinter) -> None:
    """Print ``sheet`` in a fixed-width font, so every character of the key is clear."""
    document = QTextDocument()
    font = QFont("monospace", 12)
    font.setStyleHint(QFont.StyleHint.Monospace)
    document.setDefaultFont(font)
    document.setPlainText(sheet)
    document.print_(printer)
