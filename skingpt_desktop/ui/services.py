"""The service layer between the widgets and the headless core.

``Services`` holds what the app has open (data folder, settings, vault, model pack, engine) and
offers the slow operations as task functions ``fn(ctx, ...)`` for :class:`TaskRunner`. Widgets
never call the core directly and never run these functions on the GUI thread (tests may).

Vault calls are serialised by one lock: the vault object is used by one thread at a time.
"""

from __future__ import annotations

import contextlib
import dataclasses
import threading
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PIL import Image
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QImage

from skingpt_desktop.core.engine import Chat, Engine, EngineSettings
from skingpt_desktop.core.errors import ImageError, VaultError
from skingpt_desktop.core.llm.chat_session import Answer
from skingpt_desktop.core.llm.conversation import Turn
from skingpt_desktop.core.llm.llm import GenerationSettings
from skingpt_desktop.core.llm.speed_trial import TRIALS_FILENAME, TrialLedger, choose_draft
from skingpt_desktop.core.packs.hashing import HashCache
from skingpt_desktop.core.packs.pack import ModelPack
from skingpt_desktop.core.packs.pack_folders import packs_dir, resolve_pack
from skingpt_desktop.core.packs.probe import LEDGER_FILENAME, ProbeLedger
from skingpt_desktop.core.report.model import Report
from skingpt_desktop.core.report.store import store_report
from skingpt_desktop.core.report.subject import CaseSubject, load_subject
from skingpt_desktop.core.storage import paths
from skingpt_desktop.core.storage.backup import BackupPreview, ExportSummary, ImportSummary
from skingpt_desktop.core.storage.crypto import KdfParams
from skingpt_desktop.core.storage.drafts import CaseDetails, CaseDraft
from skingpt_desktop.core.storage.models import Case, CaseSummary, Message, Patient
from skingpt_desktop.core.storage.salvage import SalvageSummary, salvage
from skingpt_desktop.core.storage.vault import Vault
from skingpt_desktop.core.vision.preprocess import load_photo
from skingpt_desktop.ui.photo_panel import PhotoEntry, entry_from_image
from skingpt_desktop.ui.qimages import pil_to_qimage
from skingpt_desktop.ui.settings import AppSettings, SettingsStore
from skingpt_desktop.ui.tasks import TaskContext

HASH_CACHE_FILE = "pack-hashes.json"


@dataclass
class OpenedCase:
    """A case loaded from the vault for the screen."""

    draft: CaseDraft
    photos: list[PhotoEntry]
    messages: list[Message]
    problems: list[str] = field(default_factory=list)
    case: Case | None = None  # the stored details (body site, onset, symptoms, status)


@dataclass
class Visit:
    """One visit of a lesion for the side-by-side view: the case and its first photo."""

    case: Case
    photo: PhotoEntry | None  # None: the visit has no readable photo


def _photo_entries(photos: list) -> list[PhotoEntry]:
    """The photo panel's entries for stored photos (decoded and checked again)."""
    entries = []
    for photo in photos:
        entry = entry_from_image(load_photo(photo.data))
        entry.photo_id, entry.view = photo.id, photo.view  # the view label as it was saved
        entries.append(entry)
    return entries


@dataclass
class ChatMessageRecord:
    """A message on screen, with what the vault needs to store it."""

    role: str
    text: str
    pack: str = ""
    stop_reason: str = ""  # "" (complete), "stopped" or "failed": kept with the answer
    time: float = 0.0  # when it was asked or answered (0: now)


