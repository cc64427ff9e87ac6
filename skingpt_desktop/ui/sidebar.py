"""The sidebar: patients and their cases from the vault, with search, open and delete; and the
forms for a new patient and for a case's details on its first save.

It shows what the main window hands it (``set_data``) and emits what the user wants; loading and
deleting run through the service layer in the background. Search filters on the client side
over the decrypted titles, first questions and patient names (nothing is indexed on disk).

Texts follow the interface language (``retranslate_ui`` in each class); the stored values (a
patient's sex, the Fitzpatrick type) stay as the vault keeps them and are only shown translated.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, Qt, Signal
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
NO_PATIENT = QT_TRANSLATE_NOOP("Sidebar", "Cases without a patient")
# A patient's sex as stored (core's SEXES) -> as shown.
SEX_NAMES = {"female": QT_TRANSLATE_NOOP("Sidebar", "female"),
             "male": QT_TRANSLATE_NOOP("Sidebar", "male"),
             "intersex": QT_TRANSLATE_NOOP("Sidebar", "intersex"),
             "other": QT_TRANSLATE_NOOP("Sidebar", "other"),
             "unknown": QT_TRANSLATE_NOOP("Sidebar", "unknown")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sidebar", text)


def case_label(summary: CaseSummary) -> str:
    """'2026-05-01 · Itchy red patch' (damaged cases say so)."""
    if summary.damaged:
        return QCoreApplication.translate("Sidebar", "Damaged case (cannot be read)")
    when = dt.datetime.fromtimestamp(summary.created_at).strftime("%Y-%m-%d") \
        if summary.created_at else ""
    title = summary.title or summary.first_question or QCoreApplication.translate(
        "Sidebar", "Untitled case")
    return f"{when} · {title}" if when else title


def set_row_label(form: QFormLayout, field: QWidget, text: str) -> None:
    """Set the label of ``field``'s row in ``form`` (its buddy, for the mnemonic)."""
    label = form.labelForField(field)
    if isinstance(label, QLabel):
        label.setText(text)
        label.setBuddy(field)


def add_dialog_buttons(dialog: QDialog, form: QFormLayout,
                       confirm: QDialogButtonBox.StandardButton) -> None:
    """The form's last row: ``confirm`` (accept) and Cancel (reject)."""
    buttons = QDialogButtonBox(confirm | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)


