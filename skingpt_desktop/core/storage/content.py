"""Create, read, update and delete the vault's contents (mixed into :class:`Vault`).

Ownership links used for indexed loading (``records.parent``): photo, conversation and report
-> case; message -> conversation. A case's patient link lives inside the encrypted case record,
so the file does not reveal which cases belong to the same person.
"""

from __future__ import annotations

import dataclasses
import sqlite3
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import TypeVar

from skingpt_desktop.core.errors import VaultError
from skingpt_desktop.core.storage import lesions, schema
from skingpt_desktop.core.storage.drafts import CaseDetails, CaseDraft, SavedCase
from skingpt_desktop.core.storage.models import (
    Case,
    CaseSummary,
    Conversation,
    DamagedRecord,
    Message,
    Patient,
    Photo,
    Report,
    check_photo_view,
    from_fields,
    to_fields,
)
from skingpt_desktop.core.storage.photos import CleanPhoto, PhotoSource, clean_photo
from skingpt_desktop.core.storage.records import RecordDamagedError, RecordStore, check_id

TITLE_CHARS = 80

_Dated = TypeVar("_Dated", Patient, Case)  # records that carry created_at and updated_at


class VaultContent:
    """Content operations; expects ``_store``, ``_conn`` and ``_audit`` from :class:`Vault`."""

    _store: RecordStore
    _conn: sqlite3.Connection

    _audit: Callable[..., None]  # Vault._audit(event, **details)

    @contextmanager
    def transaction(self) -> Iterator[None]:
        """Group several calls into one atomic write: all of them are saved, or none.

        Calls inside join the outer transaction; an exception rolls everything back.
        """
        with schema.transaction(self._conn):
            yield

    # ----- patients ---------------------------------------------------------------------------

    def add_patient(self, patient: Patient) -> Patient:
        """Store a new patient; returns it with ``id`` and times set."""
        patient.validate()
        return self._insert_dated("patient", patient)

    def get_patient(self, patient_id: str) -> Patient:
        """One patient (``RecordDamagedError`` if its record fails authentication)."""
        _, fields, _ = self._store.get("patient", check_id(patient_id, "patient id"))
        return from_fields(Patient, fields, id=patient_id)

    def update_patient(self, patient: Patient) -> Patient:
        """Replace a patient's fields (matched by ``patient.id``)."""
        patient.validate()
        patient.created_at = self.get_patient(patient.id).created_at
        return self._reseal_dated("patient", patient)

    def list_patients(self) -> list[Patient]:
        """Readable patients in creation order (damaged ones are named by ``verify()``)."""
        return [from_fields(Patient, fields, id=row.id)
                for row, fields, _ in self._store.load_all("patient") if fields is not None]

    def delete_patient(self, patient_id: str, *, with_cases: bool = False) -> int:
        """Delete a patient; their cases are deleted too, or kept without the link."""
        self.get_patient(patient_id)
        # Each case record is decrypted once; the list is built before any row changes.
        owned = [from_fields(Case, fields, id=row.id)
                 for row, fields, _ in self._store.load_all("case")
                 if fields is not None and fields.get("patient_id") == patient_id]
        removed = 1
        with schema.transaction(self._conn):
            for case in owned:
                if with_cases:
                    removed += self.delete_case(case.id)
                else:  # the case stays, anonymous; a follow-up link needs a patient, so it goes
                    case.patient_id, case.follows_case_id = None, None
                    case.validate()
                    self._reseal_dated("case", case)
            self._store.delete([patient_id])
            self._audit("delete", kind="patient", record_id=patient_id, records=removed)
        return removed

    # ----- cases ------------------------------------------------------------------------------

    def add_case(self, case: Case) -> Case:
        """Store a new case; returns it with ``id`` and times set."""
        case.validate()
        if case.patient_id is not None:
            self._store.row("patient", check_id(case.patient_id, "patient id"))
        self._check_follow_link(case)
        return self._insert_dated("case", case)

    def get_case(self, case_id: str) -> Case:
        """One case (``RecordDamagedError`` if its record fails authentication)."""
        _, fields, _ = self._store.get("case", check_id(case_id, "case id"))
        return from_fields(Case, fields, id=case_id)

    def update_case(self, case: Case, new_patient: Patient | None = None) -> Case:
        """Replace a case's fields (matched by ``case.id``); ``new_patient``, if given, is
        stored first in the same transaction and becomes the case's patient."""
        case.validate()
        stored = self.get_case(case.id)
        case.created_at = stored.created_at
        case.first_question = stored.first_question  # set by the conversation, not the form
        with schema.transaction(self._conn):
            if new_patient is not None:
                case.patient_id = self.add_patient(new_patient).id
            elif case.patient_id is not None:
                self._store.row("patient", check_id(case.patient_id, "patient id"))
            self._check_follow_link(case)
            return self._reseal_dated("case", case)

    def _check_follow_link(self, case: Case) -> None:
        """A follow-up link must name an earlier, readable case of the same patient."""
        if case.follows_case_id is None:
            return
        earlier = self.get_case(check_id(case.follows_case_id, "earlier visit id"))
        lesions.check_link(case, earlier, {c.id: c for c in self._readable_cases()})

    def _readable_cases(self) -> list[Case]:
        """Every case that opens (damaged ones are named by ``verify()``)."""
        return [from_fields(Case, fields, id=row.id)
                for row, fields, _ in self._store.load_all("case") if fields is not None]

    def lesion_visits(self, case_id: str) -> list[Case]:
        """The visits of the lesion that ``case_id`` shows, oldest first (itself included)."""
        self.get_case(case_id)
        return lesions.lesion_visits(case_id, self._readable_cases())

    def list_cases(self, patient_id: str | None = None) -> list[CaseSummary]:
        """Cases, newest first; a damaged case is listed with ``damaged=True`` at the end."""
        counts = self._child_counts(("photo", "conversation"))
        summaries = []
        for row, fields, _ in self._store.load_all("case"):
            photos = counts.get((row.id, "photo"), 0)
            chats = counts.get((row.id, "conversation"), 0)
            if fields is None:
                if patient_id is None:
                    summaries.append(CaseSummary(row.id, None, "", "", "", None, photos, chats,
                                                 damaged=True))
                continue
            case = from_fields(Case, fields, id=row.id)
            if patient_id is not None and case.patient_id != patient_id:
                continue
            summaries.append(CaseSummary(case.id, case.created_at, case.title, case.first_question,
                                         case.status, case.patient_id, photos, chats,
                                         follows_case_id=case.follows_case_id))
        return sorted(summaries, key=lambda s: (s.damaged, -(s.created_at or 0.0)))

    def delete_case(self, case_id: str) -> int:
        """Delete a case with its photos, conversations (and messages) and reports."""
        self._store.row("case", check_id(case_id, "case id"))
        doomed = [case_id]
        for kind in ("photo", "report", "conversation"):
            doomed += self._store.ids(kind, case_id)
        for conversation_id in self._store.ids("conversation", case_id):
            doomed += self._store.ids("message", conversation_id)
        try:
            deleted = self.get_case(case_id)
        except RecordDamagedError:  # its own link is unreadable: later visits lose theirs
            deleted = Case(id=case_id)
        with schema.transaction(self._conn):
            for follower in lesions.relink_after_delete(deleted, self._readable_cases()):
                self._reseal_dated("case", follower)  # now follows the visit before, if any
            self._store.delete(doomed)
            self._audit("delete", kind="case", record_id=case_id, records=len(doomed))
        return len(doomed)

    def _insert_dated(self, kind: str, record: _Dated) -> _Dated:
        """Insert a validated new patient or case; returns a copy with id and times set."""
        now = time.time()
        stored = dataclasses.replace(record, created_at=now, updated_at=now)
        stored.id = self._store.insert(kind, to_fields(stored))
        return stored

    def _reseal_dated(self, kind: str, record: _Dated) -> _Dated:
        """Re-seal a validated stored patient or case (``created_at`` as stored) as updated now."""
        record.updated_at = time.time()
        self._store.update(kind, record.id, to_fields(record))
        return record

    def _child_counts(self, kinds: tuple[str, ...]) -> dict[tuple[str, str], int]:
        """Rows per (owner, kind), counted by SQLite without decrypting anything."""
        marks = ", ".join("?" * len(kinds))
        rows = self._conn.execute(f"SELECT parent, kind, COUNT(*) FROM records WHERE kind IN "
                                  f"({marks}) GROUP BY parent, kind", kinds)
        return {(parent, kind): n for parent, kind, n in rows}

    # ----- photos -----------------------------------------------------------------------------

    def add_photo(self, case_id: str, raw: PhotoSource, view: str = "close-up") -> Photo:
        """Encode ``raw`` once as a pixels-only JPEG (no EXIF/GPS survives) and store it with the
        case; ``raw`` is the photo's bytes, its file, or pixels from ``preprocess.load_photo``;
        ``view`` is how it was taken (``models.PHOTO_VIEWS``)."""
        self._store.row("case", check_id(case_id, "case id"))
        return self._insert_photo(case_id, clean_photo(raw), view)

    def _insert_photo(self, case_id: str, clean: CleanPhoto, view: str = "close-up") -> Photo:
        photo = Photo(data=clean.data, mime=clean.mime, width=clean.width, height=clean.height,
                      case_id=case_id, sha256=clean.sha256, created_at=time.time(), view=view)
        photo.validate()
        fields = to_fields(photo, exclude=("id", "data", "case_id"))
        photo.id = self._store.insert("photo", fields, data=clean.data, parent=case_id)
        return photo

    def get_photo(self, photo_id: str) -> Photo:
        """One photo with its bytes."""
        parent, fields, data = self._store.get("photo", check_id(photo_id, "photo id"))
        return from_fields(Photo, fields, id=photo_id, case_id=parent, data=data)

    def list_photos(self, case_id: str) -> list[Photo]:
        """A case's readable photos, in the order they were added."""
        return [from_fields(Photo, fields, id=row.id, case_id=case_id, data=data)
                for row, fields, data in self._store.load_all("photo", case_id, by_parent=True)
                if fields is not None]

    # ----- conversations ----------------------------------------------------------------------

    def start_conversation(self, case_id: str, pack_name: str | None = None) -> Conversation:
        """A new, empty conversation attached to a case."""
        self._store.row("case", check_id(case_id, "case id"))
        conversation = Conversation(case_id=case_id, pack_name=pack_name, created_at=time.time())
        fields = to_fields(conversation, exclude=("id", "case_id", "messages", "damaged"))
        conversation.id = self._store.insert("conversation", fields, parent=case_id)
        return conversation

    def add_message(self, conversation_id: str, message: Message) -> Message:
        """Append a message; its position is sealed inside it, the count inside the conversation."""
        message.validate()
        with schema.transaction(self._conn):
            parent, fields, _ = self._store.get("conversation",
                                                check_id(conversation_id, "conversation id"))
            index = int(fields.get("message_count", 0))
            stored = Message(role=message.role, text=message.text, time=message.time or time.time(),
                             pack_name=message.pack_name or fields.get("pack_name"), index=index,
                             stop_reason=message.stop_reason)
            stored.id = self._store.insert("message", to_fields(stored), parent=conversation_id)
            self._store.update("conversation", conversation_id,
                               {**fields, "message_count": index + 1})
            if stored.role == "user" and parent is not None:
                self._note_first_question(parent, stored.text)
        return stored

    def _note_first_question(self, case_id: str, text: str) -> None:
        case = self.get_case(case_id)
        if not case.first_question:
            case.first_question = text
            case.title = case.title or _title_from(text)
            case.validate()
            self._reseal_dated("case", case)

    def get_conversation(self, conversation_id: str) -> Conversation:
        """A conversation with its messages in order; unreadable or missing ones in ``damaged``."""
        parent, fields, _ = self._store.get("conversation",
                                            check_id(conversation_id, "conversation id"))
        conversation = from_fields(Conversation, fields, id=conversation_id, case_id=parent)
        by_index: dict[int, Message] = {}
        for row, msg_fields, _ in self._store.load_all("message", conversation_id, by_parent=True):
            if msg_fields is None:
                conversation.damaged.append(f"message {row.id} failed authentication")
                continue
            message = from_fields(Message, msg_fields, id=row.id)
            by_index.setdefault(message.index, message)
        for index in range(conversation.message_count):
            if index in by_index:
                conversation.messages.append(by_index[index])
            else:
                conversation.damaged.append(f"message {index + 1} of "
                                            f"{conversation.message_count} is missing or damaged")
        return conversation

    def list_conversations(self, case_id: str) -> list[Conversation]:
        """A case's readable conversations without their messages (``message_count`` is set)."""
        return [from_fields(Conversation, fields, id=row.id, case_id=case_id)
                for row, fields, _ in self._store.load_all("conversation", case_id, by_parent=True)
                if fields is not None]

    def _missing_messages(self, recorded: dict[str, int]) -> list[DamagedRecord]:
        """Conversations whose sealed message count (``recorded``, by id) differs from the rows."""
        present = self._child_counts(("message",))
        found = []
        for conversation_id, expected in recorded.items():
            count = present.get((conversation_id, "message"), 0)
            if count != expected:
                found.append(DamagedRecord(conversation_id, "conversation",
                                           f"{expected} messages recorded, {count} present"))
        return found

    # ----- reports ----------------------------------------------------------------------------

    def add_report(self, report: Report) -> Report:
        """Store a report for ``report.case_id``."""
        report.validate()
        self._store.row("case", check_id(report.case_id, "case id"))
        report.created_at = report.created_at or time.time()
        fields = to_fields(report, exclude=("id", "case_id"))
        report.id = self._store.insert("report", fields, parent=report.case_id)
        return report

    def get_report(self, report_id: str) -> Report:
        """One report."""
        parent, fields, _ = self._store.get("report", check_id(report_id, "report id"))
        return from_fields(Report, fields, id=report_id, case_id=parent)

    def list_reports(self, case_id: str) -> list[Report]:
        """A case's readable reports in the order they were written."""
        return [from_fields(Report, fields, id=row.id, case_id=case_id)
                for row, fields, _ in self._store.load_all("report", case_id, by_parent=True)
                if fields is not None]

    # ----- saving a case: the one path for `ask --save` and the GUI --------------------------

    def save_case(self, draft: CaseDraft, messages: Sequence[Message],
                  photos: Sequence[PhotoSource] = (), pack_name: str | None = None,
                  details: CaseDetails | None = None,
                  new_patient: Patient | None = None,
                  views: Sequence[str] = ()) -> SavedCase:
        """Store what is new in a case since ``draft`` was saved, in one transaction.

        A draft without ``case_id`` creates the case from ``details``. ``photos`` are the ones
        not stored yet (bytes, a file, or pixels from ``preprocess.load_photo``); ``messages``
        is the whole conversation, of which those after ``draft.saved_messages`` are new. The
        photos are encoded before the transaction starts (the slow part); if anything fails,
        nothing is saved. ``new_patient`` (made while saving) is stored in the same transaction
        and becomes the new case's patient. ``views`` are the photos' views in the same order
        (missing ones: "close-up"). ``draft`` itself is not changed: the result carries
        an updated copy.
        """
        draft, messages = dataclasses.replace(draft), list(messages)
        new_messages = messages[draft.saved_messages:]
        for message in new_messages:
            message.validate()
        cleaned = [clean_photo(photo) for photo in photos]
        views = [*views, *["close-up"] * (len(cleaned) - len(views))]
        for view in views:
            check_photo_view(view)  # before the transaction starts
        with schema.transaction(self._conn):
            if draft.case_id is None:
                details = dataclasses.replace(details or CaseDetails())
                if new_patient is not None:
                    details.patient_id = self.add_patient(new_patient).id
                draft.case_id, draft.patient_id = self._add_case_from(details), details.patient_id
            photo_ids = [self._insert_photo(draft.case_id, clean, view).id
                         for clean, view in zip(cleaned, views, strict=False)]
            self._append_messages(draft, new_messages, pack_name)
        draft.saved_messages = len(messages)
        draft.title = self.get_case(draft.case_id).title
        return SavedCase(draft, photo_ids)

    def _add_case_from(self, details: CaseDetails) -> str:
        """A new case from what the user told; the first question later sets an empty title."""
        case = Case(title=details.title, patient_id=details.patient_id,
                    body_site=details.body_site, onset=details.onset, symptoms=details.symptoms,
                    status=details.status, follows_case_id=details.follows_case_id,
                    change_note=details.change_note)
        return self.add_case(case).id

    def _append_messages(self, draft: CaseDraft, messages: list[Message],
                         pack_name: str | None) -> None:
        """Add ``messages`` to the draft's conversation, starting one if the case has none."""
        if not messages:
            return
        if draft.conversation_id is None:
            if draft.case_id is None:
                raise VaultError("a conversation needs its case saved first")
            draft.conversation_id = self.start_conversation(draft.case_id, pack_name).id
        for message in messages:
            self.add_message(draft.conversation_id, message)

    def save_conversation_as_case(self, photo: PhotoSource | None, messages: Sequence[Message],
                                  pack_name: str | None, *, title: str | None = None,
                                  patient_id: str | None = None, body_site: str = "",
                                  symptoms: str = "", onset: str = "") -> str:
        """Store photo + conversation as a new case in one transaction; returns the case id.

        ``photo`` is the photo's bytes, its file (a ``Path``) or decoded pixels; see
        :meth:`save_case`, which this calls. There must be at least one message.
        """
        messages = list(messages)
        if not messages:
            raise VaultError("there is no conversation to save (no messages)")
        details = CaseDetails(title=title or "", patient_id=patient_id, body_site=body_site,
                              onset=onset, symptoms=symptoms)
        photos = [photo] if photo is not None else []
        case_id = self.save_case(CaseDraft(), messages, photos, pack_name, details).draft.case_id
        if case_id is None:  # save_case sets it, or raises
            raise VaultError("the case was not saved")
        return case_id


def _title_from(question: str) -> str:
    """A short case title from the first question (one line, at most TITLE_CHARS)."""
    line = " ".join(question.split())
    return line if len(line) <= TITLE_CHARS else line[:TITLE_CHARS - 1].rstrip() + "…"
