"""No forgotten string in the main window, its panels and its dialogs: what lupdate extracts
from them holds their known texts; no widget call gets a plain text literal; and with a
catalogue that marks every extracted text, installed live, every text the windows show is
marked (so it went through Qt's translation system), and English comes back when it is removed.

The marking catalogue is made here from the code with the PySide6 wheel's lupdate and lrelease:
each source text is "⟦text⟧" in it, placeholders and markup kept.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialogButtonBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QWidget,
)

pytestmark = pytest.mark.gui
ROOT = Path(__file__).resolve().parents[1]
UI = ROOT / "skingpt_desktop" / "ui"
# The files whose texts this test guards (file_dialogs, tasks, latency and qimages show no text
# of their own: the dialogs' titles come from their callers).
FILES = ("main_window", "chat_panel", "chat_controller", "sidebar", "photo_panel", "camera",
         "lock_screen", "passphrase", "report_dialog", "packs_dialog", "install_texts", "services",
         "file_dialogs", "tasks", "latency", "qimages", "text_dialogs", "record_dialogs",
         "record_flows", "recovery_sheet", "pack_loading", "vault_care", "window_look",
         "message_format", "follow_up", "backup_dialogs", "catalogue_view", "catalogue_tasks",
         "license_dialog", "window_menus", "evaluate_dialog", "evaluate_tasks")
# (context, source) that lupdate must find, at least three per file that shows texts.
KNOWN = {
    "main_window": [("MainWindow", "Unsaved case"), ("MainWindow", "Evaluation running"),
                    ("MainWindow", "Locked after %n min without use.")],
    "window_menus": [("MainWindow", "&File"), ("MainWindow", "&Model"), ("MainWindow", "&Help"),
                     ("MainWindow", "&New case"), ("MainWindow", "&Evaluate a pack…")],
    "evaluate_dialog": [("EvaluateDialog", "Encrypted in the vault"),
                        ("EvaluateDialog", "Save &report…"), ("EvaluateDialog", "Delete evaluation")],
    "evaluate_tasks": [("EvaluationReport", "Top-1 accuracy"),
                       ("EvaluationReport", "{pack}: confusion matrix"),
                       ("EvaluationReport", "Fitzpatrick skin type")],
    "text_dialogs": [("MainWindow", "Keyboard shortcuts"), ("MainWindow", "About SkinGPT Desktop"),
                     ("MainWindow", "Add a photo from a file")],
    "chat_panel": [("ChatPanel", "As&k"), ("ChatPanel", "&Stop"), ("ChatPanel", "Ask &all four"),
                   ("ChatPanel", "Model output, not a diagnosis"),
                   ("ChatPanel", "Read the full disclaimer"), ("ChatPanel", "You:")],
    "chat_controller": [("ChatController", "Looking at the photo…"),
                        ("ChatController", "Stopped."),
                        ("ChatController", "Writing the answer… (Esc stops it)")],
    "sidebar": [("Sidebar", "New &patient…"), ("Sidebar", "Delete case"),
                ("Sidebar", "Cases without a patient"), ("Sidebar", "&Edit…")],
    "record_dialogs": [("PatientDialog", "New patient"), ("PatientDialog", "Edit patient"),
                       ("PatientDialog", "&Birth year:"), ("SaveCaseDialog", "Save case"),
                       ("SaveCaseDialog", "Edit case"), ("SaveCaseDialog", "&Body site:"),
                       ("SaveCaseDialog", "Referred")],
    "follow_up": [("FollowUpDialog", "Compare visits of this spot"),
                  ("FollowUpDialog", "&Ask about both photos"),
                  ("FollowUpDialog", "Sa&ve note")],
    "catalogue_view": [("CatalogueView", "Download and i&nstall"), ("CatalogueView", "What it is:"),
                       ("CatalogueView", "Model catalogue")],
    "license_dialog": [("LicenseDialog", "Accept the license"), ("LicenseDialog", "&Accept"),
                       ("LicenseDialog", "Intended use:")],
    "backup_dialogs": [("BackupDialog", "Back up the vault"), ("BackupDialog", "&Back up"),
                       ("BackupDialog", "&Use a separate backup passphrase"),
                       ("RestoreDialog", "Restore from a backup"),
                       ("RestoreDialog", "&Check backup"), ("RestoreDialog", "&Restore")],
    "vault_care": [("ChangePassphraseDialog", "Change the vault passphrase"),
                   ("ChangePassphraseDialog", "&Current passphrase:"),
                   ("ChangePassphraseDialog", "C&hange")],
    "pack_loading": [("MainWindow", "Checking the model pack…"),
                     ("MainWindow", "No model pack loaded"), ("MainWindow", "Pack: {pack}")],
    "recovery_sheet": [("RecoverySheet", "SkinGPT Desktop vault recovery key"),
                       ("RecoverySheet", "Vault ID: {id}"), ("RecoverySheet", "Made on: {date}")],
    "record_flows": [("RecordFlows", "The case was not changed"),
                     ("RecordFlows", "The patient was not changed"),
                     ("RecordFlows", "The patient could not be opened")],
    "photo_panel": [("PhotoPanel", "&Add photo…"), ("PhotoPanel", "Photo tips"),
                    ("PhotoPanel", "Remove photo"), ("PhotoPanel", "Close-up"),
                    ("PhotoPanel", "&View:")],
    "camera": [("CameraDialog", "Take a photo"), ("CameraDialog", "&Look again"),
               ("CameraDialog", "&Take photo"), ("CameraDialog", "&Camera:")],
    "lock_screen": [("LockScreen", "&Unlock"), ("LockScreen", "The vault is locked"),
                    ("LockScreen", "Use the &recovery key instead")],
    "passphrase": [("Passphrase", "Too weak"), ("Passphrase", "Weak"), ("Passphrase", "Strong")],
    "report_dialog": [("ReportDialog", "Report"), ("ReportDialog", "&Make report"),
                      ("ReportDialog", "&Save PDFs…"), ("ReportDialog", "Warning signs"),
                      ("ReportDialog", "Replace reports")],
    "packs_dialog": [("PacksDialog", "Model packs"), ("PacksDialog", "&Use this pack"),
                     ("PacksDialog", "Download from Hugging Face"), ("PacksDialog", "Languages:"),
                     ("PacksDialog", "Looking for model packs…")],
    "install_texts": [("Installer", "a pack named '{name}' is already installed"),
                  ("Installer", "{name} was not found (HTTP 404): check the repository id and "
                                "that it holds a SkinGPT Desktop model pack"),
                  ("Installer", "'{repo}' is not a repository id (expected owner/name)")],
    "services": [("Services", "the vault is locked; unlock it with your passphrase")],
}
MARK_OPEN, MARK_CLOSE = "⟦", "⟧"


# --- the tools -------------------------------------------------------------------------------

def qt_tool(name: str) -> list[str]:
    """The command of a PySide6 tool (``lupdate``, ``lrelease``); skips when there is none."""
    wrapper = Path(sys.executable).parent / f"pyside6-{name}"
    if wrapper.is_file():
        return [str(wrapper)]
    import PySide6

    binary = Path(PySide6.__file__).parent / name
    if binary.is_file():
        return [str(binary)]
    found = shutil.which(f"pyside6-{name}")
    if found:
        return [found]
    pytest.skip(f"no {name} from the PySide6 wheel here")


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> Path:
    """A .ts of every message lupdate finds in the guarded files."""
    out = tmp_path_factory.mktemp("ts") / "strings.ts"
    sources = [str(UI / f"{name}.py") for name in FILES]
    subprocess.run([*qt_tool("lupdate"), *sources, "-no-obsolete", "-ts", str(out)],
                   check=True, capture_output=True, text=True, timeout=300)
    return out


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {(context.findtext("name"), message.findtext("source"))
            for context in root.iter("context") for message in context.iter("message")}


def test_lupdate_finds_the_known_texts_of_every_file(extracted) -> None:
    found = messages(extracted)
    for name, known in KNOWN.items():
        missing = [pair for pair in known if pair not in found]
        assert not missing, f"{name}.py: {missing}"
        assert len(known) >= 3 or name == "services"  # services shows one sentence only


# --- no literal texts in widget calls -----------------------------------------------------------

# Calls whose text arguments (by position) the user reads.
TEXT_CALLS = {
    "setText": (0,), "setWindowTitle": (0,), "setToolTip": (0,), "setPlaceholderText": (0,),
    "setStatusTip": (0,), "setAccessibleName": (0,), "setAccessibleDescription": (0,),
    "setTitle": (0,), "showMessage": (0,), "setSpecialValueText": (0,), "addItem": (0,),
    "addItems": (0,), "setItemText": (1,), "addRow": (0,), "addButton": (0,), "addMenu": (0,),
    "addAction": (0,), "QPushButton": (0,), "QLabel": (0,), "QCheckBox": (0,), "QGroupBox": (0,),
    "QAction": (0,), "QMessageBox": (1, 2), "setHtml": (0,), "setMarkdown": (0,),
}
MESSAGE_BOX_FUNCTIONS = {"question", "warning", "information", "critical", "about"}
# (file, line text) allowed to pass a literal, with the reason. Kept empty: add one only for a
# text that is not language (a file format, a code) and say why.
EXCEPTIONS: dict[tuple[str, str], str] = {}


def _wording(node: ast.AST) -> str | None:
    """The literal wording in an argument (markup and placeholders removed), or None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        text = node.value
    elif isinstance(node, ast.JoinedStr):
        text = "".join(v.value if isinstance(v, ast.Constant) else "\0" for v in node.values)
    elif isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        parts = [_wording(node.left), _wording(node.right)]
        return " ".join(p for p in parts if p) or None
    elif isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) \
            and node.func.attr == "format":
        return _wording(node.func.value)
    elif isinstance(node, (ast.List, ast.Tuple)):
        return " ".join(w for w in map(_wording, node.elts) if w) or None
    else:
        return None
    text = re.sub(r"<[^>]*>|&\w+;", " ", text)
    return text if re.search(r"[^\W\d_]{2,}", text) else None


