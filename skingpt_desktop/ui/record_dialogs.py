"""The forms for a patient and for a case's details: new or edited, all fields optional.

``PatientDialog`` asks for a new patient or edits one; ``SaveCaseDialog`` asks for a case's
details on its first save and edits them later. In the case form a patient can be created on
the spot ("New patient…"): it is handed back with the details (``new_patient``) and stored in
the same vault transaction as the case, so cancelling leaves no orphan patient behind.

Texts follow the interface language (``retranslate_ui``); the stored values (a patient's sex,
the Fitzpatrick type, a case's status) stay as the vault keeps them and are only shown
translated. The class names are the translation contexts: renaming one loses its catalogue.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from skingpt_desktop.core.storage.models import (
    CASE_STATUSES,
    FITZPATRICK_TYPES,
    SEXES,
    Case,
    CaseSummary,
    Patient,
)
from skingpt_desktop.ui.retranslate import Retranslating
from skingpt_desktop.ui.services import CaseDetails

# A patient's sex as stored (core's SEXES) -> as shown.
SEX_NAMES = {"female": QT_TRANSLATE_NOOP("Sidebar", "female"),
             "male": QT_TRANSLATE_NOOP("Sidebar", "male"),
             "intersex": QT_TRANSLATE_NOOP("Sidebar", "intersex"),
             "other": QT_TRANSLATE_NOOP("Sidebar", "other"),
             "unknown": QT_TRANSLATE_NOOP("Sidebar", "unknown")}
# Fitzpatrick skin types as stored -> the plain description a nurse picks from.
FITZPATRICK_NAMES = {
    "I": QT_TRANSLATE_NOOP("PatientDialog", "I: always burns, never tans (very pale skin)"),
    "II": QT_TRANSLATE_NOOP("PatientDialog", "II: usually burns, tans with difficulty (fair skin)"),
    "III": QT_TRANSLATE_NOOP("PatientDialog", "III: sometimes burns, tans gradually (light brown skin)"),
    "IV": QT_TRANSLATE_NOOP("PatientDialog", "IV: rarely burns, tans easily (moderate brown skin)"),
    "V": QT_TRANSLATE_NOOP("PatientDialog", "V: very rarely burns, tans very easily (dark brown skin)"),
    "VI": QT_TRANSLATE_NOOP("PatientDialog", "VI: never burns (deeply pigmented, dark brown to black skin)"),
}
# A case's status as stored (core's CASE_STATUSES) -> as shown.
STATUS_NAMES = {"open": QT_TRANSLATE_NOOP("SaveCaseDialog", "Open"),
                "follow-up": QT_TRANSLATE_NOOP("SaveCaseDialog", "Follow-up planned"),
                "referred": QT_TRANSLATE_NOOP("SaveCaseDialog", "Referred"),
                "closed": QT_TRANSLATE_NOOP("SaveCaseDialog", "Closed")}
NEW_PATIENT = "new"  # the patient combo's data for a patient made in this dialog, not stored yet


def set_row_label(form: QFormLayout, field: QWidget, text: str,
                  row: QWidget | QLayout | None = None) -> None:
    """Set the label of ``field``'s row in ``form`` (its buddy, for the mnemonic); ``row`` is
    what the row holds when ``field`` shares it with other widgets."""
    label = form.labelForField(row if row is not None else field)
    if isinstance(label, QLabel):
        label.setText(text)
        label.setBuddy(field)


def add_dialog_buttons(dialog: QDialog, form: QFormLayout,
                       confirm: QDialogButtonBox.StandardButton) -> QDialogButtonBox:
    """The form's last row: ``confirm`` (accept) and Cancel (reject)."""
    buttons = QDialogButtonBox(confirm | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    form.addRow(buttons)
    return buttons


def patient_label(patient: Patient) -> str:
    """'Ana K., born 1980, type V', in the interface language."""
    parts = [patient.label or QCoreApplication.translate("Sidebar", "Unnamed patient")]
    if patient.clinic_id:
        parts.append(QCoreApplication.translate("Sidebar", "no. {number}").format(
            number=patient.clinic_id))
    if patient.birth_year:
        parts.append(QCoreApplication.translate("Sidebar", "born {year}").format(
            year=patient.birth_year))
    if patient.fitzpatrick:
        parts.append(QCoreApplication.translate("Sidebar", "type {type}").format(
            type=patient.fitzpatrick))
    return QCoreApplication.translate("Sidebar", ", ").join(parts)


def _choice_combo(values: tuple[str | None, ...]) -> QComboBox:
    combo = QComboBox()
    for value in values:
        combo.addItem("", value)  # texts: retranslate_ui
    return combo


def _select(combo: QComboBox, value: object) -> None:
    index = combo.findData(value)
    combo.setCurrentIndex(max(index, 0))


def case_label(summary: CaseSummary) -> str:
    """'2026-05-01 · Itchy red patch' (damaged cases say so): a sidebar row."""
    if summary.damaged:
        return QCoreApplication.translate("Sidebar", "Damaged case (cannot be read)")
    when = dt.datetime.fromtimestamp(summary.created_at).strftime("%Y-%m-%d") \
        if summary.created_at else ""
    title = summary.title or summary.first_question or QCoreApplication.translate(
        "Sidebar", "Untitled case")
    return f"{when} · {title}" if when else title


def visit_label(summary: CaseSummary) -> str:
    """Two lines for a patient's list of visits: '2026-05-01 · Itchy ring' and 'Referred ·
    photos: 2' ('↳ ' first for a follow-up of an earlier visit, as in the sidebar)."""
    status = QCoreApplication.translate("SaveCaseDialog",
                                        STATUS_NAMES.get(summary.status, STATUS_NAMES["open"]))
    photos = QCoreApplication.translate("Sidebar", "photos: {count}").format(
        count=summary.photo_count)
    follow_up = "↳ " if summary.follows_case_id else ""
    return f"{follow_up}{case_label(summary)}\n{status} · {photos}"


class PatientDialog(Retranslating, QDialog):
    """Name or ID, clinic number, birth year, sex, village or contact, Fitzpatrick type,
    allergies, notes: all optional.

    Given ``patient`` it edits a copy of that record (same id); ``patient()`` gives the result.
    ``visits`` (the patient's cases) are listed oldest first below the fields; activating one
    keeps the edits (OK) and asks for that case (``open_case``).
    """

    open_case = Signal(str)

    def __init__(self, parent: QWidget | None = None, patient: Patient | None = None,
                 visits: list[CaseSummary] = ()) -> None:
        super().__init__(parent)
        self.original = patient
        form = QFormLayout(self)
        self.form = form
        self.label = QLineEdit()
        form.addRow(QLabel(), self.label)
        self.clinic_id = QLineEdit()
        form.addRow(QLabel(), self.clinic_id)
        self.birth_year = QSpinBox()
        self.birth_year.setRange(1879, dt.date.today().year)
        self.birth_year.setValue(1879)
        form.addRow(QLabel(), self.birth_year)
        self.sex = _choice_combo((None,) + SEXES)
        form.addRow(QLabel(), self.sex)
        self.contact = QLineEdit()
        form.addRow(QLabel(), self.contact)
        self.fitzpatrick = _choice_combo((None,) + FITZPATRICK_TYPES)
        form.addRow(QLabel(), self.fitzpatrick)
        self.allergies = QLineEdit()
        form.addRow(QLabel(), self.allergies)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setMaximumHeight(self.notes.fontMetrics().lineSpacing() * 5)
        form.addRow(QLabel(), self.notes)
        self.visits = QListWidget()
        self.visits.setWordWrap(True)
        self._visits = sorted(visits, key=lambda s: s.created_at or 0.0)  # in time order
        for summary in self._visits:  # texts: retranslate_ui
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, summary.id)
            self.visits.addItem(item)
        if not self._visits:
            self.visits.addItem(QListWidgetItem())  # "No visits saved yet"
            self.visits.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self.visits.itemActivated.connect(self._visit_activated)
        form.addRow(QLabel(), self.visits)
        self.visits.setVisible(patient is not None)
        form.labelForField(self.visits).setVisible(patient is not None)
        add_dialog_buttons(self, form, QDialogButtonBox.StandardButton.Ok)
        if patient is not None:
            self._fill(patient)
        self.retranslate_ui()

    def set_thumbnails(self, thumbnails: dict[str, QImage]) -> None:
        """Show each visit's first photo next to it (loaded on the task helper)."""
        side = max((image.width() for image in thumbnails.values()), default=0)
        if side:
            self.visits.setIconSize(QSize(side, side))
        for i in range(self.visits.count()):
            image = thumbnails.get(self.visits.item(i).data(Qt.ItemDataRole.UserRole))
            if image is not None:
                self.visits.item(i).setIcon(QIcon(QPixmap.fromImage(image)))

    def _visit_activated(self, item: QListWidgetItem) -> None:
        case_id = item.data(Qt.ItemDataRole.UserRole)
        if case_id is None:
            return
        self.accept()
        self.open_case.emit(case_id)

    def _fill(self, patient: Patient) -> None:
        self.label.setText(patient.label or "")
        self.clinic_id.setText(patient.clinic_id or "")
        self.contact.setText(patient.contact)
        self.allergies.setText(patient.allergies)
        self.birth_year.setValue(patient.birth_year or self.birth_year.minimum())
        _select(self.sex, patient.sex)
        _select(self.fitzpatrick, patient.fitzpatrick)
        self.notes.setPlainText(patient.notes)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New patient") if self.original is None
                            else self.tr("Edit patient"))
        rows = ((self.label, self.tr("&Name or ID:"), self.tr("Name or ID")),
                (self.clinic_id, self.tr("&Clinic number:"), self.tr("Clinic patient number")),
                (self.birth_year, self.tr("&Birth year:"), self.tr("Birth year")),
                (self.sex, self.tr("&Sex:"), self.tr("Sex")),
                (self.contact, self.tr("&Village or contact:"), self.tr("Village or contact")),
                (self.fitzpatrick, self.tr("&Fitzpatrick type:"), self.tr("Fitzpatrick skin type")),
                (self.allergies, self.tr("&Allergies:"), self.tr("Allergies")),
                (self.notes, self.tr("N&otes:"), self.tr("Notes")),
                (self.visits, self.tr("V&isits:"), self.tr("Visits, oldest first")))
        for field, label, name in rows:
            set_row_label(self.form, field, label)
            field.setAccessibleName(name)
        not_given = self.tr("Not given")
        self.birth_year.setSpecialValueText(not_given)
        self.allergies.setPlaceholderText(self.tr("e.g. penicillin; none known"))
        self.contact.setPlaceholderText(self.tr("e.g. village, or a phone number"))
        for i, summary in enumerate(self._visits):
            self.visits.item(i).setText(visit_label(summary))
            self.visits.item(i).setToolTip(self.tr("Double-click to open this visit"))
        if not self._visits:
            self.visits.item(0).setText(self.tr("No visits saved yet"))
        for combo, names, context in ((self.sex, SEX_NAMES, "Sidebar"),
                                      (self.fitzpatrick, FITZPATRICK_NAMES, "PatientDialog")):
            for i in range(combo.count()):
                value = combo.itemData(i)
                combo.setItemText(i, QCoreApplication.translate(context, names[value])
                                  if value in names else not_given)

    def patient(self) -> Patient:
        """The patient as entered (the edited record keeps its id and creation time)."""
        year = self.birth_year.value()
        fields = dict(label=self.label.text().strip() or None,
                      clinic_id=self.clinic_id.text().strip()[:200] or None,
                      contact=self.contact.text().strip()[:200],
                      allergies=self.allergies.text().strip(),
                      birth_year=None if year == self.birth_year.minimum() else year,
                      sex=self.sex.currentData(), fitzpatrick=self.fitzpatrick.currentData(),
                      notes=self.notes.toPlainText())
        if self.original is None:
            return Patient(**fields)
        return dataclasses.replace(self.original, **fields)


