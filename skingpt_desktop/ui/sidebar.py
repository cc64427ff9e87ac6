"""The sidebar: patients and their cases from the vault, with search, open and delete; and the
forms for a new patient and for a case's details on its first save.

It shows what the main window hands it (``set_data``) and emits what the user wants; loading and
deleting run through the service layer in the background. Search filters on the client side
over the decrypted titles, first questions and patient names (nothing is indexed on disk).
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skingpt_desktop.core.storage.models import FITZPATRICK_TYPES, SEXES, CaseSummary, Patient
from skingpt_desktop.ui.services import CaseDetails

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NO_PATIENT = "Cases without a patient"


def case_label(summary: CaseSummary) -> str:
    """'2026-05-01 · Itchy red patch' (damaged cases say so)."""
    if summary.damaged:
        return "Damaged case (cannot be read)"
    when = dt.datetime.fromtimestamp(summary.created_at).strftime("%Y-%m-%d") \
        if summary.created_at else ""
    title = summary.title or summary.first_question or "Untitled case"
    return f"{when} · {title}" if when else title


def add_dialog_buttons(dialog: QDialog, form: QFormLayout,
                       confirm: QDialogButtonBox.StandardButton) -> None:
    """The form's last row: ``confirm`` (accept) and Cancel (reject)."""
    buttons = QDialogButtonBox(confirm | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)


def patient_label(patient: Patient) -> str:
    parts = [patient.label or "Unnamed patient"]
    if patient.birth_year:
        parts.append(f"born {patient.birth_year}")
    if patient.fitzpatrick:
        parts.append(f"type {patient.fitzpatrick}")
    return ", ".join(parts)