def literal_texts(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    lines = path.read_text(encoding="utf-8").splitlines()
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        func = node.func
        name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
        positions = TEXT_CALLS.get(name, ())
        if isinstance(func, ast.Attribute) and func.attr in MESSAGE_BOX_FUNCTIONS \
                and getattr(func.value, "id", "") == "QMessageBox":
            positions = (1, 2)
        for position in positions:
            if position < len(node.args) and _wording(node.args[position]) is not None:
                line = lines[node.lineno - 1].strip()
                if (path.stem, line) not in EXCEPTIONS:
                    found.append(f"{path.name}:{node.lineno}: {line}")
    return found


def test_no_widget_call_gets_a_literal_text() -> None:
    found = [hit for name in FILES for hit in literal_texts(UI / f"{name}.py")]
    assert found == []


def test_the_literal_check_catches_what_it_should(tmp_path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text(
        'button = QPushButton("&Save")\n'
        'label.setText(f"Saved {name}")\n'
        'QMessageBox.question(self, "Remove", self.tr("Sure?"))\n'
        'menu.addAction("Print", slot)\n'
        'label.setText("<b>" + html + "</b>")\n'  # markup only: fine
        'label.setText(self.tr("Saved {name}").format(name=name))\n'  # fine
        'label.setText("Saved {name}".format(name=name))\n', encoding="utf-8")
    assert [hit.split(":")[1] for hit in literal_texts(sample)] == ["1", "2", "3", "4", "7"]


# --- every text shown goes through the translation system (a marking catalogue, live) -----------

@pytest.fixture(scope="module")
def marking_catalogue(extracted, tmp_path_factory) -> Path:
    """The extracted messages compiled with every translation "⟦source⟧"."""
    folder = tmp_path_factory.mktemp("qm")
    tree = ET.parse(extracted)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        marked = f"{MARK_OPEN}{source}{MARK_CLOSE}"
        if message.get("numerus") == "yes":
            translation.text = None
            for _form in range(2):
                ET.SubElement(translation, "numerusform").text = marked
        else:
            translation.text = marked
    ts = folder / "marked.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = folder / "marked.qm"
    subprocess.run([*qt_tool("lrelease"), str(ts), "-qm", str(qm)], check=True,
                   capture_output=True, text=True, timeout=120)
    return qm


@pytest.fixture
def marked(qapp, marking_catalogue):
    """The marking catalogue installed (the windows receive LanguageChange), removed after."""
    translator = QTranslator()
    assert translator.load(str(marking_catalogue))
    qapp.installTranslator(translator)
    QCoreApplication.sendPostedEvents(None, 0)
    yield translator
    qapp.removeTranslator(translator)
    QCoreApplication.sendPostedEvents(None, 0)


def shown_texts(root: QWidget, data_texts: set[str]) -> list[tuple[str, str]]:
    """(where, text) of every text ``root`` and its children show: window titles, button and
    label texts, placeholders, tooltips, accessible names, group titles, menus and actions.
    Qt's own standard buttons, Qt's internal widgets and the texts in ``data_texts`` (data
    lookups, names of things) are left out."""
    found: list[tuple[str, str]] = []
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if widget.objectName().startswith("qt_"):
            continue
        where = f"{type(widget).__name__} {widget.objectName()}".strip()
        if widget.isWindow():
            found.append((where + " title", widget.windowTitle()))
        if isinstance(widget, QAbstractButton):
            box = widget.parent()
            if isinstance(box, QDialogButtonBox) and \
                    box.standardButton(widget) != QDialogButtonBox.StandardButton.NoButton:
                continue  # Qt's own text, translated by Qt's catalogue
            found.append((where, widget.text()))
        if isinstance(widget, QLabel):
            found.append((where, widget.text()))
        if isinstance(widget, QLineEdit):
            found.append((where + " placeholder", widget.placeholderText()))
        if isinstance(widget, QGroupBox):
            found.append((where, widget.title()))
        if isinstance(widget, QMenu):
            found.append((where, widget.title()))
        found.append((where + " tooltip", widget.toolTip()))
        found.append((where + " accessible name", widget.accessibleName()))
        for action in widget.actions():
            found.append((f"{where} action", action.text()))
    for action in root.findChildren(QAction):
        found.append(("action", action.text()))
    return [(where, text) for where, text in found
            if text.strip() and text not in data_texts and not text.startswith("qt_")]


def unmarked(root: QWidget, data_texts: set[str] = frozenset()) -> list[tuple[str, str]]:
    return [(where, text) for where, text in shown_texts(root, set(data_texts))
            if MARK_OPEN not in text]


def prompt_labels(win) -> set[str]:
    """The clinical prompts' button labels: data texts (core's lookup), not the catalogue's."""
    return {button.text() for button in win.chat.prompt_buttons}


def test_every_text_of_the_main_window_is_translated_live(qtbot, window, marked) -> None:
    win = window
    assert win.windowTitle() == f"{MARK_OPEN}SkinGPT Desktop{MARK_CLOSE}"
    assert len(shown_texts(win, set())) > 80  # the check sees the window's texts ...
    assert unmarked(win, prompt_labels(win)) == []
    # the texts computed from the state are re-rendered too
    assert MARK_OPEN in win.pack_label.text() and MARK_OPEN in win.chat.status.text()
    assert f"{MARK_OPEN}Not a diagnosis.{MARK_CLOSE}" in win.chat.disclaimer.text()
    assert MARK_OPEN in win.chat.transcript.toPlainText()  # the hint of an empty conversation
    win.chat.ask_button.setText("As&k")  # ... and would see a text set without tr()
    assert unmarked(win, prompt_labels(win)) == [("QPushButton", "As&k")]


def test_the_conversation_is_not_translated_and_english_comes_back(qtbot, qapp, window,
                                                                   marking_catalogue) -> None:
    win = window
    win.chat.add_question("Is this patch on my forearm eczema?")
    win.chat.begin_answer("Tiny random test pack", "tiny-random")
    win.chat.finish_answer("It shows a red, scaly patch.", "stopped")
    translator = QTranslator()
    assert translator.load(str(marking_catalogue))
    qapp.installTranslator(translator)
    try:
        QCoreApplication.sendPostedEvents(None, 0)
        shown = win.chat.transcript.toPlainText()
        assert "Is this patch on my forearm eczema?" in shown and MARK_OPEN + "You:" in shown
        assert "It shows a red, scaly patch." in shown and MARK_OPEN + "stopped" in shown
        assert [m.text for m in win.chat.messages] == ["Is this patch on my forearm eczema?",
                                                       "It shows a red, scaly patch."]
    finally:
        qapp.removeTranslator(translator)
        QCoreApplication.sendPostedEvents(None, 0)
    assert win.windowTitle() == "SkinGPT Desktop"
    assert win.menuBar().actions()[0].text() == "&File"
    assert MARK_OPEN not in win.chat.transcript.toPlainText()


def test_every_text_of_the_dialogs_is_translated_live(qtbot, window, marked, monkeypatch) -> None:
    from skingpt_desktop.ui import camera
    from skingpt_desktop.ui.record_dialogs import PatientDialog, SaveCaseDialog

    win = window
    monkeypatch.setattr(camera, "load_multimedia", lambda: (SimpleNamespace(
        QMediaDevices=SimpleNamespace(videoInputs=lambda: [])), None, ""))
    shortcuts, about = win.show_shortcuts(), win.show_about()
    dialogs = [PatientDialog(win), SaveCaseDialog([], "", win), camera.CameraDialog(win),
               win.show_packs(), win.show_disclaimer(), shortcuts, about, win.show_backup(),
               win.show_restore()]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        assert unmarked(dialog) == [], type(dialog).__name__
    assert MARK_OPEN in shortcuts.browser.toPlainText() and MARK_OPEN in about.browser.toPlainText()
    qtbot.waitUntil(lambda: MARK_OPEN in win.packs_dialog.card.toPlainText(), timeout=20_000)
    for dialog in dialogs:
        dialog.reject()