class SaveCaseDialog(Retranslating, QDialog):
    """A case's details: patient (or a new one), title, body site, onset, symptoms, status.

    Without ``case`` it asks on the first save (``details()``); with ``case`` it edits that
    stored case (``case()`` gives the edited copy). ``patient_id`` preselects a patient.
    ``cases`` are the saved cases: the chosen patient's earlier ones are offered as "Same spot
    as" (a follow-up of that lesion), with a note on what changed since.
    """

    def __init__(self, patients: list[Patient], suggested_title: str,
                 parent: QWidget | None = None, *, case: Case | None = None,
                 patient_id: str | None = None, cases: list[CaseSummary] = ()) -> None:
        super().__init__(parent)
        self.original = case
        self.patients = list(patients)
        self.cases = [c for c in cases if not c.damaged and (case is None or c.id != case.id)
                      and (case is None or (c.created_at or 0.0) <= case.created_at)]
        self.new_patient: Patient | None = None  # made with "New patient…", stored on save
        self.patient_dialog: PatientDialog | None = None  # that form while it is open
        form = QFormLayout(self)
        self.form = form
        self.patient = _choice_combo((None,) + tuple(p.id for p in patients))
        self.new_patient_button = QPushButton()
        self.new_patient_button.clicked.connect(lambda _=False: self.ask_new_patient())
        self.patient_row = QHBoxLayout()
        self.patient_row.addWidget(self.patient, 1)
        self.patient_row.addWidget(self.new_patient_button)
        form.addRow(QLabel(), self.patient_row)
        self.title = QLineEdit(case.title if case else suggested_title)
        form.addRow(QLabel(), self.title)
        self.body_site = QLineEdit(case.body_site if case else "")
        form.addRow(QLabel(), self.body_site)
        self.onset = QLineEdit(case.onset if case else "")
        form.addRow(QLabel(), self.onset)
        self.symptoms = QPlainTextEdit(case.symptoms if case else "")
        self.symptoms.setTabChangesFocus(True)
        form.addRow(QLabel(), self.symptoms)
        self.status = _choice_combo(CASE_STATUSES)
        form.addRow(QLabel(), self.status)
        self.follows = QComboBox()  # filled for the chosen patient: _fill_earlier_visits
        form.addRow(QLabel(), self.follows)
        self.change_note = QPlainTextEdit(case.change_note if case else "")
        self.change_note.setTabChangesFocus(True)
        self.change_note.setMaximumHeight(self.change_note.fontMetrics().lineSpacing() * 4)
        form.addRow(QLabel(), self.change_note)
        self.buttons = add_dialog_buttons(self, form, QDialogButtonBox.StandardButton.Save)
        _select(self.patient, case.patient_id if case else patient_id)
        _select(self.status, case.status if case else "open")
        self.patient.currentIndexChanged.connect(lambda _i: self._fill_earlier_visits())
        self.follows.currentIndexChanged.connect(lambda _i: self._update_change_note())
        self._fill_earlier_visits(case.follows_case_id if case else None)
        self.retranslate_ui()

    def _fill_earlier_visits(self, keep: str | None = None) -> None:
        """Offer the chosen patient's saved visits, newest first, as "same spot as"."""
        keep = keep or self.follows.currentData()
        patient_id = self._chosen_patient_id()
        earlier = sorted((c for c in self.cases if patient_id and c.patient_id == patient_id),
                         key=lambda c: -(c.created_at or 0.0))
        self.follows.blockSignals(True)
        self.follows.clear()
        self.follows.addItem("", None)  # "A new spot (no earlier visit)": retranslate_ui
        for summary in earlier:
            self.follows.addItem(case_label(summary), summary.id)
        _select(self.follows, keep)
        self.follows.blockSignals(False)
        self.follows.setEnabled(bool(earlier))
        self._update_change_note()
        self._retranslate_follows()

    def _update_change_note(self) -> None:
        self.change_note.setEnabled(self.follows.currentData() is not None)

    def _retranslate_follows(self) -> None:
        self.follows.setItemText(0, self.tr("A new spot (no earlier visit)"))
        self.follows.setToolTip(self.tr("Link this visit to an earlier one of the same lesion "
                                        "to compare the photos side by side"))

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Save case") if self.original is None
                            else self.tr("Edit case"))
        rows = ((self.patient, self.tr("&Patient:"), self.tr("Patient")),
                (self.title, self.tr("&Title:"), self.tr("Case title")),
                (self.body_site, self.tr("&Body site:"), self.tr("Body site")),
                (self.onset, self.tr("&Onset:"), self.tr("Onset")),
                (self.symptoms, self.tr("&Symptoms:"), self.tr("Symptoms")),
                (self.status, self.tr("St&atus:"), self.tr("Case status")),
                (self.follows, self.tr("Same s&pot as:"), self.tr("Earlier visit of this spot")),
                (self.change_note, self.tr("C&hange since then:"),
                 self.tr("What changed since the earlier visit")))
        for field, label, name in rows:
            set_row_label(self.form, field, label,
                          self.patient_row if field is self.patient else None)
            field.setAccessibleName(name)
        self.new_patient_button.setText(self.tr("&New patient…"))
        self.new_patient_button.setAccessibleName(self.tr("New patient"))
        for i in range(self.patient.count()):
            self.patient.setItemText(i, self._patient_text(self.patient.itemData(i)))
        for i in range(self.status.count()):
            self.status.setItemText(i, self.tr(STATUS_NAMES[self.status.itemData(i)]))
        self.body_site.setPlaceholderText(self.tr("e.g. left forearm"))
        self.onset.setPlaceholderText(self.tr("e.g. three weeks ago"))
        self.change_note.setPlaceholderText(self.tr("e.g. larger, edge now irregular"))
        self._retranslate_follows()

    def _patient_text(self, patient_id: str | None) -> str:
        if patient_id is None:
            return self.tr("No patient (anonymous case)")
        if patient_id == NEW_PATIENT and self.new_patient is not None:
            return self.tr("{patient} (new)").format(patient=patient_label(self.new_patient))
        known = next((p for p in self.patients if p.id == patient_id), None)
        return patient_label(known) if known else patient_id

    def ask_new_patient(self) -> PatientDialog:
        """Open the patient form; an accepted patient becomes this case's (stored on save)."""
        dialog = PatientDialog(self)
        dialog.accepted.connect(lambda: self.set_new_patient(dialog.patient()))
        dialog.open()
        self.patient_dialog = dialog
        return dialog

    def set_new_patient(self, patient: Patient) -> None:
        """Select ``patient`` (not stored yet) for this case, replacing an earlier new one."""
        self.new_patient = patient
        if self.patient.findData(NEW_PATIENT) < 0:
            self.patient.addItem("", NEW_PATIENT)
        _select(self.patient, NEW_PATIENT)
        self._fill_earlier_visits()
        self.retranslate_ui()

    def chosen_new_patient(self) -> Patient | None:
        """The patient made here if it is the one selected (the caller stores it first)."""
        return self.new_patient if self.patient.currentData() == NEW_PATIENT else None

    def _chosen_patient_id(self) -> str | None:
        chosen = self.patient.currentData()
        return None if chosen == NEW_PATIENT else chosen

    def details(self) -> CaseDetails:
        """The details for the first save (``patient_id`` None when a new patient is chosen)."""
        follows = self.follows.currentData()
        return CaseDetails(title=self.title.text().strip()[:200],
                           patient_id=self._chosen_patient_id(),
                           body_site=self.body_site.text().strip()[:200],
                           onset=self.onset.text().strip()[:200],
                           symptoms=self.symptoms.toPlainText().strip(),
                           status=self.status.currentData(), follows_case_id=follows,
                           change_note=self.change_note.toPlainText().strip() if follows else "")

    def case(self) -> Case:
        """The edited copy of the stored case (same id)."""
        details = self.details()
        return dataclasses.replace(self.original, title=details.title or self.original.title,
                                   patient_id=details.patient_id, body_site=details.body_site,
                                   onset=details.onset, symptoms=details.symptoms,
                                   status=details.status, follows_case_id=details.follows_case_id,
                                   change_note=details.change_note)


