"""The sidebar: patients and their cases from the vault, with search, open, edit and delete.

It shows what the main window hands it (``set_data``) and emits what the user wants; loading,
editing and deleting run through the service layer in the background. Search filters on the
client side over the decrypted titles, first questions and patient names (nothing is indexed
on disk). The forms it opens live in ``record_dialogs``.

Texts follow the interface language (``retranslate_ui``).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from skingpt_desktop.core.storage.models import CaseSummary, Patient
from skingpt_desktop.ui.record_dialogs import PatientDialog, case_label, patient_label
from skingpt_desktop.ui.retranslate import Retranslating

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1
NO_PATIENT = QT_TRANSLATE_NOOP("Sidebar", "Cases without a patient")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sidebar", text)


def _patient_tooltip(patient: Patient) -> str:
    """The whole label, how to reach the patient, allergies and notes."""
    allergies = QCoreApplication.translate("Sidebar", "Allergies: {allergies}").format(
        allergies=patient.allergies) if patient.allergies else ""
    return "\n".join(filter(None, [patient_label(patient), patient.contact, allergies,
                                    patient.notes]))


def _case_tooltip(summary: CaseSummary, label: str, earlier: CaseSummary | None = None) -> str:
    """The whole label (the tree cuts long ones), the first question, the earlier visit of the
    same spot and the photo count."""
    lines = [label]
    if summary.first_question and summary.first_question != summary.title:
        lines.append(summary.first_question)
    if earlier is not None:
        lines.append(QCoreApplication.translate("Sidebar", "Follow-up of {visit}").format(
            visit=case_label(earlier)))
    if not summary.damaged:
        lines.append(QCoreApplication.translate("Sidebar", "photos: {count}").format(
            count=summary.photo_count))
    return "\n".join(lines)


class Sidebar(Retranslating, QWidget):
    """Patients (top level) and cases (children); emits ids for the main window."""

    open_case = Signal(str)
    delete_case = Signal(str)
    delete_patient = Signal(str, bool)  # id, delete their cases too
    new_patient = Signal(object)  # Patient to add
    new_case = Signal()
    edit_case = Signal(str)
    edit_patient = Signal(str)
    compare_visits = Signal(str)  # a case that is one of several visits of the same spot

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
        self.tree.setExpandsOnDoubleClick(False)  # double-click edits a patient (_activated)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(lambda *_: self._update_buttons())
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        self.new_case_button = self._button(self.new_case.emit, row)
        self.new_patient_button = self._button(self.ask_new_patient, row)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.open_button = self._button(self._open_current, row)
        self.edit_button = self._button(self._edit_current, row)
        self.delete_button = self._button(self.confirm_delete, row)
        layout.addLayout(row)
        self.compare_button = QPushButton()  # shown for a case with an earlier or later visit
        self.compare_button.clicked.connect(lambda _=False: self._compare_current())
        layout.addWidget(self.compare_button)
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
        self.compare_button.setToolTip(self.tr("This spot's visits side by side"))
        for button, text in ((self.new_case_button, self.tr("&New case")),
                             (self.new_patient_button, self.tr("New &patient…")),
                             (self.open_button, self.tr("&Open")),
                             (self.edit_button, self.tr("&Edit…")),
                             (self.delete_button, self.tr("&Delete…")),
                             (self.compare_button, self.tr("Compare &visits…"))):
            button.setText(text)
            button.setAccessibleName(text.replace("&", "").rstrip("…"))
        self._rebuild(keep_selection=True)  # the labels in the new language, same selection

    # --- content ------------------------------------------------------------------------------

    def set_data(self, patients: list[Patient], cases: list[CaseSummary],
                 select: tuple[str, str] | None = None) -> None:
        """Show these patients and cases (keeps the search text); then select the row
        ``(kind, id)`` when given (a case just saved)."""
        self.patients, self.cases = list(patients), list(cases)
        self._rebuild()
        if select is not None:
            self.select(*select)

    def select(self, kind: str | None, record_id: str | None) -> bool:
        """Make the row of ``(kind, id)`` current (None: no row); False when it is not shown."""
        if record_id is None:
            self.tree.setCurrentItem(None)
            self.tree.clearSelection()
            self._update_buttons()
            return True
        rows = [self.tree.topLevelItem(i) for i in range(self.tree.topLevelItemCount())]
        for item in rows + self.case_items():
            if item.data(0, KIND_ROLE) == kind and item.data(0, ID_ROLE) == record_id:
                self.tree.setCurrentItem(item)
                self._update_buttons()
                return True
        return False

    def patient_of(self, case_id: str | None) -> str | None:
        """The patient a listed case belongs to."""
        return next((c.patient_id for c in self.cases if c.id == case_id), None)

    def clear(self) -> None:
        self.set_data([], [])

    def _matches(self, summary: CaseSummary, patient: Patient | None) -> bool:
        needle = self.search.text().strip().lower()
        if not needle:
            return True
        haystack = " ".join([summary.title, summary.first_question,
                             patient_label(patient) if patient else ""]).lower()
        return all(word in haystack for word in needle.split())

    def _patient_matches(self, patient: Patient) -> bool:
        words = self.search.text().strip().lower().split()
        haystack = patient_label(patient).lower()
        return bool(words) and all(word in haystack for word in words)

    def _rebuild(self, keep_selection: bool = False) -> None:
        kind, record_id = self._current() if keep_selection else (None, None)
        self.tree.clear()
        by_id = {p.id: p for p in self.patients}
        groups: dict[str | None, QTreeWidgetItem] = {}
        searching = bool(self.search.text().strip())
        for patient in self.patients:
            item = QTreeWidgetItem([patient_label(patient)])
            item.setToolTip(0, _patient_tooltip(patient))
            item.setData(0, KIND_ROLE, "patient")
            item.setData(0, ID_ROLE, patient.id)
            groups[patient.id] = item
        cases_by_id = {c.id: c for c in self.cases}
        loose = QTreeWidgetItem([_tr(NO_PATIENT)])
        loose.setData(0, KIND_ROLE, "group")
        for summary in self.cases:
            patient = by_id.get(summary.patient_id or "")
            if not self._matches(summary, patient):
                continue
            parent = groups.get(summary.patient_id) if patient else loose
            label = case_label(summary)
            earlier = cases_by_id.get(summary.follows_case_id or "")
            child = QTreeWidgetItem([("↳ " if earlier else "") + label])
            child.setData(0, KIND_ROLE, "case")
            child.setData(0, ID_ROLE, summary.id)
            child.setToolTip(0, _case_tooltip(summary, label, earlier))
            parent.addChild(child)
        for patient in self.patients:
            item = groups[patient.id]
            if item.childCount() or not searching or self._patient_matches(patient):
                self.tree.addTopLevelItem(item)  # a patient found by name or number, too
        if loose.childCount():
            self.tree.addTopLevelItem(loose)
        self.tree.expandAll()
        if record_id is not None:
            self.select(kind, record_id)
        self._update_buttons()

    def case_items(self) -> list[QTreeWidgetItem]:
        """Every case item currently shown (tests and keyboard navigation)."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            top = self.tree.topLevelItem(i)
            found += [top.child(j) for j in range(top.childCount())]
        return found

    # --- actions ------------------------------------------------------------------------------

    def selected(self) -> tuple[str | None, str | None]:
        """(kind, id) of the selected row: kind "patient", "case" or "group"; (None, None)."""
        return self._current()

    def _current(self) -> tuple[str | None, str | None]:
        item = self.tree.currentItem()
        if item is None:
            return None, None
        return item.data(0, KIND_ROLE), item.data(0, ID_ROLE)

    def _update_buttons(self) -> None:
        kind, record_id = self._current()
        self.open_button.setEnabled(kind == "case")
        self.edit_button.setEnabled(kind in ("case", "patient"))
        self.delete_button.setEnabled(kind in ("case", "patient"))
        self.compare_button.setVisible(kind == "case" and self.has_other_visits(record_id))

    def has_other_visits(self, case_id: str | None) -> bool:
        """True when the case follows an earlier visit or a later visit follows it."""
        linked = {c.follows_case_id for c in self.cases if c.follows_case_id}
        follows = next((c.follows_case_id for c in self.cases if c.id == case_id), None)
        return bool(case_id) and (case_id in linked or follows is not None)

    def _compare_current(self) -> None:
        kind, record_id = self._current()
        if kind == "case":
            self.compare_visits.emit(record_id)

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        # Enter or double-click: a case opens, a patient's details open for editing.
        if item.data(0, KIND_ROLE) == "case":
            self.open_case.emit(item.data(0, ID_ROLE))
        elif item.data(0, KIND_ROLE) == "patient":
            self.edit_patient.emit(item.data(0, ID_ROLE))

    def _edit_current(self) -> None:
        kind, record_id = self._current()
        if kind == "case":
            self.edit_case.emit(record_id)
        elif kind == "patient":
            self.edit_patient.emit(record_id)

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