def patient_label(patient: Patient) -> str:
    """'Ana K., born 1980, type V', in the interface language."""
    parts = [patient.label or QCoreApplication.translate("Sidebar", "Unnamed patient")]
    if patient.birth_year:
        parts.append(QCoreApplication.translate("Sidebar", "born {year}").format(
            year=patient.birth_year))
    if patient.fitzpatrick:
        parts.append(QCoreApplication.translate("Sidebar", "type {type}").format(
            type=patient.fitzpatrick))
    return QCoreApplication.translate("Sidebar", ", ").join(parts)


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
        self.title = QLabel()
        layout.addWidget(self.title)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda _text: self._rebuild())
        layout.addWidget(self.search)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.new_case_button = self._button(self.new_case.emit, row)
        self.new_patient_button = self._button(self.ask_new_patient, row)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.open_button = self._button(self._open_current, row)
        self.delete_button = self._button(self.confirm_delete, row)
        layout.addLayout(row)
        QShortcut(QKeySequence.StandardKey.Delete, self.tree,
                  context=Qt.ShortcutContext.WidgetShortcut).activated.connect(
            self.confirm_delete)
        QShortcut(QKeySequence.StandardKey.Find, self).activated.connect(self.search.setFocus)
        self.retranslate_ui()

    @staticmethod
    def _button(slot, row: QHBoxLayout) -> QPushButton:
        button = QPushButton()
        button.clicked.connect(lambda _=False: slot())
        row.addWidget(button)
        return button

    # --- texts ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """The sidebar's texts in the current language; the tree's labels rebuilt."""
        self.title.setText("<b>" + self.tr("Patients and cases") + "</b>")
        self.search.setPlaceholderText(self.tr("Search cases…"))
        self.search.setAccessibleName(self.tr("Search cases"))
        self.tree.setAccessibleName(self.tr("Patients and cases"))
        for button, text in ((self.new_case_button, self.tr("&New case")),
                             (self.new_patient_button, self.tr("New &patient…")),
                             (self.open_button, self.tr("&Open")),
                             (self.delete_button, self.tr("&Delete…"))):
            button.setText(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
        self._rebuild(keep_selection=True)  # the labels in the new language, same selection

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

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

    def _rebuild(self, keep_selection: bool = False) -> None:
        kind, record_id = self._current() if keep_selection else (None, None)
        self.tree.clear()
        by_id = {p.id: p for p in self.patients}
        groups: dict[str | None, QTreeWidgetItem] = {}
        searching = bool(self.search.text().strip())
        for patient in self.patients:
            item = QTreeWidgetItem([patient_label(patient)])
            item.setData(0, KIND_ROLE, "patient")
            item.setData(0, ID_ROLE, patient.id)
            groups[patient.id] = item
        loose = QTreeWidgetItem([_tr(NO_PATIENT)])
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
        if record_id is not None:
            for item in [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())] \
                    + self.case_items():
                if item.data(0, KIND_ROLE) == kind and item.data(0, ID_ROLE) == record_id:
                    self.tree.setCurrentItem(item)
                    break
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
                self, self.tr("Delete case"), self.tr(
                    "Delete the case “{case}” with its photos and conversations? This cannot "
                    "be undone.").format(case=text),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Yes:
                self.delete_case.emit(record_id)
        elif kind == "patient":
            self._confirm_delete_patient(record_id)

    def _confirm_delete_patient(self, patient_id: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Delete patient"), self.tr(
            "Delete this patient? Their cases can be deleted too, or kept without a patient. "
            "This cannot be undone."), parent=self)
        with_cases = box.addButton(self.tr("Delete patient and cases"),
                                   QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Delete patient, keep cases"),
                             QMessageBox.ButtonRole.AcceptRole)
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
        form = QFormLayout(self)
        self.form = form
        self.label = QLineEdit()
        form.addRow(QLabel(), self.label)
        self.birth_year = QSpinBox()
        self.birth_year.setRange(1879, dt.date.today().year)
        self.birth_year.setValue(1879)
        form.addRow(QLabel(), self.birth_year)
        self.sex = self._combo(("",) + SEXES)
        form.addRow(QLabel(), self.sex)
        self.fitzpatrick = self._combo(("",) + FITZPATRICK_TYPES)
        form.addRow(QLabel(), self.fitzpatrick)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        form.addRow(QLabel(), self.notes)
        add_dialog_buttons(self, form, QDialogButtonBox.StandardButton.Ok)
        self.retranslate_ui()

    @staticmethod
    def _combo(values: tuple[str, ...]) -> QComboBox:
        combo = QComboBox()
        for value in values:
            combo.addItem("", value or None)  # texts: retranslate_ui
        return combo

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New patient"))
        rows = ((self.label, self.tr("&Name or ID:"), self.tr("Name or ID")),
                (self.birth_year, self.tr("&Birth year:"), self.tr("Birth year")),
                (self.sex, self.tr("&Sex:"), self.tr("Sex")),
                (self.fitzpatrick, self.tr("&Fitzpatrick type:"), self.tr("Fitzpatrick skin type")),
                (self.notes, self.tr("N&otes:"), self.tr("Notes")))
        for field, label, name in rows:
            set_row_label(self.form, field, label)
            field.setAccessibleName(name)
        not_given = self.tr("Not given")
        self.birth_year.setSpecialValueText(not_given)
        for i in range(self.sex.count()):
            value = self.sex.itemData(i)
            self.sex.setItemText(i, _tr(SEX_NAMES[value]) if value in SEX_NAMES else
                                 value or not_given)
        for i in range(self.fitzpatrick.count()):
            self.fitzpatrick.setItemText(i, self.fitzpatrick.itemData(i) or not_given)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

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
        form = QFormLayout(self)
        self.form = form
        self.patients = list(patients)
        self.patient = QComboBox()
        self.patient.addItem("", None)
        for patient in patients:
            self.patient.addItem("", patient.id)
        form.addRow(QLabel(), self.patient)
        self.title = QLineEdit(suggested_title)
        form.addRow(QLabel(), self.title)
        self.body_site = QLineEdit()
        form.addRow(QLabel(), self.body_site)
        self.onset = QLineEdit()
        form.addRow(QLabel(), self.onset)
        self.symptoms = QPlainTextEdit()
        self.symptoms.setTabChangesFocus(True)
        form.addRow(QLabel(), self.symptoms)
        add_dialog_buttons(self, form, QDialogButtonBox.StandardButton.Save)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Save case"))
        rows = ((self.patient, self.tr("&Patient:"), self.tr("Patient")),
                (self.title, self.tr("&Title:"), self.tr("Case title")),
                (self.body_site, self.tr("&Body site:"), self.tr("Body site")),
                (self.onset, self.tr("&Onset:"), self.tr("Onset")),
                (self.symptoms, self.tr("&Symptoms:"), self.tr("Symptoms")))
        for field, label, name in rows:
            set_row_label(self.form, field, label)
            field.setAccessibleName(name)
        self.patient.setItemText(0, self.tr("No patient (anonymous case)"))
        for i, patient in enumerate(self.patients, start=1):
            self.patient.setItemText(i, patient_label(patient))
        self.body_site.setPlaceholderText(self.tr("e.g. left forearm"))
        self.onset.setPlaceholderText(self.tr("e.g. three weeks ago"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def details(self) -> CaseDetails:
        return CaseDetails(title=self.title.text().strip()[:200],
                           patient_id=self.patient.currentData(),
                           body_site=self.body_site.text().strip(),
                           onset=self.onset.text().strip(),
                           symptoms=self.symptoms.toPlainText().strip())