def patient_banner_html(patient: Patient, year: int | None = None) -> str:
    """The banner of the open case's patient, as rich text: the name in bold, then number,
    birth year with the age it gives this ``year`` (default: now), and the allergies, always
    stated ("none recorded" when the record has none), as a medical record shows them."""
    translate = QCoreApplication.translate
    name = patient.label or translate("Sidebar", "Unnamed patient")
    parts = []
    if patient.clinic_id:
        parts.append(translate("Sidebar", "no. {number}").format(number=patient.clinic_id))
    if patient.birth_year:
        age = (year or dt.date.today().year) - patient.birth_year
        parts.append(translate("Sidebar", "born {year}").format(year=patient.birth_year)
                     + " " + translate("SaveCaseDialog", "(age {age})").format(age=age))
    allergies = " ".join(patient.allergies.split()) or \
        translate("SaveCaseDialog", "none recorded")
    label = translate("SaveCaseDialog", "Allergies:")
    details = html.escape(" · ".join(parts))
    return (f"<b>{html.escape(name)}</b>" + (f" &nbsp;·&nbsp; {details}" if details else "")
            + f" &nbsp;·&nbsp; {html.escape(label)} <b>{html.escape(allergies)}</b>")


def case_details_text(case: Case, earlier: CaseSummary | None = None) -> str:
    """The open case's line ('Itchy patch · Left forearm · Onset: three weeks ago · Symptoms:
    itchy · Referred · Follow-up of 2026-11-02 Mole · Change: larger'); empty parts left out;
    ``earlier``: the visit of the same spot it follows. The patient has a banner of its own
    (:func:`patient_banner_html`)."""
    translate = QCoreApplication.translate
    head = case.title or translate("SaveCaseDialog", "Untitled case")
    parts = [head]
    if case.body_site:
        parts.append(case.body_site)
    if case.onset:
        parts.append(translate("SaveCaseDialog", "Onset: {onset}").format(onset=case.onset))
    if case.symptoms:
        parts.append(translate("SaveCaseDialog", "Symptoms: {symptoms}").format(
            symptoms=" ".join(case.symptoms.split())))
    parts.append(translate("SaveCaseDialog", STATUS_NAMES.get(case.status, STATUS_NAMES["open"])))
    if earlier is not None:
        parts.append(translate("SaveCaseDialog", "Follow-up of {visit}").format(
            visit=case_label(earlier)))
    if case.change_note:
        parts.append(translate("SaveCaseDialog", "Change: {note}").format(
            note=" ".join(case.change_note.split())))
    return " · ".join(parts)
