"""Adding and editing patients and cases: the form on the GUI thread, the vault on the task helper.

The sidebar asks (new patient, edit a patient, edit a case); ``RecordFlows`` loads the stored
record, opens its form (``record_dialogs``) non-modally and stores what the user accepted. A
patient's form lists their visits (cases) in time order; picking one opens it (``open_case``).
Two visits of the same spot open side by side in the follow-up comparison (``follow_up``).
The main window listens: ``changed`` (list again), ``case_edited`` (the open case's details
line), ``failed`` (a vault error to show, or to lock on). One open form at a time, closed
when the vault locks (:meth:`close_dialogs`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDialog, QWidget

from skingpt_desktop.core.storage.models import Case, CaseSummary, Patient
from skingpt_desktop.ui.follow_up import FollowUpDialog
from skingpt_desktop.ui.record_dialogs import PatientDialog, SaveCaseDialog
from skingpt_desktop.ui.services import Services
from skingpt_desktop.ui.tasks import TaskRunner


class RecordFlows(QObject):
    """The patient and case forms of the sidebar (see module docstring)."""

    changed = Signal()
    case_edited = Signal(object, object)  # the stored Case, the patient made for it (or None)
    open_case = Signal(str)  # a visit picked in a patient's form
    failed = Signal(str, object)  # what was not done (translated), the exception

    def __init__(self, services: Services, runner: TaskRunner, window: QWidget,
                 patients: Callable[[], list[Patient]],
                 cases: Callable[[], list[CaseSummary]]) -> None:
        super().__init__(window)
        self.services, self.runner, self.window = services, runner, window
        self._patients, self._cases = patients, cases
        self.dialog: QDialog | None = None
        self.last_added_patient_id: str | None = None  # preselected when a case is saved

    @property
    def busy(self) -> bool:
        """True while the follow-up comparison has the model writing an answer."""
        return isinstance(self.dialog, FollowUpDialog) and self.dialog.task is not None

    def close_dialogs(self) -> None:
        """Close the open form without storing anything (the vault is locking)."""
        if self.dialog is not None:
            self.dialog.reject()
            self.dialog = None

    def _show(self, dialog: QDialog, on_accept: Callable[[], None]) -> QDialog:
        self.close_dialogs()
        self.dialog = dialog
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _result: self._forget(dialog))
        dialog.open()
        return dialog

    def _forget(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _fail(self, what: str) -> Callable[[BaseException], None]:
        return lambda exc: self.failed.emit(what, exc)

    # --- patients -------------------------------------------------------------------------

    def add_patient(self, patient: Patient) -> None:
        """Store a patient made with New patient…; it is preselected for the next save."""
        def added(stored: Patient) -> None:
            self.last_added_patient_id = stored.id
            self.changed.emit()

        self.runner.start(self.services.add_patient, patient, name="add patient",
                          on_result=added, on_error=self._fail(self.tr("The patient was not added")))

    def edit_patient(self, patient_id: str) -> None:
        """Load the patient, then open its form; Save stores the edited record."""
        self.runner.start(self.services.get_patient, patient_id, name="load patient",
                          on_result=self._open_patient_form,
                          on_error=self._fail(self.tr("The patient could not be opened")))

    def _open_patient_form(self, patient: Patient) -> None:
        visits = [c for c in self._cases() if c.patient_id == patient.id and not c.damaged]
        dialog = PatientDialog(self.window, patient, visits)
        dialog.open_case.connect(self.open_case)
        self._show(dialog, lambda: self._store_patient(dialog.patient()))
        if visits:  # the visits' photos come after the form: it opens at once
            self.runner.start(self.services.visit_thumbnails, [c.id for c in visits],
                              name="visit photos", on_result=dialog.set_thumbnails,
                              on_error=lambda _exc: None)  # the list stays usable without

    def _store_patient(self, patient: Patient) -> None:
        self.runner.start(self.services.update_patient, patient, name="update patient",
                          on_result=lambda _p: self.changed.emit(),
                          on_error=self._fail(self.tr("The patient was not changed")))

    # --- cases ----------------------------------------------------------------------------

    def edit_case(self, case_id: str) -> None:
        """Load the case, then open its details form; Save stores them."""
        self.runner.start(self.services.get_case, case_id, name="load case",
                          on_result=self._open_case_form,
                          on_error=self._fail(self.tr("The case could not be opened")))

    def _open_case_form(self, case: Case) -> None:
        dialog = SaveCaseDialog(self._patients(), "", self.window, case=case,
                                cases=self._cases())
        self._show(dialog, lambda: self._store_case(dialog.case(), dialog.chosen_new_patient()))

    def _store_case(self, case: Case, new_patient: Patient | None) -> None:
        def stored(saved: Case) -> None:
            if new_patient is not None:
                self.last_added_patient_id = saved.patient_id
            self.case_edited.emit(saved, new_patient)
            self.changed.emit()

        self.runner.start(self.services.update_case, case, new_patient, name="update case",
                          on_result=stored, on_error=self._fail(self.tr("The case was not changed")))

    # --- follow-up of a lesion ------------------------------------------------------------

    def compare_visits(self, case_id: str) -> FollowUpDialog:
        """The visits of the lesion ``case_id`` shows, side by side (``follow_up``)."""
        dialog = FollowUpDialog(self.services, self.runner, case_id, self.window)

        def note_saved(case: Case) -> None:
            self.case_edited.emit(case, None)
            self.changed.emit()

        dialog.note_saved.connect(note_saved)
        return self._show(dialog, lambda: None)
