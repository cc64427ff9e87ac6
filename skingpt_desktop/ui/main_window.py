"""The main window: sidebar, photo panel and chat panel; menus; lock; saving and opening cases.

All slow work goes through the task helper; this class only wires the parts together and keeps
the screen in step with the vault (locked: nothing of it on screen) and the loaded pack.

Every text goes through Qt's translation system (``self.tr``; the context is ``MainWindow``);
``retranslate_ui`` sets them all again when the interface language changes, and re-renders the
texts computed from the state (the pack status, the chat header). The conversation itself is
never changed by a language switch.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from skingpt_desktop.core.i18n import default_language
from skingpt_desktop.core.packs.machine import vision_memory_mode
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.storage.models import Case, Patient
from skingpt_desktop.ui.backup_dialogs import BackupDialog, RestoreDialog
from skingpt_desktop.ui.chat_controller import ChatController
from skingpt_desktop.ui.chat_panel import ChatMessage, ChatPanel
from skingpt_desktop.ui.evaluate_dialog import EvaluateDialog
from skingpt_desktop.ui.i18n import current_language, install_language
from skingpt_desktop.ui.license_dialog import ask_license, terms_for_pack
from skingpt_desktop.ui.lock_screen import LockScreen
from skingpt_desktop.ui.pack_loading import PackLoading
from skingpt_desktop.ui.packs_dialog import PacksDialog
from skingpt_desktop.ui.photo_panel import PhotoPanel, view_name
from skingpt_desktop.ui.record_dialogs import SaveCaseDialog, case_details_text, patient_banner_html
from skingpt_desktop.ui.record_flows import RecordFlows
from skingpt_desktop.ui.report_dialog import ReportDialog, report_source
from skingpt_desktop.ui.retranslate import Retranslating
from skingpt_desktop.ui.services import (
    CaseDetails,
    CaseDraft,
    ChatMessageRecord,
    OpenedCase,
    Services,
)
from skingpt_desktop.ui.settings_dialog import SettingsDialog
from skingpt_desktop.ui.sidebar import Sidebar
from skingpt_desktop.ui.tasks import TaskRunner, Text, error_text, shown
from skingpt_desktop.ui.text_dialogs import TextDialog, open_about, open_disclaimer, open_shortcuts
from skingpt_desktop.ui.vault_care import ChangePassphraseDialog, VaultSalvage
from skingpt_desktop.ui.window_look import dress_window
from skingpt_desktop.ui.window_menus import build_menus, retranslate_menus

PAGE_WORK, PAGE_LOCKED = range(2)
# The window's dialogs that show or change the app's data (attribute names): closed on lock.
DATA_DIALOGS = ("packs_dialog", "settings_dialog", "passphrase_dialog", "backup_dialog",
                "restore_dialog")
IDLE_CHECK_MS = 5_000
INPUT_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.Wheel,
                QEvent.Type.TouchBegin)
# The stages core's Engine.load reports (English there), as the status bar shows them.
ENGINE_STAGES = (
    QT_TRANSLATE_NOOP("MainWindow", "Loading the vision model"),
    QT_TRANSLATE_NOOP("MainWindow", "Loading the language model"),
    QT_TRANSLATE_NOOP("MainWindow", "Measuring whether speculative decoding is faster on this computer"),
    QT_TRANSLATE_NOOP("MainWindow", "Ready"),
)


class MainWindow(Retranslating, QMainWindow):
    """The app window. ``start()`` begins the first-run or unlock flow."""

    engine_ready = Signal()
    unlocked = Signal()
    case_saved = Signal(str)
    case_opened = Signal(str)
    error_shown = Signal(str)

    def __init__(self, services: Services, runner: TaskRunner | None = None,
                 quiet: bool = False) -> None:
        super().__init__()
        self.services = services
        self.runner = runner or TaskRunner(self)
        self.quiet = quiet  # demo mode and tests: errors go to error_shown, no message boxes
        self.draft = CaseDraft()
        self.dirty = False
        self.pending_reports: list = []  # reports made before the case's first save
        self.report_dialog: ReportDialog | None = None
        self.packs_dialog: PacksDialog | None = None
        self.evaluate_dialog: EvaluateDialog | None = None
        self.settings_dialog: SettingsDialog | None = None
        self.passphrase_dialog: ChangePassphraseDialog | None = None
        self.backup_dialog: BackupDialog | None = None
        self.restore_dialog: RestoreDialog | None = None
        self._start_image: str | None = None
        self._last_input = time.monotonic()
        self._closing = False
        self._pack_text: Text = lambda: self.tr("No model pack loaded")
        self._build()
        self._build_menus()
        dress_window(self)  # icons and the header toolbar
        self.retranslate_ui()
        self._idle_timer = QTimer(self)
        self._idle_timer.setInterval(IDLE_CHECK_MS)
        self._idle_timer.timeout.connect(self.check_idle)
        QApplication.instance().installEventFilter(self)
        self.resize(1280, 800)

    # --- layout ---------------------------------------------------------------------------

    def _build(self) -> None:
        self.stack = QStackedWidget()
        self.sidebar = Sidebar()
        self.photos = PhotoPanel(self.runner)
        self.chat = ChatPanel()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(self.photos)
        splitter.addWidget(self.chat)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 5)
        splitter.setSizes([320, 340, 620])  # the sidebar wide enough for "name, no., born"
        self.splitter = splitter
        self.stack.addWidget(splitter)
        self.lock_screen = LockScreen()
        self.stack.addWidget(self.lock_screen)
        self.stack.setCurrentIndex(PAGE_LOCKED)  # nothing of the vault shows before unlocking
        self.setCentralWidget(self.stack)
        self.pack_label = QLabel()
        self.statusBar().addPermanentWidget(self.pack_label)

        self.salvage = VaultSalvage(self.services, self.runner, self)
        self.salvage.finished.connect(lambda text: self.show_notice(self.tr("Vault"), text))
        self.salvage.failed.connect(lambda text: self.show_error(self.tr("Vault"), text))
        self.packs = PackLoading(self.services, self.runner, self)
        self.packs.ask_license = lambda pack: ask_license(self, terms_for_pack(pack))
        self.packs.text.connect(self._set_pack_text)
        self.packs.advice.connect(lambda advice: self.statusBar().showMessage(advice, 15000))
        self.packs.error.connect(lambda message: self.show_error(self.tr("Model pack"), message))
        self.packs.loading_changed.connect(lambda _loading: self._update_can_ask())
        self.packs.loaded.connect(self._pack_loaded)
        self.controller = ChatController(self.services, self.runner, self.photos, self.chat, self)
        self.controller.answer_finished.connect(lambda _a: self._mark_dirty())
        self.controller.busy_changed.connect(self._update_actions)
        self.controller.error.connect(lambda m: self.show_error(self.tr("Answer"), m))
        self.photos.photos_changed.connect(self._mark_dirty)
        self.photos.error.connect(lambda m: self.show_error(self.tr("Photo"), m))
        self.photos.photos_changed.connect(self._update_can_ask)
        self.photos.selection_changed.connect(lambda _i: self._update_can_ask())
        self.chat.disclaimer_requested.connect(self.show_disclaimer)
        self.sidebar.open_case.connect(self.open_case)
        self.sidebar.delete_case.connect(self._delete_case)
        self.sidebar.delete_patient.connect(self._delete_patient)
        self.records = RecordFlows(self.services, self.runner, self,
                                   lambda: self.sidebar.patients, lambda: self.sidebar.cases)
        self.sidebar.new_patient.connect(self.records.add_patient)
        self.sidebar.edit_patient.connect(self.records.edit_patient)
        self.sidebar.edit_case.connect(self.records.edit_case)
        self.sidebar.compare_visits.connect(self._compare_visits)
        self.sidebar.new_case.connect(self.new_case)
        self.records.changed.connect(lambda: self.refresh_sidebar())
        self.records.case_edited.connect(self._case_edited)
        self.records.failed.connect(self._vault_error)
        self.records.open_case.connect(self.open_case)
        self.lock_screen.unlock_requested.connect(self.unlock)

    def _build_menus(self) -> None:
        build_menus(self)  # window_menus.MENUS: the menus and their actions, as data
        self.report_button = self.chat.add_action_button(self.report_action)

    # --- texts ----------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        """Every text of the window in the current language; the state's texts re-rendered."""
        self.setWindowTitle(self.tr("SkinGPT Desktop"))
        retranslate_menus(self)
        self.report_action.setToolTip(self.tr("Warning signs, summary and urgency, PDFs "
                                              "(Ctrl+R)"))
        self.pack_label.setAccessibleName(self.tr("Model pack status"))
        self._set_pack_text(self._pack_text)
        self._update_can_ask()

    def _set_pack_text(self, text: Text) -> None:
        """The pack status in the status bar (a function: re-rendered on a language change)."""
        self._pack_text = text
        self.pack_label.setText(shown(text))

    # --- start, first run, lock and unlock --------------------------------------------------

    def start(self, pack: str | None = None, image: str | None = None) -> None:
        """Begin: first run if needed, else the unlock screen; load ``pack``, import ``image``."""
        services = self.services
        if pack:
            self.load_named_pack(pack, remember=True)
        elif services.settings.current_pack:
            self.load_pack(services.settings.current_pack, remember=False)
        # A photo named on the command line waits until the vault is unlocked.
        self._start_image = image
        if not services.has_vault() or not services.settings.disclaimer_accepted:
            self.show_locked("")
            QTimer.singleShot(0, self.run_first_run)
        elif services.unlocked:
            self.after_unlock()
        else:
            self.show_locked("")

    def run_first_run(self) -> None:
        from skingpt_desktop.ui.first_run import FirstRunDialog

        dialog = FirstRunDialog(self.services, self.runner,
                                need_vault=not self.services.has_vault(), parent=self)
        dialog.pack_dialog_factory = self._packs_dialog
        self.first_run_dialog = dialog

        def done(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                self.close()
                return
            if dialog.chosen_pack:
                self.load_pack(dialog.chosen_pack)
            if self.services.unlocked:
                self.after_unlock()

        dialog.finished.connect(done)
        dialog.open()

    def unlock(self, secret: str, recovery_key: bool = False) -> None:
        """Unlock in the background (Argon2id); the lock screen shows the outcome."""
        def failed(exc: BaseException) -> None:
            self.lock_screen.failed(exc)

        self.runner.start(self.services.unlock, secret, recovery_key, name="unlock",
                          on_result=lambda _r: self.after_unlock(), on_error=failed)

    def after_unlock(self) -> None:
        self.stack.setCurrentIndex(PAGE_WORK)
        self.lock_action.setEnabled(True)
        self._last_input = time.monotonic()
        self._idle_timer.start()
        self.refresh_sidebar()
        if self.evaluate_dialog is not None:  # left open while locked: its vault list again
            self.evaluate_dialog.refresh_stored()
        self._update_actions()
        if self._start_image:
            self.photos.add_source(self._start_image)
            self._start_image = None
        self.chat.question.setFocus()
        vault = self.services.vault
        for notice in vault.unlock_notices() if vault is not None else ():
            self.show_error(self.tr("Vault"), notice)  # an older copy, or a damaged file
        self.unlocked.emit()

    def show_locked(self, message: Text) -> None:
        self.stack.setCurrentIndex(PAGE_LOCKED)
        self.lock_screen.reset(message)
        self._idle_timer.stop()
        self._update_actions()

    def lock(self, reason: Text = "") -> None:
        """Lock now: stop any answer, forget what is on screen, drop the vault key."""
        if self.dirty and not self.quiet and not reason:
            answer = QMessageBox.question(
                self, self.tr("Lock vault"), self.tr(
                    "Save this case before locking? Unsaved photos and answers are removed "
                    "from the screen when the vault locks."),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.Save:
                self.save_case(then=lambda: self.lock("saved"))
                return
        self._clear_workspace()
        self.sidebar.clear()
        self._close_data_dialogs()
        if self.evaluate_dialog is not None:
            self.evaluate_dialog.vault_locked()
        self.services.lock()
        self.show_locked(reason if reason not in ("", "saved") else "")

    def _close_data_dialogs(self) -> None:
        """Close the dialogs that show or change the app's data (they are not for a locked
        window); the report dialog went with the workspace."""
        self.records.close_dialogs()
        for name in DATA_DIALOGS:
            dialog = getattr(self, name, None)
            if dialog is not None and dialog.isVisible():
                dialog.reject()
            setattr(self, name, None)

    def _open_data_dialog(self, name: str, dialog: QDialog) -> QDialog:
        """Open ``dialog`` as ``self.<name>`` (one of ``DATA_DIALOGS``: closed when locking)."""
        dialog.open()
        setattr(self, name, dialog)
        return dialog

    def _lock_after(self, minutes: int) -> None:
        self.lock(lambda: self.tr("Locked after %n min without use.", "", minutes))

    def check_idle(self, now: float | None = None) -> bool:
        """Auto-lock after the idle time in Settings; unsaved work is saved first."""
        minutes = self.services.settings.auto_lock_minutes
        if not minutes or not self.services.unlocked:
            return False
        now = time.monotonic() if now is None else now
        reporting = self.report_dialog is not None and self.report_dialog.busy
        evaluating = self.evaluate_dialog is not None and self.evaluate_dialog.task_uses_vault
        busy = self.controller.busy or reporting or self.records.busy or evaluating
        if now - self._last_input < minutes * 60 or busy:
            return False
        if self.dirty:
            self.save_case(details=CaseDetails(), then=lambda: self._lock_after(minutes))
        else:
            self._lock_after(minutes)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in INPUT_EVENTS:
            self._last_input = time.monotonic()
        return False

    # --- cases --------------------------------------------------------------------------------

    def _mark_dirty(self) -> None:
        self.dirty = bool(self.photos.photos or self.chat.messages)
        self._update_actions()

    def _clear_workspace(self) -> None:
        if self.report_dialog is not None:
            self.report_dialog.discard()  # nothing of the case stays on screen
            self.report_dialog = None
        self.pending_reports = []
        self.controller.reset()
        self.photos.clear()
        self.chat.clear()
        self.draft = CaseDraft()
        self.chat.set_case_info("")
        self.chat.set_patient_banner("")
        self.dirty = False
        self._update_can_ask()

    def new_case(self) -> None:
        """An empty workspace; the sidebar then shows the previous case's patient (whom the
        next case most likely belongs to), or no row."""
        if self.dirty and not self._confirm_discard():
            return
        kind, record_id = self.sidebar.selected()
        patient = record_id if kind == "patient" else self.sidebar.patient_of(
            record_id if kind == "case" else self.draft.case_id)
        self._clear_workspace()
        self.sidebar.select("patient" if patient else None, patient)

    def _confirm_discard(self) -> bool:
        if self.quiet:
            return True
        answer = QMessageBox.question(self, self.tr("Unsaved case"), self.tr(
            "Discard the photos and answers that are not saved?"))
        return answer == QMessageBox.StandardButton.Yes

    def save_case(self, details: CaseDetails | None = None, then=None) -> None:
        """Store the case (first time: ask for details unless ``details`` is given)."""
        if not self.services.unlocked or self.controller.busy:
            return
        if not self.photos.photos and not self.chat.messages:
            self.statusBar().showMessage(self.tr("Nothing to save yet."), 4000)
            return
        new_patient = None
        if self.draft.case_id is None and details is None:
            dialog = SaveCaseDialog(self.sidebar.patients, self._suggested_title(), self,
                                    patient_id=self._patient_for_new_case(),
                                    cases=self.sidebar.cases)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            details, new_patient = dialog.details(), dialog.chosen_new_patient()
        records = [ChatMessageRecord(m.role, m.text, m.pack_name, m.note, m.time)
                   for m in self.chat.messages]
        pack = self.services.pack.manifest.name if self.services.pack else None
        reports = list(self.pending_reports)

        def saved(draft: CaseDraft) -> None:
            del self.pending_reports[:len(reports)]
            self.draft = draft
            if details is not None:  # the first save: show what was told about the case
                self._show_case_info(Case(title=draft.title, patient_id=draft.patient_id,
                                          body_site=details.body_site, onset=details.onset,
                                          symptoms=details.symptoms, status=details.status,
                                          follows_case_id=details.follows_case_id,
                                          change_note=details.change_note),
                                     new_patient)
            self.dirty = False
            self.statusBar().showMessage(self.tr("Saved: {title}").format(title=draft.title),
                                         5000)
            self.refresh_sidebar(select=("case", draft.case_id))
            self.case_saved.emit(draft.case_id)
            if then is not None:
                then()

        self.runner.start(self.services.save_case, self.draft, details, list(self.photos.photos),
                          records, pack, reports, new_patient, name="save case",
                          on_result=saved,
                          on_error=lambda e: self._vault_error(
                              self.tr("The case was not saved"), e))

    def _patient_for_new_case(self) -> str | None:
        """The patient a new case most likely belongs to: the one selected in the sidebar,
        else the one just added with New patient…"""
        kind, record_id = self.sidebar.selected()
        if kind == "patient":
            return record_id
        if kind == "case" and self.sidebar.patient_of(record_id):
            return self.sidebar.patient_of(record_id)
        known = {p.id for p in self.sidebar.patients}
        added = self.records.last_added_patient_id
        return added if added in known else None

    def _show_case_info(self, case: Case, patient: Patient | None = None) -> None:
        patient = patient or next((p for p in self.sidebar.patients if p.id == case.patient_id),
                                  None)
        earlier = next((c for c in self.sidebar.cases if c.id == case.follows_case_id), None)
        self.chat.set_case_info(lambda: case_details_text(case, earlier))
        self.chat.set_patient_banner((lambda: patient_banner_html(patient)) if patient else "")

    def _case_edited(self, case: Case, new_patient: Patient | None) -> None:
        if case.id != self.draft.case_id:
            return
        self.draft.title, self.draft.patient_id = case.title, case.patient_id
        self._show_case_info(case, new_patient)  # a new patient is not in the sidebar yet

    def _compare_visits(self, case_id: str) -> None:
        if not self.controller.busy:  # the model answers in one place at a time
            self.records.compare_visits(case_id)

    def _suggested_title(self) -> str:
        first = next((m.text for m in self.chat.messages if m.role == "user"), "")
        return " ".join(first.split())[:80]

    def show_report(self) -> ReportDialog | None:
        """The report dialog for the current conversation (the logic is in report_dialog)."""
        source = report_source(self.controller)
        if source is None or not self.services.unlocked:
            return None
        dialog = ReportDialog(self.runner, self.services, source, self.draft.case_id, self)
        # The summary question goes into the model chat; later questions start a fresh chat
        # with the conversation on screen restored, so the summary never becomes part of it.
        dialog.summary_started.connect(self.controller.reset)
        dialog.report_made.connect(self._keep_report)
        self.report_dialog = dialog
        dialog.open()
        return dialog

    def _keep_report(self, report) -> None:
        # An unsaved case's report is stored when the case is saved (same transaction), not by
        # forcing the save dialog mid-report: like its answers, nothing of an unsaved case
        # enters the vault until the user saves (and names) it, and "Save this case before
        # closing?" covers the report too. A saved case's report is stored at once.
        if self.draft.case_id is None:
            self.pending_reports.append(report)
            self.dirty = True

    def open_case(self, case_id: str) -> None:
        if self.controller.busy or (self.dirty and not self._confirm_discard()):
            return

        def opened(case: OpenedCase) -> None:
            self._clear_workspace()
            self.draft = case.draft
            self.photos.set_photos(case.photos)
            if case.case is not None:
                self._show_case_info(case.case)
            self.chat.set_messages([
                ChatMessage(m.role, m.text, pack=self._pack_display(m.pack_name),
                            pack_name=m.pack_name or "", note=m.stop_reason, time=m.time)
                for m in case.messages])
            self.dirty = False
            self._update_actions()
            if case.problems:
                self.show_error(self.tr("Case"), self.tr(
                    "Parts of this case could not be read: {problems}").format(
                        problems="; ".join(case.problems)))
            self.case_opened.emit(case_id)

        self.runner.start(self.services.open_case, case_id, name="open case", on_result=opened,
                          on_error=lambda e: self._vault_error(
                              self.tr("The case could not be opened"), e))

    def _pack_display(self, name: str | None) -> str:
        """Display name of the pack called ``name`` if it is the loaded one, else the name."""
        pack = self.services.pack
        if name and pack is not None and pack.manifest.name == name:
            return pack.manifest.display_name
        return name or ""

    def _delete_case(self, case_id: str) -> None:
        def deleted(_count: int) -> None:
            if self.draft.case_id == case_id:
                self._clear_workspace()
            self.refresh_sidebar()

        self.runner.start(self.services.delete_case, case_id, name="delete case",
                          on_result=deleted,
                          on_error=lambda e: self._vault_error(
                              self.tr("The case was not deleted"), e))

    def _delete_patient(self, patient_id: str, with_cases: bool) -> None:
        self.runner.start(self.services.delete_patient, patient_id, with_cases,
                          name="delete patient", on_result=lambda _n: self.refresh_sidebar(),
                          on_error=lambda e: self._vault_error(
                              self.tr("The patient was not deleted"), e))

    def refresh_sidebar(self, select: tuple[str, str] | None = None) -> None:
        """List patients and cases again (background); then select ``(kind, id)``."""
        if not self.services.unlocked:
            return

        self.runner.start(self.services.sidebar_data, name="list cases",
                          on_result=lambda data: self.sidebar.set_data(*data, select=select),
                          on_error=lambda e: self._vault_error(
                              self.tr("Cases could not be listed"), e))

    def _vault_error(self, what: str, exc: BaseException) -> None:
        message = self.tr("{what}: {detail}").format(what=what, detail=error_text(exc))
        if not self.services.unlocked:
            self.lock(message)
            return
        self.show_error(self.tr("Vault"), message)

    # --- packs and settings -------------------------------------------------------------------

    def load_named_pack(self, spec: str, remember: bool) -> bool:
        """Load the pack ``spec`` names: a folder or an installed pack's name, else the last
        used pack with a notice (``PackLoading.load_named``); False when nothing loads."""
        if not self._may_change_pack():
            return False
        return self.packs.load_named(spec, remember)

    def load_pack(self, folder: str, remember: bool = True) -> None:
        """Check and load a pack in the background; the status bar follows the stages."""
        if self._may_change_pack():
            self.packs.load(folder, remember)

    def _may_change_pack(self) -> bool:
        if self.controller.busy:  # the running answer uses the current model
            self.show_error(self.tr("Model pack"), self.tr(
                "Wait for the answer to finish (or press Stop) before changing the model pack."))
            return False
        self.controller.reset()
        return True

    @property
    def _loading_pack(self) -> bool:
        return self.packs.loading

    def _pack_loaded(self, pack: ModelPack) -> None:
        engine = self.services.engine
        vision = engine.vision_choice.describe() if engine is not None else ""
        # The pack's own text, then the vision tower's one line (English, like the build report)
        self.pack_label.setToolTip("\n\n".join(t for t in (pack.card.intended_use, vision) if t))
        self.engine_ready.emit()

    def _packs_dialog(self, parent: QWidget | None = None) -> PacksDialog:
        return PacksDialog(self.runner, self.services.packs_folder, self.services.pack,
                           gpu_layers=self.services.settings.gpu_layers, parent=parent or self,
                           vision_mode=vision_memory_mode(self.services.settings.vision_backend),
                           failed=self.services.failed_packs)

    def show_packs(self) -> PacksDialog:
        dialog = self._packs_dialog()
        dialog.pack_chosen.connect(self.load_pack)
        return self._open_data_dialog("packs_dialog", dialog)

    def show_settings(self) -> SettingsDialog:
        dialog = SettingsDialog(self.services.settings, self,
                                draft_trial=self.services.engine.draft_trial
                                if self.services.engine else None)

        def done(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                return
            reload = dialog.needs_reload()
            self.services.settings = dialog.result_settings()
            self.services.save_settings()
            self.apply_language()
            if reload and self.services.pack is not None and not self.controller.busy:
                self.load_pack(str(self.services.pack.root))

        dialog.finished.connect(done)
        return self._open_data_dialog("settings_dialog", dialog)

    def show_change_passphrase(self) -> ChangePassphraseDialog:
        """The change-passphrase dialog (the change runs on the task helper)."""
        dialog = ChangePassphraseDialog(self.services, self.runner, self)
        dialog.changed.connect(lambda: self.statusBar().showMessage(
            self.tr("The vault passphrase was changed."), 8000))
        return self._open_data_dialog("passphrase_dialog", dialog)

    def show_backup(self) -> BackupDialog:
        """The backup dialog (the backup is written on the task helper)."""
        dialog = BackupDialog(self.services, self.runner, self)
        dialog.backed_up.connect(lambda text: self.statusBar().showMessage(text, 8000))
        return self._open_data_dialog("backup_dialog", dialog)

    def show_restore(self) -> RestoreDialog:
        """The restore dialog; the sidebar is refreshed once records were added."""
        dialog = RestoreDialog(self.services, self.runner, self)
        dialog.restored.connect(lambda text: self.statusBar().showMessage(text, 8000))
        dialog.restored.connect(lambda _text: self.refresh_sidebar())
        return self._open_data_dialog("restore_dialog", dialog)

    def apply_language(self) -> None:
        """Switch the interface to the language in Settings if it is not the one in effect
        (the system's when none was chosen); the conversation on screen stays as it is."""
        chosen = self.services.settings.language or default_language(QLocale.system().name())
        if chosen != current_language():
            install_language(QApplication.instance(), chosen)

    # --- state of actions ----------------------------------------------------------------------

    def _update_can_ask(self) -> None:
        if self._loading_pack:
            self.chat.set_can_ask(False, self.tr("Loading the model pack…"))
        elif self.services.engine is None:
            self.chat.set_can_ask(False, self.tr("Load a model pack to ask questions "
                                                 "(Model ▸ Model packs)."))
        elif self.photos.current() is None:
            self.chat.set_can_ask(False, self.tr("Add a photo to ask about it."))
        else:
            self.chat.set_can_ask(True)
        self._update_header()
        self._update_actions()

    def _update_header(self) -> None:
        pack = self.services.pack
        entry = self.photos.current()
        parts = []
        if entry is not None:
            parts.append(self.tr("Asking about photo {number} ({view})").format(
                number=self.photos.current_index + 1, view=view_name(entry.view)))
        if pack is not None:
            parts.append(self.tr("model pack: {pack}").format(pack=pack.manifest.display_name))
        self.chat.set_header(" · ".join(parts))

    def _update_actions(self, *_args) -> None:
        # Locked means locked: only Unlock (the lock screen) and Quit work; no photo is taken
        # in by any route and no dialog that shows or changes the app's data opens.
        working = self.stack.currentIndex() == PAGE_WORK and self.services.unlocked
        busy = self.controller.busy
        self.photos.set_accepting(working)
        for action in (self.open_photo_action, self.paste_photo_action, self.camera_action,
                       self.packs_action, self.settings_action, self.question_action,
                       self.passphrase_action):
            action.setEnabled(working)
        self.save_action.setEnabled(working and not busy)
        self.new_action.setEnabled(working and not busy)
        self.backup_action.setEnabled(working and not busy)
        self.restore_action.setEnabled(working and not busy)
        self.salvage_action.setEnabled(working and not busy)
        self.lock_action.setEnabled(self.services.unlocked)
        self.report_action.setEnabled(working and self.services.unlocked and not self._loading_pack
                                      and report_source(self.controller) is not None)

    # --- messages -----------------------------------------------------------------------------

    def show_notice(self, title: str, message: str) -> None:
        """Tell the user something done (non-blocking); quiet mode: status bar only."""
        self.statusBar().showMessage(message, 15000)
        if not self.quiet:
            QMessageBox(QMessageBox.Icon.Information, title, message,
                        QMessageBox.StandardButton.Ok, self).open()

    def show_error(self, title: str, message: str) -> None:
        """Tell the user (non-blocking); in quiet mode only the signal is emitted."""
        self.statusBar().showMessage(message, 10000)
        self.error_shown.emit(message)
        if not self.quiet:
            box = QMessageBox(QMessageBox.Icon.Warning, title, message,
                              QMessageBox.StandardButton.Ok, self)
            box.open()

    def show_disclaimer(self) -> TextDialog:
        """The full disclaimer (a data text) in the interface language."""
        return open_disclaimer(self)

    def show_shortcuts(self) -> TextDialog:
        return open_shortcuts(self)

    def show_about(self) -> TextDialog:
        """About, with the build report gathered on the task helper (see ``open_about``)."""
        return open_about(self, self.runner, self._copy_build_report)

    def _copy_build_report(self, report: str) -> None:
        QApplication.clipboard().setText(report)
        self.statusBar().showMessage(self.tr("Build report copied: paste it where support asks."),
                                     5000)

    # --- closing ------------------------------------------------------------------------------

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        """Closing while an answer is written: stop it, wait for the worker, then free things."""
        if self.dirty and not self.quiet and not self._closing and self.services.unlocked:
            answer = QMessageBox.question(
                self, self.tr("Unsaved case"), self.tr("Save this case before closing?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel)
            if answer == QMessageBox.StandardButton.Cancel:
                event.ignore()
                return
            if answer == QMessageBox.StandardButton.Save:
                event.ignore()
                self.save_case(then=self._close_after_save)
                return
        if not self._closing and not self._evaluation_may_stop():
            event.ignore()
            return
        self._closing = True
        self._idle_timer.stop()
        QApplication.instance().removeEventFilter(self)
        self.controller.stop()
        self.runner.cancel_all()
        if self.runner.wait_all(60_000):
            self.services.close()
        # else: a worker still runs native code on the model; freeing it now could crash, and
        # the process is about to exit anyway.
        event.accept()

    def _evaluation_may_stop(self) -> bool:
        """Closing stops a running evaluation (its answers so far are kept): ask first."""
        dialog = self.evaluate_dialog
        if dialog is None or not dialog.running or self.quiet:
            return True
        answer = QMessageBox.question(
            self, self.tr("Evaluation running"), self.tr(
                "An evaluation is running. Quit and stop it? The answers so far are kept: "
                "Resume continues it later."))
        return answer == QMessageBox.StandardButton.Yes

    def _close_after_save(self) -> None:
        self._closing = True
        self.close()
