"""File dialogs that leave no trace of where patient files live.

Qt's own (non-native) file dialog records the last folder and a history of folders in
``QtProject.conf``, in plain text, when it closes. A folder such as ``Patients/Jane Doe`` would
then sit unencrypted on disk. Every dialog here runs through ``_run``, which points the dialog
back at the home folder and empties its history before Qt saves them. (Native dialogs on
Windows, macOS or a GTK desktop keep their own recent lists under the system's rules.)
The system's print dialog and the opening of a local file in its program are here too, as
the one place tests replace them.
"""

from __future__ import annotations

from PySide6.QtCore import QDir
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget


def _run(dialog: QFileDialog) -> list[str]:
    """Show ``dialog`` modally; the chosen paths (empty when cancelled), history scrubbed."""
    try:
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return list(dialog.selectedFiles()) if accepted else []
    finally:
        dialog.setHistory([])
        dialog.setDirectory(QDir.homePath())
        dialog.deleteLater()


def choose_open_files(parent: QWidget, title: str, name_filter: str) -> list[str]:
    """One or more existing files."""
    dialog = QFileDialog(parent, title, QDir.homePath(), name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def choose_folder(parent: QWidget, title: str) -> str | None:
    """An existing folder, or None."""
    dialog = QFileDialog(parent, title, QDir.homePath())
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    chosen = _run(dialog)
    return chosen[0] if chosen else None


def choose_save_file(parent: QWidget, title: str, file_name: str, name_filter: str) -> str | None:
    """A file name to write, or None."""
    dialog = QFileDialog(parent, title, QDir(QDir.homePath()).filePath(file_name), name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    chosen = _run(dialog)
    return chosen[0] if chosen else None


def run_print_dialog(printer: QPrinter, parent: QWidget) -> bool:
    """The system's print dialog for ``printer``; True when the user chose to print."""
    return QPrintDialog(printer, parent).exec() == QDialog.DialogCode.Accepted


def open_local_file(path: str) -> bool:
    """Open a file of this machine in the system's program for it (an HTML page: the
    browser); only a ``file:`` URL, so nothing is fetched. False when nothing opened it."""
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QDesktopServices

    return QDesktopServices.openUrl(QUrl.fromLocalFile(path))
