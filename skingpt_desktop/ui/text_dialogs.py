"""The read-only text windows of the Help menu: the disclaimer, the keyboard shortcuts, About.

Each is a ``TextDialog`` whose title and content are functions that render them in the current
interface language, so an open window follows a language switch. Their texts belong to the
``MainWindow`` translation context (the menu that opens them). About gathers the build report
(llama.cpp, devices) on the task helper, because that loads llama.cpp's backends.
"""

from __future__ import annotations

from html import escape
from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QHBoxLayout, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from skingpt_desktop import __version__
from skingpt_desktop.core import build_info
from skingpt_desktop.core.texts import capture_guideline, disclaimer_markdown
from skingpt_desktop.ui.i18n import current_language
from skingpt_desktop.ui.retranslate import Retranslating
from skingpt_desktop.ui.tasks import TaskRunner, error_text

# (keys, what they do): the keys are not translated, what they do is (at use time)
SHORTCUTS = (
    ("Ctrl+O", QT_TRANSLATE_NOOP("MainWindow", "Add a photo from a file")),
    ("Ctrl+V / Ctrl+Shift+V", QT_TRANSLATE_NOOP("MainWindow", "Paste a photo")),
    ("Ctrl+Shift+C", QT_TRANSLATE_NOOP("MainWindow", "Camera")),
    ("Ctrl+1 … Ctrl+4", QT_TRANSLATE_NOOP("MainWindow", "Ask clinical question 1 to 4")),
    ("Ctrl+Shift+A", QT_TRANSLATE_NOOP("MainWindow", "Ask all four clinical questions")),
    ("Ctrl+E", QT_TRANSLATE_NOOP("MainWindow", "Go to the question box")),
    ("Esc", QT_TRANSLATE_NOOP("MainWindow", "Stop the answer being written")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("MainWindow", "Save the case")),
    ("Ctrl+R", QT_TRANSLATE_NOOP("MainWindow", "Report: warning signs, summary, PDFs")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("MainWindow", "New case")),
    ("Ctrl+F", QT_TRANSLATE_NOOP("MainWindow", "Search cases")),
    ("Ctrl+L", QT_TRANSLATE_NOOP("MainWindow", "Lock the vault")),
    ("Ctrl+Shift+M", QT_TRANSLATE_NOOP("MainWindow", "Model packs")),
    ("Ctrl+,", QT_TRANSLATE_NOOP("MainWindow", "Settings")),
)

def shortcuts_html() -> str:
    """The keyboard shortcuts as a table, in the interface language."""
    rows = "".join("<tr><td>{}</td><td>{}</td></tr>".format(
        escape(keys), escape(QCoreApplication.translate("MainWindow", what)))
        for keys, what in SHORTCUTS)
    return f"<table>{rows}</table>"


def build_heading() -> str:
    return "<h4>" + escape(QCoreApplication.translate("MainWindow", "This installation")) + "</h4>"


def build_checking_html() -> str:
    """The About text's last section while the build report is gathered."""
    return build_heading() + "<p>" + escape(QCoreApplication.translate(
        "MainWindow", "Checking llama.cpp…")) + "</p>"


# The build report's lines About shows before Details is pressed: what a user can act on.
SUMMARY_PREFIXES = ("SkinGPT Desktop", "CPU variant:", "GPU offload:", "Backends:", "Device ",
                    "Vision tower", "llama.cpp: not available")


def build_report_html(lines: list[str], details: bool = False) -> str:
    """The build report as the last section of the About text: the lines a user can act on,
    or (``details``) all of them as support needs them (they stay English either way)."""
    shown = lines if details else [line for line in lines if line.startswith(SUMMARY_PREFIXES)]
    return build_heading() + "<p>" + "<br>".join(escape(line) for line in shown) + "</p>"


def about_html() -> str:
    """What the app is, and the photo tips (a data text), in the interface language."""
    title = QCoreApplication.translate("MainWindow", "SkinGPT Desktop {version}").format(
        version=__version__)
    return ("<h3>" + escape(title) + "</h3><p>"
            + escape(QCoreApplication.translate(
                "MainWindow", "An offline dermatology assistant that runs SkinGPT-4 model packs "
                              "on this computer. Photos and conversations never leave it."))
            + "</p><p>" + escape(QCoreApplication.translate(
                "MainWindow", "It gives information, not a diagnosis.")) + "</p>"
            + capture_guideline(current_language()))