class Sidebar(QWidget):
    """Patients (top level) and cases (children); emits ids for the main window."""

    open_case = Signal(str)
    delete_case = Signal(str)
    delete_patient = Signal(str, bool)  # id, delete their cases too
    new_patient = Signal(object)  # Patient to add
    new_case = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.patients: list[Patient] = []
        self.cases: list[CaseSummary] = []
        layout = QVBoxLayout(self)
        title = QLabel("<b>Patients and cases</b>")
        layout.addWidget(title)
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search cases…")
        self.search.setAccessibleName("Search cases")
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._rebuild)
        layout.addWidget(self.search)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setAccessibleName("Patients and cases")
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.new_case_button = self._button("&New case", self.new_case.emit, row)
        self.new_patient_button = self._button("New &patient…", self.ask_new_patient, row)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.open_button = self._button("&Open", self._open_current, row)
        self.delete_button = self._button("&Delete…", self.confirm_delete, row)
        layout.addLayout(row)
        QShortcut(QKeySequence.StandardKey.Delete, self.tree,
                  context=Qt.ShortcutContext.WidgetShortcut).activated.connect(
            self.confirm_delete)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.search.setFocus)
        self._update_buttons()

    def _button(self, text: str, slot, row: QHBoxLayout) -> QPushButton:
        button = QPushButton(text)
        button.setAccessibleName(text.replace("&", "").rstrip("…"))
        button.clicked.connect(lambda _=False: slot())
        row.addWidget(button)
        return button

    # --- content ------------------------------------------------------------------------------

    def set_data(self, patients: list[Patient], cases: list[CaseSummary]) -> None:
        """Show these patients and cases (keeps the search text)."""
        self.patients, self.cases = list(patients), list(cases)
        self._rebuild()

    def clear(self) -> None:
        self.set_data([], [])

    def _matches(self, summary: CaseSummary, patient: Patient | None) -> bool:
        needle = self.search.text().strip().lower()
        if not needle:
            return True
        haystack = " ".join([summary.title, summary.first_question,
                             patient_label(patient) if patient else ""]).lower()
        return all(word in haystack for word in needle.split())

    def _rebuild(self) -> None:
        self.tree.clear()
        by_id = {p.id: p for p in self.patients}
        groups: dict[str | None, QTreeWidgetItem] = {}
        searching = bool(self.search.text().strip())
        for patient in self.patients:
            item = QTreeWidgetItem([patient_label(patient)])
            item.setData(0, KIND_ROLE, "patient")
            item.setData(0, ID_ROLE, patient.id)
            groups[patient.id] = item
        loose = QTreeWidgetItem([NO_PATIENT])
        loose.setData(0, KIND_ROLE, "group")
        for summary in self.cases:
            patient = by_id.get(summary.patient_id or "")
            if not self._matches(summary, patient):
                continue
            parent = groups.get(summary.patient_id) if patient else loose
            child = QTreeWidgetItem([case_label(summary)])
            child.setData(0, KIND_ROLE, "case")
            child.setData(0, ID_ROLE, summary.id)
            child.setToolTip(0, summary.first_question or summary.title)
            parent.addChild(child)
        for patient in self.patients:
            item = groups[patient.id]
            if item.childCount() or not searching:
                self.tree.addTopLevelItem(item)
        if loose.childCount():
            self.tree.addTopLevelItem(loose)
        self.tree.expandAll()
        self._update_buttons()

    def case_items(self) -> list[QTreeWidgetItem]:
        """Every case item currently shown (tests and keyboard navigation)."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            found += [top.child(j) for j in range(top.childCount())]
        return found

    # --- actions ------------------------------------------------------------------------------

    def _current(self) -> tuple[str | None, str | None]:
        item = self.tree.currentItem()
        if item is None:
            return None, None
        return item.data(0, KIND_ROLE), item.data(0, ID_ROLE)

    def _update_buttons(self) -> None:
        kind, _ = self._current()
        self.open_button.setEnabled(kind == "case")
        self.delete_button.setEnabled(kind in ("case", "patient"))

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        if item.data(0, KIND_ROLE) == "case":
            self.open_case.emit(item.data(0, ID_ROLE))

    def _open_current(self) -> None:
        kind, record_id = self._current()
        if kind == "case":
            self.open_case.emit(record_id)

    def confirm_delete(self) -> None:
        """Delete the selected case or patient after an explicit confirmation."""
        kind, record_id = self._current()
        if kind == "case":
            text = self.tree.currentItem().text(0)
            answer = QMessageBox.warning(
                self, "Delete case", f"Delete the case “{text}” with its photos and "
                "conversations? This cannot be undone.",
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Yes:
                self.delete_case.emit(record_id)
        elif kind == "patient":
            self._confirm_delete_patient(record_id)

    def _confirm_delete_patient(self, patient_id: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Delete patient",
                          "Delete this patient? Their cases can be deleted too, or kept "
                          "without a patient. This cannot be undone.", parent=self)
        with_cases = box.addButton("Delete patient and cases",
                                   QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton("Delete patient, keep cases", QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() in (with_cases, keep):
            self.delete_patient.emit(patient_id, box.clickedButton() is with_cases)

    def ask_new_patient(self) -> None:
        dialog = PatientDialog(self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.new_patient.emit(dialog.patient())


class PatientDialog(QDialog):
    """Name or ID, birth year, sex, Fitzpatrick type, notes: all optional."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("New patient")
        form = QFormLayout(self)
        self.label = QLineEdit()
        self.label.setAccessibleName("Name or ID")
        form.addRow("&Name or ID:", self.label)
        self.birth_year = QSpinBox()
        self.birth_year.setRange(1879, dt.date.today().year)
        self.birth_year.setSpecialValueText("Not given")
        self.birth_year.setValue(1879)
        self.birth_year.setAccessibleName("Birth year")
        form.addRow("&Birth year:", self.birth_year)
        self.sex = self._combo(("",) + SEXES, "Sex")
        form.addRow("&Sex:", self.sex)
        self.fitzpatrick = self._combo(("",) + FITZPATRICK_TYPES, "Fitzpatrick skin type")
        form.addRow("&Fitzpatrick type:", self.fitzpatrick)
        self.notes = QPlainTextEdit()
        self.notes.setAccessibleName("Notes")
        self.notes.setTabChangesFocus(True)
        form.addRow("N&otes:", self.notes)
        add_dialog_buttons(self, form, QDialogButtonBox.StandardButton.Ok)

    @staticmethod
    def _combo(values: tuple[str, ...], name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(name)
        for value in values:
            combo.addItem(value or "Not given", value or None)
        return combo

    def patient(self) -> Patient:
        year = self.birth_year.value()
        return Patient(label=self.label.text().strip() or None,
                       birth_year=None if year == self.birth_year.minimum() else year,
                       sex=self.sex.currentData(), fitzpatrick=self.fitzpatrick.currentData(),
                       notes=self.notes.toPlainText())


class SaveCaseDialog(QDialog):
    """Case details asked on the first save: patient, title, body site, onset, symptoms."""

    def __init__(self, patients: list[Patient], suggested_title: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Save case")
        form = QFormLayout(self)
        self.patient = QComboBox()
        self.patient.setAccessibleName("Patient")
        self.patient.addItem("No patient (anonymous case)", None)
        for patient in patients:
            self.patient.addItem(patient_label(patient), patient.id)
        form.addRow("&Patient:", self.patient)
        self.title = QLineEdit(suggested_title)
        self.title.setAccessibleName("Case title")
        form.addRow("&Title:", self.title)
        self.body_site = QLineEdit()
        self.body_site.setAccessibleName("Body site")
        self.body_site.setPlaceholderText("e.g. left forearm")
        form.addRow("&Body site:", self.body_site)
        self.onset = QLineEdit()
        self.onset.setAccessibleName("Onset")
        self.onset.setPlaceholderText("e.g. three weeks ago")
        form.addRow("&Onset:", self.onset)
        self.symptoms = QPlainTextEdit()
        self.symptoms.setAccessibleName("Symptoms")
        self.symptoms.setTabChangesFocus(True)
        form.addRow("&Symptoms:", self.symptoms)
        add_dialog_buttons(self, form, QDialogButtonBox.StandardButton.Save)

    def details(self) -> CaseDetails:
        return CaseDetails(title=self.title.text().strip()[:200],
                           patient_id=self.patient.currentData(),
                           body_site=self.body_site.text().strip(),
                           onset=self.onset.text().strip(),
                           symptoms=self.symptoms.toPlainText().strip())