class Services:
    """The app's open state and its slow operations (see module docstring)."""

    def __init__(self, data_folder: Path, *, kdf: KdfParams | None = None) -> None:
        self.data_folder = Path(data_folder)
        self.settings_store = SettingsStore(self.data_folder)
        self.settings: AppSettings = self.settings_store.load()
        self.kdf = kdf  # None: calibrated for this machine (tests pass a cheap one)
        self.vault: Vault | None = None
        self.pack: ModelPack | None = None
        self.engine: Engine | None = None
        # Packs that failed to load in this session: resolved folder -> the error sentence
        # (the packs dialog marks them).
        self.failed_packs: dict[str, str] = {}
        self._vault_lock = threading.Lock()

    # --- settings and folders ---------------------------------------------------------------

    def save_settings(self) -> None:
        self.settings_store.save(self.settings)

    @property
    def packs_folder(self) -> Path:
        return packs_dir(self.data_folder)

    def pack_folder(self, spec: str | Path) -> Path:
        """The folder a ``--pack`` value means: a folder, or an installed pack's name
        (``PackError`` listing the installed ones if neither)."""
        return resolve_pack(spec, self.data_folder)

    @property
    def vault_file(self) -> Path:
        return paths.vault_path(self.data_folder)

    def has_vault(self) -> bool:
        return Vault.exists(self.vault_file)

    # --- vault: creating, unlocking, locking ------------------------------------------------

    @property
    def unlocked(self) -> bool:
        return self.vault is not None and self.vault.is_unlocked

    def create_vault(self, ctx: TaskContext, passphrase: str, recovery: bool) -> str | None:
        """Task: create the vault (slow key derivation); returns the recovery key if asked."""
        with self._vault_lock:
            vault = Vault.create(self.vault_file, passphrase, kdf=self.kdf, idle_timeout_s=None)
            self.vault = vault
            return vault.add_recovery_key() if recovery else None

    def unlock(self, ctx: TaskContext, secret: str, recovery_key: bool = False) -> None:
        """Task: unlock with the passphrase (or the recovery key)."""
        with self._vault_lock:
            if self.vault is None:
                self.vault = Vault.open(self.vault_file, idle_timeout_s=None)
            if recovery_key:
                self.vault.unlock_with_recovery_key(secret)
            else:
                self.vault.unlock(secret)

    def change_passphrase(self, ctx: TaskContext, current: str, new: str,
                          new_data_key: bool = False) -> str | None:
        """Task: re-wrap the vault key under ``new`` (slow key derivation, twice); with
        ``new_data_key`` re-encrypt every record under a fresh key (progress: (done, total))
        and return the new recovery key when the vault had one (shown once)."""
        with self._vault_lock:
            vault = self._open_vault()
            if not new_data_key:
                vault.change_passphrase(current, new)
                return None
            return vault.change_passphrase_and_data_key(
                current, new, lambda done, total: ctx.progress((done, total)))

    def salvage_vault(self, ctx: TaskContext, destination_folder: str | Path,
                      passphrase: str) -> SalvageSummary:
        """Task: copy every record of this (damaged) vault file that still reads into a new
        vault in ``destination_folder`` (core/storage/salvage.py)."""
        return salvage(self.vault_file, passphrase,
                       paths.vault_path(Path(destination_folder)),
                       lambda done, total: ctx.progress((done, total)))

    # --- vault: backup and restore (progress: (records done, total); total 0: not known yet) -

    def export_backup(self, ctx: TaskContext, dest: str | Path, passphrase: str,
                      case_id: str | None = None, *, vault_passphrase: str | None = None,
                      overwrite: bool = False) -> ExportSummary:
        """Task: write an encrypted backup under ``passphrase``; with ``vault_passphrase`` that
        is checked first (``WrongPassphraseError``: nothing is written)."""
        with self._vault_lock:
            vault = self._open_vault()
            if vault_passphrase is not None:
                vault.check_passphrase(vault_passphrase)
            ctx.cancel.raise_if_cancelled()
            return vault.export_backup(dest, passphrase, case_id=case_id, overwrite=overwrite,
                                       **_backup_callbacks(ctx))

    def preview_backup(self, ctx: TaskContext, src: str | Path, passphrase: str) -> BackupPreview:
        """Task: verify a backup completely and say what restoring it would add; writes nothing."""
        with self._vault_lock:
            return self._open_vault().preview_backup(src, passphrase, **_backup_callbacks(ctx))

    def import_backup(self, ctx: TaskContext, src: str | Path, passphrase: str) -> ImportSummary:
        """Task: verify a backup again and add the records the vault lacks (one transaction)."""
        with self._vault_lock:
            return self._open_vault().import_backup(src, passphrase, **_backup_callbacks(ctx))

    def lock(self) -> None:
        """Drop the vault key now (GUI thread; the idle timer lives in the main window).

        Waits for a vault call in flight (a save takes well under a second), so a save or an
        open never has the key wiped from under it halfway."""
        with self._vault_lock:
            if self.vault is not None:
                self.vault.lock()

    def close(self) -> None:
        """Lock and close the vault, free the model (app exit)."""
        with self._vault_lock:
            if self.vault is not None:
                self.vault.close()
                self.vault = None
        if self.engine is not None:
            self.engine.close()
            self.engine = None

    @contextlib.contextmanager
    def vault_access(self) -> Iterator[Vault]:
        """The unlocked vault for one short call from a task (the same guard as every call
        here: a lock waits for it, and a locked vault raises ``VaultError``)."""
        with self._vault_lock:
            yield self._open_vault()

    def _open_vault(self) -> Vault:
        if self.vault is None or not self.vault.is_unlocked:
            raise VaultError(QCoreApplication.translate(
                "Services", "the vault is locked; unlock it with your passphrase"))
        return self.vault

    # --- vault content ----------------------------------------------------------------------

    def sidebar_data(self, ctx: TaskContext) -> tuple[list[Patient], list[CaseSummary]]:
        """Task: patients and case summaries for the sidebar."""
        with self._vault_lock:
            vault = self._open_vault()
            return vault.list_patients(), vault.list_cases()

    def add_patient(self, ctx: TaskContext, patient: Patient) -> Patient:
        with self._vault_lock:
            return self._open_vault().add_patient(patient)

    def get_patient(self, ctx: TaskContext, patient_id: str) -> Patient:
        with self._vault_lock:
            return self._open_vault().get_patient(patient_id)

    def update_patient(self, ctx: TaskContext, patient: Patient) -> Patient:
        with self._vault_lock:
            return self._open_vault().update_patient(patient)

    def get_case(self, ctx: TaskContext, case_id: str) -> Case:
        with self._vault_lock:
            return self._open_vault().get_case(case_id)

    def case_subject(self, ctx: TaskContext, case_id: str) -> CaseSubject:
        """Task: the patient and case details a clinician report of ``case_id`` shows."""
        with self._vault_lock:
            return load_subject(self._open_vault(), case_id)

    def update_case(self, ctx: TaskContext, case: Case, new_patient: Patient | None = None) -> Case:
        """Task: store a case's edited details (and the patient made while editing, if any)."""
        with self._vault_lock:
            return self._open_vault().update_case(case, new_patient)

    def delete_case(self, ctx: TaskContext, case_id: str) -> int:
        with self._vault_lock:
            return self._open_vault().delete_case(case_id)

    def delete_patient(self, ctx: TaskContext, patient_id: str, with_cases: bool) -> int:
        with self._vault_lock:
            return self._open_vault().delete_patient(patient_id, with_cases=with_cases)

    def save_case(self, ctx: TaskContext, draft: CaseDraft, details: CaseDetails | None,
                  photos: Sequence[PhotoEntry], messages: Sequence[ChatMessageRecord],
                  pack_name: str | None, reports: Sequence[Report] = (),
                  new_patient: Patient | None = None) -> CaseDraft:
        """Task: store what is new since the last save; returns the updated draft.

        The first save creates the case; later saves add new photos and new messages only.
        The vault's ``save_case`` (the CLI's path too) encodes each new photo once, from the
        pixels on screen. ``reports`` made before the case was saved are stored with it, in
        the same transaction, as is ``new_patient`` (made in the save dialog).
        """
        new = [i for i, entry in enumerate(photos) if entry.photo_id is None]
        records = [Message(role=m.role, text=m.text, pack_name=m.pack or None,
                           stop_reason=m.stop_reason, time=m.time) for m in messages]
        with self._vault_lock:
            vault = self._open_vault()
            # Without reports the vault's own transaction starts after the photos are encoded.
            with vault.transaction() if reports else contextlib.nullcontext():
                saved = vault.save_case(draft, records, [photos[i].image for i in new],
                                        pack_name, details, new_patient,
                                        views=[photos[i].view for i in new])
                for report in reports:
                    store_report(vault, saved.draft.case_id, report)
        for i, photo_id in zip(new, saved.photo_ids, strict=False):  # only once the transaction has committed
            photos[i].photo_id = photo_id
        return saved.draft

    def store_report(self, ctx: TaskContext, case_id: str, report: Report) -> str:
        """Task: store ``report`` with the saved case ``case_id`` (as ``report --save`` does);
        returns the stored record's id."""
        with self._vault_lock:
            return store_report(self._open_vault(), case_id, report).id

    def open_case(self, ctx: TaskContext, case_id: str) -> OpenedCase:
        """Task: load a case's photos (decoded, checked) and its latest conversation."""
        with self._vault_lock:
            vault = self._open_vault()
            case = vault.get_case(case_id)
            stored_photos = vault.list_photos(case_id)
            conversations = vault.list_conversations(case_id)
            conversation = vault.get_conversation(conversations[-1].id) if conversations else None
        entries = _photo_entries(stored_photos)
        draft = CaseDraft(case_id=case.id, title=case.title, patient_id=case.patient_id)
        messages: list[Message] = []
        problems: list[str] = []
        if conversation is not None:
            draft.conversation_id = conversation.id
            messages = [m for m in conversation.messages if m.role in ("user", "assistant")]
            draft.saved_messages = len(messages)
            problems = list(conversation.damaged)
        return OpenedCase(draft, entries, messages, problems, case)

    def lesion_visits(self, ctx: TaskContext, case_id: str) -> list[Visit]:
        """Task: every visit of the lesion ``case_id`` shows, oldest first, each with its first
        photo (the one the comparison shows and asks about)."""
        with self._vault_lock:
            vault = self._open_vault()
            stored = [(case, vault.list_photos(case.id)[:1])
                      for case in vault.lesion_visits(case_id)]
        visits = []
        for case, first in stored:  # decoded outside the lock: other vault calls go on
            ctx.cancel.raise_if_cancelled()
            visits.append(Visit(case, next(iter(_photo_entries(first)), None)))
        return visits

    def visit_thumbnails(self, ctx: TaskContext, case_ids: Sequence[str],
                         side: int = 96) -> dict[str, QImage]:
        """Task: each case's first photo, at most ``side`` px, for a patient's list of visits
        (a case without a readable photo has none)."""
        thumbnails: dict[str, QImage] = {}
        for case_id in case_ids:
            ctx.cancel.raise_if_cancelled()
            with self._vault_lock:
                photos = self._open_vault().list_photos(case_id)
            try:
                image = load_photo(photos[0].data) if photos else None
            except ImageError:
                continue  # a damaged photo: the visit is listed without a picture
            if image is not None:
                image.thumbnail((side, side), Image.Resampling.LANCZOS)
                thumbnails[case_id] = pil_to_qimage(image)
        return thumbnails

    # --- model packs and the engine ---------------------------------------------------------

    def open_pack(self, ctx: TaskContext, folder: str | Path) -> ModelPack:
        """Task: validate a pack folder (hashes checked once, then cached by size + mtime)."""
        cache = HashCache(self.data_folder / HASH_CACHE_FILE)
        return ModelPack.open(Path(folder), verify_hashes=True, hash_cache=cache)

    def engine_settings(self) -> EngineSettings:
        s = self.settings
        return EngineSettings(threads=s.threads or None, gpu_layers=s.gpu_layers, n_ctx=s.n_ctx,
                              vision_backend=s.vision_backend,
                              draft="off" if s.speculative == "off" else "auto")

    def load_engine(self, ctx: TaskContext, pack: ModelPack) -> Engine:
        """Task: load both models of ``pack``; ``install_engine`` then makes it current. With
        speculative decoding on "auto" the draft stays only where it measured faster here (a
        short trial at the first load with these files and settings, then remembered)."""
        report = lambda stage, fraction: ctx.progress((stage, fraction))  # noqa: E731
        engine = Engine.load(pack, self.engine_settings(), progress=report,
                             probe=ProbeLedger(self.data_folder / LEDGER_FILENAME))
        if self.settings.speculative == "auto" and engine.draft is not None:
            report("Measuring whether speculative decoding is faster on this computer", 0.95)
            try:
                engine.draft_trial = choose_draft(engine, TrialLedger(
                    self.data_folder / TRIALS_FILENAME), ctx.cancel.event)
                ctx.cancel.raise_if_cancelled()
            except BaseException:
                engine.close()
                raise
        return engine

    def install_engine(self, engine: Engine) -> None:
        """GUI thread: make ``engine`` current, freeing the previous one."""
        old, self.engine, self.pack = self.engine, engine, engine.pack
        if old is not None and old is not engine:
            old.close()

    def generation_settings(self) -> GenerationSettings:
        """The pack's defaults with the user's sampling settings on top."""
        base = self.engine.default_generation() if self.engine else GenerationSettings()
        s = self.settings
        return dataclasses.replace(base, temperature=s.temperature, top_p=s.top_p,
                                   max_new_tokens=s.max_new_tokens, deterministic=s.deterministic)

    def start_chat(self, ctx: TaskContext, engine: Engine, image: Image.Image,
                   history: Sequence[tuple[str, str]] = ()) -> Chat:
        """Task: encode the photo and open a conversation (earlier turns restored if given)."""
        return engine.start_chat(image, turns=[Turn(q, a) for q, a in history])

    def model_question(self, question: str) -> str:
        """The question as sent to the model: the answer-language request appended if needed."""
        if self.settings.answer_language == "en":
            return question
        return f"{question} Please answer in {self.settings.language_name()}."

    def ask(self, ctx: TaskContext, chat: Chat, question: str,
            settings: GenerationSettings) -> Answer:
        """Task: generate an answer, reporting the text so far; Stop ends it within a token."""
        pieces: list[str] = []

        def on_token(piece: str) -> None:
            pieces.append(piece)
            ctx.progress("".join(pieces))

        return chat.ask(self.model_question(question), settings, on_token=on_token,
                        cancel=ctx.cancel.event)

    def ask_about_photo(self, ctx: TaskContext, engine: Engine, image: Image.Image,
                        question: str, settings: GenerationSettings) -> Answer:
        """Task: one question about one photo, in a conversation of its own (the follow-up
        view asks about each visit's photo in turn)."""
        chat = self.start_chat(ctx, engine, image)
        ctx.cancel.raise_if_cancelled()
        return self.ask(ctx, chat, question, settings)


def _backup_callbacks(ctx: TaskContext) -> dict:
    """The progress and cancel hooks the vault's backup functions take, wired to ``ctx``."""
    return {"progress": lambda done, total: ctx.progress((done, total)),
            "cancelled": lambda: ctx.cancel.cancelled}