class TextDialog(Retranslating, QDialog):
    """A read-only text (the disclaimer, the shortcuts, About) that follows the language.

    ``title`` and ``content`` are functions that render the texts now; ``markdown`` says which
    format ``content`` gives. ``browser`` is the text widget.
    """

    def __init__(self, parent: QWidget, title, content, markdown: bool = False) -> None:
        super().__init__(parent)
        self._title, self._content, self._markdown = title, content, markdown
        self._buttons: list[tuple[QPushButton, object, object]] = []
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setOpenExternalLinks(False)
        layout.addWidget(self.browser)
        self.button_row = QHBoxLayout()  # add_button's buttons, then Close at the end
        self.button_row.addStretch(1)
        self.close_button = QPushButton()
        self.close_button.setDefault(True)
        self.close_button.clicked.connect(self.accept)
        self.button_row.addWidget(self.close_button)
        layout.addLayout(self.button_row)
        self.resize(640, 520)
        self.retranslate_ui()

    def set_content(self, content) -> None:
        """Show another text (a function, as in ``__init__``)."""
        self._content = content
        self.retranslate_ui()

    def add_button(self, text, accessible_name) -> QPushButton:
        """A button under the text; ``text`` and ``accessible_name`` are functions too."""
        button = QPushButton()
        self.button_row.insertWidget(len(self._buttons), button)
        self._buttons.append((button, text, accessible_name))
        self.retranslate_ui()
        return button

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self._title())
        self.close_button.setText(self.tr("&Close"))
        for button, text, accessible_name in self._buttons:
            button.setText(text())
            button.setAccessibleName(accessible_name())
        if self._markdown:
            self.browser.setMarkdown(self._content())
        else:
            self.browser.setHtml(self._content())


def _open(parent: QWidget, title, content, markdown: bool = False) -> TextDialog:
    dialog = TextDialog(parent, title, content, markdown)
    dialog.open()
    return dialog


def open_disclaimer(parent: QWidget) -> TextDialog:
    """The full disclaimer (a data text) in the interface language."""
    return _open(parent, lambda: QCoreApplication.translate("MainWindow", "Medical disclaimer"),
                 lambda: disclaimer_markdown(current_language()), markdown=True)


def open_shortcuts(parent: QWidget) -> TextDialog:
    """The keyboard shortcuts as a table."""
    return _open(parent, lambda: QCoreApplication.translate("MainWindow", "Keyboard shortcuts"),
                 shortcuts_html)


def open_about(parent: QWidget, runner: TaskRunner,
               copy_report: Callable[[str], None]) -> TextDialog:
    """About: what the app is, then the build report once gathered.

    The text says the report is being gathered meanwhile; a Copy button (enabled when it is
    there) hands it to ``copy_report`` for a support call.
    """
    dialog = _open(parent,
                   lambda: QCoreApplication.translate("MainWindow", "About SkinGPT Desktop"),
                   lambda: about_html() + build_checking_html())
    dialog.build_report = ""
    dialog.showing_details = False
    details = dialog.add_button(
        lambda: QCoreApplication.translate("MainWindow", "Hide &details") if
        dialog.showing_details else QCoreApplication.translate("MainWindow", "Show &details"),
        lambda: QCoreApplication.translate("MainWindow", "Build details"))
    details.setEnabled(False)
    dialog.details_button = details
    copy = dialog.add_button(
        lambda: QCoreApplication.translate("MainWindow", "&Copy build report"),
        lambda: QCoreApplication.translate("MainWindow", "Copy build report"))
    copy.setEnabled(False)
    copy.clicked.connect(lambda: copy_report(dialog.build_report))
    dialog.copy_button = copy

    def gathered(info: build_info.BuildInfo) -> None:
        lines = build_info.report_lines(info)
        dialog.build_report = "\n".join(lines)
        dialog.set_content(lambda: about_html() + build_report_html(lines,
                                                                    dialog.showing_details))
        copy.setEnabled(True)
        details.setEnabled(True)

    def toggle_details() -> None:
        dialog.showing_details = not dialog.showing_details
        dialog.retranslate_ui()  # the content and the button's text follow

    details.clicked.connect(toggle_details)

    def failed(exc: BaseException) -> None:
        detail = error_text(exc)
        dialog.set_content(lambda: about_html() + build_heading() + "<p>" + escape(
            QCoreApplication.translate(
                "MainWindow", "The build report could not be gathered ({error}).").format(
                error=detail)) + "</p>")

    runner.start(lambda _ctx: build_info.gather(), name="build report",
                 on_result=gathered, on_error=failed)
    return dialog
